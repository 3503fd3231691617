//! PDF through pdf-extract.

use super::{IngestError, IngestErrorKind};
use crate::{Document, Format, ParagraphKind};

pub(super) fn read(bytes: &[u8], name: &str, sha256: String) -> Result<Document, IngestError> {
    let text = pdf_extract::extract_text_from_mem(bytes)
        .map_err(|e| IngestError::new(IngestErrorKind::CorruptPdf, e.to_string()))?;
    if text.trim().is_empty() {
        return Err(IngestError::new(IngestErrorKind::NoTextLayer, ""));
    }
    let paragraphs = text.split("\n\n").map(|p| (p.split_whitespace().collect::<Vec<_>>().join(" "), ParagraphKind::Body));
    Ok(Document::from_paragraphs(name, sha256, Format::Pdf, paragraphs))
}
