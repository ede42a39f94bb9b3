export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Optional HTML alternative (digests); the text part is always sent too. */
  html?: string;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` for one-click unsubscribe. */
  headers?: Record<string, string>;
}
