// Bundles the credit page (src/main.js + the SDK from ../../../sdk/src + viem + @hpke) into dist/ with
// esbuild and copies the static files. X-Wing (ML-KEM) is split into its own chunk, loaded when
// the X-Wing suite is chosen. Needs the SDK's packages (scripts/sdk.sh; scripts/web.sh runs both).
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { build } = createRequire(join(here, '..', '..', 'nft', 'web', 'package.json'))('esbuild');
const sdk = join(here, '..', '..', '..', 'sdk');
// esbuild comes from the NFT page's packages (scripts/web.sh installs them).
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src', 'main.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: dist,
  // One copy of viem and @hpke: the SDK's.
  alias: { '@teeoracle/sdk': join(sdk, 'src', 'index.ts') },
  nodePaths: [join(sdk, 'node_modules')],
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, f), join(dist, f));
console.log('web: bundled into', dist);
