// Payment links in TypeScript against the known answers Go writes (protocol/testdata/voucher_vectors.json):
// the same seed from the same wallet signature, the same secrets, commitment, digests, link and
// claim signature; malformed links refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bytesToHex, compactSignatureToSignature, keccak256, parseCompactSignature, recoverAddress, serializeSignature, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import {
  LinkError,
  amountUser,
  claimArgs,
  claimDigest,
  deriveVoucherSecrets,
  encodeLink,
  linkClaimAddress,
  parseLink,
  signClaim,
  voucherCommitment,
  voucherDigest,
  voucherSeed,
  voucherSeedMessage,
} from '../src/index.js';

interface Vector {
  walletKey: Hex;
  chainId: string;
  escrow: Address;
  index: number;
  seedMessage: string;
  signature: Hex;
  seed: Hex;
  claimKey: Hex;
  claimAddress: Address;
  salt: Hex;
  outputSk: Hex;
  outputPk: Hex;
  sender: Address;
  amount: string;
  amountUser: Address;
  commitment: Hex;
  voucherDigest: Hex;
  voucher: Hex;
  recipient: Address;
  fee: string;
  claimDigest: Hex;
  claimSignature: Hex;
  link: string;
}

const file = new URL('../../../protocol/testdata/voucher_vectors.json', import.meta.url);
const vectors: Vector[] = JSON.parse(readFileSync(file, 'utf8')).vectors;

test('the voucher vector file has vectors', () => assert.ok(vectors.length >= 4));

for (const [i, v] of vectors.entries()) {
  test(`voucher vector ${i}: wallet signature, secrets, commitment, digests, link, claim as in Go`, async () => {
    const wallet = privateKeyToAccount(v.walletKey);
    assert.equal(voucherSeedMessage(BigInt(v.chainId), v.escrow, v.index), v.seedMessage);
    const sig = await wallet.signMessage({ message: v.seedMessage });
    assert.equal(sig, v.signature, 'wallet signatures are deterministic (RFC 6979) in both');
    assert.equal(voucherSeed(sig), v.seed);
    const s = await deriveVoucherSecrets(v.seed);
    assert.equal(s.claimKey, v.claimKey);
    assert.equal(s.claimAddress, v.claimAddress);
    assert.equal(s.salt, v.salt);
    assert.equal(bytesToHex(s.outputKey.privateKey), v.outputSk);
    assert.equal(bytesToHex(s.outputKey.publicKey), v.outputPk);
    assert.equal(wallet.address, v.sender);
    assert.equal(voucherCommitment(s, v.sender, BigInt(v.amount)), v.commitment);
    assert.equal(amountUser(BigInt(v.amount)), v.amountUser);
    assert.equal(voucherDigest(BigInt(v.chainId), v.escrow, BigInt(v.amount), s.claimAddress), v.voucherDigest);
    assert.equal(claimDigest(BigInt(v.chainId), v.escrow, v.recipient, BigInt(v.fee)), v.claimDigest);

    const link = { chainId: BigInt(v.chainId), escrow: v.escrow, amount: BigInt(v.amount), claimKey: s.claimKey, voucher: v.voucher };
    assert.equal(encodeLink(link), v.link);
    assert.deepEqual(parseLink(`https://pay.example/claim.html#${v.link}`), link);
    assert.equal(linkClaimAddress(link), v.claimAddress);
    assert.equal(await signClaim(link, v.recipient, BigInt(v.fee)), v.claimSignature);
    const args = await claimArgs(link, v.recipient, BigInt(v.fee));
    assert.equal(args[1], v.claimAddress);
    assert.equal(`${args[2]}${args[3].slice(2)}`, v.voucher);
    // The claim signature recovers the claim address (compact form unfolded by viem).
    const signer = await recoverAddress({ hash: v.claimDigest, signature: serializeSignature(compactSignatureToSignature(parseCompactSignature(v.claimSignature))) });
    assert.equal(signer, v.claimAddress);
  });
}

test('malformed links are refused', () => {
  const good = vectors[0].link;
  for (const bad of ['', 'v2.' + good.slice(3), good.slice(0, -4), good + 'AA', 'v1.!!!!', 'v1.' + 'A'.repeat(208)]) {
    assert.throws(() => parseLink(bad), LinkError, JSON.stringify(bad.slice(0, 12)));
  }
});

test('different seeds give different secrets; a short seed is refused', async () => {
  const a = await deriveVoucherSecrets(keccak256('0x01'));
  const b = await deriveVoucherSecrets(keccak256('0x02'));
  assert.notEqual(a.claimAddress, b.claimAddress);
  assert.notEqual(a.salt, b.salt);
  await assert.rejects(deriveVoucherSecrets('0x01'), RangeError);
});
