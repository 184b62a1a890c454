// Drives the ArtMinter page in real headless Chromium (Debian's, through playwright-core): clicks
// Mint (the page seals the input with the SDK), waits for the enclave's art to arrive and render,
// then tries the two refused paths (an underpaid mint, a direct request of the restricted program)
// and prints a JSON report on stdout.
//
//   node test/browser.mjs URL [SCREENSHOT.png]
//
// Exit 0 when the art rendered (naturalWidth > 0, an SVG served by the IPFS gateway) and both
// refusals came back decoded by name (WrongPrice, RequesterNotAllowed), 1 otherwise.
// The Go end-to-end test (e2e/) runs it against its own stack and checks the report on-chain.
import { chromium } from 'playwright-core';

const [url, screenshot] = process.argv.slice(2);
if (!url) {
  console.error('usage: node test/browser.mjs URL [SCREENSHOT.png]');
  process.exit(2);
}
// A launch can fail when the machine is loaded (the browser closes while starting): try three times.
async function launch() {
  for (let i = 1; ; i++) {
    try {
      return await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        // The flags that matter on a closed network (TOOLCHAIN.md).
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
    } catch (e) {
      if (i === 3) throw e;
      console.error(`chromium launch failed (attempt ${i}), retrying: ${String(e).split('\n')[0]}`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
const browser = await launch();
let report = { ok: false };
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => { errors.push(String(e)); console.error('[page error]', e); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#mint:not([disabled])', { timeout: 30_000 });
  const clicked = Date.now();
  await page.click('#mint');
  await page.waitForFunction(
    () => ['art-loaded', 'failed', 'error'].includes(document.querySelector('#state').dataset.state),
    null, { timeout: 150_000, polling: 200 });
  report = await page.evaluate(() => {
    const img = document.querySelector('#art');
    return {
      state: document.querySelector('#state').dataset.state,
      jobId: document.querySelector('#job-id').textContent,
      tokenId: document.querySelector('#token-id').textContent.replace('#', ''),
      image: document.querySelector('#art-link').textContent,
      src: img.currentSrc,
      naturalWidth: img.naturalWidth,
      naturalHeight: img.naturalHeight,
      simulationBanner: !document.querySelector('#simulation').hidden,
      galleryImages: document.querySelectorAll('#gallery img').length,
      states: window.__stateLog,
    };
  });
  report.seconds = (Date.now() - clicked) / 1000;
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  // The refused paths: each must end in state "refused" with the error's name in the text.
  report.refusals = {};
  for (const id of ['underpay', 'direct']) {
    await page.waitForSelector(`#${id}:not([disabled])`, { timeout: 30_000 });
    await page.click(`#${id}`);
    await page.waitForFunction(() => ['refused', 'error'].includes(document.querySelector('#state').dataset.state), null, { timeout: 60_000, polling: 200 });
    report.refusals[id] = await page.evaluate(() => ({ state: document.querySelector('#state').dataset.state, text: document.querySelector('#state').textContent }));
  }
  report.pageErrors = errors;
  report.ok = report.state === 'art-loaded' && report.naturalWidth > 0 && errors.length === 0
    && report.refusals.underpay.state === 'refused' && /WrongPrice/.test(report.refusals.underpay.text)
    && report.refusals.direct.state === 'refused' && /RequesterNotAllowed/.test(report.refusals.direct.text);
} catch (e) {
  report.error = String(e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
