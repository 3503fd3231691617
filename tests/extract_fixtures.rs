//! Whole documents: the fixtures and the development documents of `tests/dev/`, analysed and scored
//! against their gold files with the port of `score.py analysis` (findings are scored but not
//! asserted here: they belong to the findings stage).

mod common;

use std::path::Path;

use common::score::{score_analysis, Tally, ANALYSIS_AREAS};

fn score_file(path: &Path, gold: &Path) -> (Tally, bool) {
    let bytes = std::fs::read(path).expect("fixture readable");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
    let analysis = klausul::analyze_bytes(&bytes, name).expect("fixture ingests");
    let report = serde_json::to_value(&analysis).expect("analysis serialises");
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(gold).expect("gold readable")).expect("gold parses");
    // Until segmentation numbers the clauses, paragraph ids ("¶3") cannot match the gold's "7.3".
    let numbered = analysis.clauses.iter().any(|c| !c.id.starts_with('¶'));
    (score_analysis(&report, &gold), numbered)
}

fn check(path: &str, gold: &str) {
    check_with(path, gold, true);
}

/// `locations: false` skips the clause-location checks, for an input whose clause numbering is
/// known to be wrong upstream (segmentation), so that categories and attributes are still checked.
fn check_with(path: &str, gold: &str, locations: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (tally, numbered) = score_file(&root.join(path), &root.join(gold));
    let numbered = numbered && locations;
    eprintln!("{path}\n{}", tally.summary());
    let areas: Vec<&str> = ANALYSIS_AREAS.iter().copied().filter(|a| numbered || *a != "category_location").collect();
    let failures = tally.failures_in(&areas);
    assert!(failures.is_empty(), "{path}: {failures:#?}");
}

#[test]
fn smtp_txt() {
    check("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.txt", "tests/fixtures/expected/smtp-dk-standardkontraktsbestemmelser.json");
}

#[test]
fn marketing_txt() {
    check("tests/fixtures/marketing-bureau-databehandleraftale.txt", "tests/fixtures/expected/marketing-bureau-databehandleraftale.json");
}

#[test]
fn smtp_docx() {
    check("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.docx", "tests/fixtures/expected/smtp-dk-standardkontraktsbestemmelser.json");
}

#[test]
fn marketing_docx() {
    check("tests/fixtures/marketing-bureau-databehandleraftale.docx", "tests/fixtures/expected/marketing-bureau-databehandleraftale.json");
}

#[test]
fn smtp_pdf() {
    check("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.pdf", "tests/fixtures/expected/smtp-dk-standardkontraktsbestemmelser.json");
}

#[test]
fn marketing_pdf() {
    check("tests/fixtures/marketing-bureau-databehandleraftale.pdf", "tests/fixtures/expected/marketing-bureau-databehandleraftale.json");
}

/// Native time of classify + extract after ingest (a benchmark, not a check):
/// `cargo test --release --test extract_fixtures -- --ignored --nocapture timing`.
#[test]
#[ignore]
fn timing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["smtp-dk-standardkontraktsbestemmelser.txt", "marketing-bureau-databehandleraftale.txt"] {
        let bytes = std::fs::read(root.join("tests/fixtures").join(f)).expect("fixture readable");
        let doc = klausul::ingest(&bytes, f).expect("ingests");
        let clauses = klausul::segment::segment(&doc);
        // Warm the lexicons once; they are compiled on first use.
        let mut warm = clauses.clone();
        klausul::classify::classify(&doc, &mut warm);
        let runs = 50;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            let mut c = clauses.clone();
            klausul::classify::classify(&doc, &mut c);
            let _ = klausul::extract::extract(&doc, &c);
        }
        eprintln!("{f}: classify+extract {:.2} ms", start.elapsed().as_secs_f64() * 1000.0 / runs as f64);
    }
}

#[test]
fn dev_saas_dpa_en() {
    check("tests/dev/saas-dpa-en.md", "tests/dev/saas-dpa-en.json");
}

#[test]
fn dev_databehandleraftale_da() {
    check("tests/dev/databehandleraftale-da.md", "tests/dev/databehandleraftale-da.json");
}

#[test]
fn dev_short_dpa_en_without_headings() {
    check("tests/dev/short-dpa-en.txt", "tests/dev/short-dpa-en.json");
}

#[test]
fn dev_databehandleravtale_no() {
    check("tests/dev/databehandleravtale-no.md", "tests/dev/databehandleravtale-no.json");
}

#[test]
fn dev_biitradesavtal_sv() {
    check("tests/dev/biitradesavtal-sv.md", "tests/dev/biitradesavtal-sv.json");
}

#[test]
fn dev_avv_de() {
    check("tests/dev/avv-de.md", "tests/dev/avv-de.json");
}

/// The second version of the SMTP agreement: the attributes the pair's gold expects of B.
#[test]
fn smtp_v2_attributes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pair: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root.join("tests/fixtures/expected/pair-smtp-dk-v1-vs-v2.json")).expect("pair gold")).expect("parses");
    let gold = serde_json::json!({ "attributes": pair["b_attributes"].clone() });
    let bytes = std::fs::read(root.join("tests/fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt")).expect("fixture");
    let analysis = klausul::analyze_bytes(&bytes, "smtp-dk-standardkontraktsbestemmelser-v2.txt").expect("ingests");
    let tally = score_analysis(&serde_json::to_value(&analysis).expect("serialises"), &gold);
    assert!(tally.failures.is_empty(), "{:#?}", tally.failures);
    assert!(tally.totals(&["attributes"]).0 >= 4);
}

/// Development documents whose gold also pins findings: every check of the scorer must pass.
fn check_everything(path: &str, gold: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (tally, _) = score_file(&root.join(path), &root.join(gold));
    eprintln!("{path}\n{}", tally.summary());
    assert!(tally.failures.is_empty(), "{path}: {:#?}", tally.failures);
}

#[test]
fn dev_legacy_dpa_en_privacy_shield_and_96_hours() {
    check_everything("tests/dev/legacy-dpa-en.txt", "tests/dev/legacy-dpa-en.json");
}

#[test]
fn dev_overfoersel_da_transfers_without_mechanism() {
    check_everything("tests/dev/overfoersel-da.txt", "tests/dev/overfoersel-da.json");
}

#[test]
fn dev_helpdesk_dpa_en_wordings_of_published_dpas() {
    check_everything("tests/dev/helpdesk-dpa-en.md", "tests/dev/helpdesk-dpa-en.json");
}

#[test]
fn dev_planlaegning_da_wordings_of_published_dpas() {
    check_everything("tests/dev/planlaegning-da.md", "tests/dev/planlaegning-da.json");
}
