//! `parties_contacts.processor_name`: the processor's name where the agreement names its parties.
//!
//! Agreements define their parties near the start, and define the processor as a term: a name,
//! then the term in quotes or brackets. These shapes cover what we have seen:
//!
//! - a block of lines: `mellem` / `SMTP.dk` / `CVR 29849439` / … / `herefter ”databehandleren”` —
//!   the name is the line after the connector (`mellem`, `between`, `og`);
//! - inline: `… between you and Herodesk ApS (the "Data Processor, we, us")` — the name is the run
//!   of capitalised words just before the brackets;
//! - a sentence: `…, og Techus Nord v/Jakob Wiltrup, CVR 46689984, …, er databehandler
//!   (“databehandleren”)` — the name starts the clause of the sentence that defines the term;
//! - a term neither quoted nor bracketed, after a word that defines it: `Hansa Cloud GmbH, Kiel` /
//!   `- nachstehend Auftragnehmer genannt -`, `Acme Ltd, hereinafter the Processor,`;
//! - failing those, a plain statement: `Brightdesk acts as your data processor.`
//!
//! A placeholder (`[NAVN]`), a role word (`Leverandøren ("Databehandleren")`) or anything that does
//! not read as a name gives no value. The words live in `data/parties.toml`.

use std::sync::OnceLock;

use serde::Deserialize;

use super::*;

/// Parties are defined near the start: only clauses starting in the first this many chars count.
const HEAD_CHARS: u32 = 12_000;
/// Articles that may stand before a defined term (`the Processor`, `der Auftragnehmer`).
const ARTICLES: [&str; 6] = ["the", "den", "det", "die", "der", "das"];
/// A name is at most this many words.
const MAX_WORDS: usize = 8;
/// Chars that open or close a defined term.
const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '\'', '‘', '’', '‚'];

#[derive(Debug, Default, PartialEq, Deserialize)]
struct Words {
    company_forms: Vec<String>,
    connectors: Vec<String>,
    copulas: Vec<String>,
    defined_as: Vec<String>,
    document_words: Vec<String>,
    name_ends: Vec<String>,
    name_glue: Vec<String>,
    term_ends: Vec<String>,
}

impl Words {
    /// The most chars of a `defined_as` word: how much of a text's end the test for one reads.
    fn longest_defined_as(&self) -> usize {
        self.defined_as.iter().map(|w| w.chars().count()).max().unwrap_or(0)
    }
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    // Compiled in and tested; a broken file only loses the attribute.
    // The file as JSON, converted by `build.rs` (JSON parses faster; this is read at every start).
    WORDS.get_or_init(|| serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/data_parties.toml.json"))).unwrap_or_default())
}

/// The processor's name with the words it was read from.
pub(super) fn parties(ctx: &Ctx) -> Vec<Found> {
    // Party blocks run across paragraphs and clauses (`mellem` / name / CVR / `herefter …`), so
    // the rule reads the document's text, not one clause's.
    let head = crate::chars::head(&ctx.document.text, HEAD_CHARS as usize + 2_000);
    let byte_of = |char_at: u32| Some(crate::chars::byte_of_char(head, 0, char_at as usize)).filter(|&b| b < head.len());
    // A defined term first (`Acme ApS ("the Processor")`), then one without quotes (`Acme ApS,
    // hereinafter the Processor`), else a plain statement (`Acme ApS acts as your data
    // processor`), each over the whole head of the document.
    for rule in [name_before_term as NameRule, name_before_unquoted_term, name_before_role] {
        for (ci, clause) in ctx.clauses.iter().enumerate() {
            if clause.span[0] > HEAD_CHARS {
                break;
            }
            let a = &ctx.analysed[ci];
            let subs: Vec<Hit> = a.concept("sub_processor").copied().collect();
            for h in a.concept("processor") {
                if subs.iter().any(|s| s.first <= h.first && s.last >= h.last) {
                    continue;
                }
                let Some(at) = byte_of(clause.span[0] + a.tokens[h.first].start) else { continue };
                let Some(word_end) = byte_of(clause.span[0] + a.tokens[h.last - 1].end) else { continue };
                if let Some(found) = rule(ctx, head, at, word_end).and_then(|range| name_found(ctx, head, range)) {
                    return found;
                }
            }
        }
    }
    // `between Brightpath Analytics, Inc. (…"Brightpath"), and the customer entity …
    // ("Customer")`: the agreement defines the controller's term and a short name for the
    // other party, which is then the processor.
    for (ci, clause) in ctx.clauses.iter().enumerate() {
        if clause.span[0] > HEAD_CHARS {
            break;
        }
        let a = &ctx.analysed[ci];
        for h in a.concept("controller") {
            let Some(at) = byte_of(clause.span[0] + a.tokens[h.first].start) else { continue };
            if let Some(found) = name_opposite_controller(ctx, head, at).and_then(|range| name_found(ctx, head, range)) {
                return found;
            }
        }
    }
    Vec::new()
}

/// The processor's name at bytes `start..end` of `head`, with the clause that holds it as its
/// evidence; `None` when no clause holds all of it.
fn name_found(ctx: &Ctx, head: &str, (start, end): (usize, usize)) -> Option<Vec<Found>> {
    let chars = |b: usize| head[..b].chars().count() as u32;
    let span = [chars(start), chars(end)];
    let owner = ctx.clauses.iter().find(|c| c.span[0] <= span[0] && span[1] <= c.span[1])?;
    let evidence = Evidence { clause: owner.id.clone(), span };
    Some(vec![(Category::PartiesContacts, "processor_name", Value::Text(head[start..end].to_string()), vec![evidence])])
}

/// When the controller word at byte `at` is a term defined in brackets (`("Customer")`), the name
/// of the other party of the same paragraph, which defines a short name in brackets too
/// (`Brightpath Analytics, Inc., a Delaware corporation … ("Brightpath")`), before or after it,
/// and is no role word or document (`("DPA")`, `(the "Agreement")`).
fn name_opposite_controller(ctx: &Ctx, text: &str, at: usize) -> Option<(usize, usize)> {
    // `("Customer")`, `(the "Customer")`, `(nachfolgend „Kunde“)`.
    let trimmed = strip_article(text[..at].trim_end());
    if !trimmed.ends_with(QUOTES) || !strip_defined_as(trimmed.trim_end_matches(QUOTES).trim_end()).ends_with('(') {
        return None;
    }
    // The sentence: from the full stop before it (not one that ends `Inc.`) to the one after.
    let law = crate::assess::Law::get();
    let ends_sentence = |i: usize| {
        let word = text[..i + 1].rsplit(char::is_whitespace).next().unwrap_or("");
        text[i + 1..].starts_with(char::is_whitespace) && text[i + 1..].trim_start().starts_with(char::is_uppercase) && !law.is_entity_suffix(word)
    };
    let para_start = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let para_end = text[at..].find("\n\n").map_or(text.len(), |i| at + i);
    let para_start = text[para_start..at].match_indices('.').map(|(i, _)| para_start + i).rfind(|&i| ends_sentence(i)).map_or(para_start, |i| i + 1);
    let para_end = text[at..para_end].match_indices('.').map(|(i, _)| at + i).find(|&i| ends_sentence(i)).map_or(para_end, |i| i + 1);
    // Every `("Term")` of the paragraph but the controller's own: its term's byte range.
    let mut terms = Vec::new();
    let mut from = para_start;
    while let Some(open) = text[from..para_end].find('(').map(|i| from + i) {
        let close = text[open..para_end].find(')').map_or(para_end, |i| open + i);
        let inner = text[open + 1..close].trim();
        let inner = strip_leading_article(strip_leading_defined_as(inner));
        if inner.starts_with(QUOTES) && inner.ends_with(QUOTES) && inner.chars().count() >= 3 {
            let term = inner.trim_matches(QUOTES);
            let start = open + 1 + text[open + 1..close].find(term).unwrap_or(0);
            if !(start..start + term.len()).contains(&at) && !term.contains(QUOTES) {
                terms.push((start, start + term.len()));
            }
        }
        from = close.max(open + 1);
    }
    let document = |t: &str| words().document_words.iter().any(|w| w == &t.to_lowercase());
    // `Data Processing Addendum ("DPA")`: a term made of the initials of the words before it.
    let abbreviation = |(s, _e): (usize, usize), t: &str| {
        let open = text[..s].rfind('(').unwrap_or(s);
        let initials: String = text[..open].split_whitespace().rev().take(t.chars().count()).filter_map(|w| w.chars().next()).collect::<Vec<_>>().into_iter().rev().collect();
        t.chars().count() >= 2 && t.chars().all(char::is_uppercase) && initials == t
    };
    let mut names = terms.into_iter().filter(|&(s, e)| {
        let t = &text[s..e];
        t.starts_with(char::is_uppercase) && !has_role(ctx, t, "controller") && !has_role(ctx, t, "processor") && !document(t) && !abbreviation((s, e), t)
    });
    let (s, e) = names.next()?;
    // One other party only: two short names leave it open which is the processor.
    if names.next().is_some() {
        return None;
    }
    name_before_term(ctx, text, s, e)
}

/// `nachfolgend „Lagerfix“` → `„Lagerfix“`, `hereinafter the "Supplier"` → `the "Supplier"`.
fn strip_leading_defined_as(s: &str) -> &str {
    let lower = s.chars().take(words().longest_defined_as() + 1).collect::<String>().to_lowercase();
    let found = words().defined_as.iter().filter(|w| lower.starts_with(w.as_str()) && lower[w.len()..].starts_with(' ')).map(String::len).max();
    match found {
        Some(n) if s.is_char_boundary(n) => s[n..].trim_start(),
        _ => s,
    }
}

/// `the "Agreement"` → `"Agreement"`.
fn strip_leading_article(s: &str) -> &str {
    for a in ARTICLES {
        if let Some(rest) = s.get(..a.len()).filter(|h| h.eq_ignore_ascii_case(a)).and_then(|_| s.get(a.len()..)) {
            if rest.starts_with(' ') {
                return rest.trim_start();
            }
        }
    }
    s
}

/// A name an agreement calls the processor by besides its role word: `Vandrix Software Ltd
/// ("Vandrix")` … `at Vandrix's expense`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Alias {
    /// Its words as the analyser lower-cases them.
    words: Vec<String>,
    /// Written with a capital: a word in the text is the alias only when it is too (`Simply`
    /// the company, not "simply").
    capital: bool,
}

impl Alias {
    /// Whether the alias starts at token `i` of `a` (whose text is `text`), the last word also
    /// in the genitive of the Nordic languages and German (`Stempelkorts underdatabehandlere`).
    pub(super) fn at(&self, a: &Analysed, text: &str, i: usize) -> bool {
        let n = self.words.len();
        let fits = (0..n).all(|k| {
            let Some(t) = a.tokens.get(i + k) else { return false };
            let (t, w) = (&*t.surface, self.words[k].as_str());
            t == w || (k + 1 == n && t.strip_suffix('s') == Some(w))
        });
        fits && (!self.capital || {
            let b = crate::chars::byte_of_char(text, 0, a.tokens[i].start as usize);
            b < text.len() && crate::chars::char_at(text, b).0.is_uppercase()
        })
    }
}

/// The names the processor goes by, from its name as [`parties`] read it: the name without its
/// company form (`Vandrix Software Ltd` → `Vandrix Software`), and a term defined in quotes right
/// after the name (`Vandrix Software Ltd, company no. 01234567 ("Vandrix")`, `herefter ”Vandrix”`)
/// that is no role word.
pub(super) fn aliases(ctx: &Ctx, found: &[Found]) -> Vec<Alias> {
    let Some((_, _, Value::Text(name), evidence)) = found.first() else { return Vec::new() };
    let mut out: Vec<Alias> = Vec::new();
    let mut push = |s: &str| {
        if let Some(a) = alias(ctx, s) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    };
    let mut kept: Vec<&str> = name.split_whitespace().collect();
    while kept.len() > 1 && kept.last().is_some_and(|w| is_company_form(w) || is_company_form(w.trim_matches([',', '.']))) {
        kept.pop();
    }
    push(&kept.join(" "));
    if let Some(e) = evidence.first() {
        let text = &ctx.document.text;
        let end = crate::chars::byte_of_char(text, 0, e.span[1] as usize);
        for term in terms_after(&text[end.min(text.len())..]) {
            push(term);
        }
    }
    out
}

/// How far after a party's name its defined term may be (an address and a company number fit).
const TERM_WINDOW: usize = 250;
/// Words that join two terms defined for one party (`"Processor" or "Vandrix"`), besides articles.
const TERM_JOINS: [&str; 7] = ["or", "and", "eller", "og", "oder", "und", "och"];

/// The terms in quotes that `rest` (the text after a name) defines for it: in brackets or after
/// a `defined_as` word, before a blank line and before any connector (the other party's); every
/// term up to the closing bracket (`(hereinafter the "Processor" or "Vandrix")`).
fn terms_after(rest: &str) -> Vec<&str> {
    let window = crate::chars::head(rest, TERM_WINDOW);
    let window = &window[..window.find("\n\n").unwrap_or(window.len())];
    let Some(open) = window.find(QUOTES) else { return Vec::new() };
    let before = &window[..open];
    let lower = before.to_lowercase();
    if lower.split(|c: char| !c.is_alphanumeric() && c != '/').any(|w| words().connectors.iter().any(|c| c == w)) {
        return Vec::new();
    }
    let stripped = lower.trim_end_matches(|c: char| c.is_whitespace() || c == '(');
    let stripped = ARTICLES.iter().find_map(|a| stripped.strip_suffix(a).filter(|r| r.ends_with([' ', '('])).map(str::trim_end)).unwrap_or(stripped);
    let stripped = stripped.trim_end_matches([' ', ',', '(']);
    let bracketed = before.contains('(');
    if !bracketed && !words().defined_as.iter().any(|d| ends_with_word(stripped, d)) {
        return Vec::new();
    }
    // Quoted terms in turn; outside quotes, a closing bracket (or, unbracketed, anything but a
    // few joining words) ends the definition.
    let mut out = Vec::new();
    let mut rest = &window[open..];
    while let Some(q) = rest.chars().next().filter(|c| QUOTES.contains(c)) {
        let inner = &rest[q.len_utf8()..];
        let Some(close) = inner.find(QUOTES) else { break };
        out.push(inner[..close].trim());
        let after = &inner[close..];
        let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let Some(next) = after.find(QUOTES) else { break };
        let between = after[..next].to_lowercase();
        if between.contains(')') || !between.split(|c: char| !c.is_alphanumeric()).all(|w| w.is_empty() || TERM_JOINS.contains(&w) || ARTICLES.contains(&w)) {
            break;
        }
        rest = &after[next..];
    }
    out
}

/// An [`Alias`] for `s`: one to three words with a letter, no role word (`Processor`,
/// `Leverandøren`) and no word for the document (`Agreement`).
fn alias(ctx: &Ctx, s: &str) -> Option<Alias> {
    let a = ctx.lex.analyse(s);
    let n = a.tokens.len();
    if n == 0 || n > 3 || (n == 1 && a.tokens[0].surface.chars().count() < 3) || !s.chars().any(char::is_alphabetic) {
        return None;
    }
    if a.hits.iter().any(is_role) || a.tokens.iter().any(|t| words().document_words.iter().any(|d| *d == *t.surface)) {
        return None;
    }
    Some(Alias { words: a.tokens.iter().map(|t| t.surface.to_string()).collect(), capital: s.chars().next().is_some_and(char::is_uppercase) })
}

/// A rule that reads the name for the processor word at bytes `[at, word_end)` of the text.
type NameRule = fn(&Ctx, &str, usize, usize) -> Option<(usize, usize)>;

/// `Brightdesk acts as your data processor`, `Nordlys ApS er databehandler`: a name, a verb that
/// gives it the role (`data/parties.toml`, `copulas`), the role word (not quoted).
fn name_before_role(ctx: &Ctx, text: &str, at: usize, word_end: usize) -> Option<(usize, usize)> {
    // The role word ends the statement or a preposition follows (`is the Processor of this data`);
    // anything else is another use of the word (`is provided to …` matches `provider`'s stem).
    let after = text[word_end..].trim_start_matches([' ', '\t']);
    let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    let ends = after.is_empty() || after.starts_with(['.', ',', ';', ':', ')', '\n']);
    if !ends && !["af", "and", "for", "för", "i", "im", "in", "of", "og", "on", "och", "på", "und", "under"].contains(&next.as_str()) {
        return None;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // The sentence (or the part after a semicolon) that gives the role.
    // A full stop ends a sentence when a space follows: the one in `1.1` does not.
    let line = &text[line_start..at];
    let from = line.match_indices([';', '.']).map(|(i, _)| i).rfind(|&i| line[i + 1..].starts_with(char::is_whitespace)).map_or(line_start, |i| line_start + i + 1);
    let before = &text[from..at];
    if before.ends_with(QUOTES) || before.trim_end().ends_with(QUOTES) {
        return None;
    }
    let mut rest = before.trim_end();
    // `your data processor`, `the processor`: articles and possessives before the role word.
    loop {
        let lower = rest.to_lowercase();
        let Some(w) = ["a", "an", "den", "der", "die", "its", "our", "the", "vores", "your", "jeres", "deres"].iter().find(|w| ends_with_word(&lower, w)) else { break };
        rest = rest[..rest.len() - w.len()].trim_end();
    }
    let lower = rest.to_lowercase();
    let copula = words().copulas.iter().filter(|c| ends_with_word(&lower, c)).max_by_key(|c| c.len())?;
    let pre = rest[..rest.len() - copula.len()].trim_end();
    let range = capitalised_run(pre).map(|(s, e)| (from + s, from + e))?;
    let range = cut_name(text, range);
    valid_name(ctx, text, range).then_some(range)
}

/// How far before its term a party's name may start (a block with an address fits).
const WINDOW: usize = 300;

/// When the processor word at byte `at` is a defined term (in quotes or brackets), the byte range
/// of the name it is defined for: after the nearest connector (`mellem`, `og`, `between`, `and`)
/// before the term, else the capitalised words just before it on its line.
fn name_before_term(ctx: &Ctx, text: &str, at: usize, word_end: usize) -> Option<(usize, usize)> {
    let before = &text[..at];
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let trimmed = strip_article(trimmed);
    let last = trimmed.chars().next_back()?;
    if !QUOTES.contains(&last) && last != '(' {
        return None;
    }
    // The term may be one of several in brackets: `Bytescale Ltd ("Company", "We" or "Us")`.
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let anchor = match before[line_start..].rfind('(') {
        Some(open) if !before[line_start + open..].contains(')') => line_start + open,
        _ => trimmed.len() - last.len_utf8(),
    };
    let in_brackets = text[anchor..].starts_with('(');
    if !in_brackets && !closes_phrase(text, at) {
        return None;
    }
    // `(e.g. "controller", "processor")`: a list of terms, not a party's definition.
    if in_brackets && has_role(ctx, &text[anchor..at], "controller") {
        return None;
    }
    let pre = strip_defined_as(&text[..anchor]);
    // `"Data controller", "Processing", "Data processor"`: another term just before.
    if pre.ends_with(QUOTES) {
        return None;
    }
    let anchor_line = text[..anchor].rfind('\n').map_or(0, |i| i + 1);
    // The capitalised words must be on the term's own line (not a heading above a definition).
    let same_line = || if pre.len() > anchor_line { capitalised_run(pre).or_else(|| line_start_name(pre, anchor_line)) } else { None };
    let range = match after_connector(pre) {
        Connector::Name(range) => range,
        Connector::Absent => same_line()?,
        Connector::NoName => company_line(text, pre, anchor_line)?,
    };
    let range = cut_name(text, range);
    // `the United States ("US")`: a term made of the name's initials abbreviates it.
    let term = &text[at..word_end];
    let initials: String = text[range.0..range.1].split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    if term.chars().count() >= 2 && term.chars().all(char::is_uppercase) && initials == term {
        return None;
    }
    valid_name(ctx, text, range).then_some(range)
}

/// `Hansa Cloud GmbH, Kiel` / `- nachstehend Auftragnehmer genannt -`, `Acme Ltd, hereinafter the
/// Processor,`: the processor word at bytes `[at, word_end)` is a term defined without quotes or
/// brackets — a `defined_as` word before it (an article between them), and after it at most a
/// `term_ends` word (`genannt`) before the line or the phrase ends. The name is found as for a
/// quoted term.
fn name_before_unquoted_term(ctx: &Ctx, text: &str, at: usize, word_end: usize) -> Option<(usize, usize)> {
    let mut after = text[word_end..].trim_start_matches([' ', '\t']);
    let next: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    if !next.is_empty() && words().term_ends.contains(&next.to_lowercase()) {
        after = after[next.len()..].trim_start_matches([' ', '\t']);
    }
    if !(after.is_empty() || after.starts_with(['\n', ')', '-', '–', '—', ',', ';', '.'])) {
        return None;
    }
    let punct = |c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '–' | '—' | '(' | '*' | '_');
    let mut before = text[..at].trim_end_matches(punct);
    let lower = lower_end(before, 4);
    if let Some(article) = ARTICLES.iter().find(|a| ends_with_word(&lower, a)) {
        before = before.len().checked_sub(article.len()).and_then(|n| before.get(..n)).unwrap_or(before).trim_end();
    }
    let pre = strip_defined_as(before).trim_end_matches(punct);
    // No defining word: the role word is used, not defined (`… und der Auftragnehmer –`).
    if pre.len() == before.trim_end_matches(punct).len() {
        return None;
    }
    let anchor_line = pre.rfind('\n').map_or(0, |i| i + 1);
    let range = match after_connector(pre) {
        Connector::Name(range) => range,
        Connector::Absent => capitalised_run(pre).or_else(|| line_start_name(pre, anchor_line))?,
        Connector::NoName => company_line(text, pre, anchor_line)?,
    };
    let range = cut_name(text, range);
    valid_name(ctx, text, range).then_some(range)
}

/// A term that closes its phrase (`herefter ”databehandleren”`, `… as "contractor".`) defines a
/// party; one that a sentence goes on from (`"Processor" means …`) is a definition of the word.
fn closes_phrase(text: &str, at: usize) -> bool {
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[at..line_end];
    let Some(q) = line.find(QUOTES) else { return false };
    let rest = line[q..].trim_start_matches(|c: char| QUOTES.contains(&c) || matches!(c, '*' | '_' | ')'));
    if rest.trim().is_empty() || rest.starts_with(['.', ',', ';']) {
        return true;
    }
    let rest = rest.trim_start().to_lowercase();
    words().connectors.iter().any(|c| rest.starts_with(c.as_str()) && rest[c.len()..].chars().next().is_none_or(|ch| !ch.is_alphanumeric()))
}

/// `(the "Processor")`, `(den "databehandler")`: the article before the term is not the name's.
fn strip_article(s: &str) -> &str {
    let lower = lower_end(s, 4);
    for article in ARTICLES {
        if lower.ends_with(article) && s.is_char_boundary(s.len() - article.len()) {
            let rest = &s[..s.len() - article.len()];
            let rest_trimmed = rest.trim_end();
            if rest_trimmed.len() < rest.len() && rest_trimmed.ends_with(|c: char| QUOTES.contains(&c) || c == '(') {
                return rest_trimmed;
            }
        }
    }
    s
}

/// Drops `, hereinafter referred to as` and the like (and the spaces and commas around them).
fn strip_defined_as(s: &str) -> &str {
    let punct = |c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '–' | '—' | '*' | '_');
    let mut s = s.trim_end_matches(punct);
    let longest = words().longest_defined_as();
    loop {
        let lower = lower_end(s, longest + 1);
        let found = words().defined_as.iter().filter(|w| ends_with_word(&lower, w)).map(String::len).max();
        match found {
            // Lower-casing keeps the byte length of these (ASCII or Latin) words.
            Some(n) if n <= s.len() && s.is_char_boundary(s.len() - n) => s = s[..s.len() - n].trim_end_matches(punct),
            _ => return s,
        }
    }
}

/// The end of `s` lower-cased, at least its last `n` chars (all of `s` when shorter): what a test
/// for a lower-case ending of up to `n - 1` chars and the char before it needs to see. The text
/// before a term can be the whole head of the document, which lower-casing for every processor
/// word made quadratic. A capital sigma lower-cases by what stands before it, so with one the
/// whole string is lower-cased.
fn lower_end(s: &str, n: usize) -> String {
    let from = s.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(b, _)| b);
    if s[from..].contains('Σ') {
        return s.to_lowercase();
    }
    s[from..].to_lowercase()
}

fn ends_with_word(s: &str, word: &str) -> bool {
    s.ends_with(word) && s[..s.len() - word.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// The line after the nearest connector word within [`WINDOW`] before the end of `pre`, up to
/// the end of that line (or of `pre`).
fn after_connector(pre: &str) -> Connector {
    let mut from = pre.len().saturating_sub(WINDOW);
    while !pre.is_char_boundary(from) {
        from += 1;
    }
    let lower = pre[from..].to_lowercase();
    if lower.len() != pre.len() - from {
        return Connector::Absent;
    }
    // Whole-word connectors, the nearest first; a longer one ending at the same place wins (`by
    // and between`).
    let mut ends: Vec<usize> = Vec::new();
    for c in &words().connectors {
        let mut search = 0;
        while let Some(i) = lower[search..].find(c.as_str()) {
            let (s, e) = (search + i, search + i + c.len());
            let whole = lower[..s].chars().next_back().is_none_or(|ch| !ch.is_alphanumeric()) && lower[e..].chars().next().is_none_or(|ch| !ch.is_alphanumeric());
            if whole {
                ends.push(e);
            }
            search = s + c.len();
        }
    }
    ends.sort_unstable_by(|a, b| b.cmp(a));
    ends.dedup();
    let Some(&nearest) = ends.first() else { return Connector::Absent };
    let nearest_line = pre[..from + nearest].rfind('\n');
    for (k, e) in ends.into_iter().enumerate() {
        let end_of_connector = from + e;
        // `… registered in England and Wales under number …, and Acme Ltd ("Processor")`: a
        // connector inside the other words is passed over for one further back on its line,
        // which must then give a company's name (`Ltd`, `ApS`).
        if pre[..end_of_connector].rfind('\n') != nearest_line {
            break;
        }
        let rest = &pre[end_of_connector..];
        // A sentence ended between the connector and the term: the connector is another party's.
        let ended = rest.char_indices().any(|(i, c)| c == '.' && rest[i + 1..].starts_with(['\n', ' ']) && rest[i + 1..].trim_start().starts_with(char::is_uppercase));
        if ended || rest.contains(".\n") {
            return if k == 0 { Connector::Absent } else { Connector::NoName };
        }
        let lead = rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':').len();
        let mut start = end_of_connector + lead;
        // `und der` / `Hansa Cloud GmbH`: an article, on the connector's line or the name's.
        for article in ["der", "die", "das", "the", "The"] {
            if let Some(rest) = pre[start..].strip_prefix(article).filter(|r| r.starts_with([' ', '\n'])) {
                start = pre.len() - rest.trim_start().len();
            }
        }
        let end = pre[start..].find('\n').map_or(pre.len(), |i| start + i);
        if end > start && name_shaped(pre, (start, end)) && (k == 0 || has_company_form(pre, (start, end))) {
            return Connector::Name((start, end));
        }
    }
    Connector::NoName
}

/// What [`after_connector`] found.
enum Connector {
    /// The name after the connector, as a byte range.
    Name((usize, usize)),
    /// No connector (or the sentence ended after it): the name is sought on the term's line.
    Absent,
    /// Connectors that give no name (`England and Wales under number …`): only a line that
    /// starts with a company's name gives it.
    NoName,
}

/// `(2) Corvane Logistics Ltd, a company registered in England and Wales …`: the name a party's
/// own line starts with, when it holds a company form.
fn company_line(text: &str, pre: &str, line_start: usize) -> Option<(usize, usize)> {
    // `pre` lost a defining word (`og` / `herefter`) that may have been the whole line.
    if line_start >= pre.len() {
        return None;
    }
    line_start_name(pre, line_start).filter(|&range| has_company_form(text, range))
}

/// Whether the name [`cut_name`] makes of `range` holds a company form.
fn has_company_form(text: &str, range: (usize, usize)) -> bool {
    let (start, end) = cut_name(text, range);
    text[start..end.max(start)].split_whitespace().any(is_company_form)
}

/// A company form (`ApS`, `GmbH`, `Ltd`), in any case.
fn is_company_form(word: &str) -> bool {
    words().company_forms.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Whether the name [`cut_name`] makes of `range` reads as a name: every word capitalised, a
/// company form or a word that joins a name (`of`, `og`, `&`, `v/Anne`), or lower case before
/// only company forms (`bluebird GmbH`); not `Wales under number 1084`.
fn name_shaped(text: &str, range: (usize, usize)) -> bool {
    let (start, end) = cut_name(text, range);
    let w = words();
    let name: Vec<&str> = text[start..end.max(start)].split_whitespace().collect();
    name.iter().enumerate().all(|(i, word)| {
        word.starts_with(|c: char| !c.is_lowercase())
            || is_company_form(word)
            || w.name_glue.iter().any(|g| g == word || (g.ends_with('/') && word.starts_with(g.as_str())))
            // `fortrabbit GmbH`: lower case before nothing but company forms.
            || (i + 1 < name.len() && name[i + 1..].iter().all(|n| is_company_form(n)))
    })
}

/// The run of capitalised words (and company forms) that ends `pre`, on its last line.
fn capitalised_run(pre: &str) -> Option<(usize, usize)> {
    let line_start = pre.rfind('\n').map_or(0, |i| i + 1);
    let line = &pre[line_start..];
    let tokens: Vec<(usize, &str)> = line.split_whitespace().map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).collect();
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let glue = |w: &str| matches!(w, "&" | "v/" | "-" | "of" | "von" | "van" | "de");
    let (_, last) = *tokens.last()?;
    if !(capital(last) || is_company_form(last)) {
        return None;
    }
    let mut first = tokens.len() - 1;
    while first > 0 && first + MAX_WORDS > tokens.len() {
        let w = tokens[first - 1].1;
        // `fortrabbit GmbH`: a lower-case word only before nothing but company forms.
        let lower_ok = tokens[first..].iter().all(|(_, t)| is_company_form(t));
        if w.ends_with([',', ';', ':', ')', '.']) || !(capital(w) || glue(w) || lower_ok) {
            break;
        }
        first -= 1;
    }
    while first < tokens.len() - 1 && glue(tokens[first].1) {
        first += 1;
    }
    // `1.1 Vandrix acts as processor`: the clause's number opens the line, not the name.
    // Dotted or bracketed (`1.1`, `2)`): `07 Göteborg` is the end of a postcode.
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ')')) && w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(['.', ')']);
    if first == 0 && tokens.len() > 1 && number(tokens[0].1) {
        first = 1;
    }
    // `…, 18055 Rostock (nachfolgend …)`: the end of an address, not a name.
    let after_comma = first > 0 && tokens[first - 1].1.ends_with(',');
    if after_comma || tokens[first].1.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((line_start + tokens[first].0, line_start + line.trim_end().len()))
}

/// `1.2 Callwerk Service GmbH, Hafenallee 30, 18055 Rostock (nachfolgend "Auftragnehmer")`: a
/// party's own line starts with its name (after the list number), up to the first comma.
fn line_start_name(pre: &str, line_start: usize) -> Option<(usize, usize)> {
    let line = &pre[line_start..];
    let body = line.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '(' | ')' | '-' | '•' | '*') || c.is_whitespace());
    let comma = body.find(',')?;
    let start = line_start + (line.len() - body.len());
    Some((start, start + comma))
}

/// Ends a name at an organisation number, an address or a bracket.
fn cut_name(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let name = &text[start..end];
    let lower = name.to_lowercase();
    let mut cut = name.find([',', '(', '|', '\t']).unwrap_or(name.len());
    for w in &words().name_ends {
        if let Some(i) = lower.find(w.as_str()) {
            if name.is_char_boundary(i) {
                cut = cut.min(i);
            }
        }
    }
    let name = name[..cut].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ';' | '*' | '_') || QUOTES.contains(&c));
    let lead = name.len() - name.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || QUOTES.contains(&c)).len();
    (start + lead, start + name.len())
}

/// A name: a few words starting with a capital or a digit (or a company form after them), no
/// placeholder, not only role words (`Leverandøren`, `the Customer`).
fn valid_name(ctx: &Ctx, text: &str, (start, end): (usize, usize)) -> bool {
    if end <= start {
        return false;
    }
    let name = &text[start..end];
    let words_in: Vec<&str> = name.split_whitespace().collect();
    if words_in.is_empty() || words_in.len() > MAX_WORDS || name.chars().count() < 2 {
        return false;
    }
    if name.contains(['[', ']', '<', '>', '{', '}', '…', '_', '\n']) || name.contains(QUOTES) || name.contains("..") {
        return false;
    }
    let last_word = words_in.last().map(|w| w.to_lowercase()).unwrap_or_default();
    if words().document_words.contains(&last_word) {
        return false;
    }
    let has_form = words_in.iter().any(|w| is_company_form(w));
    if !name.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && !has_form {
        return false;
    }
    if !name.chars().any(char::is_alphabetic) {
        return false;
    }
    // Every word a role or an article, or a role first: no name.
    let roles = ctx.lex.analyse(name);
    if roles.hits.iter().any(|h| h.first == 0 && is_role(h)) {
        return false;
    }
    let covered = |i: usize| roles.hits.iter().any(|h| matches!(h.target, crate::lexicon::Target::Concept(_)) && h.first <= i && i < h.last && is_role(h));
    let articles = ["the", "den", "det", "die", "der", "das", "our", "vores", "you", "we", "us"];
    !(0..roles.tokens.len()).all(|i| covered(i) || articles.contains(&&*roles.tokens[i].surface))
}

/// True when `text` names the role (`controller`, `processor`).
fn has_role(ctx: &Ctx, text: &str, role: &str) -> bool {
    ctx.lex.analyse(text).concept(role).next().is_some()
}

fn is_role(h: &Hit) -> bool {
    ["processor", "controller", "sub_processor"].iter().any(|n| crate::lexicon::concept_index(n).is_some_and(|i| h.target == crate::lexicon::Target::Concept(i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `lower_end` is the end of the whole lower-cased string, long enough for the tests on it.
        #[test]
        fn lower_end_is_the_end_of_lowercasing_all(s in "[a-zA-ZæøåÆØÅİΣσ\"( ,.]{0,30}", n in 1usize..8) {
            let (all, end) = (s.to_lowercase(), lower_end(&s, n));
            proptest::prop_assert!(all.ends_with(&end));
            proptest::prop_assert!(end.chars().count() >= n.min(s.chars().count()));
        }

        /// The articles and "hereinafter" words are found as when the whole text was lower-cased.
        #[test]
        fn stripping_reads_only_the_end(s in "[a-zA-ZæøåÆØİΣ\"( ,]{0,20}", end in proptest::sample::select(vec!["", " the", " DEN", " det", "Das", " herefter", ", hereinafter", " HEREAFTER"])) {
            let s = format!("{s}{end}");
            let old_article = |s: &str| {
                for article in ["the", "den", "det", "die", "der", "das"] {
                    if s.to_lowercase().ends_with(article) && s.is_char_boundary(s.len() - article.len()) {
                        return Some(s.len() - article.len());
                    }
                }
                None
            };
            let lower = lower_end(&s, 4);
            let new_article = ["the", "den", "det", "die", "der", "das"].iter().find(|a| lower.ends_with(*a) && s.is_char_boundary(s.len() - a.len())).map(|a| s.len() - a.len());
            proptest::prop_assert_eq!(new_article, old_article(&s));
            let longest = words().longest_defined_as();
            let (all, end) = (s.to_lowercase(), lower_end(&s, longest + 1));
            for w in &words().defined_as {
                proptest::prop_assert_eq!(ends_with_word(&end, w), ends_with_word(&all, w), "{:?} {:?}", s, w);
            }
        }
    }

    #[test]
    fn word_lists_parse_and_are_sorted_lower_case() {
        let w: Words = toml::from_str(include_str!("../../data/parties.toml")).expect("data/parties.toml parses");
        for (name, list) in [
            ("company_forms", &w.company_forms),
            ("connectors", &w.connectors),
            ("copulas", &w.copulas),
            ("defined_as", &w.defined_as),
            ("document_words", &w.document_words),
            ("name_ends", &w.name_ends),
            ("name_glue", &w.name_glue),
            ("term_ends", &w.term_ends),
        ] {
            assert!(!list.is_empty(), "{name}");
            let mut sorted = list.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(list, &sorted, "{name} is sorted and unique");
            assert!(list.iter().all(|x| *x == x.to_lowercase()), "{name} is lower case");
        }
        assert_eq!(words(), &w, "the built-in JSON copy says what data/parties.toml says");
    }
}
