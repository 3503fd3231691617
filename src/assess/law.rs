//! The assessment lexicons (`data/law/*.toml`): country names, repealed law, invalid transfer
//! tools, transfer mechanisms, template markers. Every language's file is merged, because
//! documents mix languages (a Danish DPA quoting "Privacy Shield", an English annex in a
//! Swedish agreement).

use std::collections::BTreeSet;
use std::sync::OnceLock;

#[cfg(test)]
use serde::Deserialize;

use super::text::{fold, Folded, PhraseSet, Phrases};
#[cfg(test)]
use crate::embedded::Text;

/// The lists of the data files, merged and prepared by `build.rs` (one `&str` per key, each item
/// ending in a line break): `ADEQUATE`, `ADEQUATE_EXACT`, ….
mod prepared {
    include!(concat!(env!("OUT_DIR"), "/law.rs"));
}

/// The data files, language-neutral first, in the order `build.rs` merges them. The engine reads
/// them as [`prepared`]; tests read them to check that.
#[cfg(test)]
pub const FILES: [(&str, &str); 6] = [
    ("common", include_str!("../../data/law/common.toml")),
    ("da", include_str!("../../data/law/da.toml")),
    ("en", include_str!("../../data/law/en.toml")),
    ("no", include_str!("../../data/law/no.toml")),
    ("sv", include_str!("../../data/law/sv.toml")),
    ("de", include_str!("../../data/law/de.toml")),
];

/// One data file; every key is optional.
#[cfg(test)]
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, bound(deserialize = "'de: 'a"))]
pub struct LawFile<'a> {
    adequate: Vec<Text<'a>>,
    adequate_exact: Vec<Text<'a>>,
    bracket_words: Vec<Text<'a>>,
    checked_boxes: Vec<Text<'a>>,
    disclaim_after: Vec<Text<'a>>,
    disclaim_before: Vec<Text<'a>>,
    entity_suffixes: Vec<Text<'a>>,
    eu_eea: Vec<Text<'a>>,
    form_labels: Vec<Text<'a>>,
    generic_heads: Vec<Text<'a>>,
    generic_names: Vec<Text<'a>>,
    invalid_mechanisms: Vec<Text<'a>>,
    marker_cues: Vec<Text<'a>>,
    mechanisms: Vec<Text<'a>>,
    option_chosen: Vec<Text<'a>>,
    option_markers: Vec<[Text<'a>; 2]>,
    outdated_law: Vec<Text<'a>>,
    outdated_law_exact: Vec<Text<'a>>,
    placeholder_glyphs: Vec<Text<'a>>,
    signature_words: Vec<Text<'a>>,
    third_countries: Vec<Text<'a>>,
    third_countries_exact: Vec<Text<'a>>,
    transfer_words: Vec<Text<'a>>,
    unchecked_boxes: Vec<Text<'a>>,
}

#[cfg(test)]
impl<'a> LawFile<'a> {
    /// Parses one file.
    pub fn parse(text: &str) -> Result<LawFile<'_>, toml::de::Error> {
        toml::from_str(text)
    }

    fn merge(&mut self, other: LawFile<'a>) {
        macro_rules! extend {
            ($($field:ident),*) => { $( self.$field.extend(other.$field); )* };
        }
        extend!(
            adequate, adequate_exact, bracket_words, checked_boxes, disclaim_after, disclaim_before, entity_suffixes, eu_eea,
            form_labels, generic_heads, generic_names, invalid_mechanisms, marker_cues, mechanisms, option_chosen, option_markers,
            outdated_law, outdated_law_exact, placeholder_glyphs, signature_words, third_countries, third_countries_exact, transfer_words,
            unchecked_boxes
        );
    }
}

/// Where a place named in the document lies, for transfer rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// In the EU/EEA.
    Inside,
    /// A third country with an adequacy decision.
    Adequate,
    /// A third country that needs a transfer tool.
    Third,
    /// Not recognised.
    Unknown,
}

/// The compiled lexicons.
pub struct Law {
    /// Repealed data-protection law.
    pub outdated: Phrases,
    /// Transfer tools that are no longer valid.
    pub invalid: PhraseSet,
    /// Valid transfer mechanisms.
    pub mechanisms: PhraseSet,
    /// Words that make a clause about transfers.
    pub transfer_words: PhraseSet,
    /// "… is repealed", "… no longer".
    pub disclaim_after: PhraseSet,
    /// "repealing …", "instead of …".
    pub disclaim_before: PhraseSet,
    /// EU/EEA places.
    pub eu_eea: PhraseSet,
    /// Adequate third countries.
    pub adequate: Phrases,
    /// Other third countries.
    pub third: Phrases,
    /// Words that identify no one (`platform`, `leverandør`).
    pub generic_names: BTreeSet<String>,
    /// The ends of compound words that identify no one (`…plattform`, `…dienstleister`):
    /// `Supportplatform`, `E-Mail-Dienstleister`.
    pub generic_heads: Vec<String>,
    /// `A/S`, `GmbH`, `Ltd` …
    pub entity_suffixes: BTreeSet<String>,
    /// Option marker pairs; phrase `2k` and `2k+1` are the two sides of pair `k`.
    pub option_markers: PhraseSet,
    /// "Option 2 applies".
    pub option_chosen: PhraseSet,
    /// Ticked boxes.
    pub checked_boxes: PhraseSet,
    /// Empty boxes.
    pub unchecked_boxes: PhraseSet,
    /// Chars that alone fill a placeholder bracket.
    pub placeholder_glyphs: BTreeSet<char>,
    /// Bracketed words that are no placeholder (`[Reserved]`, `[Udgået]`).
    pub bracket_words: BTreeSet<String>,
    /// Labels of form fields ("Name", "Dato", "Org.nr"): a label line with nothing after its
    /// colon is a blank left in the template.
    pub form_labels: BTreeSet<String>,
    /// Words that open a signature block, where blank lines and fields are meant to be blank.
    pub signature_words: PhraseSet,
    /// Words that introduce a quoted marker ("marked as [MISSING: …]"), which is agreed text.
    pub marker_cues: PhraseSet,
}

impl Law {
    /// The lexicons of every language, compiled once.
    pub fn get() -> &'static Law {
        static LAW: OnceLock<Law> = OnceLock::new();
        LAW.get_or_init(Law::prepared)
    }

    /// The lexicons as `build.rs` prepared them: nothing left to parse or fold.
    fn prepared() -> Law {
        use prepared::*;
        let items = |list: &'static str| list.split_terminator('\n');
        let folded = |list: &'static str| PhraseSet::prepared(items(list), false);
        let both = |list: &'static str, exact: &'static str| Phrases { folded: folded(list), exact: PhraseSet::prepared(items(exact), true) };
        let set = |list: &'static str| items(list).map(str::to_string).collect();
        Law {
            outdated: both(OUTDATED_LAW, OUTDATED_LAW_EXACT),
            invalid: folded(INVALID_MECHANISMS),
            mechanisms: folded(MECHANISMS),
            transfer_words: folded(TRANSFER_WORDS),
            disclaim_after: folded(DISCLAIM_AFTER),
            disclaim_before: folded(DISCLAIM_BEFORE),
            eu_eea: folded(EU_EEA),
            adequate: both(ADEQUATE, ADEQUATE_EXACT),
            third: both(THIRD_COUNTRIES, THIRD_COUNTRIES_EXACT),
            generic_names: set(GENERIC_NAMES),
            generic_heads: items(GENERIC_HEADS).map(str::to_string).collect(),
            entity_suffixes: set(ENTITY_SUFFIXES),
            option_markers: folded(OPTION_MARKERS),
            option_chosen: folded(OPTION_CHOSEN),
            checked_boxes: folded(CHECKED_BOXES),
            unchecked_boxes: folded(UNCHECKED_BOXES),
            placeholder_glyphs: PLACEHOLDER_GLYPHS.chars().collect(),
            bracket_words: set(BRACKET_WORDS),
            form_labels: set(FORM_LABELS),
            signature_words: folded(SIGNATURE_WORDS),
            marker_cues: folded(MARKER_CUES),
        }
    }

    /// The lexicons compiled from the files themselves: what [`Law::prepared`] must equal.
    #[cfg(test)]
    fn compile(f: LawFile) -> Law {
        let words = |list: &[Text]| -> BTreeSet<String> {
            list.iter().flat_map(|p| fold(p).split_whitespace().map(str::to_string).collect::<Vec<_>>()).collect()
        };
        let markers: Vec<&Text> = f.option_markers.iter().flat_map(|[a, b]| [a, b]).collect();
        Law {
            outdated: Phrases::new(&f.outdated_law, &f.outdated_law_exact),
            invalid: PhraseSet::folded(&f.invalid_mechanisms),
            mechanisms: PhraseSet::folded(&f.mechanisms),
            transfer_words: PhraseSet::folded(&f.transfer_words),
            disclaim_after: PhraseSet::folded(&f.disclaim_after),
            disclaim_before: PhraseSet::folded(&f.disclaim_before),
            eu_eea: PhraseSet::folded(&f.eu_eea),
            adequate: Phrases::new(&f.adequate, &f.adequate_exact),
            third: Phrases::new(&f.third_countries, &f.third_countries_exact),
            generic_names: words(&f.generic_names),
            generic_heads: f.generic_heads.iter().map(|w| fold(w)).collect(),
            entity_suffixes: f.entity_suffixes.iter().map(|s| fold(s)).collect(),
            option_markers: PhraseSet::folded(markers),
            option_chosen: PhraseSet::folded(&f.option_chosen),
            checked_boxes: PhraseSet::folded(&f.checked_boxes),
            unchecked_boxes: PhraseSet::folded(&f.unchecked_boxes),
            placeholder_glyphs: f.placeholder_glyphs.iter().flat_map(|g| g.chars()).collect(),
            bracket_words: f.bracket_words.iter().map(|w| fold(w)).collect(),
            form_labels: f.form_labels.iter().map(|w| fold(w)).collect(),
            signature_words: PhraseSet::folded(&f.signature_words),
            marker_cues: PhraseSet::folded(&f.marker_cues),
        }
    }

    /// Where a place lies: a third country wins over an EU/EEA name in the same string
    /// ("Ireland and the USA"), then an adequate country.
    pub fn region(&self, place: &str) -> Region {
        let text = Folded::new(place);
        if self.third.any(&text) {
            Region::Third
        } else if self.adequate.any(&text) {
            Region::Adequate
        } else if self.eu_eea.any(&text) {
            Region::Inside
        } else {
            Region::Unknown
        }
    }

    /// True when a stated location says something: letters, and not a template field.
    pub fn identifiable_place(&self, place: &str) -> bool {
        let trimmed = place.trim();
        let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && !trimmed.starts_with('[') && !trimmed.starts_with('<') && !trimmed.chars().all(|c| !c.is_alphabetic() || c == 'x' || c == 'X')
    }

    /// The legal entity a line opens with: "GetGeek AB (Org. nr …), provides …" gives
    /// "GetGeek AB". Only a name of up to six words ending in an entity suffix and followed by
    /// punctuation counts, so that "Acme Ltd shall …" stays running text.
    pub fn leading_entity(&self, line: &str) -> Option<String> {
        let words: Vec<&str> = line.split_whitespace().take(7).collect();
        for (i, w) in words.iter().enumerate().take(6) {
            if w.starts_with('(') {
                break;
            }
            let bare = w.trim_end_matches([',', ';', ':']);
            if i > 0 && self.entity_suffixes.contains(&fold(bare)) {
                let punctuated = bare.len() < w.len() || words.get(i + 1).is_none_or(|n| n.starts_with(['(', '-', '–', '|']));
                return punctuated.then(|| words[..i].iter().chain([&bare]).copied().collect::<Vec<_>>().join(" "));
            }
            if bare.len() < w.len() {
                break;
            }
        }
        None
    }

    /// True when a line opens with a signature word ("Signed for Acme B.V.", "Underskrevet af").
    pub fn starts_with_signature_word(&self, line: &str) -> bool {
        self.signature_words.find(&Folded::new(line.trim())).first().is_some_and(|h| h.start == 0)
    }

    /// True when a line opens a signature block: a signature word first ("Signed for Acme
    /// B.V.", "Underskrevet af"), or a short line of a place and a date ("Oslo og Trondheim, 1.
    /// oktober 2025") that names no company ("Helpdock Inc., SCCs of 4 June 2021" is an item).
    pub fn opens_signature(&self, line: &str) -> bool {
        let dated = || line.split_whitespace().count() <= 8 && !self.identifies_company(line) && ends_with_date(line);
        self.starts_with_signature_word(line) || dated()
    }

    /// True when a text has a checked box (`☒`, `[x]`): a form whose options were chosen.
    pub fn has_checked_box(&self, text: &str) -> bool {
        self.checked_boxes.any(&Folded::new(text))
    }

    /// True when a text has an unchecked box (`☐`, `[ ]`).
    pub fn has_unchecked_box(&self, text: &str) -> bool {
        self.unchecked_boxes.any(&Folded::new(text))
    }

    /// True when a name has a legal-entity suffix among its words (`Supportly Ltd.`).
    pub fn identifies_company(&self, name: &str) -> bool {
        name.split_whitespace().any(|w| self.is_entity_suffix(w.trim_end_matches([',', ';', ':'])))
    }

    /// True for a legal-entity suffix (`Inc.`, `ApS`, `GmbH`).
    pub fn is_entity_suffix(&self, word: &str) -> bool {
        self.entity_suffixes.contains(&fold(word))
    }

    /// True for a folded compound word that ends in a generic head after at least three
    /// letters (`supportplatform`, `e-mail-dienstleister`, `hostingleverantör`).
    fn generic_compound(&self, word: &str) -> bool {
        self.generic_heads.iter().any(|head| {
            word.strip_suffix(head.as_str())
                .is_some_and(|rest| rest.trim_end_matches('-').chars().filter(|c| c.is_alphabetic()).count() >= 3)
        })
    }

    /// True when a sub-processor name identifies someone: a legal-entity suffix, or a word
    /// that is not generic (`platform`, `hosting provider`) and not a placeholder.
    pub fn identifiable(&self, name: &str) -> bool {
        let mut depth = 0i32;
        let mut outside = String::new();
        for c in name.chars() {
            match c {
                '[' | '<' | '{' => depth += 1,
                ']' | '>' | '}' => depth -= 1,
                c if depth <= 0 => outside.push(c),
                _ => {}
            }
        }
        let words: Vec<&str> = outside.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == ':' || c == ';').filter(|t| !t.is_empty()).collect();
        let tokens: Vec<String> = words.iter().map(|w| fold(w)).collect();
        if tokens.iter().any(|t| self.entity_suffixes.contains(t.as_str())) {
            return true;
        }
        // A word that is neither generic nor a placeholder names someone, unless it is a lower-case
        // word inside a description: "Cloud telephony provider", "Email delivery service" describe
        // a service; "Mailgun delivery service" names one.
        tokens.iter().zip(&words).enumerate().any(|(i, (t, original))| {
            let word = t.trim_matches(|c: char| !c.is_alphanumeric());
            let described = i > 0 && original.starts_with(char::is_lowercase);
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !self.generic_names.contains(word)
                && !self.generic_compound(word)
                && !word.chars().all(|c| c == 'x')
                && !described
        })
    }
}

/// True when a line ends with a date that has a day, a month and a year: `1. oktober 2025`,
/// `1 October 2025`, `October 1, 2025`, `01.10.2025`, `2025-10-01`. A year alone ("since 2019")
/// is no date.
fn ends_with_date(line: &str) -> bool {
    let words: Vec<&str> = line.trim().trim_end_matches('.').split_whitespace().collect();
    let Some(last) = words.last() else { return false };
    let day = |w: &str| w.trim_end_matches(['.', ',']).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let month = |w: &str| w.chars().count() >= 3 && w.trim_end_matches('.').chars().all(char::is_alphabetic);
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    // Numbers joined by dots, slashes or hyphens, one of them a year.
    let parts: Vec<&str> = last.split(['.', '/', '-']).collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit())) {
        return year(parts[0]) || year(parts[2]);
    }
    if !year(last) || words.len() < 3 {
        return false;
    }
    let (a, b) = (words[words.len() - 3], words[words.len() - 2]);
    (day(a) && month(b)) || (month(a) && b.ends_with(',') && day(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_with_sorted_unique_lists() {
        for (name, text) in FILES {
            let parsed: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("data/law/{name}.toml: {e}"));
            LawFile::parse(text).unwrap_or_else(|e| panic!("data/law/{name}.toml: {e}"));
            let keys: Vec<&String> = parsed.keys().collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "data/law/{name}.toml: keys sorted");
            for (key, value) in &parsed {
                let Some(list) = value.as_array() else { continue };
                let items: Vec<String> = list.iter().filter_map(|v| v.as_str()).map(str::to_string).collect();
                let unique: BTreeSet<&String> = items.iter().collect();
                assert_eq!(unique.len(), items.len(), "data/law/{name}.toml: {key} has duplicates");
                if !key.ends_with("_exact") && !key.contains("boxes") {
                    for item in &items {
                        assert_eq!(&fold(item), item, "data/law/{name}.toml: {key}: {item} is not lower case");
                    }
                }
            }
        }
    }

    #[test]
    fn the_prepared_lexicons_equal_compiling_the_files() {
        let mut all = LawFile::default();
        for (_, text) in FILES {
            all.merge(LawFile::parse(text).unwrap());
        }
        let (compiled, prepared) = (Law::compile(all), Law::get());
        fn sets(law: &Law) -> Vec<(&'static str, &[std::borrow::Cow<'static, str>])> {
            vec![
                ("outdated", law.outdated.folded.phrases()),
                ("outdated exact", law.outdated.exact.phrases()),
                ("invalid", law.invalid.phrases()),
                ("mechanisms", law.mechanisms.phrases()),
                ("transfer_words", law.transfer_words.phrases()),
                ("disclaim_after", law.disclaim_after.phrases()),
                ("disclaim_before", law.disclaim_before.phrases()),
                ("eu_eea", law.eu_eea.phrases()),
                ("adequate", law.adequate.folded.phrases()),
                ("adequate exact", law.adequate.exact.phrases()),
                ("third", law.third.folded.phrases()),
                ("third exact", law.third.exact.phrases()),
                ("option_markers", law.option_markers.phrases()),
                ("option_chosen", law.option_chosen.phrases()),
                ("checked_boxes", law.checked_boxes.phrases()),
                ("unchecked_boxes", law.unchecked_boxes.phrases()),
                ("signature_words", law.signature_words.phrases()),
                ("marker_cues", law.marker_cues.phrases()),
            ]
        }
        for ((name, ours), (_, theirs)) in sets(prepared).into_iter().zip(sets(&compiled)) {
            assert!(!theirs.is_empty(), "{name}");
            assert_eq!(ours, theirs, "{name}");
        }
        assert_eq!(prepared.generic_names, compiled.generic_names);
        assert_eq!(prepared.generic_heads, compiled.generic_heads);
        assert_eq!(prepared.entity_suffixes, compiled.entity_suffixes);
        assert_eq!(prepared.placeholder_glyphs, compiled.placeholder_glyphs);
        assert_eq!(prepared.bracket_words, compiled.bracket_words);
        assert_eq!(prepared.form_labels, compiled.form_labels);
        assert!(!prepared.generic_names.is_empty() && !prepared.form_labels.is_empty() && !prepared.placeholder_glyphs.is_empty());
    }

    #[test]
    fn regions() {
        let law = Law::get();
        let cases = [
            ("Rumænien", Region::Inside),
            ("Frankfurt, Tyskland", Region::Inside),
            ("USA", Region::Third),
            ("Irland og USA", Region::Third),
            ("Indien (support)", Region::Third),
            ("Storbritannien", Region::Adequate),
            ("UK", Region::Adequate),
            ("Schweiz", Region::Adequate),
            ("Vereinigte Staaten", Region::Third),
            ("Kina", Region::Third),
            ("Mars", Region::Unknown),
            ("us", Region::Unknown),
        ];
        for (place, region) in cases {
            assert_eq!(law.region(place), region, "{place}");
        }
    }

    #[test]
    fn identifiable_names() {
        let law = Law::get();
        let cases = [
            ("platform.", false),
            ("Hosting provider", false),
            ("Hostingleverandør", false),
            ("leverandør", false),
            ("[NAVN]", false),
            ("XXX", false),
            ("", false),
            ("Amazon Web Services EMEA SARL", true),
            ("Microsoft", true),
            ("Hetzner Online GmbH", true),
            ("AWS", true),
            ("Zendesk platform", true),
            ("One.com Group AB", true),
            // Compound words ending in a generic head name a kind of service, not a company.
            ("Kundeserviceplatform", false),
            ("Cloud-Dienstleister", false),
            ("Newsletter-Versanddienstleister", false),
            ("Betalningsleverantör", false),
            ("Lønnsleverandør", false),
            ("Mailprovider", false),
            // A head with too little before it, or a name beside it, still identifies.
            ("Xplatform", true),
            ("Mailprovider Nordic ApS", true),
            ("Salesforce Platform", true),
            // A description in sentence case names no one; a name before the description does.
            ("Cloud telephony provider", false),
            ("Email delivery service", false),
            ("Ekstern sms-udbyder", false),
            ("Mailgun delivery service", true),
            ("Google analytics", true),
        ];
        for (name, expected) in cases {
            assert_eq!(law.identifiable(name), expected, "{name}");
        }
    }

    #[test]
    fn signature_lines() {
        let law = Law::get();
        for line in ["Signed for Vestby Kennels B.V.: Anna Berg, director", "Underskrevet af begge parter", "Oslo og Trondheim, 1. oktober 2025", "London, 3 March 2026", "Stockholm den 12 maj 2025", "Malmö, May 4, 2025", "Aarhus, 01.10.2025", "Berlin, den 2025-10-01"] {
            assert!(law.opens_signature(line), "{line}");
        }
        for line in ["Helpdock Inc., Austin, USA – SCCs of 4 June 2021", "Mailbird ApS, Odense – since 2019", "Hosting in Frankfurt 2025", "The signature of the parties follows below and binds them from 1 May 2025", "Serverpark Nord, 10 racks"] {
            assert!(!law.opens_signature(line), "{line}");
        }
    }
}
