//! Unfilled template fields in a clause text: `[NAVN]`, `[[NAVN]]`, `[indsæt …]`, `[●]`,
//! `<navn>`, `${name}`, `{{name}}`, `xx`, and bracketed drafting notes left open
//! (`[Såfremt parterne ønsker …`). Not placeholders: citations (`[2016] EWHC`), footnote marks
//! (`[1]`, `[a]`), `[sic]`, Markdown links (`[text](url)`) and check boxes (`[ ]`, `[x]`).


use super::law::Law;

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
    }
}
