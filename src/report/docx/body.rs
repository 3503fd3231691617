//! The document body: a stream of text pieces (kept, inserted, deleted; `\n` ends a paragraph)
//! with comment anchors, laid out as Word paragraphs, headings, list items and tables, every
//! change a tracked revision.

use std::fmt::Write as _;

use super::package::esc;
use crate::{DiffOp, ParagraphKind};

/// One piece of the body's stream.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Piece {
    /// Text with its edit; a `\n` in it ends a paragraph (and the paragraph mark carries the edit).
    Text(DiffOp, String),
    /// A comment's range starts here.
    CommentStart(u32),
    /// A comment's range ends here.
    CommentEnd(u32),
}

/// A piece inside one paragraph (no `\n`).
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Text(DiffOp, String),
    Start(u32),
    End(u32),
}

/// A paragraph of the stream: its pieces, what happened to its mark, and its kind.
struct Para {
    segs: Vec<Seg>,
    mark: DiffOp,
    kind: ParagraphKind,
}

/// Builds the body and the comments part; hands out the `w:id`s, unique across revisions and
/// comments (Word calls a file with duplicates corrupt).
pub(super) struct Writer {
    author: String,
    date: String,
    next_id: u32,
    /// `<w:body>` content so far.
    pub body: String,
    /// `<w:comment>` elements so far.
    pub comments: String,
}

impl Writer {
    pub fn new(author: &str, date: &str) -> Self {
        Writer { author: esc(author), date: esc(date), next_id: 1, body: String::new(), comments: String::new() }
    }

    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn revision_attrs(&mut self) -> String {
        let id = self.id();
        format!(r#"w:id="{id}" w:author="{}" w:date="{}""#, self.author, self.date)
    }

    /// Adds a comment of one or more paragraphs; returns its id for the anchors.
    pub fn comment(&mut self, paragraphs: &[String]) -> u32 {
        let id = self.id();
        let initials: String = self.author.split_whitespace().filter_map(|w| w.chars().next()).take(3).collect();
        let _ = write!(self.comments, r#"<w:comment w:id="{id}" w:author="{}" w:date="{}" w:initials="{}">"#, self.author, self.date, esc(&initials));
        for (i, p) in paragraphs.iter().enumerate() {
            self.comments.push_str(r#"<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>"#);
            if i == 0 {
                self.comments.push_str(r#"<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>"#);
            }
            let _ = write!(self.comments, r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, esc(p));
        }
        self.comments.push_str("</w:comment>");
        id
    }

    /// A paragraph of plain text in `style` (a style id of styles.xml).
    pub fn paragraph(&mut self, style: &str, text: &str) {
        let _ = write!(self.body, r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, esc(text));
    }

    /// A list paragraph: a bold lead and the rest of the text.
    pub fn item(&mut self, lead: &str, rest: &str) {
        let _ = write!(
            self.body,
            r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:t xml:space="preserve"> {}</w:t></w:r></w:p>"#,
            esc(lead),
            esc(rest)
        );
    }

    /// A page break.
    pub fn page_break(&mut self) {
        self.body.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#);
    }

    /// Lays out `pieces`. The kinds of A's and B's paragraphs, in order, style the paragraphs:
    /// a paragraph whose mark is kept or inserted is B's next paragraph, one whose mark is
    /// deleted is A's.
    pub fn stream(&mut self, pieces: &[Piece], a_kinds: &[ParagraphKind], b_kinds: &[ParagraphKind]) {
        let paras = paragraphs(pieces, a_kinds, b_kinds);
        let mut i = 0;
        while i < paras.len() {
            if paras[i].kind == ParagraphKind::TableRow {
                let end = paras[i..].iter().position(|p| p.kind != ParagraphKind::TableRow).map_or(paras.len(), |n| i + n);
                self.table(&paras[i..end]);
                i = end;
            } else {
                self.para(&paras[i]);
                i += 1;
            }
        }
        if self.body.ends_with("</w:tbl>") {
            // Word wants a paragraph between a table and the end of the body.
            self.body.push_str("<w:p/>");
        }
    }

    fn mark_rpr(&mut self, mark: DiffOp) -> String {
        match mark {
            DiffOp::Equal => String::new(),
            DiffOp::Insert => format!("<w:rPr><w:ins {}/></w:rPr>", self.revision_attrs()),
            DiffOp::Delete => format!("<w:rPr><w:del {}/></w:rPr>", self.revision_attrs()),
        }
    }

    fn para(&mut self, p: &Para) {
        let style = match p.kind {
            ParagraphKind::Heading(level) => format!(r#"<w:pStyle w:val="Heading{}"/>"#, level.clamp(1, 6)),
            ParagraphKind::ListItem(level) => format!(r#"<w:pStyle w:val="ListParagraph"/><w:ind w:left="{}"/>"#, 720 + 360 * u32::from(level.min(6))),
            ParagraphKind::Body | ParagraphKind::TableRow => String::new(),
        };
        let mark = self.mark_rpr(p.mark);
        let runs = self.runs(&p.segs);
        if style.is_empty() && mark.is_empty() {
            let _ = write!(self.body, "<w:p>{runs}</w:p>");
        } else {
            let _ = write!(self.body, "<w:p><w:pPr>{style}{mark}</w:pPr>{runs}</w:p>");
        }
    }

    /// Consecutive table rows as one table; cells split at the `|` of kept or inserted text.
    fn table(&mut self, rows: &[Para]) {
        let cells: Vec<Vec<Vec<Seg>>> = rows.iter().map(|r| cells(&r.segs)).collect();
        let width = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let col = 9026 / width;
        let _ = write!(self.body, r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>"#);
        for _ in 0..width {
            let _ = write!(self.body, r#"<w:gridCol w:w="{col}"/>"#);
        }
        self.body.push_str("</w:tblGrid>");
        for (row, row_cells) in rows.iter().zip(cells) {
            let tr_pr = match row.mark {
                DiffOp::Equal => String::new(),
                DiffOp::Insert => format!("<w:trPr><w:ins {}/></w:trPr>", self.revision_attrs()),
                DiffOp::Delete => format!("<w:trPr><w:del {}/></w:trPr>", self.revision_attrs()),
            };
            let _ = write!(self.body, "<w:tr>{tr_pr}");
            let n = row_cells.len();
            for cell in row_cells.into_iter().chain(std::iter::repeat_with(Vec::new).take(width - n.min(width))) {
                let runs = self.runs(&cell);
                let _ = write!(self.body, r#"<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/></w:tcPr><w:p>{runs}</w:p></w:tc>"#);
            }
            self.body.push_str("</w:tr>");
        }
        self.body.push_str("</w:tbl>");
    }

    fn runs(&mut self, segs: &[Seg]) -> String {
        let mut out = String::new();
        for seg in segs {
            match seg {
                Seg::Text(_, t) if t.is_empty() => {}
                Seg::Text(DiffOp::Equal, t) => {
                    let _ = write!(out, r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#, esc(t));
                }
                Seg::Text(DiffOp::Insert, t) => {
                    let attrs = self.revision_attrs();
                    let _ = write!(out, r#"<w:ins {attrs}><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:ins>"#, esc(t));
                }
                Seg::Text(DiffOp::Delete, t) => {
                    let attrs = self.revision_attrs();
                    let _ = write!(out, r#"<w:del {attrs}><w:r><w:delText xml:space="preserve">{}</w:delText></w:r></w:del>"#, esc(t));
                }
                Seg::Start(id) => {
                    let _ = write!(out, r#"<w:commentRangeStart w:id="{id}"/>"#);
                }
                Seg::End(id) => {
                    let _ = write!(out, r#"<w:commentRangeEnd w:id="{id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{id}"/></w:r>"#);
                }
            }
        }
        out
    }
}

/// Cuts the stream into paragraphs at each `\n`, counting A's and B's paragraphs to style them.
fn paragraphs(pieces: &[Piece], a_kinds: &[ParagraphKind], b_kinds: &[ParagraphKind]) -> Vec<Para> {
    let (mut ai, mut bi) = (0usize, 0usize);
    let kind_of = |mark: DiffOp, ai: usize, bi: usize| -> ParagraphKind {
        let kind = match mark {
            DiffOp::Delete => a_kinds.get(ai),
            DiffOp::Equal | DiffOp::Insert => b_kinds.get(bi),
        };
        kind.copied().unwrap_or_default()
    };
    let mut out = Vec::new();
    let mut segs: Vec<Seg> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::CommentStart(id) => segs.push(Seg::Start(*id)),
            Piece::CommentEnd(id) => segs.push(Seg::End(*id)),
            Piece::Text(op, text) => {
                let mut parts = text.split('\n');
                if let Some(first) = parts.next() {
                    segs.push(Seg::Text(*op, first.to_string()));
                }
                for part in parts {
                    let kind = kind_of(*op, ai, bi);
                    out.push(Para { segs: std::mem::take(&mut segs), mark: *op, kind });
                    match op {
                        DiffOp::Equal => (ai, bi) = (ai + 1, bi + 1),
                        DiffOp::Insert => bi += 1,
                        DiffOp::Delete => ai += 1,
                    }
                    segs.push(Seg::Text(*op, part.to_string()));
                }
            }
        }
    }
    // The last paragraph's mark is the body's end: always kept.
    let kind = if bi < b_kinds.len() { b_kinds[bi] } else { a_kinds.get(ai).copied().unwrap_or_default() };
    out.push(Para { segs, mark: DiffOp::Equal, kind });
    out
}

/// The cells of a table row: a `|` in kept or inserted text starts the next cell; a deleted one
/// stays as deleted text.
fn cells(segs: &[Seg]) -> Vec<Vec<Seg>> {
    let mut out: Vec<Vec<Seg>> = vec![Vec::new()];
    for seg in segs {
        match seg {
            Seg::Text(op @ (DiffOp::Equal | DiffOp::Insert), t) if t.contains('|') => {
                let mut parts = t.split('|');
                if let Some(first) = parts.next() {
                    out.last_mut().expect("one cell").push(Seg::Text(*op, first.to_string()));
                }
                for part in parts {
                    out.push(vec![Seg::Text(*op, part.to_string())]);
                }
            }
            other => out.last_mut().expect("one cell").push(other.clone()),
        }
    }
    // Trim the spaces around the separators (kept text only: the edits stay exact).
    for cell in &mut out {
        if let Some(Seg::Text(DiffOp::Equal, t)) = cell.first_mut() {
            *t = t.trim_start().to_string();
        }
        if let Some(Seg::Text(DiffOp::Equal, t)) = cell.last_mut() {
            *t = t.trim_end().to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_follow_the_edit_of_the_newline() {
        let pieces = vec![
            Piece::Text(DiffOp::Equal, "one\n".into()),
            Piece::Text(DiffOp::Delete, "gone\n".into()),
            Piece::Text(DiffOp::Insert, "new\n".into()),
            Piece::Text(DiffOp::Equal, "last".into()),
        ];
        let kinds = [ParagraphKind::Heading(1), ParagraphKind::Body, ParagraphKind::Body];
        let paras = paragraphs(&pieces, &kinds, &kinds);
        let marks: Vec<DiffOp> = paras.iter().map(|p| p.mark).collect();
        assert_eq!(marks, [DiffOp::Equal, DiffOp::Delete, DiffOp::Insert, DiffOp::Equal]);
        assert_eq!(paras[0].kind, ParagraphKind::Heading(1));
    }

    #[test]
    fn table_cells_split_at_kept_bars_only() {
        let segs = vec![Seg::Text(DiffOp::Equal, "a | b".into()), Seg::Text(DiffOp::Delete, " | c".into())];
        let cells = cells(&segs);
        assert_eq!(cells.len(), 2);
        assert_eq!(cells[1], vec![Seg::Text(DiffOp::Equal, "b".into()), Seg::Text(DiffOp::Delete, " | c".into())]);
    }
}
