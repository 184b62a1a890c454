#!/usr/bin/env node
// The SDK's figures for `make bench` (scripts/bench.sh), as `BENCH <name> <value> <unit>` lines:
//   sdk.seal_input_ms        sealInput of a 64-byte payload to an X25519 fleet key (Node, mean of N)
//   sdk.seal_input_xwing_ms  the same to an X-Wing key
//   sdk.bundle_kb            minified + gzipped JavaScript a browser loads before the first seal for
//                            bench/page.ts (a wallet-signed page that seals, requests and waits):
//                            its entry and every chunk it imports statically (X-Wing is a lazy chunk)
//   sdk.bundle_xwing_kb      the lazy X-Wing chunks on top, loaded when a page seals to X-Wing
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveKeyPair, sealInput } from '../dist/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.SDK_BENCH_N || 200);

for (const suite of ['x25519', 'xwing']) {
  const kp = await deriveKeyPair(suite, '0x' + '42'.repeat(32));
  const fleetKey = { suite, epoch: 1, publicKey: kp.publicKey };
  const binding = { chainId: 31337n, router: '0x' + '11'.repeat(20), requester: '0x' + '22'.repeat(20), user: '0x' + '33'.repeat(20), programId: '0x' + '44'.repeat(32) };
  const payload = new Uint8Array(64).fill(7);
  for (let i = 0; i < 20; i++) await sealInput({ fleetKey, binding, payload }); // warm up
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await sealInput({ fleetKey, binding, payload });
  const ms = (performance.now() - t0) / N;
  console.log(`BENCH sdk.seal_input${suite === 'xwing' ? '_xwing' : ''}_ms ${ms.toFixed(3)} ms`);
}

const out = mkdtempSync(join(tmpdir(), 'sdk-bundle-'));
try {
  const r = await build({
    entryPoints: { page: join(here, '..', 'bench', 'page.ts') },
    bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, outdir: out, metafile: true, logLevel: 'error',
  });
  const outputs = r.metafile.outputs;
  const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const imp of outputs[f].imports) if (imp.kind === 'import-statement') walk(imp.path);
  };
  const entry = Object.keys(outputs).find((f) => basename(f).startsWith('page') && f.endsWith('.js'));
  walk(entry);
  const staticBytes = [...seen].reduce((n, f) => n + gz(f), 0);
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !seen.has(f) && Object.keys(outputs[f].inputs).some((i) => /mlkem|x-wing/.test(i)));
  const lazyBytes = lazy.reduce((n, f) => n + gz(f), 0);
  console.log(`BENCH sdk.bundle_kb ${(staticBytes / 1024).toFixed(1)} KB`);
  console.log(`BENCH sdk.bundle_xwing_kb ${(lazyBytes / 1024).toFixed(1)} KB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
