//! Phrase matching over clause texts, in char offsets: case folding that keeps one char per char
//! (so offsets map 1:1 onto the clean text), whole-word checks, and sentence bounds.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

pub use super::fold::fold;
use super::fold::fold_char;

/// A clause text in two forms with the same char count: as written, and folded for matching.
pub struct Folded {
    /// The text as written.
    pub original: String,
    /// Lower case, one char per char; no-break spaces and hyphen variants made plain.
    pub folded: String,
    /// The chars of `original`.
    pub chars: Vec<char>,
    /// Byte offset of each char of `original`, plus its length.
    orig_starts: Vec<usize>,
    /// Byte offset of each char of `folded`, plus its length.
    fold_starts: Vec<usize>,
}

impl Folded {
    /// Folds a text.
    pub fn new(text: &str) -> Self {
        // One pass; most texts are mostly ASCII, which folds byte for byte.
        let mut chars = Vec::with_capacity(text.len());
        let mut folded = String::with_capacity(text.len());
        let mut orig_starts = Vec::with_capacity(text.len() + 1);
        let mut fold_starts = Vec::with_capacity(text.len() + 1);
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII folds byte for byte, in bulk.
            let run = bytes[at..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - at);
            if run > 0 {
                let shift = folded.len();
                chars.extend(bytes[at..at + run].iter().map(|&b| char::from(b)));
                orig_starts.extend(at..at + run);
                fold_starts.extend(shift..shift + run);
                folded.push_str(&text[at..at + run]);
                folded[shift..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let Some(c) = text[at..].chars().next() else { break };
            chars.push(c);
            orig_starts.push(at);
            fold_starts.push(folded.len());
            folded.push(fold_char(c));
            at += c.len_utf8();
        }
        orig_starts.push(text.len());
        fold_starts.push(folded.len());
        Folded { orig_starts, fold_starts, original: text.to_string(), folded, chars }
    }

    fn char_at_byte(starts: &[usize], byte: usize) -> usize {
        starts.binary_search(&byte).unwrap_or_else(|i| i)
    }

    /// True when the char at `i` is a letter or digit.
    pub fn is_word_char(&self, i: usize) -> bool {
        self.chars.get(i).is_some_and(|c| c.is_alphanumeric())
    }

    /// The sentence around char `pos`: `[start, end)`. A sentence ends at `;`, or at `.`, `!`,
    /// `?` followed by a space and a capital letter (so "27. april" and "nr. 429" do not end one).
    pub fn sentence(&self, pos: usize) -> (usize, usize) {
        let n = self.chars.len();
        let is_end = |i: usize| -> bool {
            match self.chars.get(i) {
                Some(';') => true,
                // "U.S. Privacy", "e.g. The": a dotted chain of single letters is an abbreviation
                // (but "jf. bilag B. Bistand" ends a sentence).
                Some('.') if i >= 2 && self.chars[i - 1].is_alphabetic() && self.chars[i - 2] == '.' => false,
                // "§ 11 BDSG a. F.", "z. B. Name": a one-letter word's dot before or after another
                // one's.
                Some('.')
                    if i >= 1
                        && self.chars[i - 1].is_alphabetic()
                        && (i < 2 || !self.chars[i - 2].is_alphanumeric())
                        && ((self.chars.get(i + 2).is_some_and(|c| c.is_alphabetic()) && self.chars.get(i + 3) == Some(&'.'))
                            || (i >= 4 && self.chars[i - 2] == ' ' && self.chars[i - 3] == '.' && self.chars[i - 4].is_alphabetic() && (i < 5 || !self.chars[i - 5].is_alphanumeric()))) =>
                {
                    false
                }
                Some('.' | '!' | '?') => {
                    self.chars.get(i + 1).is_some_and(|c| c.is_whitespace())
                        && self.chars.get(i + 2).is_some_and(|c| c.is_uppercase())
                }
                _ => false,
            }
        };
        let mut start = pos.min(n);
        while start > 0 && !is_end(start - 1) {
            start -= 1;
        }
        let mut end = pos.min(n);
        while end < n && !is_end(end) {
            end += 1;
        }
        (start, (end + 1).min(n))
    }

    /// The chars `[start, end)` as a string.
    #[cfg(test)]
    pub fn slice(&self, start: usize, end: usize) -> String {
        let n = self.chars.len();
        self.chars[start.min(n)..end.min(n)].iter().collect()
    }
}

/// One phrase found in a text: char offsets and the index of the phrase in its set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Which phrase of the set.
    pub phrase: usize,
}

/// A set of phrases matched as whole words, either folded (case-insensitive) or exactly.
pub struct PhraseSet {
    /// The phrases as matched: trimmed, folded unless exact, empty ones dropped (borrowed when
    /// `build.rs` prepared them so).
    phrases: Vec<Cow<'static, str>>,
    exact: bool,
    /// A substring finder per phrase, for the search phrase by phrase (made once, not per text).
    finders: OnceLock<Vec<memchr::memmem::Finder<'static>>>,
    /// Their automaton, built once the set has searched enough text that building it pays:
    /// a short document (or a one-clause one) never builds most of them, and building them all
    /// was most of the engine's start-up.
    automaton: OnceLock<Option<AhoCorasick>>,
    /// Text × phrases searched without the automaton so far.
    naive_work: AtomicUsize,
}

/// How much searching (bytes of text × phrases) a set does phrase by phrase before it builds its
/// automaton (a build costs about as much as searching this much).
const NAIVE_WORK: usize = 200_000;

impl PhraseSet {
    /// Phrases matched case-insensitively.
    pub fn folded<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> Self {
        Self::build(phrases, false)
    }

    /// Phrases matched as written.
    #[cfg(test)]
    pub fn exact<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> Self {
        Self::build(phrases, true)
    }

    fn build<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>, exact: bool) -> Self {
        let phrases = phrases
            .into_iter()
            .map(|p| p.as_ref().trim().to_string())
            .map(|p| if exact { p } else { fold(&p) })
            .filter(|p| !p.is_empty())
            .map(Cow::Owned)
            .collect();
        Self::with(phrases, exact)
    }

    /// Phrases already as matched (trimmed, folded unless `exact`, none empty), as `build.rs`
    /// prepares those of `data/law/*.toml`.
    pub fn prepared(phrases: impl IntoIterator<Item = &'static str>, exact: bool) -> Self {
        Self::with(phrases.into_iter().map(Cow::Borrowed).collect(), exact)
    }

    fn with(phrases: Vec<Cow<'static, str>>, exact: bool) -> Self {
        PhraseSet { phrases, exact, finders: OnceLock::new(), automaton: OnceLock::new(), naive_work: AtomicUsize::new(0) }
    }

    /// The phrases as matched, in their order (a [`Hit`]'s `phrase` indexes them).
    pub fn phrases(&self) -> &[Cow<'static, str>] {
        &self.phrases
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                // A contiguous NFA builds far faster than the DFA the builder would pick for small sets.
                AhoCorasickBuilder::new().match_kind(MatchKind::Standard).kind(Some(AhoCorasickKind::ContiguousNFA)).build(self.phrases.iter().map(|p| p.as_bytes())).ok()
            })
            .as_ref()
    }

    /// Every occurrence of every phrase, overlapping ones included, as (start byte, end byte, phrase):
    /// what the automaton's overlapping search reports, found phrase by phrase while that is cheaper.
    fn occurrences(&self, hay: &str) -> Vec<(usize, usize, usize)> {
        let phrases = self.phrases();
        let work = hay.len().saturating_mul(phrases.len());
        let naive = self.automaton.get().is_none() && self.naive_work.fetch_add(work, Ordering::Relaxed).saturating_add(work) <= NAIVE_WORK;
        if !naive {
            let Some(ac) = self.automaton() else { return Vec::new() };
            return ac.find_overlapping_iter(hay).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
        }
        let finders = self.finders.get_or_init(|| phrases.iter().map(|p| memchr::memmem::Finder::new(p.as_bytes()).into_owned()).collect());
        let mut out = Vec::new();
        for (i, (p, finder)) in phrases.iter().zip(finders).enumerate() {
            let mut from = 0;
            while let Some(at) = finder.find(&hay.as_bytes()[from..]) {
                let start = from + at;
                out.push((start, start + p.len(), i));
                from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out
    }

    /// Every whole-word occurrence, leftmost first; of overlapping ones the longest wins.
    pub fn find(&self, text: &Folded) -> Vec<Hit> {
        let phrases = self.phrases();
        if phrases.is_empty() {
            return Vec::new();
        }
        let (hay, starts) = if self.exact { (&text.original, &text.orig_starts) } else { (&text.folded, &text.fold_starts) };
        let mut hits: Vec<Hit> = self
            .occurrences(hay.as_str())
            .into_iter()
            .filter_map(|(start_byte, end_byte, phrase)| {
                let start = Folded::char_at_byte(starts, start_byte);
                let end = Folded::char_at_byte(starts, end_byte);
                let p = phrases.get(phrase)?;
                let starts_word = p.chars().next().is_some_and(char::is_alphanumeric);
                let ends_word = p.chars().last().is_some_and(char::is_alphanumeric);
                let left_ok = !starts_word || start == 0 || !text.is_word_char(start - 1);
                let right_ok = !ends_word || !text.is_word_char(end);
                (left_ok && right_ok).then_some(Hit { start, end, phrase })
            })
            .collect();
        // Stable: of hits on the same words, the phrase listed first stays first, whichever way
        // they were found.
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.phrase.cmp(&b.phrase)));
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if out.last().is_none_or(|last| h.start >= last.end) {
                out.push(h);
            }
        }
        out
    }

    /// True when some phrase occurs in the text.
    pub fn any(&self, text: &Folded) -> bool {
        !self.find(text).is_empty()
    }
}

/// Two phrase sets that together match case-insensitive and exact phrases.
pub struct Phrases {
    /// Matched case-insensitively.
    pub folded: PhraseSet,
    /// Matched as written (acronyms such as `US` or `PUL`).
    pub exact: PhraseSet,
}

impl Phrases {
    /// Builds both sets.
    #[cfg(test)]
    pub fn new<S: AsRef<str>>(folded: &[S], exact: &[S]) -> Self {
        Phrases { folded: PhraseSet::folded(folded), exact: PhraseSet::exact(exact) }
    }

    /// Every hit of either set, leftmost first (phrase indices are not comparable across sets).
    pub fn find(&self, text: &Folded) -> Vec<Hit> {
        let mut hits = self.folded.find(text);
        hits.extend(self.exact.find(text));
        hits.sort_by_key(|h| (h.start, h.end));
        hits
    }

    /// True when some phrase occurs.
    pub fn any(&self, text: &Folded) -> bool {
        self.folded.any(text) || self.exact.any(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(phrases: &[&str], text: &str) -> Vec<String> {
        let set = PhraseSet::folded(phrases);
        let f = Folded::new(text);
        set.find(&f).into_iter().map(|h| f.slice(h.start, h.end)).collect()
    }

    #[test]
    fn matches_whole_words_case_insensitively() {
        assert_eq!(found(&["persondataloven"], "Persondataloven gælder"), ["Persondataloven"]);
        assert_eq!(found(&["persondatalov"], "persondatalovgivningen"), Vec::<String>::new());
        assert_eq!(found(&["§ 11 bdsg"], "gemäß §\u{a0}11 BDSG"), ["§\u{a0}11 BDSG"]);
        assert_eq!(found(&["95/46"], "direktiv 95/46/EF"), ["95/46"]);
        assert_eq!(found(&["ø", "øst"], "Østrig øst"), ["øst"]);
        assert_eq!(found(&["usa", "us"], "in the USA"), ["USA"]);
    }

    #[test]
    fn phrase_by_phrase_finds_what_the_automaton_finds() {
        let phrases = ["usa", "us", "standard contractual clauses", "contractual", "aa", "Privacy Shield", "privacy shield", "ø"];
        let texts = ["in the USA and the US", "Standard Contractual Clauses (contractual)", "aaaa aa", "EU-US Privacy Shield, privacy shield", "Østrig ø"];
        let fresh = PhraseSet::folded(phrases);
        let built = PhraseSet::folded(phrases);
        // Enough text to make the second set build its automaton.
        let _ = built.find(&Folded::new(&"filler text ".repeat(NAIVE_WORK / phrases.len() / 10)));
        assert!(built.automaton.get().is_some() && fresh.automaton.get().is_none());
        for text in texts {
            let f = Folded::new(text);
            assert_eq!(fresh.find(&f), built.find(&f), "{text}");
        }
        assert!(fresh.automaton.get().is_none(), "short texts are searched phrase by phrase");
    }

    #[test]
    fn offsets_are_chars() {
        let f = Folded::new("Æøå İstanbul usa");
        let set = PhraseSet::folded(["usa"]);
        assert_eq!(set.find(&f), vec![Hit { start: 13, end: 16, phrase: 0 }]);
    }

    #[test]
    fn sentences_do_not_end_at_dates_or_numbers() {
        let f = Folded::new("Lov nr. 429 af 31. maj 2000 gælder. Den er ophævet; ny tekst");
        assert_eq!(f.slice(f.sentence(5).0, f.sentence(5).1), "Lov nr. 429 af 31. maj 2000 gælder.");
        let (s, e) = f.sentence(40);
        assert_eq!(f.slice(s, e), " Den er ophævet;");
        let f = Folded::new("The EU-U.S. Privacy Shield is gone. New text");
        assert_eq!(f.sentence(4), (0, 35));
        let f = Folded::new("Se bilag B. Bistand ydes");
        assert_eq!(f.sentence(0), (0, 11));
        // Abbreviations of one-letter words: "a. F." (alte Fassung), "z. B.".
        let f = Folded::new("Der Vertrag nach § 11 BDSG a. F. endet. Neuer Satz");
        assert_eq!(f.slice(f.sentence(5).0, f.sentence(5).1), "Der Vertrag nach § 11 BDSG a. F. endet.");
        let f = Folded::new("Daten, z. B. Name und Anschrift. Neu");
        assert_eq!(f.sentence(0), (0, 32));
    }
}
