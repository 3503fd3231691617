//! Word documents (.docx): the redline of a comparison as tracked changes, and the review of an
//! analysis as comments in the margin.
//!
//! Like the rest of the engine, no clock: the revisions' and comments' date is the caller's
//! (`WordOptions::date`), so a test can fix it and the app can use the user's clock.

mod body;
mod package;
mod redline;
mod review;

use std::collections::{BTreeMap, HashMap};

use body::Writer;
use package::Parts;

use super::{Labels, ReportLang};
use crate::{Analysis, Comparison, Finding, ParagraphKind};

/// A reviewer's decision on a finding, for the review's comments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewMark {
    /// Accepted as an issue to act on (the comment says so).
    pub accepted: bool,
    /// Dismissed: the finding gets no comment and leaves the summary.
    pub dismissed: bool,
    /// The reviewer's note, added to the comment.
    pub note: String,
}

/// Who writes the revisions and comments, when, and in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordOptions {
    /// The revisions' and comments' author.
    pub author: String,
    /// Their date, `YYYY-MM-DDThh:mm:ssZ`.
    pub date: String,
    /// The language of the comments and the summary page.
    pub lang: ReportLang,
    /// The reviewer's marks by [`finding_key`].
    pub marks: BTreeMap<String, ReviewMark>,
}

impl Default for WordOptions {
    fn default() -> Self {
        WordOptions { author: "Klausul".to_string(), date: "2000-01-01T00:00:00Z".to_string(), lang: ReportLang::En, marks: BTreeMap::new() }
    }
}

/// The key of a finding for [`WordOptions::marks`]: `id@clause,clause` (the app's mark key
/// without its side).
pub fn finding_key(f: &Finding) -> String {
    format!("{}@{}", f.id, f.clauses.join(","))
}

fn lang_tag(lang: ReportLang) -> &'static str {
    match lang {
        ReportLang::En => "en-GB",
        ReportLang::Da => "da-DK",
    }
}

/// The redline of a comparison as a .docx: B's text, every difference from A a tracked
/// revision (accept all gives B's clean text, reject all gives A's).
pub fn redline(c: &Comparison, opts: &WordOptions) -> Vec<u8> {
    let l = Labels::new(opts.lang);
    let mut w = Writer::new(&opts.author, &opts.date);
    let pieces = redline::pieces(c, &l, |text| w.comment(&[text]));
    w.stream(&pieces, &paragraph_kinds(&c.a), &paragraph_kinds(&c.b));
    let title = format!("{} → {}", c.a.document.name, c.b.document.name);
    package::write(&Parts { body: &w.body, comments: &w.comments, title: &title, author: &opts.author, date: &opts.date, track_revisions: true, lang: lang_tag(opts.lang) })
}

/// The review of an analysis as a .docx: a summary page, then the agreement's text with one
/// comment per finding that has evidence, on the evidence's words. Dismissed findings are left
/// out; the reviewer's notes are added to their comments.
pub fn review(a: &Analysis, opts: &WordOptions) -> Vec<u8> {
    let l = Labels::new(opts.lang);
    let mut w = Writer::new(&opts.author, &opts.date);
    review::write(a, opts, &l, &mut w);
    let title = format!("{}: {}", l.get("docx.review_title"), a.document.name);
    package::write(&Parts { body: &w.body, comments: &w.comments, title: &title, author: &opts.author, date: &opts.date, track_revisions: false, lang: lang_tag(opts.lang) })
}

/// The kind of each paragraph of a document; a document read back from its JSON has lost them,
/// so they are inferred from the clauses (a clause's heading line) and the text (` | ` rows).
fn paragraph_kinds(a: &Analysis) -> Vec<ParagraphKind> {
    let lines = a.document.text.split('\n').count();
    if a.document.paragraphs.len() == lines {
        return a.document.paragraphs.iter().map(|p| p.kind).collect();
    }
    let mut starts: HashMap<u32, (usize, &str)> = HashMap::new();
    for c in &a.clauses {
        if let Some(h) = &c.heading {
            let depth = c.id.split(['.', ' ']).filter(|p| !p.is_empty()).count().clamp(1, 3);
            starts.entry(c.span[0]).or_insert((depth, h.as_str()));
        }
    }
    let mut out = Vec::with_capacity(lines);
    let mut at = 0u32;
    for line in a.document.text.split('\n') {
        let n = line.chars().count() as u32;
        let kind = match starts.get(&at) {
            Some((depth, h)) if line.trim_end().ends_with(h.trim()) && line.split_whitespace().count() <= 14 => ParagraphKind::Heading(*depth as u8),
            _ if line.matches(" | ").count() >= 1 => ParagraphKind::TableRow,
            _ => ParagraphKind::Body,
        };
        out.push(kind);
        at += n + 1;
    }
    out
}
