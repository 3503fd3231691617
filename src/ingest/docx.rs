//! DOCX through zip + quick-xml: paragraphs, headings from styles, tables as rows, and list
//! numbers rebuilt from `word/numbering.xml` and written out as text ("7.3 Text…").
//!
//! Headers, footers and footnotes live in their own parts and are not read, so no page
//! furniture reaches the text. A DOCX whose paragraphs are really lines (text pasted from a PDF,
//! a paragraph per line) is recognised and reflowed like TXT.
//!
//! Zip-bomb guard: at most [`MAX_ENTRIES`] entries, and every part is read through `take`, so
//! no more than [`MAX_UNPACKED`] bytes are ever inflated whatever the headers claim.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::reflow::{drop_footnotes, join, read_line, Item};
use super::words::words;
use super::{IngestError, IngestErrorKind};
use crate::hash::FxMap;
use crate::{Document, Format, ParagraphKind};

/// Bytes inflated across all parts read.
pub(super) const MAX_UNPACKED: u64 = 50 * 1024 * 1024;
/// Entries in the zip directory.
pub(super) const MAX_ENTRIES: usize = 10_000;

pub(super) fn read(bytes: &[u8], name: &str, sha256: String) -> Result<Document, IngestError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(IngestError::new(IngestErrorKind::DocxTooLarge, format!("{} zip entries", archive.len())));
    }
    let mut budget = MAX_UNPACKED;
    let document = match part(&mut archive, "word/document.xml", &mut budget)? {
        Some(xml) => xml,
        None => return Err(IngestError::new(IngestErrorKind::UnsupportedFormat, "a zip archive without word/document.xml")),
    };
    let styles = match part(&mut archive, "word/styles.xml", &mut budget)? {
        Some(xml) => read_styles(&xml)?,
        None => BTreeMap::new(),
    };
    let mut numbering = match part(&mut archive, "word/numbering.xml", &mut budget)? {
        Some(xml) => read_numbering(&xml)?,
        None => Numbering::default(),
    };
    numbering.follow_list_styles(&styles);
    let paragraphs = read_document(&document, &styles, &numbering)?;
    Ok(Document::from_paragraphs(name, sha256, Format::Docx, reflow(paragraphs)))
}

fn corrupt(detail: impl Into<String>) -> IngestError {
    IngestError::new(IngestErrorKind::CorruptDocx, detail)
}

/// One part, inflated under the shared budget; `None` if the archive lacks it.
fn part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str, budget: &mut u64) -> Result<Option<Vec<u8>>, IngestError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(corrupt(format!("{name}: {e}"))),
    };
    let mut out = Vec::new();
    file.take(*budget + 1).read_to_end(&mut out).map_err(|e| corrupt(format!("{name}: {e}")))?;
    if out.len() as u64 > *budget {
        return Err(IngestError::new(IngestErrorKind::DocxTooLarge, format!("{name} unpacks past the limit")));
    }
    *budget -= out.len() as u64;
    Ok(Some(out))
}

// ---------------------------------------------------------------------------------------------
// XML helpers

fn local(name: &[u8]) -> &[u8] {
    match name.iter().position(|b| *b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The `w:val` (or any `*:val`) attribute.
fn val(e: &BytesStart<'_>) -> Option<String> {
    attr(e, b"val")
}

fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes().flatten().find(|a| local(a.key.as_ref()) == key).and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> IngestError {
    corrupt(format!("{part}: {e}"))
}

/// The text an entity reference stands for.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Styles

#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num_id: Option<String>,
    ilvl: Option<u8>,
}

fn read_styles(xml: &[u8]) -> Result<BTreeMap<String, Style>, IngestError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut styles = BTreeMap::new();
    let mut current: Option<(String, Style)> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| xml_error("styles.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                match local(e.name().as_ref()) {
                    b"style" if is_start => current = attr(e, b"styleId").map(|id| (id, Style::default())),
                    b"name" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.name = val(e).unwrap_or_default();
                        }
                    }
                    b"basedOn" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.based_on = val(e);
                        }
                    }
                    b"outlineLvl" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.outline = val(e).and_then(|v| v.parse().ok());
                        }
                    }
                    b"numId" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.num_id = val(e);
                        }
                    }
                    b"ilvl" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.ilvl = val(e).and_then(|v| v.parse().ok());
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) if local(e.name().as_ref()) == b"style" => {
                if let Some((id, style)) = current.take() {
                    styles.insert(id, style);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(styles)
}

/// The heading level a style gives (1 = top): its outline level, or a name like "heading 2",
/// "Overskrift 2", "Überschrift 2", "Title".
fn heading_level(styles: &BTreeMap<String, Style>, id: &str) -> Option<u8> {
    let mut id = id.to_string();
    for _ in 0..8 {
        let style = styles.get(&id);
        let name = style.map(|s| s.name.clone()).unwrap_or_else(|| id.clone());
        if let Some(level) = style.and_then(|s| s.outline) {
            return (level < 9).then_some(level + 1);
        }
        let key: String = name.to_lowercase().chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != '-').collect();
        for word in &words().docx.heading_styles {
            if let Some(rest) = key.strip_prefix(word.as_str()) {
                if let Ok(level) = rest.parse::<u8>() {
                    return (1..=9).contains(&level).then_some(level);
                }
            }
        }
        if words().docx.title_styles.contains(&key) {
            return Some(1);
        }
        id = style.and_then(|s| s.based_on.clone())?;
    }
    None
}

/// A table-of-contents entry style ("TOC 1", "Indholdsfortegnelse 2"), by id or name.
fn is_toc_style(styles: &BTreeMap<String, Style>, id: &str) -> bool {
    let name = styles.get(id).map(|s| s.name.as_str()).unwrap_or("");
    [id, name].iter().any(|n| {
        let key: String = n.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        words().docx.toc_styles.iter().any(|w| key.strip_prefix(w.as_str()).is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())))
    })
}

/// What a paragraph style means for its paragraphs, worked out once per style of a document
/// (most paragraphs share a handful of styles).
struct Facts {
    heading: Option<u8>,
    toc: bool,
    numbering: (Option<String>, Option<u8>),
}

/// The document's styles, with the [`Facts`] of each style met so far.
struct StyleFacts<'s> {
    styles: &'s BTreeMap<String, Style>,
    memo: FxMap<String, Facts>,
}

impl StyleFacts<'_> {
    fn of(&mut self, id: &str) -> &Facts {
        if !self.memo.contains_key(id) {
            let facts = Facts { heading: heading_level(self.styles, id), toc: is_toc_style(self.styles, id), numbering: style_numbering(self.styles, id) };
            self.memo.insert(id.to_string(), facts);
        }
        &self.memo[id]
    }
}

/// Numbering a style carries (numId, ilvl), following `basedOn`.
fn style_numbering(styles: &BTreeMap<String, Style>, id: &str) -> (Option<String>, Option<u8>) {
    let mut id = id.to_string();
    let mut ilvl = None;
    for _ in 0..8 {
        let Some(style) = styles.get(&id) else { break };
        ilvl = ilvl.or(style.ilvl);
        if style.num_id.is_some() {
            return (style.num_id.clone(), ilvl);
        }
        match &style.based_on {
            Some(parent) => id = parent.clone(),
            None => break,
        }
    }
    (None, ilvl)
}

// ---------------------------------------------------------------------------------------------
// Numbering

#[derive(Debug, Default, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
    /// `w:isLgl`: the counters this level shows are all decimal.
    legal: bool,
    /// `w:lvlRestart`: restart only after a use of this one-based level or one above it; 0: never.
    restart: Option<u32>,
}

#[derive(Debug, Default, Clone)]
struct Num {
    abstract_id: String,
    /// Level → start override.
    overrides: BTreeMap<u8, u32>,
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: BTreeMap<String, BTreeMap<u8, Level>>,
    nums: BTreeMap<String, Num>,
    /// An abstract numbering that only names a list style (`w:numStyleLink`) → that style.
    style_links: BTreeMap<String, String>,
    /// The same abstract numbering → the one that defines the list style's levels.
    definitions: BTreeMap<String, String>,
}

impl Numbering {
    /// Resolves each `w:numStyleLink`: the list style's paragraph properties name a `w:num`,
    /// whose abstract numbering holds the levels (Word's list styles, common in legal templates).
    fn follow_list_styles(&mut self, styles: &BTreeMap<String, Style>) {
        for (id, style) in &self.style_links {
            let target = styles.get(style).and_then(|s| s.num_id.as_ref()).and_then(|n| self.nums.get(n)).map(|n| &n.abstract_id);
            if let Some(target) = target.filter(|t| *t != id && self.abstracts.contains_key(*t)) {
                self.definitions.insert(id.clone(), target.clone());
            }
        }
    }

    /// The abstract numbering that defines the levels of `abstract_id`.
    fn definition<'a>(&'a self, abstract_id: &'a str) -> &'a str {
        self.definitions.get(abstract_id).map_or(abstract_id, String::as_str)
    }
}

fn read_numbering(xml: &[u8]) -> Result<Numbering, IngestError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut numbering = Numbering::default();
    let mut abstract_id: Option<String> = None;
    let mut level: Option<(u8, Level)> = None;
    let mut num: Option<(String, Num)> = None;
    let mut override_level: Option<u8> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| xml_error("numbering.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                match local(e.name().as_ref()) {
                    b"abstractNum" if is_start => abstract_id = attr(e, b"abstractNumId"),
                    b"lvl" if is_start && override_level.is_none() => {
                        let ilvl = attr(e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = Some((ilvl, Level { start: 1, format: "decimal".into(), text: String::new(), legal: false, restart: None }));
                    }
                    b"start" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.start = val(e).and_then(|v| v.parse().ok()).unwrap_or(1);
                        }
                    }
                    b"numFmt" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.format = val(e).unwrap_or_default();
                        }
                    }
                    b"isLgl" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.legal = val(e).is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
                        }
                    }
                    b"lvlRestart" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.restart = val(e).and_then(|v| v.parse().ok());
                        }
                    }
                    b"numStyleLink" => {
                        if let Some(id) = abstract_id.as_ref() {
                            if let Some(style) = val(e) {
                                numbering.style_links.insert(id.clone(), style);
                            }
                        }
                    }
                    b"lvlText" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.text = val(e).unwrap_or_default();
                        }
                    }
                    b"num" if is_start => num = attr(e, b"numId").map(|id| (id, Num::default())),
                    b"abstractNumId" => {
                        if let Some((_, n)) = num.as_mut() {
                            n.abstract_id = val(e).unwrap_or_default();
                        }
                    }
                    b"lvlOverride" if is_start => override_level = attr(e, b"ilvl").and_then(|v| v.parse().ok()),
                    b"startOverride" => {
                        if let (Some((_, n)), Some(ilvl)) = (num.as_mut(), override_level) {
                            if let Some(start) = val(e).and_then(|v| v.parse().ok()) {
                                n.overrides.insert(ilvl, start);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => match local(e.name().as_ref()) {
                b"lvl" if override_level.is_none() => {
                    if let (Some(id), Some((ilvl, l))) = (abstract_id.as_ref(), level.take()) {
                        numbering.abstracts.entry(id.clone()).or_default().insert(ilvl, l);
                    }
                }
                b"abstractNum" => abstract_id = None,
                b"lvlOverride" => override_level = None,
                b"num" => {
                    if let Some((id, n)) = num.take() {
                        numbering.nums.insert(id, n);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(numbering)
}

/// Counters per abstract numbering: lists that share one continue each other's numbers, and a
/// `w:num` with a start override restarts the level the first time it is used.
#[derive(Default)]
struct Counters {
    values: BTreeMap<String, [Option<u32>; 9]>,
    seen_nums: std::collections::BTreeSet<String>,
}

impl Counters {
    /// The number text for a paragraph in list `num_id` at `ilvl`, and whether it is a bullet.
    fn next(&mut self, numbering: &Numbering, num_id: &str, ilvl: u8) -> Option<(String, bool)> {
        let num = numbering.nums.get(num_id)?;
        let abstract_id = numbering.definition(&num.abstract_id);
        let levels = numbering.abstracts.get(abstract_id)?;
        let ilvl = ilvl.min(8);
        let counters = self.values.entry(abstract_id.to_string()).or_default();
        if self.seen_nums.insert(num_id.to_string()) {
            for (&l, &start) in &num.overrides {
                if (l as usize) < 9 {
                    counters[l as usize] = Some(start.saturating_sub(1));
                    for deeper in counters.iter_mut().skip(l as usize + 1) {
                        *deeper = None;
                    }
                }
            }
        }
        let start_of = |l: u8| levels.get(&l).map_or(1, |lv| lv.start);
        let i = ilvl as usize;
        counters[i] = Some(match counters[i] {
            Some(n) => n.saturating_add(1),
            None => start_of(ilvl),
        });
        // A deeper level starts again, unless its w:lvlRestart says it restarts only after a
        // level above this one (one-based; 0: never).
        for (d, deeper) in counters.iter_mut().enumerate().skip(i + 1) {
            let restart = levels.get(&(d as u8)).and_then(|l| l.restart);
            if restart.is_none_or(|r| r != 0 && i < r as usize) {
                *deeper = None;
            }
        }
        let level = levels.get(&ilvl)?;
        if level.format == "bullet" {
            return Some((String::new(), true));
        }
        let mut text = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let l = (d.max(1) - 1) as u8;
                    let value = counters.get(l as usize).copied().flatten().unwrap_or_else(|| start_of(l));
                    // Legal numbering (w:isLgl) shows every level's counter in decimal: "2.1", not "II.1".
                    let format = if level.legal { "decimal" } else { levels.get(&l).map_or("decimal", |lv| lv.format.as_str()) };
                    text.push_str(&format_number(value, format));
                    continue;
                }
            }
            text.push(c);
        }
        Some((text.trim().to_string(), false))
    }
}

/// A counter in a Word number format.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        "none" | "bullet" => String::new(),
        _ => n.to_string(),
    }
}

/// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = (b'A' + ((n - 1) % 26) as u8) as char;
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1).min(10) as usize).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, digits) in table {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Document

/// A paragraph as Word has it, before reflow.
#[derive(Debug, Clone, PartialEq)]
struct WordParagraph {
    /// Text, with `\n` for manual line breaks.
    text: String,
    /// Heading, list item or table row when the document says so; `Body` otherwise.
    kind: ParagraphKind,
}

#[derive(Default)]
struct ParaState {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
}

fn read_document(xml: &[u8], styles: &BTreeMap<String, Style>, numbering: &Numbering) -> Result<Vec<WordParagraph>, IngestError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut counters = Counters::default();
    let mut facts = StyleFacts { styles, memo: FxMap::default() };
    let mut para: Option<ParaState> = None;
    // Rows being built (innermost last), each a list of cells.
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut in_text = false;
    let mut in_ppr = false;
    // Depth inside elements whose content is skipped (text boxes, fallbacks, tracked-change
    // history: deleted text, and text moved away from here, which `moveTo` has where it went).
    let mut skip = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| xml_error("document.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                let qname = e.name();
                let name = local(qname.as_ref());
                if skip > 0 {
                    if is_start {
                        skip += 1;
                    }
                    buf.clear();
                    continue;
                }
                match name {
                    b"txbxContent" | b"Fallback" | b"pPrChange" | b"rPrChange" | b"del" | b"moveFrom" | b"footnoteReference" | b"endnoteReference" if is_start => skip = 1,
                    b"p" if is_start => para = Some(ParaState::default()),
                    b"pPr" if is_start => in_ppr = true,
                    b"pStyle" if in_ppr => {
                        if let Some(p) = para.as_mut() {
                            p.style = val(e);
                        }
                    }
                    b"numId" if in_ppr => {
                        if let Some(p) = para.as_mut() {
                            p.num_id = val(e);
                        }
                    }
                    b"ilvl" if in_ppr => {
                        if let Some(p) = para.as_mut() {
                            p.ilvl = val(e).and_then(|v| v.parse().ok());
                        }
                    }
                    b"outlineLvl" if in_ppr => {
                        if let Some(p) = para.as_mut() {
                            p.outline = val(e).and_then(|v| v.parse().ok());
                        }
                    }
                    b"t" if is_start => in_text = true,
                    b"tab" if !in_ppr => push(&mut para, " "),
                    b"br" | b"cr" => {
                        if attr(e, b"type").as_deref() != Some("page") && !in_ppr {
                            push(&mut para, "\n");
                        }
                    }
                    b"noBreakHyphen" => push(&mut para, "-"),
                    b"tr" if is_start => rows.push(Vec::new()),
                    b"tc" if is_start => {
                        if let Some(row) = rows.last_mut() {
                            row.push(String::new());
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if skip > 0 {
                    skip -= 1;
                    buf.clear();
                    continue;
                }
                match local(e.name().as_ref()) {
                    b"t" => in_text = false,
                    b"pPr" => in_ppr = false,
                    b"p" => {
                        if let Some(p) = para.take() {
                            if let Some(row) = rows.last_mut() {
                                if let Some(cell) = row.last_mut() {
                                    let text = p.text.replace('\n', " ");
                                    if !text.trim().is_empty() {
                                        if !cell.is_empty() {
                                            cell.push(' ');
                                        }
                                        cell.push_str(text.trim());
                                    }
                                }
                            } else if !p.style.as_deref().is_some_and(|s| facts.of(s).toc) {
                                out.push(finish(p, &mut facts, numbering, &mut counters));
                            }
                        }
                    }
                    b"tr" => {
                        if let Some(row) = rows.pop() {
                            let cells: Vec<String> = row.iter().map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|c| !c.is_empty()).collect();
                            if !cells.is_empty() {
                                let text = cells.join(" | ");
                                match rows.last_mut().and_then(|r| r.last_mut()) {
                                    // A table inside a cell: its rows become text of the outer cell.
                                    Some(cell) => {
                                        cell.push(' ');
                                        cell.push_str(&text);
                                    }
                                    None => out.push(WordParagraph { text, kind: ParagraphKind::TableRow }),
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if in_text && skip == 0 => {
                let text = t.decode().map_err(|e| xml_error("document.xml", e))?;
                push(&mut para, &text);
            }
            Event::GeneralRef(ref r) if in_text && skip == 0 => {
                let name = r.decode().map_err(|e| xml_error("document.xml", e))?;
                if let Some(c) = entity(&name) {
                    push(&mut para, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

fn push(para: &mut Option<ParaState>, text: &str) {
    if let Some(p) = para.as_mut() {
        p.text.push_str(text);
    }
}

/// Kind and list number of a finished paragraph.
fn finish(p: ParaState, facts: &mut StyleFacts, numbering: &Numbering, counters: &mut Counters) -> WordParagraph {
    let heading = match p.outline {
        Some(level) if level < 9 => Some(level + 1),
        _ => p.style.as_deref().and_then(|s| facts.of(s).heading),
    };
    let (style_num, style_ilvl) = p.style.as_deref().map(|s| facts.of(s).numbering.clone()).unwrap_or((None, None));
    let num_id = p.num_id.clone().or(style_num).filter(|id| id != "0");
    let ilvl = p.ilvl.or(style_ilvl).unwrap_or(0);
    let mut text = p.text;
    let mut kind = heading.map_or(ParagraphKind::Body, ParagraphKind::Heading);
    // An empty numbered paragraph shows no number in Word either, but it still counts.
    if let Some(num_id) = num_id {
        if let Some((number, bullet)) = counters.next(numbering, &num_id, ilvl) {
            if heading.is_none() {
                kind = ParagraphKind::ListItem(ilvl);
            }
            if !bullet && !number.is_empty() && !text.trim().is_empty() {
                text = format!("{number} {}", text.trim_start());
            }
        }
    }
    WordParagraph { text, kind }
}

/// Word paragraphs → clean paragraphs. A document of lines (most paragraphs end mid-sentence)
/// goes through the same joining as TXT; otherwise each Word paragraph stays one paragraph.
fn reflow(paragraphs: Vec<WordParagraph>) -> Vec<(String, ParagraphKind)> {
    // Neighbouring plain paragraphs where one runs on into the next, out of all paragraphs of
    // text, numbered ones too: in a document Word numbers, the few plain paragraphs left (a title,
    // a parties block "mellem" / "og") are no sign of lines pasted from a PDF.
    let text: Vec<&WordParagraph> = paragraphs.iter().filter(|p| !matches!(p.kind, ParagraphKind::Heading(_)) && !p.text.trim().is_empty()).collect();
    let body = text.iter().filter(|p| p.kind == ParagraphKind::Body).count();
    let run_on = text
        .windows(2)
        .filter(|w| w.iter().all(|p| p.kind == ParagraphKind::Body))
        .filter(|w| !w[0].text.trim().ends_with(['.', '!', '?', ':', ';']) && w[1].text.trim().starts_with(|c: char| c.is_lowercase()))
        .count();
    let line_mode = body >= 4 && run_on >= 3 && run_on * 10 >= text.len();
    let mut items = Vec::new();
    for p in paragraphs {
        if p.kind != ParagraphKind::Body {
            items.push(Item::block(super::reflow::clean(&p.text), p.kind));
            continue;
        }
        if line_mode {
            items.extend(p.text.split('\n').filter_map(|line| read_line(line, false)));
        } else if let Some(mut item) = read_line(&p.text.replace('\n', " "), false) {
            item.start = true;
            items.push(item);
        }
    }
    drop_footnotes(join(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        let cases = [(1, "decimal", "1"), (3, "lowerLetter", "c"), (28, "upperLetter", "BB"), (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"), (7, "decimalZero", "07"), (2, "bullet", "")];
        for (n, format, expected) in cases {
            assert_eq!(format_number(n, format), expected, "{n} {format}");
        }
    }

    #[test]
    fn heading_styles_by_name_and_outline() {
        let mut styles = BTreeMap::new();
        styles.insert("Heading2".to_string(), Style { name: "heading 2".into(), ..Style::default() });
        styles.insert("Overskrift1".to_string(), Style { name: "Overskrift 1".into(), ..Style::default() });
        styles.insert("Custom".to_string(), Style { name: "Klausul".into(), outline: Some(2), ..Style::default() });
        styles.insert("Child".to_string(), Style { name: "Min stil".into(), based_on: Some("Heading2".into()), ..Style::default() });
        styles.insert("Normal".to_string(), Style { name: "Normal".into(), ..Style::default() });
        assert_eq!(heading_level(&styles, "Heading2"), Some(2));
        assert_eq!(heading_level(&styles, "Overskrift1"), Some(1));
        assert_eq!(heading_level(&styles, "Custom"), Some(3));
        assert_eq!(heading_level(&styles, "Child"), Some(2));
        assert_eq!(heading_level(&styles, "Normal"), None);
        assert_eq!(heading_level(&styles, "berschrift3"), Some(3));
        styles.insert("TOC1".to_string(), Style { name: "toc 1".into(), ..Style::default() });
        styles.insert("Indholdsfortegnelse2".to_string(), Style { name: "Indholdsfortegnelse 2".into(), ..Style::default() });
        assert!(is_toc_style(&styles, "TOC1"));
        assert!(is_toc_style(&styles, "Indholdsfortegnelse2"));
        assert!(!is_toc_style(&styles, "Heading2"));
        assert!(!is_toc_style(&styles, "TOCHeading"));
    }
}
