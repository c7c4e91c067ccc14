import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Prefix of every sealed value; anything else is a legacy plaintext value and opens as itself. */
export const SEALED_PREFIX = 'enc:v1:';

/**
 * Key id of the development key: used only outside production when SECRETS_ENCRYPTION_KEYS is
 * empty, so `npm start` and the specs need no configuration. Its material below is public (it is
 * in this file), so a value it sealed is as good as plaintext; production refuses it.
 */
export const DEVELOPMENT_KEY_ID = 'development-only';
const DEVELOPMENT_KEY = Buffer.from('d1u+fv50A3ld4bYgvtHC/hu0wYppztakwSCFq6+xcJk=', 'base64');

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Letters, digits, '.', '_' and '-': no ':' (the sealed format's separator) and no ','. */
const KEY_ID = /^[\w.-]{1,64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

interface Key {
  id: string;
  material: Buffer;
}

/** Splits `id:base64,id:base64` into keys, or says (without any key material) what is wrong. */
function parseKeyList(keyList: string): { keys: Key[] } | { problem: string } {
  const entries = keyList.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => entry === '')) return { problem: 'must list at least one key (id:base64 of 32 bytes)' };
  const keys: Key[] = [];
  for (const [index, entry] of entries.entries()) {
    const position = `entry ${index + 1}`;
    const colon = entry.indexOf(':');
    if (colon < 0) return { problem: `${position} must be id:base64 (no ':' found)` };
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id)) return { problem: `${position} has a key id that is not 1-64 letters, digits, '.', '_' or '-'` };
    if (keys.some((key) => key.id === id)) return { problem: `key id ${id} is listed twice` };
    if (encoded === '' || !BASE64.test(encoded)) return { problem: `key ${id} is not valid base64` };
    const material = Buffer.from(encoded, 'base64');
    if (material.length !== KEY_BYTES) return { problem: `key ${id} must be ${KEY_BYTES} bytes (got ${material.length})` };
    keys.push({ id, material });
  }
  return { keys };
}

/**
 * What is wrong with a SECRETS_ENCRYPTION_KEYS value (`k2:<base64 32 bytes>,k1:<base64 32 bytes>`),
 * or undefined when it is usable. The message names entries and key ids, never key material.
 */
export function keyListProblem(keyList: string): string | undefined {
  const parsed = parseKeyList(keyList);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/**
 * Seals secrets kept in the database (webhook signing secrets, OIDC ID tokens) with AES-256-GCM,
 * so a database dump does not give them away. Sealed: `enc:v1:<keyId>:<base64url iv>:<base64url
 * ciphertext+tag>`, with `enc:v1:<keyId>` as additional authenticated data. The first key of the
 * list seals; every key listed opens (rotation: put the new key first, keep the old until no value
 * uses it). A value without the `enc:v1:` prefix is a legacy plaintext row and opens as itself.
 */
export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;
  /** The id of the key that seals (the first listed). */
  readonly sealingKeyId: string;

  private constructor(keys: readonly Key[]) {
    this.keys = new Map(keys.map((key) => [key.id, key.material]));
    this.sealingKeyId = keys[0].id;
  }

  /**
   * From SECRETS_ENCRYPTION_KEYS. Empty outside production: the public development key
   * (`development-only`). Production refuses an empty list and the development key.
   */
  static fromConfig(keyList: string | undefined, nodeEnv: string): SecretBox {
    const production = nodeEnv === 'production';
    if (!keyList?.trim()) {
      if (production) throw new SecretBoxError('SECRETS_ENCRYPTION_KEYS is required when NODE_ENV=production');
      return new SecretBox([{ id: DEVELOPMENT_KEY_ID, material: DEVELOPMENT_KEY }]);
    }
    const parsed = parseKeyList(keyList);
    if ('problem' in parsed) throw new SecretBoxError(`SECRETS_ENCRYPTION_KEYS ${parsed.problem}`);
    if (production && parsed.keys.some((key) => key.id === DEVELOPMENT_KEY_ID || key.material.equals(DEVELOPMENT_KEY))) {
      throw new SecretBoxError('SECRETS_ENCRYPTION_KEYS must not contain the public development key when NODE_ENV=production');
    }
    return new SecretBox(parsed.keys);
  }

  /** True when the public development key seals (nothing configured, outside production). */
  get usesDevelopmentKey(): boolean {
    return this.sealingKeyId === DEVELOPMENT_KEY_ID;
  }

  seal(plain: string): string {
    const header = `${SEALED_PREFIX}${this.sealingKeyId}`;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.sealingKeyId) as Buffer, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(header, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${header}:${iv.toString('base64url')}:${sealed.toString('base64url')}`;
  }

  /** The plaintext of a sealed value; a legacy plaintext value unchanged. Throws on an unknown key or a tampered value. */
  open(stored: string): string {
    if (!stored.startsWith(SEALED_PREFIX)) return stored;
    const parts = stored.slice(SEALED_PREFIX.length).split(':');
    if (parts.length !== 3) throw new SecretBoxError('cannot open a sealed secret: it is not enc:v1:<keyId>:<iv>:<ciphertext>');
    const [keyId, ivText, sealedText] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`cannot open a sealed secret: key ${JSON.stringify(keyId)} is not in SECRETS_ENCRYPTION_KEYS`);
    const iv = Buffer.from(ivText, 'base64url');
    const sealed = Buffer.from(sealedText, 'base64url');
    if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw new SecretBoxError(`cannot open a sealed secret (key ${keyId}): it is truncated or malformed`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(`${SEALED_PREFIX}${keyId}`, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError(`cannot open a sealed secret (key ${keyId}): it was altered or sealed with a different key of that id`);
    }
  }

  /** Opens a stored value (sealed with any listed key, or legacy plaintext) and seals it with the first key. */
  reseal(stored: string): string {
    return this.seal(this.open(stored));
  }
}
