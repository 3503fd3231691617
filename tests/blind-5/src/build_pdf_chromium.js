// Rebuild da-en-klientportal-appendices.pdf (tests/blind-5) from da-en-klientportal-appendices.html.
//   node build_pdf_chromium.js      (run anywhere; needs Chromium at /usr/bin/chromium and playwright-core,
//                                    PLAYWRIGHT_CORE may point at another copy)
// Chromium prints the page with a running header and a "Side N af M" footer; the two English
// appendices start on a new page and are HTML tables.
const path = require('path');
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/work/main/node_modules/playwright-core');

const small = 'font-size:8px;font-family:DejaVu Sans,Arial,sans-serif;color:#444;width:100%;padding:0 20mm;';
const doc = {
  src: 'da-en-klientportal-appendices.html',
  out: '../da-en-klientportal-appendices.pdf',
  header: `<div style="${small}display:flex;justify-content:space-between;"><span>Klientrum ApS</span><span>Databehandleraftale – Hvidbjerg Revision ApS</span></div>`,
  footer: `<div style="${small}text-align:center;">Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>`,
};

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(fs.readFileSync(path.join(__dirname, doc.src), 'utf8'), { waitUntil: 'load' });
    await page.pdf({
      path: path.join(__dirname, doc.out),
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: doc.header,
      footerTemplate: doc.footer,
      margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
    });
    await page.close();
    console.log('wrote', doc.out);
  } finally {
    await browser.close();
  }
})();
