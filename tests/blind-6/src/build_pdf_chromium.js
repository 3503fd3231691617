// Rebuild da-tandklinik-listenumre.pdf (tests/blind-6) from da-tandklinik-listenumre.html.
//   node build_pdf_chromium.js      (needs Chromium at /usr/bin/chromium and playwright-core;
//                                    PLAYWRIGHT_CORE may point at another copy)
// Every clause number is an HTML list marker (<ol> nested in <ol>, ::marker content "1." and
// "1.1"), so the numbers are not part of the clause text; a hanging indent puts them left of the body.
const path = require('path');
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/work/main/node_modules/playwright-core');

const small = 'font-size:8px;font-family:Liberation Sans,Arial,sans-serif;color:#444;width:100%;padding:0 20mm;';
const doc = {
  src: 'da-tandklinik-listenumre.html',
  out: '../da-tandklinik-listenumre.pdf',
  header: `<div style="${small}text-align:right;">Smilnet ApS – Databehandleraftale (tandklinikker), v. 4</div>`,
  footer: `<div style="${small}text-align:center;"><span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
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
      margin: { top: '22mm', bottom: '20mm', left: '22mm', right: '22mm' },
    });
    await page.close();
    console.log('wrote', doc.out);
  } finally {
    await browser.close();
  }
})();
