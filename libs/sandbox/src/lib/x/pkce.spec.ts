import { createHash } from 'node:crypto';
import { parseChallengeMethod, validChallenge, verifierMatches } from './pkce';

describe('PKCE', () => {
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  // RFC 7636 appendix B
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

  it('reads S256 in any case and plain', () => {
    expect(parseChallengeMethod('S256')).toBe('S256');
    expect(parseChallengeMethod('s256')).toBe('S256');
    expect(parseChallengeMethod('plain')).toBe('plain');
    expect(parseChallengeMethod('PLAIN')).toBe('plain');
    expect(parseChallengeMethod('md5')).toBeNull();
    expect(parseChallengeMethod(undefined)).toBeNull();
  });

  it('checks the verifier against an S256 challenge', () => {
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(challenge);
    expect(verifierMatches(verifier, challenge, 'S256')).toBeTrue();
    expect(verifierMatches(verifier.replace('d', 'e'), challenge, 'S256')).toBeFalse();
    expect(verifierMatches(undefined, challenge, 'S256')).toBeFalse();
  });

  it('checks a plain challenge and the allowed shapes', () => {
    expect(verifierMatches(verifier, verifier, 'plain')).toBeTrue();
    expect(verifierMatches('short', 'short', 'plain')).toBeFalse();
    expect(validChallenge(challenge)).toBeTrue();
    expect(validChallenge('x'.repeat(42))).toBeFalse();
    expect(validChallenge('x'.repeat(129))).toBeFalse();
    expect(validChallenge(undefined)).toBeFalse();
  });
});
