//! The fifteenth blind set (`tests/blind-15/`): seven long vendor DPAs with the EU standard
//! contractual clauses for third-country transfers (Module Two, paraphrased) appended, whose body
//! and SCCs state different values (hours, notice days, governing law) — a SaaS DPA with `Section
//! N.N` headings (Chromium PDF), a UK-style addendum with the UK Addendum and IDTA (Word headings),
//! a DPA with the SCCs incorporated by reference and the Data Privacy Framework (LibreOffice PDF),
//! a Danish Datatilsynet-style DPA with an English SCC annex, a Swedish DPA numbered only by
//! Word's automatic numbering, a German AVV with the SCCs in German (reportlab PDF) and a
//! Norwegian DPA in plain text without numbers — with gold files written by someone who had not
//! read the lexicons or rules (see its README). It guards against regressions: each document must
//! keep at least `FLOOR` of its checks.

mod common;

use common::score::{below_floor, score_blind_set};

/// Share of all checks (categories, locations, attributes, findings) a document must pass.
///
/// Before the set was read (commit fe6fa6d, the engine of f129753) its weakest document,
/// `en-harrowgate-uk-addendum-scc.docx`, passed 61 of 78 checks (0.78: recitals `(A)`, `(B)`
/// after the parties took the sections' numbers). After tuning the weakest,
/// `de-kellerhaus-avv-modul2.pdf`, passes 81 of 84 (0.96); minus a margin of 0.05 and rounded
/// down to a multiple of 0.05 that gives 0.90.
const FLOOR: f64 = 0.90;

#[test]
fn fifteenth_blind_set_keeps_its_score() {
    let scored = score_blind_set("blind-15");
    assert_eq!(scored.len(), 7, "the fifteenth blind set has seven documents");
    let below = below_floor(&scored, FLOOR);
    assert!(below.is_empty(), "blind-15 documents below {FLOOR}: {below:#?}");
}
