// The fleet's public keys, read from the chain: inputs are sealed to the key the router records for
// its current epoch (accepted there only with a registered enclave's signature), never to a key a
// worker, a relayer or a web server hands out.
import { hexToBytes, type Address, type Client } from 'viem';
import { getChainId, readContract } from 'viem/actions';
import { routerClientAbi as jobRouterAbi } from './abi.js';
import { SUITES, type Suite } from './hpke.js';
import type { FleetKeyLike } from './input.js';

/** IFleetKeys.EpochStatus. */
export const EpochStatus = { None: 0, Pending: 1, Active: 2, Retired: 3 } as const;
const EPOCH_STATUS_NAMES = ['not opened', 'pending (no keys published yet)', 'active', 'retired'];

/** A fleet key read from the chain. */
export interface FleetKey extends FleetKeyLike {
  chainId: bigint;
  router: Address;
  /** The router accepts simulation-mode enclaves: nothing sealed to this fleet is confidential. */
  simulated: boolean;
}

export class FleetKeyError extends Error {
  override name = 'FleetKeyError';
}

/** The router allows simulation-mode enclaves and the caller did not say it accepts that. */
export class SimulatedFleetError extends FleetKeyError {
  override name = 'SimulatedFleetError';
}

export interface ReadFleetKeyParams {
  router: Address;
  /** x25519 (default) or xwing (post-quantum hybrid; inputs grow by 1.1 KB). */
  suite?: Suite;
  /** A given epoch instead of the router's current one (refused unless active). */
  epoch?: number;
  /**
   * Accept a router deployed with allowSimulation (local stacks and dev chains): any simulation-mode
   * worker may hold its fleet key, so nothing sealed to it is confidential. Default false: refused.
   */
  allowSimulation?: boolean;
}

/** Reads the fleet key of the router's current epoch (or `epoch`) for `suite`. */
export async function readFleetKey(client: Client, p: ReadFleetKeyParams): Promise<FleetKey> {
  const suite = p.suite ?? 'x25519';
  const read = <T>(functionName: string, args: unknown[] = []) =>
    readContract(client, { address: p.router, abi: jobRouterAbi, functionName, args } as never) as Promise<T>;
  const [chainId, current, simulated] = await Promise.all([
    getChainId(client),
    read<number>('currentEpoch'),
    read<boolean>('allowSimulation'),
  ]);
  if (simulated && !p.allowSimulation) {
    throw new SimulatedFleetError(
      `router ${p.router} accepts simulation-mode enclaves: nothing sealed to its fleet key is confidential (pass allowSimulation: true on a development chain)`,
    );
  }
  const epoch = p.epoch ?? current;
  if (!epoch) throw new FleetKeyError(`router ${p.router} has no fleet epoch yet (fleet genesis and \`relayer fleet publish\` first)`);
  const [status, x25519Key, xwingKey] = await read<[number, `0x${string}`, `0x${string}`]>('epochKeys', [epoch]);
  if (status !== EpochStatus.Active) {
    throw new FleetKeyError(`epoch ${epoch} is ${EPOCH_STATUS_NAMES[status] ?? `in status ${status}`} on router ${p.router}: encrypt nothing to it`);
  }
  const publicKey = hexToBytes(suite === 'xwing' ? xwingKey : x25519Key);
  if (publicKey.length !== SUITES[suite].publicKeyLength || publicKey.every((b) => b === 0)) {
    throw new FleetKeyError(`epoch ${epoch} has no usable ${suite} key on-chain`);
  }
  return { suite, epoch, publicKey, chainId: BigInt(chainId), router: p.router, simulated };
}
