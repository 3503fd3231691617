//! `klausul::analyze` shares one lexicon analysis of each clause between classify and extract;
//! its result must equal running the stages one by one, each analysing for itself.

use klausul::{Analysis, Document, Format, Lang, ParagraphKind};
use proptest::prelude::*;

/// The stages one by one, as they stood before the pipeline shared its analyses.
fn stage_by_stage(doc: &Document) -> (String, String, String) {
    let mut clauses = klausul::segment::segment(doc);
    klausul::classify::classify(doc, &mut clauses);
    let mut categories = klausul::extract::extract(doc, &clauses);
    klausul::extract::parties_where_named(&mut clauses, &mut categories);
    let findings = klausul::assess::assess(doc, &clauses, &categories);
    (json(&clauses), json(&categories), json(&findings))
}

fn whole(a: &Analysis) -> (String, String, String) {
    (json(&a.clauses), json(&a.categories), json(&a.findings))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serialises")
}

#[test]
fn fixtures_and_dev_documents_analyse_as_stage_by_stage() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut checked = 0;
    for dir in ["fixtures", "dev", "blind"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if !path.extension().is_some_and(|x| x == "txt" || x == "md") {
                continue;
            }
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let bytes = std::fs::read(&path).expect("readable");
            let doc = klausul::ingest(&bytes, &name).expect("ingests");
            assert_eq!(whole(&klausul::analyze(&doc)), stage_by_stage(&doc), "{name}");
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} documents");
}

#[test]
fn a_word_hyphenated_across_paragraphs_is_classified_as_before() {
    // The spaced clause text joins "underdata- behandlere" into one word (a sub-processor cue);
    // the paragraph text keeps the two lines apart.
    let paras = [
        ("5. Underdatabehandlere", ParagraphKind::Body),
        ("5.1 Databehandleren må kun anvende underdata-", ParagraphKind::Body),
        ("behandlere efter forudgående skriftlig godkendelse.", ParagraphKind::Body),
    ];
    let mut doc = Document::from_paragraphs("h.txt", String::new(), Format::Txt, paras.iter().map(|(t, k)| (t.to_string(), *k)));
    doc.language = Some(Lang::Da);
    let analysis = klausul::analyze(&doc);
    assert!(analysis.clauses.iter().any(|c| c.text.contains("underdata- behandlere")), "{:?}", analysis.clauses);
    assert_eq!(whole(&analysis), stage_by_stage(&doc));
}

fn paragraph() -> impl Strategy<Value = (String, ParagraphKind)> {
    let text = prop_oneof![
        "[a-zæøåA-ZÆØÅ0-9 ,.:;()\\-]{0,60}",
        // A paragraph that ends in a hyphen, and one that goes on in lower case.
        Just("7.2 Databehandleren skal uden unødig forsinkelse underrette databe-".to_string()),
        Just("handleren om brud på persondatasikkerheden inden for 48 timer.".to_string()),
        Just("The Processor shall notify the Controller within twenty-four (24) hours -".to_string()),
        Just("  of becoming aware of a personal data breach.".to_string()),
        Just("8. Underdatabehandlere".to_string()),
        Just("Databehandleren må kun anvende underdata-".to_string()),
        Just("behandlere efter forudgående skriftlig godkendelse.".to_string()),
        "\\PC{0,30}",
    ];
    let kind = prop_oneof![Just(ParagraphKind::Body), Just(ParagraphKind::Heading(1)), Just(ParagraphKind::ListItem(0))];
    (text, kind)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_documents_analyse_as_stage_by_stage(paras in proptest::collection::vec(paragraph(), 0..20), lang in 0usize..6) {
        let mut doc = Document::from_paragraphs("p.txt", String::new(), Format::Txt, paras);
        doc.language = Lang::ALL.get(lang).copied();
        prop_assert_eq!(whole(&klausul::analyze(&doc)), stage_by_stage(&doc));
    }
}
