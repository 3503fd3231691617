//! TXT and Markdown: decode, then reflow.
//!
//! Decoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is UTF-8; else
//! chardetng guesses among the single-byte Latin encodings (Windows-1252/Latin-1 and kin).
//! What is refused:
//! - bytes that look binary — NUL bytes or many control characters — are `UnsupportedFormat`
//!   (it is no text file at all); except that NULs in every other byte, the mark of UTF-16
//!   without a byte-order mark, are `UnknownEncoding` (a text whose encoding we cannot know);
//! - a guess outside the Latin single-byte family (Cyrillic, CJK…), or bytes that do not decode
//!   in the guessed encoding, are `UnknownEncoding`.

use encoding_rs::Encoding;

use super::reflow::{pages_of, reflow_pages, typed_tables};
use super::{IngestError, IngestErrorKind};
use crate::{Document, Format};

pub(super) fn read(bytes: &[u8], name: &str, sha256: String, format: Format) -> Result<Document, IngestError> {
    let text = decode(bytes)?;
    let mut pages = pages_of(&text);
    if format == Format::Txt {
        typed_tables(&mut pages);
    }
    let paragraphs = reflow_pages(pages, format == Format::Md);
    Ok(Document::from_paragraphs(name, sha256, format, paragraphs))
}

/// Encodings chardetng may guess that can hold Danish, Norwegian, Swedish, German or English.
const LATIN: &[&str] = &["windows-1252", "ISO-8859-15", "ISO-8859-2", "windows-1250", "ISO-8859-4", "windows-1257", "ISO-8859-13", "macintosh"];

/// Bytes → text, or why not.
pub(super) fn decode(bytes: &[u8]) -> Result<String, IngestError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if errors {
            return Err(IngestError::new(IngestErrorKind::UnknownEncoding, format!("invalid {} after its byte-order mark", encoding.name())));
        }
        return texty(text.into_owned());
    }
    let nuls = bytes.iter().filter(|b| **b == 0).count();
    if nuls > 0 {
        let odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let even = nuls - odd;
        let half = bytes.len() / 2;
        if half > 0 && (odd * 10 >= half * 6 || even * 10 >= half * 6) && odd.min(even) * 20 <= nuls {
            return Err(IngestError::new(IngestErrorKind::UnknownEncoding, "looks like UTF-16 without a byte-order mark"));
        }
        return Err(IngestError::new(IngestErrorKind::UnsupportedFormat, "binary data (NUL bytes)"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return texty(text.to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    if !LATIN.contains(&encoding.name()) {
        return Err(IngestError::new(IngestErrorKind::UnknownEncoding, format!("guessed {}", encoding.name())));
    }
    let (text, errors) = encoding.decode_without_bom_handling(bytes);
    if errors {
        return Err(IngestError::new(IngestErrorKind::UnknownEncoding, format!("invalid {}", encoding.name())));
    }
    texty(text.into_owned())
}

/// Refuses decoded text full of control characters: binary junk that happened to decode.
fn texty(text: String) -> Result<String, IngestError> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if control * 100 > total.max(1) {
        return Err(IngestError::new(IngestErrorKind::UnsupportedFormat, format!("{control} control characters in {total}")));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for unit in text.encode_utf16() {
            out.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        out
    }

    const DA: &str = "Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige. Særlige kategorier af oplysninger, jf. artikel 9, behandles ikke. Ændringer aftales skriftligt.";

    #[test]
    fn decodes_what_it_should() {
        let latin1: Vec<u8> = DA.chars().map(|c| c as u32 as u8).collect();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("utf-8", DA.as_bytes().to_vec()),
            ("utf-8 bom", [b"\xEF\xBB\xBF".as_slice(), DA.as_bytes()].concat()),
            ("utf-16le bom", utf16(DA, false, true)),
            ("utf-16be bom", utf16(DA, true, true)),
            ("latin-1", latin1),
        ];
        for (name, bytes) in cases {
            assert_eq!(decode(&bytes).as_deref(), Ok(DA), "{name}");
        }
        let cp1252 = b"\x93Databehandleren\x94 skal \x96 uden ugrundet ophold \x96 underrette den dataansvarlige om brud p\xE5 sikkerheden.";
        assert_eq!(decode(cp1252).unwrap(), "“Databehandleren” skal – uden ugrundet ophold – underrette den dataansvarlige om brud på sikkerheden.");
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let kind = |bytes: &[u8]| decode(bytes).map_err(|e| e.kind);
        assert_eq!(kind(&utf16(DA, false, false)), Err(IngestErrorKind::UnknownEncoding));
        assert_eq!(kind(&utf16(DA, true, false)), Err(IngestErrorKind::UnknownEncoding));
        let junk: Vec<u8> = (0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        assert_eq!(kind(&junk), Err(IngestErrorKind::UnsupportedFormat));
        let controls: Vec<u8> = (0..2000u32).map(|i| if i % 7 == 0 { 0x01 } else { b'a' }).collect();
        assert_eq!(kind(&controls), Err(IngestErrorKind::UnsupportedFormat));
        // Cyrillic in KOI8-R is text, but not in an encoding for our languages.
        let (koi8, _, _) = encoding_rs::KOI8_R.encode("Обработчик данных обязан обрабатывать персональные данные только по документированным указаниям контролёра.");
        assert_eq!(kind(&koi8), Err(IngestErrorKind::UnknownEncoding));
    }
}
