const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

// Stops before whitespace, angle brackets and quotes, which never belong to a URL in plain text.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence or closes a parenthesis around a link, rather than the link itself.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * Escapes plain text and turns its http(s) links into anchors. Only http and https are linked,
 * so a message cannot smuggle in a `javascript:` link.
 */
export function linkifyText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!/^https?:\/\/./i.test(url)) continue;
    html += escapeHtml(text.slice(last, start));
    const escapedUrl = escapeHtml(url);
    html += `<a href="${escapedUrl}" rel="noreferrer">${escapedUrl}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(text.slice(last));
}
