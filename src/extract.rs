//! Clauses with categories → per-category presence and normalised attributes.

use std::collections::BTreeMap;

use crate::{taxonomy, Category, CategoryResult, Clause, Document};

/// Every taxonomy category with its clauses and attributes.
pub fn extract(_document: &Document, clauses: &[Clause]) -> BTreeMap<Category, CategoryResult> {
    Category::ALL
        .into_iter()
        .map(|c| {
            let ids: Vec<String> = clauses.iter().filter(|cl| cl.categories.contains(&c)).map(|cl| cl.id.clone()).collect();
            (c, CategoryResult { present: !ids.is_empty(), clauses: ids, attributes: taxonomy::default_attributes(c), evidence: Default::default() })
        })
        .collect()
}
