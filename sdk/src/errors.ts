// Reverts decoded by name: every custom error of the router (IJobRouterFull, which includes the
// escrow, registry, fleet keys and programs), the consumer base and the example consumers, plus
// Solidity's Error(string) and Panic(uint256). A consumer that calls the router lets the router's
// revert data through, so a dapp's own call can fail with FeeBelowFloor or NotAllowed: one table
// decodes both.
import { BaseError, decodeErrorResult, isHex, type Abi, type Hex } from 'viem';
import { errorsAbi } from './abi.js';

type AbiError = Extract<Abi[number], { type: 'error' }>;

/** A revert decoded by name. */
export interface DecodedRevert {
  /** The error's name: "FeeBelowFloor", "WrongPrice", "Error" (a require message), "Panic". */
  name: string;
  /** Its arguments by name (or position when unnamed). */
  args: Record<string, unknown>;
  /** The raw revert data. */
  data: Hex;
}

/** Finds the revert data in a viem error (or takes it as given) and decodes it by name. */
export function decodeRevert(errOrData: unknown, extraAbi: Abi = []): DecodedRevert | undefined {
  const data = revertData(errOrData);
  if (!data || data.length < 10) return undefined;
  const abi = [...errorsAbi, ...extraAbi] as Abi;
  try {
    const r = decodeErrorResult({ abi, data });
    const args: Record<string, unknown> = {};
    const inputs = (r.abiItem as AbiError).inputs ?? [];
    (r.args ?? []).forEach((v, i) => {
      args[inputs[i]?.name || String(i)] = v;
    });
    return { name: r.errorName, args, data };
  } catch {
    return { name: `unknown error ${data.slice(0, 10)}`, args: {}, data };
  }
}

/** The revert data carried by a viem error chain (or the hex given). */
export function revertData(e: unknown): Hex | undefined {
  if (typeof e === 'string') return isHex(e) ? e : undefined;
  if (!e || typeof e !== 'object') return undefined;
  let found: Hex | undefined;
  const look = (x: unknown) => {
    if (found || !x || typeof x !== 'object') return;
    const d = (x as { data?: unknown }).data;
    if (typeof d === 'string' && isHex(d) && d.length >= 10) found = d;
    else if (d && typeof d === 'object' && typeof (d as { data?: unknown }).data === 'string') look(d);
    else if (d && typeof d === 'object' && 'errorName' in d) {
      // viem's decoded ContractFunctionRevertedError keeps the raw bytes on .raw
      const raw = (x as { raw?: unknown }).raw;
      if (typeof raw === 'string' && isHex(raw)) found = raw;
    }
  };
  if (e instanceof BaseError) e.walk((x) => (look(x), false));
  let c: unknown = e;
  for (let i = 0; i < 10 && c && !found; i++) {
    look(c);
    c = (c as { cause?: unknown }).cause;
  }
  return found;
}

/** A transaction or call the chain refused, with the refusal decoded by name. */
export class TeeOracleRevert extends Error {
  override name = 'TeeOracleRevert';
  constructor(
    readonly revert: DecodedRevert,
    cause?: unknown,
  ) {
    super(describeRevert(revert), { cause });
  }
  get errorName(): string {
    return this.revert.name;
  }
}

const fmtArg = (v: unknown) => (typeof v === 'bigint' ? v.toString() : typeof v === 'string' ? v : JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x)));

/** "FeeBelowFloor(fee=1000, floor=2000)": what a person reads. */
export function describeRevert(r: DecodedRevert): string {
  const args = Object.entries(r.args).map(([k, v]) => `${k}=${fmtArg(v)}`);
  const hint = HINTS[r.name];
  return `${r.name}(${args.join(', ')})${hint ? `: ${hint}` : ''}`;
}

/** One line on what to do about the refusals a dapp developer meets first. */
export const HINTS: Record<string, string> = {
  FeeBelowFloor: 'send at least the fee quoteFee returns now (it follows the base fee: quote just before sending)',
  RequesterNotAllowed: 'the program is restricted to an allowlist of requester contracts that does not include this caller',
  Paused: 'the router takes no new requests for now',
  InputTooLarge: 'the input is longer than the router accepts (config().maxInputBytes)',
  CallbackGasTooHigh: 'ask for less callback gas (config().maxCallbackGas)',
  TtlOutOfRange: 'the ttl must be within config().minTtl..maxTtl seconds',
  OnlyRouter: 'only the router may deliver results to a consumer',
  NotExpired: 'a job can be cancelled only after its deadline',
  NotRequester: 'only the contract that requested a job can cancel it',
  WrongPrice: 'send exactly the price the dapp asks',
};

/** Rethrows a viem error as a TeeOracleRevert when it carries revert data (else as is). */
export function rethrowDecoded(e: unknown, extraAbi: Abi = []): never {
  const r = decodeRevert(e, extraAbi);
  if (r) throw new TeeOracleRevert(r, e);
  throw e;
}
