import { escapeHtml } from '../http/html';

export interface ConsentPageInput {
  /** "LinkedIn" or "X". */
  network: string;
  appName: string;
  /** What the app asks for, one line per scope. */
  permissions: string[];
  members: Array<{ value: string; label: string }>;
  /** Where the form posts (relative to the page, so it works on the network host and on the alias). */
  action: string;
  /** Server-side id of the pending authorization; the browser never carries client id or redirect. */
  authorizationId: string;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f3f2ef;color:#1d2226}
main{max-width:32rem;margin:3rem auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 3px #0003}
h1{font-size:1.3rem}label{display:block;margin:1rem 0 .3rem;font-weight:600}
select,input{width:100%;padding:.4rem;font-size:1rem;box-sizing:border-box}
.buttons{display:flex;gap:1rem;margin-top:1.5rem}button{padding:.5rem 1.5rem;font-size:1rem;border-radius:1rem;cursor:pointer}
button[value=allow]{background:#0a66c2;color:#fff;border:none}.note{color:#666;font-size:.85rem}`;

/** The sandbox's OAuth consent screen: pick (or name) a member, then Allow or Cancel. */
export function renderConsentPage(input: ConsentPageInput): string {
  const heading = `Sandbox ${input.network} — Allow ${input.appName} to use your account`;
  const options = input.members
    .map((member, index) => {
      const selected = index === 0 ? ' selected' : '';
      return `<option value="${escapeHtml(member.value)}"${selected}>${escapeHtml(member.label)}</option>`;
    })
    .join('');
  const permissions = input.permissions.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(input.appName)} asks to:</p>
<ul>${permissions}</ul>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="authorization" value="${escapeHtml(input.authorizationId)}">
<label for="member">Continue as</label>
<select id="member" name="member">${options}</select>
<label for="new-member">Or as a new member named</label>
<input id="new-member" name="newMemberName" type="text" autocomplete="off">
<div class="buttons">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</div>
</form>
<p class="note">This is the Chorus sandbox, not ${escapeHtml(input.network)}: nothing leaves this machine.</p>
</main></body></html>`;
}

/** Shown instead of redirecting when the client or redirect URI cannot be trusted (as the networks do). */
export function renderAuthorizeErrorPage(network: string, message: string): string {
  const heading = `Sandbox ${network} — this app cannot sign you in`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(heading)}</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`;
}

/** Headers for the HTML pages: nothing remote, nothing scripted. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // No form-action: browsers apply it to the redirect that follows the form, which leaves this origin.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;
