//! Segmentation of document shapes real DPAs come in (issue 15), on documents written for these
//! tests (`tests/segment/shapes/`, English and Danish): numbered definitions opening with
//! quotation marks, lower-case and skipped numbers, setext and reStructuredText headings,
//! all-caps headings over numbers without a parent, "Section 4 –", "Clause 5:", "Punkt 4", and
//! text copied from a web page with one paragraph per line (also with list letters lost). Each
//! has an outline checked by reading it. A property test: no numbered line, whatever its first character, swallows the
//! numbers after it.

use proptest::prelude::*;

fn clauses_of(bytes: &[u8], name: &str) -> Vec<klausul::Clause> {
    let doc = klausul::ingest(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"));
    klausul::segment::segment(&doc)
}

#[test]
fn every_shape_matches_its_outline() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/segment/shapes");
    let mut checked = 0;
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e == "outline") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let outline = std::fs::read_to_string(path.with_extension("outline")).unwrap_or_else(|_| panic!("{name} has no outline"));
        let want: Vec<(String, String)> = outline
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let (id, words) = l.split_once('\t').expect("id<TAB>words");
                (id.to_string(), words.to_string())
            })
            .collect();
        let got: Vec<(String, String)> = clauses_of(&std::fs::read(&path).unwrap(), &name)
            .into_iter()
            .map(|c| (c.id, c.text.split_whitespace().take(4).collect::<Vec<_>>().join(" ")))
            .collect();
        if got != want {
            errors.push(format!("{name}:\n  got  {got:?}\n  want {want:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} shape documents");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// How a numbered item's text may begin.
fn opening() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["\"Data\" means", "“Data” means", "»Data« betyder", "'Data' means", "(Reserved)", "[Intentionally blank]", "the processor shall", "Databehandleren skal", "The Processor shall", "a description of"])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_numbered_line_swallows_the_numbers_after_it(openings in prop::collection::vec(opening(), 4..12), skip in prop::option::of(2usize..6)) {
        let n = openings.len();
        // A skipped number needs two after it to show the numbering goes on; the item right after
        // the gap must not open in lower case (lower case counts only where the number continues).
        let skip = skip.filter(|&s| s + 2 < n && !openings[s + 1].starts_with(|c: char| c.is_lowercase()));
        let mut text = String::from("Data Processing Agreement\n\n");
        let mut numbers = Vec::new();
        for (i, o) in openings.iter().enumerate() {
            let number = i + 1;
            if Some(i) == skip {
                continue;
            }
            numbers.push(number);
            text.push_str(&format!("{number}. {o} the terms set out in this agreement for item {number}.\n\n"));
        }
        let ids: Vec<String> = clauses_of(text.as_bytes(), "items.txt").into_iter().map(|c| c.id).collect();
        for number in numbers {
            prop_assert!(ids.contains(&number.to_string()), "item {} missing from {:?}\n{}", number, ids, text);
        }
    }
}
