//! Document → clauses, keeping the document's own numbering (`7.3`, `C.6`, `Bilag 3 2.1`).

use crate::{Category, Clause, Document};

/// Splits a document into clauses with ids as report-schema.md defines them.
pub fn segment(document: &Document) -> Vec<Clause> {
    // Placeholder until the segmentation issue: one clause per paragraph.
    document
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| Clause {
            id: format!("¶{}", i + 1),
            heading: None,
            text: document.paragraph_text(p).to_string(),
            span: [p.start, p.end],
            categories: vec![Category::Unclassified],
            score: 0.0,
            cues: Vec::new(),
        })
        .collect()
}
