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

use std::collections::BTreeMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use crate::hash::{FxMap, FxSet};
use crate::{Category, Lang};

/// The raw TOML of each language, for tests and tools.
pub const SOURCES: [(Lang, &str); 5] = [
    (Lang::Da, include_str!("../lexicons/da.toml")),
    (Lang::En, include_str!("../lexicons/en.toml")),
    (Lang::No, include_str!("../lexicons/no.toml")),
    (Lang::Sv, include_str!("../lexicons/sv.toml")),
    (Lang::De, include_str!("../lexicons/de.toml")),
];

/// Every concept name the attribute rules use, sorted; each lexicon defines each of them.
pub const CONCEPTS: &[&str] = &[
    "adequacy",
    "annex",
    "anonymise",
    "assistance",
    "authority",
    "bcr",
    "breach",
    "cannot_refuse",
    "confirm",
    "controller",
    "controller_duty",
    "cost",
    "country",
    "data_subjects_heading",
    "data_types_heading",
    "delete",
    "derogation",
    "dpf",
    "earlier",
    "either_authorisation",
    "end_of_service",
    "exception",
    "flow_down",
    "free_of_charge",
    "general_authorisation",
    "inspection",
    "instruction",
    "list_heading",
    "location",
    "location_column",
    "meeting",
    "modal",
    "name_column",
    "notice",
    "notify",
    "object",
    "on_request",
    "only",
    "own_cost",
    "own_purposes",
    "paid",
    "payer_marker",
    "permission",
    "processor",
    "prohibit",
    "questionnaire",
    "report",
    "restricted_grounds",
    "retain",
    "return",
    "scc",
    "shared_cost",
    "specific_authorisation",
    "sub_processor",
    "terminate",
    "third_country",
    "third_country_name",
    "transfer",
    "undue_delay",
    "until",
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

#[derive(Debug, Clone)]
enum TokMatch {
    Number,
    Exact(String),
    Prefix(String),
    Suffix(String),
    Infix(String),
}

impl TokMatch {
    fn matches(&self, token: &Token) -> bool {
        match self {
            TokMatch::Number => token.number.is_some(),
            TokMatch::Exact(s) => token.stem == *s,
            TokMatch::Prefix(s) => token.surface.starts_with(s.as_str()),
            TokMatch::Suffix(s) => token.surface.ends_with(s.as_str()),
            TokMatch::Infix(s) => token.surface.contains(s.as_str()),
        }
    }
}

#[derive(Debug)]
struct Phrase {
    tokens: Vec<TokMatch>,
    target: Target,
}

/// One word of a text: lower-case surface form, stem, and char span in the text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Lower-case, with line-end hyphenation joined.
    pub surface: String,
    /// The Snowball stem of `surface`.
    pub stem: String,
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
    stem_anchors: FxMap<String, Vec<(usize, usize)>>,
    surface_anchors: Option<AhoCorasick>,
    surface_anchor_of: Vec<(usize, usize)>,
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

/// The compiled lexicon of a language.
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: OnceLock<Vec<Lexicon>> = OnceLock::new();
    let all = LEXICONS.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, src)| {
                // An unparsable file would be caught by the lexicon tests; fall back to an empty one.
                let file = LexiconFile::parse(src).unwrap_or_else(|_| LexiconFile::empty(lang));
                Lexicon::compile(*lang, &file)
            })
            .collect()
    });
    let idx = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &all[idx]
}

impl LexiconFile {
    fn empty(lang: &Lang) -> Self {
        LexiconFile {
            abbreviations: Vec::new(),
            category: BTreeMap::new(),
            concept: BTreeMap::new(),
            conjunctions: Vec::new(),
            language: lang.as_str().to_string(),
            negations: Vec::new(),
            number: BTreeMap::new(),
            openers: Vec::new(),
            stemmer: String::new(),
            unit: BTreeMap::new(),
        }
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
        let stemmer = Stemmer::create(algorithm(lang));
        let mut lex = Lexicon {
            lang,
            stemmer,
            phrases: Vec::new(),
            stem_anchors: FxMap::default(),
            surface_anchors: None,
            surface_anchor_of: Vec::new(),
            abbreviations: file.abbreviations.iter().map(|a| a.to_lowercase()).collect(),
            conjunctions: file.conjunctions.iter().map(|a| a.to_lowercase()).collect(),
            negations: file.negations.iter().map(|a| a.to_lowercase()).collect(),
            numbers: file.number.iter().map(|(k, v)| (k.to_lowercase(), *v)).collect(),
            openers: file.openers.iter().map(|a| a.to_lowercase()).collect(),
            units: FxMap::default(),
        };
        for (unit, words) in &file.unit {
            let u: Option<Unit> = toml::Value::String(unit.clone()).try_into().ok();
            if let Some(u) = u {
                for w in words {
                    lex.units.insert(w.to_lowercase(), u);
                }
            }
        }
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
                    lex.add_phrase(p, Target::Category(cat, weight));
                }
            }
        }
        for (name, phrases) in &file.concept {
            let Some(idx) = concept_index(name) else { continue };
            for p in phrases {
                lex.add_phrase(p, Target::Concept(idx));
            }
        }
        lex.build_anchors();
        lex
    }

    fn add_phrase(&mut self, phrase: &str, target: Target) {
        let mut tokens = Vec::new();
        for word in phrase.split_whitespace() {
            let starred_front = word.starts_with('*');
            let starred_back = word.ends_with('*') && word.len() > 1;
            if word == "#" {
                tokens.push(TokMatch::Number);
                continue;
            }
            let core = word.trim_matches('*').to_lowercase();
            if core.is_empty() {
                continue;
            }
            let m = match (starred_front, starred_back) {
                (true, true) => TokMatch::Infix(core),
                (false, true) => TokMatch::Prefix(core),
                (true, false) => TokMatch::Suffix(core),
                (false, false) => {
                    // A plain word is tokenised like text, so "sub-processor" is two tokens.
                    for t in tokenize_words(&core) {
                        tokens.push(TokMatch::Exact(self.stem(&t)));
                    }
                    continue;
                }
            };
            tokens.push(m);
        }
        if !tokens.is_empty() {
            self.phrases.push(Phrase { tokens, target });
        }
    }

    fn build_anchors(&mut self) {
        let mut surf_pats = Vec::new();
        for (pi, phrase) in self.phrases.iter().enumerate() {
            // Anchor on the longest literal; exact stems are the most selective.
            let best = phrase
                .tokens
                .iter()
                .enumerate()
                .max_by_key(|(_, t)| match t {
                    TokMatch::Number => 0,
                    TokMatch::Exact(s) => s.len() + 100,
                    TokMatch::Prefix(s) | TokMatch::Suffix(s) | TokMatch::Infix(s) => s.len(),
                })
                .map(|(i, _)| i)
                .unwrap_or(0);
            match &phrase.tokens[best] {
                // A phrase of numbers alone is not useful; it is never anchored.
                TokMatch::Number => {}
                TokMatch::Exact(s) => self.stem_anchors.entry(s.clone()).or_default().push((pi, best)),
                TokMatch::Prefix(s) => {
                    surf_pats.push(format!(" {s}"));
                    self.surface_anchor_of.push((pi, best));
                }
                TokMatch::Suffix(s) => {
                    surf_pats.push(format!("{s} "));
                    self.surface_anchor_of.push((pi, best));
                }
                TokMatch::Infix(s) => {
                    surf_pats.push(s.clone());
                    self.surface_anchor_of.push((pi, best));
                }
            }
        }
        let build = |pats: &[String]| AhoCorasick::builder().match_kind(MatchKind::Standard).build(pats).ok();
        self.surface_anchors = build(&surf_pats);
    }

    /// The Snowball stem of a lower-case word.
    pub fn stem(&self, word: &str) -> String {
        self.stemmer.stem(word).into_owned()
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

    /// True when `text` analyses to the same tokens and phrase hits as `text` with each `\n`
    /// replaced by a space (only sentence ends differ). They differ only where a hyphen before a
    /// line break would join two words in the spaced text ("databe- handleren"), not across the break.
    pub fn same_tokens_across_breaks(text: &str) -> bool {
        let mut trailing: Option<char> = None;
        let mut hyphen_before_gap = false;
        for c in text.chars() {
            match c {
                ' ' => {}
                '\n' if hyphen_before_gap => return false,
                '\n' => {}
                _ => hyphen_before_gap = false,
            }
            if c == '-' {
                hyphen_before_gap = trailing.is_some_and(char::is_alphanumeric);
            }
            trailing = Some(c);
        }
        true
    }

    /// An analyser that remembers the stems it computed, for analysing many texts of one document.
    pub fn analyser(&self) -> Analyser<'_> {
        Analyser { lex: self, stems: FxMap::default() }
    }

    fn tokenize(&self, text: &str, stems: &mut FxMap<String, String>) -> Vec<Token> {
        let chars: Vec<char> = text.chars().collect();
        // Raw words: runs of letters or runs of digits.
        let mut raw: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_alphanumeric() {
                let digit = c.is_ascii_digit();
                let start = i;
                while i < chars.len() && chars[i].is_alphanumeric() && chars[i].is_ascii_digit() == digit {
                    i += 1;
                }
                raw.push((start, i));
            } else {
                i += 1;
            }
        }
        let mut tokens: Vec<Token> = Vec::with_capacity(raw.len());
        let mut k = 0;
        while k < raw.len() {
            let (start, mut end) = raw[k];
            let mut surface = String::with_capacity(end - start);
            push_lowercase(&mut surface, &chars[start..end]);
            // Join line-end hyphenation: "databe- handleren" is one word.
            while k + 1 < raw.len() {
                let (ns, ne) = raw[k + 1];
                let gap = &chars[end..ns];
                let hyphen_gap = gap.len() >= 2 && gap[0] == '-' && gap[1..].iter().all(|c| *c == ' ');
                if !hyphen_gap {
                    break;
                }
                let lower_next = chars[ns..ne].first().is_some_and(|c| c.is_lowercase());
                let alpha = surface.chars().next_back().is_some_and(char::is_alphabetic);
                let next: String = chars[ns..ne].iter().collect();
                if lower_next && alpha && !self.conjunctions.contains(&next) {
                    push_lowercase(&mut surface, &chars[ns..ne]);
                    end = ne;
                    k += 1;
                } else {
                    break;
                }
            }
            let stem = match stems.get(&surface) {
                Some(s) => s.clone(),
                None => {
                    let s = self.stem(&surface);
                    stems.insert(surface.clone(), s.clone());
                    s
                }
            };
            let number = self.number(&surface);
            tokens.push(Token { surface, stem, start: start as u32, end: end as u32, sentence_end: false, number });
            k += 1;
        }
        // Sentence ends: . ! ? ; after a token (not an abbreviation or a clause number), or a line break.
        for t in 0..tokens.len() {
            let end = tokens[t].end as usize;
            let next_start = tokens.get(t + 1).map_or(chars.len(), |n| n.start as usize);
            let gap = &chars[end.min(chars.len())..next_start.min(chars.len())];
            let mut ends = false;
            if gap.contains(&'\n') {
                // A line break ends a sentence when a capital, a digit or a bullet follows: lines
                // broken mid-sentence go on in lower case.
                let before_nl: String = gap.iter().take_while(|c| **c != '\n').collect();
                let after_nl: Vec<char> = gap.iter().skip_while(|c| **c != '\n').skip(1).copied().collect();
                let next_upper = tokens.get(t + 1).and_then(|n| n.surface.chars().next()).is_some_and(|_| {
                    chars.get(tokens[t + 1].start as usize).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                });
                let bullet = after_nl.iter().any(|c| !c.is_whitespace() && !c.is_alphanumeric());
                // Since ingest reflows lines into paragraphs, a break before a capital is a new sentence.
                ends = !before_nl.trim_end().ends_with(':') && (next_upper || bullet);
            }
            if !ends {
                if let Some(p) = gap.iter().position(|c| matches!(c, '.' | '!' | '?' | ';')) {
                    let is_dot = gap[p] == '.';
                    let surface = &tokens[t].surface;
                    let abbreviation = is_dot && {
                        // "f.eks." → look back over "f." too.
                        let dotted = t > 0 && tokens[t - 1].end as usize + 1 == tokens[t].start as usize && chars.get(tokens[t - 1].end as usize) == Some(&'.');
                        (dotted && self.abbreviations.contains(&format!("{}.{}", tokens[t - 1].surface, surface))) || self.abbreviations.contains(surface)
                    };
                    let number = is_dot && surface.chars().all(|c| c.is_ascii_digit()) && surface.len() <= 2;
                    let at_end = t + 1 == tokens.len();
                    let followed_by_space = gap.get(p + 1).map_or(at_end, |c| c.is_whitespace() || matches!(c, '"' | '”' | ')'));
                    ends = followed_by_space && !abbreviation && !number;
                }
            }
            if !ends && t + 1 < tokens.len() && gap.iter().all(|c| *c == ' ') {
                let next = &tokens[t + 1];
                let capital = chars.get(next.start as usize).is_some_and(|c| c.is_uppercase());
                let lower_here = chars.get(tokens[t].start as usize).is_some_and(|c| c.is_lowercase());
                ends = capital && lower_here && self.openers.contains(&next.surface);
            }
            tokens[t].sentence_end = ends;
        }
        tokens
    }

    fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let check = |pi: usize, k: usize, tok: usize, hits: &mut Vec<Hit>| {
            let Some(first) = tok.checked_sub(k) else { return };
            let phrase = &self.phrases[pi];
            let last = first + phrase.tokens.len();
            if last > tokens.len() {
                return;
            }
            if phrase.tokens.iter().zip(&tokens[first..last]).all(|(m, t)| m.matches(t)) {
                hits.push(Hit { target: phrase.target, phrase: pi, first, last });
            }
        };
        for (tok, t) in tokens.iter().enumerate() {
            if let Some(anchored) = self.stem_anchors.get(t.stem.as_str()) {
                for &(pi, k) in anchored {
                    check(pi, k, tok, &mut hits);
                }
            }
        }
        // The token a byte offset of the joined string falls in.
        let token_at = |starts: &[usize], pos: usize| -> usize { starts.partition_point(|s| *s <= pos).saturating_sub(1) };
        if let Some(ac) = &self.surface_anchors {
            let mut surf_str = String::from(" ");
            let mut surf_starts = Vec::with_capacity(tokens.len());
            for t in tokens {
                surf_starts.push(surf_str.len());
                surf_str.push_str(&t.surface);
                surf_str.push(' ');
            }
            for m in ac.find_overlapping_iter(&surf_str) {
                let (pi, k) = self.surface_anchor_of[m.pattern().as_usize()];
                let pos = match &self.phrases[pi].tokens[k] {
                    TokMatch::Prefix(_) => m.start() + 1,
                    _ => m.start(),
                };
                check(pi, k, token_at(&surf_starts, pos), &mut hits);
            }
        }
        // A phrase found from two anchors is one hit.
        hits.sort_by_key(|h| (h.first, h.last, h.phrase));
        hits.dedup_by_key(|h| (h.first, h.phrase));
        hits
    }
}

/// Analyses many texts with one lexicon, stemming each distinct word once.
pub struct Analyser<'a> {
    lex: &'a Lexicon,
    stems: FxMap<String, String>,
}

impl Analyser<'_> {
    /// Like [`Lexicon::analyse`].
    pub fn analyse(&mut self, text: &str) -> Analysed {
        let tokens = self.lex.tokenize(text, &mut self.stems);
        let hits = self.lex.find(&tokens);
        Analysed::new(tokens, hits)
    }
}

/// Appends `chars` lower-cased, exactly as `str::to_lowercase` would lower-case them as a string.
fn push_lowercase(out: &mut String, chars: &[char]) {
    // Only a capital sigma lower-cases by context (word-final ς); leave that to the string method.
    if chars.contains(&'Σ') {
        out.push_str(&chars.iter().collect::<String>().to_lowercase());
    } else {
        out.extend(chars.iter().flat_map(|c| c.to_lowercase()));
    }
}

/// Splits a phrase word the way text is split (letters and digits, separately).
fn tokenize_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut digit = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if !cur.is_empty() && c.is_ascii_digit() != digit {
                out.push(std::mem::take(&mut cur));
            }
            digit = c.is_ascii_digit();
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphen_before_a_break_is_the_only_difference_across_breaks() {
        let check = |text: &str, same: bool| assert_eq!(Lexicon::same_tokens_across_breaks(text), same, "{text:?}");
        check("Databehandleren sletter data.", true);
        check("Databehandleren sletter\ndata.", true);
        check("tekniske -\nog organisatoriske", true);
        check("databe-\nhandleren", false);
        check("databe- \nhandleren", false);
        check("databe- \n handleren", false);
        check("databe- x\nhandleren", true);
        check("databe--\nhandleren", true);
        check("-\nhandleren", true);
    }

    #[test]
    fn analysing_with_breaks_keeps_tokens_and_hits_where_no_hyphen_ends_a_line() {
        let lex = lexicon(Lang::Da);
        for text in ["Databehandleren skal uden unødig forsinkelse\nunderrette den dataansvarlige.", "Sletning\nData slettes senest 30 dage efter ophør."] {
            assert!(Lexicon::same_tokens_across_breaks(text));
            let (a, b) = (lex.analyse(text), lex.analyse(&text.replace('\n', " ")));
            let key = |x: &Analysed| x.tokens.iter().map(|t| (t.surface.clone(), t.stem.clone(), t.start, t.end, t.number)).collect::<Vec<_>>();
            assert_eq!(key(&a), key(&b));
            assert_eq!(a.hits, b.hits);
            assert!(!a.hits.is_empty());
        }
    }
}
