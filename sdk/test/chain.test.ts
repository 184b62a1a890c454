// The SDK against the real contracts on a real anvil: the fleet key read from the router (a
// simulated fleet refused unless allowed, an unpublished epoch refused), quoteFee, a sealed request
// through a consumer, an underpaid one refused with FeeBelowFloor by name, and waitForJob returning
// the signed output (decrypted with the output key), timing out and aborting. The enclave's side
// (opening the input, signing the result) is played by this test with a registered test key: the
// real worker's side is the end-to-end test's (e2e/, Chromium pages on the local stack).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import {
  compactSignatureToSignature,
  createPublicClient,
  createWalletClient,
  http,
  keccak256,
  parseSignature,
  signatureToCompactSignature,
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
} from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import {
  FleetKeyError,
  JobTimeoutError,
  SimulatedFleetError,
  TeeOracleRevert,
  deriveKeyPair,
  echoConsumerAbi,
  jobRouterAbi,
  makeOutputKey,
  openInput,
  openOutput,
  quoteFee,
  readFleetKey,
  requestThrough,
  sealInput,
  sealOutput,
  waitForJob,
  type JobProgress,
} from '../src/index.js';

const repo = new URL('../../../', import.meta.url).pathname;
const anvilBin = process.env.ANVIL || `${repo}tools/npm/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil`;
const MNEMONIC = 'test test test test test test test test test test test junk';
const acct = (i: number) => mnemonicToAccount(MNEMONIC, { addressIndex: i });
const owner = acct(0);
const author = acct(3);
const userAcct = acct(4);
const relayer = acct(2);
const enclave = acct(7); // plays the registered enclave's signing key

function artifact(spec: string): { abi: Abi; bytecode: Hex } {
  const [file, name] = spec.split(':');
  const a = JSON.parse(readFileSync(`${repo}contracts/out/${file}/${name}.json`, 'utf8'));
  return { abi: a.abi, bytecode: a.bytecode.object };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

let anvil: ChildProcess;
let client: PublicClient;
let rpc: string;
let router: Address;
let echo: Address;
let programId: Hex;
const fleetX = deriveKeyPair('x25519', '0x' + '11'.repeat(32) as Hex);
const fleetW = deriveKeyPair('xwing', '0x' + '12'.repeat(32) as Hex);
const wallet = (a: ReturnType<typeof acct>) => createWalletClient({ account: a, chain: foundry, transport: http(rpc) });

async function tx(a: ReturnType<typeof acct>, address: Address, functionName: string, args: unknown[], value?: bigint) {
  const hash = await wallet(a).writeContract({ address, abi: jobRouterAbi as Abi, functionName, args, value } as never);
  const r = await client.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success', `${functionName} reverted`);
  return r;
}

async function deploy(a: ReturnType<typeof acct>, spec: string, args: unknown[]): Promise<Address> {
  const { abi, bytecode } = artifact(spec);
  const hash = await wallet(a).deployContract({ abi, bytecode, args } as never);
  const r = await client.waitForTransactionReceipt({ hash });
  assert.ok(r.contractAddress, `deploy ${spec}`);
  return r.contractAddress!;
}

// Constructor arguments by name: a dev chain's defaults, as bindings/deploy's DefaultOptions.
const DEFAULTS: Record<string, unknown> = {
  allowSimulation_: true, allowSimulation: true, initialOwner: '', maxInputBytes: 16 * 1024, maxCallbackGas: 2_000_000,
  minTtl: 60, maxTtl: 7 * 24 * 3600, baseFeeGwei: 100_000n, feePerGas: 1_000_000_000n, flatFeeGwei: 100_000,
  minGasPrice: 1_000_000_000n, baseFeePercent: 125, overheadKGas: 112, feeNotice: 0, feeNotice_: 0, feeNoticeSeconds: 0, feeNoticePeriod_: 0, feeNoticePeriod: 0,
};
type Param = { name: string; type: string; components?: Param[] };
function argFor(p: Param, admin?: Address): unknown {
  if (p.name === 'admin_' || p.name === 'admin') return admin;
  if (p.name === 'initialOwner' || p.name === 'owner_') return owner.address;
  if (p.type === 'tuple') return Object.fromEntries(p.components!.map((c) => [c.name, argFor(c, admin)]));
  if (!(p.name in DEFAULTS)) throw new Error(`constructor argument ${p.name} (${p.type}): add a default to DEFAULTS`);
  return DEFAULTS[p.name];
}
const ctorArgs = (spec: string, admin?: Address) =>
  ((artifact(spec).abi.find((e) => e.type === 'constructor') as unknown as { inputs: Param[] } | undefined)?.inputs ?? []).map((p) => argFor(p, admin));

before(async () => {
  const port = await freePort();
  rpc = `http://127.0.0.1:${port}`;
  anvil = spawn(anvilBin, ['--host', '127.0.0.1', '--port', String(port), '--silent', '--chain-id', '31337'], { stdio: 'ignore' });
  client = createPublicClient({ chain: foundry, transport: http(rpc), pollingInterval: 100 }) as PublicClient;
  for (let i = 0; ; i++) {
    try {
      await client.getChainId();
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const admin = await deploy(owner, 'JobRouterAdmin.sol:JobRouterAdmin', ctorArgs('JobRouterAdmin.sol:JobRouterAdmin'));
  router = await deploy(owner, 'JobRouter.sol:JobRouter', ctorArgs('JobRouter.sol:JobRouter', admin));
  // A simulated enclave registered by the owner acting as registrar.
  const mr = ('0x' + '01'.repeat(32)) as Hex;
  await tx(owner, router, 'setRegistrar', [owner.address, true]);
  await tx(owner, router, 'allowMrEnclave', [mr]);
  const block = await client.getBlock();
  await tx(owner, router, 'registerEnclave', [{
    signer: enclave.address, payee: relayer.address, expiresAt: Number(block.timestamp) + 86_400, simulated: true,
    mrEnclave: mr, mrSigner: ('0x' + '00'.repeat(32)) as Hex, productId: 0, svn: 0, evidenceDigest: ('0x' + '00'.repeat(32)) as Hex,
    encryptionKey: ('0x02' + '33'.repeat(32)) as Hex,
  }]);
  // The program, and the example consumer.
  await tx(author, router, 'createProgram', ['echo', 0n, false]);
  await tx(author, router, 'publishVersion', ['echo', ('0x' + 'aa'.repeat(32)) as Hex, 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku']);
  programId = (await client.readContract({ address: router, abi: jobRouterAbi, functionName: 'programIdOf', args: [author.address, 'echo'] })) as Hex;
  echo = await deploy(owner, 'EchoConsumer.sol:EchoConsumer', [router, false]);
});

after(() => {
  anvil?.kill('SIGTERM');
});

async function compact(hashSig: Hex) {
  const c = signatureToCompactSignature(parseSignature(hashSig));
  // Round trip, so a malformed conversion fails here rather than on-chain.
  assert.equal(compactSignatureToSignature(c).r, c.r);
  return c;
}

const FLEET_ID = keccak256('0x666c656574') as Hex; // keccak256("fleet")

async function publishFleetKeys() {
  // Epoch 1 is open for keys from deployment on (genesis); later epochs by startRotation.
  const pending = await client.readContract({ address: router, abi: jobRouterAbi, functionName: 'pendingEpoch' });
  if (pending !== 1) await tx(owner, router, 'startRotation', []);
  // The router accepts keys of the fleet its owner names (the fleet id commits to the fleet's
  // genesis inside the enclaves; here any id the test signs under).
  await tx(owner, router, 'setFleetId', [FLEET_ID]);
  const [x, w] = await Promise.all([fleetX, fleetW]);
  const x25519Key = ('0x' + Buffer.from(x.publicKey).toString('hex')) as Hex;
  const xwingKey = ('0x' + Buffer.from(w.publicKey).toString('hex')) as Hex;
  const sig = await enclave.signTypedData({
    domain: { name: 'TeeOracle', version: '1', chainId: 31337, verifyingContract: router },
    types: { FleetKey: [{ name: 'fleetId', type: 'bytes32' }, { name: 'epoch', type: 'uint32' }, { name: 'x25519Key', type: 'bytes32' }, { name: 'xwingKeyHash', type: 'bytes32' }] },
    primaryType: 'FleetKey',
    message: { fleetId: FLEET_ID, epoch: 1, x25519Key, xwingKeyHash: keccak256(xwingKey) },
  });
  const { r, yParityAndS } = await compact(sig);
  await tx(relayer, router, 'setEpochKeys', [FLEET_ID, 1, x25519Key, xwingKey, r, yParityAndS]);
}

test('readFleetKey: refuses a simulated fleet unless allowed, and a router without keys', async () => {
  await assert.rejects(readFleetKey(client, { router }), SimulatedFleetError);
  await assert.rejects(readFleetKey(client, { router, allowSimulation: true }), (e: unknown) => e instanceof FleetKeyError && /no fleet epoch/.test((e as Error).message));
  await publishFleetKeys();
  const k = await readFleetKey(client, { router, allowSimulation: true });
  assert.deepEqual([k.epoch, k.suite, k.simulated, k.chainId], [1, 'x25519', true, 31337n]);
  assert.deepEqual(k.publicKey, (await fleetX).publicKey);
  const kw = await readFleetKey(client, { router, allowSimulation: true, suite: 'xwing' });
  assert.deepEqual(kw.publicKey, (await fleetW).publicKey);
  await assert.rejects(readFleetKey(client, { router, allowSimulation: true, epoch: 2 }), /not opened/);
});

test('a sealed request through a consumer, underpaid refused by name, the result awaited and opened', async () => {
  const gas = 200_000;
  const quote = await quoteFee(client, { router, programId, callbackGasLimit: gas });
  assert.equal(quote, await client.readContract({ address: router, abi: jobRouterAbi, functionName: 'quoteFee', args: [programId, gas] }));
  assert.equal(await quoteFee(client, { router, programId, callbackGasLimit: gas, headroomBps: 1000 }), quote + quote / 10n);

  for (const suite of ['x25519', 'xwing'] as const) {
    const fleetKey = await readFleetKey(client, { router, allowSimulation: true, suite });
    const outKey = await makeOutputKey(suite);
    const binding = { chainId: 31337n, router, requester: echo, user: userAcct.address, programId };
    const input = await sealInput({ fleetKey, binding, payload: `{"bank":"secret ${suite}"}`, outputKey: outKey });
    const call = { address: echo, abi: echoConsumerAbi as Abi, functionName: 'request', args: [programId, 0, input, gas, 3600] };

    // Underpaid: refused on-chain, the router's error decoded by name through the consumer's call.
    await assert.rejects(requestThrough(wallet(userAcct), client, router, { ...call, value: quote - 1n }), (e: unknown) => {
      assert.ok(e instanceof TeeOracleRevert, String(e));
      assert.equal(e.errorName, 'FeeBelowFloor');
      assert.deepEqual(e.revert.args, { fee: quote - 1n, floor: quote });
      return true;
    });

    const job = await requestThrough(wallet(userAcct), client, router, { ...call, value: quote });
    assert.equal(job.request.user, userAcct.address);
    assert.equal(job.request.requester.toLowerCase(), echo.toLowerCase());
    assert.equal(job.request.input, input);

    // Follow the job while the "enclave" answers it.
    const progress: JobProgress['stage'][] = [];
    const waiting = waitForJob(client, { router, jobId: job.jobId, fromBlock: job.blockNumber, pollMs: 100, timeoutMs: 30_000, onProgress: (p) => progress.push(p.stage) });

    const fleetSk = (suite === 'x25519' ? await fleetX : await fleetW).privateKey;
    const plain = new TextDecoder().decode(await openInput(fleetSk, binding, job.request.input));
    assert.equal(plain, `{"bank":"secret ${suite}"}`);
    // Attack: the same ciphertext in another user's job does not open.
    await assert.rejects(openInput(fleetSk, { ...binding, user: acct(5).address }, job.request.input));
    const output = await sealOutput(suite, outKey.publicKey, { chainId: 31337n, router, jobId: job.jobId }, new TextEncoder().encode('approved'));
    const outHex = ('0x' + Buffer.from(output).toString('hex')) as Hex;
    const request = { ...job.request, inputHash: keccak256(job.request.input) };
    const commitment = (await client.readContract({ address: router, abi: jobRouterAbi, functionName: 'commitmentOf', args: [request as never] })) as Hex;
    const sig = await enclave.signTypedData({
      domain: { name: 'TeeOracle', version: '1', chainId: 31337, verifyingContract: router },
      types: { JobResult: [{ name: 'jobId', type: 'bytes32' }, { name: 'commitment', type: 'bytes32' }, { name: 'status', type: 'uint8' }, { name: 'output', type: 'bytes' }] },
      primaryType: 'JobResult',
      message: { jobId: job.jobId, commitment, status: 0, output: outHex },
    });
    const { r, yParityAndS } = await compact(sig);
    await tx(relayer, router, 'fulfill', [{ jobId: job.jobId, request, status: 0, output: outHex, r, vs: yParityAndS }]);

    const res = await waiting;
    assert.deepEqual([res.outcome, res.status, res.statusName, res.ok, res.callbackOk, res.enclave], ['fulfilled', 0, 'ok', true, true, enclave.address]);
    assert.equal(res.output, outHex);
    assert.equal(new TextDecoder().decode(await openOutput(outKey, { chainId: 31337n, router, jobId: job.jobId }, res.output!)), 'approved');
    assert.deepEqual(progress, ['waiting', 'settled']);
  }
});

test('waitForJob: times out, and stops when aborted', async () => {
  const gas = 100_000;
  const quote = await quoteFee(client, { router, programId, callbackGasLimit: gas });
  const job = await requestThrough(wallet(userAcct), client, router, {
    address: echo, abi: echoConsumerAbi as Abi, functionName: 'request', args: [programId, 0, '0x2068690a', gas, 3600], value: quote,
  });
  const t0 = Date.now();
  await assert.rejects(waitForJob(client, { router, jobId: job.jobId, fromBlock: job.blockNumber, pollMs: 100, timeoutMs: 700 }), JobTimeoutError);
  assert.ok(Date.now() - t0 < 5_000);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 300);
  await assert.rejects(waitForJob(client, { router, jobId: job.jobId, fromBlock: job.blockNumber, pollMs: 100, signal: ac.signal }), { name: 'AbortError' });
});
