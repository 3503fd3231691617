//! The web app compares two analyses that crossed a worker boundary as `klausul.analysis/1` JSON.
//! That is only sound if an analysis read back from its JSON compares, and reports, exactly like
//! the original: this is checked here on every pair and document the tests have.

use klausul::report::{self, ReportFormat, ReportLang};
use klausul::Analysis;

fn analysis(path: &str) -> Analysis {
    let full = format!("{}/tests/{path}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    let name = path.rsplit('/').next().unwrap_or(path);
    klausul::analyze_bytes(&bytes, name).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What the comparing worker gets: the JSON and, beside it, the clean text (not in the JSON).
fn read_back(a: &Analysis) -> Analysis {
    let json = report::analysis(a, ReportFormat::Json);
    let mut back: Analysis = serde_json::from_str(&json).expect("an analysis reads back from its JSON");
    back.document.text = a.document.text.clone();
    back
}

fn check(a: &str, b: &str) {
    let (a, b) = (analysis(a), analysis(b));
    let (a2, b2) = (read_back(&a), read_back(&b));
    assert_eq!(report::analysis(&a2, ReportFormat::Json), report::analysis(&a, ReportFormat::Json));
    let direct = klausul::compare(&a, &b);
    let via_json = klausul::compare(&a2, &b2);
    for format in [ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html] {
        for lang in [ReportLang::En, ReportLang::Da] {
            let (x, y) = (report::comparison_in(&direct, format, lang), report::comparison_in(&via_json, format, lang));
            assert!(x == y, "{} vs {}: {format:?} {lang:?} differs after the JSON round trip", a.document.name, b.document.name);
        }
    }
    for format in [ReportFormat::Markdown, ReportFormat::Html] {
        assert_eq!(report::analysis(&a2, format), report::analysis(&a, format));
    }
}

#[test]
fn the_example_pair_compares_the_same_after_a_json_round_trip() {
    check("fixtures/smtp-dk-standardkontraktsbestemmelser.pdf", "fixtures/marketing-bureau-databehandleraftale.pdf");
}

#[test]
fn versions_compare_the_same_after_a_json_round_trip() {
    check("fixtures/smtp-dk-standardkontraktsbestemmelser.txt", "fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt");
    check("fixtures/smtp-dk-standardkontraktsbestemmelser.docx", "fixtures/smtp-dk-standardkontraktsbestemmelser-v2.pdf");
}

#[test]
fn other_languages_compare_the_same_after_a_json_round_trip() {
    check("dev/saas-dpa-en.md", "dev/legacy-dpa-en.txt");
    check("dev/avv-de.md", "dev/biitradesavtal-sv.md");
    check("dev/databehandleravtale-no.md", "dev/databehandleraftale-da.md");
}
