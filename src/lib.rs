//! Klausul's engine: read a data processing agreement (PDF, DOCX, TXT, Markdown), split it into
//! clauses, map them to the GDPR Art. 28 taxonomy, extract attributes, assess findings, and
//! compare two agreements or two versions of one.
//!
//! ```text
//! bytes ──ingest──▶ Document ──segment──▶ Clauses ──classify──▶ categories ──extract──▶ attributes
//!                                                             └──assess──▶ findings
//! (Analysis A, Analysis B) ──compare──▶ Comparison ──report──▶ JSON · Markdown · HTML · text
//! ```
//!
//! The engine is plain Rust: no DOM, no file system, no clock, no randomness. Only [`ingest()`]
//! can fail; everything after it always produces a result.
//!
//! ```
//! let doc = klausul::ingest(b"1. Fortrolighed\n\nDatabehandleren sikrer fortrolighed.", "dpa.txt").unwrap();
//! let analysis = klausul::analyze(&doc);
//! assert_eq!(analysis.document.format, klausul::Format::Txt);
//! ```
#![deny(missing_docs)]

pub mod assess;
mod chars;
pub mod classify;
pub mod compare;
mod embedded;
pub mod extract;
mod hash;
pub mod ingest;
pub mod lexicon;
mod model;
pub mod playbook;
pub mod report;
pub mod review;
pub mod segment;
pub mod taxonomy;

pub use compare::{compare, different_languages};
pub use ingest::{ingest, ingest_with_progress, IngestError, IngestErrorKind, Progress};
pub use model::*;

/// Analyses an ingested document: clauses, categories with attributes, and findings.
pub fn analyze(document: &Document) -> Analysis {
    let mut clauses = segment::segment(document);
    // Each clause is tokenised, stemmed and matched once, for classify and extract both.
    let lex = lexicon::lexicon(classify::language(document));
    let analyser = lex.analyser();
    let texts: Vec<String> = clauses.iter().map(|c| extract::clause_text(document, c)).collect();
    // The text with paragraph breaks tokenises as the spaced `Clause::text` does (a hyphen
    // before a break joins the words either way); only sentence ends differ, and classify only
    // asks whether a clause is one sentence.
    let analysed: Vec<lexicon::Analysed> = texts.iter().map(|t| analyser.analyse(t)).collect();
    let bodies: Vec<&lexicon::Analysed> = analysed.iter().collect();
    classify::classify_analysed(&analyser, &mut clauses, &bodies);
    let mut categories = extract::extract_analysed(&analyser, document, &clauses, analysed);
    extract::parties_where_named(&mut clauses, &mut categories);
    let findings = assess::assess(document, &clauses, &categories);
    Analysis {
        schema: ANALYSIS_SCHEMA.to_string(),
        engine: Engine::current(),
        document: document.clone(),
        clauses,
        categories,
        findings,
        playbook: None,
    }
}

/// Reads and analyses a file in one step.
pub fn analyze_bytes(bytes: &[u8], name: &str) -> Result<Analysis, IngestError> {
    ingest(bytes, name).map(|doc| analyze(&doc))
}
