// The smallest real dapp page for `BENCH sdk.bundle_kb`: a browser wallet (EIP-1193) signs; the page
// reads the fleet key, seals an input with an output key, quotes the fee, requests through a
// consumer, waits for the job and opens its output. Bundled by scripts/bench.mjs, never served.
import { createClient, custom, type EIP1193Provider } from 'viem';
import { creditCheckAbi, makeOutputKey, openOutput, quoteFee, readFleetKey, requestThrough, sealInput, waitForJob } from '../src/index.js';

declare const window: { ethereum: EIP1193Provider };

export async function run(router: `0x${string}`, consumer: `0x${string}`, programId: `0x${string}`, payload: string) {
  const [address] = await window.ethereum.request({ method: 'eth_requestAccounts' });
  const client = createClient({ account: address, transport: custom(window.ethereum) });
  const fleetKey = await readFleetKey(client, { router });
  const outKey = await makeOutputKey();
  const chainId = fleetKey.chainId;
  const input = await sealInput({ fleetKey, payload, outputKey: outKey, binding: { chainId, router, requester: consumer, user: address, programId } });
  const fee = await quoteFee(client, { router, programId, callbackGasLimit: 200_000, headroomBps: 2_000 });
  const job = await requestThrough(client as never, client, router, { address: consumer, abi: creditCheckAbi, functionName: 'applyForCredit', args: [input], value: fee });
  const res = await waitForJob(client, { router, jobId: job.jobId, fromBlock: job.blockNumber, relayerApi: '/relayer', timeoutMs: 120_000 });
  return res.ok && res.output ? openOutput(outKey, { chainId, router, jobId: job.jobId }, res.output) : undefined;
}
