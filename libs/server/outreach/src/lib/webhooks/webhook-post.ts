export interface WebhookPostResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * POSTs JSON to a webhook with a hard timeout. Redirects are refused (an incoming webhook does not move, and
 * following one could lead anywhere). The error text never contains the URL, which is a credential.
 */
export async function postWebhook(url: string, body: unknown, timeoutMs: number): Promise<WebhookPostResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Chorus-Webhooks/1' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read (a little of) the answer so the connection can be reused; Slack explains errors in the body.
    const text = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ').trim();
    if (response.ok) return { ok: true, status: response.status, error: null };
    return {
      ok: false,
      status: response.status,
      error: scrub(`HTTP ${response.status}${text ? `: ${text}` : ''}`, url),
    };
  } catch (error) {
    return { ok: false, status: null, error: scrub(describe(error, timeoutMs), url) };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  if (cause?.code) return `request failed (${cause.code})`;
  return `request failed${message ? ` (${message})` : ''}`;
}

/** Belt and braces: whatever a library put in a message, the URL and its path do not leave. */
function scrub(text: string, url: string): string {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL: nothing more to hide */
  }
  let scrubbed = text.split(url).join('[webhook]');
  if (path.length > 1) scrubbed = scrubbed.split(path).join('[path]');
  return scrubbed.slice(0, 500);
}
