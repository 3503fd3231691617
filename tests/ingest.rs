//! Ingest: the fixtures in every format, generated documents, and every bad input.

use std::io::Write;

use klausul::ingest::{looks_like_dpa, MAX_INPUT_BYTES, NOT_A_DPA};
use klausul::{ingest, Document, IngestErrorKind, ParagraphKind};
use proptest::prelude::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn read(name: &str) -> Document {
    ingest(&fixture(name), name).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// Share of words two texts have in common, in order: 2·(matched words) / (words in a + words
/// in b), matched along a longest common subsequence (similar's Myers diff).
fn word_ratio(a: &str, b: &str) -> f32 {
    let (a, b) = (words(a), words(b));
    similar::TextDiff::configure().algorithm(similar::Algorithm::Myers).diff_slices(&a, &b).ratio()
}

/// Words ending in a hyphen that are not "tekniske- og"-style elisions: undone hyphenation.
fn dangling_hyphens(text: &str) -> Vec<String> {
    let w = words(text);
    w.windows(2)
        .filter(|p| p[0].len() > 1 && p[0].ends_with('-') && !["og", "and", "eller", "or", "und", "oder", "och"].contains(&p[1]))
        .map(|p| format!("{} {}", p[0], p[1]))
        .collect()
}

fn error_kind(bytes: &[u8], name: &str) -> IngestErrorKind {
    match ingest(bytes, name) {
        Ok(doc) => panic!("{name} was read: {:?}", doc.text.chars().take(200).collect::<String>()),
        Err(e) => {
            assert!(!e.message_en().is_empty() && !e.message_da().is_empty());
            e.kind
        }
    }
}

mod fixtures {
    use super::*;

    #[test]
    fn pdf_progress_counts_every_page_once_and_gives_the_same_document() {
        let name = "marketing-bureau-databehandleraftale.pdf";
        let bytes = fixture(name);
        let mut seen = Vec::new();
        let doc = klausul::ingest_with_progress(&bytes, name, &mut |p| seen.push((p.pages_done, p.pages))).unwrap();
        let pages = seen.first().map(|p| p.1).unwrap_or(0);
        assert!(pages > 1, "{seen:?}");
        assert_eq!(seen, (1..=pages).map(|n| (n, pages)).collect::<Vec<_>>());
        assert_eq!(doc, read(name));
        let mut calls = 0;
        klausul::ingest_with_progress(&fixture("smtp-dk-standardkontraktsbestemmelser.txt"), "a.txt", &mut |_| calls += 1).unwrap();
        assert_eq!(calls, 0, "text has no pages to report");
    }

    #[test]
    fn txt_pdf_and_docx_give_the_same_words() {
        for stem in ["smtp-dk-standardkontraktsbestemmelser", "marketing-bureau-databehandleraftale"] {
            let txt = read(&format!("{stem}.txt"));
            for ext in ["pdf", "docx"] {
                let other = read(&format!("{stem}.{ext}"));
                let ratio = word_ratio(&txt.text, &other.text);
                assert!(ratio >= 0.99, "{stem}.{ext}: word ratio {ratio}");
            }
        }
    }

    #[test]
    fn footnote_is_dropped_with_its_marker_in_every_format() {
        for ext in ["txt", "pdf", "docx"] {
            let doc = read(&format!("smtp-dk-standardkontraktsbestemmelser.{ext}"));
            assert!(!doc.text.contains("Henvisninger til ”medlemsstat”"), "{ext}");
            assert!(doc.text.contains("EU-ret eller medlemsstaternes nationale ret og disse Bestemmelser."), "{ext}");
        }
    }

    #[test]
    fn clean_text_has_no_line_end_hyphens_and_keeps_real_ones() {
        for name in ["smtp-dk-standardkontraktsbestemmelser.txt", "smtp-dk-standardkontraktsbestemmelser.pdf", "marketing-bureau-databehandleraftale.txt", "smtp-dk-standardkontraktsbestemmelser-v2.txt"] {
            let doc = read(name);
            assert_eq!(dangling_hyphens(&doc.text), Vec::<String>::new(), "{name}");
            assert_eq!(doc.language, Some(klausul::Lang::Da), "{name}");
            assert!(doc.warnings.is_empty(), "{name}: {:?}", doc.warnings);
        }
        let smtp = read("smtp-dk-standardkontraktsbestemmelser.pdf").text;
        for kept in ["EU-ret", "E-mail", "Europa-Parlamentets", "-tjenester"] {
            assert!(smtp.contains(kept), "{kept}");
        }
        for joined in ["databehandleren", "henblik", "personoplysninger"] {
            assert!(smtp.contains(joined), "{joined}");
        }
        let marketing = read("marketing-bureau-databehandleraftale.txt").text;
        assert!(marketing.contains("(a) tekniske- og (b) organisatoriske"));
    }

    #[test]
    fn numbered_lines_start_paragraphs() {
        let doc = read("smtp-dk-standardkontraktsbestemmelser.txt");
        let starts: Vec<&str> = doc.paragraphs.iter().map(|p| doc.paragraph_text(p)).collect();
        for expected in ["5. Fortrolighed", "C.2. Behandlingssikkerhed", "a. Pseudonymisering og kryptering af personoplysninger"] {
            assert!(starts.contains(&expected), "{expected}");
        }
        // "… af\n27. april 2016" is one sentence, not a clause 27.
        assert!(starts.iter().all(|p| !p.starts_with("27. april")));
        let doc = read("marketing-bureau-databehandleraftale.txt");
        let starts: Vec<&str> = doc.paragraphs.iter().map(|p| doc.paragraph_text(p)).collect();
        assert!(starts.iter().any(|p| p.starts_with("1.1 Parterne har aftalt") && p.ends_with("(”Hovedydelserne”).")), "{starts:?}");
        assert!(starts.contains(&"2 OMFANG"));
    }

    /// A Swedish statute's `1 §` (a plain or a no-break space before the sign, which the clean text
    /// makes a space) starts a paragraph, also after a heading line with no full stop.
    #[test]
    fn a_number_before_the_paragraph_sign_starts_a_paragraph() {
        for space in [" ", "\u{a0}"] {
            let text = format!("AVTAL\n\nSekretess\n\n1{space}§ Biträdet ska iaktta tystnadsplikt.\n\nSäkerhet\n\n2{space}§ Biträdet ska skydda uppgifterna.\n");
            let doc = ingest(text.as_bytes(), "a.txt").expect("reads");
            let paras: Vec<&str> = doc.paragraphs.iter().map(|p| doc.paragraph_text(p)).collect();
            assert_eq!(paras, ["AVTAL", "Sekretess", "1 § Biträdet ska iaktta tystnadsplikt.", "Säkerhet", "2 § Biträdet ska skydda uppgifterna."]);
        }
    }
}

mod generated {
    use super::*;

    fn expected() -> String {
        String::from_utf8(fixture("generated/numbered-dpa.expected.txt")).unwrap()
    }

    #[test]
    fn docx_numbering_headings_and_tables() {
        let doc = read("generated/numbered-dpa.docx");
        assert_eq!(doc.text.trim_end(), expected().trim_end());
        let kind_of = |start: &str| doc.paragraphs.iter().find(|p| doc.paragraph_text(p).starts_with(start)).map(|p| p.kind);
        assert_eq!(kind_of("Databehandleraftale"), Some(ParagraphKind::Heading(1)));
        assert_eq!(kind_of("4. Underdatabehandlere"), Some(ParagraphKind::Heading(1)));
        assert_eq!(kind_of("4.1 Databehandleren"), Some(ParagraphKind::ListItem(1)));
        assert_eq!(kind_of("(b) løbende"), Some(ParagraphKind::ListItem(2)));
        assert_eq!(kind_of("Behandlingen foregår"), Some(ParagraphKind::ListItem(0)));
        assert_eq!(kind_of("Nordisk Datacenter A/S | Danmark"), Some(ParagraphKind::TableRow));
        assert!(!doc.text.contains("Side 1"), "footer text leaked");
    }

    /// A law-firm template: clause numbers from a Word list style (`w:numStyleLink`), "ARTICLE IV"
    /// headings over legal numbering ("4.1", not "IV.1"), a list that goes on across a heading
    /// (`w:lvlRestart` 0), a tracked change, a content control, a field and a hyperlink.
    #[test]
    fn docx_list_styles_and_legal_numbering() {
        let doc = read("generated/list-styles-en.docx");
        let expected = String::from_utf8(fixture("generated/list-styles-en.expected.txt")).unwrap();
        assert_eq!(doc.text.trim_end(), expected.trim_end());
        let analysis = klausul::analyze(&doc);
        let ids: Vec<&str> = analysis.clauses.iter().map(|c| c.id.as_str()).collect();
        for id in ["1", "1.1", "2", "3.2.b.i", "4.1", "6.3", "Schedule 1"] {
            assert!(ids.contains(&id), "{id} in {ids:?}");
        }
        let scope = &analysis.categories[&klausul::Category::Scope].attributes;
        assert_eq!(serde_json::to_value(&scope["data_types"]).unwrap(), serde_json::json!(["contact details, order history and device identifiers"]));
    }

    #[test]
    fn pdf_without_running_header_footer_or_hyphens() {
        let doc = read("generated/numbered-dpa.pdf");
        let ratio = word_ratio(&expected(), &doc.text);
        assert!(ratio >= 0.99, "word ratio {ratio}\n{}", doc.text);
        assert!(!doc.text.contains("Skyhosting A/S\nACME") && doc.text.matches("ACME ApS – Databehandleraftale").count() == 0, "running header left");
        assert!(!doc.text.contains("Side 2 af 3") && !doc.text.contains("Side 1 af"), "footer left");
        assert_eq!(dangling_hyphens(&doc.text), Vec::<String>::new());
        for line in ["4.2 Databehandleren pålægger", "2. Kategorier af registrerede", "(c) regelmæssig afprøvning"] {
            assert!(doc.text.lines().any(|l| l.starts_with(line)), "{line}\n{}", doc.text);
        }
    }
}

mod bad_input {
    use super::*;

    /// A PDF with correct cross-reference offsets from object bodies (numbered from 1).
    fn pdf(objects: &[&str], trailer_extra: &str) -> Vec<u8> {
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            write!(out, "{} 0 obj\n{}\nendobj\n", i + 1, body).unwrap();
        }
        let xref = out.len();
        writeln!(out, "xref\n0 {}\n0000000000 65535 f ", objects.len() + 1).unwrap();
        for o in offsets {
            writeln!(out, "{o:010} 00000 n ").unwrap();
        }
        write!(out, "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).unwrap();
        out
    }

    const HELVETICA: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    fn page_pdf(content: &str, trailer_extra: &str, extra_objects: &[&str]) -> Vec<u8> {
        page_pdf_with_font(content, HELVETICA, trailer_extra, extra_objects)
    }

    /// One page showing `content` with `font` (object 5) as /F1; `extra_objects` from object 6.
    fn page_pdf_with_font(content: &str, font: &str, trailer_extra: &str, extra_objects: &[&str]) -> Vec<u8> {
        let stream = format!("<< /Length {} >>\nstream\n{}\nendstream", content.len(), content);
        let mut objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            &stream,
            font,
        ];
        objects.extend_from_slice(extra_objects);
        pdf(&objects, trailer_extra)
    }

    #[test]
    fn a_hand_written_pdf_with_text_is_read() {
        let bytes = page_pdf("BT /F1 12 Tf 72 720 Td (Databehandleren behandler personoplysninger.) Tj ET", "", &[]);
        let doc = ingest(&bytes, "tiny.pdf").unwrap();
        assert_eq!(doc.text, "Databehandleren behandler personoplysninger.");
    }

    /// Ghostscript shows each line with `'` (next line, then show) and `"` (the same after setting
    /// word and character spacing): every line is read, in its place.
    #[test]
    fn lines_shown_with_quote_operators() {
        let content = "BT /F1 11 Tf 14 TL 72 720 Td (Databehandleren behandler kun) Tj (personoplysninger efter instruks.) ' 0 0 (Underdatabehandlere skal godkendes.) \" ET";
        let doc = ingest(&page_pdf(content, "", &[]), "gs.pdf").unwrap();
        assert_eq!(doc.text, "Databehandleren behandler kun personoplysninger efter instruks.\nUnderdatabehandlere skal godkendes.");
    }

    /// A ToUnicode map that does not parse, or has an entry of an odd number of bytes or a lone
    /// surrogate, costs those codes their map, not the document: the font's encoding reads them.
    /// (The parser's own panics are caught where panics unwind: natively, not in wasm.)
    #[test]
    fn a_broken_to_unicode_map_falls_back_to_the_encoding() {
        let content = "BT /F1 12 Tf 72 720 Td (Databehandleren behandler personoplysninger.) Tj ET";
        for cmap in ["this is no cmap at all ( [ <<", "1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <44> <004> <61> <D800> endbfchar"] {
            let stream = format!("<< /Length {} >>\nstream\n{}\nendstream", cmap.len(), cmap);
            let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>";
            let bytes = page_pdf_with_font(content, font, "", &[&stream]);
            let doc = ingest(&bytes, "cmap.pdf").unwrap_or_else(|e| panic!("{cmap}: {e}"));
            assert!(doc.text.contains("ehandler personoplysninger"), "{cmap}: {}", doc.text);
        }
    }

    #[test]
    fn empty() {
        assert_eq!(error_kind(b"", "empty.txt"), IngestErrorKind::Empty);
        assert_eq!(error_kind(b"", "empty.pdf"), IngestErrorKind::Empty);
    }

    #[test]
    fn too_large() {
        let bytes = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(error_kind(&bytes, "big.txt"), IngestErrorKind::TooLarge);
    }

    #[test]
    fn binary_junk() {
        let junk: Vec<u8> = (0..10_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
        assert_eq!(error_kind(&junk, "junk.txt"), IngestErrorKind::UnsupportedFormat);
        assert_eq!(error_kind(&junk, "junk.bin"), IngestErrorKind::UnsupportedFormat);
        // The extension promises a PDF or DOCX the bytes are not.
        assert_eq!(error_kind(&junk, "junk.pdf"), IngestErrorKind::CorruptPdf);
        assert_eq!(error_kind(&junk, "junk.docx"), IngestErrorKind::CorruptDocx);
    }

    #[test]
    fn unknown_encoding() {
        let utf16_without_bom: Vec<u8> = "Databehandleren behandler personoplysninger på vegne af den dataansvarlige.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(error_kind(&utf16_without_bom, "dpa.txt"), IngestErrorKind::UnknownEncoding);
    }

    #[test]
    fn truncated_pdf() {
        for name in ["smtp-dk-standardkontraktsbestemmelser.pdf", "marketing-bureau-databehandleraftale.pdf"] {
            let bytes = fixture(name);
            assert_eq!(error_kind(&bytes[..bytes.len() / 2], name), IngestErrorKind::CorruptPdf, "{name}");
        }
    }

    #[test]
    fn encrypted_pdf() {
        let encrypt = "<< /Filter /Standard /V 1 /R 2 /O <6F0E2B6C5F8A9D3E1C4B7A2D9E8F1A3C5B7D9F1E3A5C7E9B1D3F5A7C9E1B3D5F> /U <1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F809> /P -44 >>";
        let bytes = page_pdf("BT /F1 12 Tf 72 720 Td (\u{1}\u{2}\u{3}garbled) Tj ET", "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]", &[encrypt]);
        assert_eq!(error_kind(&bytes, "locked.pdf"), IngestErrorKind::EncryptedPdf);
    }

    /// A damaged page tree whose page is its own parent: reading ends (pdf-extract looked up the
    /// page's inherited resources through /Parent for ever; found by fuzzing).
    #[test]
    fn a_page_that_is_its_own_parent() {
        let content = "BT /F1 12 Tf 72 720 Td (Databehandleren behandler personoplysninger.) Tj ET";
        let stream = format!("<< /Length {} >>\nstream\n{}\nendstream", content.len(), content);
        let bytes = pdf(&["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", &stream], "");
        assert!(ingest(&bytes, "loop.pdf").is_err());
    }

    #[test]
    fn image_only_pdf() {
        let bytes = page_pdf("q 0.5 g 72 72 451 698 re f Q", "", &[]);
        assert_eq!(error_kind(&bytes, "scan.pdf"), IngestErrorKind::NoTextLayer);
    }

    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            writer.start_file(*name, options).unwrap();
            writer.write_all(data).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn corrupt_docx() {
        let docx = fixture("smtp-dk-standardkontraktsbestemmelser.docx");
        assert_eq!(error_kind(&docx[..docx.len() / 2], "cut.docx"), IngestErrorKind::CorruptDocx);
        let broken_xml = zip(&[("word/document.xml", b"<w:document><w:body><w:p><w:r><w:t>tekst</w:r></w:body>")]);
        assert_eq!(error_kind(&broken_xml, "broken.docx"), IngestErrorKind::CorruptDocx);
        let not_word = zip(&[("content.xml", b"<office:document/>")]);
        assert_eq!(error_kind(&not_word, "other.docx"), IngestErrorKind::UnsupportedFormat);
    }

    /// A supplier's reply with its changes still tracked reads as if they were accepted: deleted
    /// text and the old place of moved text are left out, inserted and moved-to text kept.
    #[test]
    fn docx_tracked_changes_read_as_accepted() {
        let body = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t xml:space="preserve">Databehandleren underretter den dataansvarlige senest </w:t></w:r><w:del w:id="1" w:author="Leverandør"><w:r><w:delText>24</w:delText></w:r></w:del><w:ins w:id="2" w:author="Leverandør"><w:r><w:t>72</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> timer efter et brud.</w:t></w:r></w:p>
<w:p><w:moveFrom w:id="3" w:author="Leverandør"><w:r><w:t>Databehandleren sletter alle data ved ophør.</w:t></w:r></w:moveFrom></w:p>
<w:p><w:r><w:t>Underdatabehandlere kræver forudgående godkendelse.</w:t></w:r></w:p>
<w:p><w:moveTo w:id="4" w:author="Leverandør"><w:r><w:t>Databehandleren sletter alle data ved ophør.</w:t></w:r></w:moveTo></w:p>
</w:body></w:document>"#;
        let doc = ingest(&zip(&[("word/document.xml", body.as_bytes())]), "svar.docx").unwrap();
        assert_eq!(
            doc.text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>(),
            ["Databehandleren underretter den dataansvarlige senest 72 timer efter et brud.", "Underdatabehandlere kræver forudgående godkendelse.", "Databehandleren sletter alle data ved ophør."]
        );
    }

    /// A document Word numbers has few plain paragraphs (a title, a parties block "mellem" /
    /// "og", an annex's list of names): their open ends are no sign of lines pasted from a PDF,
    /// so each stays a paragraph.
    #[test]
    fn docx_numbered_paragraphs_keep_an_annex_list_apart() {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let numbering = format!(
            r#"<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        );
        let plain = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
        let numbered = |level: u8, t: &str| format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#);
        let mut body = ["Databehandleraftale", "mellem", "Solbakke Kommune", "og", "Nøglehuset ApS"].map(plain).concat();
        for (title, text) in [
            ("Instruks", "Databehandleren behandler kun personoplysninger efter dokumenteret instruks."),
            ("Fortrolighed", "Medarbejderne er underlagt tavshedspligt."),
            ("Underdatabehandlere", "Underdatabehandlerne fremgår af bilag 1."),
            ("Ophør", "Ved ophør slettes alle personoplysninger."),
        ] {
            body += &numbered(0, title);
            body += &numbered(1, text);
        }
        body += &["Bilag 1 – Underdatabehandlere", "Skyhal Drift A/S, Taastrup, Danmark – drift af servere", "Låsenettet ApS, Vejle, Danmark – elektroniske nøgler", "Bilag 2 – Sikkerhed"].map(plain).concat();
        let document = format!("<w:document {w}><w:body>{body}</w:body></w:document>");
        let doc = ingest(&zip(&[("word/document.xml", document.as_bytes()), ("word/numbering.xml", numbering.as_bytes())]), "aftale.docx").unwrap();
        let lines: Vec<&str> = doc.text.lines().filter(|l| !l.trim().is_empty()).collect();
        for line in ["Skyhal Drift A/S, Taastrup, Danmark – drift af servere", "Låsenettet ApS, Vejle, Danmark – elektroniske nøgler", "2.1 Medarbejderne er underlagt tavshedspligt."] {
            assert!(lines.contains(&line), "{line:?} is no paragraph of its own: {lines:#?}");
        }
    }

    /// Text pasted from a PDF into Word, a paragraph per line: the lines are joined into their
    /// sentences again.
    #[test]
    fn docx_of_pasted_lines_is_joined() {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let lines = [
            "1. Databehandleren behandler kun personoplysninger efter",
            "dokumenteret instruks fra den dataansvarlige, også for",
            "overførsler til tredjelande.",
            "2. Databehandleren sikrer, at de personer, der er",
            "autoriseret til at behandle personoplysningerne, har",
            "forpligtet sig til fortrolighed.",
            "3. Databehandleren underretter den dataansvarlige uden",
            "unødig forsinkelse efter at være blevet opmærksom på",
            "et brud på persondatasikkerheden.",
        ];
        let body: String = lines.iter().map(|t| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>")).collect();
        let document = format!("<w:document {w}><w:body>{body}</w:body></w:document>");
        let doc = ingest(&zip(&[("word/document.xml", document.as_bytes())]), "indsat.docx").unwrap();
        let paragraphs: Vec<&str> = doc.text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
        assert_eq!(paragraphs[1], "2. Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed.");
    }

    #[test]
    fn docx_zip_bomb() {
        // 60 MB of one paragraph's text compresses to a few dozen kilobytes.
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        writer.start_file("word/document.xml", options).unwrap();
        writer.write_all(b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>").unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..60 {
            writer.write_all(&chunk).unwrap();
        }
        writer.write_all(b"</w:t></w:r></w:p></w:body></w:document>").unwrap();
        let bomb = writer.finish().unwrap().into_inner();
        assert!(bomb.len() < 1 << 20, "the bomb is small: {}", bomb.len());
        assert_eq!(error_kind(&bomb, "bomb.docx"), IngestErrorKind::DocxTooLarge);

        let names: Vec<String> = (0..10_001).map(|i| format!("x/{i}")).collect();
        let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        assert_eq!(error_kind(&zip(&entries), "many.docx"), IngestErrorKind::DocxTooLarge);
    }

    #[test]
    fn not_a_dpa_is_read_with_a_warning() {
        let recipe = "Æblekage\n\nSkræl æblerne, skær dem i både og kog dem møre med sukker og vanilje. Rist rasp med smør og sukker på en pande, og læg æblegrød og rasp i lag i en skål.";
        let doc = ingest(recipe.as_bytes(), "opskrift.txt").unwrap();
        assert_eq!(doc.warnings, vec![NOT_A_DPA.to_string()]);
        assert!(!looks_like_dpa("The processor was fast."));
        assert!(looks_like_dpa("The processor shall process personal data only on instructions."));
        assert!(looks_like_dpa("Databehandleren behandler personoplysninger."));
    }
}

mod text_formats {
    use super::*;

    #[test]
    fn markdown_structure_and_encodings() {
        let md = "# Databehandleraftale\n\n## 1. Formål\n\nDatabehandleren behandler personoplysninger\npå vegne af den dataansvarlige.\n\n- kryptering\n- logning\n";
        let doc = ingest(md.as_bytes(), "aftale.md").unwrap();
        let got: Vec<(&str, ParagraphKind)> = doc.paragraphs.iter().map(|p| (doc.paragraph_text(p), p.kind)).collect();
        assert_eq!(got, vec![
            ("Databehandleraftale", ParagraphKind::Heading(1)),
            ("1. Formål", ParagraphKind::Heading(2)),
            ("Databehandleren behandler personoplysninger på vegne af den dataansvarlige.", ParagraphKind::Body),
            ("kryptering", ParagraphKind::ListItem(0)),
            ("logning", ParagraphKind::ListItem(0)),
        ]);
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(md.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(ingest(&utf16, "aftale.md").unwrap().text, doc.text);
    }
}

#[test]
fn regressions_never_panic() {
    let dir = format!("{}/tests/ingest/regressions", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name != "README.md" {
            let _ = ingest(&std::fs::read(&path).unwrap(), &name);
        }
    }
}

fn mutate(bytes: &[u8], edits: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for (at, value) in edits {
        if !out.is_empty() {
            let i = at % out.len();
            out[i] = *value;
        }
    }
    out.truncate(out.len().saturating_sub(cut % 64));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096), ext in prop::sample::select(vec!["txt", "md", "pdf", "docx", "bin"])) {
        let _ = ingest(&bytes, &format!("random.{ext}"));
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..16),
        cut in any::<usize>(),
    ) {
        let name = ["smtp-dk-standardkontraktsbestemmelser.txt", "marketing-bureau-databehandleraftale.docx", "generated/numbered-dpa.docx"][which];
        let bytes = mutate(&fixture(name), &edits, cut);
        let _ = ingest(&bytes, name);
    }

    #[test]
    fn mutated_pdf_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let bytes = mutate(&fixture("generated/numbered-dpa.pdf"), &edits, 0);
        let _ = ingest(&bytes, "numbered-dpa.pdf");
    }
}

/// A fixture published as a web page (each paragraph a `<p>`, headings as `<h2>`, inside
/// `<main>` with a menu, a cookie banner, a script and a footer around it) reads as the same
/// words as the text file, and the analysis finds the same clauses and categories.
#[test]
fn a_web_page_reads_like_the_text_it_shows() {
    let name = "smtp-dk-standardkontraktsbestemmelser.txt";
    let txt = read(name);
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Databehandleraftale</title><script>window.dataLayer = [];</script></head><body>\n<header><nav><a href=\"/\">Forside</a> <a href=\"/priser\">Priser</a></nav></header>\n<div id=\"cookie-consent\">Vi bruger cookies. <button>OK</button></div>\n<main>\n",
    );
    for p in &txt.paragraphs {
        let text = escape(txt.paragraph_text(p));
        match p.kind {
            ParagraphKind::Heading(level) => html.push_str(&format!("<h{0}>{text}</h{0}>\n", level.clamp(1, 6))),
            _ => html.push_str(&format!("<p>\n  {}\n</p>\n", text.replace(". ", ".\n  "))),
        }
    }
    html.push_str("</main>\n<footer>© Forhandler ApS · Cookiepolitik</footer></body></html>\n");
    let page = ingest(html.as_bytes(), "databehandleraftale.html").expect("reads");
    assert_eq!(page.format, klausul::Format::Html);
    assert_eq!(words(&page.text), words(&txt.text));
    // Named otherwise, it is still read as a page by its first tag.
    assert_eq!(ingest(html.as_bytes(), "download").expect("reads").text, page.text);
    let (a, b) = (klausul::analyze(&txt), klausul::analyze(&page));
    let ids = |x: &klausul::Analysis| x.clauses.iter().map(|c| (c.id.clone(), c.categories.clone())).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
}

/// Headings underlined with `===` or `---` in a plain text or an e-mail (setext, as Markdown has
/// them) are headings, and their underlines (and a line over the title) are no text.
#[test]
fn underlined_headings_in_plain_text() {
    let text = "DATABEHANDLERAFTALE\n===================\n\nDenne aftale er indgået mellem Kunden og Leverandøren.\n\nBaggrund\n--------\n\nLeverandøren leverer et system til\nbooking af køretimer.\n\n=========\nTransfers\n=========\n\nData stay in the EEA.\n\nA line and a rule below it that is far too long for it\n---\n";
    let doc = ingest(text.as_bytes(), "aftale.txt").unwrap();
    let paras: Vec<(String, ParagraphKind)> = doc.paragraphs.iter().map(|p| (doc.paragraph_text(p).to_string(), p.kind)).collect();
    assert_eq!(paras[0], ("DATABEHANDLERAFTALE".to_string(), ParagraphKind::Heading(1)), "{paras:?}");
    assert_eq!(paras[2], ("Baggrund".to_string(), ParagraphKind::Heading(2)), "{paras:?}");
    assert_eq!(paras[3].0, "Leverandøren leverer et system til booking af køretimer.");
    assert_eq!(paras[4], ("Transfers".to_string(), ParagraphKind::Heading(1)), "{paras:?}");
    assert!(!doc.text.contains("==="), "{}", doc.text);
    // A rule much shorter than the line above it underlines nothing.
    assert!(doc.text.contains("---"), "{}", doc.text);
}
