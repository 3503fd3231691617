//! Language detection: whatlang among the supported languages, with Danish, Norwegian and
//! Swedish settled by counting telling words (`words.toml`, `[language]`), because whatlang
//! confuses Danish with Bokmål on legal text.

use std::sync::OnceLock;

use whatlang::{Detector, Lang as W};

use super::words::words;
use crate::hash::FxMap;
use crate::Lang;

/// Detects the language of a text among the supported ones.
pub fn detect_language(text: &str) -> Option<Lang> {
    // The first 20,000 chars.
    let sample = crate::chars::head(text, 20_000);
    let scores = telling_scores(sample);
    let detector = Detector::with_allowlist(vec![W::Dan, W::Nob, W::Eng, W::Swe, W::Deu]);
    // whatlang's trigrams settle on the first 6,000 chars (the telling words count on more).
    let trigram_sample = crate::chars::head(sample, 6_000);
    let guess = detector.detect(trigram_sample).map(|info| match info.lang() {
        W::Dan => Lang::Da,
        W::Nob => Lang::No,
        W::Swe => Lang::Sv,
        W::Deu => Lang::De,
        _ => Lang::En,
    });
    let score = |lang: Lang| scores.iter().find(|(l, _)| *l == lang).map_or(0, |(_, s)| *s);
    let best = scores.iter().copied().max_by_key(|(_, s)| *s).filter(|(_, s)| *s >= 2);
    match guess {
        Some(lang @ (Lang::Da | Lang::No | Lang::Sv)) => {
            // Among the Scandinavian languages the telling words decide; a tie keeps whatlang's.
            let nordic = [Lang::Da, Lang::No, Lang::Sv].into_iter().max_by_key(|l| (score(*l), *l == lang));
            nordic.filter(|l| score(*l) > 0).or(Some(lang))
        }
        Some(lang) => Some(lang),
        None => best.map(|(l, _)| l),
    }
}

/// Each telling word with the languages it tells (bit `i` for `Lang::ALL[i]`), built once.
fn telling_words() -> &'static FxMap<String, u8> {
    static TELLING: OnceLock<FxMap<String, u8>> = OnceLock::new();
    TELLING.get_or_init(|| {
        let mut map: FxMap<String, u8> = FxMap::default();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            for word in words().language.get(lang.as_str()).into_iter().flatten() {
                *map.entry(word.clone()).or_default() |= 1 << i;
            }
        }
        map
    })
}

/// How many telling words of each language the text has.
fn telling_scores(text: &str) -> Vec<(Lang, usize)> {
    let telling = telling_words();
    let mut counts = [0usize; Lang::ALL.len()];
    let mut lower = String::new();
    for token in text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
        // Lower-cased into one buffer (as `to_lowercase` would; an ASCII word byte by byte).
        let token = if token.is_ascii() {
            lower.clear();
            lower.push_str(token);
            lower.make_ascii_lowercase();
            lower.as_str()
        } else {
            lower = token.to_lowercase();
            lower.as_str()
        };
        if let Some(&langs) = telling.get(token) {
            for (i, count) in counts.iter_mut().enumerate() {
                *count += usize::from(langs >> i & 1);
            }
        }
    }
    Lang::ALL.iter().copied().zip(counts).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Lang) {
        assert_eq!(detect_language(text), Some(expected), "{text}");
    }

    #[test]
    fn short_dpa_paragraphs() {
        check("Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige, medmindre det kræves i henhold til EU-ret.", Lang::Da);
        check("Databehandleren skal uden unødig forsinkelse underrette den dataansvarlige efter at være blevet opmærksom på et brud på persondatasikkerheden.", Lang::Da);
        check("Databehandleren skal bare behandle personopplysninger etter dokumentert instruks fra den behandlingsansvarlige, med mindre annet følger av lov.", Lang::No);
        check("Databehandleren skal uten ugrunnet opphold varsle den behandlingsansvarlige dersom det oppstår brudd på personopplysningssikkerheten.", Lang::No);
        check("Personuppgiftsbiträdet får endast behandla personuppgifter enligt dokumenterade instruktioner från den personuppgiftsansvarige.", Lang::Sv);
        check("Der Auftragsverarbeiter verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Verantwortlichen.", Lang::De);
        check("The processor shall process the personal data only on documented instructions from the controller, including with regard to transfers.", Lang::En);
    }

    /// One sentence whose words are nearly all shared by Danish and Norwegian: the few that are
    /// not ("virkedager", "bruk", "annet" against "arbejdsdage", "brug", "andet") decide.
    #[test]
    fn short_sentences_danish_and_norwegian_share_most_words_of() {
        check("Leverandøren skal varsle kunden minst ti (10) virkedager før en ny underdatabehandler tas i bruk.", Lang::No);
        check("Kundens data kan overføres til og behandles i USA og ethvert annet land der leverandøren har anlegg.", Lang::No);
        check("Leverandøren skal varsle kunden mindst ti (10) arbejdsdage før en ny underdatabehandler tages i brug.", Lang::Da);
        check("Kundens data kan overføres til og behandles i USA og ethvert andet land, hvor leverandøren har faciliteter.", Lang::Da);
    }
}
