//! Clauses → categories, with the cue phrases that decided them.

use crate::{Clause, Document};

/// Sets `categories`, `score` and `cues` on each clause.
pub fn classify(_document: &Document, _clauses: &mut [Clause]) {}
