//! A small reader of the Word files Klausul writes, independent of the writer: what the text
//! reads as when every revision is accepted, and when every one is rejected; the comments and
//! the words each is anchored on; every `w:id` of a revision or comment.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What a .docx says.
#[derive(Debug, Default)]
pub struct Word {
    /// The text with every revision accepted (paragraphs end with `\n`, cells with ` `).
    pub accepted: String,
    /// The text with every revision rejected.
    pub rejected: String,
    /// The ids of every `w:ins`, `w:del` (runs, paragraph marks, table rows) and `w:comment`.
    pub ids: Vec<u32>,
    /// Each comment's text, by id.
    pub comments: BTreeMap<u32, String>,
    /// The text (as accepted) between each comment's range start and end, by id.
    pub anchored: BTreeMap<u32, String>,
    /// The authors and dates of the revisions.
    pub stamps: Vec<(String, String)>,
    /// Paragraph style ids in order (`Heading1`, …; empty for Normal).
    pub styles: Vec<String>,
    /// Number of tables.
    pub tables: usize,
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn part(bytes: &[u8], name: &str) -> Option<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut file = zip.by_name(name).ok()?;
    let mut s = String::new();
    file.read_to_string(&mut s).expect("UTF-8 part");
    Some(s)
}

/// The text of a text event or an entity reference (`&amp;` comes as its own event).
fn text_of(ev: &Event) -> String {
    match ev {
        Event::Text(t) => t.decode().expect("UTF-8 text").into_owned(),
        Event::GeneralRef(r) => match r.decode().expect("UTF-8 reference").as_ref() {
            "amp" => "&".into(),
            "lt" => "<".into(),
            "gt" => ">".into(),
            "quot" => "\"".into(),
            "apos" => "'".into(),
            other => {
                let code = match other.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => other.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32).unwrap_or_else(|| panic!("unexpected entity &{other};")).to_string()
            }
        },
        _ => String::new(),
    }
}

/// Reads a .docx; panics on anything malformed.
pub fn read(bytes: &[u8]) -> Word {
    let mut w = Word::default();
    let doc = part(bytes, "word/document.xml").expect("word/document.xml");
    let mut r = Reader::from_str(&doc);
    let (mut in_ins, mut in_del, mut in_t, mut in_del_text, mut in_ppr) = (0, 0, false, false, false);
    // The paragraph's mark: inserted (gone when rejected) or deleted (gone when accepted); a
    // mark that is gone joins the paragraph with the next one.
    let mut mark: Option<&'static str> = None;
    let mut open: Vec<u32> = Vec::new();
    loop {
        match r.read_event().expect("well-formed document.xml") {
            Event::Start(e) => match e.local_name().as_ref() {
                b"ins" | b"del" => {
                    w.ids.push(attr(&e, b"w:id").expect("revision id").parse().expect("numeric id"));
                    w.stamps.push((attr(&e, b"w:author").expect("author"), attr(&e, b"w:date").expect("date")));
                    if e.local_name().as_ref() == b"ins" { in_ins += 1 } else { in_del += 1 }
                }
                // A paragraph is Normal until its pPr says otherwise.
                b"p" => w.styles.push(String::new()),
                b"t" => in_t = true,
                b"delText" => in_del_text = true,
                b"pPr" => in_ppr = true,
                b"tbl" => w.tables += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"ins" | b"del" => {
                    w.ids.push(attr(&e, b"w:id").expect("mark revision id").parse().expect("numeric id"));
                    w.stamps.push((attr(&e, b"w:author").expect("author"), attr(&e, b"w:date").expect("date")));
                    if in_ppr {
                        mark = Some(if e.local_name().as_ref() == b"ins" { "ins" } else { "del" });
                    }
                }
                b"pStyle" if in_ppr => {
                    if let Some(last) = w.styles.last_mut() {
                        *last = attr(&e, b"w:val").unwrap_or_default();
                    }
                }
                b"commentRangeStart" => open.push(attr(&e, b"w:id").expect("id").parse().expect("numeric")),
                b"commentRangeEnd" => {
                    let id: u32 = attr(&e, b"w:id").expect("id").parse().expect("numeric");
                    open.retain(|&o| o != id);
                }
                b"p" => {
                    w.styles.push(String::new());
                    w.accepted.push('\n');
                    w.rejected.push('\n');
                }
                b"tab" => {
                    w.accepted.push(' ');
                    w.rejected.push(' ');
                }
                _ => {}
            },
            ev @ (Event::Text(_) | Event::GeneralRef(_)) => {
                let text = text_of(&ev);
                if in_t {
                    assert_eq!(in_del, 0, "w:t inside w:del");
                    w.accepted.push_str(&text);
                    for id in &open {
                        w.anchored.entry(*id).or_default().push_str(&text);
                    }
                    if in_ins == 0 {
                        w.rejected.push_str(&text);
                    }
                } else if in_del_text {
                    assert!(in_del > 0, "w:delText outside w:del");
                    w.rejected.push_str(&text);
                    for id in &open {
                        w.anchored.entry(*id).or_default().push_str(&text);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"ins" => in_ins -= 1,
                b"del" => in_del -= 1,
                b"t" => in_t = false,
                b"delText" => in_del_text = false,
                b"pPr" => in_ppr = false,
                b"p" => {
                    if mark != Some("del") {
                        w.accepted.push('\n');
                    }
                    if mark != Some("ins") {
                        w.rejected.push('\n');
                    }
                    mark = None;
                    for id in &open {
                        w.anchored.entry(*id).or_default().push('\n');
                    }
                }
                b"tc" => {
                    w.accepted.push(' ');
                    w.rejected.push(' ');
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "comment ranges left open: {open:?}");
    if let Some(comments) = part(bytes, "word/comments.xml") {
        let mut r = Reader::from_str(&comments);
        let mut current: Option<u32> = None;
        let mut in_t = false;
        loop {
            match r.read_event().expect("well-formed comments.xml") {
                Event::Start(e) if e.local_name().as_ref() == b"comment" => {
                    let id: u32 = attr(&e, b"w:id").expect("comment id").parse().expect("numeric");
                    w.ids.push(id);
                    w.comments.insert(id, String::new());
                    current = Some(id);
                }
                Event::Start(e) if e.local_name().as_ref() == b"t" => in_t = true,
                Event::End(e) if e.local_name().as_ref() == b"t" => in_t = false,
                Event::End(e) if e.local_name().as_ref() == b"p" => {
                    if let Some(c) = current.and_then(|id| w.comments.get_mut(&id)) {
                        c.push('\n');
                    }
                }
                ev @ (Event::Text(_) | Event::GeneralRef(_)) if in_t => {
                    if let Some(c) = current.and_then(|id| w.comments.get_mut(&id)) {
                        c.push_str(&text_of(&ev));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    w
}

/// The words of a text: whitespace-separated, without table-cell bars.
pub fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().filter(|w| *w != "|").collect()
}
