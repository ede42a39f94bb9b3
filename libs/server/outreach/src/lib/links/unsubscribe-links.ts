import type { UnsubscribeKind } from '@chorus/shared/contracts';
import type { DigestLinks } from '../digests/digest-render';
import { SignedLinks } from './signed-links';

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
export const UNSUBSCRIBE_KINDS: readonly UnsubscribeKind[] = ['digest', 'nudges', 'pulse'];

/** The token of an unsubscribe link: who (`u`) stops getting which mail (`k`). */
export function unsubscribeToken(links: SignedLinks, userId: string, kind: UnsubscribeKind): string {
  return links.sign(UNSUBSCRIBE_PURPOSE, { u: userId, k: kind });
}

/** The person and kind a token names, or null when it was not signed by us or names no known kind. */
export function readUnsubscribeToken(
  links: SignedLinks,
  token: string,
): { userId: string; kind: UnsubscribeKind } | null {
  const payload = links.verify(UNSUBSCRIBE_PURPOSE, token);
  const kind = payload?.['k'] as UnsubscribeKind | undefined;
  if (!payload?.['u'] || !kind || !UNSUBSCRIBE_KINDS.includes(kind)) return null;
  return { userId: payload['u'], kind };
}

/** The links a digest or nudge to one person carries: composer, unsubscribe (page and one-click), preferences. */
export function mailLinks(links: SignedLinks, userId: string, kind: UnsubscribeKind): DigestLinks {
  const token = encodeURIComponent(unsubscribeToken(links, userId, kind));
  return {
    compose: (itemId) => links.url(`/compose/${encodeURIComponent(itemId)}`),
    unsubscribe: links.url(`/unsubscribe?token=${token}`),
    oneClick: links.url(`/api/outreach/unsubscribe/one-click?token=${token}`),
    preferences: links.url('/notifications'),
  };
}
