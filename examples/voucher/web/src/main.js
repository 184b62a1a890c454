// The payment-link page, on the TypeScript SDK (sdk/, docs/vouchers.md). Without a link in the URL
// it sends: the sender's wallet signs the deposit's seed message (its secrets can be made again from
// the wallet: a lost link is never lost), the claim address is sealed in the browser to the fleet key
// read from the router, `deposit` pays the denomination and the voucher job's fee, waitForJob follows
// the job, and the voucher (encrypted to the sender's output key) is opened here into a link. With
// a link after '#' it claims: the link's claim key signs the recipient and the submitter's fee, and
// another account submits `claim`. The fragment never reaches a server.
//
// /config.json (written by the local stack, e2e/stack/web.go) names the chain, the router, the
// escrow (voucherEscrow), its denominations and the relayer API (proxied on this origin).
import { createClient, defineChain, formatEther, http, parseAbi, parseEventLogs } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { getBalance, getBlock, getTransactionReceipt, readContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import {
  TeeOracleRevert,
  claimArgs,
  deriveVoucherSecrets,
  encodeLink,
  linkClaimAddress,
  openVoucher,
  parseLink,
  readFleetKey,
  requestThrough,
  rethrowDecoded,
  sealVoucherInput,
  voucherCommitment,
  voucherEscrowAbi,
  voucherSeed,
  voucherSeedMessage,
  waitForJob,
  withHeadroom,
} from '@teeoracle/sdk';

// anvil's well-known dev accounts #8 (sender) and #9 (claim submitter): public, local chains only
// (docs/first-hour.md).
const SENDER_KEY = '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97';
const SUBMITTER_KEY = '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6';
const CLAIM_FEE = 10n ** 15n; // 0.001 ether to whoever submits the claim
const QUOTE_ABI = parseAbi(['function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) view returns (uint256)']);

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

function fail(err) {
  console.error(err);
  if (err instanceof TeeOracleRevert) step('refused', `refused on-chain: ${err.message}`);
  else step('error', `error: ${err.shortMessage || err.message || err}`);
}

function start() {
  $('state').dataset.state = 'busy';
  $('timeline').replaceChildren();
  t0 = performance.now();
}

const cfg = await (await fetch('config.json', { cache: 'no-store' })).json();
const chain = defineChain({ id: cfg.chainId, name: 'local', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [cfg.rpcUrl] } } });
const client = (key) => createClient({ account: privateKeyToAccount(key), chain, transport: http(cfg.rpcUrl), pollingInterval: 400 });
$('simulation').hidden = !cfg.simulation;

// ------------------------------------------------------------------ send

async function send() {
  const wallet = client(SENDER_KEY);
  const sender = wallet.account.address;
  const escrow = { address: cfg.voucherEscrow, abi: voucherEscrowAbi };
  const indexKey = `teeoracle-voucher-index:${cfg.chainId}:${cfg.voucherEscrow}:${sender}`;
  $('send').hidden = false;
  $('sender').textContent = sender;
  $('escrow').textContent = cfg.voucherEscrow;
  $('index').textContent = localStorage.getItem(indexKey) ?? '0';
  for (const d of cfg.voucherDenominations) {
    const o = document.createElement('option');
    o.value = d;
    o.textContent = formatEther(BigInt(d));
    $('amount').append(o);
  }
  // The router's floor at the highest base fee the next block can have (an eth_call runs with a
  // base fee of 0, so the escrow's quoteFee view is for contracts), plus 20%.
  const [programId, callbackGas] = await Promise.all([
    readContract(wallet, { ...escrow, functionName: 'programId' }),
    readContract(wallet, { ...escrow, functionName: 'CALLBACK_GAS' }),
  ]);
  const quote = async () => {
    const { baseFeePerGas } = await getBlock(wallet);
    const next = ((baseFeePerGas ?? 0n) * 9n) / 8n + 1n;
    const floor = await readContract(wallet, { address: cfg.router, abi: QUOTE_ABI, functionName: 'quoteFeeAt', args: [programId, callbackGas, next] });
    const q = withHeadroom(floor, 2_000);
    $('fee').textContent = formatEther(q);
    return q;
  };
  await quote();

  $('create').addEventListener('click', async () => {
    $('create').disabled = true;
    start();
    try {
      const amount = BigInt($('amount').value);
      const index = BigInt(localStorage.getItem(indexKey) ?? '0');
      step('signing', `your wallet signs deposit #${index}'s seed (the same signature makes this link again)…`);
      const signature = await wallet.account.signMessage({ message: voucherSeedMessage(cfg.chainId, cfg.voucherEscrow, index) });
      const secrets = await deriveVoucherSecrets(voucherSeed(signature));
      const fleetKey = await readFleetKey(wallet, { router: cfg.router, allowSimulation: cfg.simulation });
      const input = await sealVoucherInput({ fleetKey, chainId: cfg.chainId, router: cfg.router, escrow: cfg.voucherEscrow, programId, amount, secrets });
      step('sealed', `a fresh claim address sealed in the browser to fleet epoch ${fleetKey.epoch}, bound to the escrow and the amount`);
      const value = amount + (await quote());
      const job = await requestThrough(wallet, wallet, cfg.router, {
        ...escrow,
        functionName: 'deposit',
        args: [amount, input, voucherCommitment(secrets, sender, amount)],
        value,
      });
      localStorage.setItem(indexKey, String(index + 1n));
      $('index').textContent = String(index + 1n);
      step('requested', `deposited ${formatEther(amount)} ETH; voucher job ${job.jobId.slice(0, 12)}… in block ${job.blockNumber}`);
      const res = await waitForJob(wallet, {
        router: cfg.router,
        jobId: job.jobId,
        fromBlock: job.blockNumber,
        relayerApi: cfg.relayerApi,
        pollMs: 400,
        timeoutMs: 180_000,
        onProgress: (p) => p.stage === 'relayer' && step(p.state, `relayer: job ${p.state}`),
      });
      const logs = (await getTransactionReceipt(wallet, { hash: res.txHash })).logs;
      const issued = parseEventLogs({ abi: voucherEscrowAbi, logs, eventName: 'VoucherIssued' }).find((e) => e.args.jobId === job.jobId);
      if (!issued) throw new Error(`the voucher job ended ${res.statusName}: refund the deposit (teeo voucher refund)`);
      const voucher = await openVoucher(secrets, { chainId: cfg.chainId, router: cfg.router, jobId: job.jobId }, issued.args.output);
      const link = `${location.origin}${location.pathname}#${encodeLink({ chainId: BigInt(cfg.chainId), escrow: cfg.voucherEscrow, amount, claimKey: secrets.claimKey, voucher })}`;
      $('link').href = link;
      $('link').textContent = link;
      $('link-box').hidden = false;
      step('link', 'voucher signed in an enclave and opened here: send the link to whoever should get the money');
    } catch (e) {
      fail(e);
    }
    $('create').disabled = false;
  });
  $('create').disabled = false;
  step('ready', 'ready: choose an amount and create a link');
}

// ------------------------------------------------------------------ claim

async function claim(link) {
  const relay = client(SUBMITTER_KEY);
  const escrow = { address: link.escrow, abi: voucherEscrowAbi };
  $('claim').hidden = false;
  $('claim-amount').textContent = formatEther(link.amount);
  $('claim-escrow').textContent = link.escrow;
  $('submitter').textContent = relay.account.address;
  $('claim-fee').textContent = formatEther(CLAIM_FEE);
  if (BigInt(cfg.chainId) !== link.chainId) {
    step('error', `this link is for chain ${link.chainId}, this page is on chain ${cfg.chainId}`);
    return;
  }
  const spent = await readContract(relay, { ...escrow, functionName: 'spent', args: [linkClaimAddress(link)] });
  $('link-state').textContent = spent ? 'already claimed or refunded' : 'unclaimed';
  if (spent) {
    step('spent', 'this link was already claimed (or its sender took it back)');
    return;
  }
  // A fresh recipient address; the private key is shown once for the user to keep.
  const fresh = generatePrivateKey();
  $('to').value = privateKeyToAccount(fresh).address;
  window.__freshRecipientKey = fresh; // the test keeps it; a real page would offer a download
  $('claim-button').addEventListener('click', async () => {
    $('claim-button').disabled = true;
    start();
    try {
      const to = $('to').value.trim();
      step('signing', `the link's claim key signs: pay ${to}, fee ${formatEther(CLAIM_FEE)} ETH to the submitter`);
      const args = await claimArgs(link, to, CLAIM_FEE);
      let hash;
      try {
        hash = await writeContract(relay, { ...escrow, functionName: 'claim', args });
      } catch (e) {
        rethrowDecoded(e, voucherEscrowAbi);
      }
      const rc = await waitForTransactionReceipt(relay, { hash, pollingInterval: 400 });
      if (rc.status !== 'success') throw new Error(`claim ${hash} reverted`);
      const bal = await getBalance(relay, { address: to });
      $('link-state').textContent = 'claimed';
      step('claimed', `claimed in block ${rc.blockNumber}: ${to} now holds ${formatEther(bal)} ETH`);
    } catch (e) {
      fail(e);
      $('claim-button').disabled = false;
    }
  });
  $('claim-button').disabled = false;
  step('ready', 'ready: press Claim');
}

try {
  if (location.hash.length > 1) await claim(parseLink(location.hash));
  else await send();
} catch (e) {
  fail(e);
}
