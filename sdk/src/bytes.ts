// Byte helpers shared by the formats (all integers big endian, as in docs/formats.md).
import { hexToBytes, isHex, type Hex } from 'viem';

export type BytesLike = Uint8Array | Hex;

/** The bytes of a Uint8Array or a 0x-prefixed hex string. */
export function toBytes(b: BytesLike): Uint8Array {
  if (b instanceof Uint8Array) return b;
  if (typeof b === 'string' && isHex(b, { strict: true })) return hexToBytes(b);
  throw new TypeError(`expected bytes or 0x-prefixed hex, got ${JSON.stringify(String(b).slice(0, 20))}`);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

export const u16 = (v: number) => Uint8Array.of((v >>> 8) & 0xff, v & 0xff);
export const u32 = (v: number) => Uint8Array.of(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
export const readU16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
export const readU32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;

/** A 32-byte big-endian word (a uint256 as abi.encode writes it). */
export function word(v: bigint | number): Uint8Array {
  let x = BigInt(v);
  if (x < 0n || x >= 1n << 256n) throw new RangeError('word out of range');
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** A 20-byte address. */
export function addressBytes(a: string): Uint8Array {
  const b = toBytes(a as Hex);
  if (b.length !== 20) throw new TypeError(`expected a 20-byte address, got ${b.length} bytes`);
  return b;
}

/** A 32-byte value (job id, program id). */
export function bytes32(a: BytesLike, what = 'value'): Uint8Array {
  const b = toBytes(a);
  if (b.length !== 32) throw new TypeError(`expected a 32-byte ${what}, got ${b.length} bytes`);
  return b;
}

/** A copy backed by its own ArrayBuffer (what the WebCrypto-based HPKE library takes). */
export const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;
