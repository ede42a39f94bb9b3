import { randomBytes } from 'node:crypto';
import { parseEncryptionKeys, SecretBox, SecretBoxError } from './secret-box';

const key = () => randomBytes(32).toString('base64');

describe('SecretBox', () => {
  it('round-trips a secret and never contains the plaintext', () => {
    const box = new SecretBox(parseEncryptionKeys(`k1:${key()}`));
    const sealed = box.encrypt('access-token-123', 'account:1:access');
    expect(sealed).not.toContain('access-token-123');
    expect(sealed.startsWith('v1:k1:')).toBeTrue();
    expect(box.decrypt(sealed, 'account:1:access')).toBe('access-token-123');
  });

  it('uses a fresh IV each time', () => {
    const box = new SecretBox(parseEncryptionKeys(`k1:${key()}`));
    expect(box.encrypt('same', 'c')).not.toBe(box.encrypt('same', 'c'));
  });

  it('decrypts with an older key after rotation and encrypts with the new one', () => {
    const oldKey = key();
    const before = new SecretBox(parseEncryptionKeys(`k1:${oldKey}`));
    const sealed = before.encrypt('refresh', 'ctx');
    const after = new SecretBox(parseEncryptionKeys(`k2:${key()},k1:${oldKey}`));
    expect(after.decrypt(sealed, 'ctx')).toBe('refresh');
    expect(SecretBox.keyIdOf(after.encrypt('refresh', 'ctx'))).toBe('k2');
  });

  it('fails loudly on tampering, a wrong context or an unknown key', () => {
    const box = new SecretBox(parseEncryptionKeys(`k1:${key()}`));
    const sealed = box.encrypt('secret', 'row-1');
    const parts = sealed.split(':');
    parts[4] = Buffer.from('different').toString('base64url');
    expect(() => box.decrypt(parts.join(':'), 'row-1')).toThrowError(SecretBoxError);
    expect(() => box.decrypt(sealed, 'row-2')).toThrowError(SecretBoxError);
    const other = new SecretBox(parseEncryptionKeys(`k9:${key()}`));
    expect(() => other.decrypt(sealed, 'row-1')).toThrowError(/no key with id k1/);
  });

  it('rejects malformed key lists with a reason', () => {
    expect(() => parseEncryptionKeys('')).toThrowError(/at least one key/);
    expect(() => parseEncryptionKeys('nokey')).toThrowError(/needs an id/);
    expect(() => parseEncryptionKeys(`k1:${Buffer.from('short').toString('base64')}`)).toThrowError(/32 bytes/);
    expect(() => parseEncryptionKeys(`k1:${key()},k1:${key()}`)).toThrowError(/unique/);
  });
});
