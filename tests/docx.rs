//! Word export: the redline as tracked changes (accept all = B, reject all = A, word for word)
//! and the review as comments on the evidence, read back with an independent reader
//! (`tests/common/word.rs`) and with Klausul's own DOCX reader.

#[path = "common/word.rs"]
mod word;

use std::collections::BTreeSet;
use std::path::Path;

use klausul::report::docx::{self, finding_key, ReviewMark, WordOptions};
use klausul::report::ReportLang;
use klausul::{Analysis, Comparison};
use proptest::prelude::*;
use word::words;

fn analysis(path: &str) -> Analysis {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path);
    let name = Path::new(path).file_name().unwrap().to_string_lossy().into_owned();
    klausul::analyze(&klausul::ingest(&bytes, &name).expect(path))
}

fn options() -> WordOptions {
    WordOptions { author: "Test Reviewer".into(), date: "2026-12-04T09:30:00Z".into(), ..WordOptions::default() }
}

/// Checks a redline docx against both texts; returns what was read.
fn check_redline(c: &Comparison) -> word::Word {
    let bytes = docx::redline(c, &options());
    let w = word::read(&bytes);
    assert_eq!(words(&w.accepted), words(&c.b.document.text), "accept all gives B");
    assert_eq!(words(&w.rejected), words(&c.a.document.text), "reject all gives A");
    let unique: BTreeSet<u32> = w.ids.iter().copied().collect();
    assert_eq!(unique.len(), w.ids.len(), "every w:id is unique");
    assert!(w.stamps.iter().all(|(a, d)| a == "Test Reviewer" && d == "2026-12-04T09:30:00Z"));
    // Klausul's own DOCX reader skips deletions: it reads the file as accepted.
    let back = klausul::ingest(&bytes, "redline.docx").expect("Klausul reads its own redline");
    assert_eq!(words(&back.text), words(&c.b.document.text), "Klausul's reader sees B");
    w
}

fn pair(dir: &str) -> Comparison {
    klausul::compare(&analysis(&format!("tests/pairs/{dir}/a.txt")), &analysis(&format!("tests/pairs/{dir}/b.txt")))
}

#[test]
fn fixture_versions_redline_in_every_format() {
    for ext in ["txt", "docx", "pdf"] {
        let a = analysis(&format!("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.{ext}"));
        let b = analysis(&format!("tests/fixtures/smtp-dk-standardkontraktsbestemmelser-v2.{ext}"));
        let w = check_redline(&klausul::compare(&a, &b));
        assert!(w.ids.len() >= 8, "{ext}: the v2 changes are revisions ({} ids)", w.ids.len());
        // The breach deadline change is a word-level change, not a rewritten clause.
        assert!(w.rejected.contains("24 timer") && w.accepted.contains("48 timer"), "{ext}");
    }
}

#[test]
fn moved_split_and_merged_clauses() {
    let c = pair("en-moved-split-merged");
    let w = check_redline(&c);
    let comments: Vec<&String> = w.comments.values().collect();
    assert!(comments.iter().any(|t| t.contains("Moved from 3.4")), "{comments:?}");
    assert!(comments.iter().any(|t| t.contains("Moved to 6.3")), "{comments:?}");
    // The moved clause's comments sit on its text, at both places.
    for (id, text) in &w.comments {
        if text.starts_with("Moved") {
            assert!(w.anchored[id].contains("record of all categories of processing activities"), "{text}: {}", w.anchored[id]);
        }
    }
}

#[test]
fn renumbered_clauses_change_only_their_number() {
    let c = pair("da-inserted-section");
    let w = check_redline(&c);
    let bytes = docx::redline(&c, &options());
    let xml = word_xml(&bytes);
    // Every deletion in a renumbered clause is a number: no clause is rewritten whole.
    let renumbered = c.alignment.iter().filter(|r| r.status == klausul::AlignStatus::Renumbered).count();
    assert!(renumbered >= 3, "the pair renumbers clauses ({renumbered})");
    for deleted in xml.split("<w:delText xml:space=\"preserve\">").skip(1).map(|s| s.split('<').next().unwrap()) {
        assert!(deleted.split_whitespace().count() <= 40, "a short deletion, not a clause: {deleted}");
    }
    assert!(!w.accepted.is_empty());
}

#[test]
fn removed_annex_is_deleted_paragraphs() {
    let c = pair("da-annex-removed");
    let w = check_redline(&c);
    assert!(w.rejected.len() > w.accepted.len());
}

#[test]
fn headings_and_tables_keep_their_form() {
    let a = analysis("tests/fixtures/producers/columns-table-da.chromium.pdf");
    let c = klausul::compare(&a, &a);
    let w = check_redline(&c);
    assert!(w.ids.is_empty(), "a document against itself has no revisions");
    let heading_paragraphs = a.document.paragraphs.iter().filter(|p| matches!(p.kind, klausul::ParagraphKind::Heading(_))).count();
    let table_rows = a.document.paragraphs.iter().filter(|p| p.kind == klausul::ParagraphKind::TableRow).count();
    assert_eq!(w.styles.iter().filter(|s| s.starts_with("Heading")).count(), heading_paragraphs);
    if table_rows > 0 {
        assert!(w.tables >= 1, "table rows become a table");
    }
    // A DOCX source keeps its heading styles.
    let d = analysis("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.docx");
    let headings = d.document.paragraphs.iter().filter(|p| matches!(p.kind, klausul::ParagraphKind::Heading(_))).count();
    let w = word::read(&docx::redline(&klausul::compare(&d, &d), &options()));
    assert_eq!(w.styles.iter().filter(|s| s.starts_with("Heading")).count(), headings);
}

#[test]
fn a_comparison_read_back_from_json_still_redlines_exactly() {
    // The app's worker has the analyses as JSON plus clean text (no paragraph kinds).
    let c = pair("en-moved-split-merged");
    let back = |a: &Analysis| {
        let mut b: Analysis = serde_json::from_str(&klausul::report::analysis(a, klausul::report::ReportFormat::Json)).unwrap();
        b.document.text = a.document.text.clone();
        b
    };
    let c2 = klausul::compare(&back(&c.a), &back(&c.b));
    let w = check_redline(&c2);
    assert!(w.styles.iter().any(|s| s.starts_with("Heading")), "headings inferred from the clauses");
}

fn word_xml(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn review_has_one_comment_per_finding_with_evidence_on_its_words() {
    let a = analysis("tests/fixtures/marketing-bureau-databehandleraftale.docx");
    let with_evidence: Vec<_> = a.findings.iter().filter(|f| f.evidence.iter().any(|e| e.span[0] < e.span[1])).collect();
    assert!(with_evidence.len() >= 5, "the fixture has findings with evidence");
    for lang in [ReportLang::En, ReportLang::Da] {
        let bytes = docx::review(&a, &WordOptions { lang, ..options() });
        let w = word::read(&bytes);
        assert_eq!(w.comments.len(), with_evidence.len(), "{lang:?}: one comment per finding with evidence");
        let unique: BTreeSet<u32> = w.ids.iter().copied().collect();
        assert_eq!(unique.len(), w.ids.len());
        for f in &with_evidence {
            let ev = f.evidence.iter().find(|e| e.span[0] < e.span[1]).unwrap();
            let evidence_words = words(a.document.slice(ev.span[0], ev.span[1])).join(" ");
            let message = match lang {
                ReportLang::En => &f.message.en,
                ReportLang::Da => &f.message.da,
            };
            let (id, _) = w.comments.iter().find(|(_, t)| t.contains(message.as_str())).unwrap_or_else(|| panic!("a comment for {}", f.id));
            assert_eq!(words(&w.anchored[id]).join(" "), evidence_words, "{} anchored on its evidence", f.id);
        }
        // The agreement's text is all there after the summary page.
        let text = words(&w.accepted).join(" ");
        assert!(text.contains(&words(&a.document.text).join(" ")));
    }
}

#[test]
fn review_leaves_out_dismissed_findings_and_adds_notes() {
    let a = analysis("tests/fixtures/marketing-bureau-databehandleraftale.txt");
    let with_evidence: Vec<_> = a.findings.iter().filter(|f| f.evidence.iter().any(|e| e.span[0] < e.span[1])).collect();
    let mut opts = options();
    opts.marks.insert(finding_key(with_evidence[0]), ReviewMark { dismissed: true, ..Default::default() });
    opts.marks.insert(finding_key(with_evidence[1]), ReviewMark { accepted: true, note: "Ask for 24 hours".into(), ..Default::default() });
    let w = word::read(&docx::review(&a, &opts));
    assert_eq!(w.comments.len(), with_evidence.len() - 1);
    assert!(!w.comments.values().any(|t| t.contains(&with_evidence[0].message.en)));
    assert!(w.comments.values().any(|t| t.contains(&with_evidence[1].message.en) && t.contains("Ask for 24 hours") && t.contains("Accepted")));
}

/// A document of numbered clauses made of words from a small vocabulary.
fn clause_text(words: &[u8]) -> String {
    const VOCAB: [&str; 12] = ["processor", "shall", "delete", "data", "controller", "within", "days", "notify", "audit", "the", "sub-processor", "breach"];
    words.iter().map(|&w| VOCAB[w as usize % VOCAB.len()]).collect::<Vec<_>>().join(" ") + "."
}

fn document(clauses: &[Vec<u8>]) -> String {
    let mut out = String::from("Data processing agreement\n");
    for (i, c) in clauses.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, clause_text(c)));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Random edits (words changed, clauses removed, added and moved, so the rest renumber):
    /// accept all is B and reject all is A, word for word.
    #[test]
    fn accept_and_reject_rebuild_both_versions(
        a in prop::collection::vec(prop::collection::vec(0u8..12, 8..30), 3..12),
        edits in prop::collection::vec((0u8..4, any::<prop::sample::Index>(), prop::collection::vec(0u8..12, 8..30)), 1..6),
    ) {
        let mut b = a.clone();
        for (kind, at, words) in &edits {
            let i = at.index(b.len().max(1));
            match kind {
                0 if b.len() > 1 => { b.remove(i); }
                1 => b.insert(i, words.clone()),
                2 if !b.is_empty() => { let c = b.remove(i); let j = at.index(b.len() + 1); b.insert((j + 1) % (b.len() + 1), c); }
                _ if !b.is_empty() => { let n = b[i].len(); b[i][at.index(n)] = words[0]; }
                _ => {}
            }
        }
        let da = klausul::ingest(document(&a).as_bytes(), "a.txt").unwrap();
        let db = klausul::ingest(document(&b).as_bytes(), "b.txt").unwrap();
        let c = klausul::compare(&klausul::analyze(&da), &klausul::analyze(&db));
        let w = word::read(&docx::redline(&c, &options()));
        prop_assert_eq!(words(&w.accepted), words(&c.b.document.text));
        prop_assert_eq!(words(&w.rejected), words(&c.a.document.text));
        let unique: BTreeSet<u32> = w.ids.iter().copied().collect();
        prop_assert_eq!(unique.len(), w.ids.len());
    }
}

/// LibreOffice (Debian's libreoffice-writer-nogui, installed by scripts/setup) opens both files
/// and converts them to PDF and text; its text shows deletions and insertions together, so both
/// A's and B's words appear in it in order.
#[test]
fn libreoffice_converts_the_redline_and_the_review() {
    let dir = std::env::temp_dir().join(format!("klausul-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = analysis("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.docx");
    let b = analysis("tests/fixtures/smtp-dk-standardkontraktsbestemmelser-v2.docx");
    let c = klausul::compare(&a, &b);
    std::fs::write(dir.join("redline.docx"), docx::redline(&c, &options())).unwrap();
    let review = analysis("tests/fixtures/marketing-bureau-databehandleraftale.docx");
    std::fs::write(dir.join("review.docx"), docx::review(&review, &options())).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    for format in ["pdf", "txt:Text"] {
        let status = std::process::Command::new("soffice")
            .args([&profile, "--headless", "--convert-to", format, "--outdir"])
            .arg(&dir)
            .arg(dir.join("redline.docx"))
            .arg(dir.join("review.docx"))
            .output()
            .expect("LibreOffice (soffice) is installed: run scripts/setup");
        assert!(status.status.success(), "soffice {format}: {}", String::from_utf8_lossy(&status.stderr));
    }
    for name in ["redline", "review"] {
        let pdf = std::fs::read(dir.join(format!("{name}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF") && pdf.len() > 10_000, "{name}.pdf");
    }
    let lo = std::fs::read_to_string(dir.join("redline.txt")).unwrap();
    // Deleted and inserted words stand side by side ("2448"): compare the chars without spaces.
    let lo: Vec<char> = lo.chars().filter(|c| !c.is_whitespace() && *c != '\u{feff}').collect();
    for (side, text) in [("A", &a.document.text), ("B", &b.document.text)] {
        let mut it = lo.iter();
        let missing = text.chars().filter(|c| !c.is_whitespace() && *c != '|').position(|c| !it.any(|l| *l == c));
        assert_eq!(missing, None, "LibreOffice's text has all of {side}'s text in order");
    }
    let lo = std::fs::read_to_string(dir.join("review.txt")).unwrap();
    assert!(words(&lo).join(" ").contains(&words(&review.document.text).join(" ")));
    let _ = std::fs::remove_dir_all(&dir);
}
