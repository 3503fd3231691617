//! Case folding of the assessment's phrases and texts: one char per char, so that offsets in a
//! folded text are offsets in the text as written. `build.rs` includes this file too, to fold
//! the phrases of `data/law/*.toml` once, when the engine is built.

/// One char folded: lower case; no-break spaces and hyphen variants made plain.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => ' ',
        '\u{2010}' | '\u{2011}' => '-',
        '’' => '\'',
        // Multi-char lower cases (İ) keep their first char so offsets stay 1:1.
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Folds a phrase of a lexicon the way `Folded` folds a text.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}
