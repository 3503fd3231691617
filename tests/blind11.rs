//! The eleventh blind set (`tests/blind-11/`): eight comparison pairs (da 3, en 3, de, sv) — six
//! versions of one agreement (a section inserted or deleted so later numbers shift, a clause moved,
//! one split and two merged, an annex removed, cross-references renumbered, numbers written out in
//! words, one version without clause numbers and the other numbered, page headers that differ) and
//! two suppliers' agreements against a buyer's standard — with a comparison gold for each pair and
//! an analysis gold for each side, written by someone who had not read the lexicons or rules (see
//! its README). The two sides of a pair often come from different producers (a Chromium PDF and
//! a python-docx file, HTML and DOCX, text and Markdown). It guards against regressions: each pair
//! must keep at least `COMPARISON_FLOOR` of its comparison checks (score.py `comparison`, plus the
//! keys our port knows beyond it), and each side at least `ANALYSIS_FLOOR` of its analysis checks.

mod common;

/// Share of a pair's comparison checks it must pass.
///
/// Before the set was read (commit 75ca4f0), the pair without clause numbers on one side,
/// `da-foreningsnettet-uden-numre`, passed 23 of 32 checks of score.py (0.72) and every other pair
/// 0.95 or more; after tuning every pair passes all of them. As for the other blind sets: the
/// weakest pair after tuning, minus a margin of 0.05, rounded down to a multiple of 0.05.
const COMPARISON_FLOOR: f64 = 0.95;

/// Share of a document's analysis checks it must pass. Before the set was read the weakest side
/// passed 60 of 68 (0.88); after tuning the weakest passes 78 of 79 (0.99); minus 0.05 and
/// rounded down to a multiple of 0.05.
const ANALYSIS_FLOOR: f64 = 0.90;

#[test]
fn eleventh_blind_set_keeps_its_score() {
    let below = common::compare::pair_set_below_floors("blind-11", 8, COMPARISON_FLOOR, ANALYSIS_FLOOR);
    assert!(below.is_empty(), "blind-11 below its floors: {below:#?}");
}
