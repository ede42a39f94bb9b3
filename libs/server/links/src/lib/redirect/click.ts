import type { NetworkName } from '@chorus/shared/contracts';
import { createHash } from 'node:crypto';
import { isbot } from 'isbot';
import { LruCache } from './lru-cache';

/** What the redirect keeps of a request until the writer turns it into a row (raw values live in memory only). */
export interface RawClick {
  linkId: string;
  contentItemId: string;
  network: NetworkName;
  at: Date;
  ip: string;
  userAgent: string;
  referer: string | undefined;
}

/** The row as written: no IP address, no user agent. */
export interface ClickRow {
  linkId: string;
  contentItemId: string;
  network: NetworkName;
  clickedAt: Date;
  referrerHost: string | null;
  isBot: boolean;
  visitorKey: string;
}

/** Long headers are cut before they are buffered, so the buffer's memory stays bounded. */
export const MAX_HEADER_CHARS = 1024;

/** The UTC day a click belongs to, `YYYY-MM-DD`: its visitor key uses that day's salt. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** SHA-256 of the day's salt, the IP and the user agent: equal within a day, unrelated across days. */
export function visitorKey(salt: Buffer, ip: string, userAgent: string): string {
  return createHash('sha256').update(salt).update(ip).update('\n').update(userAgent).digest('hex');
}

const REFERER_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]/?#]*\]|[^/?#:]+)/i;

/** `https://www.linkedin.com/feed/` → `www.linkedin.com`; anything unparsable → null. Only the host is kept. */
export function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  const match = REFERER_HOST.exec(referer);
  if (!match) return null;
  const host = match[1].toLowerCase().replace(/\.$/, '');
  return host ? host.slice(0, 255) : null;
}

/** Few distinct user agents make most clicks, and isbot's pattern costs microseconds: remember answers. */
const botAnswers = new LruCache<boolean>(2000);

export function isBotAgent(userAgent: string): boolean {
  let answer = botAnswers.get(userAgent);
  if (answer === undefined) {
    // No user agent at all is a script, not a person following a link.
    answer = userAgent.trim() === '' || isbot(userAgent);
    botAnswers.set(userAgent, answer);
  }
  return answer;
}

/** Turns buffered requests into rows, given the salt of each click's day. */
export function toRow(click: RawClick, saltOf: (day: string) => Buffer): ClickRow {
  return {
    linkId: click.linkId,
    contentItemId: click.contentItemId,
    network: click.network,
    clickedAt: click.at,
    referrerHost: referrerHost(click.referer),
    isBot: isBotAgent(click.userAgent),
    visitorKey: visitorKey(saltOf(utcDay(click.at)), click.ip, click.userAgent),
  };
}
