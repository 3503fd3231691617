//! Reading the number (or annex heading) a paragraph starts with. Only the shape is judged here;
//! whether the number fits the document's sequence is the segmenter's business.

use super::lexicon::Lexicon;

/// How a list marker is punctuated: `a.`, `a)` or `(a)`. Each is its own list style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Punct {
    Dot,
    Close,
    Paren,
}

/// The shape of a number at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `7.`, `7.3`, `7.3.1.`, `1` (the last only with text after it).
    Dec(Vec<u32>),
    /// `§ 5`, `Article 5`, `Klausul 7.3`.
    Keyword(Vec<u32>),
    /// `(1)` or `1)`.
    Paren(u32),
    /// `a.`, `b)`, `(c)`, `A.`: the letter's ordinal.
    Alpha { n: u32, upper: bool, punct: Punct },
    /// `i.`, `(ii)`, `IV.`.
    Roman { n: u32, upper: bool, punct: Punct },
    /// An annex's letter-number scheme: `C.1.`, `B.2`.
    LetterNum { letter: char, parts: Vec<u32> },
    /// A lettered item written with its parent's number: `7.3.a`, `7.3(b)`.
    DecAlpha { parts: Vec<u32>, n: u32 },
}

/// A number at the start of a paragraph; a few shapes read two ways (`i.` is a letter or a
/// roman numeral), so the reader returns every reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    pub(crate) kind: Kind,
    /// The marker as written, for ids (`ii`, `A`); `§` for a number the sign follows, Swedish
    /// statute style (`1 § Detta avtal …`), whose clauses open with running text.
    pub(crate) written: String,
    /// A single number written without a dot (`1 BAGGRUND`), which only titles carry.
    pub(crate) bare_number: bool,
}

impl Label {
    /// A number the paragraph sign follows (`1 §`, Swedish statute style).
    pub(crate) fn sign_after(&self) -> bool {
        self.written == "§"
    }
}

/// An annex heading: `Bilag 3`, `ANNEX II – Security`, `Appendix B:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Annex {
    /// The annex word as ids write it (`Bilag`, `Annex`).
    pub(crate) word: String,
    /// The annex's own label (`3`, `II`, `B`).
    pub(crate) label: String,
    /// Title text after the label, if any.
    pub(crate) rest: String,
}

/// Markdown and emphasis around a paragraph (`## `, `**…**`, `> `), which say nothing about the
/// number. Returns the core text, the Markdown heading level (`## ` is 2) and whether the whole
/// line is bold.
pub(crate) fn strip_markup(text: &str) -> (String, Option<u8>, bool) {
    // Markdown escapes (`1\.`) hide numbers.
    let unescaped;
    let mut s = text.trim();
    if s.contains('\\') {
        unescaped = s.replace("\\.", ".").replace("\\)", ")").replace("\\(", "(").replace("\\#", "#").replace("\\*", "*");
        s = unescaped.as_str();
    }
    let mut level = None;
    let mut bold = false;
    let hashes = s.chars().take_while(|&c| c == '#').count();
    if hashes > 0 && hashes <= 6 && s.chars().nth(hashes).is_none_or(|c| c.is_whitespace()) {
        s = s[hashes..].trim_start();
        level = u8::try_from(hashes).ok();
    }
    while let Some(r) = s.strip_prefix('>') {
        s = r.trim_start();
    }
    for m in ["**", "__"] {
        if let Some(r) = s.strip_prefix(m) {
            if let Some(inner) = r.strip_suffix(m) {
                bold = true;
                s = inner.trim();
            } else if let Some(pos) = r.find(m) {
                // `**1. Definitions** text`: the bold part is the number and title.
                let (head, tail) = (&r[..pos], &r[pos + m.len()..]);
                return (format!("{} {}", head.trim(), tail.trim()).trim().to_string(), level, false);
            }
        }
    }
    (s.to_string(), level, bold)
}

/// Every reading of the number `core` starts with, and the text after it.
pub(crate) fn parse(core: &str, lex: &Lexicon) -> (Vec<Label>, String) {
    let chars: Vec<char> = core.chars().collect();
    let rest_from = |i: usize| -> String { chars[i.min(chars.len())..].iter().collect::<String>().trim().to_string() };
    let boundary = |i: usize| i >= chars.len() || chars[i].is_whitespace();
    let none = (Vec::new(), String::new());
    let Some(&first) = chars.first() else { return none };

    // (1) (a) (ii) (A)
    if first == '(' {
        let close = chars.iter().take(7).position(|&c| c == ')');
        let Some(close) = close else { return none };
        if !boundary(close + 1) {
            return none;
        }
        let inner: String = chars[1..close].iter().collect();
        let labels = marker_readings(&inner, Punct::Paren);
        return (labels, rest_from(close + 1));
    }
    // § 5, §5.
    if first == '§' {
        let mut i = 1;
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        return match decimal(&chars, i) {
            Some((parts, end)) if boundary(end) => {
                (vec![Label { kind: Kind::Keyword(parts), written: String::new(), bare_number: false }], rest_from(end))
            }
            _ => none,
        };
    }
    // Article 5, Klausul 7.3: the keyword capitalised, as a heading writes it.
    if first.is_uppercase() {
        let word_end = chars.iter().position(|c| c.is_whitespace()).unwrap_or(chars.len());
        let word: String = chars[..word_end].iter().collect::<String>().to_lowercase();
        if lex.clause_words.contains(&word) {
            let mut i = word_end;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            // `ARTICLE IV`: a Roman numeral in capitals, after a word that numbers clauses so.
            let numeral_end = i + chars[i..].iter().take_while(|c| c.is_alphabetic()).count();
            let numeral: String = chars[i..numeral_end].iter().collect();
            let roman_word = lex.roman_clause_words.contains(&word) && numeral.chars().all(char::is_uppercase);
            let roman_parts = roman_word.then(|| roman(&numeral.to_lowercase())).flatten().map(|n| (vec![n], numeral_end));
            if let Some((parts, end)) = decimal(&chars, i).or(roman_parts) {
                let end = if end < chars.len() && matches!(chars[end], ':' | '.') { end + 1 } else { end };
                if boundary(end) {
                    let rest = rest_from(end).trim_start_matches(['–', '—', '-', ':']).trim().to_string();
                    return (vec![Label { kind: Kind::Keyword(parts), written: String::new(), bare_number: false }], rest);
                }
            }
            return none;
        }
    }
    // 7. / 7.3 / 1 / 1)
    if first.is_ascii_digit() {
        let Some((parts, end)) = decimal(&chars, 0) else { return none };
        // 7.3.a / 7.3(a)
        let letter_at = |i: usize| chars.get(i).filter(|c| c.is_ascii_lowercase()).map(|&c| c as u32 - 'a' as u32 + 1);
        let after_dot = chars.get(end.wrapping_sub(1)) == Some(&'.') && end > 0;
        let (letter, after) = if after_dot {
            (letter_at(end), end + 1)
        } else if chars.get(end) == Some(&'(') && chars.get(end + 2) == Some(&')') {
            (letter_at(end + 1), end + 3)
        } else {
            (None, end)
        };
        if let Some(n) = letter {
            let after = if matches!(chars.get(after), Some('.' | ')')) { after + 1 } else { after };
            if boundary(after) {
                let written = char::from_u32('a' as u32 + n - 1).map(String::from).unwrap_or_default();
                return (vec![Label { kind: Kind::DecAlpha { parts, n }, written, bare_number: false }], rest_from(after));
            }
        }
        // `1 §`: the sign after the number.
        let mut sign = end;
        while chars.get(sign).is_some_and(|c| *c == ' ' || *c == '\u{a0}') {
            sign += 1;
        }
        if sign > end && chars.get(sign) == Some(&'§') && boundary(sign + 1) {
            return (vec![Label { kind: Kind::Keyword(parts), written: "§".into(), bare_number: false }], rest_from(sign + 1));
        }
        if end < chars.len() && chars[end] == ')' && parts.len() == 1 && boundary(end + 1) {
            return (vec![Label { kind: Kind::Paren(parts[0]), written: String::new(), bare_number: false }], rest_from(end + 1));
        }
        if !boundary(end) {
            return none;
        }
        // `10.000 EUR`, `Version 1.0`: a thousands separator or a version, not a clause.
        if parts[1..].contains(&0) {
            return none;
        }
        let dotted = end > 0 && chars[end - 1] == '.';
        let rest = rest_from(end);
        // A lone number is a page number; a number glued to a digit or unit is a quantity.
        if parts.len() == 1 && !dotted && rest.is_empty() {
            return none;
        }
        let bare_number = parts.len() == 1 && !dotted;
        return (vec![Label { kind: Kind::Dec(parts), written: String::new(), bare_number }], rest);
    }
    // C.1. / B.2 (letter-number)
    if first.is_ascii_uppercase() && chars.get(1) == Some(&'.') && chars.get(2).is_some_and(|c| c.is_ascii_digit()) {
        if let Some((parts, end)) = decimal(&chars, 2) {
            if boundary(end) {
                let label = Label { kind: Kind::LetterNum { letter: first, parts }, written: first.to_string(), bare_number: false };
                return (vec![label], rest_from(end));
            }
        }
        return none;
    }
    // a. b) IV. ii)
    if first.is_ascii_alphabetic() {
        let run = chars.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        if run > 5 {
            return none;
        }
        let punct = match chars.get(run) {
            Some('.') => Punct::Dot,
            Some(')') => Punct::Close,
            _ => return none,
        };
        if !boundary(run + 1) {
            return none;
        }
        let marker: String = chars[..run].iter().collect();
        return (marker_readings(&marker, punct), rest_from(run + 1));
    }
    none
}

/// Readings of a letter/roman/number marker such as `a`, `ii`, `IV`, `3`.
fn marker_readings(marker: &str, punct: Punct) -> Vec<Label> {
    let mut out = Vec::new();
    if let Ok(n) = marker.parse::<u32>() {
        if punct == Punct::Paren && n > 0 && n < 1000 {
            out.push(Label { kind: Kind::Paren(n), written: marker.to_string(), bare_number: false });
        }
        return out;
    }
    let lower = marker.to_lowercase();
    let all_upper = marker.chars().all(|c| c.is_ascii_uppercase());
    let all_lower = marker.chars().all(|c| c.is_ascii_lowercase());
    if !(all_upper || all_lower) {
        return out;
    }
    let mut chars = lower.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_lowercase() {
            let n = c as u32 - 'a' as u32 + 1;
            out.push(Label { kind: Kind::Alpha { n, upper: all_upper, punct }, written: marker.to_string(), bare_number: false });
        }
    }
    if let Some(n) = roman(&lower) {
        out.push(Label { kind: Kind::Roman { n, upper: all_upper, punct }, written: marker.to_string(), bare_number: false });
    }
    out
}

/// `i`…`xxxix` (only i, v, x: a lone `c` or `d` is a letter).
pub(crate) fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return None;
    }
    let value = |c| match c {
        'i' => 1,
        'v' => 5,
        _ => 10,
    };
    let cs: Vec<u32> = s.chars().map(value).collect();
    let mut total = 0i64;
    for (k, &v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&next| next > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    let n = u32::try_from(total).ok().filter(|&n| n > 0 && n < 40)?;
    // Only the canonical spelling: `iiii` or `vx` is not a numeral.
    (to_roman(n) == s).then_some(n)
}

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for (v, r) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// `7`, `7.3`, `7.3.1.` from `chars[i..]`: the parts and the index after the (optional) final dot.
fn decimal(chars: &[char], mut i: usize) -> Option<(Vec<u32>, usize)> {
    let mut parts = Vec::new();
    loop {
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 3 {
            return None;
        }
        let digits: String = chars[start..i].iter().collect();
        parts.push(digits.parse().ok()?);
        if i < chars.len() && chars[i] == '.' {
            if chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
                continue;
            }
            return Some((parts, i + 1));
        }
        return Some((parts, i));
    }
}

/// `Bilag 3`, `ANNEX II – Security`, `Appendix B:`; `bilag 6 til denne aftale` (a reference) is not.
pub(crate) fn annex(core: &str, lex: &Lexicon) -> Option<Annex> {
    let mut words = core.splitn(2, char::is_whitespace);
    let word = words.next()?;
    if !word.chars().next().is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    let canonical = lex.annex_word(word)?;
    let after = words.next()?.trim_start();
    let label_end = after
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '.' | ':' | '–' | '—' | ')' | ','))
        .map_or(after.len(), |(i, _)| i);
    let label = &after[..label_end];
    let valid = match label.len() {
        0 => false,
        _ if label.chars().all(|c| c.is_ascii_digit()) => label.len() <= 3,
        // `Bilaga 2a`
        2 | 3 if label.ends_with(|c: char| c.is_ascii_lowercase()) => label[..label.len() - 1].chars().all(|c| c.is_ascii_digit()),
        1 => label.chars().all(|c| c.is_ascii_uppercase()),
        _ => label.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) && roman(&label.to_lowercase()).is_some(),
    };
    if !valid {
        return None;
    }
    let tail = &after[label_end..];
    // `Bilag C.6` and `Annex 2(a)` are references to a part of an annex, not its heading.
    if tail.starts_with('.') && tail[1..].starts_with(|c: char| c.is_alphanumeric()) || tail.starts_with(',') {
        return None;
    }
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '–' | '—' | '-'));
    // `Bilag A – dokumenteret instruks`: a dash or colon sets the title off, whatever its case.
    let separated = tail.trim_start().starts_with(['.', ':', '–', '—', '-']);
    let rest = rest.trim().to_string();
    if !rest.is_empty() {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let first_alpha = rest.chars().find(|c| c.is_alphabetic());
        if first_alpha.is_some_and(|c| c.is_lowercase()) && !separated {
            let connector = words.first().is_some_and(|w| lex.annex_connectors.contains(&w.to_lowercase()));
            if !connector || words.len() > 10 || rest.contains(',') || rest.ends_with('.') {
                return None;
            }
        }
        if words.len() > 16 || (rest.ends_with('.') && words.len() > 4) || super::text::has_sentence_break(&rest) {
            return None;
        }
    }
    Some(Annex { word: canonical.to_string(), label: label.to_string(), rest })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let lex = Lexicon::get();
        let (core, _, _) = strip_markup(input);
        let got = if let Some(a) = annex(&core, lex) {
            format!("annex {} {} | {}", a.word, a.label, a.rest)
        } else {
            let (labels, rest) = parse(&core, lex);
            if labels.is_empty() {
                "-".to_string()
            } else {
                let shapes: Vec<String> = labels.iter().map(|l| format!("{:?}", l.kind)).collect();
                format!("{} | {}", shapes.join(" / "), rest)
            }
        };
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn reads_numbers() {
        check("7. Anvendelse af underdatabehandlere", "Dec([7]) | Anvendelse af underdatabehandlere");
        check("7.3 Databehandleren må", "Dec([7, 3]) | Databehandleren må");
        check("4.1.1. Text", "Dec([4, 1, 1]) | Text");
        check("1 BAGGRUND OG FORMÅL", "Dec([1]) | BAGGRUND OG FORMÅL");
        check("5.", "Dec([5]) | ");
        check("12", "-");
        check("1 § Detta avtal reglerar", "Keyword([1]) | Detta avtal reglerar");
        check("14 §", "Keyword([14]) | ");
        check("12 §§ gäller", "Dec([12]) | §§ gäller");
        check("1432 København K", "-");
        check("2016/679 af", "-");
        check("30%", "-");
        check("10.000 EUR", "-");
        check("7.3.a The processor", "DecAlpha { parts: [7, 3], n: 1 } | The processor");
        check("7.3(b) text", "DecAlpha { parts: [7, 3], n: 2 } | text");
        check("1) first", "Paren(1) | first");
        check("(2) second", "Paren(2) | second");
        check("§ 5 Fortrolighed", "Keyword([5]) | Fortrolighed");
        check("§5.", "Keyword([5]) | ");
        check("Article 28(3)(a) of the GDPR", "-");
        check("Article 5 – Security", "Keyword([5]) | Security");
        check("Klausul 7.3: Underdatabehandlere", "Keyword([7, 3]) | Underdatabehandlere");
        check("ARTICLE IV SUB-PROCESSORS", "Keyword([4]) | SUB-PROCESSORS");
        check("Article XII – Liability", "Keyword([12]) | Liability");
        check("Artikel III Weisungen", "Keyword([3]) | Weisungen");
        check("SECTION II – OBLIGATIONS OF THE PARTIES", "-");
        check("Article Iv text", "-");
        check("Article IX.1 text", "-");
        check("Section Definitions", "-");
        check("ARTICLE I", "Keyword([1]) | ");
        check("artikel 28, stk. 3", "-");
        check("C.1. Behandlingens genstand", "LetterNum { letter: 'C', parts: [1] } | Behandlingens genstand");
        check("C.6.", "LetterNum { letter: 'C', parts: [6] } | ");
        check("a. Pseudonymisering", "Alpha { n: 1, upper: false, punct: Dot } | Pseudonymisering");
        check("b) Kunder", "Alpha { n: 2, upper: false, punct: Close } | Kunder");
        check("(c) text", "Alpha { n: 3, upper: false, punct: Paren } | text");
        check("i. retten", "Alpha { n: 9, upper: false, punct: Dot } / Roman { n: 1, upper: false, punct: Dot } | retten");
        check("(ii) Persondataforordningen", "Roman { n: 2, upper: false, punct: Paren } | Persondataforordningen");
        check("IV. Security", "Roman { n: 4, upper: true, punct: Dot } | Security");
        check("e.g. this", "-");
        check("f.eks. dette", "-");
        check("Bestemmelse 9.1. og 9.2.", "Keyword([9, 1]) | og 9.2.");
        check("## 2. Scope", "Dec([2]) | Scope");
        check("**3. Fortrolighed**", "Dec([3]) | Fortrolighed");
        check("## 1\\. Scope", "Dec([1]) | Scope");
        check("iiii. no", "-");
    }

    #[test]
    fn reads_annex_headings() {
        check("BILAG 3", "annex Bilag 3 | ");
        check("Bilag B Underdatabehandlere", "annex Bilag B | Underdatabehandlere");
        check("Bilag C  Instruks vedrørende behandling", "annex Bilag C | Instruks vedrørende behandling");
        check("ANNEX II – Technical and organisational measures", "annex Annex II | Technical and organisational measures");
        check("Appendix 1 to the Data Processing Agreement", "annex Appendix 1 | to the Data Processing Agreement");
        check("Schedule 2: Sub-processors", "annex Schedule 2 | Sub-processors");
        check("Bilaga 1 Instruktion", "annex Bilaga 1 | Instruktion");
        check("Anlage 2 – Technische und organisatorische Maßnahmen", "annex Anlage 2 | Technische und organisatorische Maßnahmen");
        check("Vedlegg A", "annex Vedlegg A | ");
        check("Appendiks 2: Underdatabehandlere", "annex Appendiks 2 | Underdatabehandlere");
        check("Anhang 1", "annex Anhang 1 | ");
        check("Exhibit B – Security Measures", "annex Exhibit B | Security Measures");
        check("Attachment 3", "annex Attachment 3 | ");
        check("Tillæg til databehandleraftalen", "-");
        check("## Bilaga 2a – Mall för meddelande", "annex Bilaga 2a | Mall för meddelande");
        check("Anlage 1 zum Auftrag gemäß Art. 28 DS-GVO:", "annex Anlage 1 | zum Auftrag gemäß Art. 28 DS-GVO:");
        check("## Bilag A – dokumenteret instruks", "annex Bilag A | dokumenteret instruks");
        check("bilag 6 til denne Databehandleraftale, eller (b) Instruks", "-");
        check("Bilag A indeholder nærmere oplysninger om behandlingen", "-");
        check("Bilag C.6.", "-");
        check("Annex I, which sets out the details", "-");
        check("BILAG TIL DATABEHANDLERAFTALEN", "-");
    }
}
