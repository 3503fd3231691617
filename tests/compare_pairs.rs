//! Version pairs with gold files, scored like `score.py comparison`.
//!
//! - `pairs`: our own test DPAs (tests/pairs/*/a.txt, b.txt, gold.json), Danish and English,
//!   with an inserted section, moved, split and merged clauses, changed numbers and a removed
//!   annex. They are segmented here by their plain numbering (the engine's segmenter is another
//!   stage's job); classification, extraction and assessment are the engine's.
//! - `fixtures`: the reference pairs of tests/fixtures/expected through the whole pipeline.
//!
//! `score` (tests/common/compare.rs) is a port of score.py's `comparison` mode, plus checks for
//! the keys it does not know.

use serde_json::Value as Json;

use klausul::{Analysis, Clause, Document, Format, ParagraphKind, ANALYSIS_SCHEMA};

mod common;
use common::compare as score;

/// Splits a test DPA into clauses by its plain numbering: `3. Heading`, `3.1 Text`,
/// `Bilag C Title` / `Annex C Title`, `C.1 Text`. Clause texts are the whole lines.
fn segment_numbered(text: &str) -> (Vec<String>, Vec<(String, Option<String>)>) {
    let mut lines = Vec::new();
    let mut ids = Vec::new();
    let mut heading: Option<String> = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let first = line.split_whitespace().next().unwrap_or("");
        let annex = ["Bilag", "Annex", "Appendix"].contains(&first);
        let (id, is_heading) = if annex {
            (line.split_whitespace().take(2).collect::<Vec<_>>().join(" "), true)
        } else {
            let label = first.trim_end_matches('.');
            (label.to_string(), !label.contains('.'))
        };
        if is_heading {
            heading = Some(line.to_string());
        }
        lines.push(line.to_string());
        ids.push((id, heading.clone()));
    }
    (lines, ids)
}

/// An analysis of a test DPA: our numbering-based clauses, the engine's classification,
/// extraction and assessment.
pub fn analyse_numbered(name: &str, text: &str) -> Analysis {
    let (lines, ids) = segment_numbered(text);
    let mut document = Document::from_paragraphs(name, String::new(), Format::Txt, lines.into_iter().map(|l| (l, ParagraphKind::Body)));
    document.language = None;
    let mut clauses: Vec<Clause> = document
        .paragraphs
        .iter()
        .zip(ids)
        .map(|(p, (id, heading))| Clause {
            id,
            heading,
            text: document.paragraph_text(p).to_string(),
            span: [p.start, p.end],
            categories: vec![klausul::Category::Unclassified],
            score: 0.0,
            cues: Vec::new(),
        })
        .collect();
    klausul::classify::classify(&document, &mut clauses);
    let categories = klausul::extract::extract(&document, &clauses);
    let findings = klausul::assess::assess(&document, &clauses, &categories);
    Analysis { schema: ANALYSIS_SCHEMA.to_string(), engine: klausul::Engine::current(), document, clauses, categories, findings, playbook: None }
}

#[track_caller]
fn assert_scores_full(report: &klausul::Comparison, gold: &str) {
    let report = serde_json::to_value(report).expect("a comparison serialises");
    let gold: Json = serde_json::from_str(gold).expect("gold is JSON");
    let fails = score::comparison(&report, &gold);
    assert!(fails.is_empty(), "{} failed checks:\n{}", fails.len(), fails.join("\n"));
}

mod pairs {
    use super::*;

    #[track_caller]
    fn check(a: &str, b: &str, gold: &str) {
        let comparison = klausul::compare(&analyse_numbered("a.txt", a), &analyse_numbered("b.txt", b));
        assert_scores_full(&comparison, gold);
    }

    #[test]
    fn da_inserted_section() {
        check(
            include_str!("pairs/da-inserted-section/a.txt"),
            include_str!("pairs/da-inserted-section/b.txt"),
            include_str!("pairs/da-inserted-section/gold.json"),
        );
    }

    #[test]
    fn en_moved_split_merged() {
        check(
            include_str!("pairs/en-moved-split-merged/a.txt"),
            include_str!("pairs/en-moved-split-merged/b.txt"),
            include_str!("pairs/en-moved-split-merged/gold.json"),
        );
    }

    #[test]
    fn da_annex_removed() {
        check(include_str!("pairs/da-annex-removed/a.txt"), include_str!("pairs/da-annex-removed/b.txt"), include_str!("pairs/da-annex-removed/gold.json"));
    }

    #[test]
    fn two_different_agreements_are_agreements() {
        let comparison = klausul::compare(
            &analyse_numbered("a.txt", include_str!("pairs/da-annex-removed/a.txt")),
            &analyse_numbered("b.txt", include_str!("pairs/en-moved-split-merged/a.txt")),
        );
        assert_eq!(comparison.kind, klausul::PairKind::Agreements);
    }
}

mod scoring {
    use super::score::ref_matches;
    use super::*;

    /// The port must be able to fail: a gold that claims the wrong things loses points.
    #[test]
    fn a_wrong_gold_fails() {
        let comparison = klausul::compare(
            &analyse_numbered("a.txt", include_str!("pairs/da-inserted-section/a.txt")),
            &analyse_numbered("b.txt", include_str!("pairs/da-inserted-section/b.txt")),
        );
        let report = serde_json::to_value(&comparison).expect("serialises");
        let gold: Json = serde_json::from_str(
            r#"{"kind": "agreements", "clauses_added": ["5.1"], "clauses_removed": ["4.1"], "clauses_changed": ["1.1"],
                "clauses_renumbered": {"4.1": "4.1"}, "clauses_moved": {"3.1": "3.1"}, "clauses_split": {"1.1": ["1.1", "1.2"]}}"#,
        )
        .expect("JSON");
        assert_eq!(score::comparison(&report, &gold).len(), 8);
    }

    #[test]
    fn references_match_like_score_py() {
        for (gold, id, heading, expected) in [
            ("13.1", "13.1", None, true),
            ("7.3", "7.3.a", None, true),
            ("7", "7.3", None, true),
            ("7.3", "17.3", None, false),
            ("Bilag 6", "Bilag 6 1.1", None, true),
            ("C.4|Bilag C.4", "Bilag C.4", None, true),
            ("c.4", "C.4.", None, true),
            ("De behandlede oplysninger", "Bilag A 2", Some("De behandlede oplysninger om kunder"), true),
            ("10", "Bilag A 2", Some("Punkt 10"), false),
        ] {
            assert_eq!(ref_matches(gold, id, heading), expected, "{gold} vs {id} ({heading:?})");
        }
    }
}

mod fixtures {
    use super::*;

    fn analyse(bytes: &[u8], name: &str) -> Analysis {
        klausul::analyze_bytes(bytes, name).expect("the fixture reads")
    }

    #[test]
    fn smtp_v1_vs_v2_scores_full() {
        let a = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), "smtp-dk-standardkontraktsbestemmelser.txt");
        let b = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt"), "smtp-dk-standardkontraktsbestemmelser-v2.txt");
        let comparison = klausul::compare(&a, &b);
        assert_scores_full(&comparison, include_str!("fixtures/expected/pair-smtp-dk-v1-vs-v2.json"));
    }

    #[test]
    fn smtp_v1_vs_v2_renumbers_without_touching_the_text() {
        let a = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), "smtp-dk-standardkontraktsbestemmelser.txt");
        let b = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt"), "smtp-dk-standardkontraktsbestemmelser-v2.txt");
        let c = klausul::compare(&a, &b);
        assert_eq!(c.kind, klausul::PairKind::Versions);
        let row = |a: Option<&str>, b: Option<&str>| c.alignment.iter().find(|r| r.a.as_deref() == a && r.b.as_deref() == b);
        for (old, new) in [("13.1", "14.1"), ("14.1", "15.1"), ("14.2", "15.2"), ("14.3", "15.3"), ("14.4", "15.4"), ("14.5", "15.5"), ("15.1", "16.1"), ("15.2", "16.2")] {
            let r = row(Some(old), Some(new)).unwrap_or_else(|| panic!("no row {old} → {new}"));
            assert_eq!(r.status, klausul::AlignStatus::Renumbered, "{old} → {new}");
            assert_eq!(r.similarity, 1.0, "{old} → {new}");
        }
        let r = row(Some("10.2"), Some("10.2")).expect("a row 10.2 → 10.2");
        assert_eq!(r.status, klausul::AlignStatus::Changed);
        let edits: Vec<(klausul::DiffOp, &str)> = r.diff.iter().filter(|d| d.op != klausul::DiffOp::Equal).map(|d| (d.op, d.text.as_str())).collect();
        assert_eq!(edits, [(klausul::DiffOp::Delete, "24"), (klausul::DiffOp::Insert, "48")]);
        for added in ["11.2", "13.1"] {
            let r = row(None, Some(added)).unwrap_or_else(|| panic!("{added} is not added"));
            assert_eq!(r.status, klausul::AlignStatus::Added);
        }
    }

    #[test]
    fn smtp_vs_marketing_bureau_scores_full() {
        let a = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), "smtp-dk-standardkontraktsbestemmelser.txt");
        let b = analyse(include_bytes!("fixtures/marketing-bureau-databehandleraftale.txt"), "marketing-bureau-databehandleraftale.txt");
        let comparison = klausul::compare(&a, &b);
        assert_eq!(comparison.kind, klausul::PairKind::Agreements);
        assert_scores_full(&comparison, include_str!("fixtures/expected/pair-smtp-dk-vs-marketing-bureau.json"));
    }

    /// With the placeholder segmenter (one clause per paragraph), the version pair must already
    /// align as versions, with no clause of either side twice.
    #[test]
    fn smtp_v1_vs_v2_paragraphs_align_as_versions() {
        let a = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), "smtp-dk-standardkontraktsbestemmelser.txt");
        let b = analyse(include_bytes!("fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt"), "smtp-dk-standardkontraktsbestemmelser-v2.txt");
        let c = klausul::compare(&a, &b);
        assert_eq!(c.kind, klausul::PairKind::Versions);
        let changed: Vec<&str> = c.alignment.iter().filter(|r| r.status != klausul::AlignStatus::Unchanged && r.status != klausul::AlignStatus::Renumbered).filter_map(|r| r.b.as_deref().or(r.a.as_deref())).collect();
        assert!(changed.len() < 30, "{} rows not unchanged: {changed:?}", changed.len());
    }
}

/// Both texts through the whole pipeline (ingest, segmenter, engine), and the alignment as JSON.
fn aligned(a_text: &str, b_text: &str) -> (Analysis, Json) {
    let a = klausul::analyze(&klausul::ingest(a_text.as_bytes(), "a.txt").unwrap());
    let b = klausul::analyze(&klausul::ingest(b_text.as_bytes(), "b.txt").unwrap());
    let rows = serde_json::to_value(&klausul::compare(&a, &b).alignment).unwrap();
    (a, rows)
}

/// Each `(A id, B id, status)` is a row of the alignment (an empty A id is a placeholder).
#[track_caller]
fn assert_rows(rows: &Json, expected: &[(&str, &str, &str)]) {
    for &(a_id, b_id, status) in expected.iter().filter(|(a, _, _)| !a.is_empty()) {
        let row = rows.as_array().unwrap().iter().find(|r| r["a"] == a_id).unwrap_or_else(|| panic!("{a_id} not aligned: {rows}"));
        assert_eq!((row["b"].as_str(), row["status"].as_str()), (Some(b_id), Some(status)), "{a_id}: {row}");
    }
}

/// Issue 15: one version with numbered headings, the other with the same headings and no
/// numbers: each section aligns with its numbered counterpart, `renumbered` where only the number
/// differs and `changed` where the text does too. Both through the whole pipeline (ingest and
/// the engine's segmenter), in English and Danish.
#[test]
fn headings_only_version_aligns_with_numbered_version() {
    let pairs = [
        (
            "Data Processing Terms\n\nSub-processors\n\nThe Processor may engage sub-processors under the general authorisation in these terms and will announce new ones 30 days in advance.\n\nSecurity\n\nThe Processor encrypts personal data at rest and in transit and reviews access rights every quarter.\n\nBreach notification\n\nThe Processor will notify the Controller of a personal data breach within 48 hours of becoming aware of it.\n",
            "Data Processing Terms\n\n1. Sub-processors\n\nThe Processor may engage sub-processors under the general authorisation in these terms and will announce new ones 30 days in advance.\n\n2. Security\n\nThe Processor encrypts personal data at rest and in transit and reviews access rights every quarter.\n\n3. Breach notification\n\nThe Processor will notify the Controller of a personal data breach within 24 hours of becoming aware of it.\n",
            [("Sub-processors", "1", "renumbered"), ("Security", "2", "renumbered"), ("Breach notification", "3", "changed")],
        ),
        (
            "Databehandleraftale\n\nUnderdatabehandlere\n\nDatabehandleren må anvende underdatabehandlere med generel godkendelse og varsler ændringer med 30 dage.\n\nSletning\n\nVed aftalens ophør sletter databehandleren alle personoplysninger inden 30 dage.\n",
            "Databehandleraftale\n\n1. Underdatabehandlere\n\nDatabehandleren må anvende underdatabehandlere med generel godkendelse og varsler ændringer med 30 dage.\n\n2. Sletning\n\nVed aftalens ophør sletter databehandleren alle personoplysninger inden 60 dage.\n",
            [("Underdatabehandlere", "1", "renumbered"), ("Sletning", "2", "changed"), ("", "", "")],
        ),
    ];
    for (a_text, b_text, expected) in pairs {
        assert_rows(&aligned(a_text, b_text).1, &expected);
    }
}

/// A new signing date or signatory changes the signature block after the last clause, which is a
/// clause of its own (parties and contacts), not the last clause: "Governing law" is unchanged.
/// In Danish and Swedish (tables, as Word writes them) and in English (lines), through the whole
/// pipeline.
#[test]
fn a_new_signing_date_changes_only_the_signature_block() {
    let pairs = [
        (
            "Databehandleraftale\n\n1. Behandlingen\n\n1.1 Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra den dataansvarlige.\n\n2. Lovvalg\n\n2.1 Aftalen er underlagt dansk ret, og tvister afgøres ved Retten i Odense.\n\nFor Elmegårdens Tandlæger I/S | For Tandjournalen ApS\nSofie Brandt, indehaver | Niels Kjær, direktør\nOdense, den 3. februar 2026 | Vejle, den 4. februar 2026\n\nBilag 1 – Underdatabehandlere\n\nNordhost A/S, Vejle, drift af servere.\n",
            "Underskrifter",
            "2.1",
        ),
        (
            "Data Processing Agreement\n\n1. Processing\n\n1.1 The Processor processes personal data only on documented instructions from the Controller.\n\n2. Governing law\n\n2.1 This Agreement is governed by the laws of Ireland and the courts of Cork have jurisdiction.\n\nSigned for and on behalf of Lee Valley Physio Ltd\nName: Ciara Walsh, Director\nDate: 3 February 2026\n\nSigned for and on behalf of Notewell Software Ltd\nName: Brian Moran, CEO\nDate: 4 February 2026\n",
            "Signatures",
            "2.1",
        ),
        (
            // Swedish, as a table: the parties' names (an association has no legal form), then
            // each party's place and date without a comma.
            "Personuppgiftsbiträdesavtal\n\n1. Behandlingen\n\n1.1 Biträdet behandlar personuppgifter endast enligt dokumenterade instruktioner från föreningen.\n\n2. Tillämplig lag\n\n2.1 Svensk lag gäller för avtalet och tvister avgörs av Växjö tingsrätt.\n\nVäxjö Orienteringsklubb | Banläggarna Sverige AB\nVäxjö den 3 februari 2026 | Kalmar den 4 februari 2026\nLena Ek, ordförande | Jonas Berg, vd\n\nBilaga 1 Underbiträden\n\nNordhall Drift AB, Borås, drift av servrar.\n",
            "Underskrifter",
            "2.1",
        ),
    ];
    for (a_text, signatures, last) in pairs {
        let b_text = a_text.replace("februar 2026", "marts 2026").replace("februari 2026", "mars 2026").replace("February 2026", "March 2026");
        let (a, rows) = aligned(a_text, &b_text);
        let block = a.clauses.iter().find(|c| c.id == signatures).unwrap_or_else(|| panic!("no {signatures}: {:?}", a.clauses.iter().map(|c| &c.id).collect::<Vec<_>>()));
        assert_eq!(block.categories, vec![klausul::Category::PartiesContacts], "{signatures}");
        let last_clause = a.clauses.iter().find(|c| c.id == last).unwrap();
        assert!(!last_clause.text.contains("2026"), "{last} keeps only its own text: {}", last_clause.text);
        assert!(!last_clause.categories.contains(&klausul::Category::PartiesContacts), "{last}: {:?}", last_clause.categories);
        let status = |id: &str| rows.as_array().unwrap().iter().find(|r| r["a"] == id).and_then(|r| r["status"].as_str().map(str::to_string));
        assert_eq!(status(last).as_deref(), Some("unchanged"), "{rows}");
        assert_eq!(status(signatures).as_deref(), Some("changed"), "{rows}");
    }
}

/// A version with headings only against one whose headings are numbered sections with numbered
/// clauses under them ("1. Purpose" / "1.1 The Supplier …"): the section of the first reads as
/// its heading and the clause, so a clause whose words are the same is `renumbered`, not
/// `changed`; one whose words changed is `changed`.
#[test]
fn headings_only_version_aligns_with_numbered_clauses_under_numbered_headings() {
    let pairs = [
        (
            "Data Processing Terms\n\nPurpose\n\nThe Supplier processes personal data of the Customer's tenants only to run the maintenance request portal.\n\nSecurity\n\nThe Supplier encrypts personal data at rest and in transit and reviews access rights every quarter.\n\nBreach notification\n\nThe Supplier will notify the Customer of a personal data breach within 48 hours of becoming aware of it.\n",
            "Data Processing Terms\n\n1. Purpose\n\n1.1 The Supplier processes personal data of the Customer's tenants only to run the maintenance request portal.\n\n2. Security\n\n2.1 The Supplier encrypts personal data at rest and in transit and reviews access rights every quarter.\n\n3. Breach notification\n\n3.1 The Supplier will notify the Customer of a personal data breach within 24 hours of becoming aware of it.\n",
            [("Purpose", "1.1", "renumbered"), ("Security", "2.1", "renumbered"), ("Breach notification", "3.1", "changed")],
        ),
        (
            "Databehandleraftale\n\nFortrolighed\n\nDatabehandleren sikrer, at de medarbejdere, der behandler foreningens oplysninger, har pligt til at holde dem fortrolige.\n\nSletning\n\nVed aftalens ophør sletter databehandleren alle personoplysninger, når foreningen beder om det.\n",
            "Databehandleraftale\n\n1. Fortrolighed\n\n1.1 Databehandleren sikrer, at de medarbejdere, der behandler foreningens oplysninger, har pligt til at holde dem fortrolige.\n\n2. Sletning\n\n2.1 Ved aftalens ophør sletter databehandleren alle personoplysninger senest 30 dage efter ophøret.\n",
            [("Fortrolighed", "1.1", "renumbered"), ("Sletning", "2.1", "changed"), ("", "", "")],
        ),
    ];
    for (a_text, b_text, expected) in pairs {
        assert_rows(&aligned(a_text, b_text).1, &expected);
    }
}
