// Per-user secrets inside an encrypted input (docs/formats.md, "Secrets and input"): the plaintext
// of a sealed input may carry the user's own secrets (a bank token) beside the program's stdin:
//   "\0tsi" || 0x01 || n || n x (l (1) || name (l) || m (u16) || value (m)) || stdin
// The worker splits it before the program runs; the program reads the secrets by name
// (secret_get / teeo.Secret) and gets only stdin. Seal the result with sealInput: only an
// attested enclave running that program for that requester and user can read it.
import { concatBytes, u16 } from './bytes.js';

const MAGIC = Uint8Array.of(0x00, 0x74, 0x73, 0x69);
export const MAX_USER_SECRETS = 32;
export const MAX_SECRET_BYTES = 16_384;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the secrets-and-input plaintext: `secrets` in the order given (a Map or an object),
 * then `stdin`. Names are 1-64 of [A-Za-z0-9._-]; values at most 16 KiB; at most 32 secrets.
 */
export function encodeSecretsInput(
  secrets: Map<string, string | Uint8Array> | Record<string, string | Uint8Array>,
  stdin: string | Uint8Array = new Uint8Array(),
): Uint8Array {
  const te = new TextEncoder();
  const entries = secrets instanceof Map ? [...secrets.entries()] : Object.entries(secrets);
  if (entries.length > MAX_USER_SECRETS) throw new RangeError(`at most ${MAX_USER_SECRETS} secrets, got ${entries.length}`);
  const parts: Uint8Array[] = [MAGIC, Uint8Array.of(0x01, entries.length)];
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    if (!NAME.test(name)) throw new TypeError(`secret name ${JSON.stringify(name)}: 1-64 characters of [A-Za-z0-9._-]`);
    if (seen.has(name)) throw new TypeError(`secret ${name} given twice`);
    seen.add(name);
    const v = typeof value === 'string' ? te.encode(value) : value;
    if (v.length > MAX_SECRET_BYTES) throw new RangeError(`secret ${name}: ${v.length} bytes, at most ${MAX_SECRET_BYTES}`);
    parts.push(Uint8Array.of(name.length), te.encode(name), u16(v.length), v);
  }
  parts.push(typeof stdin === 'string' ? te.encode(stdin) : stdin);
  return concatBytes(...parts);
}
