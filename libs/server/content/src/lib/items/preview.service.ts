import { Injectable } from '@nestjs/common';
import type { UrlPreview } from '@chorus/shared/contracts';
import { DomainError } from '@chorus/server/core';
import ogs from 'open-graph-scraper';
import { bodyText, FetchError, SafeFetcher } from '../fetch/safe-fetcher';
import { canonicalUrl } from '../ingestion/canonical-url';
import { detectLanguage, normaliseLanguage } from '../ingestion/language';
import { htmlToText, truncate } from '../ingestion/sanitize';

const HTML = /^(text\/html|application\/xhtml\+xml)$/;

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
      const response = await this.fetcher.fetch(url, { accept: (type) => HTML.test(type), headers: { accept: 'text/html,application/xhtml+xml' } });
      html = bodyText(response);
      finalUrl = response.url;
    } catch (error) {
      if (error instanceof FetchError) {
        throw new DomainError(422, `content.fetch_${error.reason}`, error.message, [{ field: 'url', message: error.message }]);
      }
      throw error;
    }
    const { result } = await ogs({ html });
    const og = result as Record<string, any>;
    const title = og['ogTitle'] ?? og['twitterTitle'] ?? og['dcTitle'] ?? htmlToText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
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
    const lang = /<html[^>]*\slang=["']?([a-zA-Z-_]+)/i.exec(html)?.[1] ?? og['ogLocale'];
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
