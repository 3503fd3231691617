//! A lexicon phrase as tokens to match: the part of compiling a lexicon that `build.rs` does at
//! build time (it includes this file), so that starting the engine does not stem every phrase.
//!
//! The compiled table is text, one phrase per line in the lexicon's order:
//! `<target>\t<token>\t<token>…`, where the target is `c:<category id>:<strength>` or
//! `k:<concept>`, and a token is `#` (a number), `=<stem>`, `^<prefix>`, `$<suffix>`, `~<infix>`
//! or `_<n>` (up to n words of any kind).
//! Nothing here uses the rest of the crate.

use std::borrow::Cow;

/// One token of a phrase. Its text borrows from the compiled table it was read from (the
/// engine's tables are built in, so starting it copies none of them), or is owned when a phrase is
/// compiled from a lexicon file.
#[derive(Debug, Clone, PartialEq)]
pub enum TokMatch<'a> {
    /// Any number.
    Number,
    /// A word with this Snowball stem.
    Exact(Cow<'a, str>),
    /// A lower-case surface form starting with this.
    Prefix(Cow<'a, str>),
    /// … ending with this.
    Suffix(Cow<'a, str>),
    /// … containing this.
    Infix(Cow<'a, str>),
    /// Up to this many words of any kind (`...` in a lexicon: "på ... anmodning" matches "på
    /// kundens skriftlige anmodning", "upon ... request" "upon the Customer's written request").
    /// Never a phrase's first or last token.
    Gap(u8),
}

/// How many words a `...` in a phrase may stand for.
pub const GAP_WORDS: u8 = 4;

/// The tokens of a phrase as written in a lexicon (`*` marks a prefix, suffix or infix, `#` a
/// number, `...` up to [`GAP_WORDS`] words of any kind); `stem` gives the stem of a plain
/// lower-case word.
pub fn phrase_tokens(phrase: &str, stem: &mut dyn FnMut(&str) -> String) -> Vec<TokMatch<'static>> {
    let mut tokens = Vec::new();
    for word in phrase.split_whitespace() {
        let starred_front = word.starts_with('*');
        let starred_back = word.ends_with('*') && word.len() > 1;
        if word == "#" {
            tokens.push(TokMatch::Number);
            continue;
        }
        if word == "..." || word == "…" {
            if !tokens.is_empty() && !matches!(tokens.last(), Some(TokMatch::Gap(_))) {
                tokens.push(TokMatch::Gap(GAP_WORDS));
            }
            continue;
        }
        let core = word.trim_matches('*').to_lowercase();
        if core.is_empty() {
            continue;
        }
        let m = match (starred_front, starred_back) {
            (true, true) => TokMatch::Infix(Cow::Owned(core)),
            (false, true) => TokMatch::Prefix(Cow::Owned(core)),
            (true, false) => TokMatch::Suffix(Cow::Owned(core)),
            (false, false) => {
                // A plain word is tokenised like text, so "sub-processor" is two tokens.
                for t in tokenize_words(&core) {
                    tokens.push(TokMatch::Exact(Cow::Owned(stem(&t))));
                }
                continue;
            }
        };
        tokens.push(m);
    }
    while matches!(tokens.last(), Some(TokMatch::Gap(_))) {
        tokens.pop();
    }
    tokens
}

/// Splits a lower-case word at everything but letters and digits, and between letters and digits.
pub fn tokenize_words(s: &str) -> Vec<String> {
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

/// One line of the compiled table (`build.rs` writes them; the engine only reads).
#[allow(dead_code)]
pub fn to_line(target: &str, tokens: &[TokMatch]) -> String {
    let mut line = target.to_string();
    for t in tokens {
        line.push('\t');
        match t {
            TokMatch::Number => line.push('#'),
            TokMatch::Exact(s) => {
                line.push('=');
                line.push_str(s);
            }
            TokMatch::Prefix(s) => {
                line.push('^');
                line.push_str(s);
            }
            TokMatch::Suffix(s) => {
                line.push('$');
                line.push_str(s);
            }
            TokMatch::Infix(s) => {
                line.push('~');
                line.push_str(s);
            }
            TokMatch::Gap(n) => {
                line.push('_');
                line.push_str(&n.to_string());
            }
        }
    }
    line
}

/// A line of the compiled table read back: its target and tokens, which borrow their text from
/// the line (`None` for a malformed line).
pub fn from_line(line: &str) -> Option<(&str, Vec<TokMatch<'_>>)> {
    let mut fields = line.split('\t');
    let target = fields.next()?;
    let tokens = fields.map(token).collect::<Option<Vec<_>>>()?;
    Some((target, tokens))
}

/// One token of a table line: its kind's mark, then its text.
fn token(field: &str) -> Option<TokMatch<'_>> {
    let (kind, rest) = (*field.as_bytes().first()?, field.get(1..)?);
    Some(match kind {
        b'#' => TokMatch::Number,
        b'=' => TokMatch::Exact(Cow::Borrowed(rest)),
        b'^' => TokMatch::Prefix(Cow::Borrowed(rest)),
        b'$' => TokMatch::Suffix(Cow::Borrowed(rest)),
        b'~' => TokMatch::Infix(Cow::Borrowed(rest)),
        b'_' => TokMatch::Gap(rest.parse().ok()?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_reads_back_what_was_written() {
        let tokens = vec![TokMatch::Exact("tilsyn".into()), TokMatch::Number, TokMatch::Prefix("underdatabehandl".into()), TokMatch::Gap(3), TokMatch::Suffix("ø".into()), TokMatch::Infix("sikkerhed".into())];
        let line = to_line("c:audits:strong", &tokens);
        assert_eq!(from_line(&line), Some(("c:audits:strong", tokens)));
        assert_eq!(from_line("k:annex"), Some(("k:annex", Vec::new())));
    }

    #[test]
    fn a_malformed_token_spoils_its_line() {
        for line in ["k:annex\t", "k:annex\t=ok\t", "k:annex\t?what", "k:annex\tæble", "k:annex\t=ok\t\t=ok"] {
            assert_eq!(from_line(line), None, "{line:?}");
        }
    }
}
