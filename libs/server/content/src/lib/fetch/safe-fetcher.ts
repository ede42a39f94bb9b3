import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@chorus/server/core';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import http, { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isExemptHop, isForbiddenAddress, isIpLiteral, parseAllowlist } from './address-policy';

export type FetchFailure =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'blocked_address'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'content_type';

const MESSAGES: Record<FetchFailure, string> = {
  invalid_url: 'The URL is not valid.',
  unsupported_scheme: 'Only http and https URLs can be fetched.',
  blocked_address: 'The URL points to a private, loopback, link-local or otherwise internal address.',
  unreachable: 'The host could not be reached.',
  timeout: 'The host took too long to answer.',
  too_large: 'The response is too large.',
  too_many_redirects: 'The URL redirects too many times.',
  http_status: 'The host answered with an error.',
  content_type: 'The response has the wrong content type.',
};

/** A typed reason the curator sees (on the source or in a 422). */
export class FetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[reason]} ${detail}` : MESSAGES[reason]);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  /** Content types (without parameters) the caller accepts; anything else is a FetchError. */
  accept: (mediaType: string) => boolean;
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface FetchResult {
  status: number;
  /** The URL of the last hop. */
  url: string;
  headers: IncomingMessage['headers'];
  mediaType: string;
  charset: string | null;
  body: Buffer;
}

const MAX_REDIRECTS = 5;

/**
 * The one way Chorus fetches a user-given URL. The address check runs inside the Agent's `lookup`, i.e.
 * on the address the socket actually connects to, so a DNS answer cannot change between check and connect
 * (DNS rebinding). IP literals skip `lookup` in Node, so they are checked before connecting. Every
 * redirect hop goes through the same checks.
 */
@Injectable()
export class SafeFetcher {
  private readonly allowlist: Set<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.allowlist = parseAllowlist(config.FETCH_ALLOWLIST);
  }

  async fetch(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
    const timeoutMs = options.timeoutMs ?? this.config.FETCH_TIMEOUT_MS;
    const maxBytes = options.maxBytes ?? this.config.FETCH_MAX_BYTES;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let url = parseUrl(rawUrl);
      // Whether the previous hop was exempt: the allowlist only carries over along a chain that started in it.
      let previousExempt: boolean | null = null;
      for (let hop = 0; ; hop++) {
        const exempt = isExemptHop(this.allowlist, url, previousExempt);
        previousExempt = exempt;
        const response = await this.request(url, exempt, options.headers ?? {}, controller.signal);
        const status = response.statusCode ?? 0;
        // Bodies we do not read are cut off (destroy), never drained (resume): an endless body would keep
        // downloading after fetch() returned.
        if ([301, 302, 303, 307, 308].includes(status) && response.headers.location) {
          response.destroy();
          if (hop >= MAX_REDIRECTS) throw new FetchError('too_many_redirects');
          url = parseUrl(new URL(response.headers.location, url).toString());
          continue;
        }
        if (status === 304) {
          response.destroy();
          return {
            status,
            url: url.toString(),
            headers: response.headers,
            mediaType: '',
            charset: null,
            body: Buffer.alloc(0),
          };
        }
        if (status < 200 || status >= 300) {
          response.destroy();
          throw new FetchError('http_status', `(HTTP ${status})`);
        }
        const [mediaType, charset] = parseContentType(response.headers['content-type']);
        if (!options.accept(mediaType)) {
          response.destroy();
          throw new FetchError('content_type', `(${mediaType || 'none'})`);
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.destroy();
          throw new FetchError('too_large', `(over ${Math.round(maxBytes / 1024)} KB)`);
        }
        const body = await readLimited(decode(response), maxBytes);
        return { status, url: url.toString(), headers: response.headers, mediaType, charset, body };
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (controller.signal.aborted) throw new FetchError('timeout');
      throw new FetchError('unreachable', describeNetworkError(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private request(
    url: URL,
    allowlisted: boolean,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<IncomingMessage> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!allowlisted && isIpLiteral(host) && isForbiddenAddress(host)) {
      return Promise.reject(new FetchError('blocked_address', `(${host})`));
    }
    const lookup: LookupFunction = allowlisted ? dnsLookup : guardedLookup;
    const client = url.protocol === 'https:' ? https : http;
    const agent = new client.Agent({ lookup, keepAlive: false });
    return new Promise((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: 'GET',
          agent,
          signal,
          headers: {
            'user-agent': 'Chorus/0.1 (+https://chorus.dev; content curation)',
            accept: '*/*',
            'accept-encoding': 'gzip, deflate, br',
            ...headers,
          },
        },
        resolve,
      );
      request.on('error', (error) => reject(unwrap(error)));
      request.end();
    });
  }
}

function unwrap(error: Error): Error {
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  return error;
}

/** Resolves, then refuses if any answer is internal; the socket connects only to what passed. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 4);
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad || addresses.length === 0) {
      return callback(new FetchError('blocked_address', `(${hostname})`) as unknown as NodeJS.ErrnoException, '', 4);
    }
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('invalid_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('unsupported_scheme');
  if (url.username || url.password) throw new FetchError('invalid_url', '(credentials in URLs are not allowed)');
  return url;
}

function parseContentType(header: string | undefined): [string, string | null] {
  if (!header) return ['', null];
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('charset='));
  return [type.trim().toLowerCase(), charset ? charset.slice(8).replace(/"/g, '').trim().toLowerCase() : null];
}

/**
 * pipeline, not pipe: an error, abort (timeout) or early close of the response destroys the decompressor
 * with an error, and destroying the decompressor (too large) destroys the response, so neither side hangs.
 */
function decode(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decompressor =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decompressor) return response;
  // The error reaches readLimited through the decompressor's 'error'/'close'; the callback only keeps
  // pipeline from throwing it unhandled.
  return pipeline(response, decompressor, () => undefined);
}

/** Counts decoded bytes, so a small compressed body cannot expand past the limit either. */
function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(new FetchError('too_large', `(over ${Math.round(maxBytes / 1024)} KB)`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error) => reject(error));
    // Closed without 'end' (aborted, reset, destroyed): settle instead of waiting forever. After 'end' the
    // promise is resolved already and this rejection is a no-op.
    stream.on('close', () => reject(Object.assign(new Error('The response ended early.'), { code: 'ECONNRESET' })));
  });
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '(the host name does not resolve)';
  if (code === 'ECONNREFUSED') return '(connection refused)';
  if (code === 'ECONNRESET') return '(connection reset)';
  if (code && /^(CERT|ERR_TLS|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code)) return '(TLS certificate problem)';
  return code ? `(${code})` : '';
}

/** Decodes a body as text using the declared charset (UTF-8 when unknown or unsupported). */
export function bodyText(result: FetchResult): string {
  try {
    return new TextDecoder(result.charset ?? 'utf-8').decode(result.body);
  } catch {
    return new TextDecoder('utf-8').decode(result.body);
  }
}
