//! How a line of text reads: a title, a sentence, a line that goes on.

/// Reads like a heading: short, capitalised, not a sentence (no modal verb: "Processor shall
/// assist Controller in securing" is a sentence cut short, not a title).
pub(super) fn is_title(s: &str) -> bool {
    is_title_within(s, 10)
}

/// [`is_title`] with room for `max_words` words (16 in capitals, whatever `max_words`): after a
/// clause word (`§ 2`, `Article 4`) a title may list several topics ("Art und Zweck der
/// Verarbeitung, Art der Daten, Kreis der Betroffenen").
pub(super) fn is_title_within(s: &str, max_words: usize) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    if words == 0 || s.chars().count() > 120 {
        return false;
    }
    let caps = is_all_caps(s);
    if words > if caps { max_words.max(16) } else { max_words } {
        return false;
    }
    if s.chars().find(|c| c.is_alphabetic()).is_none_or(char::is_lowercase) {
        return false;
    }
    if s.ends_with(['.', ';', ',', '-']) && !s.ends_with("..") {
        return false;
    }
    if s.ends_with(':') && !caps && words > 4 {
        return false;
    }
    !has_sentence_break(s) && s.matches(',').count() < 3 && !super::lexicon::Lexicon::get().has_modal(s)
}

/// `Definitions.` or `Personnel. Company shall …` after a clause word (`Section 4.`): a short
/// title that ends in a full stop, alone or with the clause's text run in after it. The title.
pub(super) fn dotted_title(s: &str) -> Option<&str> {
    let s = s.trim();
    let head = match s.find(". ") {
        Some(i) if s[i + 2..].trim_start().starts_with(char::is_uppercase) => &s[..i],
        Some(_) => return None,
        None => s.strip_suffix('.').filter(|h| !h.ends_with('.'))?,
    };
    (head.split_whitespace().count() <= 6 && is_title(head)).then_some(head)
}

/// `… ret. Den …`: a full stop followed by a capitalised word (`Art. 32` is no break).
pub(super) fn has_sentence_break(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(3).enumerate().any(|(i, w)| {
        w[0] == '.' && w[1] == ' ' && w[2].is_uppercase() && {
            // An abbreviation (`Nr. 2`, `Abs. Satz`) is a short word before the dot.
            let word: String = chars[..i].iter().rev().take_while(|c| c.is_alphabetic()).collect();
            word.chars().count() > 4
        }
    })
}

/// How many words are plain numbers (`Side 3 af 16` has two: page furniture, not a heading).
pub(super) fn numbers(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_digit())).count()
}

pub(super) fn starts_lower(s: &str) -> bool {
    s.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
}

pub(super) fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Ends like a sentence or a list entry that is complete.
pub(super) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', '»', '*']);
    t.ends_with(['.', ':', ';', '!', '?', ']', '…'])
}

pub(super) fn clean_title(s: &str) -> String {
    let t: Vec<&str> = s.split_whitespace().collect();
    let t = t.join(" ");
    t.trim_matches(|c: char| c == '*' || c == '#' || c == '_').trim().trim_end_matches(':').trim().to_string()
}

pub(super) fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        s.chars().take(max).collect()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        for (s, expected) in [
            ("Anvendelse af underdatabehandlere", true),
            ("BAGGRUND OG FORMÅL", true),
            ("Revision, herunder inspektion", true),
            ("Technisch-organisatorische Maßnahmen nach Art. 32 DS-GVO", true),
            ("SPECIFIKKE TEKNISKE OG ORGANISATORISKE SIKKERHEDSKRAV AFTALT MELLEM PARTERNE:", true),
            ("Bestemmelserne træder i kraft på datoen for begge parters underskrift heraf.", false),
            ("evne til at sikre vedvarende fortrolighed", false),
            ("Disse bestemmelser er udformet med henblik på parternes efterlevelse af ar-", false),
            ("Canada Sq 37th Floor, Canary Wharf, London, United Kingdom", false),
            ("Dette gælder. Den dataansvarlige skal", false),
            ("Dette indebærer, at databehandleren så vidt muligt skal bistå:", false),
            ("Processor shall assist Controller in securing", false),
            ("Databehandleren skal bistå den dataansvarlige med", false),
            ("Der Auftragnehmer muss den Verantwortlichen", false),
            ("Personuppgiftsbiträdet ska bistå den personuppgiftsansvarige", false),
            ("Assistance to the Controller", true),
        ] {
            assert_eq!(is_title(s), expected, "{s}");
        }
    }

    #[test]
    fn sentences() {
        assert!(has_sentence_break("skal gennemføres. Den dataansvarlige"));
        assert!(!has_sentence_break("Art. 28 Abs. 3"));
        assert!(!has_sentence_break("jf. Databeskyttelsesforordningen"));
        assert!(ends_sentence("som følger af databeskyttelsesforordningen."));
        assert!(ends_sentence("E-mail [E-MAIL]"));
        assert!(!ends_sentence("og sikre beskyttelse af privatlivets"));
        assert_eq!(numbers("Side 3 af 16"), 2);
        assert_eq!(truncate_words("Kontaktpersoner hos den dataansvarlige og databehandleren", 30), "Kontaktpersoner hos den");
        assert_eq!(clean_title("**Scope:**"), "Scope");
    }
}
