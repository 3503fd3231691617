//! Word-level redline: the edits that turn A's clause text into B's, in whole words, cleaned up
//! so that it reads like a lawyer's redline (one struck phrase and its replacement, not a
//! character soup).
//!
//! *Invariant:* the `equal` and `delete` chunks, concatenated, give A's text exactly, and the
//! `equal` and `insert` chunks give B's (reject-all and accept-all are exact).

use similar::{capture_diff_slices, Algorithm, DiffTag};

use crate::chars::{char_at, is_alphanumeric};
use crate::{DiffChunk, DiffOp};

/// Splits text into tokens: words (letters and digits, with inner `-`, `'`, `.`, `,` and `/`
/// kept, so `e-mail`, `13.1` and `1.000` stay whole), runs of whitespace, and single other chars.
/// The tokens concatenate back to `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(text.len() / 3);
    for_each_token(text, |t| out.push(t));
    out
}

/// Calls `f` with each token of [`tokens`], in order, without collecting them.
#[inline(always)]
pub(crate) fn for_each_token<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let n = text.len();
    let mut at = 0;
    while at < n {
        let start = at;
        let (c, len) = char_at(text, at);
        at += len;
        if is_alphanumeric(c) {
            while at < n {
                let (d, len) = char_at(text, at);
                if is_alphanumeric(d) {
                    at += len;
                } else if matches!(d, '-' | '\'' | '’' | '.' | ',' | '/') && at + len < n && is_alphanumeric(char_at(text, at + len).0) {
                    at += len + char_at(text, at + len).1;
                } else {
                    break;
                }
            }
        } else if c.is_whitespace() {
            while at < n {
                let (d, len) = char_at(text, at);
                if !d.is_whitespace() {
                    break;
                }
                at += len;
            }
        }
        f(&text[start..at]);
    }
}



fn is_word(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_alphanumeric)
}

/// A run of the diff before it becomes chunks: kept text, or a replacement (either side may be
/// empty).
#[derive(Debug)]
enum Run {
    Equal(String),
    Change { delete: String, insert: String },
}

/// The word-level redline from `a` to `b`.
pub fn redline(a: &str, b: &str) -> Vec<DiffChunk> {
    if a == b {
        return chunk(DiffOp::Equal, a).into_iter().collect();
    }
    let ta = tokens(a);
    let tb = tokens(b);
    let mut runs: Vec<Run> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ta, &tb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => runs.push(Run::Equal(ta[ra].concat())),
            _ => {
                let (delete, insert) = (ta[ra].concat(), tb[rb].concat());
                match runs.last_mut() {
                    Some(Run::Change { delete: d, insert: i }) => {
                        d.push_str(&delete);
                        i.push_str(&insert);
                    }
                    _ => runs.push(Run::Change { delete, insert }),
                }
            }
        }
    }
    cleanup(runs).into_iter().flat_map(into_chunks).collect()
}

/// Folds short stretches of kept text between two changes into one replacement: "the quick
/// brown" → "a slow red" reads as one struck phrase, not three struck words with kept spaces.
fn cleanup(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    let mut iter = runs.into_iter().peekable();
    while let Some(run) = iter.next() {
        match run {
            Run::Equal(text) => {
                let absorb = match (out.last(), iter.peek()) {
                    (Some(left @ Run::Change { .. }), Some(right @ Run::Change { .. })) => absorbable(&text, size(left), size(right)),
                    _ => false,
                };
                if absorb {
                    if let (Some(Run::Change { delete, insert }), Some(Run::Change { delete: rd, insert: ri })) = (out.last_mut(), iter.next()) {
                        delete.push_str(&text);
                        delete.push_str(&rd);
                        insert.push_str(&text);
                        insert.push_str(&ri);
                    }
                } else {
                    out.push(Run::Equal(text));
                }
            }
            change => out.push(change),
        }
    }
    out
}

/// How much a change rewrites: the longer of its two sides, in chars.
fn size(run: &Run) -> usize {
    match run {
        Run::Change { delete, insert } => delete.chars().count().max(insert.chars().count()),
        Run::Equal(_) => 0,
    }
}

/// Kept text between two changes is folded in when it holds no word (spaces, a comma), or when
/// it is one or two words no longer than the changes on either side of it.
fn absorbable(equal: &str, left: usize, right: usize) -> bool {
    let words = tokens(equal).into_iter().filter(|t| is_word(t)).count();
    words == 0 || (words <= 2 && equal.chars().count() <= left.min(right))
}

fn into_chunks(run: Run) -> Vec<DiffChunk> {
    match run {
        Run::Equal(text) => chunk(DiffOp::Equal, &text).into_iter().collect(),
        Run::Change { delete, insert } => chunk(DiffOp::Delete, &delete).into_iter().chain(chunk(DiffOp::Insert, &insert)).collect(),
    }
}

fn chunk(op: DiffOp, text: &str) -> Option<DiffChunk> {
    (!text.is_empty()).then(|| DiffChunk { op, text: text.to_string() })
}

/// The text one side of a redline rebuilds: `Delete` gives A's (reject all), `Insert` B's
/// (accept all).
pub fn side(chunks: &[DiffChunk], op: DiffOp) -> String {
    chunks.iter().filter(|c| c.op == DiffOp::Equal || c.op == op).map(|c| c.text.as_str()).collect()
}

/// Similarity of the two sides of a redline, 0..1: the share of non-space chars kept.
pub fn similarity(chunks: &[DiffChunk]) -> f32 {
    let (mut kept, mut changed) = (0usize, 0usize);
    for c in chunks {
        let n = c.text.chars().filter(|ch| !ch.is_whitespace()).count();
        match c.op {
            DiffOp::Equal => kept += 2 * n,
            DiffOp::Insert | DiffOp::Delete => changed += n,
        }
    }
    if kept + changed == 0 {
        1.0
    } else {
        kept as f32 / (kept + changed) as f32
    }
}

/// Cuts the redline of one text against several joined with `sep` into one redline per piece.
///
/// `pieces_side` is the side that was joined (`Insert` when B's pieces were joined, for a split;
/// `Delete` when A's were, for a merge). The separator is no text of its piece: where the diff
/// kept it, the whole side's copy of it stays as an edit of the other side, so that every piece's
/// redline rebuilds that piece and all of them together rebuild the whole side.
pub fn cut(chunks: &[DiffChunk], pieces_side: DiffOp, lens: &[usize], sep: &str) -> Vec<Vec<DiffChunk>> {
    if lens.is_empty() {
        return vec![chunks.to_vec()];
    }
    let whole_side = if pieces_side == DiffOp::Insert { DiffOp::Delete } else { DiffOp::Insert };
    let sep_len = sep.chars().count();
    // Char boundaries on the pieces' side: piece k is [starts[k], starts[k] + lens[k]).
    let mut starts = Vec::with_capacity(lens.len());
    let mut at = 0;
    for (k, len) in lens.iter().enumerate() {
        starts.push(at);
        at += len + if k + 1 < lens.len() { sep_len } else { 0 };
    }
    let mut out: Vec<Vec<DiffChunk>> = vec![Vec::new(); lens.len().max(1)];
    let mut pos = 0usize; // chars consumed on the pieces' side
    for c in chunks {
        if c.op == whole_side {
            let k = piece_at(&starts, lens, pos);
            push(&mut out[k], c.op, &c.text);
            continue;
        }
        // Equal or pieces-side text: walk its chars, routing each to its piece or the separator.
        let mut buf = String::new();
        let mut buf_piece = None;
        for ch in c.text.chars() {
            let k = piece_at(&starts, lens, pos);
            let in_sep = pos >= starts[k] + lens[k];
            if buf_piece != Some((k, in_sep)) {
                flush(&mut out, &mut buf, buf_piece, c.op, whole_side);
                buf_piece = Some((k, in_sep));
            }
            buf.push(ch);
            pos += 1;
        }
        flush(&mut out, &mut buf, buf_piece, c.op, whole_side);
    }
    out
}

/// The piece a position of the pieces' side falls in (a separator belongs to the piece before).
fn piece_at(starts: &[usize], lens: &[usize], pos: usize) -> usize {
    let k = starts.partition_point(|&s| s <= pos).saturating_sub(1);
    k.min(lens.len().saturating_sub(1))
}

fn flush(out: &mut [Vec<DiffChunk>], buf: &mut String, piece: Option<(usize, bool)>, op: DiffOp, whole_side: DiffOp) {
    if buf.is_empty() {
        return;
    }
    if let Some((k, in_sep)) = piece {
        match (in_sep, op) {
            // The separator as kept text is really the whole side's own text.
            (true, DiffOp::Equal) => push(&mut out[k], whole_side, buf),
            // The separator as inserted text exists on no real side: drop it.
            (true, _) => {}
            (false, _) => push(&mut out[k], op, buf),
        }
    }
    buf.clear();
}

fn push(chunks: &mut Vec<DiffChunk>, op: DiffOp, text: &str) {
    if text.is_empty() {
        return;
    }
    match chunks.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => chunks.push(DiffChunk { op, text: text.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders a redline as `kept [-deleted-]{+inserted+}`, like `git diff --word-diff`.
    fn render(chunks: &[DiffChunk]) -> String {
        chunks
            .iter()
            .map(|c| match c.op {
                DiffOp::Equal => c.text.clone(),
                DiffOp::Delete => format!("[-{}-]", c.text),
                DiffOp::Insert => format!("{{+{}+}}", c.text),
            })
            .collect()
    }

    #[track_caller]
    fn check(a: &str, b: &str, expected: &str) {
        let chunks = redline(a, b);
        assert_eq!(render(&chunks), expected);
        assert_eq!(side(&chunks, DiffOp::Delete), a);
        assert_eq!(side(&chunks, DiffOp::Insert), b);
    }

    #[test]
    fn redlines_read_in_whole_words() {
        check("inden for 24 timer", "inden for 48 timer", "inden for [-24-]{+48+} timer");
        check("the quick brown fox", "the slow red fox", "the [-quick brown-]{+slow red+} fox");
        check("within 24 hours of becoming aware", "within 48 hours of becoming aware", "within [-24-]{+48+} hours of becoming aware");
        check("shall notify within 24 hours", "must notify within 48 hours", "[-shall-]{+must+} notify within [-24-]{+48+} hours");
        check("behandling af personoplysninger", "behandling af personoplysningerne", "behandling af [-personoplysninger-]{+personoplysningerne+}");
        check("jf. punkt 13.1 og 13.2", "jf. punkt 14.1 og 14.2", "jf. punkt [-13.1 og 13.2-]{+14.1 og 14.2+}");
        check("Same text.", "Same text.", "Same text.");
        check("", "Ny tekst.", "{+Ny tekst.+}");
        check("Gammel tekst.", "", "[-Gammel tekst.-]");
        check("e-mail og navn", "e-mail, navn og adresse", "e-mail[- og navn-]{+, navn og adresse+}");
    }

    #[test]
    fn tokens_keep_words_whole_and_rebuild_the_text() {
        assert_eq!(tokens("Bilag B, pkt. 13.1 (e-mail)"), ["Bilag", " ", "B", ",", " ", "pkt", ".", " ", "13.1", " ", "(", "e-mail", ")"]);
        assert_eq!(tokens("  æble—pære  "), ["  ", "æble", "—", "pære", "  "]);
        assert!(tokens("").is_empty());
    }

    #[test]
    fn similarity_counts_kept_text() {
        assert_eq!(similarity(&redline("a b c d", "a b c d")), 1.0);
        assert_eq!(similarity(&redline("", "")), 1.0);
        assert_eq!(similarity(&redline("abc", "xyz")), 0.0);
        let s = similarity(&redline("inden for 24 timer", "inden for 48 timer"));
        assert!(s > 0.8 && s < 1.0, "{s}");
    }

    #[test]
    fn cut_splits_a_redline_by_pieces() {
        let a = "Første del. Anden del.";
        let (b1, b2) = ("Første del.", "Anden del og mere.");
        let joined = format!("{b1} {b2}");
        let rows = cut(&redline(a, &joined), DiffOp::Insert, &[b1.chars().count(), b2.chars().count()], " ");
        assert_eq!(rows.len(), 2);
        assert_eq!(side(&rows[0], DiffOp::Insert), b1);
        assert_eq!(side(&rows[1], DiffOp::Insert), b2);
        let a_back: String = rows.iter().map(|r| side(r, DiffOp::Delete)).collect();
        assert_eq!(a_back, a);
    }
}
