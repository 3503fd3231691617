//! Document → clauses, keeping the document's own numbering (`7.3`, `C.6`, `Bilag 3 2.1`).
//!
//! Each paragraph of the clean text either starts a clause or continues the current one. A
//! paragraph starts a clause when it opens with a number that *fits the sequence so far* (the next
//! sibling at some level, the first child of the current item, or the first item of a document or
//! annex), when it is an annex heading (`Bilag 3`, `Annex II – …`), or when it is an un-numbered
//! heading where a heading can stand. Everything else — wrapped lines, bullets, table rows, dates
//! and references that happen to open a line (`27. april 2016`, `C.6.` inside clause 8.4), page
//! numbers, footnotes — continues the clause before it. So the segmenter is robust both to
//! paragraphs that are too long and to PDFs where every line is its own paragraph.
//!
//! Whether `4.` after 3.3 is section 4 or item 3.4 is decided by what follows the number: a title
//! (`4. Fortrolighed`) goes to the shallowest level it fits, running text to the deepest. A
//! restarted `1.` opens a sub-level only under a titled item, after a colon, or in a list the
//! source format marked. A section heading is a clause of its own (`7`, text `7. Anvendelse af
//! underdatabehandlere`), so its items (`7.1` …) are separate clauses with that heading.
//!
//! Ids (report-schema.md): sub-levels joined by dots and restarts made absolute (`1.` under `7.`
//! is `7.1`; `(a)` under it `7.1.a`; `7.3.a` as written); annex clauses prefixed by the annex
//! (`Bilag 3 2.1`, `Annex II 4`), except an annex's own letter-number scheme, which stands alone
//! (`C.6` in Bilag C); `§ 5`, `Article 5` and `Klausul 5` are `5`. An annex heading with its
//! introduction is the clause `Bilag 3`. Un-numbered blocks take their heading text as id (inside
//! an annex prefixed by it: `Schedule A List of Sub-processors`); numbering that restarts under an
//! un-numbered heading is prefixed by it (`Security 1`). The title block before the first clause
//! is a clause of its own whose id is the document's title (the first heading the format marked,
//! or a first line that reads as a title) or else the word for "preamble" in the document's
//! language (`Indledning`, `Preamble`, …, from the lexicon). A signature block after the last
//! clause (before the annexes or at the end) is a clause of its own, `Underskrifter`,
//! `Signatures`, … from the lexicon (see [`split_signatures`]). A document without any headings at
//! all gets one clause per paragraph block, `¶1`, `¶2`, …. Repeated ids get ` (2)`, ` (3)`, ….
//!
//! Every clause's `text` is exactly its span of the clean text with `\n` replaced by a space.
//! Classification comes later: every clause leaves here `unclassified` with score 0.

mod furniture;
mod label;
mod lexicon;
mod text;

use crate::{Category, Clause, Document, ParagraphKind};
use label::{Annex, Kind, Label, Punct};
use lexicon::Lexicon;
use text::{clean_title, dotted_title, ends_sentence, is_all_caps, is_title, is_title_within, numbers, starts_lower, truncate_words};

/// True for a word that joins an annex to its agreement (`to`, `til`, `zum`): "To the Data
/// Processing Agreement" under an annex heading is its subtitle, not its content.
pub(crate) fn is_annex_connector(word: &str) -> bool {
    Lexicon::get().annex_connectors.contains(&word.to_lowercase())
}

/// True for a row of a signature table, whatever it stands after: every cell a place and date
/// ("Växjö den 15 januari 2026"), a signature word ("Signed by …") or a party signing ("For
/// Storvang kommune", "För Granviks kommun").
pub(crate) fn is_signature_row(line: &str) -> bool {
    let (law, lex) = (crate::assess::Law::get(), Lexicon::get());
    let cells: Vec<&str> = line.split(" | ").map(str::trim).filter(|c| !c.is_empty()).collect();
    !cells.is_empty() && cells.iter().all(|c| law.opens_signature(c) || lex.names_signing_party(c))
}

/// True for the heading of a table of contents (`Indholdsfortegnelse`, `Table of Contents`, in
/// any language's `toc_headings`): a clause under it lists every topic and covers none.
pub fn is_contents_heading(text: &str) -> bool {
    let head = text.trim().trim_end_matches(':').trim().to_lowercase();
    Lexicon::get().toc_headings.contains(&head)
}

/// Splits a document into clauses with ids as report-schema.md defines them.
pub fn segment(document: &Document) -> Vec<Clause> {
    let lex = Lexicon::get();
    let mut paras: Vec<Para> = document.paragraphs.iter().map(|p| Para::new(document.paragraph_text(p), p.kind, lex)).collect();
    if paras.is_empty() {
        return Vec::new();
    }
    mark_clause_tables(&mut paras, lex);
    unmark_subtitle_annex(&mut paras, lex);
    mark_roman_sections(&mut paras);
    mark_underlined_headings(&mut paras);
    mark_run_in_titles(&mut paras);
    furniture::mark_full_lines(&mut paras);
    furniture::mark_repeated(&mut paras);
    furniture::mark_contents(&mut paras, lex);
    let (mut starts, restarted) = plan(&paras, Mode::Numbered, false, lex);
    if restarted {
        // Some plain heading has numbering of its own: give every such heading's numbering its
        // prefix, the first one's too.
        starts = plan(&paras, Mode::Numbered, true, lex).0;
    }
    if starts.iter().filter(|s| s.numbered).count() < 3 {
        starts = plan(&paras, Mode::Unnumbered, false, lex).0;
    }
    if starts.is_empty() {
        starts = plan_paragraphs(&paras);
    }
    drop_bare_labels(&mut starts, paras.len());
    drop_preamble_list(&mut starts, &paras);
    split_signatures(&paras, &mut starts, lex, document.language);
    let mut preamble = None;
    if let Some(end) = starts.first().map_or(Some(paras.len()), |s| (s.para > 0).then_some(s.para)) {
        // A table of contents after the parties is a clause of its own, and no title of theirs.
        let contents = (1..end).find(|&k| is_contents_heading(&paras[k].core));
        if let Some(k) = contents {
            let title = clean_title(&paras[k].core);
            starts.insert(0, Start { para: k, id: title.clone(), heading: Some(title), numbered: false, bare: false, titled: true, body_from: k + 1 });
        }
        let title = preamble_title(&paras[..contents.unwrap_or(end)]);
        preamble = Some(title.is_some());
        let id = title.as_deref().map_or_else(|| lex.preamble(document.language).to_string(), |t| truncate_words(t, 60));
        let body_from = usize::from(title.is_some() && is_heading_para(&paras[0]));
        starts.insert(0, Start { para: 0, id, heading: title, numbered: false, bare: false, titled: false, body_from });
    }
    let starts = split_paragraphs(&paras, starts, preamble);
    assemble(document, &starts)
}

/// Paragraph clauses (report-schema.md): under a heading line — an un-numbered heading, a
/// numbered title (`7. Sub-processors`), an annex heading, the document's title — the first
/// paragraph joins the heading's clause and each further one is the clause `<id> ¶2`, `<id> ¶3`,
/// …; before any heading the paragraphs are `¶1`, `¶2`, …. A clause opened by a numbered
/// sentence (`7.2 The processor shall …`) keeps its paragraphs, unless it runs on past
/// [`RUN_ON_WORDS`] (the numbers after it were lost). `preamble`: the first start is
/// the block before the first clause, with a title (`Some(true)`) or without.
/// The fewest words a paragraph clause has (see [`split_paragraphs`]).
const MIN_PARAGRAPH_WORDS: usize = 8;

/// Words a title may have after a clause word (`§ 2`, `Article 4`), where a plain line may have ten.
const KEYWORD_TITLE_WORDS: usize = 14;

/// A clause opened by a numbered sentence longer than this is split into paragraphs after all.
const RUN_ON_WORDS: usize = 400;

fn split_paragraphs(paras: &[Para], starts: Vec<Start>, preamble: Option<bool>) -> Vec<Start> {
    let mut out = Vec::with_capacity(starts.len());
    for (k, start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(paras.len(), |n| n.para);
        let is_preamble = k == 0 && preamble.is_some();
        let untitled_preamble = k == 0 && preamble == Some(false);
        // A numbered sentence keeps its paragraphs, unless they run on for pages or are a list of
        // obligations: numbering lost after it (a copy that kept only the first number, a list
        // without its letters) must not make one clause of the rest.
        let run_on = || paras[start.para..end].iter().map(|p| p.words).sum::<usize>() > RUN_ON_WORDS;
        if !(start.titled || is_preamble || run_on() || obligation_list(&paras[start.para..end])) {
            out.push(start.clone());
            continue;
        }
        // Breaks after the first paragraph of the body (which joins the heading lines).
        let mut breaks = Vec::new();
        let mut prev: Option<&Para> = None;
        // Words since the last break: a few short lines (a figure's labels, a name and its
        // country) are no paragraph of their own.
        let mut words = 0;
        for (j, p) in paras.iter().enumerate().take(end).skip(start.body_from) {
            if p.repeated || p.toc || p.rule {
                continue;
            }
            if let Some(q) = prev {
                if words >= MIN_PARAGRAPH_WORDS && paragraph_break(q, p) {
                    breaks.push(j);
                    words = 0;
                }
            }
            words += p.words;
            prev = Some(p);
        }
        // A short last line after a full stop ("Dataflow:", a figure's label) stays with the
        // paragraph before it.
        let piece_words = |from: usize, to: usize| text_words(&paras[from..to]);
        let mut k = 0;
        while k < breaks.len() {
            let to = breaks.get(k + 1).copied().unwrap_or(end);
            if piece_words(breaks[k], to) < MIN_PARAGRAPH_WORDS {
                breaks.remove(k);
            } else {
                k += 1;
            }
        }
        // A list whose numbers or letters were lost ("… shall: / comply with …; / notify …;")
        // is one sentence for pages: past RUN_ON_WORDS its items are paragraphs too, and so are
        // the items of a shorter list when each is an obligation of its own (see
        // [`obligation_list`]).
        let mut bounds: Vec<usize> = std::iter::once(start.body_from.max(start.para)).chain(breaks.iter().copied()).chain(std::iter::once(end)).collect();
        bounds.dedup();
        let mut extra = Vec::new();
        for w in bounds.windows(2) {
            if piece_words(w[0], w[1]) <= RUN_ON_WORDS && !obligation_list(&paras[w[0]..w[1]]) {
                continue;
            }
            let mut words = 0;
            for j in w[0]..w[1] {
                let p = &paras[j];
                if j > w[0] && words >= MIN_PARAGRAPH_WORDS && p.kind != ParagraphKind::TableRow {
                    let q = &paras[j - 1];
                    if !q.is_open() && q.core.trim_end().ends_with([';', ':']) && piece_words(j, w[1]) >= MIN_PARAGRAPH_WORDS {
                        extra.push(j);
                        words = 0;
                    }
                }
                words += p.words;
            }
        }
        breaks.extend(extra);
        breaks.sort_unstable();
        breaks.dedup();
        if breaks.is_empty() {
            out.push(start.clone());
            continue;
        }
        let base = start.id.clone();
        let first_id = if untitled_preamble { "¶1".to_string() } else { base.clone() };
        out.push(Start { id: first_id, ..start.clone() });
        for (n, j) in breaks.into_iter().enumerate() {
            let id = if untitled_preamble { format!("¶{}", n + 2) } else { format!("{base} ¶{}", n + 2) };
            out.push(Start { para: j, id, heading: None, numbered: false, bare: false, titled: false, body_from: j });
        }
    }
    out
}

/// How many items a list needs before its items can be clauses of their own.
const OBLIGATION_ITEMS: usize = 4;
/// The fewest words an item of such a list has on average: a sentence, not a name ("e-mail;").
const OBLIGATION_ITEM_WORDS: usize = 15;

/// Whether a paragraph is a list of obligations whose letters were lost: at least
/// [`OBLIGATION_ITEMS`] items ending in ";" of [`OBLIGATION_ITEM_WORDS`] words on average
/// ("ensure that persons authorised … confidentiality; / take all measures required by Article
/// 32; / …"). Each item is a topic of its own, so each is a clause, as lettered items would be.
fn obligation_list(piece: &[Para]) -> bool {
    let items = piece.iter().filter(|p| !p.is_open() && p.core.trim_end().ends_with(';')).count();
    items >= OBLIGATION_ITEMS && text_words(piece) >= OBLIGATION_ITEM_WORDS * (items + 1)
}

/// The words of a run of paragraphs, running headers and contents entries left out.
fn text_words(paras: &[Para]) -> usize {
    paras.iter().filter(|p| !p.repeated && !p.toc).map(|p| p.words).sum()
}

/// A line that only names what follows: a heading, a title, a number with a title.
fn is_heading_para(p: &Para) -> bool {
    p.is_heading_kind() || p.annex.is_some() || p.is_plain_title() || (!p.labels.is_empty() && (p.rest.trim().is_empty() || (is_title(&p.rest) && !ends_paragraph(&p.rest))))
}

/// Where a new paragraph starts in text without blank lines: after a line that ends a sentence
/// (not a list introduction or item ending in `:` or `;`), unless the next line goes on in lower
/// case; a table is a paragraph of its own rows.
fn paragraph_break(prev: &Para, p: &Para) -> bool {
    let (prev_row, row) = (prev.kind == ParagraphKind::TableRow, p.kind == ParagraphKind::TableRow);
    match (prev_row, row) {
        (true, true) => false,
        (true, false) => true,
        (false, true) => ends_paragraph(&prev.core),
        (false, false) => !prev.is_open() && ends_paragraph(&prev.core) && !starts_lower(&p.core),
    }
}

/// A full stop (or ! ? …) at the end, quotes and emphasis aside.
fn ends_paragraph(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', '»', '*', ')']);
    t.ends_with(['.', '!', '?', '…'])
}

/// The mark a rule line repeats (`=`, `-`, `~`, `^`, `*`, `#`, `+`), at least three times alone.
fn rule_mark(core: &str) -> Option<char> {
    let t = core.trim();
    let c = t.chars().next()?;
    (t.chars().count() >= 3 && "=-~^*#+".contains(c) && t.chars().all(|x| x == c)).then_some(c)
}

/// The title a paragraph opens with, run in before its text: bold (`**Sikkerhed.** Data…`,
/// `**Sikkerhed**. Data…`) or plain (`Sikkerhed. Databehandleren …`, a short title and a
/// capitalised sentence after its full stop).
fn run_in_title(raw: &str, core: &str) -> Option<(String, bool)> {
    let raw = raw.trim();
    for m in ["**", "__"] {
        let Some(r) = raw.strip_prefix(m) else { continue };
        let (head, tail) = r.split_once(m)?;
        let head = head.trim();
        let tail = tail.trim_start();
        let dotted = head.ends_with(['.', ':']) || tail.starts_with(['.', ':']);
        let tail = tail.trim_start_matches(['.', ':']).trim_start();
        let title = head.trim_end_matches(['.', ':']).trim();
        let shaped = dotted && tail.starts_with(char::is_uppercase) && title.split_whitespace().count() <= 6 && is_title(title);
        return shaped.then(|| (clean_title(title), true));
    }
    core.contains(". ").then(|| dotted_title(core)).flatten().map(|t| (clean_title(t), false))
}

/// The fewest rows opening with a clause number in a table of clauses.
const CLAUSE_TABLE_ROWS: usize = 3;
/// The fewest words per such row, on average, in its text cell.
const CLAUSE_TABLE_WORDS: usize = 4;

/// A table that holds the agreement's clauses, the number in the first cell and the text in the
/// second and last (`1.1 | Leverandøren behandler …`, a Word table of two columns), or the same
/// clause in two languages side by side, each cell opening with the same number (`1.1 Denne
/// aftale … | 1.1 This agreement …`): when at least [`CLAUSE_TABLE_ROWS`] rows, and three in
/// five, are such rows, and their text cells hold [`CLAUSE_TABLE_WORDS`] words a row on average,
/// those rows are read as the numbered lines they stand for (`1.1 Leverandøren behandler …`;
/// `1.1 Denne aftale … This agreement …`, both languages kept; a heading row as `5
/// Underdatabehandlere / Sub-processors`). Other tables stay tables.
fn mark_clause_tables(paras: &mut [Para], lex: &Lexicon) {
    let cells = |core: &str| -> Vec<String> {
        let t = core.trim();
        let t = t.strip_prefix('|').unwrap_or(t);
        let t = t.strip_suffix('|').unwrap_or(t);
        t.split(" | ").map(|c| c.trim().to_string()).collect()
    };
    // The row as the line it stands for, and the words of its text, when it is a clause row.
    let clause_row = |core: &str| -> Option<(String, usize)> {
        let c = cells(core);
        if c.len() != 2 || c[1].is_empty() {
            return None;
        }
        // Parsed with a word after it: a number alone on a line would be a page number.
        let (labels, rest) = label::parse(&format!("{} x", c[0]), lex);
        if !labels.is_empty() && rest == "x" {
            return Some((c.join(" "), c[1].split_whitespace().count()));
        }
        // Two languages: the same number opens both cells.
        let ((first, text), (second, other)) = (label::parse(&c[0], lex), label::parse(&c[1], lex));
        if first.is_empty() || first != second || text.is_empty() || other.is_empty() {
            return None;
        }
        let sentence = text.trim_end().ends_with(['.', ':', ';']);
        let line = format!("{}{}{other}", c[0], if sentence { " " } else { " / " });
        Some((line, text.split_whitespace().count()))
    };
    let mut i = 0;
    while i < paras.len() {
        if paras[i].kind != ParagraphKind::TableRow {
            i += 1;
            continue;
        }
        let end = (i..paras.len()).find(|&k| paras[k].kind != ParagraphKind::TableRow).unwrap_or(paras.len());
        let rows: Vec<(usize, String, usize)> = (i..end).filter_map(|k| clause_row(&paras[k].core).map(|(line, words)| (k, line, words))).collect();
        // Clauses are sentences: a numbered list of names (`1. | Acme Ltd | Dublin`) is no such table.
        let sentences = rows.iter().any(|r| r.2 >= 2 * CLAUSE_TABLE_WORDS) && rows.iter().map(|r| r.2).sum::<usize>() >= CLAUSE_TABLE_WORDS * rows.len();
        if rows.len() >= CLAUSE_TABLE_ROWS && rows.len() * 5 >= (end - i) * 3 && sentences {
            for (k, core, _) in rows {
                let (labels, rest) = label::parse(&core, lex);
                let p = &mut paras[k];
                p.words = core.split_whitespace().count();
                (p.core, p.labels, p.rest, p.kind) = (core, labels, rest, ParagraphKind::Body);
            }
        }
        i = end;
    }
}

/// Keeps the run-in titles of a document that titles its paragraphs so: bold ones when three
/// paragraphs have one; plain ones (which a short first sentence can look like) only when at
/// least four of the document's paragraphs of text open with one and they are half of them.
fn mark_run_in_titles(paras: &mut [Para]) {
    let bold = paras.iter().filter(|p| p.run_in.as_ref().is_some_and(|r| r.1)).count();
    let text_paras = paras.iter().filter(|p| p.kind == ParagraphKind::Body && p.labels.is_empty() && p.words >= MIN_PARAGRAPH_WORDS).count();
    let all = paras.iter().filter(|p| p.run_in.is_some()).count();
    let plain_ok = all >= 4 && 2 * all >= text_paras;
    for p in paras.iter_mut() {
        if p.run_in.as_ref().is_some_and(|r| !(if r.1 { bold >= 3 } else { plain_ok })) {
            p.run_in = None;
        }
    }
}

/// Setext Markdown and reStructuredText headings: a short line under (or between) rule lines
/// is a heading, `=` of level 1, `-` of level 2, other marks level 3.
fn mark_underlined_headings(paras: &mut [Para]) {
    for i in 1..paras.len() {
        let Some(mark) = paras[i].rule.then(|| rule_mark(&paras[i].core)).flatten() else { continue };
        let title = &paras[i - 1];
        if title.rule || title.level.is_some() || title.words == 0 || title.words > 12 || ends_paragraph(&title.core) {
            continue;
        }
        paras[i - 1].level = Some(match mark {
            '=' => 1,
            '-' => 2,
            _ => 3,
        });
    }
}

/// The title of the block before the first clause: the first heading the format marked, a title
/// in capitals run together with the parties (`DATABEHANDLERAVTALE mellom …`), or one of the
/// first lines that reads as a title.
fn preamble_title(paras: &[Para]) -> Option<String> {
    let marked = paras.iter().find(|p| p.level.is_some() && !p.repeated && clean_title(&p.core).chars().any(char::is_alphanumeric));
    let caps_run = || {
        let first = paras.first()?;
        let words: Vec<&str> = first.core.split_whitespace().take_while(|w| is_all_caps(w)).collect();
        let letters: usize = words.iter().map(|w| w.chars().filter(|c| c.is_alphabetic()).count()).sum();
        (first.labels.is_empty() && letters >= 6 && words.len() < first.words).then(|| words.join(" "))
    };
    let reads_as_title = || {
        let p = paras.iter().take(3).find(|p| p.labels.is_empty() && !p.repeated && is_title(&p.core) && numbers(&p.core) < 2)?;
        Some(clean_title(&p.core))
    };
    // A letter or e-mail ("Emne: …" / "Dato: …" / "Hej Jonas"): the agreement's title is the
    // line in capitals under the greeting, not the subject line.
    let mail = paras.len() > 2 && paras[..2].iter().all(|p| header_field(&p.core));
    let caps_line = || {
        let p = paras.iter().find(|p| p.labels.is_empty() && !p.repeated && p.words <= 8 && is_all_caps(&p.core) && p.core.chars().filter(|c| c.is_alphabetic()).count() >= 6)?;
        Some(clean_title(&p.core))
    };
    let marked = marked.map(|p| clean_title(&p.core));
    if mail {
        return marked.or_else(caps_line);
    }
    marked.or_else(caps_run).or_else(reads_as_title)
}

/// A header field of a letter or e-mail: one word and a colon before the value (`Emne: …`,
/// `Subject: …`, `Dato: 12. januar 2026`).
fn header_field(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(name, value)| {
        !value.trim().is_empty() && name.chars().count() <= 12 && name.chars().next().is_some_and(char::is_uppercase) && name.chars().all(char::is_alphabetic)
    })
}

/// Whether un-numbered headings start clauses everywhere (a document without numbering) or only
/// where a numbered document can have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Numbered,
    Unnumbered,
}

/// A paragraph as the segmenter sees it.
struct Para {
    /// The text without Markdown markup.
    core: String,
    kind: ParagraphKind,
    /// Heading level from the source format or Markdown `#`.
    level: Option<u8>,
    /// The whole line is bold (a Markdown heading by other means).
    bold: bool,
    labels: Vec<Label>,
    /// The text after the number.
    rest: String,
    annex: Option<Annex>,
    words: usize,
    /// Part of a table of contents.
    toc: bool,
    /// A line as long as the document's wrapped lines (every line a paragraph): it goes on.
    full: bool,
    /// The same short line comes three times or more: a running header or footer.
    repeated: bool,
    /// A line of one repeated mark (`=====`, `-----`): a setext or reStructuredText underline or
    /// overline, which makes the line it belongs to a heading and is no text of its own.
    rule: bool,
    /// A title run in before the text (`**Underdatabehandlere.** Databehandleren må …`), and
    /// whether it was bold; kept only where the document titles its paragraphs so (see
    /// [`mark_run_in_titles`]).
    run_in: Option<(String, bool)>,
}

impl Para {
    fn new(text: &str, kind: ParagraphKind, lex: &Lexicon) -> Para {
        let (core, md_level, bold) = label::strip_markup(text);
        let level = match kind {
            ParagraphKind::Heading(l) => Some(l),
            _ => md_level,
        };
        // An annex named in a list (`- Schedule A: parties`) is a mention, not its heading.
        let annex = if matches!(kind, ParagraphKind::ListItem(_)) { None } else { label::annex(&core, lex) };
        let (labels, rest) = if annex.is_some() { (Vec::new(), String::new()) } else { label::parse(&core, lex) };
        let words = core.split_whitespace().count();
        // A Markdown table row read line by line.
        let kind = if kind == ParagraphKind::Body && core.starts_with('|') && core.ends_with('|') { ParagraphKind::TableRow } else { kind };
        let rule = rule_mark(&core).is_some();
        let run_in = (labels.is_empty() && annex.is_none() && kind == ParagraphKind::Body && level.is_none() && !bold)
            .then(|| run_in_title(text, &core))
            .flatten();
        Para { core, kind, level, bold, labels, rest, annex, words, toc: false, full: false, repeated: false, rule, run_in }
    }

    fn is_heading_kind(&self) -> bool {
        self.level.is_some()
    }

    /// Opens with something that reads as a clause number, not a figure (`42 52 30 75`).
    fn has_number(&self) -> bool {
        !self.labels.is_empty()
            && !self.labels.iter().all(|l| l.bare_number)
            && !self.rest.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Could be a title line: no number, not a table row, reads like a heading.
    fn is_plain_title(&self) -> bool {
        self.labels.is_empty() && self.annex.is_none() && !self.toc && self.kind != ParagraphKind::TableRow && is_title(&self.core)
    }

    /// A long line that stops mid-sentence: the next line continues it.
    fn is_open(&self) -> bool {
        let hyphenated = self.core.ends_with('-') && !self.core.ends_with(" -");
        !self.is_heading_kind()
            && self.kind != ParagraphKind::TableRow
            && (hyphenated || (self.full || self.words > 8) && !ends_sentence(&self.core))
    }
}

/// One level of the current numbering: `7`, then `1` under it, then `a` under that.
#[derive(Debug, Clone)]
struct Part {
    style: Style,
    n: u32,
    id: String,
    title: Option<String>,
    /// Written out in full (`4.3.1`) rather than restarted under its parent (`1.` under `7.`).
    explicit: bool,
    /// For a section (`IX.`, `C.`): the last number of the paragraphs in the sections before it,
    /// which its own paragraphs go on from when a document numbers them straight through (`21.`
    /// under `IX.` after `20.` under `VIII.`).
    carried: u32,
}

/// A numbering style; each is its own level of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Dec,
    /// An annex's letter-number scheme (`C.1`).
    Ns(char),
    Paren,
    Alpha(bool, Punct),
    Roman(bool, Punct),
}

impl Style {
    /// Styles whose items carry section titles (`7. Fortrolighed`), unlike list items (`a.`).
    fn carries_titles(self) -> bool {
        matches!(self, Style::Dec | Style::Ns(_) | Style::Alpha(true, _) | Style::Roman(true, _))
    }
}

/// The part of the document whose numbering is being followed: the main body or one annex.
#[derive(Debug, Clone, Default)]
struct Scope {
    /// `Bilag 3`; none for the main body.
    prefix: Option<String>,
    /// The annex's letter, whose `C.1` scheme stands alone in ids.
    letter: Option<char>,
    title: Option<String>,
}

/// Where a clause starts.
#[derive(Debug, Clone)]
struct Start {
    para: usize,
    id: String,
    heading: Option<String>,
    /// Started by a number or an annex heading.
    numbered: bool,
    /// A number with no text after it, whose text may never come (an empty list item).
    bare: bool,
    /// Opened by a heading line (an un-numbered heading, a number with a title, an annex
    /// heading) rather than by running text: its paragraphs become clauses of their own.
    titled: bool,
    /// The first paragraph after the heading lines.
    body_from: usize,
}

/// What is known about the clause being built.
#[derive(Debug, Clone, Copy, Default)]
struct Current {
    /// Started by a title (a section heading) rather than running text.
    titled: bool,
    numbered: bool,
    heading_level: Option<u8>,
    /// It has paragraphs after its first.
    has_body: bool,
    /// Started by a number (not an annex or un-numbered heading).
    item: bool,
}

/// Finds the clause starts. `heading_scopes`: numbering that starts under an un-numbered heading
/// is that heading's (`Security 1`) even when it could continue the numbering before. Also says
/// whether some numbering restarted under an un-numbered heading.
fn plan(paras: &[Para], mode: Mode, heading_scopes: bool, lex: &Lexicon) -> (Vec<Start>, bool) {
    let min_level = paras.iter().filter_map(|p| p.level).min();
    let mut restarted = false;
    let mut starts: Vec<Start> = Vec::new();
    let mut path: Vec<Part> = Vec::new();
    let mut scope = Scope::default();
    let mut pending_scope: Option<(String, String)> = None;
    // The scope and numbering an un-numbered heading's own numbering interrupted.
    let mut outer: Option<(Scope, Vec<Part>)> = None;
    let mut cur: Option<Current> = None;
    // The last un-numbered heading, for numbered items under it that have no titled parent.
    let mut plain_heading: Option<String> = None;
    let mut skip_until = 0;
    // A top-level heading (the document's title) has come, so another one that follows text
    // starts a clause: a "Title" style and "Heading 1" are both level 1.
    let mut title_seen = false;
    for i in 0..paras.len() {
        let prev = i.checked_sub(1).map(|j| &paras[j]);
        title_seen |= prev.is_some_and(|q| q.is_heading_kind() && q.level == min_level);
        if i < skip_until {
            continue;
        }
        let p = &paras[i];
        let level = p.level;
        if p.rule {
            continue;
        }
        if p.toc || p.kind == ParagraphKind::TableRow {
            if let Some(c) = cur.as_mut() {
                c.has_body = true;
            }
            continue;
        }
        if let Some(a) = &p.annex {
            // `… as described in` / `Annex II.`: a reference that wrapped, not a heading.
            let wrapped = a.rest.is_empty() && prev.is_some_and(|q| q.is_open() || (p.core.ends_with('.') && !ends_sentence(&q.core)));
            if p.level.is_some() || !wrapped {
                let (title, taken) = if a.rest.is_empty() {
                    gather_title(paras, i + 1)
                } else {
                    // `Bilaga 1 – Instruktion` / `Till Personuppgiftsbiträdesavtal …`: a subtitle.
                    let subtitle = paras.get(i + 1).filter(|n| {
                        n.is_plain_title() && n.core.split_whitespace().next().is_some_and(|w| lex.annex_connectors.contains(&w.to_lowercase()))
                    });
                    (Some(clean_title(&a.rest)), usize::from(subtitle.is_some()))
                };
                let prefix = format!("{} {}", a.word, a.label);
                let letter = a.label.chars().next().filter(|c| a.label.len() == 1 && c.is_ascii_uppercase());
                scope = Scope { prefix: Some(prefix.clone()), letter, title: title.clone() };
                plain_heading = None;
                path.clear();
                pending_scope = None;
                outer = None;
                starts.push(Start { para: i, id: prefix, heading: title, numbered: true, bare: false, titled: true, body_from: i + 1 + taken });
                cur = Some(Current { titled: true, numbered: true, heading_level: level, has_body: false, item: false });
                skip_until = i + 1 + taken;
                continue;
            }
        }
        if !p.labels.is_empty() {
            // Numbering that starts afresh under an un-numbered heading belongs to that heading
            // (`## Security` / `1. …` gives `Security 1`), like an annex's.
            let mut placed = None;
            if let Some((id, title)) = pending_scope.as_ref().filter(|_| heading_scopes || !path.is_empty()) {
                let fresh = Scope { prefix: Some(id.clone()), letter: None, title: Some(title.clone()) };
                placed = place(paras, i, &[], &fresh, lex).filter(|pl| pl.first_item);
                if placed.is_some() {
                    restarted = true;
                    outer = Some((std::mem::replace(&mut scope, fresh), path.clone()));
                }
            }
            // A section heading numbered in another style ends a heading's own numbering and goes
            // on with the numbering before it: `RECITALS` / `(A)`, `(B)` / `ARTICLE I — …`.
            if let (None, Some((o_scope, o_path)), Some(top)) = (&placed, &outer, path.first()) {
                let other = place(paras, i, o_path, o_scope, lex).filter(|pl| pl.titled && pl.path.first().is_some_and(|t| t.style != top.style));
                if let Some(pl) = other {
                    (scope, path) = (o_scope.clone(), o_path.clone());
                    outer = None;
                    placed = Some(pl);
                }
            }
            if placed.is_none() {
                placed = place(paras, i, &path, &scope, lex);
            }
            if let Some(pl) = placed {
                let id = full_id(&pl.path, &scope);
                let heading = pl.path.iter().rev().find_map(|pt| pt.title.clone()).or_else(|| plain_heading.clone()).or_else(|| scope.title.clone());
                if pl.titled {
                    plain_heading = None;
                }
                let body_from = if pl.title_from_next { i + 2 } else { i + 1 };
                starts.push(Start { para: i, id, heading, numbered: true, bare: pl.bare, titled: pl.titled, body_from });
                cur = Some(Current { titled: pl.titled, numbered: true, heading_level: level, has_body: false, item: true });
                path = pl.path;
                pending_scope = None;
                if pl.title_from_next {
                    skip_until = i + 2;
                }
                continue;
            }
        }
        // `**Sikkerhed.** Databehandleren …`: a paragraph with its title run in is a clause of
        // its own, in a document without numbers.
        if let Some((title, _)) = p.run_in.as_ref().filter(|_| mode == Mode::Unnumbered) {
            let id = scoped_id(&scope, title);
            plain_heading = Some(title.clone());
            starts.push(Start { para: i, id, heading: Some(title.clone()), numbered: false, bare: false, titled: true, body_from: i });
            cur = Some(Current { titled: true, numbered: false, heading_level: level, has_body: true, item: false });
            continue;
        }
        let after_title = title_seen && prev.is_some_and(|q| !q.is_heading_kind());
        if starts_unnumbered(p, prev, &paras[i + 1..], mode, cur, (min_level, after_title), lex) {
            let title = clean_title(&p.core);
            // The next heading ends a heading's own numbering.
            if let Some((o_scope, o_path)) = outer.take() {
                scope = o_scope;
                path = o_path;
            }
            if is_compound_annex(p, lex) {
                scope = Scope { prefix: Some(truncate_words(&title, 60)), letter: None, title: Some(title.clone()) };
                path.clear();
            }
            let id = match &scope.prefix {
                Some(prefix) if is_compound_annex(p, lex) => prefix.clone(),
                _ => scoped_id(&scope, &title),
            };
            // The document's title (the top heading level) numbers nothing of its own.
            if mode == Mode::Numbered && !(p.level.is_some() && p.level == min_level) {
                pending_scope = Some((id.clone(), title.clone()));
            }
            plain_heading = Some(title.clone());
            // A reStructuredText overline belongs to its heading.
            let overline = i > 0 && paras[i - 1].rule && paras.get(i + 1).is_some_and(|n| rule_mark(&n.core) == rule_mark(&paras[i - 1].core));
            let from = if overline && i >= 2 && !paras[i - 2].rule { i - 1 } else { i };
            starts.push(Start { para: from, id, heading: Some(title), numbered: false, bare: false, titled: true, body_from: i + 1 });
            cur = Some(Current { titled: true, numbered: false, heading_level: level, has_body: false, item: false });
            continue;
        }
        if let Some(c) = cur.as_mut() {
            c.has_body = true;
        }
    }
    (starts, restarted)
}

/// The id of an un-numbered clause titled `title`: the title, after the annex's prefix in one.
fn scoped_id(scope: &Scope, title: &str) -> String {
    match &scope.prefix {
        Some(prefix) => format!("{prefix} {}", truncate_words(title, 60)),
        None => truncate_words(title, 60),
    }
}

/// The most words of a title after a number in parentheses (`5) Underleverandører`).
const PAREN_TITLE_WORDS: usize = 6;

/// Where a numbered paragraph goes.
struct Placed {
    path: Vec<Part>,
    titled: bool,
    /// Its title is the next paragraph (a number alone on its line, then the title).
    title_from_next: bool,
    bare: bool,
    /// It opens a numbering (`1`, `a`, `1.1`), so it can start a fresh annex-like scope.
    first_item: bool,
}

/// Fits paragraph `i`'s number into the numbering `path`, if it fits.
fn place(paras: &[Para], i: usize, path: &[Part], scope: &Scope, lex: &Lexicon) -> Option<Placed> {
    let p = &paras[i];
    let prev = i.checked_sub(1).map(|j| &paras[j]);
    let next = paras.get(i + 1);
    let rest = p.rest.as_str();
    let next_title = rest.is_empty() && next.is_some_and(Para::is_plain_title);
    // A first line that the next line continues is not a title (PDF lines).
    let next_unlabelled = next.is_some_and(|n| n.labels.is_empty() && n.annex.is_none());
    let continued = next_unlabelled && next.is_some_and(|n| starts_lower(&n.core));
    // `Section 1. Definitions.`, `Section 4. Personnel. Company shall …`: after a clause word a
    // title may end in a full stop, alone or run in.
    let keyword = p.labels.iter().any(|l| matches!(l.kind, Kind::Keyword(_)));
    // `1 § Avtalet gäller tills vidare.`: a statute's paragraph opens with its text, never a title;
    // so does each of a run of keyword numbers that opens a sentence (`§ 2 Avtalet har företräde
    // framför tjänsteavtalet.`, see [`keyword_sequence`]).
    let sentence_in_run = || {
        let n = p.labels.iter().find_map(|l| match &l.kind {
            Kind::Keyword(ps) if ps.len() == 1 => Some(ps[0]),
            _ => None,
        });
        n.is_some_and(|n| keyword_sequence(paras, i, n)) && rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() >= 4 && ends_sentence(rest)
    };
    let statute = p.labels.iter().any(Label::sign_after) || sentence_in_run();
    let dotted = if keyword && !statute && !is_title(rest) { dotted_title(rest) } else { None };
    let own_title = !rest.is_empty()
        && (dotted.is_some()
            || p.is_heading_kind()
            || (p.bold && p.words <= 12)
            || ((is_title(rest) || (keyword && !statute && is_title_within(rest, KEYWORD_TITLE_WORDS))) && !continued && !(p.full && next_unlabelled && !is_all_caps(rest))));
    let titled = own_title || next_title;
    let title = if let Some(d) = dotted {
        Some(clean_title(d))
    } else if own_title {
        Some(clean_title(rest))
    } else if next_title {
        next.map(|n| clean_title(&n.core))
    } else {
        None
    };
    let structural = matches!(p.kind, ParagraphKind::ListItem(_) | ParagraphKind::Heading(_));
    let lower = !structural && rest.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    let first_word = rest.split_whitespace().next().unwrap_or("");
    let date = lex.is_month(first_word) || lex.is_unit(first_word) || first_word.starts_with(|c: char| c.is_ascii_digit());
    let open_before = prev.is_some_and(Para::is_open);
    let ctx = Ctx {
        titled,
        open_before,
        child_ok: structural || prev.is_some_and(|q| q.core.trim_end().ends_with(':')) || path.last().is_some_and(|pt| pt.title.is_some()),
        after_h: prev.is_some_and(|q| q.labels.iter().any(|l| matches!(l.kind, Kind::Alpha { n: 8, .. }))),
    };

    let mut best: Option<(u8, Vec<Part>, bool)> = None;
    for label in &p.labels {
        let found = match &label.kind {
            // "1.4 a description of …", "36. a list of …": lower case is a clause only as the very
            // next number after a finished sentence, or as the document's first item.
            Kind::Dec(parts) if lower && !date && !open_before => {
                let fit = if parts.len() == 1 { single(path, Style::Dec, parts[0], label, &ctx, false) } else { multi(path, Style::Dec, parts, &ctx, false) };
                fit.filter(|(rank, _)| *rank == 0 || (path.is_empty() && parts.iter().all(|&x| x == 1)))
            }
            Kind::Dec(_) if lower || date => None,
            Kind::Dec(_) if label.bare_number && !own_title => None,
            Kind::Dec(parts) if parts.len() == 1 => single(path, Style::Dec, parts[0], label, &ctx, false),
            Kind::Dec(parts) => multi(path, Style::Dec, parts, &ctx, path.is_empty() || !path.iter().any(|pt| pt.style == Style::Dec)),
            Kind::Keyword(parts) => {
                // "Article 5 of the GDPR requires …" at the start of a line is a reference, not a
                // clause; a clause under a keyword has a title ("Article 5 – Security"), or a
                // sub-number and a capital after it ("Section 2.1 Roles. Controller is …", run in).
                let run_in = (parts.len() >= 2 || statute) && rest.starts_with(char::is_uppercase);
                if !rest.is_empty() && !titled && !run_in {
                    None
                } else if parts.len() == 1 {
                    single(path, Style::Dec, parts[0], label, &ctx, true)
                } else {
                    multi(path, Style::Dec, parts, &ctx, !path.iter().any(|pt| pt.style == Style::Dec))
                }
            }
            Kind::Paren(n) => single(path, Style::Paren, *n, label, &ctx, false),
            Kind::Alpha { n, upper, punct } => single(path, Style::Alpha(*upper, *punct), *n, label, &ctx, false),
            Kind::Roman { n: 1, .. } if ctx.after_h => None,
            Kind::Roman { n, upper, punct } => single(path, Style::Roman(*upper, *punct), *n, label, &ctx, false),
            Kind::DecAlpha { parts, n } => {
                // Only under its own parent, which must be the current item or an ancestor.
                let k = parts.len();
                let under = path.len() >= k && path[..k].iter().zip(parts).all(|(pt, &x)| pt.style == Style::Dec && pt.n == x);
                if under {
                    let scope_path = &path[..path.len().min(k + 1)];
                    single(scope_path, Style::Alpha(false, Punct::Dot), *n, label, &ctx, false)
                } else {
                    None
                }
            }
            Kind::LetterNum { .. } if lower => None,
            Kind::LetterNum { letter, parts } => match lettered_section(path, *letter) {
                // `A.1` under the heading `A. Definitions`: the items of a lettered section.
                Some(j) => multi(&path[j + 1..], Style::Ns(*letter), parts, &ctx, true).map(|(rank, sub)| {
                    let mut v = path[..=j].to_vec();
                    v.extend(sub.into_iter().enumerate().map(|(k, mut pt)| {
                        if k == 0 {
                            pt.id = pt.n.to_string();
                        }
                        pt
                    }));
                    (rank, v)
                }),
                None => {
                    let start_ok = scope.letter == Some(*letter) || (parts.iter().all(|&x| x == 1) && titled && !open_before);
                    multi(path, Style::Ns(*letter), parts, &ctx, start_ok)
                }
            },
        };
        if let Some((rank, new_path)) = found {
            if best.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                let first_item = match &label.kind {
                    Kind::Dec(ps) | Kind::Keyword(ps) | Kind::LetterNum { parts: ps, .. } => ps.iter().all(|&x| x <= 1),
                    Kind::Paren(n) | Kind::Alpha { n, .. } | Kind::Roman { n, .. } | Kind::DecAlpha { n, .. } => *n == 1,
                };
                best = Some((rank, new_path, first_item));
            }
        }
    }
    if best.is_none() {
        best = gap_fit(paras, i, path, lex);
    }
    let (_, mut new_path, first_item) = best?;
    // `1) Baggrund` over `a.` items: a top-level number in parentheses titles its section too,
    // with a short title (not a party, `(1) Harbour Fitness Limited, a company …`).
    let short_title = rest.split_whitespace().count() <= PAREN_TITLE_WORDS && !rest.contains([',', ';', '(', '"']);
    let top_paren = short_title && matches!(new_path.as_slice(), [only] if only.style == Style::Paren);
    if let Some(last) = new_path.last_mut() {
        last.title = if last.style.carries_titles() || top_paren { title } else { None };
    }
    Some(Placed {
        path: new_path,
        titled: titled && (number_carries_titles(p) || top_paren),
        title_from_next: next_title,
        bare: rest.is_empty() && !next_title,
        first_item,
    })
}

/// How far a keyword's neighbour in a run of keyword numbers may stand (paragraphs).
const KEYWORD_RUN_REACH: usize = 8;

/// Whether the keyword number `n` of paragraph `i` (`§ 3`) stands in a run: the nearest keyword
/// number before it, within [`KEYWORD_RUN_REACH`] paragraphs, is `n - 1`, or the nearest after
/// it is `n + 1`. A reference at the start of a line ("§ 26 BDSG gilt …") stands alone.
fn keyword_sequence(paras: &[Para], i: usize, n: u32) -> bool {
    let number = |q: &Para| q.labels.iter().find_map(|l| match &l.kind {
        Kind::Keyword(ps) if ps.len() == 1 => Some(ps[0]),
        _ => None,
    });
    let after = paras[i + 1..paras.len().min(i + 1 + KEYWORD_RUN_REACH)].iter().find_map(number);
    let before = paras[i.saturating_sub(KEYWORD_RUN_REACH)..i].iter().rev().find_map(number);
    after == Some(n + 1) || before.is_some_and(|m| m + 1 == n)
}

/// The level of `path` that is the section lettered `letter` (`A. Definitions`, an upper-case
/// letter with a title), under which `A.1`, `A.2` are its items.
fn lettered_section(path: &[Part], letter: char) -> Option<usize> {
    let n = u32::from(letter).checked_sub(u32::from('A'))? + 1;
    path.iter().rposition(|pt| matches!(pt.style, Style::Alpha(true, _)) && pt.n == n && pt.title.is_some())
}

/// How far ahead a skipped number looks for its successor.
const GAP_LOOKAHEAD: usize = 60;

/// A top-level number that skips ahead of the numbering (`3.` after `1.`, the `2.` lost or
/// rejected) is still a clause when the numbering goes on from it: the next top-level number
/// further down is its successor. So one number that does not fit never blocks the ones after it.
fn gap_fit(paras: &[Para], i: usize, path: &[Part], lex: &Lexicon) -> Option<(u8, Vec<Part>, bool)> {
    let p = &paras[i];
    let label = p.labels.iter().find(|l| matches!(&l.kind, Kind::Dec(ps) if ps.len() == 1) && !l.bare_number)?;
    let Kind::Dec(ps) = &label.kind else { return None };
    let n = ps[0];
    let top = path.first().filter(|pt| pt.style == Style::Dec)?;
    let lower = starts_lower(&p.rest);
    if n <= top.n + 1 || n > top.n + 20 || lower || paras.get(i.wrapping_sub(1)).is_some_and(Para::is_open) {
        return None;
    }
    let first_word = p.rest.split_whitespace().next().unwrap_or("");
    if lex.is_month(first_word) || lex.is_unit(first_word) {
        return None;
    }
    let successor = paras.iter().skip(i + 1).take(GAP_LOOKAHEAD).find_map(|q| {
        q.labels.iter().find_map(|l| match &l.kind {
            Kind::Dec(qs) if qs.len() == 1 && !l.bare_number => Some(qs[0]),
            _ => None,
        })
    });
    // A small gap is judged on its own (a capitalised or quoted item after a finished sentence);
    // a larger one needs the numbering to go on from it.
    (n <= top.n + 3 || successor == Some(n + 1)).then(|| (2, vec![new_part(Style::Dec, n, label, false)], false))
}

/// Section numbers carry titles (`7. Fortrolighed`); list markers (`a)`, `(1)`) do not.
fn number_carries_titles(p: &Para) -> bool {
    p.labels.iter().any(|l| match l.kind {
        Kind::Dec(_) | Kind::Keyword(_) | Kind::LetterNum { .. } => true,
        Kind::Alpha { upper, .. } | Kind::Roman { upper, .. } => upper,
        Kind::Paren(_) | Kind::DecAlpha { .. } => false,
    })
}

/// What placing a number depends on besides the number.
struct Ctx {
    titled: bool,
    open_before: bool,
    /// A restarted number (`1.`) may open a sub-level here: after a section title, a colon, or in
    /// a list the source format marked.
    child_ok: bool,
    /// The paragraph before is item `h`, so `i` is the next letter, not a new roman list.
    after_h: bool,
}

fn new_part(style: Style, n: u32, label: &Label, explicit: bool) -> Part {
    let id = match style {
        Style::Dec | Style::Paren => n.to_string(),
        Style::Ns(letter) => format!("{letter}.{n}"),
        Style::Alpha(..) | Style::Roman(..) => label.written.clone(),
    };
    Part { style, n, id, title: None, explicit, carried: 0 }
}

/// A one-level number (`3.`, `(b)`, `ii)`): the next sibling at some level, the first child of the
/// current item, or the first item of the document. Lower rank is better.
fn single(path: &[Part], style: Style, n: u32, label: &Label, ctx: &Ctx, keyword: bool) -> Option<(u8, Vec<Part>)> {
    let part = new_part(style, n, label, keyword);
    let sibling_depths = |gap: u32| -> Vec<usize> {
        (0..path.len())
            .filter(|&d| path[d].style == style && (d == 0 || !(keyword || path[d].explicit && style == Style::Dec)) && n == path[d].n + gap)
            .collect()
    };
    let with = |d: usize| -> Vec<Part> {
        let mut v = path[..d].to_vec();
        let mut part = part.clone();
        // A section after a sibling section carries the number its paragraphs reached.
        if let Some(sibling) = path.get(d) {
            part.carried = path.get(d + 1).filter(|c| c.style == Style::Dec).map_or(sibling.carried, |c| c.n);
        }
        v.push(part);
        v
    };
    // `21.` under section `IX.` when the paragraphs before reached `20.`: numbered straight
    // through the sections (ids `IX.21`, as `I.1` in the first section). Not where the sections
    // sit under a decimal number of their own (`3.` after `2.` with its `I.`, `II.`).
    let section = path.last().filter(|pt| matches!(pt.style, Style::Alpha(true, _) | Style::Roman(true, _)) && pt.title.is_some());
    let under_decimal = path.iter().any(|pt| pt.style == Style::Dec);
    if style == Style::Dec && n > 1 && !under_decimal && section.is_some_and(|pt| pt.carried + 1 == n) {
        return Some((1, with(path.len())));
    }
    let exact = sibling_depths(1);
    if !exact.is_empty() {
        // A title goes to the shallowest level that fits (`4. Fortrolighed` after 3.3 is section 4),
        // running text to the deepest (`4. Databehandleren …` after 3.3 is 3.4).
        let d = if ctx.titled && style.carries_titles() { exact[0] } else { exact[exact.len() - 1] };
        return Some((0, with(d)));
    }
    // A titled `1. Definitions` is no sub-item of a list item (`(2) Memberloop B.V., …`, `b)`,
    // a recital `(B)`): list items hold sentences, not sections.
    let under_list_item = path.last().is_some_and(|pt| matches!(pt.style, Style::Paren | Style::Alpha(false, _) | Style::Roman(false, _) | Style::Alpha(true, Punct::Paren) | Style::Roman(true, Punct::Paren)));
    if n == 1 && !keyword && !path.is_empty() && (style != Style::Dec || (ctx.child_ok && !(ctx.titled && under_list_item))) {
        let blocked = path.iter().enumerate().any(|(d, pt)| pt.style == style && !(style == Style::Dec && (d == 0 || pt.explicit)));
        if !blocked {
            return Some((1, with(path.len())));
        }
    }
    if ctx.titled {
        let gap = sibling_depths(2);
        if let Some(&d) = gap.first() {
            return Some((2, with(d)));
        }
        // `Clause 8` with a title says what it is even after a gap (clauses left out of a copy).
        if keyword && path.first().is_some_and(|pt| pt.style == style && n > pt.n) {
            return Some((2, with(0)));
        }
    }
    if path.is_empty() {
        let ok = match style {
            Style::Dec => ctx.titled || (n <= 2 && !ctx.open_before),
            _ => n == 1 && !ctx.open_before,
        };
        return ok.then(|| (3, vec![part]));
    }
    if n == 1 && ctx.titled && !ctx.open_before && !path.iter().any(|pt| pt.style == style) {
        return Some((3, vec![part]));
    }
    // A titled `1.` that fits nowhere opens a second numbering (ids get ` (2)`).
    if n == 1 && ctx.titled && !ctx.open_before && style == Style::Dec && path.first().is_some_and(|pt| pt.style == Style::Dec) {
        return Some((4, vec![part]));
    }
    None
}

/// A number written out in full (`4.3.1`, `C.2`): its parent must be the current item or one of its
/// ancestors, and it must be the next sibling or a first child there.
fn multi(path: &[Part], style: Style, parts: &[u32], ctx: &Ctx, start_ok: bool) -> Option<(u8, Vec<Part>)> {
    let d_len = path.iter().take_while(|pt| pt.style == style).count();
    let d: Vec<u32> = path[..d_len].iter().map(|pt| pt.n).collect();
    let k = parts.len();
    let build = |keep: usize| -> Vec<Part> {
        let mut v: Vec<Part> = path[..keep].to_vec();
        for (j, &n) in parts.iter().enumerate().skip(keep) {
            let id = match (style, j) {
                (Style::Ns(letter), 0) => format!("{letter}.{n}"),
                _ => n.to_string(),
            };
            v.push(Part { style, n, id, title: None, explicit: true, carried: 0 });
        }
        v
    };
    // Keep the levels the number shares with the path (their titles), replace the rest.
    let shared = |upto: usize| (0..upto.min(d_len)).take_while(|&j| d[j] == parts[j]).count();
    if d_len == 0 {
        // The first `1.1` of a document starts its numbering even after a run-on title block.
        let first_in_document = path.is_empty() && style == Style::Dec;
        return (start_ok && (ctx.titled || !ctx.open_before || first_in_document)).then(|| (3, build(0)));
    }
    let parent = &parts[..k - 1];
    if parent.len() <= d_len && parent == &d[..k - 1] {
        if k - 1 < d_len {
            if parts[k - 1] == d[k - 1] + 1 {
                return Some((0, build(shared(k - 1))));
            }
            if parts[k - 1] == d[k - 1] + 2 && ctx.titled {
                return Some((2, build(shared(k - 1))));
            }
        } else if parts[k - 1] == 1 {
            return Some((1, build(d_len)));
        }
    }
    if k > d_len && parts[..d_len] == d[..] && parts[d_len..].iter().all(|&x| x == 1) {
        return Some((1, build(d_len)));
    }
    // `3.1` after `2.2` with no `3.` of its own (an un-numbered heading stands for it, or Word
    // left the level out): the first item of the next section. `17.1` after `15.7`, the sections
    // between lost (a text whose numbers were partly stripped) or numbered in a way not read: the
    // first item of a later section, after a finished sentence and at most two sections on.
    let next_section = parts[0] == d[0] + 1;
    let later_section = parts[0] > d[0] + 1 && parts[0] <= d[0] + 3 && !ctx.open_before;
    if k >= 2 && (next_section || later_section) && parts[1..].iter().all(|&x| x == 1) {
        return Some((2, build(0)));
    }
    None
}

fn full_id(path: &[Part], scope: &Scope) -> String {
    let own: Vec<&str> = path.iter().map(|pt| pt.id.as_str()).collect();
    let own = own.join(".");
    let stands_alone = matches!(path.first(), Some(Part { style: Style::Ns(l), .. }) if scope.letter == Some(*l));
    match &scope.prefix {
        Some(prefix) if !stands_alone => format!("{prefix} {own}"),
        _ => own,
    }
}

/// Whether an un-numbered paragraph starts a clause of its own, with its text as id.
///
/// In a numbered document a heading line inside a numbered, titled section (`C.2
/// Behandlingssikkerhed` with its sub-headings) stays in it; one after a numbered paragraph
/// (`15.2 Parterne …`), after an annex heading, or at a heading level no deeper than the current
/// section's, starts a clause. Without numbering every heading starts one.
#[allow(clippy::too_many_arguments)]
/// `after`: the lines after `p`.
/// `levels`: the top heading level of the document, and whether its title (a heading of that
/// level) and text after it came before `p`.
fn starts_unnumbered(p: &Para, prev: Option<&Para>, after: &[Para], mode: Mode, cur: Option<Current>, levels: (Option<u8>, bool), lex: &Lexicon) -> bool {
    let (min_level, after_title) = levels;
    let next = after.first();
    let heading_kind = p.is_heading_kind();
    let first_alpha = p.core.chars().next().is_some_and(char::is_alphabetic);
    let all_caps = is_all_caps(&p.core);
    let numbers = numbers(&p.core);
    let looks = p.labels.is_empty()
        && p.annex.is_none()
        && !matches!(p.kind, ParagraphKind::ListItem(_))
        && is_title(&p.core)
        && !p.core.contains('[')
        && numbers < 2
        && (!p.core.ends_with(':') || all_caps);
    // A heading in lower case (`för tjänsten Stimma`) is a subtitle that continues the one before.
    let strong = p.core.chars().any(char::is_alphanumeric)
        && !starts_lower(&p.core)
        && ((heading_kind && p.words <= 20) || (looks && first_alpha && p.words <= 8));
    let continued = next.is_some_and(|n| n.labels.is_empty() && starts_lower(&n.core));
    // `…, som` / `Databehandleren har …`: the line before stops mid-sentence.
    let after_open = prev.is_some_and(|q| {
        q.is_open() || (!q.is_heading_kind() && !ends_sentence(&q.core) && (q.core.ends_with(',') || q.core.split_whitespace().last().is_some_and(starts_lower)))
    });
    if !strong || p.repeated || (!heading_kind && (after_open || continued)) {
        return false;
    }
    // An all-caps line right before a numbered item names its section ("SUB-PROCESSORS" / "2.1 …"
    // with no "2" of its own).
    let caps_heading = all_caps && looks && p.words <= 8 && next.is_some_and(Para::has_number);
    // Before any clause: a heading the format marked, after the title, starts one.
    let Some(c) = cur else { return mode == Mode::Unnumbered || (heading_kind && prev.is_some() && (p.level > min_level || after_title)) || (caps_heading && prev.is_some()) };
    if is_compound_annex(p, lex) {
        return true;
    }
    // A heading line introduces text; a short line among short lines is a form or a list
    // (`Navn`, `Stilling`, a signatory's name).
    // Words with letters: `Telefonnummer +45 42 52 30 75` is one.
    let text_words = |n: &Para| n.core.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count();
    // A short list introduction counts when its items follow (`Databehandleren skal:` / `sikre, at …`).
    let introduces_list = |n: &Para| n.core.ends_with(':') && text_words(n) >= 2 && after.get(1).is_some_and(|m| starts_lower(&m.core));
    let body_follows = next.is_some_and(|n| {
        n.has_number() || text_words(n) >= 6 || n.is_heading_kind() || (text_words(n) >= 3 && ends_sentence(&n.core)) || introduces_list(n)
    });
    if !heading_kind && !p.bold && !body_follows {
        return false;
    }
    let section = c.numbered && c.titled && c.item;
    match mode {
        Mode::Numbered => match (p.level, c.heading_level) {
            (Some(l), Some(cl)) => l <= cl || !section,
            (Some(_), None) => !section,
            (None, _) => (p.bold && !section) || (c.numbered && !c.titled) || caps_heading,
        },
        // A second title line right after the first (no text between) continues the title.
        Mode::Unnumbered => heading_kind || p.bold || c.has_body || c.heading_level.is_some() || next.is_some_and(|n| !n.is_plain_title()),
    }
}

/// `II. Definitioner` / `2.1 Begrepp …`: a section numbered in capital Roman numerals whose
/// clauses carry its number in digits is that decimal section (`2`), so its clauses sit under it
/// and its title is no tail of the clause before. Roman sections numbered straight through
/// (`IX.` / `21.`) keep their numerals.
fn mark_roman_sections(paras: &mut [Para]) {
    for i in 0..paras.len() {
        let Some(n) = paras[i].labels.iter().find_map(|l| match l.kind {
            Kind::Roman { n, upper: true, .. } => Some(n),
            _ => None,
        }) else {
            continue;
        };
        if paras[i].rest.trim().is_empty() || !is_title(&paras[i].rest) {
            continue;
        }
        let next = paras[i + 1..].iter().find(|q| !q.labels.is_empty() || q.annex.is_some());
        let carries = next.is_some_and(|q| q.labels.iter().any(|l| matches!(&l.kind, Kind::Dec(ps) if ps.len() >= 2 && ps[0] == n)));
        if carries {
            paras[i].labels = vec![Label { kind: Kind::Dec(vec![n]), written: n.to_string(), bare_number: false }];
        }
    }
}

/// `Personuppgiftsbiträdesavtal` / `Bilaga 3 till Tjänsteavtal Bokapp Pro`: an annex heading
/// joined to another contract (`til`, `to`, `zum`) under the document's title and before its
/// first clause is the agreement naming itself an annex of that contract, a subtitle; its
/// clauses are the agreement's own, not the annex's.
fn unmark_subtitle_annex(paras: &mut [Para], lex: &Lexicon) {
    let Some(first) = paras.iter().position(|p| p.has_number() || p.annex.is_some()) else { return };
    let joined = |a: &Annex| a.rest.split_whitespace().next().is_some_and(|w| lex.annex_connectors.contains(&w.to_lowercase()));
    // Only right under the title: after un-numbered sections, `Bilag 1 til aftalen` is an annex.
    let under_title = (1..=3).contains(&first) && paras[..first].iter().all(|p| p.is_plain_title() || p.is_heading_kind());
    if !under_title || !paras[first].annex.as_ref().is_some_and(joined) {
        return;
    }
    let p = &mut paras[first];
    p.annex = None;
    (p.labels, p.rest) = label::parse(&p.core, lex);
}

/// A short heading naming an annex in a compound word (`Sikkerhedsbilag`): an annex without a label.
fn is_compound_annex(p: &Para, lex: &Lexicon) -> bool {
    p.words <= 4 && p.core.split_whitespace().any(|w| lex.ends_with_annex_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A document without headings: one clause per paragraph block (wrapped lines joined).
fn plan_paragraphs(paras: &[Para]) -> Vec<Start> {
    let mut starts = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let continues = i > 0
            && (paras[i - 1].is_open()
                || !ends_sentence(&paras[i - 1].core)
                || p.core.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase));
        if !continues {
            starts.push(Start { para: i, id: format!("¶{}", starts.len() + 1), heading: None, numbered: false, bare: false, titled: false, body_from: i });
        }
    }
    starts
}

/// A number alone whose text never came (an empty list item before the next clause) is not a
/// clause: it joins the clause before.
fn drop_bare_labels(starts: &mut Vec<Start>, n_paras: usize) {
    let mut k = 0;
    while k < starts.len() {
        let next_para = starts.get(k + 1).map_or(n_paras, |s| s.para);
        if starts[k].bare && next_para == starts[k].para + 1 {
            starts.remove(k);
        } else {
            k += 1;
        }
    }
}

/// The parties listed before the first section (`between: (1) Corrloch Leisure Limited …; and
/// (2) Memberloop B.V. …`, `a) … b) …`), then `1. Definitions`: the list belongs to the block
/// before the clauses, not to the document's numbering (whose `1` it would take).
/// Recitals (`(A) Harrowgate provides …`) under a heading of their own (`BACKGROUND`) may follow
/// the parties: their items go the same way, the heading stays a clause.
fn drop_preamble_list(starts: &mut Vec<Start>, paras: &[Para]) {
    let list_item = |s: &Start| {
        s.numbered
            && !s.titled
            && paras[s.para].labels.first().is_some_and(|l| matches!(l.kind, Kind::Paren(_) | Kind::Alpha { upper: false, .. } | Kind::Alpha { punct: Punct::Paren, .. }))
    };
    let heading = |s: &Start| !s.numbered && s.titled && paras[s.para].words <= 4;
    let k = starts.iter().take_while(|s| list_item(s) || heading(s)).count();
    let Some(first_section) = starts.get(k) else { return };
    let items = starts[..k].iter().filter(|s| list_item(s)).count();
    let restarts = first_section.numbered && first_section.titled && starts[..k].iter().any(|s| list_item(s) && s.id == first_section.id);
    if (1..=8).contains(&items) && restarts {
        let mut i = 0;
        starts.retain(|s| {
            i += 1;
            i > k || !list_item(s)
        });
    }
}

/// Most words a line of a signature block has (a name and title, a place and date, a line to
/// sign on; a table row of two of them), and the block as a whole.
const SIGNATURE_LINE_WORDS: usize = 16;
const SIGNATURE_WORDS: usize = 120;

/// A signature block after the agreement's last clause (before its annexes, or at the end of the
/// document): "Silkeborg, den 24. juni 2025", "For Acme A/S | For Beta ApS", "Signed by …",
/// then names, titles and lines to sign on. It becomes a clause of its own (`Underskrifter`,
/// `Signatures`, … from the lexicon), so that the last clause keeps only its own text and a new
/// signing date changes no clause of substance. Only short lines without a modal verb follow
/// the line that opens it; a sentence or a wrapped line of running text means it is none.
fn split_signatures(paras: &[Para], starts: &mut Vec<Start>, lex: &Lexicon, lang: Option<crate::Lang>) {
    let law = crate::assess::Law::get();
    let opens = |p: &Para| {
        let rest = if p.labels.is_empty() { p.core.as_str() } else { p.rest.as_str() };
        // A place and a date with a comma between ("Odense, den 20. januar 2025"); a heading
        // dated without one ("Underdatabehandlere pr. 1. marts 2025") is no signature.
        let placed = || p.core.contains(',') && law.opens_signature(&p.core);
        // A row of the parties' names above their signatories ("Folktandvården Väst AB |
        // Journalia Nordic AB", or the same without the cell mark from a PDF).
        let names_parties = || {
            let cells: Vec<&str> = p.core.split(" | ").map(str::trim).collect();
            let suffixes = p.core.split_whitespace().filter(|w| law.is_entity_suffix(w.trim_end_matches([',', ';', ':']))).count();
            let two_names = match cells.len() {
                1 => suffixes >= 2 && p.words <= 12,
                _ => cells.iter().all(|c| c.split_whitespace().count() <= 6 && law.identifies_company(c)),
            };
            two_names && !p.core.ends_with('.')
        };
        // The parties' places and dates side by side ("Simrishamn den 2 mars 2026 | Malmö den 2
        // mars 2026"): two dated cells need no comma.
        let dated_cells = || {
            let cells: Vec<&str> = p.core.split(" | ").map(str::trim).collect();
            cells.len() >= 2 && cells.iter().all(|c| law.opens_signature(c))
        };
        law.starts_with_signature_word(rest) || placed() || p.core.split(" | ").all(|cell| lex.names_signing_party(cell.trim())) || names_parties() || dated_cells()
    };
    // A row of short capitalised cells just above a line that opens the block: the parties'
    // names, whatever they are ("Österlens Golfklubb | Klubbportalen Sverige AB").
    let opens_at = |j: usize| {
        let p = &paras[j];
        let names_row = || {
            let cells: Vec<&str> = p.core.split(" | ").map(str::trim).collect();
            cells.len() >= 2 && cells.iter().all(|c| c.starts_with(char::is_uppercase) && c.split_whitespace().count() <= 6 && !c.ends_with(['.', ':', ';']))
        };
        opens(p) || (names_row() && !lex.has_modal(&p.core) && paras.get(j + 1).is_some_and(|n| !n.repeated && opens(n)))
    };
    // Short lines without a modal verb, and not too many of them; more than a lone label
    // ("Underskrift" under a contact's details is no block).
    let block = |from: usize, end: usize| {
        let (mut words, mut lines) = (0, 0);
        paras[from..end].iter().filter(|p| !p.repeated && !p.toc).all(|p| {
            words += p.words;
            lines += 1;
            p.words <= SIGNATURE_LINE_WORDS && !p.full && !lex.has_modal(&p.core)
        }) && words <= SIGNATURE_WORDS
            && (lines >= 2 || words > 2)
    };
    let signatures = |para: usize| Start { para, id: lex.signatures(lang).to_string(), heading: None, numbered: false, bare: false, titled: false, body_from: para };
    let mut k = 0;
    while k < starts.len() {
        // The last clause of the agreement: the one before the annexes or at the end.
        let end = match starts.get(k + 1) {
            None => paras.len(),
            Some(next) if paras[next.para].annex.is_some() => next.para,
            Some(_) => {
                k += 1;
                continue;
            }
        };
        let start = &starts[k];
        k += 1;
        if paras[start.para].annex.is_some() || start.heading.as_deref().is_some_and(|h| h.split_whitespace().count() <= 2 && law.starts_with_signature_word(h)) {
            // An annex, or a section headed "Underskrifter" / "13. Signatures": already its own.
            continue;
        }
        if !start.numbered && opens_at(start.para) {
            // The planner took the block's first line ("For Acme A/S | For Beta ApS") for a heading.
            if block(start.para, end) {
                starts[k - 1] = signatures(start.para);
            }
            continue;
        }
        let Some(from) = (start.body_from.max(start.para + 1)..end).find(|&j| !paras[j].repeated && opens_at(j)) else { continue };
        if block(from, end) {
            // The next start is an annex or none: the new one is never looked at again.
            starts.insert(k, signatures(from));
            k += 1;
        }
    }
}

/// Whether a clause id is that of a signature block the segmenter split off (see
/// [`split_signatures`]): `Underskrifter`, `Signatures (2)`.
pub fn is_signature_block(id: &str) -> bool {
    Lexicon::get().is_signatures(id)
}

/// Title lines after an annex heading that carries none (`BILAG 2` / `TEKNISKE OG …` / `SIKKERHEDSKRAV`).
fn gather_title(paras: &[Para], from: usize) -> (Option<String>, usize) {
    let mut parts = Vec::new();
    let mut words = 0;
    for p in paras.iter().skip(from).take(3) {
        if !p.is_plain_title() || words + p.words > 16 || p.core.contains('[') {
            break;
        }
        // Title lines join only while they are all in capitals (`TEKNISKE OG …` / `SIKKERHEDSKRAV`).
        let all_caps = is_all_caps(&p.core) && parts.iter().all(|s: &String| is_all_caps(s));
        if !parts.is_empty() && !all_caps {
            break;
        }
        words += p.words;
        parts.push(p.core.clone());
    }
    let n = parts.len();
    ((n > 0).then(|| clean_title(&parts.join(" "))), n)
}

fn assemble(document: &Document, starts: &[Start]) -> Vec<Clause> {
    let paras = &document.paragraphs;
    let mut seen: Vec<(String, u32)> = Vec::new();
    let mut clauses = Vec::with_capacity(starts.len());
    for (k, s) in starts.iter().enumerate() {
        let last = starts.get(k + 1).map_or(paras.len(), |n| n.para);
        if last <= s.para {
            continue;
        }
        let (Some(first_p), Some(last_p)) = (paras.get(s.para), paras.get(last - 1)) else { continue };
        let span = [first_p.start, last_p.end];
        let text = document.slice(span[0], span[1]).replace('\n', " ");
        // Never an empty id, whatever the heading was made of.
        let base = if s.id.trim().is_empty() { format!("¶{}", k + 1) } else { s.id.clone() };
        let key = base.to_lowercase();
        let id = match seen.iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => {
                *count += 1;
                format!("{base} ({count})")
            }
            None => {
                seen.push((key, 1));
                base
            }
        };
        clauses.push(Clause {
            id,
            heading: s.heading.clone(),
            text,
            span,
            categories: vec![Category::Unclassified],
            score: 0.0,
            cues: Vec::new(),
        });
    }
    clauses
}
