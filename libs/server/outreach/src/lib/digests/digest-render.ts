import type { DigestCadence } from './periods';

/** One item as a digest or nudge shows it. */
export interface DigestItem {
  id: string;
  title: string;
  summary: string;
  /** The article; only http(s) URLs become links. */
  url: string | null;
  featured: boolean;
  sourceName: string | null;
}

/** Every absolute URL the mail needs, made by the caller (render stays pure and knows no configuration). */
export interface DigestLinks {
  /** The composer for one item: `${PUBLIC_URL}/compose/<id>`. */
  compose(itemId: string): string;
  /** The web page that unsubscribes (`/unsubscribe?token=…`). */
  unsubscribe: string;
  /** RFC 8058 one-click endpoint of the API, for the List-Unsubscribe header. */
  oneClick: string;
  /** Where the advocate changes how often they get mail (`/notifications`). */
  preferences: string;
}

export interface DigestMailInput {
  kind: 'digest';
  cadence: DigestCadence;
  recipientName: string;
  items: readonly DigestItem[];
  links: DigestLinks;
}

export interface NudgeMailInput {
  kind: 'nudge';
  recipientName: string;
  item: DigestItem;
  links: DigestLinks;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export const NUDGE_SUBJECT = 'It’s been a while — here is something worth sharing';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The URL when it is http(s), else null: item URLs come from feeds and must not become `javascript:` links. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function digestSubject(cadence: DigestCadence, count: number): string {
  const posts = `${count} new post${count === 1 ? '' : 's'} to share`;
  return cadence === 'weekly' ? `Your weekly Chorus digest: ${posts}` : `Your Chorus digest: ${posts}`;
}

/** List-Unsubscribe with one-click (RFC 8058): mail clients show an "unsubscribe" button that posts it. */
export function unsubscribeHeaders(links: DigestLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.oneClick}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export function renderDigestMail(input: DigestMailInput): RenderedMail {
  const subject = digestSubject(input.cadence, input.items.length);
  const intro =
    input.cadence === 'weekly'
      ? 'Here is what your team curated this week, ready to share.'
      : 'Here is what your team curated since yesterday, ready to share.';
  return {
    subject,
    html: page(
      subject,
      input.recipientName,
      intro,
      input.items.map((item) => itemHtml(item, input.links)),
      input.links,
    ),
    text: [
      `Hi ${input.recipientName},`,
      '',
      intro,
      '',
      ...input.items.map((item) => itemText(item, input.links)),
      footerText(input.links),
    ].join('\n'),
    headers: unsubscribeHeaders(input.links),
  };
}

export function renderNudgeMail(input: NudgeMailInput): RenderedMail {
  const intro = 'You have not shared anything for a while. This one is fresh, and your network may like it:';
  return {
    subject: NUDGE_SUBJECT,
    html: page(NUDGE_SUBJECT, input.recipientName, intro, [itemHtml(input.item, input.links)], input.links),
    text: [
      `Hi ${input.recipientName},`,
      '',
      intro,
      '',
      itemText(input.item, input.links),
      footerText(input.links),
    ].join('\n'),
    headers: unsubscribeHeaders(input.links),
  };
}

function itemHtml(item: DigestItem, links: DigestLinks): string {
  const article = safeHttpUrl(item.url);
  const title = article
    ? `<a href="${escapeHtml(article)}" style="color:#1d1d1f;text-decoration:none">${escapeHtml(item.title)}</a>`
    : escapeHtml(item.title);
  const meta = [item.featured ? 'Featured' : '', item.sourceName ?? ''].filter(Boolean).map(escapeHtml).join(' · ');
  return `<tr><td style="padding:16px 0;border-bottom:1px solid #e4e4ea">
${meta ? `<div style="font-size:12px;color:#5f5f6b;text-transform:uppercase;letter-spacing:.04em">${meta}</div>\n` : ''}<h2 style="font-size:17px;margin:4px 0 6px">${title}</h2>
${item.summary ? `<p style="margin:0 0 10px;color:#3a3a44">${escapeHtml(item.summary)}</p>\n` : ''}<a href="${escapeHtml(links.compose(item.id))}" style="display:inline-block;background:#3949ab;color:#ffffff;padding:8px 16px;border-radius:4px;text-decoration:none;font-weight:600">Share this</a>
</td></tr>`;
}

function itemText(item: DigestItem, links: DigestLinks): string {
  const article = safeHttpUrl(item.url);
  return [
    `${item.featured ? '★ ' : ''}${item.title}`,
    ...(item.summary ? [item.summary] : []),
    ...(article ? [`Read: ${article}`] : []),
    `Share this: ${links.compose(item.id)}`,
    '',
  ].join('\n');
}

function footerText(links: DigestLinks): string {
  return ['—', `Change how often you get these: ${links.preferences}`, `Unsubscribe: ${links.unsubscribe}`, ''].join(
    '\n',
  );
}

function page(subject: string, name: string, intro: string, rows: string[], links: DigestLinks): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f5f5f8;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<tr><td><p style="margin:0 0 4px">Hi ${escapeHtml(name)},</p><p style="margin:0 0 8px">${escapeHtml(intro)}</p></td></tr>
${rows.join('\n')}
<tr><td style="padding-top:20px;font-size:12px;color:#5f5f6b">
<a href="${escapeHtml(links.preferences)}" style="color:#5f5f6b">Change how often you get these</a> ·
<a href="${escapeHtml(links.unsubscribe)}" style="color:#5f5f6b">Unsubscribe</a>
</td></tr>
</table>
</body>
</html>
`;
}
