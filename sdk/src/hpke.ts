// The HPKE envelope of every teeoracle ciphertext (docs/formats.md, "The envelope"): one RFC 9180
// base-mode Seal in an 11-byte header [version 2 | kem u16 | kdf u16 | aead u16 | epoch u32] followed
// by enc and the AEAD ciphertext. The associated data is header || the purpose's aad; info is
// "teeoracle/v2/" || purpose. Two suites: X25519 (classical, default) and X-Wing (post-quantum
// hybrid), from the audited @hpke libraries; this file adds framing only.
//
// X-Wing is loaded on first use (a dynamic import): a page that only seals to X25519 does not carry
// ML-KEM in its first bundle.
import { Aes128Gcm, Aes256Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { bytesToHex, type Hex } from 'viem';
import { buf, concatBytes, readU16, readU32, toBytes, u16, u32, type BytesLike } from './bytes.js';

export type Suite = 'x25519' | 'xwing';
export type Purpose = 'input' | 'program' | 'output' | 'secret' | 'fleet-transport';

/** Suite parameters (docs/formats.md, "Suites"). */
export const SUITES = {
  x25519: { kem: 0x0020, kdf: 0x0001, aead: 0x0001, encLength: 32, publicKeyLength: 32 },
  xwing: { kem: 0x647a, kdf: 0x0001, aead: 0x0002, encLength: 1120, publicKeyLength: 1216 },
} as const;

export const ENVELOPE_VERSION = 0x02;
export const HEADER_LENGTH = 11;
const TAG_LENGTH = 16;

/** A ciphertext or key that does not follow the format (wrong version, suite, length). */
export class MalformedError extends Error {
  override name = 'MalformedError';
}
/** Decryption failed: wrong key, purpose or binding (a copied or relabelled ciphertext), tampering. */
export class DecryptError extends Error {
  override name = 'DecryptError';
}

export function suiteOfKem(kem: number): Suite {
  if (kem === SUITES.x25519.kem) return 'x25519';
  if (kem === SUITES.xwing.kem) return 'xwing';
  throw new MalformedError(`unknown KEM id 0x${kem.toString(16).padStart(4, '0')}`);
}

const suiteCache = new Map<Suite, Promise<CipherSuite>>();

/** The @hpke CipherSuite of a suite (X-Wing imported on first use). */
export function cipherSuite(suite: Suite): Promise<CipherSuite> {
  let s = suiteCache.get(suite);
  if (!s) {
    s =
      suite === 'x25519'
        ? Promise.resolve(new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() }))
        : suite === 'xwing'
          ? import('@hpke/hybridkem-x-wing').then(({ XWing }) => new CipherSuite({ kem: new XWing(), kdf: new HkdfSha256(), aead: new Aes256Gcm() }))
          : Promise.reject(new MalformedError(`unknown suite ${String(suite)}`));
    suiteCache.set(suite, s);
  }
  return s;
}

/** The 11-byte envelope header. */
export function envelopeHeader(suite: Suite, epoch: number): Uint8Array {
  const s = SUITES[suite];
  if (!s) throw new MalformedError(`unknown suite ${String(suite)}`);
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) throw new RangeError(`epoch ${epoch} is not a uint32`);
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), u16(s.kem), u16(s.kdf), u16(s.aead), u32(epoch));
}

/** Reads an envelope's header without decrypting: its suite and epoch. */
export function envelopeInfo(envelope: BytesLike): { suite: Suite; epoch: number } {
  const e = toBytes(envelope);
  if (e.length < HEADER_LENGTH || e[0] !== ENVELOPE_VERSION) throw new MalformedError('not a version 2 envelope');
  const suite = suiteOfKem(readU16(e, 1));
  const s = SUITES[suite];
  if (readU16(e, 3) !== s.kdf || readU16(e, 5) !== s.aead) throw new MalformedError('unknown suite (kdf/aead)');
  if (e.length < HEADER_LENGTH + s.encLength + TAG_LENGTH) throw new MalformedError(`envelope too short for ${suite}`);
  return { suite, epoch: readU32(e, 7) };
}

const te = new TextEncoder();
const info = (purpose: Purpose) => buf(te.encode('teeoracle/v2/' + purpose));

export interface SealOptions {
  /** Fixed ephemeral randomness, for known-answer tests only (32 bytes X25519, 64 bytes X-Wing). */
  ekm?: Uint8Array;
}

/** Seals `plaintext` to `publicKey` as an envelope of `purpose` bound to `aad`. */
export async function seal(
  suite: Suite,
  publicKey: BytesLike,
  epoch: number,
  purpose: Purpose,
  aad: Uint8Array,
  plaintext: Uint8Array,
  opts: SealOptions = {},
): Promise<Uint8Array> {
  const pk = toBytes(publicKey);
  if (pk.length !== SUITES[suite].publicKeyLength) throw new MalformedError(`a ${suite} public key is ${SUITES[suite].publicKeyLength} bytes, got ${pk.length}`);
  const cs = await cipherSuite(suite);
  const recipientPublicKey = await cs.kem.deserializePublicKey(buf(pk));
  const header = envelopeHeader(suite, epoch);
  const sender = await cs.createSenderContext({ recipientPublicKey, info: info(purpose), ...(opts.ekm ? { ekm: buf(opts.ekm) } : {}) });
  const ct = new Uint8Array(await sender.seal(buf(plaintext), buf(concatBytes(header, aad))));
  return concatBytes(header, new Uint8Array(sender.enc), ct);
}

/** Opens an envelope of `purpose` bound to `aad` with a private key (32 bytes: X25519 scalar or X-Wing seed). */
export async function open(privateKey: BytesLike, purpose: Purpose, aad: Uint8Array, envelope: BytesLike): Promise<Uint8Array> {
  const e = toBytes(envelope);
  const { suite } = envelopeInfo(e);
  const cs = await cipherSuite(suite);
  const sk = toBytes(privateKey);
  if (sk.length !== 32) throw new MalformedError(`a private key is 32 bytes, got ${sk.length}`);
  const recipientKey = await cs.kem.deserializePrivateKey(buf(sk));
  const n = SUITES[suite].encLength;
  try {
    const pt = await cs.open(
      { recipientKey, enc: buf(e.subarray(HEADER_LENGTH, HEADER_LENGTH + n)), info: info(purpose) },
      buf(e.subarray(HEADER_LENGTH + n)),
      buf(concatBytes(e.subarray(0, HEADER_LENGTH), aad)),
    );
    return new Uint8Array(pt);
  } catch (err) {
    throw new DecryptError(`cannot open the ${purpose} envelope (wrong key, binding or purpose, or tampered)`, { cause: err });
  }
}

/** A key pair of one suite; `privateKey` is the 32-byte serialization. */
export interface KeyPair {
  suite: Suite;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** RFC 9180 DeriveKeyPair of the suite's KEM from exactly 32 bytes of input keying material. */
export async function deriveKeyPair(suite: Suite, ikm: BytesLike): Promise<KeyPair> {
  const i = toBytes(ikm);
  if (i.length !== 32) throw new MalformedError(`ikm is 32 bytes, got ${i.length}`);
  const cs = await cipherSuite(suite);
  const kp = await cs.kem.deriveKeyPair(buf(i));
  return {
    suite,
    publicKey: new Uint8Array(await cs.kem.serializePublicKey(kp.publicKey)),
    privateKey: new Uint8Array(await cs.kem.serializePrivateKey(kp.privateKey)),
  };
}

/** A fresh key pair (from 32 random bytes). */
export async function generateKeyPair(suite: Suite): Promise<KeyPair> {
  return deriveKeyPair(suite, crypto.getRandomValues(new Uint8Array(32)));
}

/** `SUITE:0xHEX`, the text form teeo writes keys in. */
export function formatKey(suite: Suite, key: Uint8Array): string {
  return `${suite}:${bytesToHex(key)}`;
}

/** Parses `SUITE:0xHEX`. */
export function parseKey(text: string): { suite: Suite; key: Uint8Array } {
  const [s, h] = text.trim().split(':');
  if ((s !== 'x25519' && s !== 'xwing') || !h) throw new MalformedError('a key is written SUITE:0xHEX with SUITE x25519 or xwing');
  return { suite: s, key: toBytes(h as Hex) };
}
