//! The lexicon files: every language registered, each parses, keys sorted, category ids and
//! concept names known, units valid, phrases non-empty and not repeated.

use std::collections::BTreeSet;

use klausul::lexicon::{LexiconFile, CONCEPTS, SOURCES};
use klausul::{Category, Lang};

#[test]
fn every_language_has_a_lexicon() {
    let langs: Vec<Lang> = SOURCES.iter().map(|(l, _)| *l).collect();
    assert_eq!(langs, Lang::ALL.to_vec());
    for (lang, src) in SOURCES {
        let file = LexiconFile::parse(src).unwrap_or_else(|e| panic!("lexicons/{lang}.toml: {e}"));
        assert_eq!(file.language, lang.as_str());
    }
}

/// Keys of each table, in file order, from the raw text (serde maps forget the order).
fn tables(src: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = vec![(String::new(), Vec::new())];
    for line in src.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name.to_string(), Vec::new()));
        } else if let Some((key, _)) = line.split_once(" = ") {
            if let Some(last) = out.last_mut() {
                last.1.push(key.trim_matches('"').to_string());
            }
        }
    }
    out
}

#[test]
fn keys_are_sorted() {
    for (lang, src) in SOURCES {
        let t = tables(src);
        for (table, keys) in &t {
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, &sorted, "lexicons/{lang}.toml: keys of [{table}] are not sorted");
        }
        let names: Vec<&String> = t.iter().map(|(n, _)| n).filter(|n| !n.is_empty()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "lexicons/{lang}.toml: tables are not sorted");
    }
}

#[test]
fn category_ids_exist_and_every_required_category_has_cues() {
    for (lang, src) in SOURCES {
        let file = LexiconFile::parse(src).unwrap();
        let ids = file.category_ids();
        for id in &ids {
            assert!(Category::from_id(id).is_some_and(|c| c != Category::Unclassified), "lexicons/{lang}.toml: unknown category {id}");
        }
        for c in Category::ALL {
            assert!(ids.contains(&c.as_str()), "lexicons/{lang}.toml: no cues for {c}");
        }
    }
}

#[test]
fn concepts_are_the_ones_the_rules_use() {
    for (lang, src) in SOURCES {
        let file = LexiconFile::parse(src).unwrap();
        let defined: BTreeSet<&str> = file.concept.keys().map(String::as_str).collect();
        let used: BTreeSet<&str> = CONCEPTS.iter().copied().collect();
        assert_eq!(defined.difference(&used).collect::<Vec<_>>(), Vec::<&&str>::new(), "lexicons/{lang}.toml: concepts no rule uses");
        assert_eq!(used.difference(&defined).collect::<Vec<_>>(), Vec::<&&str>::new(), "lexicons/{lang}.toml: concepts missing");
        for (name, phrases) in &file.concept {
            assert!(!phrases.is_empty(), "lexicons/{lang}.toml: concept {name} is empty");
        }
    }
}

#[test]
fn phrases_are_not_repeated_and_units_are_known() {
    for (lang, src) in SOURCES {
        let file = LexiconFile::parse(src).unwrap();
        for (name, phrases) in &file.concept {
            let set: BTreeSet<&String> = phrases.iter().collect();
            assert_eq!(set.len(), phrases.len(), "lexicons/{lang}.toml: repeated phrase in concept {name}");
            assert!(phrases.iter().all(|p| !p.trim().is_empty() && p.trim() != "*"), "lexicons/{lang}.toml: empty phrase in {name}");
        }
        let units: BTreeSet<&str> = file.unit.keys().map(String::as_str).collect();
        let known: BTreeSet<&str> = ["business_days", "days", "hours", "months", "weeks", "years"].into_iter().collect();
        assert_eq!(units, known, "lexicons/{lang}.toml: units");
        assert!(file.number.len() >= 10, "lexicons/{lang}.toml: too few number words");
        assert!(["danish", "english", "norwegian", "swedish", "german"].contains(&file.stemmer.as_str()));
    }
}

#[test]
fn concept_names_are_sorted_for_lookup() {
    let mut sorted = CONCEPTS.to_vec();
    sorted.sort_unstable();
    assert_eq!(CONCEPTS.to_vec(), sorted);
}
