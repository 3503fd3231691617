// Klausul's browser benchmark (not a test: no assertions on time). Run by scripts/bench.
//
//   node tests/bench/browser.mjs OUT_DIR [EXTRA.pdf...]
//
// Serves dist/ with the e2e server, drives Debian's Chromium through playwright-core, and writes
//   OUT_DIR/wasm.json      the engine in its Web Worker (wasm): per file, the ingest and analysis
//                          times, and per pair the compare time (medians, min, max, runs) —
//                          the fixture pairs and, if present, OUT_DIR/pair-{40,400}-{a,b}.txt;
//   OUT_DIR/first-load.md  the first-load table: gzip -9 sizes and navigation/click timings.
//
// Worker timings come from the worker's own progress messages (Extracting → Analysing →
// Reporting), timestamped on the page when they arrive; the page is otherwise idle.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(process.env.BENCH_DIST || path.join(root, 'dist'));
const fixtures = path.join(root, 'tests/fixtures');
const outDir = path.resolve(process.argv[2] || path.join(root, 'target/bench'));
const extra = process.argv.slice(3);
const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 3 : 7;
fs.mkdirSync(outDir, { recursive: true });

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { median, min: s[0], max: s[n - 1], runs: n };
};
const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const show = (s) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const server = await startServer({ dir: dist });

// ------------------------------------------------------------ first load

const fetched = new Map();
const navs = [];
const clicks = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  const before = [];
  let acted = false;
  page.on('request', (r) => { if (!acted) before.push(r.url()); });
  await page.goto(server.url, { waitUntil: 'commit' });
  // Interactive: the example-pair button is in the DOM and enabled (the UI wasm runs).
  const nav = await (await page.waitForFunction(() => {
    const b = document.querySelector('#example-pair');
    return b && !b.disabled && performance.now();
  }, null, { polling: 'raf', timeout: 60000 })).jsonValue();
  await page.waitForLoadState('networkidle');
  acted = true;
  const clickedAt = await page.evaluate(() => { document.querySelector('#example-pair').click(); return performance.now(); });
  const doneAt = await (await page.waitForFunction(() =>
    document.querySelector('#results-title')
      && document.querySelector('[data-testid=doc-a] .doc-chars')
      && document.querySelector('[data-testid=doc-b] .doc-chars')
      && performance.now(), null, { polling: 'raf', timeout: 60000 })).jsonValue();
  navs.push(nav);
  clicks.push(doneAt - clickedAt);
  for (const u of before) {
    const rel = decodeURIComponent(new URL(u).pathname).replace(/^\//, '') || 'index.html';
    const file = path.join(dist, rel.endsWith('/') ? rel + 'index.html' : rel);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) fetched.set(rel, file);
  }
  await context.close();
}

// Cargo's examples/ doubles as the app's bundled example documents (Trunk copy-dir): the bench
// programs there are not part of the app and are left out of the sums.
const allFiles = walk(dist).filter((f) => !f.endsWith('.rs'));
const strays = walk(dist).filter((f) => f.endsWith('.rs')).map((f) => path.relative(dist, f));

// Baseline for the click: the same work natively, one CLI process reading, analysing and
// comparing the example pair and writing the JSON report.
const cli = process.env.BENCH_CLI;
let nativeS = null;
if (cli && fs.existsSync(cli)) {
  const pair = ['smtp-dk-standardkontraktsbestemmelser.pdf', 'marketing-bureau-databehandleraftale.pdf'].map((f) => path.join(fixtures, f));
  const xs = [];
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    execFileSync(cli, ['compare', ...pair, '-f', 'json'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (i > 0) xs.push(performance.now() - t);
  }
  nativeS = stat(xs);
}
const sum = (files, f) => files.reduce((n, x) => n + f(x), 0);
const firstFiles = [...fetched.values()];
const firstRaw = sum(firstFiles, (f) => fs.statSync(f).size);
const firstGz = sum(firstFiles, gz);
const distRaw = sum(allFiles, (f) => fs.statSync(f).size);
const distGz = sum(allFiles, gz);
const navS = stat(navs);
const clickS = stat(clicks);

let md = '### First load, Chromium (headless) through Playwright, dist/ on 127.0.0.1\n\n';
md += '| what | raw | gzip -9 | ÷ whole dist/ (gzip) |\n|---|---:|---:|---:|\n';
md += `| fetched before the user acts (${firstFiles.length} files: ${[...fetched.keys()].sort().join(', ')}) | ${kb(firstRaw)} | ${kb(firstGz)} | ${(firstGz / distGz).toFixed(2)}× |\n`;
for (const [rel, f] of [...fetched.entries()].sort()) {
  md += `| · ${rel} | ${kb(fs.statSync(f).size)} | ${kb(gz(f))} | ${(gz(f) / distGz).toFixed(2)}× |\n`;
}
md += `| whole dist/ (${allFiles.length} files, including the bundled example documents) | ${kb(distRaw)} | ${kb(distGz)} | 1.00× |\n\n`;
md += `| timing (${RUNS} fresh browser contexts, ms) | median (min–max) | baseline | ratio |\n|---|---:|---|---:|\n`;
md += `| navigation → interactive (example-pair button present and enabled) | ${show(navS)} | none measured | – |\n`;
md += `| "Try the example pair" click → results on screen (engine worker starts on first use, reads, analyses and compares both PDFs, renders) | ${show(clickS)} | ${nativeS ? `\`klausul compare A B -f json\` (native process, same pair): ${show(nativeS)}` : 'not measured'} | ${nativeS ? (clickS.median / nativeS.median).toFixed(2) + '×' : '–'} |\n\n`;
if (strays.length) md += `Left out of the sums: ${strays.join(', ')} — Cargo's bench programs, which Trunk copies into dist/ because examples/ is also the app's example-document folder.\n\n`;
md += 'Sizes are each file gzipped at level 9 on its own (what a server with gzip would send). The files fetched before the user acts are the requests Chromium made from navigation until the network was idle with the app interactive.\n';
fs.writeFileSync(path.join(outDir, 'first-load.md'), md);

// ------------------------------------------------------------ engine in the worker (wasm)

const files = [
  ...fs.readdirSync(fixtures).filter((f) => /\.(pdf|docx|txt)$/.test(f)).sort().map((f) => path.join(fixtures, f)),
  ...extra.map((f) => path.resolve(f)),
];
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('#example-pair');
await page.evaluate(() => new Promise((resolve, reject) => {
  const w = new Worker('./worker_loader.js');
  window.__bench = { w, job: 1 };
  w.onerror = (e) => reject(new Error(String(e.message)));
  w.onmessage = (e) => { if (JSON.parse(e.data[0]).type === 'ready') resolve(); };
}));

// The files' bytes go to the page once; jobs name them.
async function upload(key, file) {
  const b64 = fs.readFileSync(file).toString('base64');
  await page.evaluate(([key, b64]) => {
    window.__files = window.__files || {};
    window.__files[key] = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  }, [key, b64]);
  return key;
}

// Posts one request and returns the page-side timestamps of each stage and the worker's millis.
async function job(header, keys) {
  return page.evaluate(([header, keys]) => new Promise((resolve, reject) => {
    const { w } = window.__bench;
    const job = window.__bench.job++;
    const h = { ...header, job };
    delete h.keep;
    const stages = {};
    w.onmessage = (e) => {
      const r = JSON.parse(e.data[0]);
      const t = performance.now();
      if (r.job !== job) return;
      // A PDF reports "extracting" once per page: a stage starts at its first message.
      if (r.type === 'progress') { if (!(r.step.stage in stages)) stages[r.step.stage] = t; }
      else if (r.type === 'analyzed' || r.type === 'compared') {
        // Keep an analysis (JSON and clean text, as UTF-8) for a following comparison, as the app does.
        if (r.type === 'analyzed' && header.keep) {
          const enc = new TextEncoder();
          window.__files[header.keep + '.json'] = enc.encode(e.data[1]);
          window.__files[header.keep + '.text'] = enc.encode(e.data[2]);
        }
        resolve({ stages, end: t, millis: r.millis });
      }
      else if (r.type === 'failed' || r.type === 'panicked') reject(new Error(JSON.stringify(r)));
    };
    // A copy per message: the worker gets its own bytes, as from the app.
    const payload = [JSON.stringify(h), ...keys.map((k) => window.__files[k].slice())];
    w.postMessage(payload);
  }), [header, keys]);
}

const wasm = { files: {}, pairs: {} };
let serial = 0;
for (const file of files) {
  const name = path.basename(file);
  const bytes = await upload(name, file);
  const ingest = [];
  const analyse = [];
  for (let i = 0; i <= RUNS; i++) {
    // A fresh name each time (the worker once cached analyses by name and bytes).
    const r = await job({ type: 'analyze', name: `r${serial++}-${name}` }, [bytes]);
    if (i === 0) continue; // warm-up
    ingest.push(r.stages.analysing - r.stages.extracting);
    analyse.push(r.stages.reporting - r.stages.analysing);
  }
  wasm.files[name] = { ingest: stat(ingest), analyze: stat(analyse) };
  console.error(`wasm ${name}: ingest ${show(stat(ingest))} ms, analyse ${show(stat(analyse))} ms`);
}
// The synthetic version pairs, if scripts/bench wrote them (OUT_DIR/pair-PAGES-{a,b}.txt).
const synthetic = [40, 400]
  .map((n) => [`synthetic-${n}`, path.join(outDir, `pair-${n}-a.txt`), path.join(outDir, `pair-${n}-b.txt`)])
  .filter(([, a, b]) => fs.existsSync(a) && fs.existsSync(b));
for (const [label, a, b] of [
  ['fixture', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.pdf'), path.join(fixtures, 'marketing-bureau-databehandleraftale.pdf')],
  ['versions', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.pdf'), path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser-v2.pdf')],
  ...synthetic,
]) {
  const ab = await upload(`${label}-a-${path.basename(a)}`, a);
  const bb = await upload(`${label}-b-${path.basename(b)}`, b);
  const xs = [];
  for (let i = 0; i <= RUNS; i++) {
    const an = `p${serial}-${ab}`;
    const bn = `p${serial++}-${bb}`;
    // Analyses first; the comparison gets their JSON and clean texts, as from the app.
    await job({ type: 'analyze', name: an, keep: an }, [ab]);
    await job({ type: 'analyze', name: bn, keep: bn }, [bb]);
    const r = await job({ type: 'compare', a_name: an, b_name: bn }, [`${an}.json`, `${an}.text`, `${bn}.json`, `${bn}.text`]);
    if (i === 0) continue;
    xs.push(r.stages.reporting - r.stages.comparing);
  }
  wasm.pairs[label] = { compare: stat(xs) };
  console.error(`wasm ${label}: compare ${show(stat(xs))} ms`);
}
fs.writeFileSync(path.join(outDir, 'wasm.json'), JSON.stringify(wasm, null, 1));
await context.close();
await browser.close();
await server.close();
process.stdout.write(md);
