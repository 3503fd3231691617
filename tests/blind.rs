//! The blind set (`tests/blind/`): six DPAs with gold files written by someone who never saw the
//! lexicons or rules. It measures how well the rules generalise and must never be tuned on, so
//! this test only guards against regressions: each document must keep most of its checks.

mod common;

use common::score::{below_floor, score_blind_set};

/// Share of all checks (categories, locations, attributes, findings) a blind document must pass.
const FLOOR: f64 = 0.80;

#[test]
fn blind_documents_keep_their_score() {
    let scored = score_blind_set("blind");
    assert_eq!(scored.len(), 6, "the blind set has six documents");
    let below = below_floor(&scored, FLOOR);
    assert!(below.is_empty(), "blind documents below {FLOOR}: {below:#?}");
}
