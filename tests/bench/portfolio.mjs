// Portfolio benchmark (issue 19): the same 20 fixture-sized documents reviewed in the browser's
// portfolio view (dropped files to "20 of 20 analysed") and by `klausul review` (one process).
// Run by hand after `trunk build --release` and a native build:
//   node tests/bench/portfolio.mjs [path/to/klausul]
// Prints a Markdown table; BENCHMARKS.md keeps the last run. Not part of the test suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.resolve(process.argv[2] || path.join(root, 'target/release/klausul'));
const fixtures = path.join(root, 'tests/fixtures');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klausul-portfolio-'));
const sources = fs.readdirSync(fixtures).filter((f) => /\.(txt|pdf|docx)$/.test(f)).sort();
const names = [];
for (let i = 0; names.length < 20; i++) {
  const src = sources[i % sources.length];
  const name = `${String(names.length + 1).padStart(2, '0')}-${src}`;
  fs.copyFileSync(path.join(fixtures, src), path.join(dir, name));
  names.push(name);
}
const runs = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cliTimes = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  spawnSync(cli, ['review', ...names, '--format', 'csv'], { cwd: dir, encoding: 'utf8' });
  cliTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const server = await startServer({ dir: path.join(root, 'dist') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const webTimes = [];
const warmTimes = [];
for (let r = 0; r < runs; r++) {
  // Warm: the engine's workers already loaded by an earlier batch on the same page.
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForSelector('#portfolio-files', { state: 'attached' });
  await page.setInputFiles('#portfolio-files', names.slice(0, 2).map((n) => path.join(dir, n)));
  await page.waitForFunction(() => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent === '2 of 2 analysed', null, { timeout: 300000 });
  await page.click('text=Clear the portfolio');
  const t0 = Date.now();
  await page.setInputFiles('#portfolio-files', names.map((n) => path.join(dir, n)));
  await page.waitForFunction(() => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent === '20 of 20 analysed', null, { timeout: 300000 });
  warmTimes.push(Date.now() - t0);
  await page.context().close();
}
for (let r = 0; r < runs; r++) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForSelector('#portfolio-files', { state: 'attached' });
  const t0 = Date.now();
  await page.setInputFiles('#portfolio-files', names.map((n) => path.join(dir, n)));
  await page.waitForFunction(() => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent === '20 of 20 analysed', null, { timeout: 300000 });
  webTimes.push(Date.now() - t0);
  await page.context().close();
}
await browser.close();
await server.close();
const c = median(cliTimes), w = median(webTimes);
console.log(`| what (20 fixture-sized documents, ${os.cpus().length} cores) | median of ${runs}, ms |`);
console.log('|---|---|');
console.log(`| \`klausul review\` (one process, all cores) | ${c.toFixed(0)} |`);
console.log(`| browser portfolio, files chosen → "20 of 20 analysed" (worker pool, cold page) | ${w.toFixed(0)} |`);
const v = median(warmTimes);
console.log(`| browser portfolio, the engine already loaded (a batch before on the same page) | ${v.toFixed(0)} |`);
console.log(`| browser ÷ CLI, cold page / engine loaded (goal < 2) | ${(w / c).toFixed(2)} / ${(v / c).toFixed(2)} |`);
