//! The words segmentation needs (`lexicons/segment/*.toml`), merged over all languages: a Danish
//! agreement may well have an "Appendix", and an English one a "Bilag".

use std::sync::OnceLock;

use serde::Deserialize;

use crate::Lang;

/// One language's file.
#[derive(Debug, Deserialize)]
pub(crate) struct LangWords {
    pub(crate) annex_connectors: Vec<String>,
    pub(crate) annex_words: Vec<String>,
    pub(crate) clause_words: Vec<String>,
    pub(crate) months: Vec<String>,
    pub(crate) modals: Vec<String>,
    pub(crate) preamble: String,
    pub(crate) roman_clause_words: Vec<String>,
    pub(crate) signatures: String,
    pub(crate) signing_for: Vec<String>,
    pub(crate) toc_headings: Vec<String>,
    pub(crate) units: Vec<String>,
}

/// The data files, by language.
#[cfg(test)]
pub(crate) const FILES: [(Lang, &str); 5] = [
    (Lang::Da, include_str!("../../lexicons/segment/da.toml")),
    (Lang::En, include_str!("../../lexicons/segment/en.toml")),
    (Lang::No, include_str!("../../lexicons/segment/no.toml")),
    (Lang::Sv, include_str!("../../lexicons/segment/sv.toml")),
    (Lang::De, include_str!("../../lexicons/segment/de.toml")),
];

/// The same files as JSON, converted by `build.rs` (parsed at every start; JSON is faster).
const COMPILED: [(Lang, &str); 5] = [
    (Lang::Da, include_str!(concat!(env!("OUT_DIR"), "/lexicons_segment_da.toml.json"))),
    (Lang::En, include_str!(concat!(env!("OUT_DIR"), "/lexicons_segment_en.toml.json"))),
    (Lang::No, include_str!(concat!(env!("OUT_DIR"), "/lexicons_segment_no.toml.json"))),
    (Lang::Sv, include_str!(concat!(env!("OUT_DIR"), "/lexicons_segment_sv.toml.json"))),
    (Lang::De, include_str!(concat!(env!("OUT_DIR"), "/lexicons_segment_de.toml.json"))),
];

/// All languages merged; words lower-cased except the annex words' written form.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Lower-cased annex word → the form used in ids (`bilag` → `Bilag`).
    pub(crate) annex_words: Vec<(String, String)>,
    pub(crate) annex_connectors: Vec<String>,
    /// Lower-cased keywords that number clauses (`article`, `§` is built in).
    pub(crate) clause_words: Vec<String>,
    /// Those of them that number clauses in Roman numerals too (`ARTICLE IV`).
    pub(crate) roman_clause_words: Vec<String>,
    pub(crate) months: Vec<String>,
    /// Lower-cased verbs that make a line a sentence (`shall`, `skal`): no heading has one.
    pub(crate) modals: Vec<String>,
    pub(crate) toc_headings: Vec<String>,
    /// Lower-cased words that make a number a quantity (`30 dage`, `14 Tage`).
    pub(crate) units: Vec<String>,
    pub(crate) preambles: Vec<(Lang, String)>,
    /// The id of a signature block after the last clause, by language.
    pub(crate) signatures: Vec<(Lang, String)>,
    /// Lower-cased words that open a line naming the party that signs (`for`, `on behalf of`).
    pub(crate) signing_for: Vec<String>,
}

impl Lexicon {
    /// The merged lexicon, parsed once.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut lex = Lexicon::default();
            for (lang, json) in COMPILED {
                // The files are compiled in and checked by a test, so a parse error is a build bug;
                // still, never panic: a broken file only loses its words.
                let Ok(words) = serde_json::from_str::<LangWords>(json) else { continue };
                for w in words.annex_words {
                    push_unique(&mut lex.annex_words, (w.to_lowercase(), w));
                }
                for w in words.annex_connectors {
                    push_unique(&mut lex.annex_connectors, w.to_lowercase());
                }
                for w in words.clause_words {
                    push_unique(&mut lex.clause_words, w.to_lowercase());
                }
                for w in words.roman_clause_words {
                    push_unique(&mut lex.roman_clause_words, w.to_lowercase());
                }
                for w in words.months {
                    push_unique(&mut lex.months, w.to_lowercase());
                }
                for w in words.modals {
                    push_unique(&mut lex.modals, w.to_lowercase());
                }
                for w in words.toc_headings {
                    push_unique(&mut lex.toc_headings, w.to_lowercase());
                }
                for w in words.units {
                    push_unique(&mut lex.units, w.to_lowercase());
                }
                for w in words.signing_for {
                    push_unique(&mut lex.signing_for, w.to_lowercase());
                }
                lex.preambles.push((lang, words.preamble));
                lex.signatures.push((lang, words.signatures));
            }
            lex
        })
    }

    /// The id of an untitled preamble in the document's language (English when unknown).
    pub(crate) fn preamble(&self, lang: Option<Lang>) -> &str {
        in_language(&self.preambles, lang, "Preamble")
    }

    /// The id of a signature block in the document's language (English when unknown).
    pub(crate) fn signatures(&self, lang: Option<Lang>) -> &str {
        in_language(&self.signatures, lang, "Signatures")
    }

    /// Whether `id` is the id of a signature block in some language (`Underskrifter`,
    /// `Signatures (2)`).
    pub(crate) fn is_signatures(&self, id: &str) -> bool {
        let base = id.rsplit_once(" (").filter(|(_, n)| n.trim_end_matches(')').parse::<u32>().is_ok()).map_or(id, |(b, _)| b);
        self.signatures.iter().any(|(_, w)| w.eq_ignore_ascii_case(base.trim()))
    }

    /// Whether a line opens with a word for signing on a party's behalf and then names it: "For
    /// Acme A/S", "On behalf of the Customer", "Für den Auftraggeber", "For den dataansvarlige".
    pub(crate) fn names_signing_party(&self, line: &str) -> bool {
        let words: Vec<&str> = line.split_whitespace().collect();
        let capital = |x: &&str| x.chars().next().is_some_and(char::is_uppercase);
        self.signing_for.iter().any(|w| {
            let n = w.split_whitespace().count();
            words.len() > n
                && words[..n].iter().map(|x| x.to_lowercase()).eq(w.split_whitespace().map(str::to_string))
                // The first word after them that is no article is a name or a role, capitalised,
                // or the line is a short one that ends no sentence ("For den dataansvarlige").
                && (words[n..].iter().find(|x| capital(x) || x.chars().count() > 3).is_some_and(capital)
                    || (words.len() <= n + 4 && !line.trim_end().ends_with(['.', ',', ';'])))
        })
    }

    /// The id form of an annex word, if `word` is one.
    pub(crate) fn annex_word(&self, word: &str) -> Option<&str> {
        let lower = word.to_lowercase();
        self.annex_words.iter().find(|(l, _)| *l == lower).map(|(_, w)| w.as_str())
    }

    /// An annex word that `word` ends with as a compound (`Sikkerhedsbilag`).
    pub(crate) fn ends_with_annex_word(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.annex_words.iter().any(|(l, _)| lower.len() > l.len() && lower.ends_with(l.as_str()))
    }

    /// Whether `s` has a modal verb as one of its words: then it is a sentence, cut or whole.
    pub(crate) fn has_modal(&self, s: &str) -> bool {
        s.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            self.modals.contains(&w)
        })
    }

    pub(crate) fn is_month(&self, word: &str) -> bool {
        let w: String = word.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        !w.is_empty() && self.months.contains(&w)
    }

    /// `Tage`, `days`, `%`: the number before is a quantity.
    pub(crate) fn is_unit(&self, word: &str) -> bool {
        let w: String = word.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        word.starts_with('%') || (!w.is_empty() && self.units.contains(&w))
    }
}

/// The word of `lang` (English when unknown) in a list with one per language, or `fallback`.
fn in_language<'a>(words: &'a [(Lang, String)], lang: Option<Lang>, fallback: &'a str) -> &'a str {
    let lang = lang.unwrap_or(Lang::En);
    words.iter().find(|(l, _)| *l == lang).map_or(fallback, |(_, w)| w.as_str())
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_is_sorted() {
        for (lang, src) in FILES {
            let words: LangWords = toml::from_str(src).unwrap_or_else(|e| panic!("{lang}: {e}"));
            for (name, list) in [
                ("annex_connectors", &words.annex_connectors),
                ("annex_words", &words.annex_words),
                ("clause_words", &words.clause_words),
                ("months", &words.months),
                ("toc_headings", &words.toc_headings),
                ("units", &words.units),
            ] {
                let mut sorted = list.clone();
                sorted.sort();
                assert_eq!(list, &sorted, "{lang}.toml: {name} is not sorted");
                assert!(!list.is_empty(), "{lang}.toml: {name} is empty");
            }
            assert_eq!(words.months.len(), 12, "{lang}.toml: twelve months");
        }
        assert_eq!(FILES.len(), Lang::ALL.len());
    }
}
