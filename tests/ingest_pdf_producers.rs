//! PDFs of our own text from more than one producer (issue 14): headless Chromium ("Save as
//! PDF": CID TrueType fonts, Identity-H, with width ranges in /W), two font families, a
//! two-column page, a sub-processor table and lists with drawn bullets; LibreOffice headless (simple TrueType fonts); and
//! groff (Type 1 fonts, justified, hyphenated lines); wkhtmltopdf (Qt); ReportLab (the standard
//! Helvetica, not embedded, WinAnsi without a ToUnicode map); pdfLaTeX (no space characters,
//! words placed by position, Norwegian hyphenation); and WeasyPrint (CSS-numbered clauses, lines
//! hyphenated with U+2010, a footnote, running header and "Side N af M", a table whose cells
//! wrap; and an American SaaS addendum in English); Tesseract (the WeasyPrint page scanned and
//! read back by OCR); and Ghostscript's pdfwrite (three of them rewritten: lines shown with `'`,
//! ligatures mapped in UTF-16LE). Made by
//! scripts/producer-pdfs from
//! tests/fixtures/producers/*.html, groff-en.ms, reportlab-sv.py and latex-no.py; `*.expected.txt`
//! is the pages' text in reading order (for groff-en, the .ms text with the section numbers
//! groff gives it; for qt-da, the page's text with the numbers of its ordered lists).

use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/producers")
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Share of `want`'s words found in `got` in the same order (longest common subsequence).
fn in_order(want: &[String], got: &[String]) -> f64 {
    let mut row = vec![0usize; got.len() + 1];
    for w in want {
        let mut diag = 0;
        for (j, g) in got.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if w == g { diag + 1 } else { row[j + 1].max(row[j]) };
            diag = up;
        }
    }
    row[got.len()] as f64 / want.len().max(1) as f64
}

fn extract(pdf: &str) -> String {
    let path = dir().join(pdf);
    klausul::ingest(&std::fs::read(&path).unwrap(), pdf).unwrap_or_else(|e| panic!("{pdf}: {e}")).text
}

#[test]
fn every_producer_keeps_the_words_whole_and_in_order() {
    for (pdf, expected, at_least) in [
        ("fonts-en-da.chromium.pdf", "fonts-en-da.expected.txt", 0.99),
        ("fonts-en-da.libreoffice.pdf", "fonts-en-da.expected.txt", 0.99),
        ("columns-table-da.chromium.pdf", "columns-table-da.expected.txt", 0.97),
        ("footer-de.chromium.pdf", "footer-de.expected.txt", 0.99),
        ("groff-en.groff.pdf", "groff-en.expected.txt", 0.99),
        ("qt-da.wkhtmltopdf.pdf", "qt-da.expected.txt", 0.99),
        ("reportlab-sv.reportlab.pdf", "reportlab-sv.expected.txt", 0.99),
        ("latex-no.pdflatex.pdf", "latex-no.expected.txt", 0.99),
        ("unnumbered-en.chromium.pdf", "unnumbered-en.expected.txt", 0.99),
        ("weasy-da.weasyprint.pdf", "weasy-da.expected.txt", 0.99),
        ("weasy-en.weasyprint.pdf", "weasy-en.expected.txt", 0.99),
        ("columns-en.reportlab.pdf", "columns-en.expected.txt", 0.99),
        ("bullets-sv.chromium.pdf", "bullets-sv.expected.txt", 0.99),
        // weasy-da printed, scanned at 300 dpi and read back by Tesseract (its text layer only):
        // every word right, the annex table's cells in a different order.
        ("ocr-da.tesseract.pdf", "weasy-da.expected.txt", 0.98),
        // ReportLab's and groff's PDFs rewritten by Ghostscript: every line moved to with `'`.
        ("reportlab-sv.ghostscript.pdf", "reportlab-sv.expected.txt", 0.99),
        ("groff-en.ghostscript.pdf", "groff-en.expected.txt", 0.99),
        // WeasyPrint's ligatures ("fi" in "specifik") as Ghostscript maps them: UTF-16LE.
        ("weasy-da.ghostscript.pdf", "weasy-da.expected.txt", 0.99),
    ] {
        let text = extract(pdf);
        let want = words(&std::fs::read_to_string(dir().join(expected)).unwrap());
        let got = words(&text);
        let share = in_order(&want, &got);
        assert!(share >= at_least, "{pdf}: {:.1} % of the words in order\n{text}", share * 100.0);
        // No word cut in two: every extracted word is a word of the source.
        let cut: Vec<&String> = got.iter().filter(|w| !want.contains(w)).collect();
        assert!(cut.is_empty(), "{pdf}: words not in the source: {cut:?}");
    }
}

#[test]
fn weasyprint_hyphens_footnotes_and_wrapped_cells() {
    let text = extract("weasy-da.weasyprint.pdf");
    // Lines hyphenated with U+2010 are joined; the clause that runs on to the next page is whole,
    // without the footnote at the foot of the page or its call glued to a word.
    assert!(!text.contains('\u{2010}'), "{text}");
    assert!(text.contains("uden unødig forsinkelse og senest 24 timer efter at være blevet opmærksom på et brud på persondatasikkerheden, så den"), "{text}");
    assert!(text.contains("databeskyttelsesforordningen eller anden"), "{text}");
    assert!(!text.contains("Europa-Parlamentets"), "{text}");
    // Cells that wrap (line height 1.35, padding between rows) stay in their row.
    assert!(text.contains("Supportpartner ApS | Havnegade 4, 5000 Odense C | Andenlinjesupport | Danmark"), "{text}");
    let report = klausul::analyze(&klausul::ingest(&std::fs::read(dir().join("weasy-da.weasyprint.pdf")).unwrap(), "weasy-da.pdf").unwrap());
    let listed = &report.categories[&klausul::Category::SubProcessors].attributes["listed"];
    assert_eq!(serde_json::to_value(listed).unwrap(), serde_json::json!([{"name": "Nordisk Datacenter A/S", "location": "Danmark"}, {"name": "Supportpartner ApS", "location": "Danmark"}]));
}

/// An American SaaS addendum from WeasyPrint (Letter, uppercase headings, "fifteen (15)" broken
/// before the figures): every clause and the values a reviewer looks for.
#[test]
fn weasyprint_saas_addendum() {
    let text = extract("weasy-en.weasyprint.pdf");
    assert!(text.contains("at least fifteen (15) days before"), "{text}");
    let a = klausul::analyze(&klausul::ingest(&std::fs::read(dir().join("weasy-en.weasyprint.pdf")).unwrap(), "weasy-en.pdf").unwrap());
    let ids: Vec<&str> = a.clauses.iter().map(|c| c.id.as_str()).filter(|id| id.contains('.')).collect();
    assert_eq!(ids, ["1.1", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2", "6.1", "7.1", "8.1", "9.1", "10.1"]);
    let value = |c: klausul::Category, name: &str| serde_json::to_value(&a.categories[&c].attributes[name]).unwrap();
    use klausul::Category::*;
    assert_eq!(value(SubProcessors, "notice_days"), serde_json::json!(15));
    assert_eq!(value(BreachNotification, "deadline_hours"), serde_json::json!(72));
    assert_eq!(value(Transfers, "stance"), serde_json::json!("general_authorisation"));
    let findings: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    for id in ["transfer_general_authorisation", "processor_anonymisation_reuse", "assistance_paid", "sub_processor_objection_restricted"] {
        assert!(findings.contains(&id), "{id} missing: {findings:?}");
    }
}

/// A scanned agreement's OCR text layer (Tesseract's invisible GlyphLessFont words, each placed
/// and stretched on its own) reads as the born-digital PDF does: the same clauses and the same
/// values.
#[test]
fn an_ocr_text_layer_reads_as_the_original() {
    let read = |pdf: &str| klausul::analyze(&klausul::ingest(&std::fs::read(dir().join(pdf)).unwrap(), pdf).unwrap());
    let (scan, born) = (read("ocr-da.tesseract.pdf"), read("weasy-da.weasyprint.pdf"));
    let ids = |a: &klausul::Analysis| a.clauses.iter().map(|c| c.id.clone()).filter(|id| !id.starts_with("Bilag")).collect::<Vec<_>>();
    assert_eq!(ids(&scan), ids(&born));
    assert_eq!(ids(&scan).len(), 19, "{:?}", ids(&scan));
    for cat in [klausul::Category::BreachNotification, klausul::Category::Audits, klausul::Category::DeletionReturn] {
        assert_eq!(scan.categories[&cat].attributes, born.categories[&cat].attributes, "{cat}");
    }
}

/// Chromium draws the bullets of `<ul>` lists (discs, squares) as shapes, with no character in
/// the text layer: each item is still its own line, and the sub-processors listed that way are
/// three, with their places.
#[test]
fn drawn_bullets_keep_list_items_apart() {
    let text = extract("bullets-sv.chromium.pdf");
    for item in ["Kryptering av personuppgifter vid överföring och lagring", "Tvåfaktorsautentisering för all administrativ åtkomst till systemet", "Molnhallen Drift AB, Luleå, Sverige – drift och lagring", "Textbud Norden AB, Malmö, Sverige – sms-utskick till vårdnadshavare"] {
        assert!(text.lines().any(|l| l == item), "{item:?} not a line of its own:\n{text}");
    }
    let a = klausul::analyze(&klausul::ingest(&std::fs::read(dir().join("bullets-sv.chromium.pdf")).unwrap(), "bullets-sv.pdf").unwrap());
    let listed = serde_json::to_value(&a.categories[&klausul::Category::SubProcessors].attributes["listed"]).unwrap();
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Molnhallen Drift AB", "Textbud Norden AB", "Tessaly Support Pvt. Ltd."], "{listed}");
}

#[test]
fn digits_in_cid_width_ranges_stay_together() {
    // Chromium gives the digits of DejaVu Serif one width as a range (`20 25 636`): "24", "32".
    let text = extract("columns-table-da.chromium.pdf");
    assert!(text.contains("senest 24 timer") && text.contains("artikel 32,"), "{text}");
}

#[test]
fn two_columns_are_read_column_by_column() {
    let text = extract("columns-table-da.chromium.pdf");
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s:?} missing:\n{text}"));
    let items: Vec<usize> = ["1. Databehandleren behandler", "2. Databehandleren sikrer", "3. Databehandleren gennemfører", "4. Databehandleren underretter", "5. Ved ophør", "6. Databehandleren stiller"].iter().map(|s| at(s)).collect();
    assert!(items.windows(2).all(|w| w[0] < w[1]), "items out of order:\n{text}");
    // Item 1 is whole: its last words follow its first ones directly.
    assert!(text.contains("herunder for så vidt angår overførsel af personoplysninger"), "{text}");
}

/// Two columns whose baselines do not line up (headings with space before them): no line is a
/// two-cell table, and the last page, whose right column holds one line, keeps the columns of the
/// page before.
#[test]
fn two_columns_out_of_step_and_a_last_short_column() {
    let text = extract("columns-en.reportlab.pdf");
    assert!(!text.contains(" | "), "{text}");
    for clause in ["2.2 The Processor shall tell the Controller at once if, in its opinion, an instruction infringes the General Data Protection Regulation.", "7.1 The Processor assists the Controller by appropriate measures in responding to requests from data subjects who exercise their rights under Chapter III.", "11.1 This agreement is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction."] {
        assert!(text.contains(clause), "{clause:?} missing:\n{text}");
    }
    let doc = klausul::ingest(&std::fs::read(dir().join("columns-en.reportlab.pdf")).unwrap(), "columns-en.pdf").unwrap();
    let ids: Vec<String> = klausul::segment::segment(&doc).into_iter().map(|c| c.id).filter(|id| !id.contains(' ')).collect();
    let want: Vec<String> = (1..=11).flat_map(|n| [n.to_string(), format!("{n}.1")]).collect();
    assert!(want.iter().all(|w| ids.contains(w)), "{ids:?}");
}

#[test]
fn a_table_gives_one_line_per_row_with_its_cells_apart() {
    let text = extract("columns-table-da.chromium.pdf");
    // Table rows reach the document as paragraphs of cells joined by ` | `.
    for row in ["Navn | Ydelse | Lokation", "Nordhost ApS | Hosting og drift | Danmark", "Mailflow Ltd | Afsendelse af e-mails | Irland", "Supportdesk Inc. | Kundeservice | USA"] {
        assert!(text.lines().any(|l| l.trim() == row), "{row} missing:\n{text}");
    }
    // And the engine reads the sub-processors from it, name and place per row.
    let doc = klausul::ingest(&std::fs::read(dir().join("columns-table-da.chromium.pdf")).unwrap(), "t.pdf").unwrap();
    let a = klausul::analyze(&doc);
    let listed = serde_json::to_value(&a.categories[&klausul::Category::SubProcessors].attributes["listed"]).unwrap();
    assert_eq!(
        listed,
        serde_json::json!([
            {"name": "Nordhost ApS", "location": "Danmark"},
            {"name": "Mailflow Ltd", "location": "Irland"},
            {"name": "Supportdesk Inc.", "location": "USA"}
        ])
    );
}

/// A footer of company details in three boxes side by side, which the reader sets on one line
/// of over 160 characters, with "Seite 2 / 3" at its end: furniture, because it recurs on every
/// page, and the sentences that run on over a page break are whole again.
#[test]
fn a_long_footer_on_every_page_is_furniture() {
    let text = extract("footer-de.chromium.pdf");
    for word in ["Registergericht", "IBAN", "Geschäftsführer", "Seite"] {
        assert!(!text.contains(word), "footer word {word:?} left in\n{text}");
    }
    let want = std::fs::read_to_string(dir().join("footer-de.expected.txt")).unwrap();
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in want.lines() {
        assert!(paragraphs.contains(&line), "paragraph not whole: {line}\n{text}");
    }
}

/// groff sets a section's number on a line of its own ("1. Scope and duration" / "1.1." / the
/// text), hyphenates at line ends ("Analyt-" / "ics") and repeats a header and a page number on
/// every page: each numbered paragraph is its own clause, the words are whole and no furniture
/// is left.
#[test]
fn groff_numbers_on_their_own_line_start_their_clauses() {
    let doc = klausul::ingest(&std::fs::read(dir().join("groff-en.groff.pdf")).unwrap(), "groff-en.pdf").unwrap();
    let analysis = klausul::analyze(&doc);
    let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
    for id in ["1", "1.1", "1.2", "2.1", "2.2", "5.2", "11.2", "Annex 1", "Annex 1 12.1", "Annex 1 15.1"] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
    let of = |id: &str| analysis.clauses.iter().find(|c| c.id == id).unwrap();
    assert!(of("1").text.ends_with("Scope and duration"), "{:?}", of("1").text);
    assert!(of("1.1").text.contains("Northwind Analytics Ltd carries out") && of("1.1").text.contains("hosted customer-analytics platform"), "{:?}", of("1.1").text);
    assert!(!doc.text.contains("Page ") && !doc.text.contains("Ltd Data Processing Agreement"), "furniture left:\n{}", doc.text);
}

/// wkhtmltopdf (Qt) sets each ordered list's numbers as list markers that restart under every
/// heading ("2. Instruks" / "1. Databehandleren …"): they nest under the section, the table of
/// sub-processors is read row by row, and the agreement's stances are read from the PDF as from
/// the page.
#[test]
fn qt_ordered_lists_nest_under_their_sections() {
    let doc = klausul::ingest(&std::fs::read(dir().join("qt-da.wkhtmltopdf.pdf")).unwrap(), "qt-da.pdf").unwrap();
    let analysis = klausul::analyze(&doc);
    let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
    for id in ["1", "1.1", "1.2", "2.2", "5.3", "8.2", "10.1"] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
    let sub = &analysis.categories[&klausul::Category::SubProcessors].attributes;
    assert_eq!(sub["authorisation"], klausul::Value::Text("general".into()));
    assert_eq!(sub["notice_days"], klausul::Value::Number(30));
    let klausul::Value::Parties(listed) = &sub["listed"] else { panic!("{:?}", sub["listed"]) };
    assert_eq!(listed.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Nordlager ApS", "Postbud Mail AB"]);
    let breach = &analysis.categories[&klausul::Category::BreachNotification].attributes;
    assert_eq!(breach["deadline_hours"], klausul::Value::Number(24));
}

/// ReportLab (a Swedish agreement in the standard Helvetica, not embedded: WinAnsi codes and no
/// ToUnicode map, so å, ä, ö come from the encoding alone) sets each clause number apart in a
/// hanging indent, justifies the text and draws a header and "Sida N" on every page: the
/// clauses keep their numbers, no furniture is left, and the agreement's stances are read.
#[test]
fn reportlab_standard_fonts_and_hanging_numbers() {
    let doc = klausul::ingest(&std::fs::read(dir().join("reportlab-sv.reportlab.pdf")).unwrap(), "reportlab-sv.pdf").unwrap();
    assert_eq!(doc.language, Some(klausul::Lang::Sv));
    assert!(!doc.text.contains("Sida ") && !doc.text.contains("Molnkassa Sverige AB ·"), "furniture left:\n{}", doc.text);
    let analysis = klausul::analyze(&doc);
    let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
    for id in ["1", "1.1", "1.2", "4.1", "5.3", "7.2", "10.1", "Bilaga 1"] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
    let sub = &analysis.categories[&klausul::Category::SubProcessors].attributes;
    assert_eq!(sub["authorisation"], klausul::Value::Text("general".into()));
    assert_eq!(sub["objection_right"], klausul::Value::Text("free".into()));
    assert_eq!(sub["notice_days"], klausul::Value::Number(30));
    let klausul::Value::Parties(listed) = &sub["listed"] else { panic!("{:?}", sub["listed"]) };
    assert_eq!(listed.iter().map(|p| (p.name.as_str(), p.location.as_deref())).collect::<Vec<_>>(), [("Nordlager AB", Some("Sverige")), ("Ticketdesk Ltd", Some("Irland"))]);
    let attr = |c: klausul::Category, a: &str| analysis.categories[&c].attributes[a].clone();
    assert_eq!(attr(klausul::Category::BreachNotification, "deadline_hours"), klausul::Value::Number(36));
    assert_eq!(attr(klausul::Category::Audits, "cost_bearer"), klausul::Value::Text("shared".into()));
    assert_eq!(attr(klausul::Category::Transfers, "mechanism"), klausul::Value::Text("scc".into()));
}

/// pdfLaTeX writes no space characters (each word is placed by position), hyphenates justified
/// lines by the Norwegian patterns ("personopp- / lysninger"), sets "fi"/"ff" as ligatures, puts a
/// quad between a section's number and title, and repeats a header and "Side N": the words come
/// out whole and spaced, every clause keeps its number, and the stances are read.
#[test]
fn pdflatex_words_without_spaces_and_norwegian_hyphenation() {
    let doc = klausul::ingest(&std::fs::read(dir().join("latex-no.pdflatex.pdf")).unwrap(), "latex-no.pdf").unwrap();
    assert_eq!(doc.language, Some(klausul::Lang::No));
    for joined in ["personopplysninger på vegne av", "i strid med personvernforordningen, skal", "effektive."] {
        assert!(doc.text.contains(joined), "{joined:?} missing:\n{}", doc.text);
    }
    assert!(!doc.text.contains("Side ") && !doc.text.contains("Fjordsky AS – Databehandleravtale"), "furniture left:\n{}", doc.text);
    let analysis = klausul::analyze(&doc);
    let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
    for id in ["1", "1.1", "1.2", "2.2", "4.1", "7.1", "10.1", "Vedlegg 1"] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
    let attr = |c: klausul::Category, a: &str| analysis.categories[&c].attributes[a].clone();
    use klausul::Category::*;
    assert_eq!(attr(SubProcessors, "authorisation"), klausul::Value::Text("specific".into()));
    assert_eq!(attr(BreachNotification, "deadline_hours"), klausul::Value::Number(48));
    assert_eq!(attr(Transfers, "stance"), klausul::Value::Text("instruction_only".into()));
    assert_eq!(attr(Costs, "assistance_paid"), klausul::Value::Bool(true));
    assert_eq!(attr(Audits, "cost_bearer"), klausul::Value::Text("controller".into()));
    assert_eq!(attr(DeletionReturn, "confirmation"), klausul::Value::Bool(true));
}

/// An agreement without clause numbers, its headings set only by size and weight, with a signing
/// service's envelope ID in the top margin of every page: the ID is furniture, each heading
/// starts a clause named by it, and the annex's inline lists end on their own lines.
#[test]
fn unnumbered_headings_and_an_envelope_id_on_every_page() {
    let doc = klausul::ingest(&std::fs::read(dir().join("unnumbered-en.chromium.pdf")).unwrap(), "unnumbered-en.pdf").unwrap();
    assert!(!doc.text.contains("Envelope ID"), "furniture left:\n{}", doc.text);
    let analysis = klausul::analyze(&doc);
    let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["Data Processing Addendum", "Scope and Roles", "Customer Instructions", "Personnel", "Security", "Sub-processors", "International Transfers", "Security Incidents", "Assistance", "Audits", "Return and Deletion", "Annex 1", "Annex 1 ¶2", "Annex 1 ¶3"]
    );
    let attr = |c: klausul::Category, a: &str| serde_json::to_value(&analysis.categories[&c].attributes[a]).unwrap();
    use klausul::Category::*;
    assert_eq!(attr(Scope, "data_types"), serde_json::json!(["names", "email addresses", "open and click events"]));
    assert_eq!(attr(SubProcessors, "objection_right"), serde_json::json!("restricted"));
    assert_eq!(attr(Transfers, "stance"), serde_json::json!("general_authorisation"));
    assert_eq!(attr(ProcessorOwnUse, "anonymisation"), serde_json::json!(true));
}

/// Chromium tables whose cells all wrap (tests/fixtures/producers/tables-en.html): a table of
/// measures with a label and a value per row, and a sub-processor table in which every row takes
/// two lines. Each row is read whole, its cells in order.
#[test]
fn tables_whose_every_row_wraps_are_read_row_by_row() {
    let text = extract("tables-en.chromium.pdf");
    for row in [
        "Area | Measures",
        "Physical access control | Data centre with badge readers, visitor log and video surveillance of all entrances and server rooms",
        "Logging | Every administrative access is logged; the logs are kept for 180 days and then deleted",
        "Separation | Separate database per customer",
        "Company | Location of processing | Service",
        "Northgate Hosting Limited | Manchester, United Kingdom | Hosting of the application and its databases in a dedicated environment",
        "Mailrelay Europe GmbH | Frankfurt am Main, Germany | Sending appointment reminders and receipts to patients by e-mail",
    ] {
        assert!(text.lines().any(|l| l.trim_matches(|c| c == '|' || c == ' ') == row), "{row}\n{text}");
    }
    // Numbered paragraphs are no table.
    assert!(text.contains("2. The Processor shall inform the Controller of any intended change to Annex 3 at least 30 days in advance."), "{text}");
    let report = klausul::analyze(&klausul::ingest(&std::fs::read(dir().join("tables-en.chromium.pdf")).unwrap(), "tables-en.pdf").unwrap());
    let listed = &report.categories[&klausul::Category::SubProcessors].attributes["listed"];
    assert_eq!(
        serde_json::to_value(listed).unwrap(),
        serde_json::json!([
            {"name": "Northgate Hosting Limited", "location": "Manchester, United Kingdom"},
            {"name": "Quayside Backup Services BV", "location": "Amsterdam, the Netherlands"},
            {"name": "Mailrelay Europe GmbH", "location": "Frankfurt am Main, Germany"}
        ])
    );
    let days = &report.categories[&klausul::Category::Retention].attributes["days"];
    assert_eq!(serde_json::to_value(days).unwrap(), serde_json::json!(180));
}
