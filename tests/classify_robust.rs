//! Classification and extraction never panic and keep their invariants on arbitrary text.

use klausul::{Document, Format, Lang, ParagraphKind};
use proptest::prelude::*;

fn paragraph() -> impl Strategy<Value = (String, ParagraphKind)> {
    let text = prop_oneof![
        "[a-zæøåA-ZÆØÅ0-9 ,.:;()|\\-]{0,80}",
        Just("Databe- handleren må ikke overføre personoplysninger til tredjelande.".to_string()),
        Just("1.2 The Processor shall notify the Controller within twenty-four (24) hours.".to_string()),
        Just("Underdatabehandlere platform. (Rumænien)".to_string()),
        Just("Name | Location".to_string()),
        Just("o ( ) | | f.eks. 2 (two) business".to_string()),
        "\\PC{0,40}",
    ];
    let kind = prop_oneof![Just(ParagraphKind::Body), Just(ParagraphKind::Heading(1)), Just(ParagraphKind::ListItem(0)), Just(ParagraphKind::TableRow)];
    (text, kind)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics(paras in proptest::collection::vec(paragraph(), 0..25), lang in 0usize..6) {
        let mut doc = Document::from_paragraphs("p.txt", String::new(), Format::Txt, paras);
        doc.language = Lang::ALL.get(lang).copied();
        let mut clauses = klausul::segment::segment(&doc);
        klausul::classify::classify(&doc, &mut clauses);
        for c in &clauses {
            prop_assert!((1..=3).contains(&c.categories.len()));
            for q in &c.cues {
                prop_assert!(q.span[0] <= q.span[1] && q.span[1] <= doc.chars);
            }
        }
        let cats = klausul::extract::extract(&doc, &clauses);
        prop_assert_eq!(cats.len(), klausul::Category::ALL.len());
        for r in cats.values() {
            for ev in r.evidence.values().flatten() {
                prop_assert!(ev.span[0] <= ev.span[1] && ev.span[1] <= doc.chars);
            }
        }
    }
}
