import { escapeHtml, linkifyText } from '../http/html';
import { CaughtMail } from './mail-store';

export const MAILBOX_TITLE = 'Chorus sandbox — mailbox';

/**
 * The page a developer opens to follow a reset or invite link from the demo. Everything that came in
 * by mail is untrusted text: it is escaped, and only its http(s) links become anchors.
 */
export function renderMailboxPage(messages: readonly CaughtMail[], filter: { to?: string } = {}): string {
  const to = filter.to?.trim();
  const scope = to ? ` for ${escapeHtml(to)}` : '';
  const refresh = to ? `/__sandbox/mailbox?to=${encodeURIComponent(to)}` : '/__sandbox/mailbox';
  const summary =
    messages.length === 0
      ? `<p>No mail${scope} yet. <a href="${escapeHtml(refresh)}">Refresh</a></p>`
      : `<p>${messages.length} message${messages.length === 1 ? '' : 's'}${scope}, newest first. ` +
        `<a href="${escapeHtml(refresh)}">Refresh</a></p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(MAILBOX_TITLE)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
article { border: 1px solid #d0d0d7; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0 0 0.75rem; font-size: 0.9rem; }
dt { color: #5f5f6b; }
dd { margin: 0; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, monospace; margin: 0; }
</style>
</head>
<body>
<h1>${escapeHtml(MAILBOX_TITLE)}</h1>
${summary}
${messages.map(renderMessage).join('\n')}
</body>
</html>
`;
}

function renderMessage(mail: CaughtMail): string {
  const subject = mail.subject.trim() === '' ? '(no subject)' : mail.subject;
  return `<article id="mail-${escapeHtml(mail.id)}">
<h2>${escapeHtml(subject)}</h2>
<dl>
<dt>From</dt><dd>${escapeHtml(mail.from)}</dd>
<dt>To</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
<dt>Received</dt><dd><time datetime="${escapeHtml(mail.receivedAt)}">${escapeHtml(mail.receivedAt)}</time></dd>
</dl>
<pre>${linkifyText(mail.text)}</pre>${
    mail.html
      ? `\n<p><a href="/__sandbox/mail/${escapeHtml(encodeURIComponent(mail.id))}/html" rel="noreferrer">View the HTML version</a></p>`
      : ''
  }
</article>`;
}
