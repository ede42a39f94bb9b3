import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@chorus/server/core';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links in e-mails that act without a sign-in (unsubscribe, answer the pulse): the payload is signed with
 * a key derived from SESSION_SECRET, so nobody can forge one for another person. They do not expire on
 * purpose: an unsubscribe link must keep working for as long as the mail sits in an inbox.
 */
@Injectable()
export class SignedLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.SESSION_SECRET).update('chorus:mail-links:v1').digest();
  }

  /** A URL-safe token carrying `payload` for `purpose` (e.g. `unsubscribe`, `pulse`). */
  sign(purpose: string, payload: Record<string, string>): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(purpose, body)}`;
  }

  /** The payload, or null for a token that was not signed by us for this purpose. */
  verify(purpose: string, token: string): Record<string, string> | null {
    const [body, mac] = token.split('.');
    if (!body || !mac || token.split('.').length !== 2) return null;
    const expected = Buffer.from(this.mac(purpose, body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const payload: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null;
      return Object.fromEntries(Object.entries(payload).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    } catch {
      return null;
    }
  }

  /** `${PUBLIC_URL}${path}`: where the web client answers mail links. */
  url(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
  }

  private mac(purpose: string, body: string): string {
    return createHmac('sha256', this.key).update(`${purpose}.${body}`).digest('base64url');
  }
}
