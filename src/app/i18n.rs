//! UI texts in Danish and English, from `i18n/da.toml` and `i18n/en.toml`.
//!
//! Keys are `section.name`; a missing key shows the English text, then the key itself, so a
//! gap is visible but never fatal.

use std::collections::HashMap;

use yew::prelude::*;

const DA: &str = include_str!("../../i18n/da.toml");
const EN: &str = include_str!("../../i18n/en.toml");
/// Where the chosen language is remembered.
pub const STORAGE_KEY: &str = "klausul.lang";

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UiLang {
    /// Danish.
    Da,
    /// English.
    #[default]
    En,
}

impl UiLang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::Da => "da",
            UiLang::En => "en",
        }
    }

    /// Parses a code or a browser language tag (`da-DK`, `en-GB`); Norwegian readers get Danish.
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "da" | "no" | "nb" | "nn" => Some(UiLang::Da),
            "en" => Some(UiLang::En),
            _ => None,
        }
    }

    /// The language remembered in localStorage, else the browser's, else English.
    pub fn initial() -> UiLang {
        let window = web_sys::window();
        let stored = window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|c| UiLang::from_tag(&c));
        if let Some(lang) = stored {
            return lang;
        }
        let navigator = window.as_ref().map(|w| w.navigator());
        let tags: Vec<String> = navigator
            .as_ref()
            .map(|n| n.languages().iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        tags.iter()
            .find_map(|t| UiLang::from_tag(t))
            .or_else(|| navigator.and_then(|n| n.language()).and_then(|t| UiLang::from_tag(&t)))
            .unwrap_or_default()
    }
}

thread_local! {
    static TABLES: (HashMap<String, String>, HashMap<String, String>) = (flatten(DA), flatten(EN));
}

fn flatten(source: &str) -> HashMap<String, String> {
    fn walk(prefix: &str, table: &toml::Table, out: &mut HashMap<String, String>) {
        for (k, v) in table {
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            match v {
                toml::Value::String(s) => {
                    out.insert(key, s.clone());
                }
                toml::Value::Table(t) => walk(&key, t, out),
                _ => {}
            }
        }
    }
    let mut out = HashMap::new();
    if let Ok(table) = source.parse::<toml::Table>() {
        walk("", &table, &mut out);
    }
    out
}

/// The texts of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    /// The language.
    pub lang: UiLang,
}

impl I18n {
    /// The text of `key`.
    pub fn t(&self, key: &str) -> String {
        TABLES.with(|(da, en)| {
            let own = if self.lang == UiLang::Da { da } else { en };
            own.get(key).or_else(|| en.get(key)).cloned().unwrap_or_else(|| key.to_string())
        })
    }

    /// The text of `key` with `{name}` placeholders filled in.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// Picks the Danish or English one of two texts (the engine's bilingual messages).
    pub fn pick<'a>(&self, da: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            UiLang::Da => da,
            UiLang::En => en,
        }
    }

    /// A number with the language's thousands separator.
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let sep = if self.lang == UiLang::Da { '.' } else { ',' };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

/// The texts of the page's language (from the context the app provides).
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n { lang: UiLang::En })
}
