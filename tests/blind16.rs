//! The sixteenth blind set (`tests/blind-16/`): six comparison pairs (nb 2, sv 2, de, da against
//! en) — a municipality's standard against a school app's terms (Word automatic numbering against a
//! LibreOffice PDF, verdicts both ways), a version with the definitions removed and clauses moved
//! between sections, a Swedish municipal template against a supplier transferring under the Data
//! Privacy Framework, a version renumbered from `§ 1` to `1.1`, a German AVV with a new § inserted,
//! and a Danish customer's standard against a supplier's English DPA — with a comparison gold for
//! each pair and an analysis gold for each side, written by someone who had not read the lexicons
//! or rules (see its README). It guards against regressions: each pair must keep at least
//! `COMPARISON_FLOOR` of its comparison checks, and each side at least `ANALYSIS_FLOOR` of its
//! analysis checks.

mod common;

/// Share of a pair's comparison checks it must pass.
///
/// Before the set was read (commit fe6fa6d, the engine of f129753) the pair renumbered from `§ 1`
/// to `1.1`, `sv-korkortsportalen-paragrafer`, passed 31 of 53 checks of score.py (0.58); after
/// tuning it passes 53 of 53 and the weakest, `sv-granvik-mall-vs-omsorgsplan`, 46 of 48 (0.96).
/// As for the other blind sets: minus a margin of 0.05, rounded down to a multiple of 0.05.
const COMPARISON_FLOOR: f64 = 0.90;

/// Share of a document's analysis checks it must pass. Before the set was read the weakest side
/// (`sv-korkortsportalen-paragrafer` a) passed 53 of 75 (0.71); after tuning the weakest passes 71
/// of 75 (0.95); minus 0.05 and rounded down to a multiple of 0.05.
const ANALYSIS_FLOOR: f64 = 0.85;

#[test]
fn sixteenth_blind_set_keeps_its_score() {
    let below = common::compare::pair_set_below_floors("blind-16", 6, COMPARISON_FLOOR, ANALYSIS_FLOOR);
    assert!(below.is_empty(), "blind-16 below its floors: {below:#?}");
}
