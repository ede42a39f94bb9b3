import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, hmacHex, randomToken, safeEqual } from '@chorus/server/core';

/**
 * Signed double-submit CSRF tokens: the cookie and the header must match, and the token must carry our
 * HMAC, so an attacker who can plant a cookie still cannot mint a valid token.
 */
@Injectable()
export class CsrfService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issue(): string {
    const nonce = randomToken(18);
    return `${nonce}.${hmacHex(this.config.SESSION_SECRET, `csrf:${nonce}`)}`;
  }

  isValid(cookie: string | undefined, header: string | undefined): boolean {
    if (!cookie || !header || !safeEqual(cookie, header)) return false;
    const [nonce, signature] = cookie.split('.');
    if (!nonce || !signature) return false;
    return safeEqual(signature, hmacHex(this.config.SESSION_SECRET, `csrf:${nonce}`));
  }
}
