// The CreditCheck page, on the TypeScript SDK (sdk/): the applicant's bank token goes into a
// secrets-and-input plaintext (a per-user secret beside {"amount": N}), sealed in the browser to the
// fleet key read from the router and bound to the lender's contract, the applicant and the credit
// program; applyForCredit pays the fee; waitForJob follows the job to the callback; the decision is
// read from the lender's CreditDecision event. Two buttons show refusals decoded by name.
//
// /config.json (written by the local stack, e2e/stack/web.go) names the chain, the router, the
// lender (creditCheck) and the relayer API (proxied on this origin).
import { createClient, defineChain, formatEther, http, parseEventLogs } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { getBalance, getTransactionReceipt, readContract } from 'viem/actions';
import {
  TeeOracleRevert,
  creditCheckAbi,
  encodeSecretsInput,
  plainInput,
  readFleetKey,
  requestThrough,
  sealInput,
  waitForJob,
  withHeadroom,
} from '@teeoracle/sdk';

// anvil's well-known dev account #6: public, for local chains only (docs/first-hour.md).
const DEV_KEY = '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e';
const STATES = ['none', 'pending', 'approved', 'denied', 'failed', 'expired'];

const $ = (id) => document.getElementById(id);
const stateLog = [];
window.__stateLog = stateLog; // read by the browser test
let t0 = performance.now();

function step(state, text) {
  $('state').dataset.state = state;
  $('state').textContent = text;
  const li = document.createElement('li');
  li.innerHTML = `<span class="t">${((performance.now() - t0) / 1000).toFixed(1)} s</span>`;
  li.append(text);
  $('timeline').append(li);
  stateLog.push({ state, text, t: Math.round(performance.now() - t0) });
}

const buttons = ['apply', 'underpay', 'plain'];
const busy = (on) => buttons.forEach((b) => ($(b).disabled = on));

function fail(err) {
  console.error(err);
  if (err instanceof TeeOracleRevert) step('refused', `refused on-chain: ${err.message}`);
  else step('error', `error: ${err.shortMessage || err.message || err}`);
  busy(false);
}

const cfg = await (await fetch('config.json', { cache: 'no-store' })).json();
const chain = defineChain({ id: cfg.chainId, name: 'local', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [cfg.rpcUrl] } } });
const account = privateKeyToAccount(DEV_KEY);
const client = createClient({ account, chain, transport: http(cfg.rpcUrl), pollingInterval: 400 });
const lender = { address: cfg.creditCheck, abi: creditCheckAbi };

$('simulation').hidden = !cfg.simulation;
// The local stack's example bank knows one token; a real page has the user paste theirs.
if (cfg.creditDemoToken) $('token').value = cfg.creditDemoToken;
$('account').textContent = account.address;
$('lender').textContent = cfg.creditCheck;
const programId = await readContract(client, { ...lender, functionName: 'programId' });

async function showDecision() {
  const d = await readContract(client, { ...lender, functionName: 'decisionOf', args: [account.address] });
  const name = STATES[d.state] ?? String(d.state);
  $('decision').dataset.decision = name;
  $('decision').textContent = name === 'none' ? 'none yet' : `${name} (job ${d.jobId.slice(0, 12)}…)`;
}

// The floor moves with the base fee: quote now, send 20% more.
async function fee() {
  const q = await readContract(client, { ...lender, functionName: 'quote' });
  $('fee').textContent = formatEther(withHeadroom(q, 2_000));
  return q;
}

async function sealedApplication() {
  step('sealing', `reading the fleet key from router ${cfg.router.slice(0, 10)}…`);
  const fleetKey = await readFleetKey(client, { router: cfg.router, allowSimulation: cfg.simulation });
  const payload = encodeSecretsInput({ 'bank-token': $('token').value }, JSON.stringify({ amount: Number($('amount').value) }));
  const input = await sealInput({
    fleetKey,
    payload,
    binding: { chainId: cfg.chainId, router: cfg.router, requester: cfg.creditCheck, user: account.address, programId },
  });
  step('sealed', `bank token sealed in the browser to fleet epoch ${fleetKey.epoch} (${(input.length - 2) / 2} bytes), bound to the lender, you and the credit program`);
  return input;
}

function start() {
  busy(true);
  $('state').dataset.state = 'busy'; // at once: a test waiting for the outcome never sees the last one
  $('timeline').replaceChildren();
  t0 = performance.now();
}

async function apply() {
  start();
  try {
    const input = await sealedApplication();
    const value = withHeadroom(await fee(), 2_000);
    step('sending', `sending applyForCredit() with ${formatEther(value)} ETH…`);
    const job = await requestThrough(client, client, cfg.router, { ...lender, functionName: 'applyForCredit', args: [input], value });
    $('job-id').textContent = job.jobId;
    step('requested', `JobRequested in block ${job.blockNumber}: fleet epoch ${job.request.epoch}, sealed input ${(job.request.input.length - 2) / 2} bytes, fee ${formatEther(job.request.fee)} ETH`);
    await showDecision();
    const res = await waitForJob(client, {
      router: cfg.router,
      jobId: job.jobId,
      fromBlock: job.blockNumber,
      relayerApi: cfg.relayerApi,
      pollMs: 400,
      timeoutMs: 180_000,
      onProgress: (p) => p.stage === 'relayer' && step(p.state, `relayer: job ${p.state}${p.job.result ? ` (signed ${p.job.result.statusName})` : ''}`),
    });
    step('fulfilled', `JobFulfilled in block ${res.blockNumber}: status ${res.statusName}, callback ${res.callbackOk ? 'ok' : 'FAILED'}, signed by enclave ${res.enclave?.slice(0, 10)}…`);
    const logs = (await getTransactionReceipt(client, { hash: res.txHash })).logs;
    const decided = parseEventLogs({ abi: creditCheckAbi, logs, eventName: 'CreditDecision' }).find((e) => e.args.jobId === job.jobId);
    const failed = parseEventLogs({ abi: creditCheckAbi, logs, eventName: 'CreditFailed' }).find((e) => e.args.jobId === job.jobId);
    await showDecision(); // the lender's record first, then the outcome (a test reads both at once)
    if (decided) step('decided', `CreditDecision: ${decided.args.approved ? 'APPROVED' : 'DENIED'} (the lender learned one bit)`);
    else step('failed', `CreditFailed: the job ended ${res.statusName}${failed ? '' : ' (no CreditFailed event)'}`);
    busy(false);
  } catch (e) {
    fail(e);
  }
}

async function underpay() {
  start();
  try {
    const input = await sealedApplication();
    const value = (await fee()) - 1n;
    step('sending', 'sending applyForCredit() with 1 wei less than the router\'s floor…');
    await requestThrough(client, client, cfg.router, { ...lender, functionName: 'applyForCredit', args: [input], value });
    step('error', 'an underpaid application was accepted');
  } catch (e) {
    fail(e);
  }
}

async function plain() {
  start();
  try {
    const value = withHeadroom(await fee(), 2_000);
    step('sending', 'sending applyForCredit() with a plaintext input (the token would be public)…');
    const input = plainInput(encodeSecretsInput({ 'bank-token': 'public!' }, '{"amount":1}'));
    await requestThrough(client, client, cfg.router, { ...lender, functionName: 'applyForCredit', args: [input], value });
    step('error', 'a plaintext application was accepted');
  } catch (e) {
    fail(e);
  }
}

$('apply').addEventListener('click', apply);
$('underpay').addEventListener('click', underpay);
$('plain').addEventListener('click', plain);
await Promise.all([fee(), showDecision(), getBalance(client, { address: account.address })]);
busy(false);
step('ready', 'ready: press Apply');
