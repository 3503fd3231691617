//! The third blind set (`tests/blind-3/`): ten DPAs and excerpts (da, en, sv, no, de) with gold
//! files, written by someone who had not read the lexicons or rules, and scored before any tuning
//! (see its README; it has since been used for tuning). It guards against regressions: each
//! document must keep at least `FLOOR` of its checks.

mod common;

use std::path::Path;

use common::score::score_analysis;

/// Share of all checks (categories, locations, attributes, findings) a document must pass.
///
/// Set from the engine as it was before any tuning (commit 4c28a77): its weakest document,
/// `no-sporsmal-og-svar.md`, passed 43 of 68 checks (0.63); minus a margin of 0.05 and rounded
/// down to a multiple of 0.05 that gives 0.55. After the set was used for tuning (2026-12-06, see
/// the README) the weakest document is still `no-sporsmal-og-svar.md` at 0.63, so the floor stays.
const FLOOR: f64 = 0.55;

#[test]
fn third_blind_set_keeps_its_score() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/blind-3");
    let mut scored = 0;
    let mut below = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/blind-3 exists") {
        let gold_path = entry.expect("readable dir").path();
        if gold_path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc = ["txt", "md"].iter().map(|e| gold_path.with_extension(e)).find(|p| p.exists()).expect("document next to gold");
        let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
        let analysis = klausul::analyze_bytes(&std::fs::read(&doc).expect("readable"), name).expect("blind document ingests");
        let report = serde_json::to_value(&analysis).expect("serialises");
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold")).expect("gold parses");
        assert_eq!(gold["document"].as_str(), Some(name), "gold {} names its document", gold_path.display());
        let tally = score_analysis(&report, &gold);
        let (p, f) = tally.areas.values().fold((0u32, 0u32), |(p, f), (a, b)| (p + a, f + b));
        let share = f64::from(p) / f64::from((p + f).max(1));
        eprintln!("{name}: {p}/{} ({:.0} %)", p + f, share * 100.0);
        if share < FLOOR {
            below.push(format!("{name}: {share:.2}\n{}", tally.summary()));
        }
        scored += 1;
    }
    assert_eq!(scored, 10, "the third blind set has ten documents");
    assert!(below.is_empty(), "blind-3 documents below {FLOOR}: {below:#?}");
}
