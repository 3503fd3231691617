//! HTML → paragraphs: an agreement saved from a supplier's web page ("Save page as…").
//!
//! html5gum tokenizes (WHATWG rules: character references decoded, `<script>` and `<style>`
//! read as raw text); this module keeps what a reader sees of the agreement and drops the page
//! around it:
//! - only the `<main>` element when the page has one (navigation, banners and footers sit
//!   outside it); elsewhere `<header>` and `<footer>` outside an `<article>` or `<section>`;
//! - never `<head>`, scripts, styles, templates, forms, navigation (`<nav>`, a table of contents
//!   too), hidden elements, or a cookie or consent banner (by its class or id);
//! - every block element (`<p>`, `<div>`, `<li>`, `<h2>` …) or `<br>` ends a paragraph; text
//!   inside one is joined with single spaces as a browser lays it out;
//! - `<h1>`…`<h6>` become headings, `<li>` list items with their nesting level, the numbers an
//!   `<ol>` shows (`start`, `type`) are written as if typed; a table row becomes
//!   `a | b | c`, as a DOCX table row does.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::IngestError;
use crate::model::ParagraphKind;
use crate::{Document, Format};

/// Reads an HTML file (any encoding [`super::text::decode`] reads).
pub(super) fn read(bytes: &[u8], name: &str, sha256: String) -> Result<Document, IngestError> {
    let html = super::text::decode(bytes)?;
    Ok(Document::from_paragraphs(name, sha256, Format::Html, paragraphs(&html)))
}

/// Elements whose content is never part of the agreement's text.
const SKIPPED: &[&str] = &["head", "script", "style", "noscript", "template", "nav", "form", "select", "button", "svg", "iframe", "object", "dialog", "title"];

/// Elements that end the paragraph before them and start a new one.
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
];

/// Elements without an end tag.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Words in a class or id that mark page furniture rather than content.
const FURNITURE: &[&str] = &["cookie", "consent", "gdpr-banner", "skip-link", "breadcrumb", "sr-only", "visually-hidden"];

/// One open `<ol>` or `<ul>`: the next number and how it is written (`1`, `a`, `A`, `i`, `I`),
/// or `None` for bullets.
struct List {
    next: Option<(i64, char)>,
}

/// The paragraph being gathered, and what is known about where it sits.
#[derive(Default)]
struct Builder {
    /// Finished paragraphs, each with whether it lies inside `<main>`.
    out: Vec<(String, ParagraphKind, bool)>,
    text: String,
    kind: ParagraphKind,
    /// The cells of the table row being read, when inside a `<tr>`.
    row: Option<Vec<String>>,
    /// The text of the cell being read.
    cell: Option<String>,
    main_depth: usize,
    pre_depth: usize,
}

impl Builder {
    /// Appends text as a browser shows it: runs of white space become one space.
    fn push(&mut self, s: &str) {
        let pre = self.pre_depth > 0 && self.cell.is_none();
        if pre {
            // Preformatted text keeps its lines: each is a paragraph.
            let mut lines = s.split('\n');
            if let Some(first) = lines.next() {
                self.text.push_str(first);
            }
            for line in lines {
                self.flush();
                self.text.push_str(line);
            }
            return;
        }
        let target = match self.cell.as_mut() {
            Some(cell) => cell,
            None => &mut self.text,
        };
        for (i, word) in s.split(|c: char| c.is_whitespace() && c != '\u{a0}').enumerate() {
            if i > 0 && !target.ends_with(' ') {
                target.push(' ');
            }
            target.push_str(word);
        }
    }

    /// Ends the current paragraph (a cell's text stays with its row).
    fn flush(&mut self) {
        if self.cell.is_some() {
            if let Some(cell) = self.cell.as_mut() {
                cell.push(' ');
            }
            return;
        }
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            self.out.push((text, self.kind, self.main_depth > 0));
        }
        self.text.clear();
        self.kind = ParagraphKind::Body;
    }

    fn end_cell(&mut self) {
        if let (Some(cell), Some(row)) = (self.cell.take(), self.row.as_mut()) {
            row.push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        if let Some(row) = self.row.take() {
            if row.iter().any(|c| !c.is_empty()) {
                self.flush();
                self.out.push((row.join(" | "), ParagraphKind::TableRow, self.main_depth > 0));
            }
        }
    }
}

/// The paragraphs of an HTML page, in reading order.
pub(super) fn paragraphs(html: &str) -> Vec<(String, ParagraphKind)> {
    let mut b = Builder::default();
    let mut lists: Vec<List> = Vec::new();
    // The element whose content is skipped, and how deep the same element is nested in it.
    let mut skipping: Option<(String, usize)> = None;
    // Open `<article>` and `<section>` elements: a header or footer inside one is content.
    let mut sections = 0usize;
    let mut saw_main = false;
    // Script and style content is raw text, not markup.
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |key: &str| tag.attributes.get(key.as_bytes()).map(|v| String::from_utf8_lossy(&v.value).to_ascii_lowercase());
                if let Some((skipped, depth)) = skipping.as_mut() {
                    if *skipped == name && !tag.self_closing && !VOID.contains(&name.as_str()) {
                        *depth += 1;
                    }
                    continue;
                }
                let furniture = || {
                    let marks = format!("{} {}", attr("class").unwrap_or_default(), attr("id").unwrap_or_default());
                    FURNITURE.iter().any(|f| marks.contains(f))
                };
                let hidden = tag.attributes.contains_key(b"hidden".as_slice())
                    || attr("aria-hidden").as_deref() == Some("true")
                    || matches!(attr("role").as_deref(), Some("navigation" | "banner" | "contentinfo" | "dialog"))
                    || attr("style").is_some_and(|s| s.replace(' ', "").contains("display:none"));
                let chrome = matches!(name.as_str(), "header" | "footer") && sections == 0 && b.main_depth == 0;
                let void = VOID.contains(&name.as_str()) || tag.self_closing;
                if SKIPPED.contains(&name.as_str()) || hidden || furniture() || chrome {
                    if !void {
                        skipping = Some((name, 1));
                    }
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) || name == "br" {
                    b.flush();
                }
                match name.as_str() {
                    "main" => {
                        b.main_depth += 1;
                        saw_main = true;
                    }
                    "article" | "section" => sections += 1,
                    "pre" => b.pre_depth += 1,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        b.kind = ParagraphKind::Heading(name.as_bytes()[1] - b'0');
                    }
                    "ol" => {
                        let start = attr("start").and_then(|s| s.trim().parse().ok()).unwrap_or(1);
                        // The case of `type` matters (`a` / `A`), so not through `attr`, which folds it.
                        let style = tag.attributes.get(b"type".as_slice()).and_then(|v| v.value.first().map(|&c| char::from(c))).filter(|c| "1aAiI".contains(*c)).unwrap_or('1');
                        lists.push(List { next: Some((start, style)) });
                    }
                    "ul" | "menu" => lists.push(List { next: None }),
                    "li" => {
                        let level = u8::try_from(lists.len().saturating_sub(1)).unwrap_or(u8::MAX);
                        b.kind = ParagraphKind::ListItem(level);
                        if let Some(list) = lists.last_mut() {
                            if let Some((n, style)) = list.next.as_mut() {
                                let value = attr("value").and_then(|v| v.trim().parse().ok()).unwrap_or(*n);
                                b.text.push_str(&format!("{}. ", ordinal(value, *style)));
                                *n = value.saturating_add(1);
                            }
                        }
                    }
                    "tr" => {
                        b.end_row();
                        b.row = Some(Vec::new());
                    }
                    "td" | "th" => {
                        b.end_cell();
                        if b.row.is_none() {
                            b.row = Some(Vec::new());
                        }
                        b.cell = Some(String::new());
                    }
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if let Some((skipped, depth)) = skipping.as_mut() {
                    if *skipped == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skipping = None;
                        }
                    }
                    continue;
                }
                match name.as_str() {
                    "td" | "th" => b.end_cell(),
                    "tr" | "table" => b.end_row(),
                    _ => {}
                }
                if BLOCKS.contains(&name.as_str()) {
                    b.flush();
                }
                match name.as_str() {
                    "main" => b.main_depth = b.main_depth.saturating_sub(1),
                    "article" | "section" => sections = sections.saturating_sub(1),
                    "pre" => b.pre_depth = b.pre_depth.saturating_sub(1),
                    "ol" | "ul" | "menu" => {
                        lists.pop();
                    }
                    _ => {}
                }
            }
            Token::String(s) if skipping.is_none() => b.push(&String::from_utf8_lossy(&s.value)),
            _ => {}
        }
    }
    b.end_row();
    b.flush();
    let in_main = saw_main && b.out.iter().any(|(_, _, main)| *main);
    b.out.into_iter().filter(|(_, _, main)| !in_main || *main).map(|(text, kind, _)| (text, kind)).collect()
}

/// A list number as an `<ol type>` shows it: `3`, `c`, `C`, `iii`, `III`.
fn ordinal(n: i64, style: char) -> String {
    match style {
        'a' | 'A' if (1..=26 * 27).contains(&n) => {
            let mut s = String::new();
            let mut k = n;
            while k > 0 {
                k -= 1;
                s.insert(0, char::from(b'a' + u8::try_from(k % 26).unwrap_or(0)));
                k /= 26;
            }
            if style == 'A' {
                s.make_ascii_uppercase();
            }
            s
        }
        'i' | 'I' if (1..4000).contains(&n) => {
            let mut s = String::new();
            let mut k = n;
            for (value, digits) in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
                while k >= value {
                    s.push_str(digits);
                    k -= value;
                }
            }
            if style == 'I' {
                s.make_ascii_uppercase();
            }
            s
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParagraphKind::{Body, Heading, ListItem, TableRow};

    fn read(html: &str) -> Vec<(String, ParagraphKind)> {
        paragraphs(html)
    }

    #[test]
    fn blocks_headings_lists_and_tables() {
        let html = r#"<!DOCTYPE html><html><head><title>DPA</title><style>p { color: red }</style></head><body>
            <nav><a href="/">Home</a></nav>
            <h1>Data Processing   Agreement</h1>
            <p>The <b>Supplier</b> processes data<br>on behalf of the Customer &amp; its affiliates.</p>
            <h2>1. Sub-processors</h2>
            <ol><li>The Supplier may engage sub-processors.<ol type="a"><li>It gives notice.</li><li>The Customer may object.</li></ol></li><li value="5">Flow-down applies.</li></ol>
            <ul><li>bullet</li></ul>
            <table><tr><th>Name</th><th>Location</th></tr><tr><td>Acme <i>Hosting</i> Ltd</td><td>Dublin</td></tr></table>
            <script>var x = "<p>not text</p>";</script>
            </body></html>"#;
        let got = read(html);
        let want: Vec<(String, ParagraphKind)> = [
            ("Data Processing Agreement", Heading(1)),
            ("The Supplier processes data", Body),
            ("on behalf of the Customer & its affiliates.", Body),
            ("1. Sub-processors", Heading(2)),
            ("1. The Supplier may engage sub-processors.", ListItem(0)),
            ("a. It gives notice.", ListItem(1)),
            ("b. The Customer may object.", ListItem(1)),
            ("5. Flow-down applies.", ListItem(0)),
            ("bullet", ListItem(0)),
            ("Name | Location", TableRow),
            ("Acme Hosting Ltd | Dublin", TableRow),
        ]
        .iter()
        .map(|(t, k)| (t.to_string(), *k))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn only_main_content_and_no_page_furniture() {
        let html = r#"<html><body><header class="site"><a>Log in</a></header>
            <div class="cookie-banner">We use cookies. <button>OK</button></div>
            <main><article><header><h1>Databehandleravtale</h1></header>
            <nav class="toc"><ol><li>Om avtalen</li></ol></nav>
            <section><h2>1. Om avtalen</h2><p>Avtalen gjelder.</p><p hidden>Skjult.</p></section></article></main>
            <footer>© 2026 Example AS</footer></body></html>"#;
        let got: Vec<String> = read(html).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["Databehandleravtale", "1. Om avtalen", "Avtalen gjelder."]);
        // Without <main>, the page's header and footer still go; an article's header stays.
        let html = "<body><header>Menu</header><article><header><h1>DPA</h1></header><p>Text.</p></article><footer>Footer</footer></body>";
        let got: Vec<String> = read(html).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["DPA", "Text."]);
    }

    #[test]
    fn list_numbers_as_shown() {
        assert_eq!([ordinal(1, '1'), ordinal(3, 'a'), ordinal(28, 'A'), ordinal(4, 'i'), ordinal(1994, 'I'), ordinal(-2, 'a')], ["1", "c", "AB", "iv", "MCMXCIV", "-2"]);
    }

    #[test]
    fn broken_markup_does_not_lose_text() {
        let got: Vec<String> = read("<p>One<p>Two<div>Three</span></div><li>Four<td>Five").into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["One", "Two", "Three", "Four", "Five"]);
        assert!(read("").is_empty());
        assert!(read("<script>never closed").is_empty());
    }
}
