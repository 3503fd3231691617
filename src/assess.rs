//! Categories and attributes → findings (taxonomy.md §3).

use std::collections::BTreeMap;

use crate::{Category, CategoryResult, Clause, Document, Finding};

/// The findings on one document, most severe first.
pub fn assess(_document: &Document, _clauses: &[Clause], _categories: &BTreeMap<Category, CategoryResult>) -> Vec<Finding> {
    Vec::new()
}
