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
    let mut fonts = pdf_extract::FontCache::default();
    let mut failures = 0usize;
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let pages = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
    for (done, n) in (1..).zip(&numbers) {
        let before = collector.pages.len();
        if pdf_extract::output_doc_page_cached(&doc, &mut collector, *n, &mut fonts).is_err() {
            failures += 1;
            collector.current.clear();
            collector.pages.truncate(before);
        }
        on_progress(Progress { pages_done: done, pages });
    }
    if failures > 0 && failures == numbers.len() {
        return Err(pdf_extract::OutputError::PdfError(pdf_extract::Error::PageNumberNotFound(0)));
    }
    // A page set in two columns gives the next its gutter: the last page's right column may be
    // a line or two.
    let mut gutter = None;
    Ok(collector
        .pages
        .iter()
        .map(|glyphs| {
            let (text, found) = layout_with(glyphs, gutter);
            gutter = found;
            text
        })
        .collect())
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
    /// Small filled shapes on the current page: list bullets drawn, not typed.
    marks: Vec<Mark>,
}

/// The bounding box of a small filled shape (PDF user space, y up).
#[derive(Debug, Clone, Copy)]
struct Mark {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// At most this many marks per page are kept (a page of hatching or a chart has thousands).
const MAX_MARKS: usize = 2_000;

impl pdf_extract::OutputDev for Collector {
    fn begin_page(&mut self, _: u32, _: &pdf_extract::MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), pdf_extract::OutputError> {
        self.current.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        let mut glyphs = std::mem::take(&mut self.current);
        with_bullets(&mut glyphs, &std::mem::take(&mut self.marks));
        self.pages.push(glyphs);
        Ok(())
    }

    fn fill(&mut self, ctm: &pdf_extract::Transform, _: &pdf_extract::ColorSpace, _: &[f64], path: &pdf_extract::Path) -> Result<(), pdf_extract::OutputError> {
        if self.marks.len() >= MAX_MARKS || path.ops.len() > 40 {
            return Ok(());
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
        let mut add = |x: f64, y: f64| {
            let (px, py) = (ctm.m11 * x + ctm.m21 * y + ctm.m31, ctm.m12 * x + ctm.m22 * y + ctm.m32);
            x0 = x0.min(px);
            x1 = x1.max(px);
            y0 = y0.min(py);
            y1 = y1.max(py);
        };
        for op in &path.ops {
            match *op {
                pdf_extract::PathOp::MoveTo(x, y) | pdf_extract::PathOp::LineTo(x, y) => add(x, y),
                pdf_extract::PathOp::CurveTo(a, b, c, d, x, y) => {
                    add(a, b);
                    add(c, d);
                    add(x, y);
                }
                pdf_extract::PathOp::Rect(x, y, w, h) => {
                    add(x, y);
                    add(x + w, y + h);
                }
                pdf_extract::PathOp::Close => {}
            }
        }
        let (w, h) = (x1 - x0, y1 - y0);
        // A dot or a small square: half a point to 8 pt each way, about as wide as high.
        if w.is_finite() && h.is_finite() && (0.5..=8.0).contains(&w) && (0.5..=8.0).contains(&h) && w <= 2.0 * h && h <= 2.0 * w {
            self.marks.push(Mark { x0, y0, x1, y1 });
        }
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

/// Lists whose bullets are drawn (Chromium's `<ul>` discs, Word's square bullets in some
/// exports) have no bullet in the text: a mark that sits where a bullet sits — left of a line's
/// first glyph by at most three font sizes, its middle between the baseline and the x-height, no
/// glyph just left of it on that line — becomes a "•" glyph, so the item starts its own line.
fn with_bullets(glyphs: &mut Vec<Glyph>, marks: &[Mark]) {
    let mut bullets = Vec::new();
    for m in marks {
        let middle = (m.y0 + m.y1) / 2.0;
        let on_line = |g: &Glyph| g.size > 0.0 && middle >= g.y && middle <= g.y + 0.7 * g.size && m.y1 - m.y0 <= 0.6 * g.size;
        // The first glyph right of the mark on its line.
        let Some(first) = glyphs.iter().filter(|g| on_line(g) && g.x >= m.x1 && g.x - m.x1 <= 3.0 * g.size).min_by(|a, b| a.x.total_cmp(&b.x)) else { continue };
        let (y, size) = (first.y, first.size);
        // Nothing typed just left of the mark or over it: it opens the line (or its column).
        // (A ring is drawn as two discs, one over the other: one bullet.)
        let taken = glyphs.iter().chain(&bullets).any(|g| (g.y - y).abs() <= 0.4 * size && g.end > m.x0 - 2.0 * size && g.x < m.x1);
        if !taken {
            bullets.push(Glyph { x: m.x0, y, end: m.x1, size, text: "•".to_string() });
        }
    }
    glyphs.extend(bullets);
}

/// A gap between glyphs this many font sizes wide separates columns.
const WIDE_GAP: f64 = 1.5;
/// A gap this many font sizes wide separates table cells (word spaces are about a quarter).
const CELL_GAP: f64 = 0.9;
/// Lines with text on both sides of a gutter needed to read a page region as two columns.
const MIN_COLUMN_LINES: usize = 3;
/// A left "column" whose every line is at most this many words is a margin of hanging clause
/// numbers ("Section 3.1", "Art. 5 (2)"), not a column of text.
const HANGING_LABEL_WORDS: usize = 3;

/// Glyphs → text lines: grouped by baseline (top to bottom), ordered by x, a space where the gap
/// between glyphs is wider than a sliver of the font size, and a blank line where the gap between
/// lines is clearly wider than the page's usual line distance. A region set in two columns (a
/// vertical gutter no line crosses) is read column by column; rows of a table (cells at the same
/// places on consecutive lines, three or more per row) become `| a | b | c |`.
#[cfg(test)]
fn layout(glyphs: &[Glyph]) -> String {
    layout_with(glyphs, None).0
}

/// [`layout`], given the gutter of the page before if it was set in two columns; also returns
/// this page's gutter.
fn layout_with(glyphs: &[Glyph], before: Option<f64>) -> (String, Option<f64>) {
    let lines = without_footnotes(without_line_numbers(group_lines(glyphs)));
    // Reading order: (line index, part) where part 0 is the whole line, 1 the left and 2 the right column.
    let mut order: Vec<(usize, u8, f64)> = Vec::with_capacity(lines.len());
    let mut table = table_rows(&lines);
    label_tables(&lines, &mut table);
    let gutter = find_gutter(&lines, &table, None).or_else(|| before.and_then(|x| find_gutter(&lines, &table, Some(x))));
    let mut i = 0;
    while i < lines.len() {
        if let Some((x, end)) = gutter.as_ref().and_then(|g| g.iter().find(|(_, from, _)| *from == i).map(|(x, _, end)| (*x, *end))) {
            order.extend((i..end).filter(|&k| lines[k].iter().any(|g| g.end <= x)).map(|k| (k, 1, x)));
            order.extend((i..end).filter(|&k| lines[k].iter().any(|g| g.x >= x)).map(|k| (k, 2, x)));
            i = end;
        } else {
            order.push((i, 0, 0.0));
            i += 1;
        }
    }
    let rows = render_rows(&lines, &table);
    let order: Vec<(usize, u8, f64)> = order.into_iter().filter(|(k, part, _)| !(*part == 0 && rows[*k].as_deref() == Some(""))).collect();
    let baseline = |k: usize| lines[k][0].y;
    let size = |k: usize| line_size(&lines[k]);
    let mut distances: Vec<f64> = order.windows(2).map(|w| baseline(w[0].0) - baseline(w[1].0)).filter(|d| *d > 0.0 && lines.first().is_some_and(|_| *d < 3.0 * size(0).max(1.0))).collect();
    distances.sort_by(f64::total_cmp);
    let usual = distances.get(distances.len() / 2).copied().unwrap_or(0.0);
    let mut out = String::new();
    for (n, &(k, part, x)) in order.iter().enumerate() {
        if n > 0 {
            let gap = baseline(order[n - 1].0) - baseline(k);
            out.push('\n');
            if usual > 0.0 && gap > usual * 1.35 {
                out.push('\n');
            }
        }
        let glyphs: Vec<&Glyph> = lines[k].iter().copied().filter(|g| match part {
            1 => g.end <= x,
            2 => g.x >= x,
            _ => true,
        }).collect();
        match (&rows[k], part) {
            (Some(row), 0) => out.push_str(row),
            _ => render_line(&glyphs, &mut out),
        }
    }
    (out, gutter.and_then(|g| g.first().map(|r| r.0)))
}

/// Glyphs grouped into lines by baseline, top to bottom, each line ordered by x.
fn group_lines(glyphs: &[Glyph]) -> Vec<Vec<&Glyph>> {
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
    for line in &mut lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    lines
}

/// Numbered margin lines on a page needed to read its numbers as line numbers.
const MIN_LINE_NUMBERS: usize = 2;

/// The lines without the line numbers in the page's margin (`5`, `10`, … beside every fifth
/// line of a draft or a filing): a line's first word all digits, clear of the text after it by
/// more than a font size and ending left of where the page's other lines start; at least
/// [`MIN_LINE_NUMBERS`] of them on the page, rising from top to bottom by as many lines as lie
/// between them. Left in, a number lands inside a sentence when lines are joined ("opplysninger
/// 15 om andelseier").
fn without_line_numbers(mut lines: Vec<Vec<&Glyph>>) -> Vec<Vec<&Glyph>> {
    let digit = |g: &Glyph| !g.text.is_empty() && g.text.bytes().all(|b| b.is_ascii_digit());
    // (line, glyph count, value) of each line that starts with a number standing apart.
    let mut found: Vec<(usize, usize, u64)> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        // The digits that touch: `5` in `5   1. Formål` is the line's number, `1.` the clause's.
        let n = (0..line.len()).take_while(|&i| digit(line[i]) && (i == 0 || line[i].x - line[i - 1].end <= 0.15 * line[i].size)).count();
        if n == 0 || n > 4 {
            continue;
        }
        let clear = line.get(n).is_none_or(|next| next.x - line[n - 1].end > next.size.max(line[n - 1].size));
        let value = line[..n].iter().map(|g| g.text.as_str()).collect::<String>().parse().ok();
        if let (true, Some(value)) = (clear, value) {
            found.push((k, n, value));
        }
    }
    // Where the other lines start: the leftmost start among lines without such a number.
    let left = lines
        .iter()
        .enumerate()
        .filter(|(k, _)| !found.iter().any(|f| f.0 == *k))
        .filter_map(|(_, l)| l.first().map(|g| g.x))
        .fold(f64::INFINITY, f64::min);
    // A number inside the text (a footnote call raised onto a line of its own) is none.
    found.retain(|&(k, n, _)| lines[k][n - 1].end < left);
    // Numbers count lines: between two of them lie about as many lines as their values differ
    // (a little more room where paragraphs stand apart), which hanging clause numbers (`1`
    // … `2` with a clause of several lines between) do not.
    let mut steps: Vec<f64> = lines.windows(2).map(|w| w[0][0].y - w[1][0].y).filter(|d| *d > 0.0).collect();
    steps.sort_by(f64::total_cmp);
    let Some(&pitch) = steps.get(steps.len() / 2) else { return lines };
    let counts_lines = |a: &(usize, usize, u64), b: &(usize, usize, u64)| {
        let between = (lines[a.0][0].y - lines[b.0][0].y) / pitch;
        let values = b.2.saturating_sub(a.2) as f64;
        values >= 1.0 && between >= 0.8 * values && between <= 1.6 * values + 0.5
    };
    if found.len() < MIN_LINE_NUMBERS || !found.windows(2).all(|w| counts_lines(&w[0], &w[1])) {
        return lines;
    }
    for &(k, n, _) in &found {
        lines[k].drain(..n);
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// The lines without the page's footnotes and their markers. A footnote is a run of lines at the
/// foot of the page in a smaller font than the body's, the first of which starts with a number
/// that also stands raised and smaller right after a word higher up ("forordningen¹"). The notes
/// go, as DOCX footnotes do (the DOCX reader does not read them): left in, a note at the foot of a
/// page splits the sentence that runs on to the next page. A raised number without a note (an
/// exponent) stays.
fn without_footnotes(mut lines: Vec<Vec<&Glyph>>) -> Vec<Vec<&Glyph>> {
    let body = {
        let mut sizes: Vec<f64> = lines.iter().flatten().map(|g| (g.size * 10.0).round() / 10.0).collect();
        sizes.sort_by(f64::total_cmp);
        // The most common size.
        let mut best = (0usize, 0.0);
        for run in sizes.chunk_by(|a, b| a == b) {
            if run.len() > best.0 {
                best = (run.len(), run[0]);
            }
        }
        best.1
    };
    if body <= 0.0 {
        return lines;
    }
    let small = |g: &Glyph| g.size <= 0.85 * body;
    // Markers: (line, first glyph, glyph count, number).
    let mut markers: Vec<(usize, usize, usize, String)> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let mut i = 1;
        while i < line.len() {
            let (p, g) = (line[i - 1], line[i]);
            let digit = |g: &Glyph| g.text.len() == 1 && g.text.as_bytes()[0].is_ascii_digit();
            // Raised and smaller, or glued to a lower-case word in the body's size (WeasyPrint's
            // footnote call: "forordningen1 eller").
            let raised = |g: &Glyph| small(g) && g.y - p.y >= 0.15 * body;
            let glued = |g: &Glyph| !small(g) && p.text.chars().all(char::is_lowercase);
            let marker = |g: &Glyph| digit(g) && (raised(g) || glued(g));
            if marker(g) && !small(p) && g.x - p.end <= 0.15 * body && p.text.chars().all(|c| c.is_alphabetic() || c.is_ascii_punctuation()) {
                let n = line[i..].iter().take_while(|g| marker(g)).count();
                let word_ends = line.get(i + n).is_none_or(|g| !g.text.starts_with(char::is_alphanumeric));
                if n <= 2 && word_ends {
                    markers.push((k, i, n, line[i..i + n].iter().map(|g| g.text.as_str()).collect()));
                }
                i += n;
            } else {
                i += 1;
            }
        }
    }
    if markers.is_empty() {
        return lines;
    }
    // The foot: the small lines below the page's last line in the body's size.
    let Some(last_body) = lines.iter().rposition(|l| !l.iter().all(|g| small(g))) else { return lines };
    let mut drop = vec![false; lines.len()];
    let mut used = vec![false; markers.len()];
    // A foot line's text, and the number it starts with ("" if none).
    let numbered = |line: &[&Glyph]| {
        let mut text = String::new();
        render_line(line, &mut text);
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        (text, digits)
    };
    let mut k = last_body + 1;
    while k < lines.len() {
        let (text, digits) = numbered(&lines[k]);
        let (number, rest) = text.split_at(digits);
        let starts_note = !number.is_empty() && (rest.starts_with([' ', '.', ')']) || rest.starts_with(char::is_alphabetic));
        let Some(m) = markers.iter().position(|m| starts_note && m.3 == number) else {
            k += 1;
            continue;
        };
        used[m] = true;
        drop[k] = true;
        k += 1;
        // Its further lines: close under it, not starting the next note.
        while k < lines.len() && lines[k - 1][0].y - lines[k][0].y <= 1.6 * lines[k][0].size {
            let (next, digits) = numbered(&lines[k]);
            let number = &next[..digits];
            if markers.iter().any(|m| !number.is_empty() && m.3 == number) {
                break;
            }
            drop[k] = true;
            k += 1;
        }
    }
    for (m, &(k, i, n, _)) in markers.iter().enumerate().rev() {
        if used[m] {
            lines[k].drain(i..i + n);
        }
    }
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    lines
}

/// The cell gaps of a line: `(end of the glyph before, start of the glyph after)`.
fn wide_gaps(line: &[&Glyph]) -> Vec<(f64, f64)> {
    line.windows(2).filter(|w| w[1].x - w[0].end > CELL_GAP * w[0].size.max(w[1].size)).map(|w| (w[0].end, w[1].x)).collect()
}

/// The stretches of x a line's text covers: glyphs joined across ordinary word gaps.
fn spans(line: &[&Glyph]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for w in line.iter() {
        match out.last_mut() {
            Some(last) if w.x - last.1 <= WIDE_GAP * w.size => last.1 = last.1.max(w.end),
            _ => out.push((w.x, w.end)),
        }
    }
    out
}

/// Two-column regions: `(gutter x, first line, end line)`. The gutter is the x in the middle of
/// the text that the fewest lines cross; a region is a run of lines none of which crosses it,
/// with text on both sides in at least [`MIN_COLUMN_LINES`] lines each, and left lines that fill
/// their column (table cells do not).
fn find_gutter(lines: &[Vec<&Glyph>], rows: &[Option<Vec<f64>>], known: Option<f64>) -> Option<Vec<(f64, usize, usize)>> {
    if lines.len() < 2 * MIN_COLUMN_LINES {
        return None;
    }
    let spans: Vec<Vec<(f64, f64)>> = lines.iter().map(|l| spans(l)).collect();
    // The gutter of the page before: one line in the right column is enough to read it so.
    let x = match known {
        Some(x) => x,
        None => gutter_x(&spans)?,
    };
    column_regions(lines, &spans, rows, x, known.is_some())
}

/// The gutter: the x in the middle of the stretch that the gaps of most two-part lines share.
fn gutter_x(spans: &[Vec<(f64, f64)>]) -> Option<f64> {
    let gaps: Vec<(f64, f64)> = spans.iter().filter(|ss| ss.len() == 2).map(|ss| (ss[0].1, ss[1].0)).collect();
    let support = |m: f64| gaps.iter().filter(|(a, b)| *a < m && m < *b).count();
    let band = |m: f64| gaps.iter().filter(|(a, b)| *a < m && m < *b).fold((f64::NEG_INFINITY, f64::INFINITY), |(lo, hi), (a, b)| (lo.max(*a), hi.min(*b)));
    // Most lines first, then the widest band they share.
    let m = gaps.iter().map(|(a, b)| (a + b) / 2.0).max_by(|p, q| {
        let (bp, bq) = (band(*p), band(*q));
        support(*p).cmp(&support(*q)).then((bp.1 - bp.0).total_cmp(&(bq.1 - bq.0)))
    })?;
    if support(m) < MIN_COLUMN_LINES {
        return None;
    }
    let shared = band(m);
    Some((shared.0 + shared.1) / 2.0)
}

/// The two-column regions for the gutter at `x` (see [`find_gutter`]); `known`: the page before
/// had that gutter.
fn column_regions(lines: &[Vec<&Glyph>], spans: &[Vec<(f64, f64)>], rows: &[Option<Vec<f64>>], x: f64, known: bool) -> Option<Vec<(f64, usize, usize)>> {
    let right_lines = if known { 1 } else { MIN_COLUMN_LINES };
    let size = {
        let mut sizes: Vec<f64> = lines.iter().flat_map(|l| l.iter().map(|g| g.size)).collect();
        sizes.sort_by(f64::total_cmp);
        sizes.get(sizes.len() / 2).copied().unwrap_or(10.0)
    };
    // A table row (three cells or more) or a line across the gutter ends a region.
    let crossing = |k: usize| rows[k].is_some() || spans[k].iter().any(|(a, b)| *a < x && x < *b);
    let both = |k: usize| spans[k].iter().any(|s| s.1 <= x) && spans[k].iter().any(|s| s.0 >= x);
    let mut regions = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if crossing(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !crossing(i) {
            i += 1;
        }
        // Lines above the first with text on both sides (a title, a heading) come first; the
        // region ends with the right column's last line and the left column's lines just below
        // it (a heading further down is not part of either column).
        let Some(mut from) = (start..i).find(|&k| both(k)) else { continue };
        // A running header set apart above the columns (its title left, the page right) is no
        // line of either.
        while from + 1 < i && lines[from][0].y - lines[from + 1][0].y > 3.0 * size {
            from += 1;
        }
        // The right column may begin a line or two higher than the left.
        while from > start && (spans[from - 1].iter().all(|s| s.0 >= x) || lines[from - 1][0].y - lines[from][0].y <= 1.6 * size) {
            from -= 1;
        }
        let Some(mut end) = (start..i).rev().find(|&k| spans[k].iter().any(|s| s.0 >= x)).map(|k| k + 1) else { continue };
        while end < i && lines[end - 1][0].y - lines[end][0].y <= 1.6 * size {
            end += 1;
        }
        // On a page that goes on in the columns of the page before, its left column runs on
        // below a short right one (the last lines of the text), up to the foot of the page.
        if known {
            end = i;
            while end > from + 1 && lines[end - 2][0].y - lines[end - 1][0].y > 3.0 * size {
                end -= 1;
            }
        }
        let i = end;
        let left: Vec<usize> = (from..i).filter(|&k| spans[k].iter().any(|s| s.1 <= x)).collect();
        let right = (from..i).filter(|&k| spans[k].iter().any(|s| s.0 >= x)).count();
        if left.len() < MIN_COLUMN_LINES || right < right_lines {
            continue;
        }
        let left_min = left.iter().flat_map(|&k| spans[k].iter()).map(|s| s.0).fold(f64::INFINITY, f64::min);
        let full = left
            .iter()
            .filter(|&&k| spans[k].iter().filter(|s| s.1 <= x).map(|s| s.1).fold(f64::NEG_INFINITY, f64::max) - left_min >= 0.7 * (x - left_min))
            .count();
        // Numbers hanging before their paragraphs ("Section 3.1", "7.2", "(a)" in a margin of
        // their own) are no column of text: every left part is a few words with a number.
        let label_left = |k: usize| {
            let left: Vec<&&Glyph> = lines[k].iter().filter(|g| g.end <= x).collect();
            let blank = |g: &Glyph| g.text.trim().is_empty();
            let words = 1 + left.windows(2).filter(|w| !blank(w[1]) && (blank(w[0]) || w[1].x - w[0].end > 0.2 * w[1].size)).count();
            let numbered = left.iter().any(|g| g.text.contains(|c: char| c.is_ascii_digit() || c == '(' || c == '§'));
            words <= HANGING_LABEL_WORDS && numbered
        };
        let hanging = left.iter().all(|&k| label_left(k));
        if full * 10 >= left.len() * 6 && !hanging {
            regions.push((x, from, i));
        }
    }
    (!regions.is_empty()).then_some(regions)
}

/// How many lines away the next row of a table may start (its cells wrapped onto the lines
/// between), and how far below in font sizes.
const ROW_LOOKAROUND: usize = 4;
const ROW_REACH: f64 = 6.0;

/// A label in a table of labels and values has at most this many words.
const LABEL_WORDS: usize = 6;

/// Tables of two cells per row, a short label and a value that may wrap ("Zutrittskontrolle |
/// Rechenzentrum mit …" / "Besucherprotokoll"), which have too few cells for [`table_rows`]:
/// runs of lines whose value starts at the same x after a cell gap, or that go on with the value
/// above, with at least [`MIN_COLUMN_LINES`] labels, and rows set apart (cell padding) from each
/// other more than a value's lines, or than the page's lines when no value wraps (lines of labels
/// and values set like text, "Name: Acme Ltd", stay lines). Marks them in `table` with the
/// values' x.
fn label_tables(lines: &[Vec<&Glyph>], table: &mut [Option<Vec<f64>>]) {
    // Where a line's value starts, if it is a short label (a word, not a number such as "5.1"
    // or "(a)" hanging before its paragraph) and a value.
    let value_at = |line: &[&Glyph]| -> Option<f64> {
        let gaps = wide_gaps(line);
        let [(_, start)] = gaps[..] else { return None };
        let words = 1 + line.windows(2).filter(|w| w[1].x < start && w[1].x - w[0].end > 0.2 * w[1].size).count();
        let label: String = line.iter().filter(|g| g.x < start).map(|g| g.text.as_str()).collect();
        let worded = label.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 3);
        (words <= LABEL_WORDS && worded).then_some(start)
    };
    // The page's usual distance between lines (the lower quartile: a table's rows may be half
    // of a page's lines).
    let mut steps: Vec<f64> = lines.windows(2).map(|w| w[0][0].y - w[1][0].y).filter(|d| *d > 0.0).collect();
    steps.sort_by(f64::total_cmp);
    let usual = steps.get(steps.len() / 4).copied().unwrap_or(f64::INFINITY);
    let mut k = 0;
    while k < lines.len() {
        let Some(start) = value_at(&lines[k]).filter(|_| table[k].is_none()) else {
            k += 1;
            continue;
        };
        // Rows stand further apart than the lines of a wrapped value (cell padding); the lines
        // of two columns of running text are evenly spaced.
        let (mut labels, mut end) = (1, k + 1);
        let (mut row_step, mut wrap_step) = (f64::INFINITY, 0.0_f64);
        while end < lines.len() && table[end].is_none() {
            let (line, above) = (&lines[end], &lines[end - 1]);
            let step = above[0].y - line[0].y;
            if step > ROW_REACH * line_size(line) {
                break;
            }
            if (line[0].x - start).abs() <= COLUMN_SLACK {
                wrap_step = wrap_step.max(step);
            } else if value_at(line).is_some_and(|x| (x - start).abs() <= COLUMN_SLACK) {
                labels += 1;
                row_step = row_step.min(step);
            } else {
                break;
            }
            end += 1;
        }
        // Without a wrapped value, rows stand further apart than the page's lines do.
        let spaced = if wrap_step > 0.0 { row_step > 1.15 * wrap_step } else { row_step.is_finite() && row_step > 1.3 * usual };
        // Labels end where they end; the lines of a justified left column (two columns of text
        // whose lines happen to fall apart like rows) end at its edge, many on the page.
        let edge = lines[k..end].iter().flat_map(|l| l.iter().filter(|g| g.end <= start).map(|g| g.end)).fold(f64::NEG_INFINITY, f64::max);
        let at_edge = lines.iter().filter(|l| spans(l).iter().any(|s| (s.1 - edge).abs() <= COLUMN_SLACK)).count();
        let justified = at_edge >= 2 * MIN_COLUMN_LINES;
        if labels >= MIN_COLUMN_LINES && spaced && !justified {
            for slot in &mut table[k..end] {
                *slot = Some(vec![start]);
            }
        }
        k = end;
    }
}

/// Where a cell may start: the x positions shared by table rows (within this many points).
const COLUMN_SLACK: f64 = 2.0;

/// Table rows, and the x where each row's cells start. Seed rows have three or more cells whose
/// gaps line up with a neighbour's; a neighbouring line whose words start at two or more of the
/// seeds' cell starts is a row too (a cell with a short gap before it).
fn table_rows(lines: &[Vec<&Glyph>]) -> Vec<Option<Vec<f64>>> {
    let gaps: Vec<Vec<(f64, f64)>> = lines.iter().map(|l| wide_gaps(l)).collect();
    let aligned = |a: &[(f64, f64)], b: &[(f64, f64)]| a.len() >= 2 && b.len() >= 2 && a.iter().all(|(s, e)| b.iter().any(|(s2, e2)| s.max(*s2) < e.min(*e2)));
    // The next line of a row may be the second line of a wrapped cell; the row before or after
    // is then a few lines away (the nearest line with cell gaps of its own, close below).
    let near_row = |k: usize, j: usize| gaps[j].len() >= 2 && (lines[k][0].y - lines[j][0].y).abs() <= ROW_REACH * line_size(&lines[k]);
    let neighbour = |k: usize, down: bool| -> Option<usize> {
        let mut j = k;
        for _ in 0..ROW_LOOKAROUND {
            j = if down { j + 1 } else { j.checked_sub(1)? };
            if j >= lines.len() {
                return None;
            }
            if gaps[j].len() >= 2 {
                return near_row(k, j).then_some(j);
            }
        }
        None
    };
    let seed: Vec<bool> = (0..lines.len())
        .map(|k| [false, true].iter().any(|&down| neighbour(k, down).is_some_and(|j| aligned(&gaps[k], &gaps[j]))))
        .collect();
    let mut out: Vec<Option<Vec<f64>>> = vec![None; lines.len()];
    let mut k = 0;
    while k < lines.len() {
        if !seed[k] {
            k += 1;
            continue;
        }
        let from = k;
        while k < lines.len() && seed[k] {
            k += 1;
        }
        let mut starts: Vec<f64> = gaps[from..k].iter().flatten().map(|g| g.1).collect();
        starts.sort_by(f64::total_cmp);
        starts.dedup_by(|b, a| (*b - *a).abs() <= COLUMN_SLACK);
        // Word starts of a line: glyphs after a space.
        let word_starts = |l: &[&Glyph]| -> Vec<f64> { l.windows(2).filter(|w| w[1].x - w[0].end > 0.2 * w[1].size).map(|w| w[1].x).collect() };
        let at_starts = |l: &[&Glyph]| word_starts(l).iter().filter(|x| starts.iter().any(|s| (*s - **x).abs() <= COLUMN_SLACK)).count();
        let fits = |l: &[&Glyph]| at_starts(l) >= 2.min(starts.len());
        // The second line of a wrapped cell sits close under its row; when every row wraps, the
        // seed rows are too few to show that distance and the lines after them show it.
        let seen = if k - from >= 3 { k } else { (from + 2 * ROW_LOOKAROUND).min(lines.len()) };
        let line_step = wrapped_line_step(&lines[from..seen]);
        let wrapped = |above: &[&Glyph], l: &[&Glyph]| {
            let step = above[0].y - l[0].y;
            // Its text may begin in any cell ("Odense C" under "Havnegade 4, 5000"), where a
            // cell of the table or of the row above starts, the first one included ("Hosting Oy"
            // under "Nordvault").
            let slack = COLUMN_SLACK.max(0.4 * l[0].size);
            let first_at_start = starts.iter().chain(word_starts(above).iter()).chain([&above[0].x]).any(|s| (*s - l[0].x).abs() <= slack);
            (at_starts(l) >= 1 || first_at_start) && (step <= 1.3 * l[0].size || line_step.is_some_and(|w| step <= 1.08 * w))
        };
        let (mut lo, mut hi) = (from, k);
        while lo > 0 && fits(&lines[lo - 1]) && !numbered_prose(&lines[lo - 1]) {
            lo -= 1;
        }
        while hi < lines.len() && (fits(&lines[hi]) || wrapped(&lines[hi - 1], &lines[hi])) && !numbered_prose(&lines[hi]) {
            hi += 1;
        }
        for slot in &mut out[lo..hi] {
            *slot = Some(starts.clone());
        }
        k = hi.max(k);
    }
    out
}

/// The fewest words of running text after a hanging number that [`numbered_prose`] wants.
const PROSE_WORDS: usize = 9;

/// A numbered paragraph's line next to a table ("B.2   Databehandleren varsler tilføjelse eller
/// udskiftning af …"): a hanging number, one cell gap, then at least [`PROSE_WORDS`] words set
/// apart by gaps of one width, as running text is (justified or not). Its words may happen to
/// start where the table's cells do, but it is no row.
fn numbered_prose(line: &[&Glyph]) -> bool {
    let glyphs: Vec<&&Glyph> = line.iter().filter(|g| !g.text.trim().is_empty()).collect();
    let cell_gap = |a: &Glyph, b: &Glyph| b.x - a.end > CELL_GAP * a.size.max(b.size);
    let cuts: Vec<usize> = (1..glyphs.len()).filter(|&i| cell_gap(glyphs[i - 1], glyphs[i])).collect();
    let [cut] = cuts[..] else { return false };
    let label: String = glyphs[..cut].iter().map(|g| g.text.as_str()).collect();
    let label_words = 1 + (1..cut).filter(|&i| glyphs[i].x - glyphs[i - 1].end > 0.2 * glyphs[i].size).count();
    if label_words > HANGING_LABEL_WORDS || !label.contains(|c: char| c.is_ascii_digit() || c == '(' || c == '§') {
        return false;
    }
    let gaps: Vec<f64> = (cut + 1..glyphs.len()).map(|i| glyphs[i].x - glyphs[i - 1].end).filter(|&d| d > 0.2 * glyphs[cut].size).collect();
    let (lo, hi) = gaps.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), &d| (lo.min(d), hi.max(d)));
    gaps.len() + 1 >= PROSE_WORDS && hi <= 1.3 * lo + 0.05 * glyphs[cut].size
}

/// Appends one line: a space where glyphs stand apart.
fn render_line(line: &[&Glyph], out: &mut String) {
    let letter_gap = letter_gaps(line);
    let mut prev: Option<&Glyph> = None;
    for (i, g) in line.iter().copied().enumerate() {
        // A space glyph drawn where a neighbour is drawn too takes no room: Chromium writes a
        // soft hyphen inside a word so (the space's glyph, then the next letter at the same
        // place), and it is no gap between words.
        let same_place = |j: Option<usize>| j.and_then(|j| line.get(j)).is_some_and(|n| n.text != " " && (n.x - g.x).abs() < 0.05 * g.size);
        if g.text == " " && (same_place(i.checked_sub(1)) || same_place(Some(i + 1))) {
            continue;
        }
        if let Some(p) = prev {
            // Fake bold prints the same glyph twice, a hair apart.
            if p.text == g.text && (g.x - p.x).abs() < 0.1 * g.size {
                continue;
            }
            if g.x - p.end > 0.15 * g.size.max(p.size) && !letter_gap[i] && !out.ends_with(' ') && !g.text.starts_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(&g.text);
        prev = Some(g);
    }
    // `förhands ‐` at a break: Chromium writes the soft hyphen before the hyphen (U+2010) it
    // draws there, which pdf-extract reads as a space. U+2010 is never a dash between words.
    if let Some(head) = out.strip_suffix(" \u{2010}") {
        if head.chars().next_back().is_some_and(char::is_alphabetic) {
            let keep = head.len();
            out.truncate(keep);
            out.push('\u{2010}');
        }
    }
}

/// The fewest letters of a letter-spaced run (`L A W`).
const LETTER_SPACED_RUN: usize = 3;

/// Letter-spaced words (`S C O P E  A N D  R O L E S`, small capitals spread out for a
/// heading): in a run of single letters with no other glyph between them, where most gaps are
/// about the same and wider than a tenth of the font size, only a gap clearly wider than the
/// run's usual one (its median) is a space between words. Returns, per glyph, whether the gap
/// before it is a letter gap of such a run. The letters of running text touch.
fn letter_gaps(line: &[&Glyph]) -> Vec<bool> {
    let n = line.len();
    let mut out = vec![false; n];
    let letter = |g: &Glyph| {
        let mut c = g.text.chars();
        c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
    };
    let gap = |i: usize| line[i].x - line[i - 1].end;
    let size = |i: usize| line[i].size.min(line[i - 1].size);
    let mut i = 0;
    while i < n {
        // The run of letters from `i`: no wide gap (a column's or a cell's) inside.
        let mut j = i + 1;
        while j < n && letter(line[j - 1]) && letter(line[j]) && gap(j) < WIDE_GAP * size(j) {
            j += 1;
        }
        if j - i >= LETTER_SPACED_RUN {
            let mut gaps: Vec<f64> = (i + 1..j).map(gap).collect();
            gaps.sort_by(f64::total_cmp);
            let usual = gaps[gaps.len() / 2];
            let small = (i + 1..j).map(size).fold(f64::INFINITY, f64::min);
            let alike = (i + 1..j).filter(|&k| (gap(k) - usual).abs() <= 0.1 * size(k)).count();
            if usual > 0.1 * small && alike * 5 >= gaps.len() * 3 {
                for (k, o) in out.iter_mut().enumerate().take(j).skip(i + 1) {
                    *o = gap(k) <= usual + 0.2 * size(k);
                }
                // `T E R M ;`: a stop after the run keeps to it as its letters do.
                if j < n && line[j].text.chars().all(|c| c.is_ascii_punctuation()) && !line[j].text.is_empty() {
                    out[j] = gap(j) <= usual + 0.2 * size(j);
                }
            }
        }
        i = j;
    }
    out
}

/// The text of each table row as `| a | b | c |`, with the lines of cells that wrap (a line
/// closer to the row above than rows are to each other) joined into their cells; those
/// continuation lines get `Some("")`, other lines `None`.
fn render_rows(lines: &[Vec<&Glyph>], table: &[Option<Vec<f64>>]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = vec![None; lines.len()];
    // The table the current row is in: where it ends, and its wrapped cells' line distance.
    let (mut table_end, mut line_step) = (0, None);
    let mut k = 0;
    while k < lines.len() {
        let Some(starts) = &table[k] else {
            k += 1;
            continue;
        };
        if k >= table_end {
            // The first row of a table (rows are read in order).
            table_end = (k..lines.len()).find(|&j| table[j].is_none()).unwrap_or(lines.len());
            line_step = wrapped_line_step(&lines[k..table_end]);
        }
        // A line with a cell in every column (`starts` are where the cells after the first one
        // start).
        let full = |c: &[(f64, String)]| !starts.is_empty() && c.len() > starts.len() && c.first().is_some_and(|(x, _)| *x < starts[0] - COLUMN_SLACK);
        let mut cells = cells_of(&lines[k], starts);
        // Whether the line above the next one is full.
        let mut above_full = full(&cells);
        let mut j = k + 1;
        while j < lines.len() && table[j].is_some() {
            let size = line_size(&lines[j]);
            let step = lines[j - 1][0].y - lines[j][0].y;
            if step > 1.3 * size && !line_step.is_some_and(|w| step <= 1.08 * w) {
                break;
            }
            let next = cells_of(&lines[j], starts);
            // Rows as close as the lines of a wrapped cell (LaTeX's tabular, no padding): a line
            // with a cell in every column is the next row when the table's spacing says nothing,
            // or when the line before it held only the rest of a wrapped cell (a row's lines
            // fill fewer columns as they go, never more).
            let next_full = full(&next);
            if next_full && (line_step.is_none() || !above_full) {
                break;
            }
            above_full = next_full;
            for (x, more) in next {
                // The cell it continues: the last one starting at or before it.
                let target = cells.iter().rposition(|(cx, _)| *cx <= x + COLUMN_SLACK).unwrap_or(0);
                if let Some((_, cell)) = cells.get_mut(target) {
                    join_wrapped(cell, &more);
                }
            }
            out[j] = Some(String::new());
            j += 1;
        }
        let texts: Vec<&str> = cells.iter().map(|(_, t)| t.as_str()).collect();
        out[k] = Some(format!("| {} |", texts.join(" | ")));
        k = j;
    }
    out
}

/// The distance between the lines of a wrapped cell in a table (its lines `lines`), when
/// the table's spacing shows it: its smallest distance between lines, if that is an ordinary line
/// distance (at most 1.7 font sizes: CSS line heights of 1.4 or 1.5 exceed the 1.3 font sizes
/// every table is allowed) and other lines of the table stand clearly further apart (cell padding
/// between rows). A table whose lines are evenly spaced has none.
fn wrapped_line_step(lines: &[Vec<&Glyph>]) -> Option<f64> {
    let steps: Vec<(f64, f64)> = lines.windows(2).map(|w| (w[0][0].y - w[1][0].y, line_size(&w[1]))).collect();
    let &(least, size) = steps.iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
    let widest = steps.iter().map(|s| s.0).fold(0.0, f64::max);
    (least > 0.0 && least <= 1.7 * size && widest > 1.2 * least).then_some(least)
}

/// The largest font size on a line.
fn line_size(line: &[&Glyph]) -> f64 {
    line.iter().map(|g| g.size).fold(0.0, f64::max)
}

/// A line cut into cells `(x, text)`: at a gap as wide as a cell gap, or at a word that starts
/// where the table's cells start.
fn cells_of(line: &[&Glyph], starts: &[f64]) -> Vec<(f64, String)> {
    let mut cells: Vec<(f64, Vec<&Glyph>)> = Vec::new();
    let mut prev: Option<&Glyph> = None;
    for g in line.iter().copied() {
        let new_cell = match prev {
            None => true,
            Some(p) => {
                let gap = g.x - p.end;
                gap > CELL_GAP * g.size.max(p.size) || (gap > 0.2 * g.size && starts.iter().any(|s| (s - g.x).abs() <= COLUMN_SLACK))
            }
        };
        if new_cell {
            cells.push((g.x, Vec::new()));
        }
        if let Some((_, c)) = cells.last_mut() {
            c.push(g);
        }
        prev = Some(g);
    }
    cells
        .into_iter()
        .map(|(x, c)| {
            let mut s = String::new();
            render_line(&c, &mut s);
            (x, s.trim().to_string())
        })
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Appends the next line of a wrapped cell, undoing a hyphenation ("sikkerheds-" / "kopiering").
fn join_wrapped(cell: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    let hyphenated = cell.ends_with('-') && cell.chars().rev().nth(1).is_some_and(char::is_alphabetic);
    if hyphenated && more.starts_with(|c: char| c.is_lowercase()) {
        cell.pop();
    } else if !cell.is_empty() {
        cell.push(' ');
    }
    cell.push_str(more);
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

    /// The glyphs of `text` set from `x` on baseline `y` in `size`, each half the size wide.
    fn set(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        text.chars().enumerate().map(|(i, c)| {
            let x = x + i as f64 * size * 0.5;
            Glyph { x, y, end: x + size * 0.45, size, text: c.to_string() }
        }).collect()
    }

    /// `text` set with `spacing` (in font sizes) between letters, a space glyph between words,
    /// a first capital in `cap` and the other letters in `small` (small capitals).
    fn spaced(text: &str, x: f64, y: f64, cap: f64, small: f64, spacing: f64) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut x = x;
        let mut first = true;
        for c in text.chars() {
            let size = if first { cap } else { small };
            first = c == ' ';
            out.push(Glyph { x, y, end: x + size * 0.6, size, text: c.to_string() });
            x += size * 0.6 + spacing * small;
        }
        out
    }

    /// "Section 3.1" set in a hanging margin of its own before each paragraph, four paragraphs in
    /// a row: no column of text, so each label stays before its paragraph; a real left column of
    /// words beside a right one is still read column by column.
    #[test]
    fn hanging_section_labels_are_no_column() {
        let paragraphs = [
            ["The supplier processes customer data only on", "documented instructions of the customer."],
            ["The supplier tells the customer at once if an", "instruction infringes the law."],
            ["The supplier ensures that its staff are bound", "by confidentiality."],
            ["The supplier implements the measures set out", "in the schedule on security."],
        ];
        let mut page = Vec::new();
        let mut y = 700.0;
        for (n, lines) in paragraphs.iter().enumerate() {
            page.extend(set(&format!("Section 3.{}", n + 1), 60.0, y, 10.0));
            for line in lines {
                page.extend(set(line, 140.0, y, 10.0));
                y -= 14.0;
            }
        }
        let text = layout(&page);
        for n in 1..=4 {
            assert!(text.contains(&format!("Section 3.{n} The supplier")), "{text}");
        }
        let mut page = Vec::new();
        let left = ["The processor keeps the data", "in the member states and", "deletes it when the main", "agreement ends unless the", "law requires a copy to be", "kept for longer than that."];
        let right = ["The controller may audit it", "once a year on thirty days", "notice and bears its own", "costs of every audit that", "it carries out itself, or", "that its auditor carries out."];
        for (i, (l, r)) in left.iter().zip(right).enumerate() {
            let y = 700.0 - 14.0 * i as f64;
            page.extend(set(l, 60.0, y, 10.0));
            page.extend(set(r, 260.0, y, 10.0));
        }
        let text = layout(&page);
        assert!(text.contains("kept for longer than that.\nThe controller may audit it"), "{text}");
    }

    #[test]
    fn line_numbers_in_the_margin_go() {
        let words = ["The processor keeps the data", "in the member states and", "deletes it when the main", "agreement ends unless a law", "requires it to keep a copy", "for longer than that, in", "which case it tells the", "controller which law it is", "and how long it keeps it", "and then deletes it anyway."];
        let mut page = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let y = 700.0 - 14.0 * i as f64;
            page.extend(set(w, 85.0, y, 10.0));
            if (i + 1) % 5 == 0 {
                let n = (i + 1).to_string();
                page.extend(set(&n, 62.0 - 4.0 * n.len() as f64, y, 8.0));
            }
        }
        let text = layout(&page);
        assert!(text.contains("deletes it when") && !text.contains("5 ") && !text.contains("10 "), "{text}");
        // Clause numbers hanging in the margin, a clause of several lines apart, stay.
        let mut page = set("1", 60.0, 700.0, 10.0);
        page.extend(set("The processor keeps the data", 85.0, 700.0, 10.0));
        page.extend(set("in the member states and", 85.0, 686.0, 10.0));
        page.extend(set("nowhere else at all.", 85.0, 672.0, 10.0));
        page.extend(set("2", 60.0, 658.0, 10.0));
        page.extend(set("It deletes the data at the end.", 85.0, 658.0, 10.0));
        page.extend(set("That is all it does.", 85.0, 644.0, 10.0));
        let text = layout(&page);
        assert!(text.starts_with("1 The processor") && text.contains("2 It deletes"), "{text}");
    }

    #[test]
    fn drawn_bullets_open_their_lines() {
        // Three items, each after a disc 3 pt wide whose middle sits 3 pt above the baseline.
        let items = ["Molnhallen Drift AB, Luleå – drift", "Textbud Norden AB, Malmö – sms", "Tessaly Support Pvt. Ltd., Chennai"];
        let mut page = Vec::new();
        let mut marks = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let y = 700.0 - 14.0 * i as f64;
            page.extend(set(item, 70.0, y, 10.0));
            marks.push(Mark { x0: 60.0, y0: y + 1.5, x1: 63.0, y1: y + 4.5 });
        }
        // A dot between two words of a line is no bullet, nor one far below any text.
        page.extend(set("Pris", 70.0, 600.0, 10.0));
        page.extend(set("per elev", 100.0, 600.0, 10.0));
        marks.push(Mark { x0: 92.0, y0: 601.5, x1: 95.0, y1: 604.5 });
        marks.push(Mark { x0: 60.0, y0: 300.0, x1: 63.0, y1: 303.0 });
        with_bullets(&mut page, &marks);
        let text = layout(&page);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[..3], ["• Molnhallen Drift AB, Luleå – drift", "• Textbud Norden AB, Malmö – sms", "• Tessaly Support Pvt. Ltd., Chennai"], "{text}");
        assert_eq!(text.matches('•').count(), 3, "{text}");
        // A bullet typed as text is not doubled by the shape drawn under it.
        let mut page = set("• Kryptering", 60.0, 700.0, 10.0);
        with_bullets(&mut page, &[Mark { x0: 60.0, y0: 701.5, x1: 63.0, y1: 704.5 }]);
        assert_eq!(layout(&page), "• Kryptering");
    }

    #[test]
    fn letter_spaced_headings_are_read_as_words() {
        let mut page = set("Section 4.", 50.0, 700.0, 11.0);
        page.extend(spaced("Term; Governing Law", 50.0 + 11.0 * 5.5, 700.0, 11.0, 8.5, 0.25));
        page.extend(set("Each party may end this agreement.", 50.0, 680.0, 11.0));
        let text = layout(&page);
        assert!(text.starts_with("Section 4. Term; Governing Law\n"), "{text}");
        // Words without spacing, and one-letter words apart, are left as they are.
        let text = layout(&set("Annex A B and C apply.", 50.0, 700.0, 10.0));
        assert_eq!(text, "Annex A B and C apply.");
    }

    #[test]
    fn a_raised_footnote_call_and_its_note_go() {
        let mut page = set("The processor follows the Regulation", 50.0, 700.0, 10.0);
        page.extend(set("2", 50.0 + 36.0 * 5.0, 703.5, 6.0));
        page.extend(set(" and the law of the member state.", 50.0 + 37.0 * 5.0, 700.0, 10.0));
        page.extend(set("It keeps records.", 50.0, 686.0, 10.0));
        page.extend(set("2 Regulation (EU) 2016/679 of 27 April 2016.", 50.0, 120.0, 8.0));
        page.extend(set("Published in the Official Journal.", 50.0, 110.0, 8.0));
        let text = layout(&page);
        assert!(text.contains("the Regulation and the law"), "{text}");
        assert!(!text.contains("2016/679") && !text.contains("Official Journal"), "{text}");
        // An exponent without a note at the foot of the page stays.
        let mut page = set("The area is 40 m", 50.0, 700.0, 10.0);
        page.extend(set("2", 50.0 + 16.0 * 5.0, 703.5, 6.0));
        page.extend(set("3 Page furniture", 50.0, 120.0, 8.0));
        assert!(layout(&page).contains("40 m2"), "{}", layout(&page));
    }

    #[test]
    fn wrapped_cells_are_told_from_rows_by_the_space_between_rows() {
        let glyphs: Vec<Vec<Glyph>> = [700.0, 687.85, 671.2, 659.05, 642.4].iter().map(|y| set("Cell", 50.0, *y, 9.0)).collect();
        let lines: Vec<Vec<&Glyph>> = glyphs.iter().map(|l| l.iter().collect()).collect();
        // Lines 12.15 apart within a row, 16.65 between rows.
        assert_eq!(wrapped_line_step(&lines).map(|s| (s * 100.0).round()), Some(1215.0));
        // Evenly spaced lines: no telling.
        let even: Vec<Vec<Glyph>> = [700.0, 687.85, 675.7].iter().map(|y| set("Cell", 50.0, *y, 9.0)).collect();
        let even: Vec<Vec<&Glyph>> = even.iter().map(|l| l.iter().collect()).collect();
        assert_eq!(wrapped_line_step(&even), None);
    }

    /// Lines of `(left, right)` on the baselines `ys`; the right part starts at x 200.
    fn two_parts(rows: &[(&str, &str, f64)]) -> Vec<Glyph> {
        rows.iter().flat_map(|(l, r, y)| set(l, 50.0, *y, 10.0).into_iter().chain(set(r, 200.0, *y, 10.0))).collect()
    }

    #[test]
    fn a_table_of_labels_and_wrapped_values_is_read_row_by_row() {
        // Rows 19 apart, the wrapped lines of a value 14 apart.
        let table = two_parts(&[
            ("Area", "Measures", 700.0),
            ("Access", "Badge readers and a", 681.0),
            ("", "visitor log", 667.0),
            ("Logging", "Logs kept for 90 days", 648.0),
            ("Backups", "Nightly copies kept", 629.0),
            ("", "for 35 days", 615.0),
        ]);
        let text = layout(&table);
        assert!(text.contains("| Access | Badge readers and a visitor log |"), "{text}");
        assert!(text.contains("| Backups | Nightly copies kept for 35 days |"), "{text}");
        // Evenly spaced lines (two columns of running text) and hanging clause numbers stay lines.
        let even = two_parts(&[
            ("The processor", "shall keep the", 700.0),
            ("records of all", "categories of", 686.0),
            ("", "processing", 672.0),
            ("activities", "carried out", 658.0),
        ]);
        assert!(!layout(&even).contains('|'), "{}", layout(&even));
        let numbered = two_parts(&[("5.1", "The processor shall", 700.0), ("", "keep records.", 686.0), ("5.2", "It shall assist", 667.0), ("5.3", "It shall delete", 648.0)]);
        assert!(!layout(&numbered).contains('|'), "{}", layout(&numbered));
        // Rows that do not wrap, set apart more than the lines of the text around them.
        let mut page = set("The measures are these:", 50.0, 760.0, 10.0);
        page.extend(set("They apply to all systems.", 50.0, 746.0, 10.0));
        page.extend(set("They are reviewed every year.", 50.0, 732.0, 10.0));
        page.extend(two_parts(&[("Access", "Badges", 710.0), ("Logging", "Logs kept 90 days", 690.0), ("Backups", "Nightly", 670.0)]));
        page.extend(set("The processor keeps them up to date.", 50.0, 650.0, 10.0));
        page.extend(set("It reports on them once a year.", 50.0, 636.0, 10.0));
        let text = layout(&page);
        assert!(text.contains("| Logging | Logs kept 90 days |"), "{text}");
        // The same lines set like the text around them stay lines.
        let mut page = set("The parties are these:", 50.0, 760.0, 10.0);
        page.extend(two_parts(&[("Customer", "Acme Ltd", 746.0), ("Supplier", "Brightwell Ltd", 732.0), ("Signed", "Oslo", 718.0)]));
        page.extend(set("Both sign below.", 50.0, 704.0, 10.0));
        assert!(!layout(&page).contains('|'), "{}", layout(&page));
    }

    /// A name that wraps in the first column of a table ("Nordvault" / "Hosting Oy") stays in its
    /// row, as a wrapped cell in a later column does.
    #[test]
    fn a_wrapped_first_cell_stays_in_its_row() {
        let three = |rows: &[(&str, &str, &str, f64)]| -> Vec<Glyph> {
            rows.iter().flat_map(|(a, b, c, y)| set(a, 50.0, *y, 10.0).into_iter().chain(set(b, 200.0, *y, 10.0)).chain(set(c, 300.0, *y, 10.0))).collect()
        };
        // Rows 19 apart, the wrapped line of a name 14 under its row.
        let table = three(&[
            ("Name", "Location", "Purpose", 700.0),
            ("Fjordvik", "Espoo", "Hosting", 681.0),
            ("Hosting Oy", "", "", 667.0),
            ("Mailbirch SAS", "Lyon", "E-mail", 648.0),
            ("Relaywise Inc.", "Denver", "Support", 629.0),
        ]);
        let text = layout(&table);
        assert!(text.contains("| Fjordvik Hosting Oy | Espoo | Hosting |"), "{text}");
        assert!(text.contains("| Mailbirch SAS | Lyon | E-mail |"), "{text}");
    }

    /// A numbered paragraph under a table, its number hanging before running text whose words
    /// happen to start where the table's cells do, is no row of the table.
    #[test]
    fn a_numbered_paragraph_after_a_table_is_no_row() {
        let mut glyphs: Vec<Glyph> = [("Navn", "Adresse", "Behandling", 700.0), ("Skovdrift ApS", "Vejle", "Hosting", 681.0), ("Sendbud A/S", "Aalborg", "SMS", 662.0)]
            .iter()
            .flat_map(|(a, b, c, y)| set(a, 50.0, *y, 10.0).into_iter().chain(set(b, 200.0, *y, 10.0)).chain(set(c, 300.0, *y, 10.0)))
            .collect();
        // "tilføjelse" starts at x 200 and "udskiftning" at 300, where the table's cells do.
        glyphs.extend(set("B.2", 50.0, 640.0, 10.0));
        // Words placed by position, no space glyphs between them (as Chromium writes them).
        let words = |text: &str, x: f64, y: f64| set(text, x, y, 10.0).into_iter().filter(|g| g.text != " ");
        glyphs.extend(words("Databehandleren varsler tilføjelse eller af udskiftning af underdatabehandlere mindst 30 dage før", 80.0, 640.0));
        glyphs.extend(words("ændringen, jf. punkt 7.1.", 80.0, 626.0));
        let text = layout(&glyphs);
        assert!(text.contains("| Sendbud A/S | Aalborg | SMS |"), "{text}");
        assert!(!text.contains("| B.2"), "{text}");
        assert!(text.contains("B.2 Databehandleren varsler tilføjelse eller af udskiftning"), "{text}");
    }

    /// Rows set as close as the lines of a wrapped cell (LaTeX's tabular without padding): a line
    /// with every column filled after a line that held only a wrapped cell's rest is a row.
    #[test]
    fn rows_as_close_as_wrapped_lines_stay_apart() {
        let three = |rows: &[(&str, &str, &str, f64)]| -> Vec<Glyph> {
            rows.iter().flat_map(|(a, b, c, y)| set(a, 50.0, *y, 10.0).into_iter().chain(set(b, 200.0, *y, 10.0)).chain(set(c, 300.0, *y, 10.0))).collect()
        };
        // The header 20 above the first row (a rule between), then every line 13.5 apart.
        let table = three(&[
            ("Name", "Location", "Service", 700.0),
            ("Aurelio SA", "Lisbon", "Hosting and", 680.0),
            ("", "", "backups", 666.5),
            ("Textbird Lda", "Braga", "Reminders by", 653.0),
            ("", "", "text message", 639.5),
            ("Helpwise OU", "Tallinn", "Support", 626.0),
        ]);
        let text = layout(&table);
        assert!(text.contains("| Aurelio SA | Lisbon | Hosting and backups |"), "{text}");
        assert!(text.contains("| Textbird Lda | Braga | Reminders by text message |"), "{text}");
        assert!(text.contains("| Helpwise OU | Tallinn | Support |"), "{text}");
    }

    /// A soft hyphen read as a space before the hyphen drawn at a break (`förhands ‐`) goes; a
    /// dash between words stays apart.
    #[test]
    fn a_soft_hyphen_read_as_a_space_is_no_space() {
        let mut page = set("skriftligt förhands \u{2010}", 50.0, 700.0, 10.0);
        page.extend(set("tillstånd till att", 50.0, 686.0, 10.0));
        page.extend(set("drift och lagring -", 50.0, 672.0, 10.0));
        let text = layout(&page);
        assert!(text.contains("förhands\u{2010}\ntillstånd"), "{text}");
        assert!(text.contains("lagring -"), "{text}");
    }

    /// Chromium draws a soft hyphen inside a word as the space's glyph with the next letter at
    /// the same place: the word stays whole. A real space, which the next letter follows, stays.
    #[test]
    fn a_space_glyph_drawn_over_is_no_space() {
        let mut line = set("databes", 50.0, 700.0, 10.0);
        let x = line.last().map_or(0.0, |g| g.x + 5.0);
        line.push(Glyph { x, y: 700.0, end: x + 2.8, size: 10.0, text: " ".to_string() });
        line.extend(set("kyttelsen gælder", x, 700.0, 10.0));
        let text = layout(&line);
        assert!(text.contains("databeskyttelsen gælder"), "{text}");
    }

    #[test]
    fn encrypt_entry_is_found() {
        assert!(has_encrypt_entry(b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R >>"));
        assert!(!has_encrypt_entry(b"trailer\n<< /Size 5 /Root 1 0 R >>"));
    }
}
