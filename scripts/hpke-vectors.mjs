#!/usr/bin/env node
// Independent check of teeoracle's v2 HPKE formats (docs/formats.md) with the @hpke JavaScript
// libraries (installed by `npm ci` in tools/hpke-js), so the formats do not only agree with Go.
//
//   node scripts/hpke-vectors.mjs check [vectors.json]
//       derives every key from its ikm, checks the envelope layout and the aad of each purpose from
//       its context, and decrypts every vector of protocol/testdata/hpke_vectors.json (both suites)
//   node scripts/hpke-vectors.mjs encrypt-input [vectors.json]
//       prints {"<suite>": "<hex input envelope>"}: the plaintext "hello from javascript" encrypted
//       as a v2 input envelope to each suite's input-vector key with that vector's binding and output
//       key (protocol's TestHPKEJavaScript opens them with OpenInput)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(new URL("../tools/hpke-js/package.json", import.meta.url));
const { CipherSuite, HkdfSha256, Aes128Gcm, Aes256Gcm } = require("@hpke/core");
const { DhkemX25519HkdfSha256 } = require("@hpke/dhkem-x25519");
const { XWing } = require("@hpke/hybridkem-x-wing");

const suites = {
  x25519: { ids: [0x0020, 0x0001, 0x0001], make: () => new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() }), nenc: 32 },
  xwing: { ids: [0x647a, 0x0001, 0x0002], make: () => new CipherSuite({ kem: new XWing(), kdf: new HkdfSha256(), aead: new Aes256Gcm() }), nenc: 1120 },
};

const hex = (s) => {
  const h = s.startsWith("0x") ? s.slice(2) : s;
  return Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
};
const toHex = (b) => "0x" + Buffer.from(b).toString("hex");
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) { out.set(p, i); i += p.length; }
  return out;
};
const eq = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const u16 = (v) => Uint8Array.of(v >> 8, v & 0xff);
const u32 = (v) => Uint8Array.of(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
const word = (big) => hex(BigInt(big).toString(16).padStart(64, "0"));
const te = new TextEncoder();

// The 11-byte envelope header: version 2 || kem || kdf || aead || epoch.
const header = (suite, epoch) => concat(Uint8Array.of(2), ...suites[suite].ids.map(u16), u32(epoch));

// The purpose aad of each format, built from its context (docs/formats.md).
function purposeAAD(v) {
  const c = v.context;
  switch (v.purpose) {
    case "input":
      return concat(word(c.chainId), hex(c.router), hex(c.requester), hex(c.user), hex(c.programId), hex(c.inputHeader));
    case "output":
      return concat(word(c.chainId), hex(c.router), hex(c.jobId));
    case "secret":
      return concat(word(c.chainId), hex(c.router), hex(c.programId), c.requester ? hex(c.requester) : new Uint8Array());
    default: // program: the manifest's EIP-712 digest; fleet-transport: given by the fleet protocol
      return hex(v.aad);
  }
}

async function openEnvelope(suiteName, recipientKey, purpose, aad, envelope) {
  const s = suites[suiteName];
  const suite = s.make();
  const hdr = envelope.slice(0, 11);
  const enc = envelope.slice(11, 11 + s.nenc);
  const ct = envelope.slice(11 + s.nenc);
  const pt = await suite.open({ recipientKey, enc: enc.buffer, info: te.encode("teeoracle/v2/" + purpose).buffer }, ct.buffer, concat(hdr, aad).buffer);
  return new Uint8Array(pt);
}

async function check(vectors) {
  let passed = 0, failed = 0;
  for (const v of vectors) {
    const fail = (msg) => { failed++; console.log(`FAIL ${v.name}: ${msg}`); };
    try {
      const suite = suites[v.suite].make();
      const kp = await suite.kem.deriveKeyPair(hex(v.ikm).buffer);
      const pk = new Uint8Array(await suite.kem.serializePublicKey(kp.publicKey));
      const sk = new Uint8Array(await suite.kem.serializePrivateKey(kp.privateKey));
      if (!eq(pk, hex(v.pk))) { fail("public key derived from ikm differs"); continue; }
      if (!eq(sk, hex(v.sk))) { fail("private key derived from ikm differs"); continue; }
      const env = hex(v.ciphertext);
      if (!eq(env.slice(0, 11), header(v.suite, v.epoch))) { fail("envelope header"); continue; }
      const aad = purposeAAD(v);
      if (!eq(aad, hex(v.aad))) { fail("purpose aad rebuilt from the context differs"); continue; }
      const encoded = hex(v.encoded);
      if (v.purpose === "input") {
        const h = hex(v.context.inputHeader);
        const want = concat(Uint8Array.of(0x23), u16(v.context.outputKeyKem), hex(v.context.outputKey));
        if (!eq(h, want) || !eq(encoded, concat(h, env))) { fail("input envelope layout"); continue; }
      } else if (v.purpose === "program") {
        const c = v.context;
        const manifest = concat(Uint8Array.of(2), word(c.chainId), hex(c.router), hex(c.programId), hex(c.author), hex(c.nameHash), u32(c.version), hex(c.codeHash), hex(c.signature));
        if (manifest.length !== 238 || !eq(encoded, concat(manifest, env))) { fail("program blob layout"); continue; }
      } else if (!eq(encoded, env)) { fail("encoded != ciphertext"); continue; }
      const pt = await openEnvelope(v.suite, kp.privateKey, v.purpose, aad, env);
      if (!eq(pt, hex(v.plaintext))) { fail("plaintext differs"); continue; }
      // A wrong aad must not open.
      let refused = false;
      try { await openEnvelope(v.suite, kp.privateKey, v.purpose, concat(aad, Uint8Array.of(0)), env); } catch { refused = true; }
      if (!refused) { fail("opened with a wrong aad"); continue; }
      passed++;
      console.log(`ok   ${v.name}`);
    } catch (e) {
      fail(e && e.message ? e.message : String(e));
    }
  }
  console.log(`hpke-vectors: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

async function encryptInput(vectors) {
  const out = {};
  for (const v of vectors.filter((x) => x.purpose === "input")) {
    const c = v.context;
    const suite = suites[v.suite].make();
    const pkR = await suite.kem.deserializePublicKey(hex(v.pk).buffer);
    const inputHeader = concat(Uint8Array.of(0x23), u16(c.outputKeyKem), hex(c.outputKey));
    const aad = concat(word(c.chainId), hex(c.router), hex(c.requester), hex(c.user), hex(c.programId), inputHeader);
    const epoch = 1;
    const hdr = header(v.suite, epoch);
    const sender = await suite.createSenderContext({ recipientPublicKey: pkR, info: te.encode("teeoracle/v2/input").buffer });
    const ct = new Uint8Array(await sender.seal(te.encode("hello from javascript").buffer, concat(hdr, aad).buffer));
    out[v.suite] = toHex(concat(inputHeader, hdr, new Uint8Array(sender.enc), ct));
  }
  console.log(JSON.stringify(out));
  return Object.keys(out).length === Object.keys(suites).length;
}

const [cmd = "check", file = here + "../protocol/testdata/hpke_vectors.json"] = process.argv.slice(2);
const { vectors } = JSON.parse(readFileSync(file, "utf8"));
const ok = cmd === "encrypt-input" ? await encryptInput(vectors) : await check(vectors);
process.exit(ok ? 0 : 1);
