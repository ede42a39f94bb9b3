import { createHash, timingSafeEqual } from 'node:crypto';

export type ChallengeMethod = 'S256' | 'plain';

/** `code_challenge_method` as sent: X accepts `S256` in any case (twitter-api-v2 sends `s256`) and `plain`. */
export function parseChallengeMethod(value: string | undefined): ChallengeMethod | null {
  if (value === undefined) return null;
  if (value.toUpperCase() === 'S256') return 'S256';
  return value.toLowerCase() === 'plain' ? 'plain' : null;
}

/** RFC 7636: 43–128 characters from the unreserved set. */
export function validChallenge(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9\-._~]{43,128}$/.test(value);
}

export function verifierMatches(verifier: string | undefined, challenge: string, method: ChallengeMethod): boolean {
  if (!verifier || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const expected = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  const a = Buffer.from(expected);
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}
