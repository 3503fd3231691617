// Klausul's end-to-end tests: dist/ served on 127.0.0.1, driven in Debian's Chromium through
// playwright-core. Run by scripts/e2e. Prints "N passed, M failed" and exits non-zero on failure.
//
// Every test starts from a fresh page. All requests the browser makes are checked against the
// app's origin, both as Playwright sees them and in the test server's access log.

import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(root, 'dist');
const fixtures = path.join(root, 'tests/fixtures');
const shots = path.join(here, 'screenshots');
const out = path.join(here, 'out');
fs.mkdirSync(shots, { recursive: true });
fs.mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const only = process.env.ONLY || '';
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// ---------------------------------------------------------------- helpers

// One file from a zip (a .docx), with node's zlib: enough of the format for the files Klausul writes.
async function unzipEntry(file, name) {
  const zlib = await import('node:zlib');
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10), size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28), extra = buf.readUInt16LE(at + 30), comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entry = buf.toString('utf8', at + 46, at + 46 + nameLen);
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLen + extra + comment;
  }
  return null;
}

const words = (s) => s.split(/\s+/).filter((w) => w && w !== '|');

const seen = [];          // every request Playwright saw: { url, test }
// The optional files a deployment may put beside index.html; the page looks for them on start.
const OPTIONAL_DEPLOYED = /\/(playbook\.json|standard\.(pdf|docx|txt|md))$/;
let currentTest = '';

async function openPage(browser, base, { width = 1440, height = 1000, locale = 'en-GB', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme, acceptDownloads: true });
  const pageOrigin = new URL(base).origin;
  context.on('request', (r) => seen.push({ url: r.url(), test: currentTest, origin: pageOrigin }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const warnings = [];
  page.on('console', (m) => {
    // The optional files a deployment may put beside index.html are looked for on start; their
    // absence (a 404) is normal.
    const optional = OPTIONAL_DEPLOYED.test((m.location() || {}).url || '');
    if (m.type() === 'error' && !(optional && m.text().startsWith('Failed to load resource'))) errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(base);
  await page.waitForSelector('#example-pair');
  return { context, page, errors, warnings };
}

async function loadExamplePair(page) {
  const t0 = Date.now();
  await page.click('#example-pair');
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  await page.waitForSelector('[data-testid=doc-b] .doc-chars', { timeout: 30000 });
  await page.waitForSelector('#results-title', { timeout: 30000 });
  return Date.now() - t0;
}

async function openPlaybook(page) {
  await page.evaluate(() => { document.querySelector('.playbook-panel details').open = true; });
}

async function chars(page, side) {
  const text = await page.textContent(`[data-testid=doc-${side}] .doc-chars`);
  return Number(text.replace(/[^0-9]/g, ''));
}

async function axe(page, label) {
  // Through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  fs.writeFileSync(path.join(out, `axe-${label}.json`), JSON.stringify(result, null, 2));
  // The task asks for no serious or critical violations; the app has no moderate ones either.
  const bad = result.filter((v) => ['moderate', 'serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad, [], `axe (${label}): ${JSON.stringify(bad, null, 1)}`);
  return result;
}

// A worker script that behaves like the engine until it gets a file whose name starts with
// "crash", then throws — what a panic (a wasm trap) looks like from the page — or with "hang",
// then loops for ever — what a parser stuck on a pathological file looks like.
function misbehavingWorkerLoader() {
  return `importScripts("./worker.js");
wasm_bindgen({ module_or_path: "./worker_bg.wasm" }).then(() => {
  const real = self.onmessage;
  self.onmessage = (e) => {
    const h = JSON.parse(e.data[0]);
    const name = h.name || h.a_name || '';
    if (name.startsWith('crash')) throw new Error('simulated engine crash');
    if (name.startsWith('hang')) { for (;;) {} }
    real.call(self, e);
  };
});`;
}

// ---------------------------------------------------------------- tests

test('the empty page: title, two labelled drop zones, offline note, axe clean', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  assert.equal(await page.title(), 'Klausul');
  assert.match(await page.textContent('h1'), /Klausul/);
  // The contract: the page's first two file inputs are A and B (the playbook import and the
  // portfolio's come after them).
  const inputs = await page.$$eval('input[type=file]', (els) => els.map((e) => e.id));
  assert.deepEqual(inputs.slice(0, 2), ['file-a', 'file-b']);
  assert.deepEqual(inputs.slice(2).sort(), ['playbook-import', 'portfolio-files', 'portfolio-folder']);
  assert.match(await page.textContent('#zone-a-title'), /our standard/i);
  assert.match(await page.textContent('#zone-b-title'), /supplier/i);
  assert.ok(await page.isVisible('#offline-note'));
  assert.match(await page.textContent('#offline-note'), /never leave this browser/);
  await axe(page, 'empty');
  await page.screenshot({ path: path.join(shots, 'empty-1440.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('example pair: both documents read in the worker, comparison shows', async ({ browser, base, timings }) => {
  const { context, page, errors, warnings } = await openPage(browser, base);
  const ms = await loadExamplePair(page);
  timings.examplePairMs = ms;
  assert.ok(await chars(page, 'a') > 10000, 'A has real text');
  assert.ok(await chars(page, 'b') > 10000, 'B has real text');
  assert.equal((await page.textContent('[data-testid=doc-a] .doc-format')).trim(), 'PDF');
  assert.match(await page.textContent('[data-testid=doc-a] .doc-lang'), /Danish/);
  assert.match(await page.textContent('[data-testid=doc-a] .doc-preview'), /\w{4,}/);
  assert.match(await page.textContent('[data-testid=doc-a]'), /smtp-dk-standardkontraktsbestemmelser\.pdf/);
  assert.match(await page.textContent('[data-testid=doc-b]'), /marketing-bureau-databehandleraftale\.pdf/);
  await axe(page, 'results');
  await page.screenshot({ path: path.join(shots, 'pair-1440.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, [], 'no console warnings (wasm-bindgen init, deprecations)');
  await context.close();
});

test('390 px wide, Danish, dark: readable, same content', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base, { width: 390, height: 844, locale: 'da-DK', colorScheme: 'dark' });
  assert.match(await page.textContent('#example-pair'), /eksempelparret/i);
  await loadExamplePair(page);
  assert.match(await page.textContent('[data-testid=doc-a] .doc-lang'), /Dansk/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 390 px`);
  await axe(page, 'results-390-dark');
  await page.screenshot({ path: path.join(shots, 'pair-390-dark.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('upload through the file inputs: PDF into A (progress by page), DOCX into B', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  // Record every progress text the page shows while the PDF is read.
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.doc-progress')) window.__progress.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.setInputFiles('#file-a', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.pdf'));
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  assert.equal((await page.textContent('[data-testid=doc-a] .doc-format')).trim(), 'PDF');
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((t) => /page \d+ of \d+/.test(t)), `no page progress among ${JSON.stringify([...new Set(progress)])}`);
  assert.ok(await chars(page, 'a') > 10000);
  await page.setInputFiles('#file-b', path.join(fixtures, 'marketing-bureau-databehandleraftale.docx'));
  await page.waitForSelector('[data-testid=doc-b] :is(.doc-chars, .doc-error)', { timeout: 30000 });
  assert.equal(await page.locator('[data-testid=doc-b] .doc-error').count(), 0,
    `DOCX not read: ${await page.textContent('[data-testid=doc-b]')}`);
  assert.equal((await page.textContent('[data-testid=doc-b] .doc-format')).trim(), 'DOCX');
  assert.ok(await chars(page, 'b') > 10000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt PDF shows a clear error next to it and leaves the other document', async ({ browser, base }) => {
  const { context, page } = await openPage(browser, base);
  await loadExamplePair(page);
  const before = await chars(page, 'a');
  const junk = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'), Buffer.alloc(2000, 0x8f)]);
  await page.setInputFiles('#file-b', { name: 'broken.pdf', mimeType: 'application/pdf', buffer: junk });
  await page.waitForSelector('[data-testid=doc-b] .doc-error', { timeout: 30000 });
  const message = await page.textContent('[data-testid=doc-b] .doc-error');
  assert.match(message, /PDF/);
  assert.match(await page.textContent('[data-testid=doc-b]'), /broken\.pdf/);
  assert.equal(await page.getAttribute('[data-testid=doc-b] .doc-error', 'role'), 'alert');
  assert.equal(await chars(page, 'a'), before, 'A untouched');
  await page.screenshot({ path: path.join(shots, 'corrupt-1440.png'), fullPage: true });
  await context.close();
});

test('a DPA saved as a web page reads in A like its text in B', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  const txt = fs.readFileSync(path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'), 'utf8');
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = txt.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('\n');
  const html = `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>DPA</title><script>var tracking = 1;</script></head><body><nav><a href="/">Forside</a></nav><div class="cookie-banner">Vi bruger cookies</div><main>${body}</main><footer>Kontakt</footer></body></html>`;
  await page.setInputFiles('#file-a', { name: 'databehandleraftale.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.setInputFiles('#file-b', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'));
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.equal((await page.textContent('[data-testid=doc-a] .doc-format')).trim(), 'HTML');
  assert.doesNotMatch(await page.textContent('[data-testid=doc-a] .doc-preview'), /<p>|cookies|tracking/);
  // The same words as the text: within a few characters of it (only line breaks differ).
  const [a, b] = [await chars(page, 'a'), await chars(page, 'b')];
  assert.ok(Math.abs(a - b) < b * 0.02, `A ${a} chars, B ${b}`);
  await page.screenshot({ path: path.join(shots, 'html-vs-txt-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an engine crash costs the worker, not the page: error on that file, the other stays, next file works', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await context.route('**/worker_loader.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: misbehavingWorkerLoader() }));
  await page.setInputFiles('#file-a', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'));
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  await page.setInputFiles('#file-b', { name: 'crash.txt', mimeType: 'text/plain', buffer: Buffer.from('1. Databehandleren behandler data.') });
  await page.waitForSelector('[data-testid=doc-b] .doc-error', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-b] .doc-error'), /internal error/);
  assert.ok(await chars(page, 'a') > 10000, 'A still shown');
  // A fresh worker takes the next file.
  await page.setInputFiles('#file-b', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser-v2.txt'));
  await page.waitForSelector('[data-testid=doc-b] .doc-chars', { timeout: 30000 });
  assert.ok(await chars(page, 'b') > 10000);
  assert.deepEqual(errors.filter((e) => !/simulated engine crash|klausul/.test(e)), []);
  await context.close();
});


test('a file that hangs the engine is stopped at its deadline; the other document and the next file work', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await context.route('**/worker_loader.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: misbehavingWorkerLoader() }));
  await page.evaluate(() => localStorage.setItem('klausul.jobTimeoutMs', '2500'));
  await page.reload();
  await page.waitForSelector('#example-pair');
  await page.setInputFiles('#file-b', { name: 'hang.txt', mimeType: 'text/plain', buffer: Buffer.from('1. Databehandleren behandler data.') });
  await page.setInputFiles('#file-a', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'));
  // A runs in its own worker and is not held up by B's.
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  await page.waitForSelector('[data-testid=doc-b] .doc-error', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-b] .doc-error'), /longer than 3 s/);
  assert.ok(await chars(page, 'a') > 10000, 'A still shown');
  await page.setInputFiles('#file-b', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser-v2.txt'));
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.ok(await chars(page, 'b') > 10000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an engine that cannot load says so next to the file instead of waiting for ever', async ({ browser, base }) => {
  const { context, page } = await openPage(browser, base);
  await context.route('**/worker_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.setInputFiles('#file-a', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'));
  await page.waitForSelector('[data-testid=doc-a] .doc-error', { timeout: 20000 });
  assert.match(await page.textContent('[data-testid=doc-a] .doc-error'), /engine could not be started/);
  await context.close();
});

test('results: transfers is a conflict in the matrix; B has a high transfer finding; a finding opens its clause', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await loadExamplePair(page);
  const transfers = page.locator('tr[data-category=transfers]');
  assert.match(await transfers.getAttribute('class') || '', /row-conflict/);
  assert.match(await transfers.textContent(), /conflict/);
  assert.match(await page.textContent('[data-testid=summary-a]'), /of 11/);
  await page.click('#tab-findings');
  const finding = page.locator('li.finding[data-side=b][data-finding=transfer_general_authorisation]');
  assert.equal(await finding.count(), 1, 'transfer_general_authorisation on B');
  assert.match(await finding.locator('.badge.sev-high').textContent(), /High/);
  const opener = finding.locator('.clause-link').first();
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#clause-viewer');
  assert.ok(await page.locator('#clause-viewer .viewer-text').textContent().then((t) => t.length > 20));
  // Escape closes the viewer and gives the focus back to the finding's clause link.
  await page.keyboard.press('Escape');
  await page.waitForSelector('#clause-viewer', { state: 'detached' });
  assert.ok(await opener.evaluate((el) => el === document.activeElement), 'focus back on the opener');
  // Clause labels: "§" only before a section number, never before "Bilag", "Annex", a letter.
  const labels = await page.locator('.clause-link').allTextContents();
  assert.ok(labels.length > 0);
  assert.deepEqual(labels.filter((t) => /§\s*[^\d\s]/.test(t)), []);
  // Matrix cells name at most three clauses, then "+N".
  const cells = await page.locator('.matrix .clause-link > .no-print').allTextContents();
  assert.deepEqual(cells.filter((t) => t.split(',').length > 4), []);
  await finding.locator('.clause-link').first().click();
  await page.waitForSelector('#clause-viewer');
  // Severity filter: only high.
  await page.click('.filter-btn.sev-high');
  const sevs = await page.locator('li.finding').evaluateAll((els) => els.map((e) => e.className));
  assert.ok(sevs.length > 0 && sevs.every((c) => /sev-high/.test(c)), 'filter keeps only high findings');
  await axe(page, 'findings');
  await page.screenshot({ path: path.join(shots, 'findings-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('version pair: redline shows 24 → 48 and 13 → 14 as renumbered', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await page.click('#example-versions');
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=pair-kind]'), /two versions/);
  await page.click('#tab-redline');
  await page.waitForSelector('.rl-rows');
  const changed = page.locator('li.rl-row', { has: page.locator('del', { hasText: '24' }) });
  assert.ok(await changed.count() >= 1, 'a row deletes 24');
  assert.match(await changed.first().locator('ins').allTextContents().then((t) => t.join(' ')), /48/);
  const renumbered = page.locator('li.rl-row[data-status=renumbered]', { has: page.locator('.rl-ids', { hasText: /^13(\.\d+)? → 14/ }) });
  assert.ok(await renumbered.count() >= 1, 'a 13 → 14 renumbered row');
  await page.click('text=Side by side');
  assert.ok(await page.locator('.rl-sides').count() > 0);
  await page.click('text=Next change');
  assert.ok(await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('rl-row')));
  // Two versions: the redline is part of the printed report whatever tab is open.
  await page.click('#tab-findings');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('li.rl-row').first().isVisible(), 'redline of two versions printed');
  await page.emulateMedia({ media: 'screen' });
  await page.click('#tab-redline');
  await axe(page, 'redline');
  await page.screenshot({ path: path.join(shots, 'redline-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('export JSON equals the CLI output for the same files; marks survive a reload and travel in the export', async ({ browser, base }) => {
  const cli = process.env.KLAUSUL_CLI;
  const { context, page, errors } = await openPage(browser, base);
  await loadExamplePair(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  const parsed = JSON.parse(exported);
  assert.equal(parsed.schema, 'klausul.comparison/1');
  assert.equal(parsed.review_marks, undefined);
  if (cli && fs.existsSync(cli)) {
    const { execFileSync } = await import('node:child_process');
    const expected = execFileSync(cli, ['compare', path.join(root, 'assets/examples/smtp-dk-standardkontraktsbestemmelser.pdf'),
      path.join(root, 'assets/examples/marketing-bureau-databehandleraftale.pdf'), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(exported === expected, `export differs from the CLI (${exported.length} vs ${expected.length} bytes)`);
  } else {
    console.log('     (KLAUSUL_CLI not set: CLI comparison skipped)');
  }
  // Mark the first finding, reload, load the same pair: the mark is back and exported.
  await page.click('#tab-findings');
  const first = page.locator('li.finding').first();
  await first.locator('.mark-note').fill('checked with legal <b>');
  await first.locator('button', { hasText: 'Accept' }).click();
  await page.reload();
  await page.waitForSelector('#example-pair');
  await loadExamplePair(page);
  await page.click('#tab-findings');
  assert.equal(await page.locator('li.finding.marked-accepted').count(), 1);
  const [d2] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const marks = JSON.parse(fs.readFileSync(await d2.path(), 'utf8')).review_marks;
  assert.equal(Object.values(marks)[0].note, 'checked with legal <b>');
  // The reports for people carry the marks too, the HTML with the note escaped.
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  const markdown = fs.readFileSync(await md.path(), 'utf8');
  assert.match(markdown, /## Reviewer's marks[\s\S]*\| Accepted \| checked with legal <b> \|/);
  const [ht] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const html = fs.readFileSync(await ht.path(), 'utf8');
  assert.match(html, /<section id="review-marks">[\s\S]*checked with legal &lt;b&gt;/);
  assert.ok(!html.includes('legal <b>'), 'the note is escaped in the HTML');
  // In Danish, the reports for people are in Danish.
  await page.click('button.lang-btn[lang=da]');
  const [mdDa] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  const markdownDa = fs.readFileSync(await mdDa.path(), 'utf8');
  assert.match(markdownDa, /Klausul-sammenligning/);
  assert.match(markdownDa, /## Gennemgangens markeringer[\s\S]*\| Accepteret \|/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Word exports: the redline as tracked changes reads as B in Klausul and has A in its deletions; the review has one comment per kept finding', async ({ browser, base }) => {
  const cli = process.env.KLAUSUL_CLI;
  const { context, page, errors } = await openPage(browser, base);
  await page.click('#example-versions');
  await page.waitForSelector('#results-title', { timeout: 30000 });
  await page.fill('#word-author', 'Jurist Jensen');
  const [red] = await Promise.all([page.waitForEvent('download'), page.click('#export-word-redline')]);
  assert.match(red.suggestedFilename(), /redline\.docx$/);
  const redPath = path.join(out, 'redline.docx');
  await red.saveAs(redPath);
  const xml = await unzipEntry(redPath, 'word/document.xml');
  assert.match(xml, /<w:del [^>]*w:author="Jurist Jensen"[^>]*><w:r><w:delText xml:space="preserve">24<\/w:delText>/);
  assert.match(xml, /<w:ins [^>]*><w:r><w:t xml:space="preserve">48<\/w:t>/);
  const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'unique revision ids');
  if (cli && fs.existsSync(cli)) {
    // The same reader as the CLI tests: Klausul's DOCX reader skips deletions, so it reads B.
    const { execFileSync } = await import('node:child_process');
    const back = execFileSync(cli, ['extract', redPath], { encoding: 'utf8' });
    const b = execFileSync(cli, ['extract', path.join(root, 'assets/examples/smtp-dk-standardkontraktsbestemmelser-v2.txt')], { encoding: 'utf8' });
    assert.deepEqual(words(back), words(b), 'accept all = B');
  }
  // The review of B, with one finding dismissed and one accepted with a note.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  const withEvidence = report.b.findings.filter((f) => f.evidence.some((e) => e.span[0] < e.span[1]));
  assert.ok(withEvidence.length >= 2, 'B has findings with evidence');
  await page.click('#tab-findings');
  const bFindings = page.locator('li.finding[data-side=b]');
  const byId = (id) => page.locator(`li.finding[data-side=b][data-finding="${id}"]`).first();
  await byId(withEvidence[0].id).locator('button', { hasText: 'Dismiss' }).click();
  await byId(withEvidence[1].id).locator('.mark-note').fill('Ask for 24 hours');
  await byId(withEvidence[1].id).locator('button', { hasText: 'Accept' }).click();
  assert.ok(await bFindings.count() >= 2);
  await page.click('button.lang-btn[lang=da]');
  const [rev] = await Promise.all([page.waitForEvent('download'), page.click('#export-word-review')]);
  const revPath = path.join(out, 'review.docx');
  await rev.saveAs(revPath);
  const comments = await unzipEntry(revPath, 'word/comments.xml');
  const n = (comments.match(/<w:comment /g) || []).length;
  const sameKey = (f, g) => f.id === g.id && f.clauses.join(',') === g.clauses.join(',');
  const dismissedOthers = withEvidence.filter((f) => sameKey(f, withEvidence[0])).length;
  assert.equal(n, withEvidence.length - dismissedOthers, 'one comment per finding with evidence, the dismissed one left out');
  assert.match(comments, /Ask for 24 hours/);
  assert.match(comments, /Gennemlæserens note/, 'comments in the UI language');
  assert.match(await unzipEntry(revPath, 'word/document.xml'), /Klausul-gennemgang/);
  if (cli && fs.existsSync(cli)) {
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync(cli, ['extract', revPath], { encoding: 'utf8' });
    const b = execFileSync(cli, ['extract', path.join(root, 'assets/examples/smtp-dk-standardkontraktsbestemmelser-v2.txt')], { encoding: 'utf8' });
    assert.ok(words(text).join(' ').includes(words(b).join(' ')), 'the review carries the agreement text');
  }
  await page.screenshot({ path: path.join(shots, 'export-word.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('playbook: a preset, the form, export and import; deviations in the summary, the matrix, the findings and the JSON (= CLI --playbook)', async ({ browser, base }) => {
  const cli = process.env.KLAUSUL_CLI;
  const { context, page, errors } = await openPage(browser, base);
  assert.match(await page.textContent('[data-testid=playbook-status]'), /none chosen/);
  await openPlaybook(page);
  await page.selectOption('#playbook-preset', 'starter');
  await page.waitForSelector('text=Playbook in use');
  assert.match(await page.textContent('[data-testid=playbook-status]'), /in use: Our minimum positions/);
  const rules = await page.locator('tr.pb-rule').count();
  assert.ok(rules >= 4, `the form shows the preset's rules (${rules})`);
  await loadExamplePair(page);
  await page.waitForSelector('[data-testid=playbook-b]');
  assert.match(await page.textContent('[data-testid=playbook-b]'), /\d+ deviations from Our minimum positions/);
  assert.ok(await page.locator('[data-testid=playbook-mark]').count() >= 1, 'matrix cells marked');
  await page.click('#tab-findings');
  assert.ok(await page.locator('li.finding[data-finding^="playbook:"]').count() >= 1, 'deviations in the findings tab');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = fs.readFileSync(await json.path(), 'utf8');
  assert.ok(JSON.parse(exported).b.findings.some((f) => f.id.startsWith('playbook:')));
  if (cli && fs.existsSync(cli)) {
    const { execFileSync } = await import('node:child_process');
    const expected = execFileSync(cli, ['compare', path.join(root, 'assets/examples/smtp-dk-standardkontraktsbestemmelser.pdf'),
      path.join(root, 'assets/examples/marketing-bureau-databehandleraftale.pdf'), '--format', 'json', '--playbook', 'starter'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(exported === expected, 'export equals klausul compare --playbook starter');
  }
  // The form: a new rule (no JSON typed), used, exported, and read back by import.
  await page.fill('#playbook-name', 'Procurement 2027');
  await page.click('#playbook-add-rule');
  const n = rules;
  await page.selectOption(`#pb-category-${n}`, 'audits');
  await page.selectOption(`#pb-attribute-${n}`, 'cost_bearer');
  await page.fill(`#pb-value-${n}`, 'processor');
  await page.fill(`#pb-note-${n}`, 'We do not pay for audits');
  await page.click('#playbook-apply');
  await page.waitForFunction(() => /Procurement 2027 \(\d+ rules\)/.test(document.querySelector('[data-testid=playbook-status]').textContent));
  assert.match(await page.textContent('[data-testid=playbook-status]'), new RegExp(`\\(${n + 1} rules\\)`));
  const [pbFile] = await Promise.all([page.waitForEvent('download'), page.click('#playbook-export')]);
  const pb = JSON.parse(fs.readFileSync(await pbFile.path(), 'utf8'));
  assert.equal(pb.schema, 'klausul.playbook/1');
  assert.equal(pb.name, 'Procurement 2027');
  const added = pb.rules[n];
  assert.deepEqual([added.category, added.attribute, added.allowed, added.note.en], ['audits', 'cost_bearer', ['processor'], 'We do not pay for audits']);
  if (cli && fs.existsSync(cli)) {
    const { execFileSync } = await import('node:child_process');
    const file = path.join(out, 'procurement.playbook.json');
    fs.writeFileSync(file, JSON.stringify(pb));
    assert.match(execFileSync(cli, ['playbook', 'check', file], { encoding: 'utf8' }), /valid playbook "Procurement 2027"/, 'the CLI accepts what the form wrote');
  }
  // A wrong value is refused by the engine's validator, naming the rule.
  await page.fill(`#pb-value-${n}`, 'nobody');
  await page.click('#playbook-apply');
  assert.match(await page.textContent('#playbook-message'), /rule \d+|nobody/);
  // Import: another playbook file.
  const other = { schema: 'klausul.playbook/1', name: 'Imported one', rules: [{ category: 'breach_notification', attribute: 'deadline_hours', max: 12, severity: 'high' }] };
  await page.setInputFiles('#playbook-import', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.waitForFunction(() => /Imported one/.test(document.querySelector('[data-testid=playbook-status]').textContent));
  assert.equal(await page.locator('tr.pb-rule').count(), 1);
  await page.waitForSelector('[data-testid=playbook-b]');
  await page.waitForFunction(() => /Imported one/.test((document.querySelector('[data-testid=playbook-b]') || {}).textContent || ''), null, { timeout: 30000 });
  // Kept in this browser; switched off, the summary no longer names it.
  await page.reload();
  await page.waitForSelector('#example-pair');
  assert.match(await page.textContent('[data-testid=playbook-status]'), /in use: Imported one/);
  await openPlaybook(page);
  await page.uncheck('#playbook-on');
  await loadExamplePair(page);
  await page.waitForSelector('[data-testid=summary-b]');
  assert.equal(await page.locator('[data-testid=playbook-b]').count(), 0);
  await axe(page, 'playbook panel');
  await page.screenshot({ path: path.join(shots, 'playbook-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('deployment: playbook.json and standard.docx beside index.html are offered before any click', async ({ browser }) => {
  const cli = process.env.KLAUSUL_CLI;
  const dir = fs.mkdtempSync(path.join(out, 'deployed-'));
  fs.cpSync(dist, dir, { recursive: true });
  const org = { schema: 'klausul.playbook/1', name: 'Acme procurement', rules: [
    { category: 'breach_notification', attribute: 'deadline_hours', max: 24, severity: 'high' },
    { category: 'transfers', attribute: 'stance', allowed: ['instruction_only', 'prohibited'], severity: 'high' }] };
  fs.writeFileSync(path.join(dir, 'playbook.json'), JSON.stringify(org, null, 2));
  fs.copyFileSync(path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.docx'), path.join(dir, 'standard.docx'));
  const server = await startServer({ dir });
  try {
    const { context, page, errors } = await openPage(browser, server.url);
    await page.waitForSelector('#load-standard');
    assert.match(await page.textContent('#load-standard'), /Our standard: standard\.docx/);
    assert.match(await page.textContent('[data-testid=playbook-status]'), /in use: Acme procurement \(2 rules\)/);
    await page.click('#load-standard');
    await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
    await page.setInputFiles('#file-b', path.join(fixtures, 'marketing-bureau-databehandleraftale.pdf'));
    await page.waitForSelector('#results-title', { timeout: 30000 });
    await page.waitForSelector('[data-testid=pair-kind]', { timeout: 30000 });
    assert.match(await page.textContent('[data-testid=playbook-b]'), /deviations from Acme procurement/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = fs.readFileSync(await json.path(), 'utf8');
    const b = JSON.parse(exported).b;
    assert.equal(b.playbook.name, 'Acme procurement');
    assert.ok(b.findings.some((f) => f.id.startsWith('playbook:')), 'playbook:* findings in the JSON');
    if (cli && fs.existsSync(cli)) {
      const { execFileSync } = await import('node:child_process');
      const expected = execFileSync(cli, ['compare', path.join(dir, 'standard.docx'), path.join(fixtures, 'marketing-bureau-databehandleraftale.pdf'),
        '--format', 'json', '--playbook', path.join(dir, 'playbook.json')], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const norm = (j) => { const v = JSON.parse(j); v.b.document.name = v.a.document.name = ''; return JSON.stringify(v); };
      assert.equal(norm(exported), norm(expected), 'the same as klausul compare --playbook playbook.json');
    }
    // The user can switch the organisation's playbook off.
    await openPlaybook(page);
    await page.uncheck('#playbook-on');
    await page.waitForFunction(() => !document.querySelector('[data-testid=playbook-b]'), null, { timeout: 30000 });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('EU standard clauses as reference A: against a Danish DPA by category, against an English one clause by clause; its own findings not listed', async ({ browser, base }) => {
  for (const locale of ['en-GB', 'da-DK']) {
    const { context, page, errors } = await openPage(browser, base, { locale });
    await page.click('#load-reference');
    await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
    assert.match(await page.textContent('[data-testid=doc-a]'), /eu-scc-2021-915\.en\.txt/);
    await page.setInputFiles('#file-b', path.join(fixtures, 'marketing-bureau-databehandleraftale.docx'));
    await page.waitForSelector('[data-testid=pair-kind]', { timeout: 30000 });
    assert.match(await page.textContent('[data-testid=reference-note]'), /EUR-Lex/);
    assert.match(await page.textContent('[data-testid=languages-note]'), locale === 'en-GB' ? /category by category/ : /kategori for kategori/);
    assert.equal(await page.locator('#tab-redline').count(), 0, 'no clause redline across languages');
    await page.click('#tab-findings');
    assert.equal(await page.locator('li.finding[data-side=a]').count(), 0, "the reference's own findings are not listed");
    assert.ok(await page.locator('li.finding[data-side=b]').count() >= 1);
    // The other fixture too.
    await page.setInputFiles('#file-b', path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.pdf'));
    await page.waitForSelector('[data-testid=languages-note]', { timeout: 30000 });
    await page.waitForSelector('[data-testid=pair-kind]', { timeout: 30000 });
    assert.equal(await page.locator('.slot-error, [role=alert].error').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // An English supplier DPA is compared clause by clause.
  const { context, page, errors } = await openPage(browser, base);
  await page.click('#load-reference');
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  await page.setInputFiles('#file-b', path.join(root, 'tests/pairs/en-moved-split-merged/b.txt'));
  await page.waitForSelector('[data-testid=pair-kind]', { timeout: 30000 });
  assert.equal(await page.locator('[data-testid=languages-note]').count(), 0);
  assert.equal(await page.locator('#tab-redline').count(), 1);
  await page.screenshot({ path: path.join(shots, 'reference-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('portfolio: 40 files with a corrupt one and a non-DPA: 40 rows, one error, CSV and JSON equal to klausul review; sort, filter, open; axe clean', async ({ browser, base }) => {
  const cli = process.env.KLAUSUL_CLI;
  const dir = fs.mkdtempSync(path.join(out, 'portfolio-'));
  const names = [];
  const sources = fs.readdirSync(fixtures).filter((f) => /\.(txt|pdf|docx)$/.test(f)).sort();
  for (const f of sources) {
    fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
    names.push(f);
  }
  // More suppliers: the fixtures again under other names, up to 36 agreements.
  for (let i = 0; names.length < 36; i++) {
    const f = sources[i % sources.length];
    const n = `supplier-${String(i + 1).padStart(2, '0')}-${f}`;
    fs.copyFileSync(path.join(fixtures, f), path.join(dir, n));
    names.push(n);
  }
  for (const pair of ['en-moved-split-merged', 'da-inserted-section']) {
    const n = `${pair}.txt`;
    fs.copyFileSync(path.join(root, 'tests/pairs', pair, 'b.txt'), path.join(dir, n));
    names.push(n);
  }
  fs.writeFileSync(path.join(dir, 'broken.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41)]));
  fs.writeFileSync(path.join(dir, 'shopping-list, week 49.txt'), 'Milk, bread, "good" coffee and apples for the weekend.\nRemember the batteries.\n');
  names.push('broken.pdf', 'shopping-list, week 49.txt');
  const { context, page, errors } = await openPage(browser, base);
  // Heading for the file buttons starts the pool and its warm-up run (a bundled example), whose
  // row must not show.
  await page.click('#portfolio-title');
  await page.hover('.pf-drop');
  await page.waitForTimeout(1500);
  await page.setInputFiles('#portfolio-files', names.map((n) => path.join(dir, n)));
  const total = names.length;
  assert.equal(total, 40);
  await page.waitForFunction((t) => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent === `${t} of ${t} analysed`, total, { timeout: 120000 });
  assert.equal(await page.locator('tr.pf-row[data-status]').count(), total);
  assert.equal(await page.locator('tr.pf-row[data-status=error]').count(), 1);
  assert.equal(await page.locator('tr.pf-row[data-status=not_a_dpa]').count(), 1);
  assert.match(await page.textContent('tr.pf-row[data-file="broken.pdf"]'), /PDF/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#portfolio-export-csv')]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#portfolio-export-json')]);
  const jsonText = fs.readFileSync(await json.path(), 'utf8');
  assert.equal(JSON.parse(jsonText).documents.length, total);
  if (cli && fs.existsSync(cli)) {
    const { spawnSync } = await import('node:child_process');
    const run = (format) => spawnSync(path.resolve(cli), ['review', ...names, '--format', format], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    const c = run('csv');
    assert.equal(c.status, 2, 'the CLI exits 2: not every row is ok');
    assert.ok(csvText === c.stdout, 'CSV export equals klausul review --format csv');
    const j = run('json');
    assert.ok(jsonText === j.stdout, 'JSON export equals klausul review --format json');
  }
  // Sort by high findings, descending on a second click; filter; open a row as B.
  const high = page.locator('th[aria-sort] button', { hasText: 'findings_high' });
  await high.click();
  await high.click();
  assert.equal(await page.getAttribute('th:has(button:text-is("findings_high"))', 'aria-sort'), 'descending');
  const col = await page.evaluate(() => [...document.querySelectorAll('.pf-table thead th')].findIndex((th) => th.textContent === 'findings_high'));
  const highs = await page.$$eval(`.pf-table tbody tr[data-status=ok] > :nth-child(${col + 1})`, (tds) => tds.map((td) => Number(td.textContent || 0)));
  assert.deepEqual(highs, [...highs].sort((a, b) => b - a), 'sorted by high findings, descending');
  await page.fill('#portfolio-filter', 'broken');
  assert.equal(await page.locator('tr.pf-row[data-status]').count(), 1);
  await page.fill('#portfolio-filter', '');
  await page.click('tr.pf-row[data-file="marketing-bureau-databehandleraftale.docx"] th button');
  await page.waitForSelector('[data-testid=doc-b] .doc-chars', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-b]'), /marketing-bureau-databehandleraftale\.docx/);
  await axe(page, 'portfolio');
  await page.locator('#portfolio-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'portfolio-1440.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('portfolio: a file that crashes its worker and one that hangs it cost their own rows; the files posted behind them still get theirs', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await context.route('**/worker_loader.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: misbehavingWorkerLoader() }));
  await page.evaluate(() => localStorage.setItem('klausul.jobTimeoutMs', '2500'));
  await page.reload();
  await page.waitForSelector('#portfolio-files', { state: 'attached' });
  const text = fs.readFileSync(path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'));
  const files = ['a', 'crash', 'b', 'c', 'hang', 'd', 'e', 'f'].map((n) => ({ name: `${n}.txt`, mimeType: 'text/plain', buffer: text }));
  await page.setInputFiles('#portfolio-files', files);
  await page.waitForFunction(() => (document.querySelector('[data-testid=portfolio-progress]') || {}).textContent === '8 of 8 analysed', null, { timeout: 60000 });
  assert.equal(await page.locator('tr.pf-row[data-status=ok]').count(), 6);
  assert.equal(await page.locator('tr.pf-row[data-status=error]').count(), 2);
  assert.equal(await page.getAttribute('tr.pf-row[data-file="crash.txt"]', 'data-status'), 'error');
  assert.equal(await page.getAttribute('tr.pf-row[data-file="hang.txt"]', 'data-status'), 'error');
  assert.deepEqual(errors.filter((e) => !/simulated engine crash|klausul/.test(e)), []);
  await context.close();
});

test('one document alone gives a single review: summary, matrix, findings', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await page.setInputFiles('#file-a', path.join(fixtures, 'marketing-bureau-databehandleraftale.txt'));
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.match(await page.textContent('#results-title'), /Review/);
  assert.equal(await page.locator('[data-testid=summary-a]').count(), 1);
  assert.equal(await page.locator('[data-testid=summary-b]').count(), 0);
  assert.equal(await page.locator('tr[data-category]').count(), 24);
  assert.equal(await page.locator('#tab-redline').count(), 0);
  await page.click('#tab-findings');
  assert.ok(await page.locator('li.finding').count() > 0);
  // A single review exports Markdown and HTML too.
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  assert.match(fs.readFileSync(await md.path(), 'utf8'), /marketing-bureau-databehandleraftale/);
  const [ht] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  assert.match(fs.readFileSync(await ht.path(), 'utf8'), /^<!DOCTYPE html>/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('swap exchanges A and B and compares again; print gives the whole report without the controls', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  await loadExamplePair(page);
  await page.click('#swap');
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-a]'), /marketing-bureau/);
  assert.match(await page.textContent('[data-testid=doc-b]'), /smtp-dk/);
  assert.match(await page.textContent('[data-testid=summary-a]'), /marketing-bureau/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.input-panel'), false);
  assert.equal(await page.isVisible('.export'), false);
  assert.ok(await page.isVisible('.matrix'));
  // Whatever tab is open, the print has the matrix and the findings; the redline of two
  // different agreements only when it is the open tab.
  for (const panel of ['tabs.matrix', 'tabs.findings']) {
    assert.ok(await page.isVisible(`[data-panel="${panel}"]`), `${panel} printed`);
  }
  assert.ok(await page.locator('li.finding').first().isVisible());
  assert.equal(await page.isVisible('[data-panel="tabs.redline"]'), false, 'no redline of two agreements');
  await page.emulateMedia({ media: 'screen' });
  await page.click('#tab-redline');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('li.rl-row').first().isVisible(), 'the open redline is printed');
  await page.emulateMedia({ media: 'screen' });
  await page.click('#tab-matrix');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, 'print-1440.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('[data-panel="tabs.findings"]'), false, 'on screen only the open tab');
  assert.deepEqual(errors, []);
  await context.close();
});

test('drag and drop a file onto drop zone B; paste text into A', async ({ browser, base }) => {
  const { context, page, errors } = await openPage(browser, base);
  const text = fs.readFileSync(path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser-v2.txt'), 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'dropped-v2.txt', { type: 'text/plain' }));
    return d;
  }, text);
  await page.dispatchEvent('section.zone-b', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('section.zone-b', 'drop', { dataTransfer: dt });
  await page.waitForSelector('[data-testid=doc-b] .doc-chars', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-b]'), /dropped-v2\.txt/);
  await page.click('section.zone-a >> text=Paste text instead');
  await page.fill('#paste-a', fs.readFileSync(path.join(fixtures, 'smtp-dk-standardkontraktsbestemmelser.txt'), 'utf8'));
  await page.click('section.zone-a >> text=Use this text');
  await page.waitForSelector('[data-testid=doc-a] .doc-chars', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=doc-a]'), /pasted-a\.txt/);
  await page.waitForSelector('#results-title', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid=pair-kind]'), /two versions/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a second visit revalidates the files it has (304) instead of fetching them again', async ({ browser }) => {
  const own = await startServer({ dir: dist });
  try {
    const { context, page, errors } = await openPage(browser, own.url);
    await page.waitForSelector('#file-a', { state: 'attached' });
    const fetched = own.entries.length;
    await page.reload();
    await page.waitForSelector('#file-a', { state: 'attached' });
    const again = own.entries.slice(fetched);
    assert.ok(again.some((e) => e.url.endsWith('app_bg.wasm') && e.status === 304), 'the UI wasm is revalidated, not sent again');
    assert.ok(again.every((e) => e.status === 304 || e.status === 200 || OPTIONAL_DEPLOYED.test(e.url)), 'nothing missing');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await own.close();
  }
});

test('served from a sub-path: the app, its worker and the examples load relative to it', async ({ browser }) => {
  const sub = await startServer({ dir: dist, prefix: '/tools/klausul/' });
  try {
    const { context, page, errors } = await openPage(browser, sub.url);
    await loadExamplePair(page);
    assert.ok(await chars(page, 'b') > 10000);
    assert.deepEqual(sub.entries.filter((e) => e.status !== 200 && e.status !== 304 && !OPTIONAL_DEPLOYED.test(e.url)), [], 'every request found under the sub-path');
    assert.ok(sub.entries.every((e) => e.url.startsWith('/tools/klausul/')));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('language: Danish by switch, remembered after reload', async ({ browser, base }) => {
  const { context, page } = await openPage(browser, base);
  await page.click('button.lang-btn[lang=da]');
  assert.match(await page.textContent('#example-pair'), /eksempelparret/);
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await page.reload();
  await page.waitForSelector('#example-pair');
  assert.match(await page.textContent('#example-pair'), /eksempelparret/);
  await context.close();
});

test('keyboard: the example pair and the tabs work without a mouse', async ({ browser, base }) => {
  const { context, page } = await openPage(browser, base);
  await page.focus('#example-pair');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#results-title', { timeout: 30000 });
  await page.focus('#tab-search');
  await page.keyboard.press('Enter');
  await page.focus('#search-input');
  await page.keyboard.type('underdatabehandler');
  await page.waitForSelector('.hit mark');
  assert.ok(await page.locator('.hit').count() > 0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('#tab-matrix');
  await page.screenshot({ path: path.join(shots, 'matrix-390.png'), fullPage: false });
  await context.close();
});

// ---------------------------------------------------------------- runner

const server = await startServer({ dir: dist, log: path.join(out, 'access.log') });
fs.writeFileSync(path.join(out, 'access.log'), '');
const origin = new URL(server.url).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const timings = {};
let passed = 0;
let failed = 0;
for (const t of tests) {
  if (only && !t.name.includes(only)) continue;
  currentTest = t.name;
  const started = Date.now();
  try {
    await t.fn({ browser, base: server.url, timings });
    passed++;
    console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name}\n     ${String(e.stack || e).split('\n').slice(0, 8).join('\n     ')}`);
  }
}

// No request may leave the page's origin: neither in what Playwright saw nor in the server log.
currentTest = 'no request leaves the origin';
try {
  // Each page's own origin (the sub-path test has its own server); nothing else, ever.
  const foreign = seen.filter((r) => !r.url.startsWith(r.origin + '/') && !/^(data|blob):/.test(r.url));
  assert.deepEqual(foreign, [], 'requests to other origins');
  const seenPaths = new Set(seen.filter((r) => r.origin === origin).map((r) => { try { return new URL(r.url).pathname; } catch { return r.url; } }));
  const unseen = server.entries.filter((e) => !seenPaths.has(new URL(e.url, origin).pathname));
  assert.deepEqual(unseen, [], 'requests in the server log that Playwright did not see (e.g. /favicon.ico)');
  assert.ok((only || server.entries.length > 0) && server.entries.every((e) => e.host === new URL(origin).host));
  passed++;
  console.log(`ok   ${currentTest} (${seen.length} requests seen, ${server.entries.length} in the access log, all ${origin})`);
} catch (e) {
  failed++;
  console.log(`FAIL ${currentTest}\n     ${String(e.message || e).slice(0, 1500)}`);
}

await browser.close();
await server.close();
if (Object.keys(timings).length) console.log(`timings: ${JSON.stringify(timings)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
