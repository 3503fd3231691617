// Print the Chromium PDF of tests/blind-8.
//   node build_pdf_chromium.js      (needs Chromium at /usr/bin/chromium and playwright-core;
//                                    PLAYWRIGHT_CORE may point at another copy)
// sv-skolpulsen-tvaspalt.pdf: two newspaper-style columns (CSS columns), justified, soft hyphens from
// pyphen placed by build_html_sv.py (which runs this script until only the soft hyphens at actual
// line breaks are left), header and footer templates.
const path = require('path');
const fs = require('fs');
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/work/main/node_modules/playwright-core');

const small = 'font-size:7.5px;font-family:DejaVu Sans,sans-serif;color:#555;width:100%;padding:0 16mm;';
const docs = [{
  src: 'sv-skolpulsen-tvaspalt.html',
  out: '../sv-skolpulsen-tvaspalt.pdf',
  header: `<div style="${small}text-align:left;">Personuppgiftsbiträdesavtal – Friskolan Ekbacken AB / Skolpulsen AB</div>`,
  footer: `<div style="${small}text-align:center;">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>`,
}];

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--font-render-hinting=none', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const doc of docs) {
      const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(fs.readFileSync(path.join(__dirname, doc.src), 'utf8'), { waitUntil: 'load' });
      await page.pdf({
        path: path.join(__dirname, doc.out), format: 'A4', displayHeaderFooter: true, preferCSSPageSize: true,
        headerTemplate: doc.header, footerTemplate: doc.footer,
      });
      await page.close();
      console.log('wrote', doc.out);
    }
  } finally {
    await browser.close();
  }
})();
