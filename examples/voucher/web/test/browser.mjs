// Drives the payment-link page in real headless Chromium (Debian's, through playwright-core, from
// the NFT page's packages): in one browser profile the sender creates a link (the page derives the
// deposit's secrets from the wallet's signature, seals the claim address, deposits and waits for the
// voucher); in a second, separate profile (no shared storage) the link is opened and claimed to a
// fresh address; the same link opened again shows it spent, and a claim of it is refused by name.
// Prints a JSON report on stdout.
//
//   node test/browser.mjs URL [SCREENSHOT.png]
//
// Exit 0 when the link was made and claimed, and the second claim was refused; 1 otherwise.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../../nft/web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [url, screenshot] = process.argv.slice(2);
if (!url) {
  console.error('usage: node test/browser.mjs URL [SCREENSHOT.png]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const done = (...states) => (s) => states.includes(document.querySelector('#state').dataset.state);
const read = (page) => page.evaluate(() => ({
  state: document.querySelector('#state').dataset.state,
  text: document.querySelector('#state').textContent,
  states: window.__stateLog,
}));
let report = { ok: false };
const errors = [];
async function open(ctx, where) {
  const page = await ctx.newPage();
  page.on('console', (m) => console.error(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => { errors.push(String(e)); console.error('[page error]', e); });
  await page.goto(where, { waitUntil: 'load' });
  return page;
}
try {
  // Profile 1: the sender.
  const sender = await browser.newContext();
  const page = await open(sender, url);
  await page.waitForSelector('#create:not([disabled])', { timeout: 30_000 });
  const clicked = Date.now();
  await page.click('#create');
  await page.waitForFunction(() => ['link', 'error', 'refused'].includes(document.querySelector('#state').dataset.state), null, { timeout: 180_000, polling: 200 });
  report.send = await read(page);
  report.link = await page.evaluate(() => document.querySelector('#link').href);
  report.simulationBanner = await page.evaluate(() => !document.querySelector('#simulation').hidden);
  report.sendSeconds = (Date.now() - clicked) / 1000;
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  // Profile 2: whoever got the link (a separate context: no storage, no keys of the sender).
  const holder = await browser.newContext();
  const claimPage = await open(holder, report.link);
  await claimPage.waitForSelector('#claim-button:not([disabled])', { timeout: 30_000 });
  report.recipient = await claimPage.evaluate(() => document.querySelector('#to').value);
  await claimPage.click('#claim-button');
  await claimPage.waitForFunction(() => ['claimed', 'error', 'refused'].includes(document.querySelector('#state').dataset.state), null, { timeout: 60_000, polling: 200 });
  report.claim = await read(claimPage);

  // The same link again (a third profile): spent.
  const third = await browser.newContext();
  const again = await open(third, report.link);
  await again.waitForFunction(() => ['spent', 'ready', 'error'].includes(document.querySelector('#state').dataset.state), null, { timeout: 30_000, polling: 200 });
  report.again = await read(again);

  report.pageErrors = errors;
  report.ok = report.send.state === 'link' && report.link.includes('#v1.') && report.claim.state === 'claimed'
    && report.again.state === 'spent' && errors.length === 0;
} catch (e) {
  report.error = String(e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
