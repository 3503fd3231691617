//! The engine inside wasm32, in headless Chromium (wasm-bindgen-test): what the web app's worker
//! runs. `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeSet;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SMTP_PDF: &[u8] = include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser.pdf");
const BUREAU_DOCX: &[u8] = include_bytes!("fixtures/marketing-bureau-databehandleraftale.docx");

#[wasm_bindgen_test]
fn reads_and_analyses_the_fixture_pdf_in_wasm() {
    let doc = klausul::ingest(SMTP_PDF, "smtp-dk-standardkontraktsbestemmelser.pdf").expect("the fixture PDF reads");
    assert_eq!(doc.format, klausul::Format::Pdf);
    assert!(doc.chars > 10_000, "only {} chars extracted", doc.chars);
    assert!(doc.text.to_lowercase().contains("databehandleren"));
    assert_eq!(doc.language, Some(klausul::Lang::Da));
    let analysis = klausul::analyze(&doc);
    assert!(!analysis.clauses.is_empty());
    assert_eq!(analysis.categories.len(), klausul::Category::ALL.len());
}

#[wasm_bindgen_test]
fn compares_in_wasm_and_reports_json() {
    let a = klausul::analyze_bytes(SMTP_PDF, "a.pdf").expect("pdf");
    let b = klausul::analyze_bytes(BUREAU_DOCX, "b.docx").expect("docx");
    let json = klausul::report::comparison(&klausul::compare(&a, &b), klausul::report::ReportFormat::Json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["schema"], "klausul.comparison/1");
    assert_eq!(value["b"]["document"]["format"], "docx");
}

#[wasm_bindgen_test]
fn a_corrupt_pdf_is_an_error_not_a_panic() {
    let err = klausul::ingest(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "broken.pdf").expect_err("corrupt");
    assert!(!err.message_en().is_empty() && !err.message_da().is_empty());
}

/// The app's UI texts: both languages have the same keys, and every value is non-empty.
#[wasm_bindgen_test]
fn ui_texts_have_the_same_keys_in_both_languages() {
    fn keys(source: &str) -> BTreeSet<String> {
        let table: toml::Table = source.parse().expect("i18n file parses");
        let mut out = BTreeSet::new();
        for (section, v) in &table {
            let inner = v.as_table().expect("one level of tables");
            for (k, v) in inner {
                assert!(!v.as_str().expect("string values").trim().is_empty(), "{section}.{k} is empty");
                out.insert(format!("{section}.{k}"));
            }
        }
        out
    }
    let da = keys(include_str!("../i18n/da.toml"));
    let en = keys(include_str!("../i18n/en.toml"));
    assert_eq!(da.symmetric_difference(&en).collect::<Vec<_>>(), Vec::<&String>::new());
}
