//! DOCX through zip + quick-xml, with list numbering rebuilt from `word/numbering.xml`.

use super::{IngestError, IngestErrorKind};
use crate::Document;

pub(super) fn read(_bytes: &[u8], _name: &str, _sha256: String) -> Result<Document, IngestError> {
    Err(IngestError::new(IngestErrorKind::UnsupportedFormat, "DOCX is not read yet"))
}
