//! Converts the data files the engine parses at start-up from TOML to JSON, which parses several
//! times faster: the TOML stays the source people edit and tests read, the binary carries JSON
//! (`OUT_DIR/<path with / as _>.json`, included by `src/lexicon.rs`, `src/segment/lexicon.rs`,
//! `src/taxonomy.rs`, `src/assess/mod.rs` and `src/assess/law.rs`). A file that does not parse fails the build with its error.

use std::path::PathBuf;

const FILES: [&str; 18] = [
    "data/findings.toml",
    "data/law/common.toml",
    "data/law/da.toml",
    "data/law/de.toml",
    "data/law/en.toml",
    "data/law/no.toml",
    "data/law/sv.toml",
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
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=build.rs");
    for file in FILES {
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{file}: {e}"));
        std::fs::write(out.join(format!("{}.json", file.replace('/', "_"))), json).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}
