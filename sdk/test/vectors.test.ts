// The SDK against the known-answer vectors Go writes (protocol/testdata/hpke_vectors.json): the same
// keys from the same ikm, byte-identical input envelopes and outputs with the same ephemeral
// randomness, and every vector opened; a changed binding never opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bytesToHex, hexToBytes, zeroAddress, type Hex } from 'viem';
import {
  DecryptError,
  decodeInput,
  deriveKeyPair,
  envelopeInfo,
  inputAAD,
  openInput,
  openOutput,
  outputAAD,
  plainInput,
  sealInput,
  sealOutput,
  type Suite,
} from '../src/index.js';

interface Vector {
  name: string;
  suite: Suite;
  purpose: string;
  ikm: Hex;
  sk: Hex;
  pk: Hex;
  epoch: number;
  rand: Hex;
  context: Record<string, any>;
  aad: Hex;
  header: Hex;
  plaintext: Hex;
  ciphertext: Hex;
  encoded: Hex;
}

const file = new URL('../../../protocol/testdata/hpke_vectors.json', import.meta.url);
const vectors: Vector[] = JSON.parse(readFileSync(file, 'utf8')).vectors;

test('the vector file has both suites of every purpose the SDK implements', () => {
  for (const suite of ['x25519', 'xwing']) {
    for (const purpose of ['input', 'output']) {
      assert.ok(vectors.some((v) => v.suite === suite && v.purpose === purpose), `${suite}/${purpose}`);
    }
  }
});

for (const v of vectors) {
  test(`${v.name}: DeriveKeyPair(ikm) gives the vector's keys`, async () => {
    const kp = await deriveKeyPair(v.suite, v.ikm);
    assert.equal(bytesToHex(kp.publicKey), v.pk);
    assert.equal(bytesToHex(kp.privateKey), v.sk);
    assert.deepEqual(envelopeInfo(v.ciphertext), { suite: v.suite, epoch: v.epoch });
  });
}

const inputBinding = (c: Record<string, any>) => ({
  chainId: BigInt(c.chainId),
  router: c.router,
  requester: c.requester,
  user: c.user,
  programId: c.programId,
});

for (const v of vectors.filter((x) => x.purpose === 'input')) {
  const c = v.context;
  const outputKey = { suite: (c.outputKeyKem === 0x20 ? 'x25519' : 'xwing') as Suite, publicKey: hexToBytes(c.outputKey) };

  test(`${v.name}: sealInput with the vector's randomness is byte-identical to Go's`, async () => {
    const input = await sealInput(
      { fleetKey: { suite: v.suite, epoch: v.epoch, publicKey: hexToBytes(v.pk) }, binding: inputBinding(c), payload: hexToBytes(v.plaintext), outputKey },
      { ekm: hexToBytes(v.rand) },
    );
    assert.equal(input, v.encoded);
    const d = decodeInput(input);
    assert.equal(bytesToHex(d.header), c.inputHeader);
    assert.equal(bytesToHex(inputAAD(inputBinding(c), d.header)), v.aad);
    assert.deepEqual([d.encrypted, d.suite, d.epoch, d.outputKey?.suite], [true, v.suite, v.epoch, outputKey.suite]);
  });

  test(`${v.name}: opens with the fleet key only under its own binding`, async () => {
    assert.equal(bytesToHex(await openInput(v.sk, inputBinding(c), v.encoded)), v.plaintext);
    // Attack: the sealed input copied into another user's, requester's, program's, router's or chain's job.
    const other = '0x9999999999999999999999999999999999999999' as const;
    for (const change of [{ user: other }, { user: zeroAddress }, { requester: other }, { router: other }, { chainId: 1n }, { programId: ('0x' + '77'.repeat(32)) as Hex }]) {
      await assert.rejects(openInput(v.sk, { ...inputBinding(c), ...change }, v.encoded), DecryptError, JSON.stringify(change, (_, x) => (typeof x === 'bigint' ? String(x) : x)));
    }
    // Attack: the output key swapped (the header is authenticated).
    const enc = hexToBytes(v.encoded);
    enc[5] ^= 1;
    await assert.rejects(openInput(v.sk, inputBinding(c), enc), DecryptError);
    // Attack: the epoch relabelled.
    const relabel = hexToBytes(v.encoded);
    relabel[hexToBytes(c.inputHeader).length + 10] ^= 2; // epoch 1 -> 3
    await assert.rejects(openInput(v.sk, inputBinding(c), relabel), DecryptError);
  });

  test(`${v.name}: a fresh seal (random ephemeral key) opens too and differs`, async () => {
    const fleetKey = { suite: v.suite, epoch: v.epoch, publicKey: hexToBytes(v.pk) };
    const a = await sealInput({ fleetKey, binding: inputBinding(c), payload: 'hello' });
    const b = await sealInput({ fleetKey, binding: inputBinding(c), payload: 'hello' });
    assert.notEqual(a, b);
    assert.equal(new TextDecoder().decode(await openInput(v.sk, inputBinding(c), a)), 'hello');
  });
}

for (const v of vectors.filter((x) => x.purpose === 'output')) {
  const binding = { chainId: BigInt(v.context.chainId), router: v.context.router, jobId: v.context.jobId };
  test(`${v.name}: openOutput and a sealOutput byte-identical to Go's`, async () => {
    assert.equal(bytesToHex(outputAAD(binding)), v.aad);
    assert.equal(bytesToHex(await openOutput(v.sk, binding, v.ciphertext)), v.plaintext);
    assert.equal(bytesToHex(await openOutput(`${v.suite}:${v.sk}`, binding, v.ciphertext)), v.plaintext);
    const sealed = await sealOutput(v.suite, v.pk, binding, hexToBytes(v.plaintext), { ekm: hexToBytes(v.rand) });
    assert.equal(bytesToHex(sealed), v.ciphertext);
    // Attack: an output moved to another job does not open.
    await assert.rejects(openOutput(v.sk, { ...binding, jobId: ('0x' + '00'.repeat(32)) as Hex }, v.ciphertext), DecryptError);
  });
}

test('plainInput: header 0x20, or 0x22 with an output key', () => {
  assert.equal(plainInput('hi'), '0x206869');
  const pk = new Uint8Array(32).fill(7);
  const inp = plainInput('hi', { suite: 'x25519', publicKey: pk });
  assert.equal(inp.slice(0, 8), '0x220020');
  const d = decodeInput(inp);
  assert.equal(d.encrypted, false);
  assert.equal(new TextDecoder().decode(d.payload), 'hi');
  assert.throws(() => decodeInput('0x1000'), /version 2/);
});

test('encodeSecretsInput is byte-identical to Go (protocol/testdata/secrets_vectors.json)', async () => {
  const { encodeSecretsInput } = await import('../src/index.js');
  const v = JSON.parse(readFileSync(new URL('../../../protocol/testdata/secrets_vectors.json', import.meta.url), 'utf8')).secretsInput;
  const secrets = new Map<string, string>(v.order.map((n: string) => [n, v.secrets[n]]));
  assert.equal(bytesToHex(encodeSecretsInput(secrets, v.stdin)), v.plaintext);
  assert.throws(() => encodeSecretsInput({ 'bad name': 'x' }), /name/);
  assert.throws(() => encodeSecretsInput({ a: new Uint8Array(16_385) }), /at most/);
});
