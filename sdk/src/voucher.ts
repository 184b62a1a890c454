// Private payment links (docs/vouchers.md, contracts/src/VoucherEscrow.sol): the secrets a sender
// makes for one deposit (derived from a wallet signature, so a lost link can be made again), the
// sealed input of the voucher job, opening the voucher, the link format, and the claim signature.
// Byte-identical with Go's protocol/voucher (checked against protocol/testdata/voucher_vectors.json).
import {
  bytesToHex,

  encodeAbiParameters,
  getAddress,
  hashTypedData,
  hexToBigInt,
  hexToBytes,
  keccak256,
  numberToHex,
  pad,
  serializeCompactSignature,
  signatureToCompactSignature,
  type Address,
  type Hex,
} from 'viem';
import { privateKeyToAccount, sign } from 'viem/accounts';
import { concatBytes, toBytes, type BytesLike } from './bytes.js';
import { deriveKeyPair, type KeyPair } from './hpke.js';
import { sealInput, type FleetKeyLike } from './input.js';
import { openOutput } from './output.js';

/** secp256k1's group order. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** What a sender makes for one deposit. */
export interface VoucherSecrets {
  /** The claim key: its address is sealed in the job input; the private key travels in the link. */
  claimKey: Hex;
  claimAddress: Address;
  /** Opens the deposit's commitment (refund). */
  salt: Hex;
  /** The X25519 key the voucher comes back encrypted to. */
  outputKey: KeyPair;
}

/** The text a sender's wallet signs (personal_sign) for its n-th deposit at an escrow; keccak256 of
 *  the signature is the deposit's seed. */
export function voucherSeedMessage(chainId: bigint | number, escrow: Address, n: bigint | number): string {
  return `TeeOracle voucher deposit #${BigInt(n)} at ${getAddress(escrow)} on chain ${BigInt(chainId)}.\nSign only on a page you trust: this signature opens the deposit.`;
}

/** The seed of a deposit from the wallet's signature over `voucherSeedMessage`. */
export const voucherSeed = (signature: Hex): Hex => keccak256(signature);

async function hkdf(seed: Uint8Array, info: string, bytes: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(seed), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(info) },
    key,
    bytes * 8,
  );
  return new Uint8Array(bits);
}

/** A deposit's secrets from its seed (HKDF-SHA256, info "teeoracle/v3/voucher/<part>"), as Go's voucher.Derive. */
export async function deriveVoucherSecrets(seed: BytesLike): Promise<VoucherSecrets> {
  const s = toBytes(seed);
  if (s.length < 32) throw new RangeError(`voucher seed of ${s.length} bytes, want at least 32`);
  const d = (hexToBigInt(bytesToHex(await hkdf(s, 'teeoracle/v3/voucher/claim-key', 48))) % (N - 1n)) + 1n;
  const claimKey = numberToHex(d, { size: 32 });
  const salt = bytesToHex(await hkdf(s, 'teeoracle/v3/voucher/salt', 32));
  const outputKey = await deriveKeyPair('x25519', await hkdf(s, 'teeoracle/v3/voucher/output-key', 32));
  return { claimKey, claimAddress: privateKeyToAccount(claimKey).address, salt, outputKey };
}

/** What the deposit stores: keccak256(abi.encode(claimAddress, salt, sender, amount)). */
export function voucherCommitment(s: VoucherSecrets, sender: Address, amount: bigint): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'bytes32' }, { type: 'address' }, { type: 'uint256' }],
      [s.claimAddress, s.salt, sender, amount],
    ),
  );
}

/** The voucher job's `user`: the denomination as an address. */
export const amountUser = (amount: bigint): Address => getAddress(pad(numberToHex(amount), { size: 20 }));

export interface VoucherInputParams {
  fleetKey: FleetKeyLike;
  chainId: bigint | number;
  router: Address;
  escrow: Address;
  programId: Hex;
  amount: bigint;
  secrets: VoucherSecrets;
}

/** The deposit's input: the claim address sealed to the fleet key, bound to the escrow as requester
 *  and the denomination as user, with the output key in the header. */
export function sealVoucherInput(p: VoucherInputParams): Promise<Hex> {
  return sealInput({
    fleetKey: p.fleetKey,
    binding: { chainId: p.chainId, router: p.router, requester: p.escrow, user: amountUser(p.amount), programId: p.programId },
    payload: hexToBytes(p.secrets.claimAddress),
    outputKey: { suite: 'x25519', publicKey: p.secrets.outputKey.publicKey },
  });
}

/** Opens the VoucherIssued output of a deposit: the 64-byte compact voucher. */
export async function openVoucher(s: VoucherSecrets, b: { chainId: bigint | number; router: Address; jobId: Hex }, output: BytesLike): Promise<Hex> {
  const v = await openOutput(s.outputKey, b, output);
  if (v.length !== 64) throw new RangeError(`voucher of ${v.length} bytes, want 64`);
  return bytesToHex(v);
}

const domain = (chainId: bigint | number, escrow: Address) =>
  ({ name: 'TeeOracleVoucher', version: '1', chainId: BigInt(chainId), verifyingContract: escrow }) as const;

/** The digest the program's code key signs. */
export function voucherDigest(chainId: bigint | number, escrow: Address, amount: bigint, claimKey: Address): Hex {
  return hashTypedData({
    domain: domain(chainId, escrow),
    types: { Voucher: [{ name: 'amount', type: 'uint256' }, { name: 'claimKey', type: 'address' }] },
    primaryType: 'Voucher',
    message: { amount, claimKey },
  });
}

/** The digest the claim key signs: recipient and the submitter's fee. */
export function claimDigest(chainId: bigint | number, escrow: Address, recipient: Address, fee: bigint): Hex {
  return hashTypedData({
    domain: domain(chainId, escrow),
    types: { Claim: [{ name: 'recipient', type: 'address' }, { name: 'fee', type: 'uint256' }] },
    primaryType: 'Claim',
    message: { recipient, fee },
  });
}

/** Everything a claim needs: whoever holds it can claim. */
export interface VoucherLink {
  chainId: bigint;
  escrow: Address;
  amount: bigint;
  claimKey: Hex;
  /** EIP-2098 compact signature (r || vs) of the program's code key. */
  voucher: Hex;
}

const b64url = (b: Uint8Array) => btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const unb64url = (s: string) => {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new LinkError('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

export class LinkError extends Error {
  constructor(why: string) {
    super(`malformed payment link: ${why}`);
    this.name = 'LinkError';
  }
}

/** The link's text: "v1." + base64url(chainId u64 || escrow || amount || claim key || voucher). Put it
 *  after '#' in a URL: browsers never send the fragment to the server. */
export function encodeLink(l: VoucherLink): string {
  const b = concatBytes(
    hexToBytes(numberToHex(l.chainId, { size: 8 })),
    hexToBytes(l.escrow),
    hexToBytes(numberToHex(l.amount, { size: 32 })),
    hexToBytes(l.claimKey),
    hexToBytes(l.voucher),
  );
  return 'v1.' + b64url(b);
}

/** Reads a link (a whole URL is accepted: the part after '#'). */
export function parseLink(text: string): VoucherLink {
  let s = text.trim();
  const i = s.lastIndexOf('#');
  if (i >= 0) s = s.slice(i + 1);
  if (!s.startsWith('v1.')) throw new LinkError('not a v1 link');
  const b = unb64url(s.slice(3));
  if (b.length !== 156) throw new LinkError(`${b.length} bytes`);
  const claimKey = bytesToHex(b.subarray(60, 92));
  const d = hexToBigInt(claimKey);
  if (d === 0n || d >= N) throw new LinkError('claim key out of range');
  return {
    chainId: hexToBigInt(bytesToHex(b.subarray(0, 8))),
    escrow: getAddress(bytesToHex(b.subarray(8, 28))),
    amount: hexToBigInt(bytesToHex(b.subarray(28, 60))),
    claimKey,
    voucher: bytesToHex(b.subarray(92)),
  };
}

/** The claim address of a link. */
export const linkClaimAddress = (l: VoucherLink): Address => privateKeyToAccount(l.claimKey).address;

/** Signs the claim of a link to `recipient` with a submitter's `fee`: the compact signature (r || vs). */
export async function signClaim(l: VoucherLink, recipient: Address, fee: bigint): Promise<Hex> {
  const sig = await sign({ hash: claimDigest(l.chainId, l.escrow, recipient, fee), privateKey: l.claimKey });
  return serializeCompactSignature(signatureToCompactSignature(sig));
}

/** The arguments of VoucherEscrow.claim for a link. */
export async function claimArgs(l: VoucherLink, recipient: Address, fee: bigint) {
  const c = await signClaim(l, recipient, fee);
  return [l.amount, linkClaimAddress(l), sliceWord(l.voucher, 0), sliceWord(l.voucher, 1), recipient, fee, sliceWord(c, 0), sliceWord(c, 1)] as const;
}

const sliceWord = (h: Hex, i: number): Hex => `0x${h.slice(2 + i * 64, 2 + (i + 1) * 64)}`;

