// Rebuild the three PDFs of tests/blind-4 from the HTML sources in this folder.
//   node build_pdfs.js            (run from tests/blind-4/src; needs Chromium at /usr/bin/chromium)
// The Danish source is first given soft hyphens: python3 soft_hyphens.py da-rekrutto-romertal.html
// da-rekrutto-romertal.shy.html (the .shy.html output is kept here, so pyphen is only needed to
// regenerate it). Only the soft hyphens that fall at a line end are kept, as hard hyphens ("behand-" /
// "lingen"), as a word processor's automatic hyphenation would leave them; all others are removed
// before printing, so the text layer has no soft hyphens inside words. The body is laid out at the
// printed width (170 mm), so the line breaks measured on screen are those of the PDF.
const path = require('path');
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/work/main/node_modules/playwright-core');

const small = 'font-size:8px;font-family:DejaVu Sans,Arial,sans-serif;color:#444;width:100%;padding:0 18mm;';
const docs = [
  {
    src: 'da-rekrutto-romertal.shy.html',
    lineEndHyphensOnly: true,
    out: '../da-rekrutto-romertal.pdf',
    header: `<div style="${small}display:flex;justify-content:space-between;"><span>Rekrutto ApS</span><span>Databehandleraftale · version 3.2 · januar 2025</span></div>`,
    footer: `<div style="${small}text-align:center;">Fortroligt – Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>`,
  },
  {
    src: 'de-kursplan-ziffer-anlagen.html',
    out: '../de-kursplan-ziffer-anlagen.pdf',
    header: `<div style="${small}text-align:right;">Kursplan Software GmbH – Auftragsverarbeitungsvertrag – Version 4.1 (Stand 02/2025)</div>`,
    footer: `<div style="${small}display:flex;justify-content:space-between;"><span>Vertraulich</span><span>Seite <span class="pageNumber"></span> von <span class="totalPages"></span></span></div>`,
  },
  {
    src: 'no-tavla-punkt-vedlegg.html',
    out: '../no-tavla-punkt-vedlegg.pdf',
    header: `<div style="${small}text-align:left;">Fjordvik kommune · Databehandleravtale Tavla Skole · versjon 2.0</div>`,
    footer: `<div style="${small}text-align:right;">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>`,
  },
];

// Runs in the page: turn soft hyphens at line ends into '-', drop all others, then check.
function keepLineEndHyphens() {
  const SHY = '\u00ad';
  // top of the line a character is on; a range right after a soft line break also reports an empty
  // rect at the end of the previous line, so take the lowest of its rects
  const top = (node, i) => {
    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    return Math.max(...[...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.top), -1);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) if (walker.currentNode.data.includes(SHY)) nodes.push(walker.currentNode);
  const keepSets = nodes.map((node) => {
    const s = node.data, keep = new Set();
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== SHY) continue;
      let a = i - 1; while (a >= 0 && s[a] === SHY) a--;
      let b = i + 1; while (b < s.length && s[b] === SHY) b++;
      if (a >= 0 && b < s.length && top(node, b) > top(node, a) + 2) keep.add(i);
    }
    return keep;
  });
  const heightsBefore = [...document.querySelectorAll('p, h1, h2')].map((e) => e.getBoundingClientRect().height);
  let kept = 0;
  const placed = [];
  nodes.forEach((node, k) => {
    let out = '';
    for (let i = 0; i < node.data.length; i++) {
      const c = node.data[i];
      if (c !== SHY) out += c;
      else if (keepSets[k].has(i)) { placed.push([node, out.length]); out += '-'; kept++; }
    }
    node.data = out;
  });
  const misplaced = [];
  for (const [node, i] of placed) {
    if (!(top(node, i + 1) > top(node, i) + 2)) misplaced.push(node.data.slice(Math.max(0, i - 12), i + 12));
  }
  const heightsAfter = [...document.querySelectorAll('p, h1, h2')].map((e) => e.getBoundingClientRect().height);
  const changed = heightsAfter.filter((h, i) => Math.abs(h - heightsBefore[i]) > 0.5).length;
  if (changed) misplaced.push(changed + ' blocks changed height');
  return { kept, misplaced };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const d of docs) {
      const page = await browser.newPage();
      await page.setContent(fs.readFileSync(path.join(__dirname, d.src), 'utf8'), { waitUntil: 'load' });
      if (d.lineEndHyphensOnly) {
        const report = await page.evaluate(keepLineEndHyphens);
        console.log(d.src, report);
        if (report.misplaced.length) throw new Error('hyphens not at line ends: ' + report.misplaced.join(', '));
      }
      await page.pdf({
        path: path.join(__dirname, d.out),
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: d.header,
        footerTemplate: d.footer,
        margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
      });
      await page.close();
      console.log('wrote', d.out);
    }
  } finally {
    await browser.close();
  }
})();
