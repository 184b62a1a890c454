// CIDs and IPFS outputs, statuses, revert decoding, and that the committed ABIs match contracts/out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { encodeErrorResult, stringToHex, toFunctionSelector, type Abi } from 'viem';
import {
  CidMismatchError,
  JobStatus,
  STATUS_NAMES,
  TeeOracleRevert,
  cidOfOutput,
  decodeRevert,
  errorsAbi,
  fetchOutput,
  jobRouterAbi,
  rawCid,
  rethrowDecoded,
  statusName,
} from '../src/index.js';

test('rawCid: the well-known CIDs of raw blocks', () => {
  assert.equal(rawCid(new Uint8Array()), 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku');
  assert.equal(rawCid(stringToHex('hello world')), 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e');
  assert.equal(cidOfOutput(stringToHex('bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e')), 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e');
  assert.throws(() => cidOfOutput(stringToHex('QmNotACidV1')), /not a CIDv1/);
});

test('fetchOutput checks the bytes against the signed CID (a lying gateway is caught)', async () => {
  const good = new TextEncoder().encode('<svg>art</svg>');
  const cid = rawCid(good);
  const srv = createServer((req, res) => {
    if (req.url === `/ipfs/${cid}`) res.end(req.headers['x-lie'] ? 'swapped' : Buffer.from(good));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const addr = srv.address() as { port: number };
  const gateway = `http://127.0.0.1:${addr.port}`;
  try {
    assert.deepEqual(await fetchOutput(cid, { gateway }), good);
    const lying: typeof fetch = (url, init) => fetch(url, { ...init, headers: { 'x-lie': '1' } });
    await assert.rejects(fetchOutput(cid, { gateway, fetch: lying }), CidMismatchError);
    await assert.rejects(fetchOutput(rawCid(stringToHex('other')), { gateway }), /404/);
  } finally {
    srv.close();
  }
});

test('statuses 0-7 have names; 7 is egress_budget', () => {
  assert.equal(STATUS_NAMES.length, 8);
  assert.equal(statusName(JobStatus.EgressBudget), 'egress_budget');
  assert.equal(statusName(JobStatus.OkCid), 'ok_cid');
  assert.equal(statusName(42), 'status_42');
});

test('every custom error of every contract decodes by name, with its arguments', () => {
  assert.ok(errorsAbi.length > 40, `only ${errorsAbi.length} errors`);
  for (const e of errorsAbi) {
    const args = e.inputs.map((i) => sample(i.type));
    const data = encodeErrorResult({ abi: [e] as Abi, errorName: e.name, args });
    const r = decodeRevert(data);
    assert.equal(r?.name, e.name, `${e.name}: ${data}`);
    assert.equal(Object.keys(r!.args).length, e.inputs.length);
  }
  // The router's fee refusal, as a consumer's call surfaces it.
  const data = encodeErrorResult({ abi: jobRouterAbi, errorName: 'FeeBelowFloor', args: [1n, 2n] });
  const viemLike = Object.assign(new Error('reverted'), { cause: { data } });
  assert.throws(() => rethrowDecoded(viemLike), (e: unknown) => e instanceof TeeOracleRevert && e.errorName === 'FeeBelowFloor' && /fee=1, floor=2/.test(e.message));
  // Require messages and unknown selectors.
  assert.equal(decodeRevert(encodeErrorResult({ abi: [{ type: 'error', name: 'Error', inputs: [{ type: 'string', name: 'message' }] }], errorName: 'Error', args: ['nope'] }))?.name, 'Error');
  assert.match(decodeRevert(toFunctionSelector('function Nope()') + '00')!.name, /unknown error/);
});

function sample(type: string): unknown {
  if (type.endsWith('[]')) return [];
  if (type === 'address') return '0x1111111111111111111111111111111111111111';
  if (type === 'bool') return true;
  if (type === 'string') return 'x';
  if (type === 'bytes') return '0x01';
  if (type.startsWith('bytes')) return '0x' + '22'.repeat(Number(type.slice(5)));
  if (type.startsWith('uint') || type.startsWith('int')) return 1n;
  throw new Error('no sample for ' + type);
}

test('src/abi.ts matches the forge artifacts (make contracts, then make sdk-abi)', () => {
  const out = execFileSync('node', [new URL('../../scripts/abi.mjs', import.meta.url).pathname, '--check'], { encoding: 'utf8' });
  assert.match(out, /matches/);
});
