import { parseFeed } from 'feedsmith';
import type { FeedFormat } from '../entities';

export interface ParsedFeedItem {
  title: string;
  link: string | null;
  html: string;
  imageUrl: string | null;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  language: string | null;
  items: ParsedFeedItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

/** Caps what one poll may bring in, whatever the feed claims. */
const MAX_ITEMS = 200;

type Loose = Record<string, any>;

/**
 * RSS 2.0 / RDF / Atom / JSON Feed through feedsmith (fast-xml-parser underneath: no DTD processing, so
 * no external entities and no entity expansion — see feed-parser.spec.ts), normalised to one shape.
 */
export function parseFeedText(text: string): ParsedFeed {
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, '')) as unknown as { format: string; feed: Loose };
  } catch (error) {
    throw new FeedParseError(`The feed could not be read as RSS, Atom or JSON Feed (${(error as Error).message}).`);
  }
  const feed = parsed.feed ?? {};
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        format: 'rss',
        title: str(feed['title']),
        language: str(feed['language']) ?? str(feed['dc']?.language),
        items: list(feed['items'])
          .slice(0, MAX_ITEMS)
          .map((item) => ({
            title: str(item['title']) ?? '',
            link: str(item['link']) ?? (item['guid']?.isPermaLink !== false ? str(item['guid']?.value) : null),
            html: str(item['content']?.encoded) ?? str(item['description']) ?? '',
            imageUrl:
              str(list(item['enclosures']).find((e) => String(e['type'] ?? '').startsWith('image/'))?.['url']) ??
              str(list(item['media']?.contents)[0]?.url) ??
              str(list(item['media']?.thumbnails)[0]?.url) ??
              null,
            publishedAt: date(item['pubDate'] ?? item['dc']?.date),
          })),
      };
    case 'atom':
      return {
        format: 'atom',
        title: text_(feed['title']),
        language: str(feed['xml']?.lang) ?? str(feed['lang']),
        items: list(feed['entries'])
          .slice(0, MAX_ITEMS)
          .map((entry) => {
            const links = list(entry['links']);
            const link = links.find((l) => !l['rel'] || l['rel'] === 'alternate') ?? links[0];
            return {
              title: text_(entry['title']) ?? '',
              link: str(link?.['href']),
              html: text_(entry['content']) ?? text_(entry['summary']) ?? '',
              imageUrl: str(
                links.find((l) => l['rel'] === 'enclosure' && String(l['type'] ?? '').startsWith('image/'))?.['href'],
              ),
              publishedAt: date(entry['published'] ?? entry['updated']),
            };
          }),
      };
    case 'json':
      return {
        format: 'json',
        title: str(feed['title']),
        language: str(feed['language']),
        items: list(feed['items'])
          .slice(0, MAX_ITEMS)
          .map((item) => ({
            title: str(item['title']) ?? '',
            link: str(item['url']) ?? str(item['external_url']),
            html: str(item['content_html']) ?? escapeText(str(item['content_text']) ?? str(item['summary']) ?? ''),
            imageUrl: str(item['image']) ?? str(item['banner_image']),
            publishedAt: date(item['date_published'] ?? item['date_modified']),
          })),
      };
    default:
      throw new FeedParseError('The document is not an RSS, Atom or JSON feed.');
  }
}

function list(value: unknown): Loose[] {
  return Array.isArray(value) ? (value as Loose[]) : value ? [value as Loose] : [];
}

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Atom text constructs come as `{ value, type }` or plain strings, depending on the parser version. */
function text_(value: unknown): string | null {
  if (value && typeof value === 'object') return str((value as Loose)['value']);
  return str(value);
}

function date(value: unknown): Date | null {
  const s = str(value);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
