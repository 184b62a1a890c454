// Outputs (docs/formats.md, "Output"): with an output key in the input, a successful output is an
// envelope to that key, epoch 0, purpose "output", aad = chainId (32) || router (20) || jobId (32).
// An output larger than the worker's calldata threshold is stored on IPFS as one raw block and the
// signed output is its CID (CIDv1, raw codec, sha2-256, base32): fetchOutput checks the bytes hash to it.
import { bytesToHex, hexToString, sha256, type Address, type Hex } from 'viem';
import { addressBytes, bytes32, concatBytes, equalBytes, toBytes, word, type BytesLike } from './bytes.js';
import { MalformedError, formatKey, generateKeyPair, open, parseKey, seal, type KeyPair, type SealOptions, type Suite } from './hpke.js';

/** Where a job's output is bound: its chain, router and job id. */
export interface OutputBinding {
  chainId: bigint | number;
  router: Address;
  jobId: Hex;
}

export function outputAAD(b: OutputBinding): Uint8Array {
  return concatBytes(word(b.chainId), addressBytes(b.router), bytes32(b.jobId, 'jobId'));
}

/** A key pair to receive encrypted outputs. Keep `privateKey` (e.g. `exportOutputKey`) until the job settles. */
export type OutputKeyPair = KeyPair;

/** A fresh output key pair of `suite` (default x25519). */
export function makeOutputKey(suite: Suite = 'x25519'): Promise<OutputKeyPair> {
  return generateKeyPair(suite);
}

/** The private key as `SUITE:0xHEX` (what `teeo output-key` writes; `teeo decrypt-output` reads it). */
export function exportOutputKey(k: OutputKeyPair): string {
  return formatKey(k.suite, k.privateKey);
}

/** Opens an encrypted output with the private output key (a KeyPair or `SUITE:0xHEX`). */
export async function openOutput(key: OutputKeyPair | string | BytesLike, binding: OutputBinding, output: BytesLike): Promise<Uint8Array> {
  const sk = typeof key === 'string' && key.includes(':') ? parseKey(key).key : typeof key === 'object' && 'privateKey' in key ? key.privateKey : toBytes(key as BytesLike);
  return open(sk, 'output', outputAAD(binding), output);
}

/** Seals an output as the enclave does (for tests). */
export async function sealOutput(suite: Suite, publicKey: BytesLike, binding: OutputBinding, output: Uint8Array, opts: SealOptions = {}): Promise<Uint8Array> {
  return seal(suite, publicKey, 0, 'output', outputAAD(binding), output, opts);
}

// ---- CIDs of raw blocks (CIDv1, codec raw 0x55, multihash sha2-256 0x12 0x20, multibase base32 'b')

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(b: Uint8Array): string {
  let out = '';
  let bits = 0;
  let v = 0;
  for (const x of b) {
    v = (v << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += B32[(v >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(v << (5 - bits)) & 31];
  return out;
}

/** The CID the enclave computes for an output stored on IPFS. */
export function rawCid(data: BytesLike): string {
  const digest = toBytes(sha256(toBytes(data)));
  return 'b' + base32(concatBytes(Uint8Array.of(0x01, 0x55, 0x12, 0x20), digest));
}

/** The CID of a status-1 (ok_cid) output: the signed bytes are the CID's ASCII text. */
export function cidOfOutput(output: BytesLike): string {
  const s = typeof output === 'string' ? hexToString(output) : new TextDecoder().decode(output);
  if (!/^b[a-z2-7]{58}$/.test(s)) throw new MalformedError(`output ${JSON.stringify(s.slice(0, 80))} is not a CIDv1 raw sha2-256 CID`);
  return s;
}

/** The fetched bytes do not hash to the CID the enclave signed: the gateway lied or broke. */
export class CidMismatchError extends Error {
  override name = 'CidMismatchError';
}

export interface FetchOutputOptions {
  /** IPFS HTTP gateway, e.g. http://127.0.0.1:8080 (its /ipfs/<cid> path is used). */
  gateway: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Largest output accepted, bytes (default 16 MiB). */
  maxBytes?: number;
}

/** Fetches an output stored on IPFS and checks it hashes to `cid`: an untrusted gateway cannot swap it. */
export async function fetchOutput(cid: string, o: FetchOutputOptions): Promise<Uint8Array> {
  if (!/^b[a-z2-7]{58}$/.test(cid)) throw new MalformedError(`${cid} is not a CIDv1 raw sha2-256 CID`);
  const f = o.fetch ?? fetch;
  const url = `${o.gateway.replace(/\/$/, '')}/ipfs/${cid}`;
  // A plain GET: for a raw-codec CID the gateway serves the block's bytes as they are (and a page
  // that shows the same URL in an <img> reuses the response).
  const r = await f(url, { signal: o.signal });
  if (!r.ok) throw new Error(`IPFS gateway: ${r.status} ${r.statusText} for ${url}`);
  const body = new Uint8Array(await r.arrayBuffer());
  if (body.length > (o.maxBytes ?? 16 << 20)) throw new MalformedError(`output of ${body.length} bytes is over the limit`);
  const got = rawCid(body);
  if (!equalBytes(new TextEncoder().encode(got), new TextEncoder().encode(cid))) {
    throw new CidMismatchError(`the gateway's ${body.length} bytes hash to ${got}, not to the signed ${cid}`);
  }
  return body;
}
