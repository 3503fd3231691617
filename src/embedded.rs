//! Strings of the data files that `build.rs` converts to JSON and the binary embeds: read borrowed
//! from the embedded text where a string has no escape (nearly always), so that parsing a data
//! file at start-up copies no string it does not have to.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::de::{Deserialize, Deserializer, Error, Visitor};

/// A string of a data file: borrowed from JSON that has it unescaped, owned otherwise (an escape
/// in JSON, or any TOML, whose parser lends nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text<'a>(pub Cow<'a, str>);

impl Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Lend;

        impl<'de> Visitor<'de> for Lend {
            type Value = Cow<'de, str>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }

            fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.to_owned()))
            }

            fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v))
            }
        }

        deserializer.deserialize_str(Lend).map(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lends_plain_strings_and_owns_escaped_ones() {
        let json = r#"["databehandler", "a \"quoted\" word", "æøå"]"#;
        let texts: Vec<Text> = serde_json::from_str(json).unwrap();
        assert!(matches!(texts[0].0, Cow::Borrowed("databehandler")));
        assert!(matches!(&texts[1].0, Cow::Owned(s) if s == "a \"quoted\" word"));
        assert!(matches!(texts[2].0, Cow::Borrowed("æøå")));
    }

    #[test]
    fn toml_strings_are_read_too() {
        #[derive(serde::Deserialize)]
        struct File<'a> {
            #[serde(borrow)]
            words: Vec<Text<'a>>,
        }
        let file: File = toml::from_str("words = [\"ikke\", 'not']").unwrap();
        assert_eq!(file.words.iter().map(|w| &**w).collect::<Vec<_>>(), ["ikke", "not"]);
    }

    #[test]
    fn a_number_is_no_text() {
        assert!(serde_json::from_str::<Text>("42").is_err());
    }
}
