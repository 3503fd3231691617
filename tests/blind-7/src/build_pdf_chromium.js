// Rebuild the Chromium PDFs of tests/blind-7.
//   node build_pdf_chromium.js      (needs Chromium at /usr/bin/chromium and playwright-core;
//                                    PLAYWRIGHT_CORE may point at another copy)
// en-ferntide-scc-annexes.pdf: justified C059 (URW Century Schoolbook, OTF; Chromium draws ff, fi, ffi as ligature glyphs), annexes in the EU SCC layout,
// Annex III as an HTML table; header and footer templates.
const path = require('path');
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/work/main/node_modules/playwright-core');

const small = 'font-size:8px;font-family:C059,serif;color:#444;width:100%;padding:0 20mm;';
const docs = [{
  src: 'en-ferntide-scc-annexes.html',
  out: '../en-ferntide-scc-annexes.pdf',
  header: `<div style="${small}text-align:left;">Ferntide Labs Oy · Data Processing Addendum · v3.2</div>`,
  footer: `<div style="${small}text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
}];

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const doc of docs) {
      const page = await browser.newPage();
      await page.setContent(fs.readFileSync(path.join(__dirname, doc.src), 'utf8'), { waitUntil: 'load' });
      await page.pdf({
        path: path.join(__dirname, doc.out), format: 'A4', displayHeaderFooter: true,
        headerTemplate: doc.header, footerTemplate: doc.footer,
        margin: { top: '20mm', bottom: '18mm', left: '22mm', right: '22mm' },
      });
      await page.close();
      console.log('wrote', doc.out);
    }
  } finally {
    await browser.close();
  }
})();
