// The ArtMinter page, on the TypeScript SDK (sdk/): read the fleet key from the router, seal the
// art program's input to it in the browser (bound to this chain, router, minter, program and the
// page's account), mint with ArtMinter.mintSealed, follow the job (waitForJob: the router's events,
// the relayer's job API for the steps in between) until the callback, check the art's bytes against
// the CID the enclave signed, and show it. Two buttons show refusals decoded by name.
//
// Everything it needs comes from /config.json (written by the local stack, e2e/stack/web.go):
// chain RPC, contract addresses, the IPFS gateway and the relayer API (proxied on this origin).
import { createClient, defineChain, formatEther, http, parseEventLogs, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
// Actions as functions on a bare client: the bundle carries only what the page calls.
import { getBalance, getContractEvents, getTransactionReceipt, readContract } from 'viem/actions';
import {
  TeeOracleRevert,
  artMinterAbi,
  cidOfOutput,
  fetchOutput,
  readFleetKey,
  requestJob,
  requestThrough,
  sealInput,
  waitForJob,
} from '@teeoracle/sdk';

// anvil's well-known dev account #5 ("test test ... junk"): public, for local chains only (docs/first-hour.md).
const DEV_KEY = '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba';

const $ = (id) => document.getElementById(id);
const stateLog = [];
window.__stateLog = stateLog; // read by the browser test
let t0 = performance.now();

function step(state, text) {
  const el = $('state');
  el.dataset.state = state;
  el.textContent = text;
  const li = document.createElement('li');
  li.innerHTML = `<span class="t">${((performance.now() - t0) / 1000).toFixed(1)} s</span>`;
  li.append(text);
  $('timeline').append(li);
  stateLog.push({ state, text, t: Math.round(performance.now() - t0) });
}

const buttons = ['mint', 'underpay', 'direct'];
const busy = (on) => buttons.forEach((b) => ($(b).disabled = on));

function fail(err) {
  console.error(err);
  if (err instanceof TeeOracleRevert) step('refused', `refused on-chain: ${err.message}`);
  else step('error', `error: ${err.shortMessage || err.message || err}`);
  busy(false);
}

const cfg = await (await fetch('config.json', { cache: 'no-store' })).json();
const chain = defineChain({
  id: cfg.chainId,
  name: 'local',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [cfg.rpcUrl] } },
});
const account = privateKeyToAccount(DEV_KEY);
// One client reads the chain and signs with the page's dev key (a wallet would sign in a real dapp).
const pub = createClient({ account, chain, transport: http(cfg.rpcUrl), pollingInterval: 400 });
const wallet = pub;
const gateway = (cid) => `${cfg.ipfsGateway.replace(/\/$/, '')}/ipfs/${cid}`;
const minter = { address: cfg.minter, abi: artMinterAbi };

$('simulation').hidden = !cfg.simulation;
$('account').textContent = account.address;
$('minter').textContent = cfg.minter;

async function refreshBalance() {
  $('balance').textContent = Number(formatEther(await getBalance(pub, { address: account.address }))).toFixed(4);
}

const [price, programId] = await Promise.all([
  readContract(pub, { ...minter, functionName: 'price' }),
  readContract(pub, { ...minter, functionName: 'programId' }),
]);
$('price').textContent = formatEther(price);
$('mint').textContent = `Mint (${formatEther(price)} ETH)`;
await refreshBalance();

function addToGallery(tokenId, cid, first = false) {
  const fig = document.createElement('figure');
  fig.innerHTML = `<a href="${gateway(cid)}" target="_blank" rel="noopener"><img loading="lazy" alt="token ${tokenId}" src="${gateway(cid)}"></a><figcaption>#${tokenId}</figcaption>`;
  if (first) $('gallery').prepend(fig);
  else $('gallery').append(fig);
}

const delivered = await getContractEvents(pub, { ...minter, eventName: 'ArtDelivered', fromBlock: 0n });
for (const ev of delivered.reverse().slice(0, 24)) addToGallery(ev.args.tokenId, ev.args.cid);

async function showArt(tokenId, cid) {
  const uri = await readContract(pub, { ...minter, functionName: 'tokenURI', args: [tokenId] });
  const json = JSON.parse(atob(uri.slice(uri.indexOf(',') + 1)));
  $('metadata').textContent = JSON.stringify(json, null, 2);
  const img = $('art');
  img.onload = () => {
    step('art-loaded', `art loaded from IPFS (${img.naturalWidth}×${img.naturalHeight}): ${json.name}`);
    addToGallery(tokenId, cid, true);
    busy(false);
  };
  img.onerror = () => fail(new Error(`the gateway did not serve ${json.image}`));
  $('art-link').textContent = json.image;
  $('art-link').href = gateway(cid);
  $('result').hidden = false;
  img.src = gateway(json.image.replace('ipfs://', ''));
}

function start() {
  busy(true);
  $('state').dataset.state = 'busy'; // at once: a test waiting for the outcome never sees the last one
  $('timeline').replaceChildren();
  $('result').hidden = true;
  t0 = performance.now();
}

async function sealArtInput(value) {
  const suite = $('suite').value;
  step('sealing', `reading the fleet key (${suite}) from router ${cfg.router.slice(0, 10)}…`);
  const fleetKey = await readFleetKey(pub, { router: cfg.router, suite, allowSimulation: cfg.simulation });
  const tokenId = await readContract(pub, { ...minter, functionName: 'nextTokenId' });
  const seed = toHex(crypto.getRandomValues(new Uint8Array(32)));
  const payload = `{"tokenId":${tokenId},"seed":"${seed}","owner":"${account.address.toLowerCase()}"}`;
  const input = await sealInput({
    fleetKey,
    payload,
    // Bound to what the router will commit to: the minter requests, the page's account is the user.
    binding: { chainId: cfg.chainId, router: cfg.router, requester: cfg.minter, user: account.address, programId },
  });
  step('sealed', `input sealed in the browser to fleet epoch ${fleetKey.epoch} (${suite}, ${(input.length - 2) / 2} bytes): only an attested enclave can read it`);
  return { ...minter, functionName: 'mintSealed', args: [input], value };
}

async function mint() {
  start();
  try {
    const call = await sealArtInput(price);
    step('sending', 'sending mintSealed() with the price…');
    const job = await requestThrough(wallet, pub, cfg.router, call);
    const [minted] = parseEventLogs({ abi: artMinterAbi, logs: (await getTransactionReceipt(pub, { hash: job.txHash })).logs, eventName: 'MintRequested' });
    const { tokenId } = minted.args;
    const r = job.request;
    $('job-id').textContent = job.jobId;
    $('token-id').textContent = `#${tokenId}`;
    step('requested', `JobRequested in block ${job.blockNumber}: program v${r.version}, fleet epoch ${r.epoch}, sealed input ${(r.input.length - 2) / 2} bytes, fee ${formatEther(r.fee)} ETH (author fee ${formatEther(r.authorFee)})`);
    refreshBalance();

    const res = await waitForJob(pub, {
      router: cfg.router,
      jobId: job.jobId,
      fromBlock: job.blockNumber,
      relayerApi: cfg.relayerApi,
      pollMs: 400,
      timeoutMs: 180_000,
      onProgress: (p) => {
        if (p.stage !== 'relayer') return;
        const extra = p.job.result ? ` (signed ${p.job.result.statusName} by ${p.job.result.signer.slice(0, 10)}…)` : '';
        step(p.state, `relayer: job ${p.state}${extra}`);
      },
    });
    if (res.outcome !== 'fulfilled') throw new Error(`job ${res.outcome}`);
    step('fulfilled', `JobFulfilled in block ${res.blockNumber}: status ${res.statusName}, callback ${res.callbackOk ? 'ok' : 'FAILED'}, signed by enclave ${res.enclave.slice(0, 10)}…`);
    // The callback ran in the same transaction: the minter's own event says what it did.
    const logs = (await getTransactionReceipt(pub, { hash: res.txHash })).logs;
    const art = parseEventLogs({ abi: artMinterAbi, logs, eventName: 'ArtDelivered' }).find((e) => e.args.tokenId === tokenId);
    if (!art) {
      const failed = parseEventLogs({ abi: artMinterAbi, logs, eventName: 'MintFailed' }).find((e) => e.args.tokenId === tokenId);
      step('failed', `MintFailed: the job ended ${res.statusName}${failed ? '' : ' (no MintFailed event)'}; price minus the oracle fee refunded (withdraw())`);
      busy(false);
      return;
    }
    const cid = art.args.cid;
    step('delivered', `ArtDelivered: token #${tokenId} minted to you, art ipfs://${cid}`);
    // The art's bytes are checked against the CID the enclave signed (not trusting the gateway).
    const bytes = await fetchOutput(cidOfOutput(res.output), { gateway: cfg.ipfsGateway });
    step('verified', `art bytes (${bytes.length}) hash to the CID the enclave signed`);
    await showArt(tokenId, cid);
  } catch (e) {
    fail(e);
  }
}

// Refused paths: each error comes back decoded by name (TeeOracleRevert).
async function underpay() {
  start();
  try {
    const call = await sealArtInput(price - 1n);
    step('sending', 'sending mintSealed() with 1 wei less than the price…');
    await requestThrough(wallet, pub, cfg.router, call);
    step('error', 'an underpaid mint was accepted');
  } catch (e) {
    fail(e);
  }
}

async function direct() {
  start();
  try {
    step('sending', 'requesting the art program directly at the router (not through the minter)…');
    await requestJob(wallet, pub, { router: cfg.router, programId, user: account.address, input: '0x207b7d', callbackGasLimit: 100_000, ttl: 3600 });
    step('error', 'a direct request was accepted');
  } catch (e) {
    fail(e);
  }
}

$('mint').addEventListener('click', mint);
$('underpay').addEventListener('click', underpay);
$('direct').addEventListener('click', direct);
busy(false);
step('ready', 'ready: press Mint');
