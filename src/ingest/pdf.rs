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
use super::{IngestError, IngestErrorKind, Progress};
use crate::{Document, Format};

pub(super) fn read(
    bytes: &[u8],
    name: &str,
    sha256: String,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Document, IngestError> {
    let pages = extract(bytes, on_progress)?;
    let pages: Vec<Vec<String>> = pages.iter().map(|p| pages_of(p).into_iter().flatten().collect()).collect();
    let paragraphs = reflow_pages(pages, false);
    Ok(Document::from_paragraphs(name, sha256, Format::Pdf, paragraphs))
}

/// The text of each page.
fn extract(bytes: &[u8], on_progress: &mut dyn FnMut(Progress)) -> Result<Vec<String>, IngestError> {
    let encrypted = has_encrypt_entry(bytes);
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    if !contains(tail, b"%%EOF") {
        let kind = if encrypted { IngestErrorKind::EncryptedPdf } else { IngestErrorKind::CorruptPdf };
        return Err(IngestError::new(kind, "no %%EOF at the end: the file is truncated"));
    }
    let result = catch_unwind(AssertUnwindSafe(|| pages_by_position(bytes, on_progress)));
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

/// Each page's text rebuilt from glyph positions: pdf-extract's own text output follows the
/// content-stream order, which puts Word's list numbers after the first line they belong to and
/// loses spaces in justified text; sorting glyphs into lines by baseline and by x fixes both.
fn pages_by_position(
    bytes: &[u8],
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<String>, pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        doc.decrypt("")?;
    }
    let mut collector = Collector::default();
    let mut failures = 0usize;
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let pages = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
    for (done, n) in (1..).zip(&numbers) {
        let before = collector.pages.len();
        if pdf_extract::output_doc_page(&doc, &mut collector, *n).is_err() {
            failures += 1;
            collector.current.clear();
            collector.pages.truncate(before);
        }
        on_progress(Progress { pages_done: done, pages });
    }
    if failures > 0 && failures == numbers.len() {
        return Err(pdf_extract::OutputError::PdfError(pdf_extract::Error::PageNumberNotFound(0)));
    }
    Ok(collector.pages.iter().map(|glyphs| layout(glyphs)).collect())
}

/// One glyph where the page put it (PDF user space, y up).
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    current: Vec<Glyph>,
}

impl pdf_extract::OutputDev for Collector {
    fn begin_page(&mut self, _: u32, _: &pdf_extract::MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), pdf_extract::OutputError> {
        self.current.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.pages.push(std::mem::take(&mut self.current));
        Ok(())
    }

    fn output_character(&mut self, trm: &pdf_extract::Transform, width: f64, _: f64, font_size: f64, text: &str) -> Result<(), pdf_extract::OutputError> {
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size.abs() * scale;
        // Rotated text (watermarks, margin notes) would scatter over many lines.
        let rotated = trm.m12.abs() > 0.01 * trm.m11.abs().max(1e-9) || trm.m21.abs() > 0.01 * trm.m22.abs().max(1e-9);
        let (x, y) = (trm.m31, trm.m32);
        if rotated || !(size.is_finite() && x.is_finite() && y.is_finite() && width.is_finite()) || size <= 0.0 || self.current.len() >= 2_000_000 {
            return Ok(());
        }
        self.current.push(Glyph { x, y, end: x + width * size, size, text: text.to_string() });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// Glyphs → text lines: grouped by baseline (top to bottom), ordered by x, a space where the
/// gap between glyphs is wider than a sliver of the font size, and a blank line where the gap
/// between lines is clearly wider than the page's usual line distance.
fn layout(glyphs: &[Glyph]) -> String {
    let mut sorted: Vec<&Glyph> = glyphs.iter().collect();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<&Glyph>> = Vec::new();
    let mut line_y = f64::NAN;
    let mut line_size = 0.0f64;
    for g in sorted {
        if lines.is_empty() || (line_y - g.y).abs() > 0.4 * line_size.max(g.size) {
            lines.push(Vec::new());
            line_y = g.y;
            line_size = g.size;
        }
        if let Some(line) = lines.last_mut() {
            line.push(g);
            line_size = line_size.max(g.size);
        }
    }
    let baselines: Vec<(f64, f64)> = lines.iter().map(|l| (l[0].y, l.iter().map(|g| g.size).fold(0.0, f64::max))).collect();
    let mut distances: Vec<f64> = baselines.windows(2).map(|w| w[0].0 - w[1].0).filter(|d| *d > 0.0 && *d < 3.0 * baselines[0].1.max(1.0)).collect();
    distances.sort_by(f64::total_cmp);
    let usual = distances.get(distances.len() / 2).copied().unwrap_or(0.0);
    let mut out = String::new();
    for (i, line) in lines.iter_mut().enumerate() {
        if i > 0 {
            let gap = baselines[i - 1].0 - baselines[i].0;
            out.push('\n');
            if usual > 0.0 && gap > usual * 1.35 {
                out.push('\n');
            }
        }
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut prev: Option<&Glyph> = None;
        for g in line.iter() {
            if let Some(p) = prev {
                // Fake bold prints the same glyph twice, a hair apart.
                if p.text == g.text && (g.x - p.x).abs() < 0.1 * g.size {
                    continue;
                }
                if g.x - p.end > 0.15 * g.size.max(p.size) && !out.ends_with(' ') && !g.text.starts_with(' ') {
                    out.push(' ');
                }
            }
            out.push_str(&g.text);
            prev = Some(g);
        }
    }
    out
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
