/*
 * A small Markdown renderer for tutorial bodies (no Markdown library is installed): headings, paragraphs,
 * lists, links, bold, italic and inline code. Everything is HTML-escaped first, so only the tags made here
 * can appear; the result is still bound through Angular's sanitising [innerHTML].
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Only web, mail and same-site links; anything else (javascript:, data:) is dropped to its text. */
function safeHref(escapedUrl: string): string | null {
  const url = escapedUrl.replace(/&amp;/g, '&').trim();
  if (/^(https?:|mailto:)/i.test(url) || /^\/(?!\/)/.test(url) || url.startsWith('#')) return escapedUrl.trim();
  return null;
}

function inline(escaped: string): string {
  const codes: string[] = [];
  let out = escaped.replace(/`([^`]+)`/g, (_all, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, label: string, url: string) => {
    const href = safeHref(url);
    if (!href) return label;
    const external = /^(https?:)/i.test(href);
    return external
      ? `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`
      : `<a href="${href}">${label}</a>`;
  });
  out = out
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/__(.+?)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?!\s)(.+?)_(?!\w)/g, '$1<em>$2</em>');
  // Private-use marks keep code spans out of the emphasis rules; the code was escaped like the rest.
  return out.replace(/\uE000(\d+)\uE000/g, (_all, index: string) => codes[Number(index)] ?? '');
}

/** Markdown → HTML made only of h2–h6, p, ul, ol, li, a, strong, em and code. */
export function renderMarkdown(markdown: string | null | undefined): string {
  const lines = escapeHtml(markdown ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) html.push(`<${list.tag}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      // The page title is the h1; headings in the body start one level below it.
      const level = Math.min(6, heading[1].length + 1);
      html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (bullet || numbered) {
      flushParagraph();
      const tag = bullet ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (list && /^\s{2,}/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return html.join('\n');
}
