import { ChildProcessByStdio, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

const REPO_ROOT = resolve(__dirname, '../../../../..');
const READY_LINE = /^SANDBOX_READY (\{.*\})$/;

/** A fault for `POST /__sandbox/fail-next` (see libs/sandbox/README.md). */
export interface SandboxFault {
  network: 'linkedin' | 'x';
  method?: string;
  /** Exact path or prefix, without query. */
  path: string;
  count?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  mode?: 'respond' | 'hang' | 'drop-after-commit';
}

/** One entry of `GET /__sandbox/posts`. */
export interface SandboxPost {
  network: 'linkedin' | 'x';
  id: string;
  url: string;
  authorId: string;
  authorName: string | null;
  rawText: string;
  renderedText: string;
  truncated: boolean;
  hashtags: string[];
  link: { url: string; title: string | null; description: string | null; thumbnail: string | null } | null;
  mediaIds: string[];
  createdAt: string;
  deletedAt: string | null;
}

export interface SandboxControl {
  reset(): Promise<void>;
  /** Adds apps and members (see libs/sandbox/README.md); resolves with what was seeded. */
  seed(body: unknown): Promise<unknown>;
  /** Reads the clock, or sets it with `{now}`, `{advanceSeconds}` and/or `{frozen}`. */
  clock(change?: {
    now?: string;
    advanceSeconds?: number;
    frozen?: boolean;
  }): Promise<{ now: string; frozen: boolean }>;
  failNext(fault: SandboxFault): Promise<void>;
  /** The faults still armed (a fault is taken when a request matches it). */
  faults(): Promise<Array<SandboxFault & { remaining?: number }>>;
  /** Disarms every fault. */
  clearFaults(): Promise<void>;
  posts(network?: 'linkedin' | 'x'): Promise<SandboxPost[]>;
}

export interface ConsentOptions {
  decision?: 'allow' | 'cancel';
  /** A seeded member by name (LinkedIn) or name/username (X); the page's default (the first) otherwise. */
  member?: string;
  /** Signs in as a new member of that name instead. */
  newMemberName?: string;
}

export interface SandboxProcess {
  httpPort: number;
  smtpPort: number;
  /** `http://127.0.0.1:<httpPort>` */
  url: string;
  control: SandboxControl;
  /**
   * Opens a network's authorization URL (e.g. `https://www.linkedin.com/oauth/v2/authorization?…`) on the
   * sandbox and answers its consent page like a browser would: GET the page, POST its form. Resolves with
   * the URL the network redirects to (the app's callback with `code` and `state`, or an `error`).
   */
  consent(authorizationUrl: string, options?: ConsentOptions): Promise<URL>;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts the real sandbox (apps/sandbox) as a child process, the way the launcher does, on free ports.
 * Server code reaches the sandbox only over HTTP: it must not import libs/sandbox.
 */
export async function startSandboxProcess(env: Record<string, string> = {}): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/sandbox/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.node.json', SANDBOX_PORT: '0', SANDBOX_SMTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ports = await readyPorts(child, 30_000);
  const url = `http://127.0.0.1:${ports.http}`;
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  return {
    httpPort: ports.http,
    smtpPort: ports.smtp,
    url,
    control: sandboxControl(url),
    consent: (authorizationUrl, options) => answerConsent(ports.http, authorizationUrl, options),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readyPorts(
  child: ChildProcessByStdio<null, Readable, Readable>,
  timeoutMs: number,
): Promise<{ http: number; smtp: number }> {
  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  return new Promise((resolvePorts, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${message}\n${stderr.slice(-20).join('\n')}`));
    };
    const timer = setTimeout(() => fail(`the sandbox printed no ready line within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code) => fail(`the sandbox exited with code ${code} before it was ready`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolvePorts(JSON.parse(match[1]) as { http: number; smtp: number });
    });
  });
}

function sandboxControl(url: string): SandboxControl {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/__sandbox${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    reset: () => call('POST', '/reset'),
    seed: (body) => call('POST', '/seed', body),
    clock: (change) => (change ? call('POST', '/clock', change) : call('GET', '/clock')),
    failNext: async (fault) => {
      await call('POST', '/fail-next', fault);
    },
    faults: () => call('GET', '/fail-next'),
    clearFaults: async () => {
      await call('DELETE', '/fail-next');
    },
    posts: (network) => call('GET', `/posts${network ? `?network=${network}` : ''}`),
  };
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request to the sandbox's port with the network's Host header, as the adapters' agents send them. */
function hostRequest(
  port: number,
  target: URL,
  method: 'GET' | 'POST',
  form?: Record<string, string>,
): Promise<RawResponse> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolveResponse, reject) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method,
      path: `${target.pathname}${target.search}`,
      headers: {
        host: target.host,
        ...(body !== undefined
          ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
          : {}),
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolveResponse({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
      );
    });
    request.end(body);
  });
}

async function answerConsent(port: number, authorizationUrl: string, options: ConsentOptions = {}): Promise<URL> {
  const pageUrl = new URL(authorizationUrl);
  const page = await hostRequest(port, pageUrl, 'GET');
  if (page.status === 302) return new URL(String(page.headers.location));
  if (page.status !== 200) throw new Error(`the consent page answered ${page.status}: ${page.body.slice(0, 300)}`);
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
  const authorization = /name="authorization" value="([^"]+)"/.exec(page.body)?.[1];
  if (!action || !authorization) throw new Error('no consent form on the page');
  const members = [...page.body.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(
    ([, value, label]) => ({ value, label }),
  );
  const member = options.member
    ? members.find((candidate) => candidate.label.startsWith(options.member as string))
    : members[0];
  if (!member && !options.newMemberName) throw new Error(`no member ${options.member ?? ''} on the consent page`);
  const answer = await hostRequest(port, new URL(decodeEntities(action), pageUrl), 'POST', {
    authorization: decodeEntities(authorization),
    decision: options.decision ?? 'allow',
    member: member ? decodeEntities(member.value) : '',
    newMemberName: options.newMemberName ?? '',
  });
  if (answer.status !== 302)
    throw new Error(`the consent form answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return new URL(String(answer.headers.location));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
