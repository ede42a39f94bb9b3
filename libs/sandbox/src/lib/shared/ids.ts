import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token or code, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A stable id derived from a seed (a member's name), so default members keep their ids across restarts. */
export function stableToken(seed: string, length = 10): string {
  return createHash('sha256').update(seed).digest('base64url').slice(0, length);
}

/** A stable numeric id (as a string, like X user ids) derived from a seed. */
export function stableNumericId(seed: string, digits = 18): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 15);
  return (BigInt(`0x${hex}`) % 10n ** BigInt(digits)).toString().padStart(digits, '1');
}

/**
 * Time-ordered numeric ids like the networks' own (X's are Twitter snowflakes): larger means later,
 * and two ids made in the same millisecond still differ.
 */
export class SnowflakeIds {
  private lastMs = 0;
  private sequence = 0;

  constructor(private readonly epochMs: number) {}

  next(nowMs: number): string {
    if (nowMs === this.lastMs) this.sequence += 1;
    else {
      this.lastMs = nowMs;
      this.sequence = 0;
    }
    const sinceEpoch = BigInt(Math.max(0, nowMs - this.epochMs));
    return ((sinceEpoch << 22n) + BigInt(this.sequence % 4_194_304)).toString();
  }
}
