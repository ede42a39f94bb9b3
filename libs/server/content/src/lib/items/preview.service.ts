import { Injectable } from '@nestjs/common';
import type { UrlPreview } from '@chorus/shared/contracts';
import { DomainError } from '@chorus/server/core';
import ogs from 'open-graph-scraper';
import { bodyText, FetchError, SafeFetcher } from '../fetch/safe-fetcher';
import { canonicalUrl } from '../ingestion/canonical-url';
import { detectLanguage, normaliseLanguage } from '../ingestion/language';
import { htmlToText, truncate } from '../ingestion/sanitize';

const HTML = /^(text\/html|application\/xhtml\+xml)$/;
/** Title and lang are in the head: only this much of the page is scanned for them. */
const HEAD_BYTES = 64 * 1024;

/**
 * The <title> text, found with indexOf (linear): a lazy regex over hostile HTML (thousands of unclosed
 * `<title>`) is quadratic and blocks the event loop.
 */
export function titleOf(html: string): string {
  const head = html.slice(0, HEAD_BYTES);
  const lower = head.toLowerCase();
  const start = lower.search(/<title[\s>]/);
  if (start < 0) return '';
  const open = lower.indexOf('>', start);
  const close = open < 0 ? -1 : lower.indexOf('</title', open);
  return close < 0 ? '' : htmlToText(head.slice(open + 1, close));
}

/** The lang attribute of the first <html> tag, looked for only inside that tag (bounded, linear). */
export function langOf(html: string): string | undefined {
  const head = html.slice(0, HEAD_BYTES);
  const start = head.search(/<html[\s>]/i);
  if (start < 0) return undefined;
  const end = head.indexOf('>', start);
  const tag = head.slice(start, end < 0 ? start + 2000 : Math.min(end, start + 2000));
  return /\slang=["']?([a-zA-Z_-]{1,35})/i.exec(tag)?.[1];
}

/**
 * Unfurls a URL: the SafeFetcher fetches the page, open-graph-scraper only reads the HTML we hand it
 * (given `html`, it makes no request of its own).
 */
@Injectable()
export class PreviewService {
  constructor(private readonly fetcher: SafeFetcher) {}

  async preview(url: string): Promise<UrlPreview> {
    let html: string;
    let finalUrl: string;
    try {
      const response = await this.fetcher.fetch(url, {
        accept: (type) => HTML.test(type),
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      html = bodyText(response);
      finalUrl = response.url;
    } catch (error) {
      if (error instanceof FetchError) {
        throw new DomainError(422, `content.fetch_${error.reason}`, error.message, [
          { field: 'url', message: error.message },
        ]);
      }
      throw error;
    }
    const { result } = await ogs({ html });
    const og = result as Record<string, any>;
    const title = og['ogTitle'] ?? og['twitterTitle'] ?? og['dcTitle'] ?? titleOf(html);
    const summary = og['ogDescription'] ?? og['twitterDescription'] ?? og['dcDescription'] ?? '';
    const image = og['ogImage']?.[0]?.url ?? og['twitterImage']?.[0]?.url ?? null;
    const absolute = (value: string | null) => {
      if (!value) return null;
      try {
        const u = new URL(value, finalUrl);
        return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
      } catch {
        return null;
      }
    };
    const lang = langOf(html) ?? og['ogLocale'];
    return {
      url: finalUrl,
      canonicalUrl: canonicalUrl(absolute(og['ogUrl'] ?? null) ?? finalUrl) ?? finalUrl,
      title: truncate(String(title || new URL(finalUrl).hostname).trim(), 500),
      summary: truncate(String(summary).trim(), 600),
      imageUrl: absolute(image),
      siteName: og['ogSiteName'] ?? null,
      language: normaliseLanguage(lang) ?? detectLanguage(`${title}. ${summary}`),
    };
  }
}
