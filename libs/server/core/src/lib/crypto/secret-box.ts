import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One AES-256 key with the id stored beside every secret it encrypts. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

/**
 * Parses `ENCRYPTION_KEYS`: comma-separated `id:base64key` pairs, the first one encrypts, all of them
 * decrypt, so keys can rotate (add a new first key, re-encrypt, then drop the old one).
 */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const separator = part.indexOf(':');
      const id = part.slice(0, separator);
      const key = Buffer.from(part.slice(separator + 1), 'base64');
      if (separator < 1 || !KEY_ID.test(id)) throw new SecretBoxError('each key needs an id: use id:base64key');
      if (key.length !== 32) throw new SecretBoxError(`key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (keys.length === 0) throw new SecretBoxError('at least one key is required');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new SecretBoxError('key ids must be unique');
  return keys;
}

/**
 * AES-256-GCM for secrets at rest (OAuth tokens, client secrets). The output names its key, and the
 * authentication tag makes any tampering or a wrong key fail loudly rather than decrypt to garbage.
 * `context` (e.g. the row id and column) is bound as associated data, so a ciphertext copied into
 * another row does not decrypt.
 */
export class SecretBox {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new SecretBoxError('at least one key is required');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  get activeKeyId(): string {
    return this.keys[0].id;
  }

  encrypt(plaintext: string, context: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT, id, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join(
      ':',
    );
  }

  decrypt(sealed: string, context: string): string {
    const [format, id, iv, tag, ciphertext] = sealed.split(':');
    if (format !== FORMAT || !id || !iv || !tag || ciphertext === undefined)
      throw new SecretBoxError('not a sealed secret');
    const key = this.byId.get(id);
    if (!key) throw new SecretBoxError(`no key with id ${id} is configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('secret could not be decrypted (wrong key, wrong context or tampered)');
    }
  }

  /** The key id a sealed secret was encrypted with (to find secrets that still need re-encryption). */
  static keyIdOf(sealed: string): string | null {
    return sealed.split(':')[1] ?? null;
  }
}
