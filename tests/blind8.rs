//! The eighth blind set (`tests/blind-8/`): ten DPAs (da, en, de, no, sv) in shapes and from
//! producers the earlier sets lacked — a Danish/English agreement side by side in a Word table,
//! a Word redline with unaccepted tracked changes and comments, a German Word form with content
//! controls, check boxes and a text box, a Swedish two-column PDF with soft hyphens, an English
//! groff PDF with `ARTICLE IV` headings after lettered recitals, a UTF-16 text with form feeds and
//! a table typed with spaces, a master services agreement whose DPA is a schedule, a Norwegian
//! web page of questions and answers, a landscape PDF of lettered annexes, and a Word file with a
//! table of contents and four-level numbering — with gold files written by someone who had not
//! read the lexicons or rules (see its README). It guards against regressions: each document must
//! keep at least `FLOOR` of its checks.

mod common;

use common::score::{below_floor, score_blind_set};

/// Share of all checks (categories, locations, attributes, findings) a document must pass.
///
/// Before the set was read (commit 9ffa8b8) its weakest document, `da-kystlys-tosproget.docx`,
/// passed 29 of 62 checks (0.47), which would have given 0.40. After tuning on the set (d8328f7)
/// the weakest, `no-smorbukk-sporsmal-svar.html`, passes 67 of 74 (0.905); minus a margin of 0.05
/// and rounded down to a multiple of 0.05 that gives 0.85.
const FLOOR: f64 = 0.85;

#[test]
fn eighth_blind_set_keeps_its_score() {
    let scored = score_blind_set("blind-8");
    assert_eq!(scored.len(), 10, "the eighth blind set has ten documents");
    let below = below_floor(&scored, FLOOR);
    assert!(below.is_empty(), "blind-8 documents below {FLOOR}: {below:#?}");
}
