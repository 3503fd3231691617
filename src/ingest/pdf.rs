//! PDF through pdf-extract, page by page, then the shared reflow (which drops running headers,
//! footers and page numbers by comparing pages).
//!
//! Errors: a password-protected file (an `/Encrypt` entry that pdf-extract cannot open with the
//! empty password) is `EncryptedPdf`; a file that does not end in `%%EOF` or that the parser
//! rejects is `CorruptPdf`; a file whose pages hold no text is `NoTextLayer`. The parser can
//! panic on malformed input: the call runs under `catch_unwind`, which helps wherever panics
//! unwind (tests, debug builds); release builds abort, and the CLI's panic hook reports that.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::reflow::{pages_of, reflow_pages};
use super::{IngestError, IngestErrorKind};
use crate::{Document, Format};

pub(super) fn read(bytes: &[u8], name: &str, sha256: String) -> Result<Document, IngestError> {
    let pages = extract(bytes)?;
    let pages: Vec<Vec<String>> = pages.iter().map(|p| pages_of(p).into_iter().flatten().collect()).collect();
    let paragraphs = reflow_pages(pages, false);
    Ok(Document::from_paragraphs(name, sha256, Format::Pdf, paragraphs))
}

/// The text of each page.
fn extract(bytes: &[u8]) -> Result<Vec<String>, IngestError> {
    let encrypted = has_encrypt_entry(bytes);
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if !contains(tail, b"%%EOF") {
        let kind = if encrypted { IngestErrorKind::EncryptedPdf } else { IngestErrorKind::CorruptPdf };
        return Err(IngestError::new(kind, "no %%EOF at the end: the file is truncated"));
    }
    let result = catch_unwind(AssertUnwindSafe(|| pdf_extract::extract_text_from_mem_by_pages(bytes)));
    let pages = match result {
        Ok(Ok(pages)) => pages,
        Ok(Err(e)) if encrypted => return Err(IngestError::new(IngestErrorKind::EncryptedPdf, e.to_string())),
        Ok(Err(e)) => return Err(IngestError::new(IngestErrorKind::CorruptPdf, e.to_string())),
        Err(_) if encrypted => return Err(IngestError::new(IngestErrorKind::EncryptedPdf, "the parser failed on an encrypted file")),
        Err(_) => return Err(IngestError::new(IngestErrorKind::CorruptPdf, "the PDF parser panicked")),
    };
    if pages.iter().all(|p| p.trim().is_empty()) {
        let kind = if encrypted { IngestErrorKind::EncryptedPdf } else { IngestErrorKind::NoTextLayer };
        return Err(IngestError::new(kind, format!("{} pages without text", pages.len())));
    }
    Ok(pages)
}

/// An `/Encrypt` entry in a trailer or cross-reference stream dictionary.
fn has_encrypt_entry(bytes: &[u8]) -> bool {
    contains(bytes, b"/Encrypt")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_entry_is_found() {
        assert!(has_encrypt_entry(b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R >>"));
        assert!(!has_encrypt_entry(b"trailer\n<< /Size 5 /Root 1 0 R >>"));
    }
}
