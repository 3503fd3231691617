//! The tenth blind set (`tests/blind-10/`): ten commercially drafted DPAs (da, en, de, no, sv)
//! whose difficulty is their content rather than their structure — a SaaS addendum with a long
//! definitions section, the Commission's Art. 28 clauses with the controller's additions, the
//! Danish template's annexes, German "Auftragsverarbeitung" with processor BCRs and with old
//! clauses left in, business-day deadlines, fees "covered by the subscription", transfer tools
//! named only to be denied or as history — from LibreOffice, Chromium, wkhtmltopdf and ReportLab
//! PDFs, LibreOffice and python-docx DOCX, HTML, Markdown and CRLF text, with gold files written by
//! someone who had not read the lexicons or rules (see its README). It guards against
//! regressions: each document must keep at least `FLOOR` of its checks.

mod common;

use common::score::{below_floor, score_blind_set};

/// Share of all checks (categories, locations, attributes, findings) a document must pass.
///
/// Before the set was read (commit b77780c) its weakest document,
/// `de-mieterportal-avv-altklauseln.pdf`, passed 71 of 80 checks (0.89). After tuning on the set
/// (1e85ce2) the weakest, `da-skolesnak-autonummerering.docx` and the Mieterportal PDF, pass 78
/// of 80 and 79 of 81 (0.97); minus a margin of 0.05 and rounded down to a multiple of 0.05 that
/// gives 0.90.
const FLOOR: f64 = 0.90;

#[test]
fn tenth_blind_set_keeps_its_score() {
    let scored = score_blind_set("blind-10");
    assert_eq!(scored.len(), 10, "the tenth blind set has ten documents");
    let below = below_floor(&scored, FLOOR);
    assert!(below.is_empty(), "blind-10 documents below {FLOOR}: {below:#?}");
}
