// Measures the time from clicking "Try the example pair" to results on screen, in Chromium:
// cold (the engine loads on the click) and warm (the engine was started by hovering first).
//   node tests/e2e/timing.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const server = await startServer({ dir: dist });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const mode of ['cold', 'warm', 'warm']) {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#example-pair');
  if (mode === 'warm') {
    await page.hover('#example-pair');
    await page.waitForTimeout(3000);
  }
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (document.querySelector('#results-title')) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    document.querySelector('#example-pair').click();
  }));
  console.log(`${mode}: ${Math.round(ms)} ms from click to results`);
  await page.close();
}
await browser.close();
await server.close();
