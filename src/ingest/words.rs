//! The word lists of `words.toml`, parsed once.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

#[cfg(test)]
const SOURCE: &str = include_str!("words.toml");

/// The same file as JSON, converted by `build.rs` (JSON parses faster; this is read at every start).
const COMPILED: &str = include_str!(concat!(env!("OUT_DIR"), "/src_ingest_words.toml.json"));

#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct Words {
    pub docx: Docx,
    pub dpa: Dpa,
    pub hyphen: Hyphen,
    pub line: LineWords,
    /// Telling words by ISO 639-1 code.
    pub language: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct Dpa {
    pub stems: Vec<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct Docx {
    pub heading_styles: Vec<String>,
    pub title_styles: Vec<String>,
    pub toc_styles: Vec<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct Hyphen {
    pub conjunctions: Vec<String>,
    pub keep_prefixes: Vec<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct LineWords {
    pub abbreviations: Vec<String>,
    pub annex_words: Vec<String>,
    pub clause_words: Vec<String>,
    pub of_words: Vec<String>,
    pub page_words: Vec<String>,
}

/// The parsed word lists. The file is compiled in and tested, so failing to parse is a bug;
/// an empty set keeps the engine running even then.
pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        serde_json::from_str(COMPILED).unwrap_or_else(|_| Words {
            docx: Docx { heading_styles: Vec::new(), title_styles: Vec::new(), toc_styles: Vec::new() },
            dpa: Dpa { stems: Vec::new() },
            hyphen: Hyphen { conjunctions: Vec::new(), keep_prefixes: Vec::new() },
            line: LineWords { abbreviations: Vec::new(), annex_words: Vec::new(), clause_words: Vec::new(), of_words: Vec::new(), page_words: Vec::new() },
            language: BTreeMap::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(name: &str, list: &[String]) {
        let mut sorted = list.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(list, &sorted[..], "{name} is not sorted and unique");
        assert!(list.iter().all(|w| *w == w.to_lowercase()), "{name} has capitals");
    }

    #[test]
    fn word_lists_parse_and_are_sorted() {
        let w: Words = toml::from_str(SOURCE).expect("words.toml parses");
        assert_sorted("docx.heading_styles", &w.docx.heading_styles);
        assert_sorted("docx.title_styles", &w.docx.title_styles);
        assert_sorted("docx.toc_styles", &w.docx.toc_styles);
        assert_sorted("dpa.stems", &w.dpa.stems);
        assert_sorted("hyphen.conjunctions", &w.hyphen.conjunctions);
        assert_sorted("hyphen.keep_prefixes", &w.hyphen.keep_prefixes);
        assert_sorted("line.abbreviations", &w.line.abbreviations);
        assert_sorted("line.annex_words", &w.line.annex_words);
        assert_sorted("line.clause_words", &w.line.clause_words);
        assert_sorted("line.of_words", &w.line.of_words);
        assert_sorted("line.page_words", &w.line.page_words);
        for code in ["da", "de", "en", "no", "sv"] {
            let list = w.language.get(code).unwrap_or_else(|| panic!("no telling words for {code}"));
            assert_sorted(code, list);
        }
        assert_eq!(w.language.len(), 5);
        assert_eq!(words(), &w, "the built-in JSON copy says what words.toml says");
    }
}
