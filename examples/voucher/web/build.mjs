// Bundles the payment-link page (src/main.js + the SDK from ../../../sdk/src + viem + @hpke) into
// dist/ with esbuild and copies the static files. Needs the SDK's packages and the NFT page's
// esbuild (scripts/web.sh installs both).
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { build } = createRequire(join(here, '..', '..', 'nft', 'web', 'package.json'))('esbuild');
const sdk = join(here, '..', '..', '..', 'sdk');
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
  alias: { '@teeoracle/sdk': join(sdk, 'src', 'index.ts') },
  nodePaths: [join(sdk, 'node_modules')],
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, f), join(dist, f));
console.log('web: bundled into', dist);
