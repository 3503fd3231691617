//! The fourteenth blind set (`tests/blind-14/`): six comparison pairs (da, en 2, nb, de, sv) — a
//! DOCX with Word tracked changes and a comment against the PDF of the version before (compared as
//! accepted), the Commission's 2021/915 clauses as a customer's benchmark against a vendor's DPA, a
//! chapter inserted so later numbers shift, a Muster-AVV against a supplier's AVV with Word
//! numbering (verdicts both ways), a section split and clauses merged, and US `Section 4.2`
//! numbering hanging in a margin of its own — with a comparison gold for each pair and an analysis
//! gold for each side, written by someone who had not read the lexicons or rules (see its README).
//! It guards against regressions: each pair must keep at least `COMPARISON_FLOOR` of its comparison
//! checks, and each side at least `ANALYSIS_FLOOR` of its analysis checks.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Share of a pair's comparison checks it must pass.
///
/// Before the set was read (commit 204b093, the engine of e24d7fe) the pair with US section
/// numbers hanging in a margin, `en-quillstack-us-stil`, passed 42 of 51 checks of score.py (0.82);
/// after tuning the weakest, `sv-klubbportalen-delat-avsnitt`, passes 49 of 50 (0.98). As for the
/// other blind sets: minus a margin of 0.05, rounded down to a multiple of 0.05.
const COMPARISON_FLOOR: f64 = 0.90;

/// Share of a document's analysis checks it must pass. Before the set was read the weakest side
/// (`en-quillstack-us-stil` b) passed 67 of 77 (0.87); after tuning the weakest passes 79 of 80
/// (0.99); minus 0.05 and rounded down to a multiple of 0.05.
const ANALYSIS_FLOOR: f64 = 0.90;

fn side(dir: &Path, which: &str) -> PathBuf {
    ["txt", "md", "pdf", "docx", "html"].iter().map(|e| dir.join(format!("{which}.{e}"))).find(|p| p.exists()).unwrap_or_else(|| panic!("{}: no {which} document", dir.display()))
}

fn analyse(path: &Path) -> klausul::Analysis {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
    klausul::analyze_bytes(&std::fs::read(path).expect("readable"), name).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gold(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("gold parses")
}

#[test]
fn fourteenth_blind_set_keeps_its_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/blind-14");
    let mut pairs: Vec<PathBuf> = std::fs::read_dir(&root).expect("blind-14").map(|e| e.expect("entry").path()).filter(|p| p.join("gold.json").exists()).collect();
    pairs.sort();
    assert_eq!(pairs.len(), 6, "the fourteenth blind set has six pairs");
    let mut below = Vec::new();
    for dir in &pairs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("pair").to_string();
        let (a, b) = (analyse(&side(dir, "a")), analyse(&side(dir, "b")));
        for (which, analysis) in [("a", &a), ("b", &b)] {
            let report = serde_json::to_value(analysis).expect("serialises");
            let tally = common::score::score_analysis(&report, &gold(&dir.join(format!("{which}.json"))));
            let (p, f) = tally.areas.values().fold((0u32, 0u32), |(p, f), (x, y)| (p + x, f + y));
            let share = f64::from(p) / f64::from((p + f).max(1));
            eprintln!("{name} {which}: analysis {p}/{}", p + f);
            if share < ANALYSIS_FLOOR {
                below.push(format!("{name} {which}: analysis {share:.2}\n{}", tally.summary()));
            }
        }
        let report = serde_json::to_value(klausul::compare(&a, &b)).expect("serialises");
        let (total, fails) = common::compare::checked(&report, &gold(&dir.join("gold.json")));
        let share = f64::from(total - fails.len() as u32) / f64::from(total.max(1));
        eprintln!("{name}: comparison {}/{total}", total - fails.len() as u32);
        if share < COMPARISON_FLOOR {
            below.push(format!("{name}: comparison {share:.2}\n{}", fails.join("\n")));
        }
    }
    assert!(below.is_empty(), "blind-14 below its floors: {below:#?}");
}
