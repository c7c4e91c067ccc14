import { gunzipSync, gzipSync } from 'node:zlib';
import { isoSeconds, VC_CONTEXT_V2 } from './credential.js';

/** The W3C Bitstring Status List minimum size (16 KiB), which gives each entry herd privacy. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;

/** A mutable bitstring; bit 0 is the most significant bit of the first byte, as the spec orders them. */
export class Bitstring {
  readonly bytes: Buffer;

  constructor(readonly length: number = MIN_STATUS_LIST_ENTRIES, bytes?: Buffer) {
    this.bytes = bytes ?? Buffer.alloc(Math.ceil(length / 8));
  }

  set(index: number, value: boolean): void {
    this.assertIndex(index);
    const mask = 0x80 >> index % 8;
    const byte = Math.floor(index / 8);
    this.bytes[byte] = value ? this.bytes[byte] | mask : this.bytes[byte] & ~mask;
  }

  get(index: number): boolean {
    this.assertIndex(index);
    return (this.bytes[Math.floor(index / 8)] & (0x80 >> index % 8)) !== 0;
  }

  /** Multibase base64url (prefix 'u') of the GZIP-compressed bits: the `encodedList` form. */
  encode(): string {
    return `u${gzipSync(this.bytes).toString('base64url')}`;
  }

  static decode(encodedList: string): Bitstring {
    if (!encodedList.startsWith('u')) throw new Error("encodedList is not multibase base64url (no 'u' prefix)");
    const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
    return new Bitstring(bytes.length * 8, bytes);
  }

  private assertIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) throw new RangeError(`status index ${index} is outside the list`);
  }
}

export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  /** Verifiers may cache the list until then; a revocation shows in lists signed after it. */
  validUntil?: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: 'revocation'; encodedList: string };
}

export function buildStatusListCredential(input: { id: string; issuerDid: string; validFrom: Date; validUntil?: Date; bits: Bitstring }): BitstringStatusListCredential {
  return {
    '@context': [VC_CONTEXT_V2],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuerDid,
    validFrom: isoSeconds(input.validFrom),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    credentialSubject: { id: `${input.id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: input.bits.encode() },
  };
}
