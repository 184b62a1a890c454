// Input envelopes, the `input` bytes of requestJob (docs/formats.md, "Input envelope"):
//   [0]      0x20 | encrypted (bit 0) | output key present (bit 1)
//   [..]     output key (bit 1): KEM id u16 || public key
//   rest     the program's stdin in clear, or an envelope to a fleet epoch key, purpose "input",
//            aad = chainId (32) || router (20) || requester (20) || user (20) || programId (32) || header bytes
// The binding is what the router commits to: a ciphertext copied into a job of another requester,
// user (the end user the dapp names), program, router or chain does not decrypt.
import { bytesToHex, zeroAddress, type Address, type Hex } from 'viem';
import { addressBytes, bytes32, concatBytes, readU16, toBytes, u16, word, type BytesLike } from './bytes.js';
import { MalformedError, SUITES, envelopeInfo, open, seal, suiteOfKem, type SealOptions, type Suite } from './hpke.js';

/** Who an encrypted input is for: exactly the fields of the request it will travel in. */
export interface InputBinding {
  chainId: bigint | number;
  router: Address;
  /** The contract (or account) that calls requestJob: the consumer when a dapp contract requests. */
  requester: Address;
  /** The end user the request names (a consumer typically names msg.sender); zeroAddress for none. */
  user?: Address;
  programId: Hex;
}

/** A public key outputs are encrypted to (from `makeOutputKey`). */
export interface PublicKeyOf {
  suite: Suite;
  publicKey: Uint8Array;
}

/** The fleet's public key of one epoch, as read from the chain by `readFleetKey`. */
export interface FleetKeyLike extends PublicKeyOf {
  epoch: number;
}

const VERSION_NIBBLE = 0x20;
const FLAG_ENCRYPTED = 0x01;
const FLAG_OUTPUT_KEY = 0x02;

/** The header bytes of an input envelope: byte 0 and the output key field. */
export function inputHeader(encrypted: boolean, outputKey?: PublicKeyOf): Uint8Array {
  const b0 = VERSION_NIBBLE | (encrypted ? FLAG_ENCRYPTED : 0) | (outputKey ? FLAG_OUTPUT_KEY : 0);
  if (!outputKey) return Uint8Array.of(b0);
  const s = SUITES[outputKey.suite];
  if (!s || outputKey.publicKey.length !== s.publicKeyLength) throw new MalformedError('output key: bad suite or length');
  return concatBytes(Uint8Array.of(b0), u16(s.kem), outputKey.publicKey);
}

/** The aad of an input: chainId || router || requester || user || programId || header. */
export function inputAAD(b: InputBinding, header: Uint8Array): Uint8Array {
  return concatBytes(
    word(b.chainId),
    addressBytes(b.router),
    addressBytes(b.requester),
    addressBytes(b.user ?? zeroAddress),
    bytes32(b.programId, 'programId'),
    header,
  );
}

export interface SealInputParams {
  fleetKey: FleetKeyLike;
  binding: InputBinding;
  /** The program's stdin (a string is UTF-8 encoded). */
  payload: Uint8Array | string;
  /** Encrypt a successful output to this key (from `makeOutputKey`). */
  outputKey?: PublicKeyOf;
}

const te = new TextEncoder();
const payloadBytes = (p: Uint8Array | string) => (typeof p === 'string' ? te.encode(p) : p);

/** Seals a payload to the fleet key, bound to its request: the input bytes to send (hex). */
export async function sealInput(p: SealInputParams, opts: SealOptions = {}): Promise<Hex> {
  if (p.fleetKey.epoch < 1) throw new MalformedError('inputs are sealed to a fleet epoch >= 1');
  const header = inputHeader(true, p.outputKey);
  const env = await seal(p.fleetKey.suite, p.fleetKey.publicKey, p.fleetKey.epoch, 'input', inputAAD(p.binding, header), payloadBytes(p.payload), opts);
  return bytesToHex(concatBytes(header, env));
}

/** A plaintext input (public on-chain forever): the payload behind header 0x20 (0x22 with an output key). */
export function plainInput(payload: Uint8Array | string, outputKey?: PublicKeyOf): Hex {
  return bytesToHex(concatBytes(inputHeader(false, outputKey), payloadBytes(payload)));
}

/** What an input envelope says about itself, without decrypting. */
export interface DecodedInput {
  encrypted: boolean;
  outputKey?: PublicKeyOf;
  header: Uint8Array;
  /** The clear payload, or the envelope to the fleet key. */
  payload: Uint8Array;
  /** Suite and fleet epoch of an encrypted payload. */
  suite?: Suite;
  epoch?: number;
}

export function decodeInput(input: BytesLike): DecodedInput {
  const b = toBytes(input);
  if (b.length === 0) return { encrypted: false, header: new Uint8Array(), payload: b };
  if (b[0] >> 4 !== 2 || (b[0] & 0x0c) !== 0) throw new MalformedError(`input header 0x${b[0].toString(16)} is not a version 2 envelope`);
  const encrypted = (b[0] & FLAG_ENCRYPTED) !== 0;
  let i = 1;
  let outputKey: PublicKeyOf | undefined;
  if (b[0] & FLAG_OUTPUT_KEY) {
    if (b.length < 3) throw new MalformedError('input too short for its output key');
    const suite = suiteOfKem(readU16(b, 1));
    const n = SUITES[suite].publicKeyLength;
    if (b.length < 3 + n) throw new MalformedError('input too short for its output key');
    outputKey = { suite, publicKey: b.slice(3, 3 + n) };
    i = 3 + n;
  }
  const out: DecodedInput = { encrypted, outputKey, header: b.slice(0, i), payload: b.slice(i) };
  if (encrypted) {
    const info = envelopeInfo(out.payload);
    if (info.epoch === 0) throw new MalformedError('an encrypted input names fleet epoch 0');
    out.suite = info.suite;
    out.epoch = info.epoch;
  }
  return out;
}

/**
 * Opens an input with a fleet private key: what the enclave does. For tests and tools that hold a
 * test key; a client never holds the fleet's private key.
 */
export async function openInput(fleetPrivateKey: BytesLike, binding: InputBinding, input: BytesLike): Promise<Uint8Array> {
  const d = decodeInput(input);
  if (!d.encrypted) return d.payload;
  return open(fleetPrivateKey, 'input', inputAAD(binding, d.header), d.payload);
}
