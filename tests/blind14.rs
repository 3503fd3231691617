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

#[test]
fn fourteenth_blind_set_keeps_its_score() {
    let below = common::compare::pair_set_below_floors("blind-14", 6, COMPARISON_FLOOR, ANALYSIS_FLOOR);
    assert!(below.is_empty(), "blind-14 below its floors: {below:#?}");
}
