// Drives the credit check page in real headless Chromium (Debian's, through playwright-core, from
// the NFT page's packages): applies (the page seals the bank token with the SDK), waits for the
// decision the callback records, then tries the two refused paths (an underpaid application: the
// router's FeeBelowFloor through the lender; a plaintext input: the lender's NotSealed) and prints
// a JSON report on stdout.
//
//   node test/browser.mjs URL [SCREENSHOT.png]
//
// Exit 0 when a decision (approved or denied) was recorded on-chain and shown, and both refusals
// came back decoded by name; 1 otherwise.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../../nft/web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

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
  await page.waitForSelector('#apply:not([disabled])', { timeout: 30_000 });
  const clicked = Date.now();
  await page.click('#apply');
  await page.waitForFunction(() => ['decided', 'failed', 'error', 'refused'].includes(document.querySelector('#state').dataset.state),
    null, { timeout: 180_000, polling: 200 });
  report = await page.evaluate(() => ({
    state: document.querySelector('#state').dataset.state,
    text: document.querySelector('#state').textContent,
    jobId: document.querySelector('#job-id').textContent,
    decision: document.querySelector('#decision').dataset.decision,
    simulationBanner: !document.querySelector('#simulation').hidden,
    states: window.__stateLog,
  }));
  report.seconds = (Date.now() - clicked) / 1000;
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  report.refusals = {};
  for (const id of ['underpay', 'plain']) {
    await page.waitForSelector(`#${id}:not([disabled])`, { timeout: 30_000 });
    await page.click(`#${id}`);
    await page.waitForFunction(() => ['refused', 'error'].includes(document.querySelector('#state').dataset.state), null, { timeout: 60_000, polling: 200 });
    report.refusals[id] = await page.evaluate(() => ({ state: document.querySelector('#state').dataset.state, text: document.querySelector('#state').textContent }));
  }
  report.pageErrors = errors;
  report.ok = report.state === 'decided' && ['approved', 'denied'].includes(report.decision) && errors.length === 0
    && report.refusals.underpay.state === 'refused' && /FeeBelowFloor/.test(report.refusals.underpay.text)
    && report.refusals.plain.state === 'refused' && /NotSealed/.test(report.refusals.plain.text);
} catch (e) {
  report.error = String(e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
