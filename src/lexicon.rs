//! The per-language lexicons (`lexicons/*.toml`), compiled in, and the matcher that finds their
//! phrases in text.
//!
//! A lexicon holds, per language: cue phrases with weights for each category, named *concepts*
//! (phrase lists the attribute rules look for, such as `undue_delay` or `own_cost`), number words,
//! unit words, negations and abbreviations. The code knows only the concept names
//! ([`CONCEPTS`]); every word lives in the data files.
//!
//! Phrases are matched token by token. A plain word matches any inflection with the same Snowball
//! stem (`databehandleren` ~ `databehandlerens`); a word with `*` matches the lower-case surface
//! form as a prefix (`underdatabehandl*`), suffix (`*forpligtelser`) or infix (`*sikkerhed*`), which
//! is how compounds are caught (`behandlingssikkerhed`, `Unterauftragsverarbeiter`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use crate::embedded::Text;
use crate::hash::{FxMap, FxSet};
use crate::{Category, Lang};

mod phrases;
use phrases::TokMatch;

/// The raw TOML of each language, for tests and tools.
pub const SOURCES: [(Lang, &str); 5] = [
    (Lang::Da, include_str!("../lexicons/da.toml")),
    (Lang::En, include_str!("../lexicons/en.toml")),
    (Lang::No, include_str!("../lexicons/no.toml")),
    (Lang::Sv, include_str!("../lexicons/sv.toml")),
    (Lang::De, include_str!("../lexicons/de.toml")),
];

/// The same files as JSON without their phrases (`category`, `concept`: those are in [`TABLES`]),
/// converted by `build.rs`: the rest of the lexicon, parsed at every start ([`Base`]).
const COMPILED: [(Lang, &str); 5] = [
    (Lang::Da, include_str!(concat!(env!("OUT_DIR"), "/lexicons_da.base.json"))),
    (Lang::En, include_str!(concat!(env!("OUT_DIR"), "/lexicons_en.base.json"))),
    (Lang::No, include_str!(concat!(env!("OUT_DIR"), "/lexicons_no.base.json"))),
    (Lang::Sv, include_str!(concat!(env!("OUT_DIR"), "/lexicons_sv.base.json"))),
    (Lang::De, include_str!(concat!(env!("OUT_DIR"), "/lexicons_de.base.json"))),
];

/// Each lexicon's phrases compiled by `build.rs` (stemmed; see `lexicon/phrases.rs`).
const TABLES: [(Lang, &str); 5] = [
    (Lang::Da, include_str!(concat!(env!("OUT_DIR"), "/lexicons_da.phrases"))),
    (Lang::En, include_str!(concat!(env!("OUT_DIR"), "/lexicons_en.phrases"))),
    (Lang::No, include_str!(concat!(env!("OUT_DIR"), "/lexicons_no.phrases"))),
    (Lang::Sv, include_str!(concat!(env!("OUT_DIR"), "/lexicons_sv.phrases"))),
    (Lang::De, include_str!(concat!(env!("OUT_DIR"), "/lexicons_de.phrases"))),
];

/// Every concept name the attribute rules use, sorted; each lexicon defines each of them.
pub const CONCEPTS: &[&str] = &[
    "access",
    "address_column",
    "adequacy",
    "after_that",
    "agrees",
    "agrees_late",
    "alternative",
    "annex",
    "anonymise",
    "any_country",
    "any_grounds",
    "applies_also",
    "approval_modifier",
    "approval_noun",
    "approved",
    "asks",
    "assistance",
    "authority",
    "bcr",
    "breach",
    "cannot_refuse",
    "charge",
    "confirm",
    "contrast",
    "controller",
    "controller_duty",
    "cost",
    "country",
    "data_noun",
    "data_subjects_heading",
    "data_types_heading",
    "defines",
    "delete",
    "derogation",
    "dpf",
    "each_party",
    "earlier",
    "either_authorisation",
    "end_of_service",
    "exception",
    "flow_down",
    "free_of_charge",
    "frequency",
    "general_authorisation",
    "general_word",
    "gives",
    "inspection",
    "instruction",
    "list_heading",
    "listed_in",
    "location",
    "location_column",
    "may_engage",
    "meeting",
    "modal",
    "name_column",
    "not_chosen",
    "notice",
    "notice_after",
    "notify",
    "object",
    "on_request",
    "only",
    "outside",
    "own_cost",
    "own_purposes",
    "paid",
    "pay",
    "payer_marker",
    "permission",
    "prior_approval",
    "processor",
    "prohibit",
    "questionnaire",
    "report",
    "requires",
    "restricted_grounds",
    "retain",
    "return",
    "satisfied_by",
    "scc",
    "service_level",
    "shared_cost",
    "specific_authorisation",
    "specific_word",
    "stored",
    "sub_processor",
    "terminate",
    "third_country",
    "third_country_name",
    "transfer",
    "undue_delay",
    "until",
    "within_eea",
];

/// Weight of each cue strength.
const WEIGHTS: [(&str, f32); 4] = [("strong", 3.0), ("medium", 2.0), ("weak", 1.0), ("against", -3.0)];

/// A unit of time a duration may be stated in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Hours.
    Hours,
    /// Calendar days (or a day without qualifier).
    Days,
    /// Business or working days.
    BusinessDays,
    /// Weeks.
    Weeks,
    /// Months, counted as 30 days.
    Months,
    /// Years, counted as 365 days.
    Years,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryCues {
    #[serde(default)]
    against: Vec<String>,
    #[serde(default)]
    medium: Vec<String>,
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
}

/// The parsed form of one `lexicons/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Short forms that end in a full stop without ending a sentence (`f.eks`, `e.g`).
    pub abbreviations: Vec<String>,
    category: BTreeMap<String, CategoryCues>,
    /// Concept name → phrases.
    pub concept: BTreeMap<String, Vec<String>>,
    /// Words after a line-end hyphen that mean the hyphen is real (`tekniske- og`).
    pub conjunctions: Vec<String>,
    /// The ISO 639-1 code.
    pub language: String,
    /// Words that negate what follows (`not`, `ikke`, `without`).
    pub negations: Vec<String>,
    /// Number words → value.
    pub number: BTreeMap<String, u32>,
    /// Words that, capitalised after a lower-case word with no punctuation between, start a new
    /// sentence (a title line run into its text: "… til tredjelande Der må ikke …").
    pub openers: Vec<String>,
    /// The Snowball algorithm: `danish`, `english`, `norwegian`, `swedish`, `german`.
    pub stemmer: String,
    /// Unit → the words (surface forms) that name it.
    pub unit: BTreeMap<String, Vec<String>>,
}

/// What [`Lexicon`] takes from a lexicon file besides its phrases, its strings borrowed (from
/// the embedded JSON at start-up, from a [`LexiconFile`] when compiling one).
#[derive(Debug, Default, Deserialize)]
struct Base<'a> {
    #[serde(borrow, default)]
    abbreviations: Vec<Text<'a>>,
    #[serde(borrow, default)]
    conjunctions: Vec<Text<'a>>,
    #[serde(borrow, default)]
    negations: Vec<Text<'a>>,
    #[serde(borrow, default)]
    number: BTreeMap<Text<'a>, u32>,
    #[serde(borrow, default)]
    openers: Vec<Text<'a>>,
    #[serde(borrow, default)]
    unit: BTreeMap<Text<'a>, Vec<Text<'a>>>,
}

impl<'a> Base<'a> {
    fn of(file: &'a LexiconFile) -> Self {
        let texts = |list: &'a [String]| list.iter().map(|s| Text(Cow::Borrowed(s.as_str()))).collect();
        Base {
            abbreviations: texts(&file.abbreviations),
            conjunctions: texts(&file.conjunctions),
            negations: texts(&file.negations),
            number: file.number.iter().map(|(k, v)| (Text(Cow::Borrowed(k.as_str())), *v)).collect(),
            openers: texts(&file.openers),
            unit: file.unit.iter().map(|(k, v)| (Text(Cow::Borrowed(k.as_str())), texts(v))).collect(),
        }
    }
}

impl LexiconFile {
    /// Parses a lexicon's TOML.
    pub fn parse(source: &str) -> Result<Self, String> {
        toml::from_str(source).map_err(|e| e.to_string())
    }

    /// Category id → every phrase the file names for it.
    pub fn category_ids(&self) -> Vec<&str> {
        self.category.keys().map(String::as_str).collect()
    }
}

/// What a phrase argues for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// A category, with the cue's weight.
    Category(Category, f32),
    /// A concept, by its index in [`CONCEPTS`].
    Concept(usize),
}

impl TokMatch<'_> {
    fn matches(&self, token: &Token) -> bool {
        match self {
            TokMatch::Number => token.number.is_some(),
            TokMatch::Exact(s) => *token.stem == **s,
            TokMatch::Prefix(s) => token.surface.starts_with(&**s),
            TokMatch::Suffix(s) => token.surface.ends_with(&**s),
            TokMatch::Infix(s) => token.surface.contains(&**s),
            TokMatch::Gap(_) => true,
        }
    }
}

/// Where a phrase with gaps that starts at `tokens[0]` ends (one past its last token): the
/// shortest match, within one sentence.
fn match_with_gaps(phrase: &[TokMatch], tokens: &[Token], at: usize) -> Option<usize> {
    let Some((first, rest)) = phrase.split_first() else { return Some(at) };
    match first {
        TokMatch::Gap(n) => (0..=usize::from(*n)).find_map(|skip| {
            // The words skipped, and the one before them, do not end a sentence.
            let crosses = tokens.get(at.checked_sub(1)?..at + skip)?.iter().any(|t| t.sentence_end);
            (!crosses).then(|| match_with_gaps(rest, tokens, at + skip)).flatten()
        }),
        m => (tokens.get(at).is_some_and(|t| m.matches(t))).then(|| match_with_gaps(rest, tokens, at + 1)).flatten(),
    }
}

#[derive(Debug, PartialEq)]
struct Phrase {
    tokens: Vec<TokMatch<'static>>,
    target: Target,
    /// Some token is a [`TokMatch::Gap`]: the phrase has no fixed length.
    gaps: bool,
}

impl Phrase {
    fn new(tokens: Vec<TokMatch<'static>>, target: Target) -> Phrase {
        let gaps = tokens.iter().any(|t| matches!(t, TokMatch::Gap(_)));
        Phrase { tokens, target, gaps }
    }
}

/// One word of a text: lower-case surface form, stem, and char span in the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Lower-case, with line-end hyphenation joined (shared by every token of the same word).
    pub surface: Rc<str>,
    /// The Snowball stem of `surface`.
    pub stem: Rc<str>,
    /// First char, relative to the analysed text.
    pub start: u32,
    /// One past the last char.
    pub end: u32,
    /// A sentence ends after this token.
    pub sentence_end: bool,
    /// The value of a number (digits or a number word).
    pub number: Option<u32>,
}

/// A phrase found in a text: what it argues for and which tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The category or concept.
    pub target: Target,
    /// The index of the phrase in the lexicon (hits of one phrase share it).
    pub phrase: usize,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
}

/// A text broken into tokens, with the phrases of a lexicon found in it.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Every phrase occurrence, ordered by first token.
    pub hits: Vec<Hit>,
    /// The hits of each concept (by index in [`CONCEPTS`]), ordered by first token.
    by_concept: Vec<Vec<Hit>>,
}

impl Analysed {
    fn new(tokens: Vec<Token>, hits: Vec<Hit>) -> Self {
        let mut by_concept = vec![Vec::new(); CONCEPTS.len()];
        for h in &hits {
            if let Target::Concept(i) = h.target {
                if let Some(list) = by_concept.get_mut(i) {
                    list.push(*h);
                }
            }
        }
        Analysed { tokens, hits, by_concept }
    }

    /// The hits of one concept.
    pub fn concept(&self, name: &str) -> std::slice::Iter<'_, Hit> {
        concept_index(name).and_then(|i| self.by_concept.get(i)).map_or_else(|| [].iter(), |v| v.iter())
    }

    /// True when the concept occurs in tokens `[from, to)`.
    pub fn has(&self, name: &str, from: usize, to: usize) -> bool {
        self.concept(name).any(|h| h.first >= from && h.last <= to)
    }

    /// The hits of a concept inside tokens `[from, to)`.
    pub fn within<'a>(&'a self, name: &str, from: usize, to: usize) -> impl Iterator<Item = &'a Hit> + 'a {
        self.concept(name).filter(move |h| h.first >= from && h.last <= to)
    }

    /// Sentences as token ranges `[from, to)`.
    pub fn sentences(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            if t.sentence_end {
                out.push((from, i + 1));
                from = i + 1;
            }
        }
        if from < self.tokens.len() {
            out.push((from, self.tokens.len()));
        }
        out
    }

    /// The char span `[start, end)` of tokens `[first, last)`.
    pub fn span(&self, first: usize, last: usize) -> [u32; 2] {
        let start = self.tokens.get(first).map_or(0, |t| t.start);
        let end = last.checked_sub(1).and_then(|i| self.tokens.get(i)).map_or(start, |t| t.end);
        [start, end.max(start)]
    }
}

/// The index of a concept name in [`CONCEPTS`] (sorted, so a binary search).
pub fn concept_index(name: &str) -> Option<usize> {
    CONCEPTS.binary_search(&name).ok()
}

/// A compiled lexicon.
pub struct Lexicon {
    /// The language.
    pub lang: Lang,
    stemmer: Stemmer,
    phrases: Vec<Phrase>,
    /// Stem → the (phrase, token) pairs anchored on it: a phrase is tried where the stem of its
    /// most selective exact token occurs.
    stem_anchors: FxMap<Cow<'static, str>, Vec<(usize, usize)>>,
    surface_anchors: SurfaceAnchors,
    abbreviations: FxSet<String>,
    conjunctions: FxSet<String>,
    negations: FxSet<String>,
    numbers: FxMap<String, u32>,
    openers: FxSet<String>,
    units: FxMap<String, Unit>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("lang", &self.lang).field("phrases", &self.phrases.len()).finish()
    }
}

/// The compiled lexicon of a language, compiled on first use: starting the CLI (or a worker) for
/// a Danish document builds the Danish lexicon only.
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: [OnceLock<Lexicon>; COMPILED.len()] = [const { OnceLock::new() }; COMPILED.len()];
    let idx = COMPILED.iter().position(|(l, _)| *l == lang).unwrap_or(0);
    LEXICONS[idx].get_or_init(|| {
        let (lang, json) = &COMPILED[idx];
        // The TOML parsed at build time; a file the lexicon tests would refuse falls back to empty.
        let base = serde_json::from_str::<Base>(json).unwrap_or_default();
        let table = TABLES.iter().find(|(l, _)| l == lang).map_or("", |(_, t)| t);
        Lexicon::from_table(*lang, &base, table)
    })
}

/// A phrase table's target: `c:<category id>:<strength>` or `k:<concept>`.
fn table_target(text: &str) -> Option<Target> {
    match text.split_once(':')? {
        ("c", rest) => {
            let (id, strength) = rest.split_once(':')?;
            let (_, weight) = WEIGHTS.iter().find(|(s, _)| *s == strength)?;
            Some(Target::Category(Category::from_id(id)?, *weight))
        }
        ("k", name) => concept_index(name).map(Target::Concept),
        _ => None,
    }
}

fn algorithm(lang: Lang) -> Algorithm {
    match lang {
        Lang::Da => Algorithm::Danish,
        Lang::En => Algorithm::English,
        Lang::No => Algorithm::Norwegian,
        Lang::Sv => Algorithm::Swedish,
        Lang::De => Algorithm::German,
    }
}

impl Lexicon {
    /// Compiles a parsed file.
    pub fn compile(lang: Lang, file: &LexiconFile) -> Lexicon {
        let mut lex = Lexicon::base(lang, &Base::of(file));
        let mut stems: FxMap<String, String> = FxMap::default();
        for (id, cues) in &file.category {
            let Some(cat) = Category::from_id(id) else { continue };
            for (strength, weight) in WEIGHTS {
                let list = match strength {
                    "strong" => &cues.strong,
                    "medium" => &cues.medium,
                    "weak" => &cues.weak,
                    _ => &cues.against,
                };
                for p in list {
                    lex.add_phrase(p, Target::Category(cat, weight), &mut stems);
                }
            }
        }
        for (name, phrases) in &file.concept {
            let Some(idx) = concept_index(name) else { continue };
            for p in phrases {
                lex.add_phrase(p, Target::Concept(idx), &mut stems);
            }
        }
        lex.build_anchors();
        lex
    }

    /// A lexicon from its parsed file and the phrase table `build.rs` compiled from the same file
    /// (`lexicon::phrases`): the same lexicon as [`Lexicon::compile`], without stemming at start-up.
    fn from_table(lang: Lang, base: &Base, table: &'static str) -> Lexicon {
        let mut lex = Lexicon::base(lang, base);
        // A target's phrases come one after another: each target is looked up once.
        let mut last: Option<(&str, Option<Target>)> = None;
        for line in table.lines() {
            let Some((text, tokens)) = phrases::from_line(line) else { continue };
            let target = match last {
                Some((t, target)) if t == text => target,
                _ => {
                    let target = table_target(text);
                    last = Some((text, target));
                    target
                }
            };
            let Some(target) = target else { continue };
            if !tokens.is_empty() {
                lex.phrases.push(Phrase::new(tokens, target));
            }
        }
        lex.build_anchors();
        lex
    }

    /// Everything but the phrases.
    fn base(lang: Lang, file: &Base) -> Lexicon {
        let stemmer = Stemmer::create(algorithm(lang));
        let mut lex = Lexicon {
            lang,
            stemmer,
            phrases: Vec::new(),
            stem_anchors: FxMap::default(),
            surface_anchors: SurfaceAnchors::default(),
            abbreviations: file.abbreviations.iter().map(|a| a.to_lowercase()).collect(),
            conjunctions: file.conjunctions.iter().map(|a| a.to_lowercase()).collect(),
            negations: file.negations.iter().map(|a| a.to_lowercase()).collect(),
            numbers: file.number.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
            openers: file.openers.iter().map(|a| a.to_lowercase()).collect(),
            units: FxMap::default(),
        };
        for (unit, words) in &file.unit {
            let u: Option<Unit> = toml::Value::String(unit.to_string()).try_into().ok();
            if let Some(u) = u {
                for w in words {
                    lex.units.insert(w.to_lowercase(), u);
                }
            }
        }
        lex
    }

    /// Adds a phrase; `stems` remembers the stem of each word seen (many phrases share words).
    fn add_phrase(&mut self, phrase: &str, target: Target, stems: &mut FxMap<String, String>) {
        let stemmer = &self.stemmer;
        let tokens = phrases::phrase_tokens(phrase, &mut |word| {
            stems.entry(word.to_string()).or_insert_with(|| stemmer.stem(word).into_owned()).clone()
        });
        if !tokens.is_empty() {
            self.phrases.push(Phrase::new(tokens, target));
        }
    }

    fn build_anchors(&mut self) {
        let surface = &mut self.surface_anchors;
        for (pi, phrase) in self.phrases.iter().enumerate() {
            // Anchor on the longest literal; exact stems are the most selective. Only a token
            // before the first gap has a fixed place in the phrase.
            let fixed = phrase.tokens.iter().position(|t| matches!(t, TokMatch::Gap(_))).unwrap_or(phrase.tokens.len());
            let best = phrase.tokens[..fixed]
                .iter()
                .enumerate()
                .max_by_key(|(_, t)| match t {
                    TokMatch::Number | TokMatch::Gap(_) => 0,
                    TokMatch::Exact(s) => s.len() + 100,
                    TokMatch::Prefix(s) | TokMatch::Suffix(s) | TokMatch::Infix(s) => s.len(),
                })
                .map(|(i, _)| i)
                .unwrap_or(0);
            match &phrase.tokens[best] {
                // A phrase of numbers alone is not useful; it is never anchored.
                TokMatch::Number | TokMatch::Gap(_) => {}
                TokMatch::Exact(s) => self.stem_anchors.entry(s.clone()).or_default().push((pi, best)),
                TokMatch::Prefix(s) => surface.prefixes.entry(s.as_bytes().first().copied()).or_default().push((s.clone(), (pi, best))),
                TokMatch::Suffix(s) => surface.suffixes.entry(s.as_bytes().last().copied()).or_default().push((s.clone(), (pi, best))),
                TokMatch::Infix(s) => surface.infixes.push((s.clone(), (pi, best))),
            }
        }
    }

    /// The Snowball stem of a lower-case word.
    pub fn stem(&self, word: &str) -> String {
        self.stemmer.stem(word).into_owned()
    }

    /// True for a conjunction (`and`, `og`, `och`), lower-case.
    pub fn is_conjunction(&self, surface: &str) -> bool {
        self.conjunctions.contains(surface)
    }

    /// True for a negation word.
    pub fn is_negation(&self, surface: &str) -> bool {
        self.negations.contains(surface)
    }

    /// The value of a number token (digits or a number word).
    pub fn number(&self, surface: &str) -> Option<u32> {
        if !surface.is_empty() && surface.chars().all(|c| c.is_ascii_digit()) {
            return surface.parse().ok();
        }
        self.numbers.get(surface).copied()
    }

    /// The unit a word names.
    pub fn unit(&self, surface: &str) -> Option<Unit> {
        self.units.get(surface).copied()
    }

    /// Tokenises `text` and finds every phrase of the lexicon in it. Offsets are chars of `text`;
    /// a `\n` in `text` always ends a sentence unless the line ends with `:`.
    pub fn analyse(&self, text: &str) -> Analysed {
        self.analyser().analyse(text)
    }

    /// An analyser that remembers what it learnt about each word (stem, number, the phrases
    /// anchored on it), for analysing many texts of one document.
    pub fn analyser(&self) -> Analyser<'_> {
        Analyser { lex: self, words: RefCell::new(Words::default()) }
    }

    /// What the lexicon says about one lower-case word, wherever it occurs.
    fn word(&self, surface: &str) -> Word {
        let stem: Rc<str> = Rc::from(self.stem(surface));
        let number = self.number(surface);
        let mut anchors = self.stem_anchors.get(&*stem).cloned().unwrap_or_default();
        self.surface_anchors.extend(surface, &mut anchors);
        Word { surface: Rc::from(surface), stem, number, anchors }
    }

    /// Tokens, and for each its entry in `words`.
    fn tokenize(&self, text: &str, words: &mut Words) -> (Vec<Token>, Vec<u32>) {
        // Raw words: runs of letters or runs of digits, as (first char, end char, first byte, end byte).
        let mut raw: Vec<(usize, usize, usize, usize)> = Vec::with_capacity(text.len() / 5);
        let mut current: Option<(usize, usize, bool)> = None;
        let mut n = 0;
        let mut b = 0;
        while b < text.len() {
            let (c, len) = crate::chars::char_at(text, b);
            let alnum = crate::chars::is_alphanumeric(c);
            let digit = c.is_ascii_digit();
            match current {
                Some((_, _, d)) if alnum && digit == d => {}
                Some((cs, bs, _)) => {
                    raw.push((cs, n, bs, b));
                    current = alnum.then_some((n, b, digit));
                }
                None if alnum => current = Some((n, b, digit)),
                None => {}
            }
            n += 1;
            b += len;
        }
        if let Some((cs, bs, _)) = current {
            raw.push((cs, n, bs, text.len()));
        }
        let mut tokens: Vec<Token> = Vec::with_capacity(raw.len());
        let mut ids: Vec<u32> = Vec::with_capacity(raw.len());
        // Byte span of each token in `text`.
        let mut bytes: Vec<(usize, usize)> = Vec::with_capacity(raw.len());
        // The lower-case word, built in one buffer and stored once per distinct word.
        let mut surface = String::new();
        let mut k = 0;
        while k < raw.len() {
            let (start, mut end, bstart, mut bend) = raw[k];
            surface.clear();
            push_lowercase(&mut surface, &text[bstart..bend]);
            // Join line-end hyphenation: "databe- handleren" is one word, across a paragraph
            // break too, so that a clause reads the same with its breaks or with spaces for them.
            while k + 1 < raw.len() {
                let (_, ne, nbs, nbe) = raw[k + 1];
                let gap = &text[bend..nbs];
                let hyphen_gap = gap.len() >= 2 && gap.starts_with('-') && gap[1..].bytes().all(|c| c == b' ' || c == b'\n');
                if !hyphen_gap {
                    break;
                }
                let next = &text[nbs..nbe];
                let lower_next = next.chars().next().is_some_and(char::is_lowercase);
                let alpha = surface.chars().next_back().is_some_and(char::is_alphabetic);
                if lower_next && alpha && !self.conjunctions.contains(next) {
                    push_lowercase(&mut surface, next);
                    end = ne;
                    bend = nbe;
                    k += 1;
                } else {
                    break;
                }
            }
            let id = match words.index.get(surface.as_str()) {
                Some(id) => *id,
                None => {
                    let id = words.list.len() as u32;
                    let word = self.word(&surface);
                    words.index.insert(word.surface.clone(), id);
                    words.list.push(word);
                    id
                }
            };
            let word = &words.list[id as usize];
            tokens.push(Token { surface: word.surface.clone(), stem: word.stem.clone(), start: start as u32, end: end as u32, sentence_end: false, number: word.number });
            ids.push(id);
            bytes.push((bstart, bend));
            k += 1;
        }
        let first_char = |t: usize| bytes.get(t).and_then(|(b, _)| text[*b..].chars().next());
        // Sentence ends: . ! ? ; after a token (not an abbreviation or a clause number), or a line break.
        for t in 0..tokens.len() {
            let next_start = bytes.get(t + 1).map_or(text.len(), |b| b.0);
            let gap = &text[bytes[t].1..next_start];
            let mut ends = false;
            if let Some((before_nl, after_nl)) = gap.split_once('\n') {
                // A line break ends a sentence when a capital, a digit or a bullet follows: lines
                // broken mid-sentence go on in lower case.
                let next_upper = first_char(t + 1).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                let bullet = after_nl.chars().any(|c| !c.is_whitespace() && !c.is_alphanumeric());
                // Since ingest reflows lines into paragraphs, a break before a capital is a new sentence.
                ends = !before_nl.trim_end().ends_with(':') && (next_upper || bullet);
            }
            if !ends {
                if let Some((p, mark)) = gap.char_indices().find(|(_, c)| matches!(c, '.' | '!' | '?' | ';')) {
                    let is_dot = mark == '.';
                    let surface: &str = &tokens[t].surface;
                    let abbreviation = is_dot && {
                        // "f.eks." → look back over "f." too.
                        let dotted = t > 0 && tokens[t - 1].end as usize + 1 == tokens[t].start as usize && text[bytes[t - 1].1..].starts_with('.');
                        (dotted && self.abbreviations.contains(&format!("{}.{}", tokens[t - 1].surface, surface))) || self.abbreviations.contains(surface)
                    };
                    let number = is_dot && surface.chars().all(|c| c.is_ascii_digit()) && surface.len() <= 2;
                    let at_end = t + 1 == tokens.len();
                    let followed_by_space = gap[p + 1..].chars().next().map_or(at_end, |c| c.is_whitespace() || matches!(c, '"' | '”' | ')'));
                    ends = followed_by_space && !abbreviation && !number;
                }
            }
            if !ends && t + 1 < tokens.len() && gap.bytes().all(|c| c == b' ') {
                let capital = first_char(t + 1).is_some_and(char::is_uppercase);
                let lower_here = first_char(t).is_some_and(char::is_lowercase);
                ends = capital && lower_here && self.openers.contains(&*tokens[t + 1].surface);
            }
            tokens[t].sentence_end = ends;
        }
        (tokens, ids)
    }

    fn find(&self, tokens: &[Token], ids: &[u32], words: &Words) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (tok, id) in ids.iter().enumerate() {
            for &(pi, k) in &words.list[*id as usize].anchors {
                let Some(first) = tok.checked_sub(k) else { continue };
                let phrase = &self.phrases[pi];
                if phrase.gaps {
                    if let Some(last) = match_with_gaps(&phrase.tokens, tokens, first) {
                        hits.push(Hit { target: phrase.target, phrase: pi, first, last });
                    }
                    continue;
                }
                let last = first + phrase.tokens.len();
                if last > tokens.len() {
                    continue;
                }
                if phrase.tokens.iter().zip(&tokens[first..last]).all(|(m, t)| m.matches(t)) {
                    hits.push(Hit { target: phrase.target, phrase: pi, first, last });
                }
            }
        }
        // A phrase found from two anchors (or twice in one word) is one hit.
        hits.sort_by_key(|h| (h.first, h.last, h.phrase));
        hits.dedup_by_key(|h| (h.first, h.phrase));
        hits
    }
}

/// The phrases anchored on part of a word (a prefix, suffix or infix token), grouped so that a
/// word tries only the prefixes that start with its first byte and the suffixes that end with its
/// last: a handful of `starts_with` checks per new word. Made as the phrase table is read; the
/// Aho-Corasick automaton over the same patterns that it replaces took 0.21–0.29 ms to build at
/// every start (BENCHMARKS.md, "Work of 2026-12-05 16:30–17:45 UTC").
#[derive(Debug, Default, PartialEq)]
struct SurfaceAnchors {
    /// By first byte (`None`: the empty prefix).
    prefixes: AnchorsBy,
    /// By last byte.
    suffixes: AnchorsBy,
    infixes: Vec<(Cow<'static, str>, (usize, usize))>,
}

/// Word parts and their (phrase, token) anchors, by a byte of the part.
type AnchorsBy = FxMap<Option<u8>, Vec<(Cow<'static, str>, (usize, usize))>>;

impl SurfaceAnchors {
    /// Appends the (phrase, token) anchors whose part `word` has. A phrase anchored on an infix
    /// that occurs twice in the word is listed once (the hits are the same either way).
    fn extend(&self, word: &str, anchors: &mut Vec<(usize, usize)>) {
        fn of(map: &AnchorsBy, key: Option<u8>) -> &[(Cow<'static, str>, (usize, usize))] {
            map.get(&key).map_or(&[], Vec::as_slice)
        }
        let bytes = word.as_bytes();
        for (prefix, anchor) in of(&self.prefixes, bytes.first().copied()).iter().chain(of(&self.prefixes, None)) {
            if word.starts_with(&**prefix) {
                anchors.push(*anchor);
            }
        }
        for (suffix, anchor) in of(&self.suffixes, bytes.last().copied()).iter().chain(of(&self.suffixes, None)) {
            if word.ends_with(&**suffix) {
                anchors.push(*anchor);
            }
        }
        for (infix, anchor) in &self.infixes {
            if word.contains(&**infix) {
                anchors.push(*anchor);
            }
        }
    }
}

/// What a lexicon says about one word.
struct Word {
    surface: Rc<str>,
    stem: Rc<str>,
    number: Option<u32>,
    /// (phrase, token of the phrase) for each phrase anchored on this word.
    anchors: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Words {
    index: FxMap<Rc<str>, u32>,
    list: Vec<Word>,
}

/// Analyses many texts with one lexicon, looking each distinct word up once. Derefs to the lexicon.
pub struct Analyser<'a> {
    lex: &'a Lexicon,
    words: RefCell<Words>,
}

impl Analyser<'_> {
    /// Like [`Lexicon::analyse`].
    pub fn analyse(&self, text: &str) -> Analysed {
        let mut words = self.words.borrow_mut();
        let (tokens, ids) = self.lex.tokenize(text, &mut words);
        let hits = self.lex.find(&tokens, &ids, &words);
        Analysed::new(tokens, hits)
    }
}

impl std::ops::Deref for Analyser<'_> {
    type Target = Lexicon;

    fn deref(&self) -> &Lexicon {
        self.lex
    }
}

/// Appends `word` lower-cased, exactly as `str::to_lowercase` lower-cases it.
fn push_lowercase(out: &mut String, word: &str) {
    // Only a capital sigma lower-cases by context (word-final ς); leave that to the string method.
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
    } else if word.as_bytes().windows(2).any(|w| w == "Σ".as_bytes()) {
        out.push_str(&word.to_lowercase());
    } else {
        for c in word.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_build_time_phrase_tables_equal_compiling_the_files() {
        for (lang, src) in SOURCES {
            let file = LexiconFile::parse(src).unwrap();
            let table = TABLES.iter().find(|(l, _)| *l == lang).unwrap().1;
            let (compiled, from_table) = (Lexicon::compile(lang, &file), Lexicon::from_table(lang, &Base::of(&file), table));
            assert!(!compiled.phrases.is_empty());
            assert_eq!(compiled.phrases, from_table.phrases, "{lang:?}");
            assert_eq!(compiled.stem_anchors, from_table.stem_anchors, "{lang:?}");
            assert_eq!(compiled.surface_anchors, from_table.surface_anchors, "{lang:?}");
        }
    }

    /// `...` stands for up to four words of any kind ("the Customer's written" is four: the
    /// possessive "s" is a word), within one sentence.
    #[test]
    fn a_gap_matches_up_to_four_words_in_one_sentence() {
        // The Danish lexicon has "på ... anmodning".
        let found = |text: &str| lexicon(Lang::Da).analyse(text).concept("on_request").map(|h| (h.first, h.last)).collect::<BTreeSet<_>>();
        assert_eq!(found("Det sker på anmodning."), BTreeSet::from([(2, 4)]));
        assert_eq!(found("Det sker på kundens skriftlige anmodning."), BTreeSet::from([(2, 6)]));
        assert_eq!(found("Det sker på hver kundes skriftlige anmodning."), BTreeSet::from([(2, 7)]));
        assert_eq!(found("Det sker på en af hver kundes anmodning."), BTreeSet::from([(2, 8)]));
        assert!(found("Det sker på en af hver af kundernes anmodning.").is_empty(), "five words between");
        assert!(found("Han kom på kontoret. Anmodning blev afvist.").is_empty(), "across a sentence end");
    }

    #[test]
    fn the_embedded_base_equals_the_file() {
        for (lang, src) in SOURCES {
            let file = LexiconFile::parse(src).unwrap();
            let json = COMPILED.iter().find(|(l, _)| *l == lang).unwrap().1;
            let (embedded, parsed) = (Lexicon::base(lang, &serde_json::from_str(json).unwrap()), Lexicon::base(lang, &Base::of(&file)));
            assert!(!parsed.negations.is_empty() && !parsed.numbers.is_empty() && !parsed.units.is_empty(), "{lang:?}");
            assert_eq!(embedded.abbreviations, parsed.abbreviations, "{lang:?}");
            assert_eq!(embedded.conjunctions, parsed.conjunctions, "{lang:?}");
            assert_eq!(embedded.negations, parsed.negations, "{lang:?}");
            assert_eq!(embedded.numbers, parsed.numbers, "{lang:?}");
            assert_eq!(embedded.openers, parsed.openers, "{lang:?}");
            assert_eq!(embedded.units, parsed.units, "{lang:?}");
        }
    }

    #[test]
    fn surface_anchors_are_every_part_a_word_has() {
        // Every (part, anchor) of every group, checked by brute force, against the grouped lookup.
        let words = ["underdatabehandleren", "underleverandører", "sikkerhedsforanstaltninger", "revisionserklæringen", "auftragsverarbeiter", "unterauftragsverarbeitung", "datenschutz", "subprocessors", "personuppgiftsbiträdet", "x", "æ", "8"];
        let mut found = 0;
        for lang in Lang::ALL {
            let surface = &lexicon(lang).surface_anchors;
            let all: Vec<(&str, u8, (usize, usize))> = surface
                .prefixes
                .values()
                .flatten()
                .map(|(s, a)| (&**s, b'^', *a))
                .chain(surface.suffixes.values().flatten().map(|(s, a)| (&**s, b'$', *a)))
                .chain(surface.infixes.iter().map(|(s, a)| (&**s, b'~', *a)))
                .collect();
            assert!(all.iter().any(|(_, kind, _)| *kind == b'^'), "{lang:?} has prefix anchors");
            for word in words {
                let mut grouped = Vec::new();
                surface.extend(word, &mut grouped);
                grouped.sort_unstable();
                let mut brute: Vec<(usize, usize)> = all
                    .iter()
                    .filter(|(part, kind, _)| match kind {
                        b'^' => word.starts_with(part),
                        b'$' => word.ends_with(part),
                        _ => word.contains(part),
                    })
                    .map(|(_, _, a)| *a)
                    .collect();
                brute.sort_unstable();
                assert_eq!(grouped, brute, "{lang:?} {word}");
                found += grouped.len();
            }
        }
        assert!(found > 0, "some word has a part some phrase is anchored on");
    }

    #[test]
    fn analysing_with_breaks_keeps_tokens_and_hits() {
        let lex = lexicon(Lang::Da);
        for text in [
            "Databehandleren skal uden unødig forsinkelse\nunderrette den dataansvarlige.",
            "Sletning\nData slettes senest 30 dage efter ophør.",
            "Databe-\nhandleren sletter data.",
            "Databe- \n handleren sletter data.",
            "Tekniske -\nog organisatoriske foranstaltninger sikrer data.",
        ] {
            let (a, b) = (lex.analyse(text), lex.analyse(&text.replace('\n', " ")));
            let key = |x: &Analysed| x.tokens.iter().map(|t| (t.surface.to_string(), t.stem.to_string(), t.start, t.end, t.number)).collect::<Vec<_>>();
            assert_eq!(key(&a), key(&b));
            assert_eq!(a.hits, b.hits);
            assert!(!a.hits.is_empty());
        }
    }
}
