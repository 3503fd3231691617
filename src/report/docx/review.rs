//! The review as a Word document: a first page summarising the findings, then the agreement's
//! own text with each finding as a comment on the words that triggered it.

use super::body::{Piece, Writer};
use super::{finding_key, WordOptions};
use crate::report::{counts_line, required_covered, Labels};
use crate::{Analysis, DiffOp, Finding, Severity};

/// Writes the summary page and the commented text into `w`; returns the comments made.
pub(super) fn write(a: &Analysis, opts: &WordOptions, l: &Labels, w: &mut Writer) -> usize {
    let kept: Vec<&Finding> = a.findings.iter().filter(|f| !opts.marks.get(&finding_key(f)).is_some_and(|m| m.dismissed)).collect();

    w.paragraph("Title", &format!("{}: {}", l.get("docx.review_title"), a.document.name));
    let (covered, required) = required_covered(a);
    w.paragraph("Normal", &format!("{}: {covered} / {required}", l.get("required_covered")));
    if let Some(p) = &a.playbook {
        w.paragraph("Normal", &format!("{}: {}", l.get("playbook"), p.name));
    }
    w.paragraph("Normal", &format!("{}: {}", l.get("findings"), counts_line(&kept, l)));
    for severity in [Severity::High, Severity::Medium, Severity::Low, Severity::Info] {
        let of: Vec<&&Finding> = kept.iter().filter(|f| f.severity == severity).collect();
        if of.is_empty() {
            continue;
        }
        w.paragraph("Heading2", &format!("{} ({})", l.severity(severity), of.len()));
        for f in of {
            let clauses = if f.clauses.is_empty() { String::new() } else { format!(" ({} {})", l.get("clauses").to_lowercase(), f.clauses.join(", ")) };
            w.item(&format!("{}{clauses}:", l.finding_title(&f.id)), l.message(f));
        }
    }
    if kept.is_empty() {
        w.paragraph("Normal", l.get("no_findings"));
    }
    w.page_break();

    // One comment per finding with evidence, on its first piece of evidence.
    let total = a.document.chars;
    let mut anchors: Vec<(u32, u32, u32)> = Vec::new(); // (start, end, comment id)
    for f in &kept {
        let Some(ev) = f.evidence.iter().find(|e| e.span[0] < e.span[1] && e.span[1] <= total) else { continue };
        let id = w.comment(&comment_text(f, opts, l));
        anchors.push((ev.span[0], ev.span[1], id));
    }
    let pieces = anchored(a, &anchors);
    let kinds = super::paragraph_kinds(a);
    w.stream(&pieces, &kinds, &kinds);
    anchors.len()
}

/// The paragraphs of a finding's comment.
fn comment_text(f: &Finding, opts: &WordOptions, l: &Labels) -> Vec<String> {
    let mut out = vec![format!("{}: {}", l.severity(f.severity), l.finding_title(&f.id)), l.message(f).to_string()];
    if !f.anchor.is_empty() {
        out.push(format!("{}: {}", l.get("anchor"), f.anchor));
    }
    if let Some(mark) = opts.marks.get(&finding_key(f)) {
        if mark.accepted {
            out.push(l.get("docx.accepted").to_string());
        }
        if !mark.note.trim().is_empty() {
            out.push(format!("{}: {}", l.get("docx.note"), mark.note.trim()));
        }
    }
    out
}

/// The document's text as kept pieces, with each anchor's comment range around its chars.
fn anchored(a: &Analysis, anchors: &[(u32, u32, u32)]) -> Vec<Piece> {
    // Events at char offsets: ends before starts at the same place, so ranges do not touch.
    let mut events: Vec<(u32, u8, u32)> = Vec::new();
    for &(s, e, id) in anchors {
        events.push((s, 1, id));
        events.push((e, 0, id));
    }
    events.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0u32;
    let total = a.document.chars;
    for (pos, kind, id) in events {
        if pos > at {
            out.push(Piece::Text(DiffOp::Equal, a.document.slice(at, pos).to_string()));
            at = pos;
        }
        out.push(if kind == 1 { Piece::CommentStart(id) } else { Piece::CommentEnd(id) });
    }
    if at < total {
        out.push(Piece::Text(DiffOp::Equal, a.document.slice(at, total).to_string()));
    }
    out
}
