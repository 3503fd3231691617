//! Page furniture and tables of contents: lines that are never clauses or headings.

use std::collections::BTreeMap;

use super::label::Kind;
use super::lexicon::Lexicon;
use super::Para;

/// Running headers and footers that ingest left in.
pub(super) fn mark_repeated(paras: &mut [Para]) {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in paras.iter().filter(|p| p.words <= 8) {
        *counts.entry(p.core.to_lowercase()).or_default() += 1;
    }
    for p in paras.iter_mut() {
        p.repeated = p.words <= 8 && counts.get(&p.core.to_lowercase()).is_some_and(|&c| c >= 3);
    }
}

/// When every line is its own paragraph (PDF text), lines nearly as long as the longest are
/// wrapped lines of running text, never titles.
pub(super) fn mark_full_lines(paras: &mut [Para]) {
    let mut lengths: Vec<usize> = paras.iter().map(|p| p.core.chars().count()).collect();
    lengths.sort_unstable();
    let p90 = lengths[lengths.len() * 9 / 10];
    let median = lengths[lengths.len() / 2];
    if paras.len() < 20 || p90 > 130 || median > 100 {
        return;
    }
    for p in paras.iter_mut() {
        p.full = p.core.chars().count() * 100 >= p90 * 75;
    }
}

/// Marks tables of contents: a run of annex headings with nothing between them, and entries
/// after a contents heading or ending in page numbers.
pub(super) fn mark_contents(paras: &mut [Para], lex: &Lexicon) {
    let n = paras.len();
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && paras[j].annex.as_ref().is_some_and(|a| !a.rest.is_empty()) {
            j += 1;
        }
        if j - i >= 2 {
            for p in &mut paras[i..j] {
                p.toc = true;
            }
        }
        i = j.max(i + 1);
    }
    // An annex headed again further on, with the body's numbering starting in between, was a
    // list of annexes up front (`Bilag 1 Hovedydelsen` … `1 BAGGRUND` … `BILAG 1`).
    let key = |p: &Para| p.annex.as_ref().filter(|_| !p.repeated && !p.toc).map(|a| format!("{} {}", a.word, a.label).to_lowercase());
    for i in 0..n {
        let Some(k) = key(&paras[i]) else { continue };
        let again = (i + 1..n).find(|&j| key(&paras[j]).as_deref() == Some(k.as_str()));
        let Some(j) = again else { continue };
        let body_between = paras[i + 1..j].iter().any(|p| p.labels.iter().any(|l| matches!(&l.kind, Kind::Dec(parts) if parts.iter().all(|&x| x == 1))));
        if body_between {
            paras[i].toc = true;
        }
    }
    // After a contents heading, every short line is an entry until a long paragraph or until a
    // title comes round a second time (the real section the first entries pointed to).
    let mut unmark = None;
    for i in 0..n {
        if paras[i].words > 4 {
            continue;
        }
        let text = if paras[i].labels.is_empty() { &paras[i].core } else { &paras[i].rest };
        let head = text.trim_end_matches(':').trim().to_lowercase();
        if !lex.toc_headings.contains(&head) {
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        let mut last = None;
        for (j, p) in paras.iter_mut().enumerate().skip(i + 1) {
            let sentence = p.words > 6 && p.core.trim_end().ends_with('.');
            if (p.words > 16 || sentence) && !has_leaders(&p.core) {
                // Running text follows a section heading, never a contents entry: when ingest has
                // dropped the entries, the numbered line before the text is the first section.
                if let Some(k) = last {
                    if k + 1 == j {
                        unmark = Some(k);
                    }
                }
                break;
            }
            let key = toc_key(if p.labels.is_empty() { &p.core } else { &p.rest });
            if !key.is_empty() {
                if seen.contains(&key) {
                    break;
                }
                seen.push(key);
            }
            p.toc = true;
            last = Some(j);
        }
        if let Some(k) = unmark.take() {
            if !paras[k].labels.is_empty() && !has_leaders(&paras[k].core) {
                paras[k].toc = false;
            }
        }
    }
    // Entries with dot leaders, wherever they are, and a number alone just before one.
    for i in 0..n {
        if has_leaders(&paras[i].core) && paras[i].words <= 20 {
            paras[i].toc = true;
            if i > 0 && !paras[i - 1].labels.is_empty() && paras[i - 1].rest.is_empty() {
                paras[i - 1].toc = true;
            }
        }
    }
    let entry = |p: &Para| (!p.labels.is_empty() || p.annex.is_some()) && p.words <= 16;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && entry(&paras[j]) && ends_with_page_number(&paras[j].core) {
            j += 1;
        }
        if j - i >= 3 {
            for p in &mut paras[i..j] {
                p.toc = true;
            }
        }
        i = j.max(i + 1);
    }
}

fn has_leaders(s: &str) -> bool {
    s.contains(".....") || s.contains("…………") || s.contains(". . . . ")
}

/// A contents entry compared without its page number and dot leaders.
fn toc_key(s: &str) -> String {
    let key = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '…' || c.is_whitespace()).to_lowercase();
    if key.chars().any(char::is_alphabetic) {
        key
    } else {
        String::new()
    }
}

fn ends_with_page_number(s: &str) -> bool {
    let t = s.trim_end();
    let digits = t.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let before: String = t.chars().rev().skip(digits).take(3).collect();
    before.starts_with(char::is_whitespace) || before.starts_with(['.', '…'])
}
