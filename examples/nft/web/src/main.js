// The ArtMinter page: mint with an anvil dev key, follow the oracle job through its events (and the
// relayer's job API for the steps in between), then show the art the enclave stored on IPFS.
//
// Everything it needs comes from /config.json (written by the local stack, e2e/stack/web.go):
// chain RPC, contract addresses, the IPFS gateway and the relayer API (proxied on this origin).
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  formatEther,
  http,
  parseAbi,
  parseEventLogs,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

// anvil's well-known dev account #5 ("test test ... junk"): public, for local chains only.
const DEV_KEY = '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba';

const minterAbi = parseAbi([
  'function mint() payable returns (uint256 tokenId, bytes32 jobId)',
  'function price() view returns (uint256)',
  'function tokenURI(uint256 tokenId) view returns (string)',
  'event MintRequested(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId)',
  'event ArtDelivered(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, string cid)',
  'event MintFailed(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, uint8 status)',
]);
const routerAbi = parseAbi([
  'event JobRequested(bytes32 indexed jobId, address indexed requester, bytes32 indexed programId, address user, uint32 version, uint32 epoch, bytes input, uint32 callbackGasLimit, uint96 fee, uint96 authorFee, uint40 deadline)',
  'event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk)',
]);
const STATUS = ['ok', 'ok_cid', 'program_error', 'timeout', 'memory_limit', 'output_too_large', 'bad_input'];

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

function fail(err) {
  console.error(err);
  step('error', `error: ${err.shortMessage || err.message || err}`);
  $('mint').disabled = false;
}

const cfg = await (await fetch('config.json', { cache: 'no-store' })).json();
const chain = defineChain({
  id: cfg.chainId,
  name: 'local',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [cfg.rpcUrl] } },
});
const transport = http(cfg.rpcUrl);
const pub = createPublicClient({ chain, transport, pollingInterval: 400 });
const account = privateKeyToAccount(DEV_KEY);
const wallet = createWalletClient({ account, chain, transport });
const gateway = (cid) => `${cfg.ipfsGateway.replace(/\/$/, '')}/ipfs/${cid}`;

$('simulation').hidden = !cfg.simulation;
$('account').textContent = account.address;
$('minter').textContent = cfg.minter;

async function refreshBalance() {
  $('balance').textContent = Number(formatEther(await pub.getBalance({ address: account.address }))).toFixed(4);
}

const price = await pub.readContract({ address: cfg.minter, abi: minterAbi, functionName: 'price' });
$('price').textContent = formatEther(price);
$('mint').textContent = `Mint (${formatEther(price)} ETH)`;
await refreshBalance();

function addToGallery(tokenId, cid, first = false) {
  const fig = document.createElement('figure');
  fig.innerHTML = `<a href="${gateway(cid)}" target="_blank" rel="noopener"><img loading="lazy" alt="token ${tokenId}" src="${gateway(cid)}"></a><figcaption>#${tokenId}</figcaption>`;
  if (first) $('gallery').prepend(fig);
  else $('gallery').append(fig);
}

const delivered = await pub.getContractEvents({ address: cfg.minter, abi: minterAbi, eventName: 'ArtDelivered', fromBlock: 0n });
for (const ev of delivered.reverse().slice(0, 24)) addToGallery(ev.args.tokenId, ev.args.cid);

// Follows the relayer's view of the job (indexed, dispatched to a worker, signed, submitted)
// until `done()` says the job is settled. The relayer serves no job data beyond states.
function followRelayer(jobId, done) {
  let last = '';
  const poll = async () => {
    if (done()) return;
    try {
      const r = await fetch(`${cfg.relayerApi}/v1/jobs/${jobId}`, { cache: 'no-store' });
      if (r.ok) {
        const j = await r.json();
        if (j.state !== last && !done()) {
          last = j.state;
          const extra = j.result ? ` (signed ${j.result.statusName} by ${j.result.signer.slice(0, 10)}…)` : '';
          step(j.state, `relayer: job ${j.state}${extra}`);
        }
      }
    } catch (e) {
      console.warn('relayer API', e);
    }
    setTimeout(poll, 300);
  };
  poll();
}

async function showArt(tokenId, cid) {
  const uri = await pub.readContract({ address: cfg.minter, abi: minterAbi, functionName: 'tokenURI', args: [tokenId] });
  const json = JSON.parse(atob(uri.slice(uri.indexOf(',') + 1)));
  $('metadata').textContent = JSON.stringify(json, null, 2);
  const img = $('art');
  img.onload = () => {
    step('art-loaded', `art loaded from IPFS (${img.naturalWidth}×${img.naturalHeight}): ${json.name}`);
    addToGallery(tokenId, cid, true);
    $('mint').disabled = false;
  };
  img.onerror = () => fail(new Error(`the gateway did not serve ${json.image}`));
  $('art-link').textContent = json.image;
  $('art-link').href = gateway(cid);
  $('result').hidden = false;
  img.src = gateway(json.image.replace('ipfs://', ''));
}

async function mint() {
  $('mint').disabled = true;
  $('timeline').replaceChildren();
  $('result').hidden = true;
  t0 = performance.now();
  try {
    step('sending', 'sending mint() with the price…');
    const { request } = await pub.simulateContract({ account, address: cfg.minter, abi: minterAbi, functionName: 'mint', value: price });
    const hash = await wallet.writeContract(request);
    const receipt = await pub.waitForTransactionReceipt({ hash, pollingInterval: 250 });
    const [minted] = parseEventLogs({ abi: minterAbi, logs: receipt.logs, eventName: 'MintRequested' });
    const [requested] = parseEventLogs({ abi: routerAbi, logs: receipt.logs, eventName: 'JobRequested' });
    const { tokenId, jobId } = minted.args;
    $('job-id').textContent = jobId;
    $('token-id').textContent = `#${tokenId}`;
    step('requested', `JobRequested in block ${receipt.blockNumber}: program v${requested.args.version}, fleet epoch ${requested.args.epoch}, input ${requested.args.input.length / 2 - 1} bytes, fee ${formatEther(requested.args.fee)} ETH (author fee ${formatEther(requested.args.authorFee)})`);
    refreshBalance();

    // The callback and the router's JobFulfilled come in one transaction: once the minter's event
    // arrives, read that transaction's receipt so the timeline shows both, in order.
    let settled = false;
    const unwatch = [];
    const settle = async (log, then) => {
      if (settled) return;
      settled = true;
      unwatch.forEach((u) => u());
      const rc = await pub.getTransactionReceipt({ hash: log.transactionHash });
      const ful = parseEventLogs({ abi: routerAbi, logs: rc.logs, eventName: 'JobFulfilled' })
        .find((e) => e.args.jobId === jobId);
      if (ful) {
        const { status, callbackOk, enclave } = ful.args;
        step('fulfilled', `JobFulfilled in block ${rc.blockNumber}: status ${STATUS[status] ?? status}, callback ${callbackOk ? 'ok' : 'FAILED'}, signed by enclave ${enclave.slice(0, 10)}…`);
      }
      then();
    };
    followRelayer(jobId, () => settled);
    const onDelivered = (logs) => settle(logs[0], () => {
      const { cid } = logs[0].args;
      step('delivered', `ArtDelivered: token #${tokenId} minted to you, art ipfs://${cid}`);
      showArt(tokenId, cid).catch(fail);
    }).catch(fail);
    const onFailed = (logs) => settle(logs[0], () => {
      step('failed', `MintFailed: the job ended ${STATUS[logs[0].args.status]}; price minus the oracle fee refunded (withdraw())`);
      $('mint').disabled = false;
    }).catch(fail);
    const watch = { address: cfg.minter, abi: minterAbi, args: { tokenId }, onError: fail };
    unwatch.push(pub.watchContractEvent({ ...watch, eventName: 'ArtDelivered', onLogs: onDelivered }));
    unwatch.push(pub.watchContractEvent({ ...watch, eventName: 'MintFailed', onLogs: onFailed }));
    // In case the result landed before the watchers were installed.
    for (const [eventName, on] of [['ArtDelivered', onDelivered], ['MintFailed', onFailed]]) {
      const past = await pub.getContractEvents({ address: cfg.minter, abi: minterAbi, eventName, args: { tokenId }, fromBlock: receipt.blockNumber });
      if (past.length) on(past);
    }
  } catch (e) {
    fail(e);
  }
}

$('mint').addEventListener('click', mint);
$('mint').disabled = false;
step('ready', 'ready: press Mint');
