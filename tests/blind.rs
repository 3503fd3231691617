//! The blind set (`tests/blind/`): six DPAs with gold files written by someone who never saw the
//! lexicons or rules. It measures how well the rules generalise and must never be tuned on, so
//! this test only guards against regressions: each document must keep most of its checks.

mod common;

use std::path::Path;

use common::score::score_analysis;

/// Share of all checks (categories, locations, attributes, findings) a blind document must pass.
const FLOOR: f64 = 0.80;

#[test]
fn blind_documents_keep_their_score() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/blind");
    let mut scored = 0;
    let mut below = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/blind exists") {
        let gold_path = entry.expect("readable dir").path();
        if gold_path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc = ["txt", "md"].iter().map(|e| gold_path.with_extension(e)).find(|p| p.exists()).expect("document next to gold");
        let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
        let analysis = klausul::analyze_bytes(&std::fs::read(&doc).expect("readable"), name).expect("blind document ingests");
        let report = serde_json::to_value(&analysis).expect("serialises");
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold")).expect("gold parses");
        let tally = score_analysis(&report, &gold);
        let (p, f) = tally.areas.values().fold((0u32, 0u32), |(p, f), (a, b)| (p + a, f + b));
        let share = f64::from(p) / f64::from((p + f).max(1));
        eprintln!("{name}: {p}/{} ({:.0} %)", p + f, share * 100.0);
        if share < FLOOR {
            below.push(format!("{name}: {share:.2}\n{}", tally.summary()));
        }
        scored += 1;
    }
    assert_eq!(scored, 6, "the blind set has six documents");
    assert!(below.is_empty(), "blind documents below {FLOOR}: {below:#?}");
}
