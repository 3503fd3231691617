//! Lines → paragraphs, shared by every format: drop page furniture, join wrapped lines, undo
//! line-end hyphenation, and keep structure (headings, list items, table rows).
//!
//! The contract with the segmenter: a line that starts with a numbering-like token (`7.`, `7.3`,
//! `C.6`, `(a)`, `a)`, `iv.`, `§ 5`), a bullet, a Markdown heading or an annex word with a label
//! always starts a new paragraph; so does a line after a short heading-like line. The one
//! exception is a number that continues a sentence ("… af\n27. april 2016", "inden for\n30 dage"):
//! a digit token followed by a lower-case word after a line that ends mid-sentence.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use super::words::words;
use crate::hash::FxSet;
use crate::ParagraphKind;

/// One line of source text as the format readers hand it over.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Item {
    /// The line, without its newline; empty for a blank line.
    pub text: String,
    /// Structure the source gave (Markdown syntax, DOCX styles).
    pub kind: ParagraphKind,
    /// Starts a new paragraph whatever the text looks like.
    pub start: bool,
}

impl Item {
    /// A plain line whose role the reflow decides.
    pub fn line(text: impl Into<String>) -> Self {
        Item { text: text.into(), kind: ParagraphKind::Body, start: false }
    }

    /// A paragraph whose start the source fixed.
    pub fn block(text: impl Into<String>, kind: ParagraphKind) -> Self {
        Item { text: text.into(), kind, start: true }
    }

    fn blank() -> Self {
        Item::line("")
    }
}

/// Text lines split into pages (one page when the source has no page breaks) → paragraphs.
/// `markdown` turns `1.` lines into list items; `#` headings, `|` tables and bullets are read in
/// every text format.
pub(super) fn reflow_pages(pages: Vec<Vec<String>>, markdown: bool) -> Vec<(String, ParagraphKind)> {
    let pages = strip_furniture(pages);
    let mut items = Vec::new();
    for (i, page) in pages.into_iter().enumerate() {
        if i > 0 {
            items.push(Item::blank());
        }
        items.extend(page.into_iter().filter(|line| !toc_line(&line.raw)).filter_map(|line| read_clean_line(&line.raw, line.clean, markdown)));
    }
    drop_footnotes(join(setext_headings(items)))
}

/// A short line underlined with `===` or `---` about as long as itself (Markdown's setext
/// headings, and how plain-text and e-mail agreements mark their headings) is a heading; the
/// underline goes. One pass: a text of many such lines costs no more than its length.
fn setext_headings(items: Vec<Item>) -> Vec<Item> {
    let underline = |t: &str| -> Option<u8> {
        let c = t.chars().next()?;
        (matches!(c, '=' | '-') && t.chars().count() >= 3 && t.chars().all(|x| x == c)).then_some(if c == '=' { 1 } else { 2 })
    };
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        // The rule's level and length, when a title stands above it.
        let rule = underline(&item.text).map(|level| (level, item.text.chars().count())).filter(|&(_, rule_len)| {
            out.last().is_some_and(|title| {
                let title_len = title.text.chars().count();
                !title.text.is_empty() && title_len <= 100 && title.kind == ParagraphKind::Body && underline(&title.text).is_none() && rule_len * 2 >= title_len && rule_len <= 2 * title_len + 4
            })
        });
        let Some((level, rule_len)) = rule else {
            out.push(item);
            continue;
        };
        // A level needs a title: the last line kept.
        let title = out.pop().map(|t| t.text).unwrap_or_default();
        // "=========" / "Transfers" / "=========": the line over the title goes too.
        if out.last().is_some_and(|over| underline(&over.text) == Some(level) && over.text.chars().count() == rule_len) {
            out.pop();
        }
        out.push(Item::block(title, ParagraphKind::Heading(level)));
    }
    out
}

/// The fewest lines (a header and two rows) of a table typed with spaces.
const TYPED_TABLE_LINES: usize = 3;
/// The fewest cells on each line of such a table.
const TYPED_TABLE_CELLS: usize = 3;

/// The cells of a line typed as a table row, each with the column (in chars) where it starts:
/// text set apart by two or more spaces or a tab.
fn typed_cells(raw: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = raw.trim_end().chars().collect();
    let gap = |i: usize| chars[i] == '\t' || (chars[i] == ' ' && chars.get(i + 1).is_some_and(|c| *c == ' ' || *c == '\t'));
    let mut cells = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !gap(i) {
            i += 1;
        }
        if i > start {
            cells.push((start, chars[start..i].iter().collect()));
        }
    }
    cells
}

/// Tables typed in a text file with spaces or tabs between the columns (`Nr.  Navn  Adresse`):
/// at least [`TYPED_TABLE_LINES`] lines in a row with the same number of cells, at least
/// [`TYPED_TABLE_CELLS`], that start in the same columns (give or take one; tabs need not line
/// up) become `a | b | c`, which is read as a table row. Running text, even justified with two
/// spaces after a full stop, does not line up so.
pub(super) fn typed_tables(pages: &mut [Vec<String>]) {
    for page in pages {
        let cells: Vec<Vec<(usize, String)>> = page.iter().map(|l| typed_cells(l)).collect();
        let mut i = 0;
        while i < page.len() {
            let n = cells[i].len();
            if n < TYPED_TABLE_CELLS {
                i += 1;
                continue;
            }
            let tabbed = |k: usize| page[k].contains('\t');
            let aligned = |k: usize| cells[k].len() == n && ((tabbed(i) && tabbed(k)) || cells[k].iter().zip(&cells[i]).all(|(a, b)| a.0.abs_diff(b.0) <= 1));
            let end = (i + 1..page.len()).find(|&k| !aligned(k)).unwrap_or(page.len());
            if end - i >= TYPED_TABLE_LINES {
                for k in i..end {
                    page[k] = cells[k].iter().map(|c| c.1.as_str()).collect::<Vec<_>>().join(" | ");
                }
            }
            i = end;
        }
    }
}

/// A table-of-contents entry with a dot leader: "3. Fortrolighed ........ 4". The clause
/// headings it repeats follow in the body, where they belong.
fn toc_line(line: &str) -> bool {
    let line = line.trim_end();
    let body = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    (body.ends_with("....") || body.ends_with("…")) && body.contains(|c: char| c.is_alphabetic())
}

/// Removes footnotes that can be recognised safely: a paragraph "N Text…" (N of one or two
/// digits, no dot) whose number also sits glued to a word in an earlier paragraph
/// ("medlemsstaternes1"); that marker is removed too.
pub(super) fn drop_footnotes(mut paragraphs: Vec<(String, ParagraphKind)>) -> Vec<(String, ParagraphKind)> {
    let mut i = 0;
    while i < paragraphs.len() {
        let (text, kind) = &paragraphs[i];
        let number: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
        let after = &text[number.len()..];
        let is_note = *kind == ParagraphKind::Body
            && (1..=2).contains(&number.len())
            && after.starts_with(' ')
            && after.trim_start().starts_with(|c: char| c.is_uppercase());
        if is_note {
            let marker = (i.saturating_sub(40)..i).rev().find_map(|j| glued_marker(&paragraphs[j].0, &number).map(|at| (j, at)));
            if let Some((j, at)) = marker {
                paragraphs[j].0.replace_range(at..at + number.len(), "");
                paragraphs.remove(i);
                continue;
            }
        }
        i += 1;
    }
    paragraphs
}

/// Byte offset of `number` glued to the end of a word of three or more lower-case letters.
fn glued_marker(text: &str, number: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = text[from..].find(number) {
        let at = from + pos;
        let before: Vec<char> = text[..at].chars().rev().take(3).collect();
        let next = text[at + number.len()..].chars().next();
        if before.len() == 3 && before.iter().all(|c| c.is_lowercase()) && next.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(at);
        }
        from = at + number.len();
    }
    None
}

/// Splits text into pages at form feeds and into lines at any newline convention.
pub(super) fn pages_of(text: &str) -> Vec<Vec<String>> {
    let text = if text.contains('\r') { Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n")) } else { Cow::Borrowed(text) };
    text.split('\u{c}').map(|page| page.split('\n').map(str::to_string).collect()).collect()
}

/// Whitespace collapsed, invisible characters dropped, no-break spaces made plain.
pub(super) fn clean(line: &str) -> String {
    // Printable ASCII and spaces (most lines): only the spaces need collapsing.
    if line.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        let mut out = String::with_capacity(line.len());
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return out;
    }
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    // Plain chars are copied a run at a time; `run` is where the current run began.
    let mut run: Option<usize> = None;
    for (at, c) in line.char_indices() {
        let plain = if c.is_ascii() { c > ' ' && c != '\u{7f}' } else { !(invisible(c) || blank(c) || plain_form(c).is_some()) };
        if plain {
            if run.is_none() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                run = Some(at);
            }
            continue;
        }
        if let Some(from) = run.take() {
            out.push_str(&line[from..at]);
        }
        if blank(c) {
            space = true;
        } else if let Some(letters) = plain_form(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(letters);
        }
    }
    if let Some(from) = run {
        out.push_str(&line[from..]);
    }
    out
}

/// Soft hyphens and zero-width marks: in the text layer, not in the words.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{2060}')
}

/// Chars that separate words: white space, no-break spaces, control chars.
fn blank(c: char) -> bool {
    !invisible(c) && (c.is_whitespace() || c == '\u{a0}' || c.is_control())
}

/// The plain text of a char that stands for others, so that words match lexicons letter by
/// letter: a ligature's letters (PDF fonts set them as one glyph), and the ASCII hyphen for
/// Unicode's hyphen and non-breaking hyphen (WeasyPrint hyphenates lines with U+2010).
fn plain_form(c: char) -> Option<&'static str> {
    match c {
        '\u{2010}' | '\u{2011}' => Some("-"),
        '\u{fb00}' => Some("ff"),
        '\u{fb01}' => Some("fi"),
        '\u{fb02}' => Some("fl"),
        '\u{fb03}' => Some("ffi"),
        '\u{fb04}' => Some("ffl"),
        '\u{fb05}' | '\u{fb06}' => Some("st"),
        _ => None,
    }
}

/// Markdown/plain structure of one line; `None` for lines that carry nothing (table rules).
pub(super) fn read_line(raw: &str, markdown: bool) -> Option<Item> {
    read_clean_line(raw, clean(raw), markdown)
}

/// [`read_line`] of `raw` when its [`clean`] text is already at hand.
fn read_clean_line(raw: &str, clean_raw: String, markdown: bool) -> Option<Item> {
    let indent = raw.chars().take_while(|c| *c == ' ' || *c == '\t').map(|c| if c == '\t' { 4 } else { 1 }).sum::<usize>();
    let line = if markdown { strip_inline_markdown(&clean_raw) } else { clean_raw };
    if line.is_empty() {
        return Some(Item::blank());
    }
    if markdown && line.starts_with('<') {
        // HTML inside Markdown: a list item keeps its text, bare tags are layout.
        let item = line.to_ascii_lowercase().starts_with("<li");
        let text = clean(&strip_tags(&line));
        if text.is_empty() {
            return None;
        }
        return Some(if item { Item::block(text, ParagraphKind::ListItem((indent / 2).min(8) as u8)) } else { Item::line(text) });
    }
    let level = (indent / 2).min(8) as u8;
    if let Some(rest) = line.strip_prefix('#') {
        let hashes = 1 + rest.chars().take_while(|c| *c == '#').count();
        let rest = rest.trim_start_matches('#');
        if hashes <= 6 && rest.starts_with(' ') {
            let title = rest.trim().trim_end_matches('#').trim();
            return Some(Item::block(title, ParagraphKind::Heading(hashes as u8)));
        }
    }
    if line.len() > 1 && line.starts_with('|') && line.ends_with('|') {
        let cells: Vec<&str> = line[1..line.len() - 1].split('|').map(str::trim).collect();
        if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
            return None;
        }
        return Some(Item::block(cells.join(" | "), ParagraphKind::TableRow));
    }
    // A table without outer pipes ("Name | Service | Location"): three or more spaced cells.
    if line.matches(" | ").count() >= 2 {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.iter().all(|c| !c.is_empty()) {
            return Some(Item::block(cells.join(" | "), ParagraphKind::TableRow));
        }
    }
    if line.contains('|') && line.contains('-') && line.chars().all(|ch| matches!(ch, '-' | ':' | ' ' | '|')) {
        return None;
    }
    if let Some(rest) = strip_bullet(&line) {
        return Some(Item::block(rest, ParagraphKind::ListItem(level)));
    }
    if markdown {
        let marker = line.split(' ').next().unwrap_or("");
        let digits = marker.strip_suffix(['.', ')']).unwrap_or("");
        if !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Item::block(line.clone(), ParagraphKind::ListItem(level)));
        }
    }
    Some(Item::line(line))
}

/// Markdown emphasis, code ticks, escapes and links reduced to their text:
/// "**1. Formål** se [bilag A](#a)" → "1. Formål se bilag A".
fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        if c == '`' {
            rest = &rest[1..];
            continue;
        }
        if c == '\\' {
            if let Some(next) = rest[1..].chars().next().filter(|n| n.is_ascii_punctuation()) {
                out.push(next);
                rest = &rest[1 + next.len_utf8()..];
                continue;
            }
        }
        if c == '!' && rest[1..].starts_with('[') {
            rest = &rest[1..];
            continue;
        }
        if c == '[' {
            if let Some(close) = rest.find("](") {
                if let Some(end) = rest[close + 2..].find(')') {
                    let text = &rest[1..close];
                    if !text.contains(['[', ']']) {
                        out.push_str(text);
                        rest = &rest[close + 2 + end + 1..];
                        continue;
                    }
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    clean(&out)
}

/// Text with HTML tags (`<b>`, `</li>`, `<ol type="a">`) removed.
fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let tag = rest[1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/' || n == '!');
            if let (true, Some(end)) = (tag, rest.find('>')) {
                out.push(' ');
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

const BULLETS: &[char] = &['•', '\u{f0b7}', '\u{f0a7}', '\u{f0d8}', '\u{f0fc}', '▪', '◦', '●', '○', '■', '□', '➢', '►', '▶', '✓', '-', '*', '+', '·', 'o'];

/// The text after a bullet glyph, if the line starts with one followed by a space.
fn strip_bullet(line: &str) -> Option<&str> {
    let mut chars = line.chars();
    let first = chars.next()?;
    if !BULLETS.contains(&first) {
        return None;
    }
    let rest = chars.as_str();
    let body = rest.strip_prefix(' ')?;
    // "- nachstehend Auftraggeber genannt -" is a dash pair, not a bullet.
    if (first == '-' || first == '*') && body.ends_with(first) {
        return None;
    }
    // "o" is a Wingdings sub-bullet only before a capital or a quote; "- 3 -" is a page number.
    if first == 'o' && !body.chars().next().is_some_and(|c| c.is_uppercase() || c == '”' || c == '"') {
        return None;
    }
    if body.is_empty() {
        return None;
    }
    Some(body)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StartKind {
    /// `7`, `7.`, `7.3`, `7)`.
    Digits,
    /// `C.6`, `a.`, `(a)`, `a)`, `iv.`, `(iv)`, `§ 5`.
    Label,
    /// `Bilag 1`, `Annex A`.
    Annex,
}

#[derive(Debug, Clone, Copy)]
struct Start<'a> {
    kind: StartKind,
    /// What follows the token.
    rest: &'a str,
}

/// The numbering-like token a line starts with, if any.
fn block_start(line: &str) -> Option<Start<'_>> {
    let (token, rest) = match line.find(' ') {
        Some(i) => (&line[..i], line[i + 1..].trim_start()),
        None => (line, ""),
    };
    if token == "§" {
        return rest.starts_with(|c: char| c.is_ascii_digit()).then_some(Start { kind: StartKind::Label, rest });
    }
    // `1 § Detta avtal …`: the Swedish statute's paragraph sign after the number.
    if let Some(after) = rest.strip_prefix('§').filter(|a| a.is_empty() || a.starts_with(char::is_whitespace)) {
        if token.bytes().all(|b| b.is_ascii_digit()) && (1..=3).contains(&token.len()) {
            return Some(Start { kind: StartKind::Label, rest: after.trim_start() });
        }
    }
    if is_digit_token(token) {
        return Some(Start { kind: StartKind::Digits, rest });
    }
    if is_label_token(token) {
        return Some(Start { kind: StartKind::Label, rest });
    }
    let lower = token.to_lowercase();
    if words().line.clause_words.contains(&lower) {
        // "Punkt 5 Sletning", "Article 12. Audits": judged like a bare number with what follows it.
        let (number, after) = match rest.find(' ') {
            Some(i) => (&rest[..i], rest[i + 1..].trim_start()),
            None => (rest, ""),
        };
        if is_digit_token(number.trim_end_matches(':')) {
            return Some(Start { kind: StartKind::Digits, rest: after });
        }
    }
    if words().line.annex_words.contains(&lower) && !rest.is_empty() {
        let label = rest.split(' ').next().unwrap_or("").trim_end_matches([':', '.', ')', '-', '–']);
        let is_label = !label.is_empty()
            && label.chars().count() <= 6
            && (label.chars().all(|c| c.is_ascii_digit() || c == '.')
                || (label.chars().count() <= 4 && label.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')));
        if is_label {
            return Some(Start { kind: StartKind::Annex, rest });
        }
    }
    None
}

/// `2 – Technische Maßnahmen`, `B: Sub-processors` (what follows an annex word): a label, then a
/// dash or colon and a title.
fn annex_titled(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let label = words.next().unwrap_or("");
    let sep = if label.ends_with(':') { Some(":") } else { words.next() };
    matches!(sep, Some("–" | "—" | "-" | ":")) && words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// `7`, `7.`, `7.3`, `7.3.1.`, `7)`: groups of one to three digits.
fn is_digit_token(token: &str) -> bool {
    let t = token.strip_suffix(')').or_else(|| token.strip_suffix('.')).unwrap_or(token);
    !t.is_empty() && t.split('.').all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// `C.6`, `C.6.`, `a.`, `A.`, `(a)`, `a)`, `(iv)`, `iv)`, `iv.`, `IV.`.
fn is_label_token(token: &str) -> bool {
    let is_roman = |s: &str| !s.is_empty() && s.len() <= 6 && (s.bytes().all(|b| b"ivxlc".contains(&b)) || s.bytes().all(|b| b"IVXLC".contains(&b)));
    let is_letter = |s: &str| s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic());
    if let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return is_letter(inner) || is_roman(inner) || is_digit_token(inner);
    }
    if let Some(inner) = token.strip_suffix(')') {
        return is_letter(inner) || is_roman(inner);
    }
    if let Some(inner) = token.strip_suffix('.') {
        if is_letter(inner) || is_roman(inner) {
            return true;
        }
    }
    // C.6 / C.6. / A.1.2
    let t = token.strip_suffix('.').unwrap_or(token);
    let mut parts = t.split('.');
    let head = parts.next().unwrap_or("");
    let tail: Vec<&str> = parts.collect();
    head.len() == 1
        && head.bytes().all(|b| b.is_ascii_uppercase())
        && !tail.is_empty()
        && tail.iter().all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// What the whole text says about its lines.
struct Stats<'a> {
    /// A typical full line length in chars (90th percentile).
    width: usize,
    /// Lines are hard-wrapped (not one paragraph per line).
    wrapped: bool,
    /// A blank line follows (nearly) every line, so one blank line says nothing.
    blank_mode: bool,
    /// The lines, for [`Stats::vocabulary`].
    items: &'a [Item],
    vocabulary: OnceCell<Vocabulary<'a>>,
}

/// Lower-cased words seen with an inner hyphen ("e-mail") and without ("databehandleren"),
/// each list sorted and without repeats.
struct Vocabulary<'a> {
    hyphenated: Vec<Cow<'a, str>>,
    plain: Vec<Cow<'a, str>>,
}

impl<'a> Stats<'a> {
    fn of(items: &'a [Item]) -> Stats<'a> {
        let mut lengths: Vec<usize> = items.iter().filter(|i| !i.text.is_empty() && !i.start).map(|i| i.text.chars().count()).collect();
        lengths.sort_unstable();
        let width = if lengths.is_empty() { 0 } else { lengths[(lengths.len() * 9 / 10).min(lengths.len() - 1)] };
        let (mut followed, mut pairs) = (0usize, 0usize);
        let mut i = 0;
        while i < items.len() {
            if !items[i].text.is_empty() {
                let mut j = i + 1;
                while j < items.len() && items[j].text.is_empty() {
                    j += 1;
                }
                if j < items.len() {
                    pairs += 1;
                    if j > i + 1 {
                        followed += 1;
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        let blank_mode = pairs >= 4 && followed * 10 >= pairs * 7;
        Stats { width, wrapped: width <= 200, blank_mode, items, vocabulary: OnceCell::new() }
    }

    /// The text's words, made when a line-end hyphen first needs them (`keep_hyphen`).
    fn vocabulary(&self) -> &Vocabulary<'a> {
        self.vocabulary.get_or_init(|| {
            let items = self.items;
            // Most words repeat: unique ones first, then sorted.
            let mut hyphenated = FxSet::default();
            let mut plain = FxSet::default();
            // Only a line ending in "word-" makes a paragraph end so (a run of joins aside): without
            // one, the sets stay empty.
            let hyphen_ends = items.iter().any(|i| ends_with_hyphen(&i.text));
            for item in items.iter().filter(|_| hyphen_ends) {
                // Every space-separated token but a last one ending in a hyphen.
                let text = item.text.as_str();
                let body = match text.rsplit_once(' ') {
                    Some((head, last)) if last.ends_with('-') => Some(head),
                    None if text.ends_with('-') => None,
                    _ => Some(text),
                };
                for t in body.into_iter().flat_map(|b| b.split(' ')) {
                    let w = t.trim_matches(|c: char| !c.is_alphanumeric());
                    if w.is_empty() {
                        continue;
                    }
                    let w = if lower_already(w) { Cow::Borrowed(w) } else { Cow::Owned(w.to_lowercase()) };
                    if w.contains('-') {
                        hyphenated.insert(w);
                    } else {
                        plain.insert(w);
                    }
                }
            }
            let (hyphenated, plain) = (sorted_words(hyphenated), sorted_words(plain));
            Vocabulary { hyphenated, plain }
        })
    }

    fn full(&self, line: &str) -> bool {
        // Short texts say little about their line width; assume at least 50 chars.
        line.chars().count() * 10 >= self.width.max(50) * 7
    }
}

/// `words` in order, sorted by [`head_key`] first: the same order as sorting the words
/// themselves, with most comparisons one of two numbers.
fn sorted_words<'a>(words: impl IntoIterator<Item = Cow<'a, str>>) -> Vec<Cow<'a, str>> {
    let mut keyed: Vec<(u64, Cow<str>)> = words.into_iter().map(|w| (head_key(&w), w)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, w)| w).collect()
}

/// A word's first eight bytes as a big-endian number, zeros after a shorter word: a word that
/// sorts before another never has the greater number.
fn head_key(word: &str) -> u64 {
    let mut head = [0u8; 8];
    let n = word.len().min(8);
    head[..n].copy_from_slice(&word.as_bytes()[..n]);
    u64::from_be_bytes(head)
}

/// A paragraph being built.
struct Para {
    text: String,
    kind: ParagraphKind,
    lines: usize,
    last_line: String,
}

impl Para {
    fn closed(&self) -> bool {
        matches!(self.kind, ParagraphKind::Heading(_) | ParagraphKind::TableRow)
    }
}

/// Joins lines into paragraphs.
pub(super) fn join(items: Vec<Item>) -> Vec<(String, ParagraphKind)> {
    let stats = Stats::of(&items);
    let items = &items;
    let mut out: Vec<Para> = Vec::new();
    let mut blanks = 0usize;
    for item in items {
        if item.text.is_empty() {
            blanks += 1;
            continue;
        }
        let blank = if stats.blank_mode { blanks >= 2 } else { blanks >= 1 };
        let blank_before = blanks >= 1;
        blanks = 0;
        let out_len = out.len();
        match out.last_mut() {
            // A document's first line, short and set apart, is its title ("Databehandleraftale" / "mellem …").
            Some(p) if out_len == 1 && p.lines == 1 && blank_before && !stats.full(&p.text) && !p.text.ends_with(',') => {
                out.push(Para { last_line: item.text.clone(), lines: 1, text: item.text.clone(), kind: item.kind })
            }
            Some(p) if !item.start && !p.closed() && continues(p, &item.text, blank, &stats) => {
                append(p, &item.text, &stats);
            }
            _ => out.push(Para { last_line: item.text.clone(), lines: 1, text: item.text.clone(), kind: item.kind }),
        }
    }
    out.into_iter().map(|p| (p.text, p.kind)).collect()
}

/// The line ends a sentence (".", "!", "?", ":", ";"), an abbreviation's dot aside.
fn terminal(line: &str) -> bool {
    let Some(last) = line.chars().last() else { return false };
    if !matches!(last, '.' | '!' | '?' | ':' | ';') {
        return false;
    }
    if last == '.' {
        let word = line.rsplit(' ').next().unwrap_or("").trim_end_matches('.').trim_start_matches('(').to_lowercase();
        if words().line.abbreviations.contains(&word) {
            return false;
        }
    }
    true
}

/// `word.to_lowercase()` would give `word` back: every char is its own lower case (lower-case
/// letters such as "æ", digits, marks), so the word needs no copy.
fn lower_already(word: &str) -> bool {
    word.chars().all(|c| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    })
}

/// "word-" at the end of a line (not a dash " -").
fn ends_with_hyphen(line: &str) -> bool {
    let mut rev = line.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(|c| c.is_alphanumeric())
}

/// The number of a line that starts with one in brackets: "(15) days" → "15".
fn bracketed_number(line: &str) -> Option<&str> {
    let (n, _) = line.strip_prefix('(')?.split_once(')')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
}

/// Does `line` continue paragraph `p`?
fn continues(p: &Para, line: &str, blank: bool, stats: &Stats) -> bool {
    let a = p.last_line.as_str();
    let first = line.chars().next().unwrap_or(' ');
    if let Some(start) = block_start(line) {
        // Only a sentence that visibly runs on may swallow a numbering-like token.
        let soft_end = !terminal(a) && !a.ends_with(':');
        let long = p.lines > 1 || stats.full(a);
        let ends_low = a.chars().last().is_some_and(|c| c.is_lowercase() || c == ',') || ends_with_hyphen(a);
        // A quotation mark or bracket opens the item's text ("2. “Personal Data” means …"):
        // the letter after it decides.
        let rest_first = start.rest.trim_start_matches(['"', '“', '”', '„', '«', '»', '\'', '‘', '’', '(', '[']).chars().next();
        // A number alone under a numbered title ("1. Scope and duration" / "1.1." / its text on
        // the next line, as groff and hanging-number layouts give it) is the next clause's.
        let under_title = p.lines == 1 && !stats.full(a) && block_start(a).is_some_and(|s| !s.rest.is_empty());
        if rest_first.is_none() && under_title {
            return false;
        }
        return soft_end
            && match start.kind {
                StartKind::Digits => (long || ends_low) && rest_first.is_none_or(|c| c.is_lowercase() || !c.is_alphanumeric()),
                // "… at least fifteen" / "(15) days before …": a number in brackets after a full
                // line that stops mid-sentence repeats the number in figures, unless it is an
                // item of a list: the first ("(1)"), or one after a paragraph that is an item.
                StartKind::Label => {
                    let figures = bracketed_number(line).is_some_and(|n| n != "1") && bracketed_number(&p.text).is_none();
                    let mid_sentence = stats.full(a) && a.chars().last().is_some_and(char::is_lowercase);
                    ((long || ends_low) && rest_first.is_none()) || (figures && mid_sentence && rest_first.is_some_and(char::is_lowercase))
                }
                // An annex heading after a blank line starts the annex, however the line before
                // it ends (a signature block: "For Lønpilot ApS: Sara Halberg, direktør").
                // "Anlage 2 – Technische …": a title after a dash or colon makes it a heading.
                StartKind::Annex => long && ends_low && !blank && !annex_titled(start.rest),
            };
    }
    if ends_with_hyphen(a) && first.is_alphanumeric() {
        return true;
    }
    if first.is_lowercase() {
        // One paragraph per line (not hard-wrapped): a lower-case line after a finished sentence
        // or item is a list item whose letter was lost ("…;" / "that it will …"), its own line.
        if !stats.wrapped && terminal(a) {
            return false;
        }
        return !blank || (!terminal(a) && (p.lines > 1 || stats.full(a) || a.ends_with(',')));
    }
    if a.ends_with(',') {
        return true;
    }
    if !stats.wrapped {
        return false;
    }
    if terminal(a) {
        return !blank && stats.full(a) && p.lines > 1;
    }
    if blank {
        return stats.full(a);
    }
    p.lines > 1 || stats.full(a)
}

/// Appends a continuation line, undoing line-end hyphenation.
fn append(p: &mut Para, line: &str, stats: &Stats) {
    if ends_with_hyphen(&p.text) {
        let prefix: String = p.text[..p.text.len() - 1].chars().rev().take_while(|c| c.is_alphanumeric()).collect::<Vec<_>>().into_iter().rev().collect();
        let next: String = line.chars().take_while(|c| c.is_alphanumeric()).collect();
        let next_lower = next.to_lowercase();
        if words().hyphen.conjunctions.contains(&next_lower) {
            p.text.push(' ');
        } else if !keep_hyphen(&prefix, &next, stats) {
            p.text.pop();
        }
    } else {
        p.text.push(' ');
    }
    p.text.push_str(line);
    p.lines += 1;
    p.last_line = line.to_string();
}

/// Whether "prefix-\nnext" is a real hyphenated word rather than a word split at the line end.
fn keep_hyphen(prefix: &str, next: &str, stats: &Stats) -> bool {
    let joined_hyphen = format!("{}-{}", prefix, next).to_lowercase();
    let joined = format!("{}{}", prefix, next).to_lowercase();
    // Some word of the sorted list starts with `prefix`: the first one not below it does.
    let seen = |set: &[Cow<str>], prefix: &String| set.get(set.partition_point(|w| w.as_ref() < prefix.as_str())).is_some_and(|w| w.starts_with(prefix.as_str()));
    let vocabulary = stats.vocabulary();
    let seen_hyphen = seen(&vocabulary.hyphenated, &joined_hyphen);
    let seen_plain = seen(&vocabulary.plain, &joined);
    if seen_hyphen != seen_plain {
        return seen_hyphen;
    }
    let first_upper = next.chars().next().is_some_and(|c| c.is_uppercase());
    let all_caps = prefix.chars().count() >= 2 && prefix.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    first_upper
        || all_caps
        || prefix.chars().count() == 1
        || prefix.chars().any(|c| c.is_ascii_digit())
        || words().hyphen.keep_prefixes.contains(&prefix.to_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Page furniture

/// A line of a page as read, and its [`clean`] text, made once for every test that needs it.
struct Line {
    raw: String,
    clean: String,
}

/// Drops page numbers and running headers/footers.
fn strip_furniture(pages: Vec<Vec<String>>) -> Vec<Vec<Line>> {
    let mut pages: Vec<Vec<Line>> = pages
        .into_iter()
        .map(|page| {
            page.into_iter()
                .map(|raw| {
                    let clean = clean(&raw);
                    Line { raw, clean }
                })
                .collect()
        })
        .collect();
    let n = pages.len();
    // Lines that say "page 3 of 12" anywhere.
    for page in &mut pages {
        // (Cleaning keeps digits, and a page label has one.)
        page.retain(|l| !(l.raw.bytes().any(|b| b.is_ascii_digit()) && page_label_line(&l.clean)));
    }
    if n >= 2 {
        const ZONE: usize = 8;
        let edge = |page: &Vec<Line>, top: bool| -> Vec<usize> {
            let idx = (0..page.len()).filter(|&i| !page[i].clean.is_empty());
            if top { idx.take(ZONE).collect() } else { idx.rev().take(ZONE).collect() }
        };
        let mut counts: [BTreeMap<String, usize>; 2] = [BTreeMap::new(), BTreeMap::new()];
        for page in &pages {
            for (z, top) in [true, false].into_iter().enumerate() {
                let seen: BTreeSet<String> = edge(page, top).into_iter().map(|i| furniture_key(&page[i].clean)).collect();
                for key in seen {
                    *counts[z].entry(key).or_default() += 1;
                }
            }
        }
        let needed = if n == 2 { 2 } else { (n * 4).div_ceil(10).max(3) };
        // A long line is furniture only on nearly every page: a footer of company details that
        // the reader put on one line (name, address, register, bank).
        let needed_long = needed.max((n * 8).div_ceil(10));
        for (number, page) in pages.iter_mut().enumerate() {
            let mut drop = BTreeSet::new();
            // From each edge inwards, drop lines while they are furniture; the first line of
            // real text ends the walk, so a repeated line inside the body is kept.
            for (z, top) in [true, false].into_iter().enumerate() {
                for i in edge(page, top) {
                    let line = &page[i].clean;
                    let count = counts[z].get(&furniture_key(line)).copied().unwrap_or(0);
                    let repeated = count >= needed && (count >= needed_long || line.chars().count() <= 160);
                    if repeated || page_number_line(line) {
                        drop.insert(i);
                        continue;
                    }
                    // "… the last words of the page 7 / 11": the page's number set on the
                    // line of text beside it.
                    let l = &mut page[i];
                    if let (Some(raw), Some(clean)) = (glued_page_number(&l.raw, number + 1, n), glued_page_number(&l.clean, number + 1, n)) {
                        l.raw.truncate(raw);
                        l.clean.truncate(clean);
                    }
                    break;
                }
            }
            let mut i = 0;
            page.retain(|_| {
                i += 1;
                !drop.contains(&(i - 1))
            });
        }
    } else if let Some(page) = pages.first_mut() {
        // Without page breaks, lone numbers are page numbers only if they count up.
        let lone: Vec<(usize, u32)> = page.iter().enumerate().filter_map(|(i, l)| lone_number(&l.clean).map(|v| (i, v))).collect();
        let rising = lone.len() >= 2 && lone.windows(2).all(|w| w[1].1 > w[0].1);
        let mut drop: BTreeSet<usize> = page.iter().enumerate().filter(|(_, l)| page_number_line(&l.clean) && lone_number(&l.clean).is_none()).map(|(i, _)| i).collect();
        if rising {
            drop.extend(lone.iter().map(|(i, _)| *i));
        }
        let mut i = 0;
        page.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
    pages
}

/// Lower case with digit runs as `#`, so "Side 3" and "Side 4" are the same furniture (of a
/// [`clean`] line).
fn furniture_key(clean_line: &str) -> String {
    let mut key = String::new();
    for c in clean_line.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else {
            key.push(c);
        }
    }
    key
}

/// Where "7 / 11" (or "7/11") ends a line of text on page 7 of 11: the byte where the text
/// before it ends. Only this page's number and the document's page count, after other words.
fn glued_page_number(line: &str, page: usize, pages: usize) -> Option<usize> {
    let t = line.trim_end();
    let (before, total) = t.rsplit_once('/')?;
    let number = |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<usize>().ok()).flatten();
    if number(total.strip_prefix(' ').unwrap_or(total))? != pages {
        return None;
    }
    let before = before.strip_suffix(' ').unwrap_or(before);
    let start = before.rfind(' ')? + 1;
    if number(&before[start..])? != page {
        return None;
    }
    let text = before[..start].trim_end();
    text.chars().any(char::is_alphabetic).then_some(text.len())
}

fn lone_number(line: &str) -> Option<u32> {
    (line.len() <= 4 && !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit())).then(|| line.parse().ok()).flatten()
}

/// A whole line that is a page number: "3", "- 3 -", "3/12", "Side 3 af 12", "Page 3".
pub(super) fn page_number_line(line: &str) -> bool {
    // Each test below needs an ASCII digit: most lines of text are none at a glance.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let line = line.trim();
    if lone_number(line).is_some() {
        return true;
    }
    let inner = line.trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c == ' ');
    if inner.len() < line.len() && lone_number(inner).is_some() {
        return true;
    }
    if let Some((a, b)) = line.split_once('/') {
        if let (Some(x), Some(y)) = (lone_number(a.trim()), lone_number(b.trim())) {
            return x >= 1 && x <= y;
        }
    }
    // At most five words (four spaces).
    line.bytes().filter(|&b| b == b' ').count() <= 4 && page_label_line(line)
}

/// A short line containing "side 3 af 12" / "page 3 of 12" / "Seite 3 von 12" / "page 3".
fn page_label_line(line: &str) -> bool {
    line.chars().count() <= 100 && page_word_before_number(line) && page_label_words(line)
}

/// Some word of the line is a page word ("Side", "page.") and the next one starts with a digit
/// (the page's number is ASCII digits, in a word of its own): what every match of
/// [`page_label_words`] has, tested without lower-casing the line (lower-casing neither makes nor
/// unmakes white space or digits, and lower-cases a word alone as it would in its line), so that
/// most lines are settled here.
fn page_word_before_number(line: &str) -> bool {
    let mut line_words = line.split(char::is_whitespace).filter(|t| !t.is_empty()).peekable();
    while let Some(t) = line_words.next() {
        if line_words.peek().is_some_and(|n| n.as_bytes()[0].is_ascii_digit()) && page_word(&t.to_lowercase()) {
            return true;
        }
    }
    false
}

/// A lower-case word is a page word ("side", "page:", "s.").
fn page_word(lower: &str) -> bool {
    words().line.page_words.iter().any(|p| p == lower.trim_end_matches(['.', ':']))
}

/// The page label test of [`page_label_line`] on the line's lower-case words.
fn page_label_words(line: &str) -> bool {
    let w = &words().line;
    let lower = line.to_lowercase();
    let tokens: Vec<&str> = lower.split(|c: char| c.is_whitespace()).filter(|t| !t.is_empty()).collect();
    for (i, t) in tokens.iter().enumerate() {
        let t = t.trim_end_matches(['.', ':']);
        if !page_word(t) {
            continue;
        }
        let Some(num) = tokens.get(i + 1).map(|n| n.trim_end_matches([',', '.'])) else { continue };
        if let Some((a, b)) = num.split_once('/') {
            if lone_number(a).is_some() && lone_number(b).is_some() {
                return true;
            }
        }
        if lone_number(num).is_none() {
            continue;
        }
        let of = tokens.get(i + 2).copied();
        let total = tokens.get(i + 3).and_then(|n| lone_number(n.trim_end_matches(['.', ','])));
        if of.is_some_and(|o| w.of_words.iter().any(|x| x == o)) && total.is_some() {
            return true;
        }
        // "Page 3" alone (no "of"): only as the whole line, and only with a real page word.
        if tokens.len() == 2 && t.len() > 1 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clean` defined char by char, as it was written before it copied runs of plain chars.
    fn clean_by_char(line: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in line.chars().filter(|c| !invisible(*c)) {
            if blank(c) {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            match plain_form(c) {
                Some(letters) => out.push_str(letters),
                None => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn clean_equals_its_char_by_char_definition(line in "[ a-zæøåÆØÅ.,\t\r\u{1}\u{7f}\u{85}\u{a0}\u{ad}\u{200b}\u{2009}\u{2028}\u{3000}\u{feff}\u{fb00}-\u{fb06}\u{2060}\u{2010}\u{2011}é€-]{0,40}") {
            proptest::prop_assert_eq!(clean(&line), clean_by_char(&line));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_page_word_test_only_drops_lines_that_are_no_page_label(parts in proptest::collection::vec((
            proptest::sample::select(vec!["Side", "SIDE", "side.", "Page:", "PAGE", "s.", "S", "Seite", "sida", "sidE", "af", "OF", "von", "av", "3", "12", "3/12", "12.", "3,", "x", "Σ", "İ", "-", "4a", ""]),
            proptest::sample::select(vec![" ", " ", "  ", "\t", "\u{a0}", "\u{2009}", "", "."]),
        ), 0..6)) {
            let line: String = parts.iter().flat_map(|(word, space)| [*word, *space]).collect();
            let mut after_space = false;
            let digit_after_space = line.chars().any(|c| std::mem::replace(&mut after_space, c.is_whitespace()) && c.is_ascii_digit());
            let unfiltered = digit_after_space && line.chars().count() <= 100 && page_label_words(&line);
            proptest::prop_assert_eq!(page_label_line(&line), unfiltered, "{:?}", line);
        }

        #[test]
        fn sorted_words_sorts_as_the_words_do(words in proptest::collection::vec("[a-cæ\u{0}-]{0,10}", 0..40)) {
            let mut plain = words.clone();
            plain.sort_unstable();
            let cows: Vec<Cow<str>> = words.iter().map(|w| Cow::Borrowed(w.as_str())).collect();
            proptest::prop_assert_eq!(sorted_words(cows), plain);
        }

        #[test]
        fn lower_already_means_to_lowercase_changes_nothing(word in "[a-zA-ZæøåÆØÅßẞΣσςǅİ0-9-]{0,12}") {
            proptest::prop_assert_eq!(lower_already(&word), word.to_lowercase() == word);
        }
    }

    #[test]
    fn clean_collapses_spaces_drops_invisibles_and_splits_ligatures() {
        assert_eq!(clean("  Data\u{ad}be\u{200b}handler\u{a0}\u{a0}skal \u{fb01}nde\tdet\u{fb06}e  "), "Databehandler skal finde detste");
        assert_eq!(clean("æ\u{2009}ø\u{7f}å"), "æ ø å");
        assert_eq!(clean("data\u{2010} sikker\u{2011}heden"), "data- sikker-heden");
    }

    fn flow(text: &str) -> Vec<String> {
        reflow_pages(pages_of(text), false).into_iter().map(|(t, _)| t).collect()
    }

    fn check(input: &str, expected: &[&str]) {
        assert_eq!(flow(input), expected, "input: {input:?}");
    }

    #[test]
    fn joins_and_dehyphenates() {
        check("Databe-\nhandleren skal", &["Databehandleren skal"]);
        check("med hen-\nblik på", &["med henblik på"]);
        check("send en e-\nmail til", &["send en e-mail til"]);
        check("om it-\nsikkerhed og", &["om it-sikkerhed og"]);
        check("anden EU-\nret eller", &["anden EU-ret eller"]);
        check("Europa-\nParlamentets forordning", &["Europa-Parlamentets forordning"]);
        check("Art. 28-\n30 gælder", &["Art. 28-30 gælder"]);
        check("tekniske-\nog organisatoriske", &["tekniske- og organisatoriske"]);
        check("technical-\nand organisational", &["technical- and organisational"]);
        check("it-sikkerhed er vigtig, og it-\nsikkerhed skal", &["it-sikkerhed er vigtig, og it-sikkerhed skal"]);
        check("behandlings-\nsystemer og -tjenester", &["behandlingssystemer og -tjenester"]);
    }

    /// A line that ends in an abbreviation ("i.S.v.", "t.ex.", "evt.") does not end its sentence.
    #[test]
    fn abbreviations_at_the_line_end() {
        let wrap = "Der Auftragnehmer verarbeitet dabei die personenbezogenen Daten des Auftraggebers i.S.v.\nArt. 4 Nr. 2 DS-GVO auf der Grundlage dieses Auftrags und seiner Weisungen, die schriftlich\nerteilt werden und jederzeit geändert werden können, solange der Hauptvertrag besteht.";
        assert_eq!(flow(wrap).len(), 1, "{:?}", flow(wrap));
        let sv = "Biträdet ska vidta lämpliga tekniska och organisatoriska åtgärder för att skydda uppgifterna, t.ex.\nKryptering och behörighetsstyrning, och dokumentera åtgärderna i en säkerhetsplan som kunden\nfår ta del av på begäran och som ses över minst en gång per år av biträdets säkerhetsansvarige.";
        assert_eq!(flow(sv).len(), 1, "{:?}", flow(sv));
    }

    #[test]
    fn unwrapped_lines_keep_items_whose_letters_were_lost() {
        // One paragraph per line (lines far longer than any wrap width): a lower-case line after
        // a finished item is an item of its own; in hard-wrapped text it continues the paragraph.
        let long = "the processor keeps a record of every category of processing it carries out for the controller, with the purposes, the recipients, the transfers and the time limits that apply to the erasure of each category of personal data";
        let text = format!("The processor shall:\n{long};\n{long};\n{long}.\n");
        let got = flow(&text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1].starts_with("the processor keeps") && got[1].ends_with("personal data;"), "{got:?}");
        check("The processor shall keep a record of the processing;\nand it shall show it to the controller.", &[
            "The processor shall keep a record of the processing; and it shall show it to the controller.",
        ]);
    }

    #[test]
    fn blank_line_after_every_line() {
        let text = "1 BAGGRUND\n\n1.1 Parterne har aftalt levering af visse ydelser fra Databehandleren til den, som\n\nnærmere beskrevet i aftalen.\n\n1.2 I den forbindelse behandler Databehandleren personoplysninger på vegne af den\n\nDataansvarlige, hvorfor Parterne har indgået denne aftale.\n\n2 OMFANG\n\n2.1 Databehandleren må alene behandle personoplysninger efter dokumenteret instruks.\n";
        check(text, &[
            "1 BAGGRUND",
            "1.1 Parterne har aftalt levering af visse ydelser fra Databehandleren til den, som nærmere beskrevet i aftalen.",
            "1.2 I den forbindelse behandler Databehandleren personoplysninger på vegne af den Dataansvarlige, hvorfor Parterne har indgået denne aftale.",
            "2 OMFANG",
            "2.1 Databehandleren må alene behandle personoplysninger efter dokumenteret instruks.",
        ]);
    }

    #[test]
    fn numbering_starts_paragraphs() {
        check("Indledning:\n7.3 Databehandleren\n(a) første\na) anden\ni) tredje\n(iv) fjerde\nC.6 Bilag\n§ 5 Regel\nBilag 2 Underdatabehandlere\nAnnex A Security", &[
            "Indledning:", "7.3 Databehandleren", "(a) første", "a) anden", "i) tredje", "(iv) fjerde", "C.6 Bilag", "§ 5 Regel", "Bilag 2 Underdatabehandlere", "Annex A Security",
        ]);
        check("Databehandleren sletter data.\nPunkt 5 Sletning\nArticle 12. Audits\nas described in\nSection 5 of the Agreement.", &[
            "Databehandleren sletter data.", "Punkt 5 Sletning", "Article 12. Audits as described in Section 5 of the Agreement.",
        ]);
        check("the processor shall process personal data only on documented instructions, as set out in\nAnnex 1 to this agreement.", &[
            "the processor shall process personal data only on documented instructions, as set out in Annex 1 to this agreement.",
        ]);
        // A date or a count that continues a sentence is no clause number.
        check("forordning (EU) 2016/679 af\n27. april 2016 om beskyttelse", &["forordning (EU) 2016/679 af 27. april 2016 om beskyttelse"]);
        check("senest inden for\n30 dage efter ophør", &["senest inden for 30 dage efter ophør"]);
        check("Behandlingen omfatter:\n1. registrering", &["Behandlingen omfatter:", "1. registrering"]);
        // A number alone under a numbered title is the next clause's (groff sets "1.1." on a
        // line of its own, the text below it); after a sentence's words it ends the sentence.
        check("1. Scope and duration\n1.1.\nThis agreement governs the processing.\n1.2.\nIt remains in force.", &[
            "1. Scope and duration", "1.1.", "This agreement governs the processing.", "1.2.", "It remains in force.",
        ]);
        check("the processor shall notify the controller as set out in clause\n7.3.", &["the processor shall notify the controller as set out in clause 7.3."]);
        // After a blank line an annex heading starts the annex, whatever the line before it.
        let signed = "Aftalen er underskrevet af begge parter på den dato, der fremgår af den elektroniske\nsignatur, og gælder fra denne dato.\n\nFor Lønhuset ApS: Mette Krogh Andersen, administrerende direktør\n\nBilag 1 – Underdatabehandlere";
        let got = flow(signed);
        assert_eq!(got.last().map(String::as_str), Some("Bilag 1 – Underdatabehandlere"), "{got:?}");
        // An annex with a title after a dash or colon is a heading even after a long line that
        // stops mid-sentence (a table's last row ran on).
        let row = "Zählerdienst s.r.o., Brno, Tschechien – Auslesen und Plausibilisieren von Funkzählern in den Liegenschaften\nAnlage 2 – Technische und organisatorische Maßnahmen\nVerschlüsselung aller Verbindungen.";
        assert_eq!(flow(row)[1], "Anlage 2 – Technische und organisatorische Maßnahmen");
    }

    #[test]
    fn headings_stay_alone() {
        check("FORTROLIGHED\nDatabehandleren sikrer fortrolighed.", &["FORTROLIGHED", "Databehandleren sikrer fortrolighed."]);
        check("Formål og omfang\nDatabehandleren behandler data.", &["Formål og omfang", "Databehandleren behandler data."]);
        check("SMTP.dk\nCVR 29849439\nRefshalevej 163A", &["SMTP.dk", "CVR 29849439", "Refshalevej 163A"]);
    }

    #[test]
    fn markdown_structure() {
        let got = reflow_pages(pages_of("# Databehandleraftale\n\n## 1. Formål\n\n- første punkt\n  fortsat\n- andet\n\n1. nummer et\n\n| Navn | Land |\n|---|---|\n| AWS | Irland |"), true);
        assert_eq!(got, vec![
            ("Databehandleraftale".to_string(), ParagraphKind::Heading(1)),
            ("1. Formål".to_string(), ParagraphKind::Heading(2)),
            ("første punkt fortsat".to_string(), ParagraphKind::ListItem(0)),
            ("andet".to_string(), ParagraphKind::ListItem(0)),
            ("1. nummer et".to_string(), ParagraphKind::ListItem(0)),
            ("Navn | Land".to_string(), ParagraphKind::TableRow),
            ("AWS | Irland".to_string(), ParagraphKind::TableRow),
        ]);
    }

    #[test]
    fn tables_without_outer_pipes() {
        let got = reflow_pages(pages_of("The approved sub-processors are:\n\nName | Service | Location\n---|---|---\nAcme Cloud Ltd | Hosting | Ireland\n\nEither A | or B."), false);
        assert_eq!(got, vec![
            ("The approved sub-processors are:".to_string(), ParagraphKind::Body),
            ("Name | Service | Location".to_string(), ParagraphKind::TableRow),
            ("Acme Cloud Ltd | Hosting | Ireland".to_string(), ParagraphKind::TableRow),
            ("Either A | or B.".to_string(), ParagraphKind::Body),
        ]);
    }

    #[test]
    fn tables_typed_with_spaces_or_tabs() {
        let text = "Bilag 1 Underdatabehandlere\n\nNr.  Navn                 Adresse            Opgave\n1    Fjordhost A/S        Vejle, Danmark     drift og hosting\n2    Sms-Nord ApS         Aalborg, Danmark   afsendelse af sms\n\nName\tCountry\tTask\nMailbird AB\tSweden\te-mail\nHostly Oy\tFinland\thosting\n\nThe processor keeps logs.  Backups are kept for\nthirty days.  The controller may ask for\ncopies.  Nothing else is kept.";
        let mut pages = pages_of(text);
        typed_tables(&mut pages);
        let got = reflow_pages(pages, false);
        let rows: Vec<&str> = got.iter().filter(|(_, k)| *k == ParagraphKind::TableRow).map(|(t, _)| t.as_str()).collect();
        assert_eq!(rows, ["Nr. | Navn | Adresse | Opgave", "1 | Fjordhost A/S | Vejle, Danmark | drift og hosting", "2 | Sms-Nord ApS | Aalborg, Danmark | afsendelse af sms", "Name | Country | Task", "Mailbird AB | Sweden | e-mail", "Hostly Oy | Finland | hosting"]);
        // Justified running text with two spaces after its full stops stays text.
        assert_eq!(got.last().map(|(t, k)| (t.as_str(), *k)), Some(("The processor keeps logs. Backups are kept for thirty days. The controller may ask for copies. Nothing else is kept.", ParagraphKind::Body)));
    }

    #[test]
    fn ligatures_and_invisible_characters() {
        check("The processor shall notify the controller of speci\u{fb01}c e\u{fb00}ects.", &["The processor shall notify the controller of specific effects."]);
        check("data\u{ad}behandleren\u{a0}skal\u{200b}", &["databehandleren skal"]);
        // A number in figures after its words, at the start of a line.
        check("The Processor will notify the Customer of any new Sub-processor at least fifteen\n(15) days before it begins processing Customer Personal Data on the Customer's behalf.", &["The Processor will notify the Customer of any new Sub-processor at least fifteen (15) days before it begins processing Customer Personal Data on the Customer's behalf."]);
        check("The Processor shall keep the following records for the Customer at all times\n(1) a list of the processing activities\n(2) a list of the sub-processors", &["The Processor shall keep the following records for the Customer at all times", "(1) a list of the processing activities", "(2) a list of the sub-processors"]);
        // WeasyPrint ends a hyphenated line with U+2010, not the ASCII hyphen.
        check("Databehandleren underretter den dataansvarlige uden unødig forsinkel\u{2010}\nse og senest 24 timer efter bruddet, og databe\u{2010}\nhandleren dokumenterer alle brud.", &["Databehandleren underretter den dataansvarlige uden unødig forsinkelse og senest 24 timer efter bruddet, og databehandleren dokumenterer alle brud."]);
    }

    #[test]
    fn markdown_inline_syntax_is_dropped() {
        let md = |text: &str| reflow_pages(pages_of(text), true).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(md("**1. Formål** se [bilag A](#bilag-a) og `kode` \\*ikke\\*"), vec!["1. Formål se bilag A og kode *ikke*"]);
        assert_eq!(md("## **7.3 Sub-processors**"), vec!["7.3 Sub-processors"]);
        assert_eq!(md("[ufærdigt link"), vec!["[ufærdigt link"]);
        assert_eq!(md("<ol type=\"a\">\n<li>Kategorier af registrerede</li>\n</ol>"), vec!["Kategorier af registrerede"]);
        assert_eq!(md("4.2. Tekst\n3) Tekst"), vec!["4.2. Tekst", "3) Tekst"]);
    }

    #[test]
    fn bullets_lose_their_glyph() {
        check("• Kryptering af data\n\u{f0b7} Adgangskontrol\no Logning af adgang", &["Kryptering af data", "Adgangskontrol", "Logning af adgang"]);
    }

    #[test]
    fn page_numbers() {
        for line in ["3", "- 3 -", "3/12", "Side 3 af 12", "Page 3 of 12", "Seite 3 von 12", "side 3", "Page 3"] {
            assert!(page_number_line(line), "{line}");
        }
        for line in ["1.1 Parterne", "2016/679", "Side", "12/3", "- tjenester", "Page three"] {
            assert!(!page_number_line(line), "{line}");
        }
        check("Databehandleren skal\nSide 1 af 2\nslette data.\nSide 2 af 2", &["Databehandleren skal slette data."]);
        check("Aftale – side 1 af 2\nDatabehandleren skal slette data.", &["Databehandleren skal slette data."]);
    }

    #[test]
    fn running_headers_and_page_numbers_across_pages() {
        let page = |n: usize, body: &str| format!("ACME A/S – Databehandleraftale\n{body}\nSide {n} af 3\n");
        let text = [
            page(1, "1. Databehandleren behandler personoplysninger på vegne af den dataansvarlige og kun"),
            page(2, "efter dokumenteret instruks fra den dataansvarlige.\n2. Fortrolighed gælder."),
            page(3, "3. Sletning sker ved ophør."),
        ]
        .join("\u{c}");
        check(&text, &[
            "1. Databehandleren behandler personoplysninger på vegne af den dataansvarlige og kun efter dokumenteret instruks fra den dataansvarlige.",
            "2. Fortrolighed gælder.",
            "3. Sletning sker ved ophør.",
        ]);
    }

    #[test]
    fn footnotes_and_toc_leaders() {
        check("1. Den dataansvarlige sikrer overholdelse af medlemsstaternes1 nationale ret.\n\n1 Henvisninger til ”medlemsstat” forstås som EØS-medlemsstater.\n\n2. Næste punkt.", &[
            "1. Den dataansvarlige sikrer overholdelse af medlemsstaternes nationale ret.",
            "2. Næste punkt.",
        ]);
        // Without a glued marker, "1 Text" is a clause, not a note.
        check("1 BAGGRUND\n\n1 Parterne har aftalt følgende.", &["1 BAGGRUND", "1 Parterne har aftalt følgende."]);
        check("Indhold\n3. Fortrolighed ........................ 4\n3. Fortrolighed", &["Indhold", "3. Fortrolighed"]);
    }

    #[test]
    fn multi_line_footer_block() {
        let footer = "1 / 3\nACME GmbH Industriestr. 25 Bankverbindung:\nGeschäftsführer: A. Muster, 91710 Gunzenhausen Deutsche Bank AG\nRegistergericht Ansbach, HRB 6089 Tel.: +49 9831 505-0\nUSt-IdNr. DE812871812 info@example.com";
        let text = [
            format!("1. Gegenstand\nDer Auftragnehmer verarbeitet personenbezogene Daten im Auftrag und nach Weisung des\n{footer}"),
            format!("Auftraggebers.\n2. Dauer\n{}", footer.replace("1 / 3", "2 / 3")),
            format!("3. Pflichten\nDer Auftragnehmer hält die Vertraulichkeit ein.\n{}", footer.replace("1 / 3", "3 / 3")),
        ]
        .join("\u{c}");
        check(&text, &[
            "1. Gegenstand",
            "Der Auftragnehmer verarbeitet personenbezogene Daten im Auftrag und nach Weisung des Auftraggebers.",
            "2. Dauer",
            "3. Pflichten",
            "Der Auftragnehmer hält die Vertraulichkeit ein.",
        ]);
    }

    #[test]
    fn long_footer_line_and_page_numbers_glued_to_text() {
        // One line of company details (over 160 characters) on every page, and the page's
        // number at the end of its last line of text.
        let footer = "Nordlicht Hosting GmbH Geschäftsführer: A. Muster, B. Beispiel Registergericht Musterstadt, HRB 4711 USt-IdNr. DE000000000 | Hafenweg 3 12345 Musterstadt Tel.: +49 30 000000 | Bankverbindung: Musterbank IBAN DE00 0000 0000 0000 0000 00";
        assert!(footer.chars().count() > 160);
        let text = [
            format!("1. Gegenstand\nDer Auftragnehmer verarbeitet Daten im Auftrag und nach Weisung des 1 / 3\n{footer}"),
            format!("Auftraggebers.\n2. Betroffene\nKunden des Auftraggebers 2 / 3\n{footer}"),
            format!("Mitarbeiter des Auftraggebers\n3. Pflichten\nDas Abstimmungsergebnis war 2 / 3\n{footer}"),
        ]
        .join("\u{c}");
        check(&text, &[
            "1. Gegenstand",
            "Der Auftragnehmer verarbeitet Daten im Auftrag und nach Weisung des Auftraggebers.",
            "2. Betroffene",
            "Kunden des Auftraggebers",
            "Mitarbeiter des Auftraggebers",
            "3. Pflichten",
            // Not this page's number: text.
            "Das Abstimmungsergebnis war 2 / 3",
        ]);
        // A long line on two pages of five is text.
        let pages: Vec<String> = (1..=5).map(|n| if n <= 2 { format!("Abschnitt {n}.\n{footer}") } else { format!("Abschnitt {n}.") }).collect();
        let lines = flow(&pages.join("\u{c}"));
        assert_eq!(lines.iter().filter(|l| l.contains("Registergericht")).count(), 2, "{lines:?}");
        assert_eq!(glued_page_number("Kunden 7/11", 7, 11), Some(6));
        assert_eq!(glued_page_number("7 / 11", 7, 11), None);
        assert_eq!(glued_page_number("Kunden 7 / 12", 7, 11), None);
    }

    #[test]
    fn lone_numbers_count_up_to_be_page_numbers() {
        check("Første del.\n\n1\n\nAnden del.\n\n2\n\nTredje del.", &["Første del.", "Anden del.", "Tredje del."]);
    }
}
