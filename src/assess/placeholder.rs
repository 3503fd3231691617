//! Unfilled template fields in a clause text: `[NAVN]`, `[[NAVN]]`, `[indsæt …]`, `[●]`,
//! `<navn>`, `${name}`, `{{name}}`, `xx`, and bracketed drafting notes left open
//! (`[Såfremt parterne ønsker …`); and, in [`blank_fields`], form fields left empty outside the
//! signature block (`Name:`, `Dato: ______`, `CVR: ***`). Not placeholders: citations
//! (`[2016] EWHC`), footnote marks (`[1]`, `[a]`), `[sic]`, Markdown links (`[text](url)`), check
//! boxes (`[ ]`, `[x]`), and a bracket the agreement quotes as a marker to use
//! (`marked as "[MISSING: reason]"`).


use super::law::Law;
use super::text::{fold, Folded};

/// The longest bracket content taken as one field; a longer one is a drafting note.
const MAX_BRACKET: usize = 400;
/// How much of an unclosed drafting note the evidence covers.
const NOTE_SPAN: usize = 120;
/// Words before `XX` that make it a roman number ("Chapter XX").
const ROMAN_CONTEXT: [&str; 12] =
    ["afsnit", "annex", "anlage", "article", "artikel", "bilag", "chapter", "del", "kapitel", "kapittel", "part", "section"];
const HTML_TAGS: [&str; 22] =
    ["a", "b", "body", "br", "del", "div", "em", "head", "html", "i", "ins", "li", "ol", "p", "script", "span", "strong", "style", "table", "td", "tr", "ul"];

/// Spans `[start, end)` (chars of `chars`) of unfilled template fields, in order.
pub fn find(chars: &[char], law: &Law) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        match chars[i] {
            '[' => {
                if let Some((span, next)) = bracket(chars, i, law) {
                    if let Some(span) = span {
                        spans.push(span);
                    }
                    i = next;
                    continue;
                }
            }
            '<' => {
                if let Some(end) = angle(chars, i) {
                    spans.push((i, end));
                    i = end;
                    continue;
                }
            }
            '$' if chars.get(i + 1) == Some(&'{') => {
                if let Some(end) = closing(chars, i + 2, '}', 60) {
                    spans.push((i, end + 1));
                    i = end + 1;
                    continue;
                }
            }
            '{' if chars.get(i + 1) == Some(&'{') => {
                if let Some(end) = closing(chars, i + 2, '}', 60) {
                    let end = if chars.get(end + 1) == Some(&'}') { end + 2 } else { end + 1 };
                    spans.push((i, end));
                    i = end;
                    continue;
                }
            }
            c if c == 'x' || c == 'X' => {
                if let Some(end) = xx(chars, i) {
                    spans.push((i, end));
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    merge(spans)
}

const QUOTES: [char; 8] = ['"', '\'', '“', '”', '„', '«', '»', '‘'];
/// How far before a bracket a marker cue ("marked as") may end.
const MARKER_REACH: usize = 40;

/// A bracket the agreement quotes as text to write, not a blank: in quotation marks
/// (`"[MISSING: reason]"`), or right after "marked as", "markeres som".
fn quoted_marker(chars: &[char], open: usize, close: usize, law: &Law) -> bool {
    let before = open.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(close + 1).copied();
    if before.is_some_and(|c| QUOTES.contains(&c)) && after.is_some_and(|c| QUOTES.contains(&c)) {
        return true;
    }
    let from = open.saturating_sub(MARKER_REACH);
    let window: String = chars[from..open].iter().collect();
    let folded = Folded::new(&window);
    let len = folded.chars.len();
    law.marker_cues.find(&folded).iter().any(|h| folded.chars[h.end..len].iter().all(|c| c.is_whitespace() || QUOTES.contains(c) || *c == ':'))
}

/// The shortest run of `_` taken as a line to fill in.
const MIN_UNDERSCORES: usize = 4;
/// The shortest run of `*` taken as a field ("CVR: ***"); `**bold**` has two.
const MIN_STARS: usize = 3;
/// The longest label of a form field, in words ("Company registration number").
const MAX_LABEL_WORDS: usize = 4;

/// Whether `text` can hold a form field for [`blank_fields`]: every field has a colon, an
/// underscore or a star (line breaks do not matter), and most clauses have none of them.
pub fn may_have_fields(text: &str) -> bool {
    text.contains([':', '_', '*'])
}

/// Form fields left blank in a clause's text with its line breaks (`raw`; same char offsets as
/// the clause text): a label line with nothing after its colon (`Name:`, `Dato: ……`), a run of
/// underscores to write on, stars after a colon. Everything from a signature word on (in the
/// heading, or earlier in the clause or on the same line) is a signature block, where names,
/// dates and lines are meant to be filled in by hand: nothing there counts.
pub fn blank_fields(raw: &str, heading: Option<&str>, law: &Law) -> Vec<(usize, usize)> {
    if heading.is_some_and(|h| law.signature_words.any(&Folded::new(h))) {
        return Vec::new();
    }
    let folded = Folded::new(raw);
    let chars = &folded.chars;
    // The signature block starts at the line of the first signature word.
    let mut limit = law.signature_words.find(&folded).first().map_or(chars.len(), |h| h.start);
    while limit > 0 && chars[limit - 1] != '\n' && limit < chars.len() {
        limit -= 1;
    }
    let mut lines = Vec::new();
    let mut line_start = 0;
    for (i, &c) in chars.iter().chain(std::iter::once(&'\n')).enumerate() {
        if c == '\n' {
            if chars[line_start..i.min(chars.len())].iter().any(|c| !c.is_whitespace()) {
                lines.push((line_start, i.min(chars.len())));
            }
            line_start = i + 1;
        }
    }
    // So does a line that opens one without a signature word: a place and a date ("Rønde/Vejle,
    // den 3. marts 2025") above the lines to sign on.
    if let Some(&(s, _)) = lines.iter().find(|&&(s, e)| law.opens_signature(&chars[s..e].iter().collect::<String>())) {
        limit = limit.min(s);
    }
    let mut spans = Vec::new();
    for (k, &(s, e)) in lines.iter().enumerate() {
        if s >= limit {
            break;
        }
        if let Some(field) = label_line(chars, s, e) {
            // A bare "Name:" is blank only among other fields: in a form laid out label above
            // value ("Company name:" / "Acme Ltd") the next line fills it.
            let next_is_field = lines.get(k + 1).is_some_and(|&(ns, ne)| label_line(chars, ns, ne).is_some());
            if law.form_labels.contains(&field.label) && (field.marked || (field.empty && next_is_field)) {
                spans.push((field.start, field.end));
            }
        }
        spans.extend(runs(chars, s, e, '_', MIN_UNDERSCORES, false));
        spans.extend(runs(chars, s, e, '*', MIN_STARS, true));
    }
    merge(spans)
}

/// A line `Label: value` with a short label.
struct LabelLine {
    /// The label, folded.
    label: String,
    /// Nothing after the colon.
    empty: bool,
    /// Only blank marks after the colon (`____`, `……`).
    marked: bool,
    start: usize,
    end: usize,
}

fn label_line(chars: &[char], s: usize, e: usize) -> Option<LabelLine> {
    let line: String = chars[s..e].iter().collect();
    let lead = line.len() - line.trim_start().len();
    let t = line.trim();
    let (label, rest) = t.split_once(':')?;
    let label = fold(label.trim_start_matches(|c: char| !c.is_alphanumeric()).trim());
    if label.is_empty() || label.split_whitespace().count() > MAX_LABEL_WORDS {
        return None;
    }
    let rest = rest.trim();
    let empty = rest.is_empty();
    let marked = !empty && rest.chars().all(|c| c.is_whitespace() || matches!(c, '_' | '.' | '…'));
    let start = s + line[..lead].chars().count();
    Some(LabelLine { label, empty, marked, start, end: start + t.chars().count() })
}

/// Runs of `mark` of at least `min` chars in `[s, e)`; with `after_colon`, only right after a
/// colon (spaces between allowed).
fn runs(chars: &[char], s: usize, e: usize, mark: char, min: usize, after_colon: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if chars[i] != mark {
            i += 1;
            continue;
        }
        let start = i;
        while i < e && chars[i] == mark {
            i += 1;
        }
        let inside_bracket = start > 0 && chars[start - 1] == '[';
        let colon = chars[s..start].iter().rev().find(|c| !c.is_whitespace()) == Some(&':');
        if i - start >= min && !inside_bracket && (!after_colon || colon) {
            out.push((start, i));
        }
    }
    out
}

fn closing(chars: &[char], from: usize, close: char, limit: usize) -> Option<usize> {
    (from..chars.len().min(from + limit)).find(|&j| chars[j] == close)
}

/// A `[` at `open`: `Some((span or None, where to go on))`, `None` to treat it as plain text.
fn bracket(chars: &[char], open: usize, law: &Law) -> Option<(Option<(usize, usize)>, usize)> {
    let glyphs = &law.placeholder_glyphs;
    let n = chars.len();
    let mut depth = 0;
    let mut close = None;
    for (j, &c) in chars.iter().enumerate().skip(open).take(MAX_BRACKET) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        // An unclosed bracket opening a sentence-like note ("[Såfremt parterne ønsker …").
        let rest: String = chars[open + 1..n.min(open + 1 + NOTE_SPAN)].iter().collect();
        let words = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let starts_with_letter = rest.trim_start().chars().next().is_some_and(char::is_alphabetic);
        if starts_with_letter && words >= 3 {
            return Some((Some((open, n.min(open + 1 + NOTE_SPAN))), open + 1));
        }
        return None;
    };
    let next = close + 1;
    // Markdown link or image: [text](url).
    if chars.get(next) == Some(&'(') || (open > 0 && chars[open - 1] == '!') {
        return Some((None, next));
    }
    if quoted_marker(chars, open, close, law) {
        return Some((None, next));
    }
    let content: String = chars[open + 1..close].iter().filter(|&&c| c != '[' && c != ']').collect();
    let trimmed = content.trim();
    let lower = trimmed.to_lowercase();
    let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
    let words = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let not_a_blank = trimmed.is_empty() || lower == "x" || lower == "sic" || lower == "sic!" || trimmed.starts_with('^');
    let is_placeholder = if not_a_blank || law.bracket_words.contains(words) {
        false // check boxes, [sic], Markdown footnotes [^1]; [Reserved], [Udgået]
    } else if trimmed.chars().all(|c| glyphs.contains(&c.to_lowercase().next().unwrap_or(c))) {
        true // [●], […], [___], [xx]
    } else {
        // Footnote marks and citations have no letters or one ([1], [2016], [a], [iv] is rare).
        letters >= 2
    };
    Some((is_placeholder.then_some((open, next)), next))
}

/// `<navn>`, `<Name of company>`; not `<https://…>`, `<a@b.dk>`, `< 72 timer >` or HTML tags.
fn angle(chars: &[char], open: usize) -> Option<usize> {
    let close = (open + 1..chars.len().min(open + 62)).find(|&j| chars[j] == '>' || chars[j] == '<')?;
    if chars[close] != '>' {
        return None;
    }
    let content: String = chars[open + 1..close].iter().collect();
    let first = content.chars().next()?;
    let letters = content.chars().filter(|c| c.is_alphabetic()).count();
    let plain = !content.contains("://") && !content.contains('@') && !content.contains('=') && !content.contains('/');
    let name = content.split_whitespace().next().unwrap_or("").to_lowercase();
    let tag = HTML_TAGS.contains(&name.as_str());
    (first.is_alphabetic() && letters >= 3 && plain && !tag).then_some(close + 1)
}

/// A word made only of x's (`xx`, `XXX`, `xx.xx.xxxx` counts run by run), not a roman number.
fn xx(chars: &[char], start: usize) -> Option<usize> {
    if start > 0 && chars[start - 1].is_alphanumeric() {
        return None;
    }
    let end = (start..chars.len()).find(|&j| chars[j] != 'x' && chars[j] != 'X').unwrap_or(chars.len());
    if end - start < 2 || end - start > 10 || chars.get(end).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let upper = chars[start..end].iter().all(|&c| c == 'X');
    if upper && end - start <= 3 {
        let before: String = chars[..start].iter().collect();
        let prev = before.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        if ROMAN_CONTEXT.contains(&prev.as_str()) {
            return None;
        }
    }
    Some(end)
}

fn merge(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<String> = find(&chars, Law::get())
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn placeholders() {
        check("Navn [NAVN] CVR [CVR-NR]", &["[NAVN]", "[CVR-NR]"]);
        check("[kunde] fremsender e-mails", &["[kunde]"]);
        check("Databehandleren er [indsæt navn], CVR-nr. [●]", &["[indsæt navn]", "[●]"]);
        check("Kunden [[NAVN]] og [Navn]", &["[[NAVN]]", "[Navn]"]);
        check("Kontakt: <navn>, <Name of contact person>", &["<navn>", "<Name of contact person>"]);
        check("Dear ${name}, {{company}} agrees", &["${name}", "{{company}}"]);
        check("Aftalen træder i kraft den xx.xx.xxxx med XX dages varsel", &["xx", "xx", "xxxx", "XX"]);
        check("Pris: DKK [...] per time, [___]", &["[...]", "[___]"]);
        check("[eksempelvis ISAE 3402 type 2 og ISAE 3000 type 2].", &["[eksempelvis ISAE 3402 type 2 og ISAE 3000 type 2]"]);
        check("Auftragnehmer: [Firma], vertreten durch <Name>", &["[Firma]", "<Name>"]);
    }

    #[test]
    fn open_drafting_note_runs_to_its_end_or_a_limit() {
        let text = "[Såfremt parterne ønsker vilkår om revisionserklæringer, skal omfanget aftales.";
        let chars: Vec<char> = text.chars().collect();
        let spans = find(&chars, Law::get());
        assert_eq!(spans, vec![(0, chars.len())]);
    }

    #[test]
    fn not_placeholders() {
        check("see R (Lloyd) v Google [2021] UKSC 50 and [2016] EWHC 1234", &[]);
        check("as stated in the report[1] and [2]", &[]);
        check("See [the guidance](https://edpb.europa.eu) and ![logo](x.png)", &[]);
        check("☐ Mulighed 1 [ ] Mulighed 2 [x] valgt [X]", &[]);
        check("the word [sic] is quoted; footnote [a] and [^footnote1]", &[]);
        check("Kapitel XX og Annex XII; mail <dpo@example.com>, <https://example.com>", &[]);
        check("Frist < 72 timer > 24 timer; exxon maxx xxl", &[]);
        check("<script>alert(1)</script> <div class>", &[]);
        check("Behandlingen omfatter [ikke", &[]);
        check("12. [Reserved] 13. [Udgået] 14. [Intentionally left blank.]", &[]);
        check("Information that is not available shall be marked \"[MISSING: reason]\" in Annex 2.", &[]);
        check("Oplysninger, der mangler, markeres som [MANGLER: begrundelse] i bilaget.", &[]);
    }

    fn blanks(raw: &str, heading: Option<&str>) -> Vec<String> {
        let chars: Vec<char> = raw.chars().collect();
        blank_fields(raw, heading, Law::get()).into_iter().map(|(s, e)| chars[s..e].iter().collect()).collect()
    }

    #[test]
    fn blank_form_fields() {
        assert_eq!(blanks("The Controller\nName:\nAddress: ______\nCVR: 12345678", None), ["Name:", "Address: ______"]);
        assert_eq!(blanks("Den dataansvarlige\nNavn: Kommunen\nDato:\nCVR-nr.: ***", None), ["Dato:", "***"]);
        assert_eq!(blanks("Contact person: ________________ (to be completed)", None), ["________________"]);
        assert_eq!(blanks("Personuppgiftsansvarig\nNamn: …………", None), ["Namn: …………"]);
        // Not blanks: filled fields, a label inside running text, a heading rule, **bold**.
        assert!(blanks("Name: Acme A/S\nDate: 1 May 2026", None).is_empty());
        assert!(blanks("The following applies to the date: see clause 4.", None).is_empty());
        assert!(blanks("**Important:** the Processor shall act only on instructions.", None).is_empty());
        assert!(blanks("Purpose:\nThe Processor provides payroll services.", None).is_empty());
    }

    #[test]
    fn signature_blocks_are_meant_to_be_blank() {
        assert!(blanks("Name:\nDate:\n______________", Some("Signatures")).is_empty());
        assert!(blanks("Underskrifter\nFor den dataansvarlige\nNavn:\nDato:\n__________", None).is_empty());
        assert_eq!(blanks("Company name:\nCompany number:\n\nSigned by the parties\nName:\nDate: ________", None), ["Company name:"]);
        // A place and a date open the block as a signature word does.
        assert!(blanks("Rønde/Vejle, den 3. marts 2025\nFor Klubben For Leverandøren ApS\n______________________ ______________________", None).is_empty());
        assert!(blanks("Oslo, 1 October 2025\n_________________\nName, title", None).is_empty());
        // Label above value: filled.
        assert!(blanks("Data importer\nCompany name:\nExample Hosting Ltd\nAddress:\n1 High Street, Leeds", None).is_empty());
    }
}
