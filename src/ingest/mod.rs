//! Bytes → [`Document`]: the only pipeline stage that can fail.
//!
//! The format is sniffed from the bytes (the file name only breaks ties between TXT, Markdown and
//! HTML; a page is also known by its first tag), the text is extracted, reflowed into paragraphs
//! and cleaned of page furniture, and the language is detected.
//!
//! Code map: `pdf.rs` (pdf-extract glyphs → lines by position), `docx.rs` (zip + quick-xml,
//! numbering.xml), `html.rs` (html5gum tokens → paragraphs), `text.rs` (encoding detection,
//! tables typed with spaces), `reflow.rs` (lines → paragraphs for every
//! format: joins, de-hyphenation, page furniture, footnotes; its module doc states the contract
//! with the segmenter), `lang.rs` (whatlang + telling words), `words.toml` (every word list).
//!
//! *Architecture invariant*: ingest never panics on data; every refusal is an [`IngestError`]
//! with a plain message in English and Danish, and a readable but odd text (not a DPA, unknown
//! language) is returned with a warning instead.

mod docx;
mod html;
mod lang;
mod pdf;
mod reflow;
mod text;
mod words;

use std::fmt;

use sha2::{Digest, Sha256};

use crate::{Document, Format};

pub use lang::detect_language;

/// Inputs larger than this are refused before any parsing.
pub const MAX_INPUT_BYTES: usize = 50 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IngestErrorKind {
    /// The file has no bytes.
    Empty,
    /// The file is larger than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// Neither PDF, DOCX nor text.
    UnsupportedFormat,
    /// A PDF that cannot be parsed (truncated, damaged).
    CorruptPdf,
    /// A password-protected PDF.
    EncryptedPdf,
    /// A PDF without a text layer (a scan).
    NoTextLayer,
    /// A DOCX whose zip or XML is damaged.
    CorruptDocx,
    /// A DOCX that would unpack to more than the limit (a zip bomb).
    DocxTooLarge,
    /// Text in an encoding that could not be recognised.
    UnknownEncoding,
    /// The parser failed unexpectedly.
    Internal,
}

/// A file that could not be read, with a plain explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// What went wrong.
    pub kind: IngestErrorKind,
    /// Extra detail from the parser, for logs; may be empty.
    pub detail: String,
}

impl IngestError {
    /// An error of `kind` with a detail for logs.
    pub fn new(kind: IngestErrorKind, detail: impl Into<String>) -> Self {
        IngestError { kind, detail: detail.into() }
    }

    /// The explanation in English.
    pub fn message_en(&self) -> &'static str {
        use IngestErrorKind::*;
        match self.kind {
            Empty => "the file is empty",
            TooLarge => "the file is larger than 50 MB",
            UnsupportedFormat => "this is not a PDF, DOCX, Markdown or text file",
            CorruptPdf => "the PDF is damaged or incomplete and cannot be read",
            EncryptedPdf => "the PDF is password-protected; save an unprotected copy and try again",
            NoTextLayer => "the PDF has no text layer (a scanned document?) — run OCR first",
            CorruptDocx => "the DOCX file is damaged and cannot be read",
            DocxTooLarge => "the DOCX file unpacks to more than 50 MB and was refused",
            UnknownEncoding => "the text is in an encoding that could not be recognised; save it as UTF-8",
            Internal => "the file could not be read because of an internal error",
        }
    }

    /// The explanation in Danish.
    pub fn message_da(&self) -> &'static str {
        use IngestErrorKind::*;
        match self.kind {
            Empty => "filen er tom",
            TooLarge => "filen er større end 50 MB",
            UnsupportedFormat => "filen er hverken PDF, DOCX, Markdown eller tekst",
            CorruptPdf => "PDF-filen er beskadiget eller ufuldstændig og kan ikke læses",
            EncryptedPdf => "PDF-filen er beskyttet med adgangskode; gem en ubeskyttet kopi og prøv igen",
            NoTextLayer => "PDF-filen har intet tekstlag (en scanning?) — kør OCR først",
            CorruptDocx => "DOCX-filen er beskadiget og kan ikke læses",
            DocxTooLarge => "DOCX-filen fylder mere end 50 MB udpakket og blev afvist",
            UnknownEncoding => "teksten har en tegnkodning, der ikke kunne genkendes; gem den som UTF-8",
            Internal => "filen kunne ikke læses på grund af en intern fejl",
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message_en())
    }
}

impl std::error::Error for IngestError {}

/// Reads a file's bytes into a [`Document`]. `name` may be a path; only its base name is kept.
pub fn ingest(bytes: &[u8], name: &str) -> Result<Document, IngestError> {
    ingest_with_progress(bytes, name, &mut |_| {})
}

/// How far [`ingest_with_progress`] has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Pages read so far.
    pub pages_done: u32,
    /// Pages in the file.
    pub pages: u32,
}

/// [`ingest`], calling `on_progress` after each page of a PDF (the only format slow enough to
/// need it), so a user interface can say "page 7 of 40" while a long file is read.
pub fn ingest_with_progress(
    bytes: &[u8],
    name: &str,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Document, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::new(IngestErrorKind::Empty, ""));
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(IngestError::new(IngestErrorKind::TooLarge, format!("{} bytes", bytes.len())));
    }
    let base = base_name(name);
    let sha256 = hex(&Sha256::digest(bytes));
    let format = sniff(bytes, base);
    let mut doc = match format {
        Some(Format::Pdf) => pdf::read(bytes, base, sha256, on_progress)?,
        Some(Format::Docx) => docx::read(bytes, base, sha256)?,
        Some(Format::Html) => html::read(bytes, base, sha256)?,
        Some(format) => text::read(bytes, base, sha256, format)?,
        None => return Err(IngestError::new(IngestErrorKind::UnsupportedFormat, "")),
    };
    doc.language = detect_language(&doc.text);
    if doc.language.is_none() && doc.chars > 0 {
        doc.warnings.push("the language could not be recognised; English rules are used".into());
    }
    if !looks_like_dpa(&doc.text) {
        doc.warnings.push(NOT_A_DPA.into());
    }
    Ok(doc)
}

/// The warning for a text that [`looks_like_dpa`] rejects.
pub const NOT_A_DPA: &str = "this does not look like a data processing agreement; the analysis may be meaningless";

/// Whether a text mentions at least two different data-protection terms (`words.toml`,
/// `[dpa]`): every real DPA does, and a text that does not is still analysed, with a warning.
pub fn looks_like_dpa(text: &str) -> bool {
    let found = |text: &str| {
        let lower = text.to_lowercase();
        words::words().dpa.stems.iter().filter(|s| lower.contains(s.as_str())).take(2).count() >= 2
    };
    // Nearly every DPA names two terms in its first page: only a text that does not is lowered
    // whole (terms found in a part are in the whole, so the answer is the same).
    let head = crate::chars::head(text, 4_000);
    found(head) || (head.len() < text.len() && found(text))
}

fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The format from the magic bytes; text formats by extension.
fn sniff(bytes: &[u8], name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Format::Docx);
    }
    if lower.ends_with(".pdf") || lower.ends_with(".docx") {
        // The extension promises a binary format the bytes do not have.
        return if lower.ends_with(".pdf") { Some(Format::Pdf) } else { Some(Format::Docx) };
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Some(Format::Md);
    }
    // A web page by its name, or by its first tag whatever its name (`.txt` saved from a browser).
    let start = String::from_utf8_lossy(&head[..head.len().min(64)]).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Some(Format::Html);
    }
    Some(Format::Txt)
}
