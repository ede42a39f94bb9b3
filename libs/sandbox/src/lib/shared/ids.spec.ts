import { randomToken, SnowflakeIds, stableNumericId, stableToken } from './ids';

describe('ids', () => {
  it('makes random URL-safe tokens', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
  });

  it('derives the same ids from the same seed', () => {
    expect(stableToken('Ada Advocate')).toBe(stableToken('Ada Advocate'));
    expect(stableToken('Ada Advocate')).not.toBe(stableToken('Jonas Becker'));
    expect(stableToken('x', 12)).toHaveSize(12);
    expect(stableNumericId('Ada Advocate')).toMatch(/^\d{18}$/);
    expect(stableNumericId('Ada Advocate')).toBe(stableNumericId('Ada Advocate'));
  });

  it('makes increasing snowflakes, distinct within one millisecond', () => {
    const ids = new SnowflakeIds(1_288_834_974_657);
    const a = ids.next(1_780_000_000_000);
    const b = ids.next(1_780_000_000_000);
    const c = ids.next(1_780_000_000_001);
    expect(BigInt(b) > BigInt(a)).toBeTrue();
    expect(BigInt(c) > BigInt(b)).toBeTrue();
  });
});
