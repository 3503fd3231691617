//! TXT and Markdown: decode, then reflow.

use super::{IngestError, IngestErrorKind};
use crate::{Document, Format, ParagraphKind};

pub(super) fn read(bytes: &[u8], name: &str, sha256: String, format: Format) -> Result<Document, IngestError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| IngestError::new(IngestErrorKind::UnknownEncoding, e.to_string()))?;
    let paragraphs = text.split("\n\n").map(|p| (p.split_whitespace().collect::<Vec<_>>().join(" "), ParagraphKind::Body));
    Ok(Document::from_paragraphs(name, sha256, format, paragraphs))
}
