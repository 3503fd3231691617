//! Prepares the data files the engine reads at every start, so that starting it costs little:
//! each is converted from TOML to JSON, which parses several times faster
//! (`OUT_DIR/<path with / as _>.json`, included by `src/segment/lexicon.rs`, `src/taxonomy.rs`,
//! `src/assess/mod.rs`, `src/assess/law.rs`, `src/extract/parties.rs`, `src/ingest/words.rs`,
//! `src/playbook/eval.rs`, `src/report/mod.rs` and `src/review/render.rs`), and each lexicon's
//! phrases are compiled (stemmed) into a table (`OUT_DIR/lexicons_<lang>.phrases`, the format of
//! `src/lexicon/phrases.rs`, which this script includes) and the rest of it converted to
//! `OUT_DIR/lexicons_<lang>.base.json` (both included by `src/lexicon.rs`). The TOML stays the
//! source people edit and tests read. A file that does not parse fails the build with its error.

use std::path::PathBuf;

#[path = "src/lexicon/phrases.rs"]
#[allow(dead_code)]
mod phrases;

const FILES: [&str; 24] = [
    "data/findings.toml",
    "data/law/common.toml",
    "data/law/da.toml",
    "data/law/de.toml",
    "data/law/en.toml",
    "data/law/no.toml",
    "data/law/sv.toml",
    "data/parties.toml",
    "data/playbook.toml",
    "data/taxonomy.toml",
    "lexicons/da.toml",
    "lexicons/de.toml",
    "lexicons/en.toml",
    "lexicons/no.toml",
    "lexicons/segment/da.toml",
    "lexicons/segment/de.toml",
    "lexicons/segment/en.toml",
    "lexicons/segment/no.toml",
    "lexicons/segment/sv.toml",
    "lexicons/sv.toml",
    "src/ingest/words.toml",
    "src/report/da.toml",
    "src/report/en.toml",
    "src/review/labels.toml",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/lexicon/phrases.rs");
    for file in FILES {
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        if let Some(lang) = file.strip_prefix("lexicons/").and_then(|f| f.strip_suffix(".toml")).filter(|l| !l.contains('/')) {
            let table = phrase_table(lang, &value);
            std::fs::write(out.join(format!("lexicons_{lang}.phrases")), table).unwrap_or_else(|e| panic!("{file}: {e}"));
            // The rest of the lexicon, without the phrases the table holds.
            let mut base = value.clone();
            if let Some(t) = base.as_table_mut() {
                t.remove("category");
                t.remove("concept");
            }
            let json = serde_json::to_string(&base).unwrap_or_else(|e| panic!("{file}: {e}"));
            std::fs::write(out.join(format!("lexicons_{lang}.base.json")), json).unwrap_or_else(|e| panic!("{file}: {e}"));
            continue;
        }
        let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{file}: {e}"));
        std::fs::write(out.join(format!("{}.json", file.replace('/', "_"))), json).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}

/// A lexicon's phrases, stemmed, in the order `Lexicon::compile` adds them (categories by id,
/// strengths strong, medium, weak, against; then concepts by name), one line each (`phrases.rs`).
fn phrase_table(lang: &str, lexicon: &toml::Value) -> String {
    let algorithm = match lang {
        "da" => rust_stemmers::Algorithm::Danish,
        "en" => rust_stemmers::Algorithm::English,
        "no" => rust_stemmers::Algorithm::Norwegian,
        "sv" => rust_stemmers::Algorithm::Swedish,
        "de" => rust_stemmers::Algorithm::German,
        other => panic!("lexicons/{other}.toml: no stemmer for this language"),
    };
    let stemmer = rust_stemmers::Stemmer::create(algorithm);
    let mut stem = |word: &str| stemmer.stem(word).into_owned();
    let strings = |v: Option<&toml::Value>| -> Vec<String> {
        v.and_then(toml::Value::as_array).map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
    };
    let sorted_keys = |v: Option<&toml::Value>| -> Vec<String> {
        let mut keys: Vec<String> = v.and_then(toml::Value::as_table).map(|t| t.keys().cloned().collect()).unwrap_or_default();
        keys.sort();
        keys
    };
    let mut lines = Vec::new();
    let categories = lexicon.get("category");
    for id in sorted_keys(categories) {
        let cues = categories.and_then(|c| c.get(&id));
        for strength in ["strong", "medium", "weak", "against"] {
            for phrase in strings(cues.and_then(|c| c.get(strength))) {
                let tokens = phrases::phrase_tokens(&phrase, &mut stem);
                if !tokens.is_empty() {
                    lines.push(phrases::to_line(&format!("c:{id}:{strength}"), &tokens));
                }
            }
        }
    }
    let concepts = lexicon.get("concept");
    for name in sorted_keys(concepts) {
        for phrase in strings(concepts.and_then(|c| c.get(&name))) {
            let tokens = phrases::phrase_tokens(&phrase, &mut stem);
            if !tokens.is_empty() {
                lines.push(phrases::to_line(&format!("k:{name}"), &tokens));
            }
        }
    }
    lines.join("\n") + "\n"
}
