//! Version pairs with gold files, scored like `score.py comparison`.
//!
//! - `pairs`: our own test DPAs (tests/pairs/*/a.txt, b.txt, gold.json), Danish and English,
//!   with an inserted section, moved, split and merged clauses, changed numbers and a removed
//!   annex. They are segmented here by their plain numbering (the engine's segmenter is another
//!   stage's job); classification, extraction and assessment are the engine's.
//! - `fixtures`: the reference pairs of tests/fixtures/expected through the whole pipeline.
//!
//! `score` is a port of score.py's `comparison` mode, plus checks for the keys it does not know:
//! `kind`, `clauses_moved` (A → B), `clauses_split` (A → [B]), `clauses_merged` (B → [A]),
//! `clauses_changed_pairs` (A → B) and `renumbered_unchanged_text`.

use serde_json::Value as Json;

use klausul::{Analysis, Clause, Document, Format, ParagraphKind, ANALYSIS_SCHEMA};

mod score {
    use super::Json;
    use std::collections::BTreeMap;

    const EMPTY: &Json = &Json::Null;

    fn norm(r: &str) -> String {
        let r = r.to_lowercase().replace('\u{a0}', " ");
        let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
        r.trim().trim_end_matches('.').trim().to_string()
    }

    fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    /// A gold reference matches a clause id equal to it or below it (7.3 covers 7.3.1), or a
    /// heading that holds it as whole words (never a bare number).
    pub fn ref_matches(gold: &str, clause_id: &str, heading: Option<&str>) -> bool {
        gold.split('|').any(|alt| {
            let (g, c) = (norm(alt), norm(clause_id));
            if g.is_empty() {
                return false;
            }
            if c == g || c.starts_with(&format!("{g}.")) || c.starts_with(&format!("{g} ")) {
                return true;
            }
            let has_letter = g.chars().any(|ch| ch.is_alphabetic());
            heading.is_some_and(|h| {
                let h = norm(h);
                has_letter
                    && h.match_indices(&g).any(|(at, _)| {
                        let before = h[..at].chars().next_back().is_none_or(|ch| !is_word_char(ch));
                        let after = h[at + g.len()..].chars().next().is_none_or(|ch| !is_word_char(ch));
                        before && after
                    })
            })
        })
    }

    fn str_of(v: &Json) -> Option<&str> {
        v.as_str()
    }

    fn headings(report: &Json, side: &str) -> BTreeMap<String, Option<String>> {
        report[side]["clauses"]
            .as_array()
            .map(|cs| cs.iter().filter_map(|c| Some((c["id"].as_str()?.to_string(), c["heading"].as_str().map(str::to_string)))).collect())
            .unwrap_or_default()
    }

    struct Ctx<'a> {
        rows: &'a [Json],
        a: BTreeMap<String, Option<String>>,
        b: BTreeMap<String, Option<String>>,
    }

    impl Ctx<'_> {
        fn side_matches(&self, row: &Json, side: &str, r: Option<&str>) -> bool {
            let Some(r) = r else { return true };
            let map = if side == "a" { &self.a } else { &self.b };
            row[side].as_str().is_some_and(|id| ref_matches(r, id, map.get(id).and_then(|h| h.as_deref())))
        }

        fn has(&self, statuses: &[&str], a: Option<&str>, b: Option<&str>) -> bool {
            self.rows.iter().any(|row| {
                row["status"].as_str().is_some_and(|s| statuses.contains(&s)) && self.side_matches(row, "a", a) && self.side_matches(row, "b", b)
            })
        }
    }

    fn same_value(gold: &Json, got: &Json) -> bool {
        match gold {
            Json::Null | Json::Bool(_) => gold == got,
            Json::Number(g) => got.as_f64().zip(g.as_f64()).is_some_and(|(x, y)| (x - y).abs() < 1e-9) && !got.is_boolean(),
            Json::String(g) => got.as_str().is_some_and(|s| s.to_lowercase() == g.to_lowercase()),
            Json::Array(g) if g.iter().all(Json::is_string) => {
                let Some(got) = got.as_array() else { return false };
                let mut x: Vec<String> = g.iter().filter_map(str_of).map(str::to_lowercase).collect();
                let mut y: Vec<String> = got.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string).to_lowercase()).collect();
                x.sort();
                y.sort();
                x == y
            }
            _ => gold == got,
        }
    }

    /// Every failed check, as score.py words it.
    pub fn comparison(report: &Json, gold: &Json) -> Vec<String> {
        let mut fails = Vec::new();
        let mut check = |ok: bool, what: String| {
            if !ok {
                fails.push(what);
            }
        };
        let cats = &report["categories"];
        for cat in gold["conflicts"].as_array().into_iter().flatten().filter_map(str_of) {
            check(cats[cat]["conflict"].as_bool() == Some(true), format!("{cat} should be a conflict"));
        }
        for (key, verdict) in gold["verdicts"].as_object().into_iter().flatten() {
            let (cat, attr) = key.split_once('.').unwrap_or((key, ""));
            let got = &cats[cat]["attributes"][attr]["verdict"];
            check(got == verdict, format!("{key} verdict should be {verdict}, got {got}"));
        }
        for (cat, presence) in gold["presence"].as_object().into_iter().flatten() {
            let got = &cats[cat]["presence"];
            check(got == presence, format!("{cat} presence should be {presence}, got {got}"));
        }
        let rows = report["alignment"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let ctx = Ctx { rows, a: headings(report, "a"), b: headings(report, "b") };
        for r in gold["clauses_changed"].as_array().into_iter().flatten().filter_map(str_of) {
            check(ctx.has(&["changed"], None, Some(r)) || ctx.has(&["changed"], Some(r), None), format!("clause {r} should be aligned as changed"));
        }
        for r in gold["clauses_added"].as_array().into_iter().flatten().filter_map(str_of) {
            check(ctx.has(&["added"], None, Some(r)), format!("clause {r} should be aligned as added"));
        }
        for r in gold["clauses_removed"].as_array().into_iter().flatten().filter_map(str_of) {
            check(ctx.has(&["removed"], Some(r), None), format!("clause {r} should be aligned as removed"));
        }
        for r in gold["clauses_unchanged"].as_array().into_iter().flatten().filter_map(str_of) {
            check(ctx.has(&["unchanged", "renumbered", "moved"], Some(r), Some(r)), format!("clause {r} should be aligned as unchanged"));
        }
        for side in ["a", "b"] {
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            for row in rows.iter().filter(|r| !matches!(r["status"].as_str(), Some("split" | "merged"))) {
                if let Some(id) = row[side].as_str() {
                    *seen.entry(id).or_default() += 1;
                }
            }
            let twice: Vec<&str> = seen.iter().filter(|(_, n)| **n > 1).map(|(k, _)| *k).collect();
            check(twice.is_empty(), format!("clauses of {} aligned more than once: {twice:?}", side.to_uppercase()));
        }
        let unchanged_text = gold["renumbered_unchanged_text"].as_bool() == Some(true);
        for (a, b) in gold["clauses_renumbered"].as_object().into_iter().flatten() {
            let b = b.as_str().unwrap_or("");
            check(ctx.has(&["renumbered", "moved", "unchanged"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as renumbered"));
            if unchanged_text {
                check(ctx.has(&["renumbered", "unchanged"], Some(a), Some(b)), format!("clause {a} → {b} should keep its text"));
            }
        }
        // Beyond score.py.
        if let Some(kind) = gold["kind"].as_str() {
            check(report["kind"].as_str() == Some(kind), format!("kind should be {kind}, got {}", report["kind"]));
        }
        for (a, b) in gold["clauses_moved"].as_object().into_iter().flatten() {
            let b = b.as_str().unwrap_or("");
            check(ctx.has(&["moved"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as moved"));
        }
        for (a, b) in gold["clauses_changed_pairs"].as_object().into_iter().flatten() {
            let b = b.as_str().unwrap_or("");
            check(ctx.has(&["changed"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as changed"));
        }
        for (key, status, one) in [("clauses_split", "split", "a"), ("clauses_merged", "merged", "b")] {
            for (whole, pieces) in gold[key].as_object().into_iter().flatten() {
                for piece in pieces.as_array().into_iter().flatten().filter_map(str_of) {
                    let (a, b) = if one == "a" { (whole.as_str(), piece) } else { (piece, whole.as_str()) };
                    check(ctx.has(&[status], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as {status}"));
                }
            }
        }
        let findings = &report["findings"];
        let has = |list: &str, fid: &str| findings[list].as_array().is_some_and(|l| l.iter().any(|x| x == fid));
        for fid in gold["findings_a_only"].as_array().into_iter().flatten().filter_map(str_of) {
            check(has("a_only", fid), format!("finding {fid} should be A-only"));
        }
        for fid in gold["findings_b_only"].as_array().into_iter().flatten().filter_map(str_of) {
            check(has("b_only", fid), format!("finding {fid} should be B-only"));
        }
        for fid in gold["findings_b_required"].as_array().into_iter().flatten().filter_map(str_of) {
            check(has("b_only", fid) || has("both", fid), format!("finding {fid} should be reported for B"));
        }
        for (cat, attrs) in gold["b_attributes"].as_object().into_iter().flatten() {
            for (name, value) in attrs.as_object().into_iter().flatten() {
                let got = report["b"]["categories"][cat]["attributes"].get(name).unwrap_or(EMPTY);
                check(same_value(value, got), format!("B: {cat}.{name} should be {value}, got {got}"));
            }
        }
        fails
    }
}

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
        let a = klausul::analyze(&klausul::ingest(a_text.as_bytes(), "a.txt").unwrap());
        let b = klausul::analyze(&klausul::ingest(b_text.as_bytes(), "b.txt").unwrap());
        let report = klausul::compare(&a, &b);
        let rows = serde_json::to_value(&report.alignment).unwrap();
        for (a_id, b_id, status) in expected.into_iter().filter(|(a, _, _)| !a.is_empty()) {
            let row = rows.as_array().unwrap().iter().find(|r| r["a"] == a_id).unwrap_or_else(|| panic!("{a_id} not aligned: {rows}"));
            assert_eq!((row["b"].as_str(), row["status"].as_str()), (Some(b_id), Some(status)), "{a_id}: {row}");
        }
    }
}
