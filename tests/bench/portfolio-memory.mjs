// Portfolio memory (issue 19): 200 files of about 300 KB (our fixture texts repeated), reviewed
// in the browser's portfolio; samples the page's JS heap (CDP Performance.getMetrics), each
// worker's wasm memory and the renderer process's resident memory during the run.
// Run by hand after `trunk build --release`: node tests/bench/portfolio-memory.mjs
// N=files (200), SIZE=bytes per file (300000), DIST=dir (dist/), VERBOSE=1 prints every sample,
// JSON=file keeps them. The files are written to a temporary folder and removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { startServer } = await import(path.join(root, 'tests/e2e/server.mjs'));
const fixtures = path.join(root, 'tests/fixtures');
const N = Number(process.env.N || 200);
const SIZE = Number(process.env.SIZE || 300_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klausul-memory-'));
const texts = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'));
const names = [];
for (let i = 0; i < N; i++) {
  let body = '';
  for (let k = i; body.length < SIZE; k++) body += texts[k % texts.length] + '\n\n';
  const name = path.join(dir, `supplier-${String(i + 1).padStart(3, '0')}.txt`);
  fs.writeFileSync(name, body.slice(0, SIZE));
  names.push(name);
}
const server = await startServer({ dir: process.env.DIST || path.join(root, 'dist') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(server.url);
await page.waitForSelector('#portfolio-files', { state: 'attached' });
// The renderer processes of this browser (one tab): resident memory from /proc.
// Only this browser's: the descendants of its process.
const browserPid = process.pid; // this script: the browser it launched is its child
const renderers = () => {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n').filter(Boolean).map((l) => { const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l) || []; return [m[1], m[2], m[3]]; });
  const ours = new Set([browserPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows) if (ours.has(Number(ppid)) && !ours.has(Number(pid))) { ours.add(Number(pid)); grew = true; }
  }
  return rows.filter(([pid, , args]) => ours.has(Number(pid)) && /--type=renderer/.test(args || '')).map(([pid]) => Number(pid));
};
const rss = () => renderers().reduce((sum, pid) => {
  try { return sum + Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024; } catch { return sum; }
}, 0);
const heap = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).JSHeapUsedSize;
const wasm = async () => {
  const sizes = [];
  for (const w of page.workers()) {
    // A worker busy with a file answers when it is done with it; a worker that went away, never.
    const probe = w.evaluate(() => (typeof wasm_bindgen !== 'undefined' && wasm_bindgen.memory_bytes ? wasm_bindgen.memory_bytes() : -1)).catch(() => -1);
    sizes.push(await Promise.race([probe, new Promise((r) => setTimeout(() => r(-1), 2000))]));
  }
  return sizes;
};
const progress = () => page.evaluate(() => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent || '');
const mb = (b) => (b / 1048576).toFixed(1);
const samples = [];
const rss0 = rss(), heap0 = await heap();
const t0 = Date.now();
await page.setInputFiles('#portfolio-files', names);
let text = '';
while (text !== `${N} of ${N} analysed`) {
  await new Promise((r) => setTimeout(r, 500));
  text = await progress();
  const s = { t: Date.now() - t0, text, heap: await heap(), rss: rss(), wasm: await wasm() };
  samples.push(s);
  if (process.env.VERBOSE) console.log(`${s.t} ms ${text}: heap ${mb(s.heap)} MB, renderer RSS ${mb(s.rss)} MB, worker wasm ${s.wasm.map(mb).join(' + ')} MB`);
}
const wall = Date.now() - t0;
await new Promise((r) => setTimeout(r, 1000));
await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
const end = { heap: await heap(), rss: rss(), wasm: await wasm() };
const peak = (k) => Math.max(...samples.map((s) => s[k]));
const peakWasm = Math.max(...samples.map((s) => s.wasm.reduce((a, b) => a + Math.max(b, 0), 0)));
const sizeMb = names.reduce((a, n) => a + fs.statSync(n).size, 0) / 1048576;
console.log(`${N} files, ${sizeMb.toFixed(0)} MB in all, ${wall} ms to "${N} of ${N} analysed"`);
console.log('| what | before the files | peak during the run | at the end (after a GC) |');
console.log('|---|---:|---:|---:|');
console.log(`| page JS heap (JSHeapUsedSize) | ${mb(heap0)} MB | ${mb(peak('heap'))} MB | ${mb(end.heap)} MB |`);
console.log(`| workers' wasm memory (sum) | – | ${mb(peakWasm)} MB | ${end.wasm.map(mb).join(' + ')} MB |`);
console.log(`| renderer process RSS (page + workers) | ${mb(rss0)} MB | ${mb(peak('rss'))} MB | ${mb(end.rss)} MB |`);
if (process.env.JSON) fs.writeFileSync(process.env.JSON, JSON.stringify({ samples, end, wall }, null, 1));
await browser.close();
await server.close();
fs.rmSync(dir, { recursive: true, force: true });
