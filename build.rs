//! Prepares the data files the engine reads at every start, so that starting it costs little:
//! each is converted from TOML to JSON, which parses several times faster
//! (`OUT_DIR/<path with / as _>.json`, included by `src/segment/lexicon.rs`, `src/taxonomy.rs`,
//! `src/assess/mod.rs`, `src/extract/parties.rs`, `src/ingest/words.rs`, `src/playbook/eval.rs`,
//! `src/report/mod.rs` and `src/review/render.rs`), and each lexicon's phrases are compiled
//! (stemmed) into a table (`OUT_DIR/lexicons_<lang>.phrases`, the format of
//! `src/lexicon/phrases.rs`, which this script includes) and the rest of it converted to
//! `OUT_DIR/lexicons_<lang>.base.json` (both included by `src/lexicon.rs`). The law files
//! (`data/law/*.toml`) are merged and their phrases folded (`src/assess/fold.rs`, included here
//! too) into `OUT_DIR/law.rs`, constants included by `src/assess/law.rs`. The TOML stays the
//! source people edit and tests read. A file that does not parse fails the build with its error.

use std::path::PathBuf;

#[path = "src/lexicon/phrases.rs"]
#[allow(dead_code)]
mod phrases;

#[path = "src/assess/fold.rs"]
mod fold;

const FILES: [&str; 18] = [
    "data/findings.toml",
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
    println!("cargo::rerun-if-changed=src/assess/fold.rs");
    std::fs::write(out.join("law.rs"), law()).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
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

/// The files of `data/law`, merged in this order (`src/assess/law.rs`).
const LAW_FILES: [&str; 6] = ["common", "da", "en", "no", "sv", "de"];

/// How `src/assess/law.rs` matches each key of a law file: as a phrase set folded or exact, as
/// pairs of folded phrases, as folded words, as folded items whole, or as single chars.
const LAW_KEYS: [(&str, LawKind); 24] = [
    ("adequate", LawKind::Folded),
    ("adequate_exact", LawKind::Exact),
    ("bracket_words", LawKind::Items),
    ("checked_boxes", LawKind::Folded),
    ("disclaim_after", LawKind::Folded),
    ("disclaim_before", LawKind::Folded),
    ("entity_suffixes", LawKind::Items),
    ("eu_eea", LawKind::Folded),
    ("form_labels", LawKind::Items),
    ("generic_heads", LawKind::Items),
    ("generic_names", LawKind::Words),
    ("invalid_mechanisms", LawKind::Folded),
    ("marker_cues", LawKind::Folded),
    ("mechanisms", LawKind::Folded),
    ("option_chosen", LawKind::Folded),
    ("option_markers", LawKind::Pairs),
    ("outdated_law", LawKind::Folded),
    ("outdated_law_exact", LawKind::Exact),
    ("placeholder_glyphs", LawKind::Chars),
    ("signature_words", LawKind::Folded),
    ("third_countries", LawKind::Folded),
    ("third_countries_exact", LawKind::Exact),
    ("transfer_words", LawKind::Folded),
    ("unchecked_boxes", LawKind::Folded),
];

#[derive(Clone, Copy, PartialEq)]
enum LawKind {
    Folded,
    Exact,
    Pairs,
    Words,
    Items,
    Chars,
}

/// `OUT_DIR/law.rs`: one `&str` constant per key of the law files (`ADEQUATE`, …), the lists of
/// every file merged and prepared as `src/assess/law.rs` matches them, so that starting the engine
/// parses and folds nothing. Each item ends in a line break; `placeholder_glyphs` is its chars.
fn law() -> String {
    let files: Vec<(String, toml::Table)> = LAW_FILES
        .iter()
        .map(|name| {
            let file = format!("data/law/{name}.toml");
            println!("cargo::rerun-if-changed={file}");
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
            (file.clone(), toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}")))
        })
        .collect();
    for (file, table) in &files {
        if let Some(key) = table.keys().find(|k| !LAW_KEYS.iter().any(|(known, _)| known == k)) {
            panic!("{file}: unknown key {key}");
        }
    }
    let mut out = String::from("// Generated by build.rs from data/law/*.toml. Do not edit.\n");
    for (key, kind) in LAW_KEYS {
        let mut items: Vec<String> = Vec::new();
        for (file, table) in &files {
            let Some(value) = table.get(key) else { continue };
            let strings = |v: &toml::Value| -> Vec<String> {
                v.as_array()
                    .unwrap_or_else(|| panic!("{file}: {key} is not a list"))
                    .iter()
                    .map(|x| x.as_str().unwrap_or_else(|| panic!("{file}: {key}: {x:?} is not a string")).to_string())
                    .collect()
            };
            let list = if kind == LawKind::Pairs {
                let pairs = value.as_array().unwrap_or_else(|| panic!("{file}: {key} is not a list"));
                pairs
                    .iter()
                    .flat_map(|pair| {
                        let pair = strings(pair);
                        assert!(pair.len() == 2, "{file}: {key}: {pair:?} is not a pair");
                        pair
                    })
                    .collect()
            } else {
                strings(value)
            };
            for item in list {
                match kind {
                    LawKind::Folded | LawKind::Pairs => items.push(fold::fold(item.trim())),
                    LawKind::Exact => items.push(item.trim().to_string()),
                    LawKind::Words => items.extend(fold::fold(&item).split_whitespace().map(str::to_string)),
                    LawKind::Items => items.push(fold::fold(&item)),
                    LawKind::Chars => items.push(item),
                }
            }
        }
        if matches!(kind, LawKind::Folded | LawKind::Pairs | LawKind::Exact) {
            items.retain(|p| !p.is_empty());
        }
        let text: String = match kind {
            LawKind::Chars => items.concat(),
            _ => items
                .iter()
                .map(|item| {
                    assert!(!item.contains('\n'), "data/law: {key}: {item:?} has a line break");
                    format!("{item}\n")
                })
                .collect(),
        };
        out.push_str(&format!("pub const {}: &str = {text:?};\n", key.to_uppercase()));
    }
    out
}
