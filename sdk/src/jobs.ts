// Requests and their outcome: the fee to send (quoteFee), requests through the router or a consumer
// contract, and waitForJob, which follows a job from the chain's events (and, optionally, the
// relayer's job API for the steps in between) to its result.
import {
  decodeFunctionData,
  parseEventLogs,
  type Abi,
  type Address,
  type Hex,
  type Client,
  type Transport,
  type Chain,
  type Account,
} from 'viem';
// Actions as functions (not client methods): a page that builds a bare `createClient` bundles only these.
import {
  getBlockNumber,
  getContractEvents,
  getTransaction,
  getTransactionReceipt,
  readContract,
  simulateContract,
  waitForTransactionReceipt,
  writeContract,
} from 'viem/actions';
import { routerClientAbi as jobRouterAbi } from './abi.js';
import { decodeRevert, rethrowDecoded, type DecodedRevert } from './errors.js';
import { errorsAbi } from './abi.js';
import { isSuccess, statusName, type JobStatusName } from './status.js';

/** A client with an account that signs (a wallet client, or `createClient({ account, ... })`). */
export type Wallet = Client<Transport, Chain | undefined, Account>;

/** Every field of a request, as the router commits to it and JobRequested carries it. */
export interface JobRequest {
  requester: Address;
  user: Address;
  programId: Hex;
  version: number;
  epoch: number;
  input: Hex;
  callbackGasLimit: number;
  fee: bigint;
  authorFee: bigint;
  deadline: number;
}

/** A request that is on-chain. */
export interface RequestedJob {
  jobId: Hex;
  txHash: Hex;
  blockNumber: bigint;
  request: JobRequest;
}

export interface QuoteParams {
  router: Address;
  programId: Hex;
  callbackGasLimit: number;
  /** Add this much, in basis points, to cover the floor moving with the base fee before the request mines. */
  headroomBps?: number;
}

/**
 * The fee a request must carry now: the router's `quoteFee` view (author fee + base fee + the
 * callback and fulfilment gas at the chain's gas price), plus `headroomBps` when given. A relayer
 * with default settings accepts every job whose fee met the router's floor in its request block.
 */
export async function quoteFee(client: Client, p: QuoteParams): Promise<bigint> {
  let q: bigint;
  try {
    q = (await readContract(client, {
      address: p.router,
      abi: jobRouterAbi,
      functionName: 'quoteFee',
      args: [p.programId, p.callbackGasLimit],
    })) as bigint;
  } catch (e) {
    rethrowDecoded(e);
  }
  return withHeadroom(q, p.headroomBps ?? 0);
}

export const withHeadroom = (fee: bigint, bps: number) => fee + (fee * BigInt(Math.round(bps))) / 10_000n;

/** Headroom the request helpers add to a quote when no fee is given: one block of base-fee growth (12.5%) and some. */
export const DEFAULT_HEADROOM_BPS = 2_000;

export interface RequestJobParams {
  router: Address;
  programId: Hex;
  /** 0 (default): the program's current version. */
  version?: number;
  /** The end user the request names (bound into sealed inputs); default none. */
  user?: Address;
  input: Hex;
  callbackGasLimit: number;
  /** Seconds until the job may be cancelled and refunded. */
  ttl: number;
  /** Default: quoteFee with DEFAULT_HEADROOM_BPS. */
  fee?: bigint;
}

/** Requests a job directly at the router (the wallet's account is the requester). Reverts are thrown decoded by name. */
export async function requestJob(wallet: Wallet, client: Client, p: RequestJobParams): Promise<RequestedJob> {
  const fee = p.fee ?? (await quoteFee(client, { ...p, headroomBps: DEFAULT_HEADROOM_BPS }));
  return send(wallet, client, p.router, {
    address: p.router,
    abi: jobRouterAbi as Abi,
    functionName: 'requestJob',
    args: [p.programId, p.version ?? 0, p.user ?? '0x0000000000000000000000000000000000000000', p.input, p.callbackGasLimit, p.ttl],
    value: fee,
  });
}

export interface ConsumerCall {
  /** The consumer contract. */
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

/** Calls a consumer function that requests a job (e.g. ArtMinter.mintSealed) and returns the job it requested. */
export async function requestThrough(wallet: Wallet, client: Client, router: Address, call: ConsumerCall): Promise<RequestedJob> {
  return send(wallet, client, router, call);
}

async function send(wallet: Wallet, client: Client, router: Address, call: ConsumerCall): Promise<RequestedJob> {
  // The call's own ABI plus every known error: a consumer lets the router's revert data through.
  const abi = [...(call.abi as Abi), ...errorsAbi] as Abi;
  let hash: Hex;
  try {
    const { request } = await simulateContract(client, { ...call, abi, account: wallet.account } as never);
    hash = await writeContract(wallet, request as never);
  } catch (e) {
    rethrowDecoded(e, call.abi as Abi);
  }
  const receipt = await waitForTransactionReceipt(client, { hash });
  if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
  const ev = parseEventLogs({ abi: jobRouterAbi, logs: receipt.logs, eventName: 'JobRequested' }).find(
    (l) => l.address.toLowerCase() === router.toLowerCase(),
  );
  if (!ev) throw new Error(`transaction ${hash} requested no job at router ${router}`);
  const a = ev.args;
  return {
    jobId: a.jobId,
    txHash: hash,
    blockNumber: receipt.blockNumber,
    request: {
      requester: a.requester,
      user: a.user,
      programId: a.programId,
      version: a.version,
      epoch: a.epoch,
      input: a.input,
      callbackGasLimit: a.callbackGasLimit,
      fee: a.fee,
      authorFee: a.authorFee,
      deadline: a.deadline,
    },
  };
}

/** The relayer's GET /v1/jobs/{id} answer (relayer/service/http.go JobView), the fields used here. */
export interface RelayerJobView {
  jobId: Hex;
  state: string;
  outcome?: string;
  failure?: string;
  lastError?: string;
  attempts?: number;
  worker?: string;
  result?: { status: number; statusName: string; outputBytes: number; signer: Address };
  transactions?: { id: number; state: string; hash: Hex; blockNumber?: number }[];
}

export type JobProgress =
  | { stage: 'waiting'; jobId: Hex }
  | { stage: 'relayer'; jobId: Hex; state: string; job: RelayerJobView }
  | { stage: 'settled'; jobId: Hex; result: JobResult };

/** What became of a job. */
export interface JobResult {
  jobId: Hex;
  /** fulfilled: an enclave-signed result settled (success or failure status); cancelled: refunded after its deadline. */
  outcome: 'fulfilled' | 'cancelled';
  /** The signed status (fulfilled only). */
  status?: number;
  statusName?: JobStatusName | `status_${number}`;
  /** Fulfilled with status ok or ok_cid. */
  ok: boolean;
  /** The signed output, from the fulfilment's calldata (undefined if the transaction was not a direct router call). */
  output?: Hex;
  /** Whether the consumer's callback succeeded, and why not. */
  callbackOk?: boolean;
  callbackRevert?: DecodedRevert;
  /** The enclave whose signature settled it. */
  enclave?: Address;
  /** The fee refunded to the requester (cancelled only). */
  refund?: bigint;
  txHash: Hex;
  blockNumber: bigint;
}

export interface WaitForJobParams {
  router: Address;
  jobId: Hex;
  /** Block to search from: the request's block (RequestedJob.blockNumber). Default: 5,000 blocks back. */
  fromBlock?: bigint;
  /** The relayer's HTTP API base (e.g. "http://127.0.0.1:7000" or "/relayer"): progress between request and result, and an earlier look at the settling transaction. Optional. */
  relayerApi?: string;
  onProgress?: (p: JobProgress) => void;
  /** Give up after this long (default 10 minutes): JobTimeoutError. */
  timeoutMs?: number;
  /** Abort waiting (the job itself goes on). */
  signal?: AbortSignal;
  /** Poll interval, ms (default 1,000). */
  pollMs?: number;
  fetch?: typeof fetch;
}

export class JobTimeoutError extends Error {
  override name = 'JobTimeoutError';
  constructor(
    readonly jobId: Hex,
    readonly lastRelayerState?: string,
  ) {
    super(`job ${jobId} not settled in time${lastRelayerState ? ` (relayer: ${lastRelayerState})` : ''}`);
  }
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : Object.assign(new Error('waitForJob aborted'), { name: 'AbortError' });

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits until the job settles (an enclave-signed result, success or failure) or is cancelled, and
 * returns its status and output. The chain decides: the relayer API only reports progress and points
 * at its transaction early. Throws JobTimeoutError after `timeoutMs`, or the signal's reason once aborted.
 */
export async function waitForJob(client: Client, p: WaitForJobParams): Promise<JobResult> {
  const end = Date.now() + (p.timeoutMs ?? 600_000);
  const pollMs = p.pollMs ?? 1_000;
  let fromBlock = p.fromBlock;
  if (fromBlock === undefined) {
    const head = await getBlockNumber(client);
    fromBlock = head > 5_000n ? head - 5_000n : 0n;
  }
  let lastState: string | undefined;
  const seenTx = new Set<string>();
  p.onProgress?.({ stage: 'waiting', jobId: p.jobId });
  for (;;) {
    if (p.signal?.aborted) throw abortError(p.signal);
    // The relayer's view first: it may name the settling transaction before our log query sees it.
    if (p.relayerApi) {
      const view = await relayerJob(p).catch(() => undefined);
      if (view) {
        if (view.state !== lastState) {
          lastState = view.state;
          p.onProgress?.({ stage: 'relayer', jobId: p.jobId, state: view.state, job: view });
        }
        for (const t of view.transactions ?? []) {
          if (t.blockNumber === undefined || seenTx.has(t.hash)) continue;
          seenTx.add(t.hash);
          const r = await settledIn(client, p, t.hash).catch(() => undefined);
          if (r) return done(p, r);
        }
      }
    }
    const r = await settledFromLogs(client, p, fromBlock);
    if (r) return done(p, r);
    const left = end - Date.now();
    if (left <= 0) throw new JobTimeoutError(p.jobId, lastState);
    await sleep(Math.min(pollMs, left), p.signal);
  }
}

function done(p: WaitForJobParams, r: JobResult): JobResult {
  p.onProgress?.({ stage: 'settled', jobId: p.jobId, result: r });
  return r;
}

async function relayerJob(p: WaitForJobParams): Promise<RelayerJobView | undefined> {
  const f = p.fetch ?? fetch;
  const r = await f(`${p.relayerApi!.replace(/\/$/, '')}/v1/jobs/${p.jobId}`, { cache: 'no-store', signal: p.signal });
  if (!r.ok) return undefined;
  return (await r.json()) as RelayerJobView;
}

async function settledFromLogs(client: Client, p: WaitForJobParams, fromBlock: bigint): Promise<JobResult | undefined> {
  const [ful, can] = await Promise.all([
    getContractEvents(client, { address: p.router, abi: jobRouterAbi, eventName: 'JobFulfilled', args: { jobId: p.jobId }, fromBlock }),
    getContractEvents(client, { address: p.router, abi: jobRouterAbi, eventName: 'JobCancelled', args: { jobId: p.jobId }, fromBlock }),
  ]);
  const log = ful[0] ?? can[0];
  if (!log) return undefined;
  return settledIn(client, p, log.transactionHash);
}

/** The job's settlement in transaction `hash`, or undefined when that transaction did not settle it. */
async function settledIn(client: Client, p: WaitForJobParams, hash: Hex): Promise<JobResult | undefined> {
  const receipt = await getTransactionReceipt(client, { hash });
  const mine = (l: { args: { jobId: Hex } }) => l.args.jobId.toLowerCase() === p.jobId.toLowerCase();
  const fromRouter = receipt.logs.filter((l) => l.address.toLowerCase() === p.router.toLowerCase());
  const cancelled = parseEventLogs({ abi: jobRouterAbi, logs: fromRouter, eventName: 'JobCancelled' }).find(mine);
  if (cancelled) {
    return { jobId: p.jobId, outcome: 'cancelled', ok: false, refund: cancelled.args.refund, txHash: hash, blockNumber: receipt.blockNumber };
  }
  const fulfilled = parseEventLogs({ abi: jobRouterAbi, logs: fromRouter, eventName: 'JobFulfilled' }).find(mine);
  if (!fulfilled) return undefined;
  const { status, callbackOk, enclave } = fulfilled.args;
  const failed = parseEventLogs({ abi: jobRouterAbi, logs: fromRouter, eventName: 'CallbackFailed' }).find(mine);
  const result: JobResult = {
    jobId: p.jobId,
    outcome: 'fulfilled',
    status,
    statusName: statusName(status),
    ok: isSuccess(status),
    callbackOk,
    enclave,
    txHash: hash,
    blockNumber: receipt.blockNumber,
  };
  if (failed) result.callbackRevert = decodeRevert(failed.args.revertData) ?? { name: 'no revert data', args: {}, data: failed.args.revertData };
  // JobFulfilled carries no output: read it from the fulfilment's calldata (the signed output).
  const tx = await getTransaction(client, { hash });
  try {
    const call = decodeFunctionData({ abi: jobRouterAbi, data: tx.input });
    const entries = call.functionName === 'fulfill' ? [call.args[0]] : call.functionName === 'fulfillBatch' ? call.args[0] : [];
    const f = (entries as readonly { jobId: Hex; output: Hex }[]).find((x) => x.jobId.toLowerCase() === p.jobId.toLowerCase());
    if (f) result.output = f.output;
  } catch {
    // Not a direct router call (a contract relayed it): the status is known, the output is not.
  }
  return result;
}
