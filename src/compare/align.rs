//! Clause alignment: which clause of A became which clause of B.
//!
//! Numbers are not trusted alone. Candidate pairs come from shared word n-grams, identical text,
//! and equal ids; the in-order backbone is the heaviest chain of pairs increasing in both
//! documents (a weighted longest common subsequence over the candidates, O(k log k)); what
//! matches well outside that chain has `moved`; one clause whose text is spread over several
//! unmatched neighbours on the other side is `split` or `merged`; the rest is `added` or
//! `removed`.
//!
//! *Invariant:* every clause of A and of B is in exactly one row, except split and merged
//! clauses, which are in one row per piece.

use crate::hash::FxMap;

use super::redline;
use crate::{AlignStatus, AlignmentRow, Clause, DiffChunk, DiffOp};

/// Candidates kept per clause from shared n-grams.
const TOP_K: usize = 6;
/// Identical-text candidates kept per clause (boilerplate such as "Ikke relevant" repeats).
const EXACT_K: usize = 8;
/// Content similarity that makes two clauses the same clause without any other sign.
const SIMILAR: f32 = 0.5;
/// Content similarity enough when the ids agree.
const SIMILAR_SAME_ID: f32 = 0.3;
/// Share of a piece's words that must come from the clause it was split from (or merged into).
const PIECE_CONTAINED: f32 = 0.7;
/// Share of the whole clause its pieces must cover.
const PIECES_COVER: f32 = 0.7;
/// Joins pieces of a split or merge for their common redline.
const PIECE_SEP: &str = " ";

/// One clause ready for matching.
struct Prepared {
    id: String,
    heading: Option<String>,
    /// The text without its own number, whitespace collapsed: equal means "same text".
    norm: String,
    /// Hashed lower-case words and word pairs, sorted and unique.
    features: Vec<u64>,
}

impl Prepared {
    fn new(clause: &Clause) -> Self {
        let body = strip_own_number(&clause.text, &clause.id);
        let norm = collapse_whitespace(body);
        // Each lower-case word w is hashed once, h = fnv(w); it gives the feature single(h) and,
        // after a word p, pair(fnv(p), h). Only equal features matter (never their values).
        let mut features: Vec<u64> = Vec::with_capacity(norm.len() / 3);
        let mut previous: Option<u64> = None;
        redline::for_each_token(&norm, |t| {
            if !crate::chars::char_at(t, 0).0.is_alphanumeric() {
                return;
            }
            let h = if t.is_ascii() { fnv_lower(FNV_START, t.as_bytes()) } else { fnv_from(FNV_START, t.to_lowercase().as_bytes()) };
            features.push(single(h));
            features.extend(previous.map(|p| pair(p, h)));
            previous = Some(h);
        });
        features.sort_unstable();
        features.dedup();
        let heading = clause
            .heading
            .as_deref()
            .map(|h| strip_own_number(h, "").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
            .filter(|h| !h.is_empty());
        Prepared { id: clause.id.trim().to_lowercase(), heading, norm, features }
    }

    /// The text after its own heading, where the clause starts with it: a section of a version
    /// with headings only ("Purpose The Supplier processes …") reads as its numbered counterpart
    /// under the same heading ("1.1 The Supplier processes …" under "1. Purpose").
    fn under_heading(&self) -> Option<&str> {
        let h = self.heading.as_deref()?;
        let head = self.norm.get(..h.len())?;
        let rest = self.norm[h.len()..].strip_prefix(' ')?;
        (head.to_lowercase() == h).then_some(rest)
    }
}

/// The words of `text` joined by single spaces (`split_whitespace` and `join(" ")` in one pass).
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_start: Option<usize> = None;
    let mut at = 0;
    while at < text.len() {
        let (c, len) = crate::chars::char_at(text, at);
        if c.is_whitespace() {
            if let Some(s) = word_start.take() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&text[s..at]);
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
        at += len;
    }
    if let Some(s) = word_start {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[s..]);
    }
    out
}

/// The feature of a word from its hash (splitmix64's finaliser, after a salt that sets words apart
/// from word pairs).
#[inline(always)]
fn single(h: u64) -> u64 {
    mix(h ^ 0x5851_f42d_4c95_7f2d)
}

/// The feature of a word pair from the words' hashes (order matters).
#[inline(always)]
fn pair(first: u64, second: u64) -> u64 {
    mix(mix(first ^ 0x1405_7b7e_f767_814f) ^ second)
}

#[inline(always)]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a: a fixed hash, so that results never depend on a random seed.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// [`fnv_from`] of the ASCII lower case of `bytes`.
#[inline(always)]
fn fnv_lower(mut h: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        h ^= u64::from(byte.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// FNV-1a of `bytes` continued from the hash `h` of what came before.
#[inline(always)]
fn fnv_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The text after the clause's own number: `"3. Databehandleren …"` → `"Databehandleren …"`.
///
/// Strips the id itself when the text starts with it, else a leading list label: `13.1`, `3.`,
/// `(a)`, `b)`, `iv.`. A bare number without dot or bracket (`30 dage`) is text, not a label.
pub fn strip_own_number<'t>(text: &'t str, id: &str) -> &'t str {
    let t = text.trim_start();
    let id = id.trim();
    // An id that is a number or ends in a label (`7.3`, `Bilag B`, `Annex II`) is the clause's
    // own number; an id that is its heading text (`Sub-processors`) is part of its text, so that
    // a version with headings only and one with numbered headings read the same.
    let last = id.split_whitespace().last().unwrap_or("");
    let label_like = last.chars().any(|c| c.is_ascii_digit())
        || last.chars().count() == 1
        || (last.len() <= 5 && (last.chars().all(|c| "ivx".contains(c)) || last.chars().all(|c| "IVX".contains(c))));
    if !id.is_empty() && label_like {
        // The number may follow the paragraph sign or a clause word (`§ 1`, `Section 4.2`,
        // `Punkt 7`) or go before the sign (`1 § Avtalet …`): the sign and the word go with it.
        let first_word = t.split_whitespace().next().unwrap_or("");
        let (clause_word, after_word) = match t.strip_prefix('§') {
            Some(after) => (true, after.trim_start()),
            None => (!first_word.is_empty() && first_word.chars().count() <= 10 && first_word.trim_end_matches('.').chars().all(char::is_alphabetic), t[first_word.len()..].trim_start()),
        };
        let number_first = !id.contains(char::is_whitespace) && t.get(..id.len()).is_some_and(|h| h.eq_ignore_ascii_case(id));
        let from = if clause_word && !number_first && after_word.get(..id.len()).is_some_and(|h| h.eq_ignore_ascii_case(id)) { after_word } else { t };
        if let Some(head) = from.get(..id.len()) {
            let rest = &from[id.len()..];
            if head.eq_ignore_ascii_case(id) && rest.chars().next().is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ')' | ':')) {
                let rest = rest.trim_start_matches(['.', ')', ':']).trim_start();
                return rest.strip_prefix('§').map_or(rest, str::trim_start);
            }
        }
    }
    let (rest, paren) = match t.strip_prefix('(') {
        Some(r) => (r, true),
        None => (t, false),
    };
    let label_len = rest.find(|c: char| !(c.is_alphanumeric() || c == '.')).unwrap_or(rest.len());
    let raw = &rest[..label_len];
    let label = raw.trim_end_matches('.');
    let dotted = label.len() < raw.len();
    let numeric = !label.is_empty() && label.split('.').all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()));
    let letter = label.chars().count() == 1 && label.chars().all(char::is_alphabetic);
    let roman = !label.is_empty() && label.len() <= 5 && (label.chars().all(|c| "ivx".contains(c)) || label.chars().all(|c| "IVX".contains(c)));
    if !(numeric || letter || roman) {
        return t;
    }
    let mut after = &rest[label_len..];
    let closed = after.starts_with(')');
    if closed {
        after = &after[1..];
    }
    let labelled = if paren { closed } else { closed || dotted || (numeric && label.contains('.')) };
    if labelled && after.chars().next().is_none_or(char::is_whitespace) {
        after.trim_start()
    } else {
        t
    }
}

/// A candidate pair with its measures.
#[derive(Debug, Clone)]
struct Pair {
    i: usize,
    j: usize,
    exact: bool,
    /// Dice over the word features.
    dice: f32,
    /// Share of A's features found in B, and of B's found in A.
    a_in_b: f32,
    b_in_a: f32,
    same_id: bool,
    same_heading: bool,
}

impl Pair {
    fn content(&self) -> f32 {
        if self.exact {
            1.0
        } else {
            self.dice
        }
    }

    /// Weight in the in-order chain, or `None` when the pair is no match in order.
    fn weight(&self) -> Option<u64> {
        let c = self.content();
        let eligible = self.exact || c >= SIMILAR || (self.same_id && (c >= SIMILAR_SAME_ID || self.same_heading));
        eligible.then(|| (c * 1000.0) as u64 + 200 * u64::from(self.exact) + 150 * u64::from(self.same_id) + 50 * u64::from(self.same_heading))
    }
}

fn measure(x: &Prepared, y: &Prepared, i: usize, j: usize) -> Pair {
    // Features follow from the normalised text alone: identical texts share all of them.
    let same_heading = x.heading.is_some() && x.heading == y.heading;
    let identical = x.norm == y.norm;
    let exact = identical || (same_heading && (x.under_heading() == Some(y.norm.as_str()) || y.under_heading() == Some(x.norm.as_str())));
    let shared = if identical { x.features.len() } else { intersection(&x.features, &y.features) } as f32;
    let (nx, ny) = (x.features.len() as f32, y.features.len() as f32);
    let ratio = |num: f32, den: f32| if den > 0.0 { num / den } else { 0.0 };
    Pair {
        i,
        j,
        exact,
        dice: ratio(2.0 * shared, nx + ny),
        a_in_b: ratio(shared, nx),
        b_in_a: ratio(shared, ny),
        same_id: !x.id.is_empty() && x.id == y.id,
        same_heading,
    }
}

fn intersection(x: &[u64], y: &[u64]) -> usize {
    let (mut p, mut q, mut n) = (0, 0, 0);
    // Branch-free merge: the comparison outcome is unpredictable.
    while p < x.len() && q < y.len() {
        let (a, b) = (x[p], y[q]);
        n += usize::from(a == b);
        p += usize::from(a <= b);
        q += usize::from(b <= a);
    }
    n
}

/// One document's clauses made ready for alignment: each clause's features, and an index from
/// feature to the clauses that have it. Built from one side alone, so that the command line makes
/// each side on the thread that read and analysed its document (see [`crate::compare::prepare`]).
pub struct Side {
    clauses: Vec<Prepared>,
    /// The clauses of every feature, feature after feature, each feature's in clause order.
    postings: Vec<u32>,
    /// Where each feature's run starts in `postings`, and its length.
    runs: FxMap<u64, (u32, u32)>,
}

impl Side {
    /// Prepares the clauses of one document.
    pub fn new(clauses: &[Clause]) -> Self {
        let clauses: Vec<Prepared> = clauses.iter().map(Prepared::new).collect();
        let total: usize = clauses.iter().map(|c| c.features.len()).sum();
        // Count each feature's clauses, give each feature its run, then fill the runs clause by
        // clause (so each run is in clause order): no sort of every (feature, clause) pair.
        let mut runs: FxMap<u64, (u32, u32)> = FxMap::default();
        runs.reserve(total);
        for c in &clauses {
            for &f in &c.features {
                runs.entry(f).or_insert((0, 0)).1 += 1;
            }
        }
        let mut start = 0;
        for run in runs.values_mut() {
            let len = run.1;
            *run = (start, 0);
            start += len;
        }
        let mut postings = vec![0u32; total];
        for (j, c) in clauses.iter().enumerate() {
            for f in &c.features {
                if let Some(run) = runs.get_mut(f) {
                    postings[(run.0 + run.1) as usize] = j as u32;
                    run.1 += 1;
                }
            }
        }
        Side { clauses, postings, runs }
    }

    /// The clauses that have feature `f`, in clause order.
    fn postings(&self, f: u64) -> &[u32] {
        self.runs.get(&f).map_or(&[], |&(start, len)| &self.postings[start as usize..(start + len) as usize])
    }
}

/// For every clause of `x`, the clauses of `y` worth measuring against it: the ones sharing the
/// most n-grams (n-grams found almost everywhere are skipped), identical texts near the same
/// relative position, and the clause with the same id.
fn candidates(x: &[Prepared], y: &Side) -> Vec<(usize, usize)> {
    let mut exact: FxMap<&str, Vec<usize>> = FxMap::default();
    let mut ids: FxMap<&str, usize> = FxMap::default();
    for (j, c) in y.clauses.iter().enumerate() {
        exact.entry(c.norm.as_str()).or_default().push(j);
        ids.entry(c.id.as_str()).or_insert(j);
    }
    let ny = y.clauses.len();
    let stop = 16.max(2 * (ny as f64).sqrt() as usize);
    let (nx, ny) = (x.len().max(1) as u64, ny.max(1) as u64);
    let distance = |i: usize, j: usize| (i as u64 * ny).abs_diff(j as u64 * nx);
    let mut counts = vec![0u32; y.clauses.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (i, c) in x.iter().enumerate() {
        for &f in &c.features {
            let postings = y.postings(f);
            if postings.len() > stop {
                continue;
            }
            for &j in postings {
                let j = j as usize;
                if counts[j] == 0 {
                    touched.push(j);
                }
                counts[j] += 1;
            }
        }
        // Only the best TOP_K are kept: select them, then order them (the key is a total order).
        let key = |&j: &usize| (std::cmp::Reverse(counts[j]), distance(i, j), j);
        let top = if touched.len() > TOP_K {
            let (best, _, _) = touched.select_nth_unstable_by_key(TOP_K - 1, key);
            best.len() + 1
        } else {
            touched.len()
        };
        touched[..top].sort_unstable_by_key(key);
        out.extend(touched[..top].iter().map(|&j| (i, j)));
        for &j in &touched {
            counts[j] = 0;
        }
        touched.clear();
        if let Some(same) = exact.get(c.norm.as_str()) {
            let at = same.partition_point(|&j| (j as u64 * nx) < (i as u64 * ny));
            let from = at.saturating_sub(EXACT_K / 2);
            out.extend(same[from..(from + EXACT_K).min(same.len())].iter().map(|&j| (i, j)));
        }
        if let Some(&j) = ids.get(c.id.as_str()) {
            out.push((i, j));
        }
    }
    out
}

/// How a clause ended up matched.
#[derive(Debug, Clone)]
enum Match {
    Pair { i: usize, j: usize, status: AlignStatus },
    Split { i: usize, js: Vec<usize> },
    Merged { is: Vec<usize>, j: usize },
    Dropped,
}

/// Aligns the clauses of A with those of B; rows in B's reading order, with removed clauses of
/// A where they stood.
pub fn align(a: &[Clause], b: &[Clause]) -> Vec<AlignmentRow> {
    align_sides(a, &Side::new(a), b, &Side::new(b))
}

/// [`align`] with each side prepared ahead; `sa` must be made from `a` and `sb` from `b`.
pub fn align_sides(a: &[Clause], sa: &Side, b: &[Clause], sb: &Side) -> Vec<AlignmentRow> {
    align_measured(a, sa, b, sb, Candidates::of_a(sa, sb), Candidates::of_b(sa, sb))
}

/// The clause pairs worth measuring as seen from one side: for each of its clauses, those of the
/// other side that share the most features with it, the same text or the same number, measured.
/// The two sides' lists need nothing but the two [`Side`]s, so the command line makes them on its
/// two threads at once and hands them to [`align_measured`].
pub struct Candidates(Vec<Pair>);

impl Candidates {
    /// Seen from A's clauses.
    pub fn of_a(sa: &Side, sb: &Side) -> Self {
        Self::measured(candidates(&sa.clauses, sb), sa, sb)
    }

    /// Seen from B's clauses.
    pub fn of_b(sa: &Side, sb: &Side) -> Self {
        Self::measured(candidates(&sb.clauses, sa).into_iter().map(|(j, i)| (i, j)).collect(), sa, sb)
    }

    /// Each (A clause, B clause) once, in that order, measured.
    fn measured(mut keys: Vec<(usize, usize)>, sa: &Side, sb: &Side) -> Self {
        keys.sort_unstable();
        keys.dedup();
        Candidates(keys.iter().map(|&(i, j)| measure(&sa.clauses[i], &sb.clauses[j], i, j)).collect())
    }
}

/// [`align_sides`] with both sides' [`Candidates`] made ahead from `sa` and `sb`.
pub fn align_measured(a: &[Clause], sa: &Side, b: &[Clause], sb: &Side, of_a: Candidates, of_b: Candidates) -> Vec<AlignmentRow> {
    let (pa, pb) = (&sa.clauses, &sb.clauses);
    // Both lists are sorted by (i, j) without repeats: the stable sort merges the two runs, and a
    // pair both found (measured alike) is kept once.
    let mut pairs: Vec<Pair> = of_a.0;
    pairs.extend(of_b.0);
    pairs.sort_by_key(|p| (p.i, p.j));
    pairs.dedup_by_key(|p| (p.i, p.j));

    let mut matches: Vec<Match> = Vec::new();
    let mut of_a: Vec<Option<usize>> = vec![None; a.len()];
    let mut of_b: Vec<Option<usize>> = vec![None; b.len()];

    for p in chain(&pairs, b.len()) {
        let p = &pairs[p];
        let status = match (p.exact, p.same_id) {
            (true, true) => AlignStatus::Unchanged,
            (true, false) => AlignStatus::Renumbered,
            (false, _) => AlignStatus::Changed,
        };
        of_a[p.i] = Some(matches.len());
        of_b[p.j] = Some(matches.len());
        matches.push(Match::Pair { i: p.i, j: p.j, status });
    }

    // Good matches the chain could not take are out of order: moved.
    let mut rest: Vec<&Pair> = pairs.iter().filter(|p| p.content() >= SIMILAR && of_a[p.i].is_none() && of_b[p.j].is_none()).collect();
    rest.sort_by_key(|p| (std::cmp::Reverse(p.weight().unwrap_or(0)), p.i, p.j));
    for p in rest {
        if of_a[p.i].is_none() && of_b[p.j].is_none() {
            of_a[p.i] = Some(matches.len());
            of_b[p.j] = Some(matches.len());
            matches.push(Match::Pair { i: p.i, j: p.j, status: AlignStatus::Moved });
        }
    }

    find_pieces(&pairs, pa, pb, &mut matches, &mut of_a, &mut of_b, false);
    find_pieces(&pairs, pa, pb, &mut matches, &mut of_a, &mut of_b, true);
    rewritten_in_place(&pairs, &mut matches, &mut of_a, &mut of_b);

    rows(a, b, pa, pb, &matches, &of_a, &of_b)
}

/// Content similarity enough for the one clause left on each side between the same two matched
/// clauses (see [`rewritten_in_place`]).
const SIMILAR_IN_PLACE: f32 = 0.2;

/// A clause rewritten where it stood ("Overføring … er ikke tillatt" → "… er tillatt til de
/// underleverandørene i vedlegg 2 …"), its number shifted by a section inserted before it, shares
/// too few words for any other rule. When the matched clauses around it leave exactly one clause
/// of A and one of B between them, and the two still share some words, they are one clause changed.
fn rewritten_in_place(pairs: &[Pair], matches: &mut Vec<Match>, of_a: &mut [Option<usize>], of_b: &mut [Option<usize>]) {
    // The in-order anchors: clauses matched as pairs, in A's order.
    let mut anchors: Vec<(usize, usize)> = matches
        .iter()
        .filter_map(|m| match m {
            Match::Pair { i, j, status } if !matches!(status, AlignStatus::Moved) => Some((*i, *j)),
            _ => None,
        })
        .collect();
    anchors.sort();
    let (na, nb) = (of_a.len(), of_b.len());
    let bounds = std::iter::once((None, None)).chain(anchors.iter().map(|&(i, j)| (Some(i), Some(j))));
    let next = anchors.iter().map(|&(i, j)| (i, j)).chain(std::iter::once((na, nb)));
    let mut found = Vec::new();
    for ((i0, j0), (i1, j1)) in bounds.zip(next) {
        let (from_a, from_b) = (i0.map_or(0, |i| i + 1), j0.map_or(0, |j| j + 1));
        if from_a > i1 || from_b > j1 {
            continue;
        }
        let free_a: Vec<usize> = (from_a..i1).filter(|&i| of_a[i].is_none()).collect();
        let free_b: Vec<usize> = (from_b..j1).filter(|&j| of_b[j].is_none()).collect();
        if let ([i], [j]) = (&free_a[..], &free_b[..]) {
            if pairs.iter().any(|p| p.i == *i && p.j == *j && p.content() >= SIMILAR_IN_PLACE) {
                found.push((*i, *j));
            }
        }
    }
    for (i, j) in found {
        of_a[i] = Some(matches.len());
        of_b[j] = Some(matches.len());
        matches.push(Match::Pair { i, j, status: AlignStatus::Changed });
    }
}

/// The heaviest chain of pairs increasing in both A and B (one pair per clause), as indices
/// into `pairs`, which are sorted by (i, j).
fn chain(pairs: &[Pair], nb: usize) -> Vec<usize> {
    // Fenwick tree over B positions of (best chain weight ending at or before, its last pair).
    let mut tree: Vec<(u64, usize)> = vec![(0, usize::MAX); nb + 1];
    let query = |tree: &[(u64, usize)], mut pos: usize| {
        let mut best = (0, usize::MAX);
        while pos > 0 {
            if tree[pos].0 > best.0 {
                best = tree[pos];
            }
            pos &= pos - 1;
        }
        best
    };
    let mut best: Vec<(u64, usize)> = vec![(0, usize::MAX); pairs.len()];
    let mut start = 0;
    while start < pairs.len() {
        let i = pairs[start].i;
        let end = start + pairs[start..].iter().take_while(|p| p.i == i).count();
        // Query the whole group before updating, so that a chain takes one pair per A clause.
        for k in start..end {
            if let Some(w) = pairs[k].weight() {
                let (prev_w, prev) = query(&tree, pairs[k].j);
                best[k] = (prev_w + w, prev);
            }
        }
        for k in start..end {
            if pairs[k].weight().is_some() {
                let mut pos = pairs[k].j + 1;
                while pos <= nb {
                    if best[k].0 > tree[pos].0 {
                        tree[pos] = (best[k].0, k);
                    }
                    pos += pos & pos.wrapping_neg();
                }
            }
        }
        start = end;
    }
    let mut out = Vec::new();
    let mut at = query(&tree, nb).1;
    while at != usize::MAX {
        out.push(at);
        at = best[at].1;
    }
    out.reverse();
    out
}

/// Finds clauses split into several (or, with `merged`, several merged into one): a clause left
/// unmatched or only loosely matched, whose text is covered by neighbouring unmatched clauses of
/// the other side that each come from it.
#[allow(clippy::too_many_arguments)]
fn find_pieces(
    pairs: &[Pair],
    pa: &[Prepared],
    pb: &[Prepared],
    matches: &mut Vec<Match>,
    of_a: &mut [Option<usize>],
    of_b: &mut [Option<usize>],
    merged: bool,
) {
    // Seen from the whole clause: `one` is its side, `many` the pieces' side.
    let (one, many) = if merged { (pb, pa) } else { (pa, pb) };
    let (of_one, of_many) = if merged { (&mut *of_b, &mut *of_a) } else { (&mut *of_a, &mut *of_b) };
    let mut by_one: Vec<Vec<&Pair>> = vec![Vec::new(); one.len()];
    for p in pairs {
        by_one[if merged { p.j } else { p.i }].push(p);
    }
    for (x, cands) in by_one.iter().enumerate() {
        let partner = match of_one[x].map(|m| &matches[m]) {
            None => None,
            Some(Match::Pair { status: AlignStatus::Changed | AlignStatus::Moved, i, j }) => Some(if merged { *i } else { *j }),
            Some(_) => continue,
        };
        let mut pieces: Vec<usize> = cands
            .iter()
            .filter(|p| {
                let y = if merged { p.i } else { p.j };
                let contained = if merged { p.a_in_b } else { p.b_in_a };
                (of_many[y].is_none() || Some(y) == partner) && !p.exact && contained >= PIECE_CONTAINED && many[y].features.len() >= 3
            })
            .map(|p| if merged { p.i } else { p.j })
            .collect();
        pieces.sort_unstable();
        pieces.dedup();
        if pieces.len() < 2 || pieces[pieces.len() - 1] - pieces[0] > pieces.len() || partner.is_some_and(|y| !pieces.contains(&y)) {
            continue;
        }
        let mut union: Vec<u64> = pieces.iter().flat_map(|&y| many[y].features.iter().copied()).collect();
        union.sort_unstable();
        union.dedup();
        let whole = &one[x].features;
        let cover = intersection(whole, &union) as f32 / whole.len().max(1) as f32;
        let partner_cover = partner.map_or(0.0, |y| intersection(whole, &many[y].features) as f32 / whole.len().max(1) as f32);
        if cover < PIECES_COVER || cover < partner_cover + 0.15 {
            continue;
        }
        if let Some(m) = of_one[x] {
            matches[m] = Match::Dropped;
        }
        let m = matches.len();
        of_one[x] = Some(m);
        for &y in &pieces {
            of_many[y] = Some(m);
        }
        matches.push(if merged { Match::Merged { is: pieces, j: x } } else { Match::Split { i: x, js: pieces } });
    }
}

/// Sort key of a row: B position, then removed clauses after the B row they follow, then A order.
type RowKey = (usize, u8, usize);

fn rows(
    a: &[Clause],
    b: &[Clause],
    pa: &[Prepared],
    pb: &[Prepared],
    matches: &[Match],
    of_a: &[Option<usize>],
    of_b: &[Option<usize>],
) -> Vec<AlignmentRow> {
    let mut keyed: Vec<(RowKey, AlignmentRow)> = Vec::with_capacity(a.len() + b.len());
    // Where in B each A clause stands, when it stands in order: removed clauses follow it.
    let mut anchor: Vec<Option<usize>> = vec![None; a.len()];
    for m in matches {
        match m {
            Match::Pair { i, j, status } => {
                if *status != AlignStatus::Moved {
                    anchor[*i] = Some(*j);
                }
                let exact = pa[*i].norm == pb[*j].norm;
                let diff = redline::redline(&a[*i].text, &b[*j].text);
                let similarity = if exact { 1.0 } else { redline::similarity(&diff) };
                keyed.push(((*j + 1, 0, *i), row(Some(&a[*i]), Some(&b[*j]), *status, similarity, diff)));
            }
            Match::Split { i, js } => {
                anchor[*i] = js.last().copied();
                let texts: Vec<&str> = js.iter().map(|&j| b[j].text.as_str()).collect();
                let whole = redline::redline(&a[*i].text, &texts.join(PIECE_SEP));
                let lens: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
                for (&j, diff) in js.iter().zip(redline::cut(&whole, DiffOp::Insert, &lens, PIECE_SEP)) {
                    let similarity = redline::similarity(&diff);
                    keyed.push(((j + 1, 0, *i), row(Some(&a[*i]), Some(&b[j]), AlignStatus::Split, similarity, diff)));
                }
            }
            Match::Merged { is, j } => {
                let texts: Vec<&str> = is.iter().map(|&i| a[i].text.as_str()).collect();
                let whole = redline::redline(&texts.join(PIECE_SEP), &b[*j].text);
                let lens: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
                for (&i, diff) in is.iter().zip(redline::cut(&whole, DiffOp::Delete, &lens, PIECE_SEP)) {
                    anchor[i] = Some(*j);
                    let similarity = redline::similarity(&diff);
                    keyed.push(((*j + 1, 0, i), row(Some(&a[i]), Some(&b[*j]), AlignStatus::Merged, similarity, diff)));
                }
            }
            Match::Dropped => {}
        }
    }
    let mut last_anchor = 0;
    for (i, clause) in a.iter().enumerate() {
        if let Some(j) = anchor[i] {
            last_anchor = j + 1;
        }
        if of_a[i].is_none() {
            let diff = chunk(DiffOp::Delete, &clause.text);
            keyed.push(((last_anchor, 1, i), row(Some(clause), None, AlignStatus::Removed, 0.0, diff)));
        }
    }
    for (j, clause) in b.iter().enumerate() {
        if of_b[j].is_none() {
            let diff = chunk(DiffOp::Insert, &clause.text);
            keyed.push(((j + 1, 0, 0), row(None, Some(clause), AlignStatus::Added, 0.0, diff)));
        }
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, r)| r).collect()
}

fn chunk(op: DiffOp, text: &str) -> Vec<DiffChunk> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![DiffChunk { op, text: text.to_string() }]
    }
}

fn row(a: Option<&Clause>, b: Option<&Clause>, status: AlignStatus, similarity: f32, diff: Vec<DiffChunk>) -> AlignmentRow {
    AlignmentRow { a: a.map(|c| c.id.clone()), b: b.map(|c| c.id.clone()), status, similarity, diff }
}

/// True when the alignment looks like two versions of one agreement: at least half of all the
/// text (A's and B's together) sits in rows that kept most of their words.
pub fn looks_like_versions(rows: &[AlignmentRow], a: &[Clause], b: &[Clause]) -> bool {
    let len_a: std::collections::HashMap<&str, usize> = a.iter().map(|c| (c.id.as_str(), c.text.len())).collect();
    let len_b: std::collections::HashMap<&str, usize> = b.iter().map(|c| (c.id.as_str(), c.text.len())).collect();
    let total: usize = len_a.values().sum::<usize>() + len_b.values().sum::<usize>();
    if total == 0 {
        return a.len() == b.len();
    }
    let mut kept = 0;
    let mut seen_a = std::collections::HashSet::new();
    let mut seen_b = std::collections::HashSet::new();
    for r in rows.iter().filter(|r| r.similarity >= 0.8 && r.a.is_some() && r.b.is_some()) {
        if let Some(id) = r.a.as_deref().filter(|id| seen_a.insert(*id)) {
            kept += len_a.get(id).copied().unwrap_or(0);
        }
        if let Some(id) = r.b.as_deref().filter(|id| seen_b.insert(*id)) {
            kept += len_b.get(id).copied().unwrap_or(0);
        }
    }
    kept * 2 >= total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    fn clause(id: &str, heading: Option<&str>, text: &str) -> Clause {
        Clause {
            id: id.to_string(),
            heading: heading.map(str::to_string),
            text: text.to_string(),
            span: [0, 0],
            categories: vec![Category::Unclassified],
            score: 0.0,
            cues: Vec::new(),
        }
    }

    /// Clauses from `(id, text)` pairs; the heading is the text of the section's `N` entry.
    fn doc(items: &[(&str, &str)]) -> Vec<Clause> {
        let mut heading = None;
        items
            .iter()
            .map(|(id, text)| {
                if !id.contains('.') {
                    heading = Some(text.to_string());
                }
                clause(id, heading.as_deref(), text)
            })
            .collect()
    }

    /// Rows as `a>b status`, `-` for no clause, joined by `; `.
    fn render(rows: &[AlignmentRow]) -> String {
        rows.iter()
            .map(|r| {
                let status = serde_json::to_value(r.status).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                format!("{}>{} {}", r.a.as_deref().unwrap_or("-"), r.b.as_deref().unwrap_or("-"), status)
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    #[track_caller]
    fn check(a: &[(&str, &str)], b: &[(&str, &str)], expected: &str) {
        let (a, b) = (doc(a), doc(b));
        let rows = align(&a, &b);
        assert_eq!(render(&rows), expected);
        assert_every_clause_once(&a, &b, &rows);
    }

    fn assert_every_clause_once(a: &[Clause], b: &[Clause], rows: &[AlignmentRow]) {
        for (side, clauses) in [("A", a), ("B", b)] {
            for c in clauses {
                let in_rows: Vec<&AlignmentRow> =
                    rows.iter().filter(|r| if side == "A" { r.a.as_ref() } else { r.b.as_ref() } == Some(&c.id)).collect();
                let pieces = in_rows.iter().all(|r| matches!(r.status, AlignStatus::Split | AlignStatus::Merged));
                assert!(in_rows.len() == 1 || (in_rows.len() > 1 && pieces), "{side} {} is in {} rows", c.id, in_rows.len());
            }
        }
        for r in rows {
            let a_text = r.a.as_ref().and_then(|id| a.iter().find(|c| &c.id == id)).map(|c| c.text.as_str());
            let b_text = r.b.as_ref().and_then(|id| b.iter().find(|c| &c.id == id)).map(|c| c.text.as_str());
            if !matches!(r.status, AlignStatus::Split | AlignStatus::Merged) {
                assert_eq!(redline::side(&r.diff, DiffOp::Delete), a_text.unwrap_or(""));
                assert_eq!(redline::side(&r.diff, DiffOp::Insert), b_text.unwrap_or(""));
            }
        }
    }

    const CONF: (&str, &str) = ("2", "Fortrolighed");
    const CONF1: (&str, &str) = ("2.1", "Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysninger, har forpligtet sig til fortrolighed.");
    const CONF2: (&str, &str) = ("2.2", "Databehandleren skal på anmodning kunne påvise, at de pågældende personer er underlagt ovennævnte tavshedspligt.");
    const SEC: (&str, &str) = ("3", "Behandlingssikkerhed");
    const SEC1: (&str, &str) = ("3.1", "Databehandleren gennemfører passende tekniske og organisatoriske foranstaltninger i henhold til databeskyttelsesforordningens artikel 32.");
    const BREACH: (&str, &str) = ("4", "Underretning om brud på persondatasikkerheden");
    const BREACH1: (&str, &str) = ("4.1", "Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på et brud, dog senest 24 timer efter.");

    #[test]
    fn identical_documents_are_unchanged() {
        check(&[CONF, CONF1, CONF2], &[CONF, CONF1, CONF2], "2>2 unchanged; 2.1>2.1 unchanged; 2.2>2.2 unchanged");
    }

    #[test]
    fn an_inserted_section_renumbers_the_rest() {
        let a = [CONF, CONF1, CONF2, SEC, SEC1, ("4", BREACH.1), ("4.1", BREACH1.1)];
        let b = [
            CONF,
            CONF1,
            CONF2,
            ("3", "Ansvar og ansvarsbegrænsning"),
            ("3.1", "Databehandlerens samlede erstatningsansvar er begrænset til det beløb, som den dataansvarlige har betalt i de seneste 12 måneder."),
            ("4", SEC.1),
            ("4.1", SEC1.1),
            ("5", BREACH.1),
            ("5.1", BREACH1.1),
        ];
        check(
            &a,
            &b,
            "2>2 unchanged; 2.1>2.1 unchanged; 2.2>2.2 unchanged; ->3 added; ->3.1 added; 3>4 renumbered; 3.1>4.1 renumbered; 4>5 renumbered; 4.1>5.1 renumbered",
        );
    }

    /// A section inserted before a clause that was then rewritten: its number and most of its
    /// words changed, but it is the one clause left on each side between the same neighbours.
    /// A clause with nothing in common with the one removed there stays added.
    #[test]
    fn a_clause_rewritten_after_an_insert_is_changed() {
        let transfers = ("4", "Overførsel til tredjelande");
        let a1 = ("4.1", "Overførsel af personoplysninger til lande uden for EU/EØS er ikke tilladt, heller ikke som fjernadgang ved support.");
        let b1 = ("5.1", "Overførsel af personoplysninger til lande uden for EU/EØS sker kun til de underdatabehandlere i bilag B, der er etableret i USA, og bygger på EU-Kommissionens standardkontraktbestemmelser fra 2021.");
        let inserted = [("4", "Logning"), ("4.1", "Databehandleren logger alle opslag i systemet og gemmer loggen i seks måneder.")];
        let a = [SEC, SEC1, transfers, a1, ("5", BREACH.1), ("5.1", BREACH1.1)];
        let b = [SEC, SEC1, inserted[0], inserted[1], ("5", transfers.1), b1, ("6", BREACH.1), ("6.1", BREACH1.1)];
        check(
            &a,
            &b,
            "3>3 unchanged; 3.1>3.1 unchanged; ->4 added; ->4.1 added; 4>5 renumbered; 4.1>5.1 changed; 5>6 renumbered; 5.1>6.1 renumbered",
        );
        let other = ("5.1", "Parterne mødes hvert kvartal og gennemgår samarbejdet og eventuelle ændringer i ydelsen.");
        let b = [SEC, SEC1, inserted[0], inserted[1], ("5", transfers.1), other, ("6", BREACH.1), ("6.1", BREACH1.1)];
        check(
            &a,
            &b,
            "3>3 unchanged; 3.1>3.1 unchanged; ->4 added; ->4.1 added; 4>5 renumbered; 4.1>- removed; ->5.1 added; 5>6 renumbered; 5.1>6.1 renumbered",
        );
    }

    #[test]
    fn a_changed_number_is_changed_in_place() {
        let b1 = ("4.1", "Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på et brud, dog senest 48 timer efter.");
        check(&[BREACH, BREACH1], &[BREACH, b1], "4>4 unchanged; 4.1>4.1 changed");
        let rows = align(&doc(&[BREACH, BREACH1]), &doc(&[BREACH, b1]));
        let deleted: Vec<&str> = rows[1].diff.iter().filter(|c| c.op == DiffOp::Delete).map(|c| c.text.as_str()).collect();
        assert_eq!(deleted, ["24"]);
    }

    #[test]
    fn a_rewritten_clause_that_keeps_id_and_heading_is_changed() {
        let b1 = ("3.1", "Leverandøren skal beskytte oplysningerne mod uautoriseret adgang, herunder ved kryptering, adgangskontrol og logning af alle opslag.");
        check(&[SEC, SEC1], &[SEC, b1], "3>3 unchanged; 3.1>3.1 changed");
    }

    #[test]
    fn a_clause_moved_elsewhere_is_moved() {
        let a = [CONF, CONF1, CONF2, SEC, SEC1, BREACH, BREACH1];
        let b = [CONF, CONF1, SEC, SEC1, ("3.2", CONF2.1), BREACH, BREACH1];
        check(&a, &b, "2>2 unchanged; 2.1>2.1 unchanged; 3>3 unchanged; 3.1>3.1 unchanged; 2.2>3.2 moved; 4>4 unchanged; 4.1>4.1 unchanged");
    }

    #[test]
    fn a_removed_clause_stays_where_it_was() {
        let a = [CONF, CONF1, CONF2, SEC, SEC1];
        let b = [CONF, CONF1, ("3", SEC.1), ("3.1", SEC1.1)];
        let b = [b[0], b[1], SEC, SEC1];
        check(&a, &b, "2>2 unchanged; 2.1>2.1 unchanged; 2.2>- removed; 3>3 unchanged; 3.1>3.1 unchanged");
    }

    #[test]
    fn a_split_clause_has_one_row_per_piece() {
        let a = [SEC, ("3.1", "Databehandleren gennemfører passende tekniske og organisatoriske foranstaltninger i henhold til artikel 32. Foranstaltningerne omfatter kryptering af personoplysninger, adgangskontrol og løbende test af sikkerheden."), BREACH];
        let b = [
            SEC,
            ("3.1", "Databehandleren gennemfører passende tekniske og organisatoriske foranstaltninger i henhold til artikel 32."),
            ("3.2", "Foranstaltningerne omfatter kryptering af personoplysninger, adgangskontrol og løbende test af sikkerheden."),
            BREACH,
        ];
        check(&a, &b, "3>3 unchanged; 3.1>3.1 split; 3.1>3.2 split; 4>4 unchanged");
        let rows = align(&doc(&a), &doc(&b));
        let a_back: String = rows[1..3].iter().map(|r| redline::side(&r.diff, DiffOp::Delete)).collect();
        assert_eq!(a_back, a[1].1);
        assert_eq!(redline::side(&rows[2].diff, DiffOp::Insert), b[2].1);
    }

    #[test]
    fn merged_clauses_have_one_row_per_piece() {
        let a = [CONF, CONF1, CONF2, SEC];
        let b = [CONF, ("2.1", &format!("{} {}", CONF1.1, CONF2.1)), SEC];
        let b: Vec<(&str, &str)> = b.iter().map(|(i, t)| (*i, *t)).collect();
        check(&a, &b, "2>2 unchanged; 2.1>2.1 merged; 2.2>2.1 merged; 3>3 unchanged");
    }

    #[test]
    fn unrelated_documents_align_nothing() {
        let a = [("1", "Governing law"), ("1.1", "This agreement is governed by the laws of Denmark and disputes go to the courts of Copenhagen.")];
        let b = [("1", "Sub-processors"), ("1.1", "The processor may engage sub-processors only with the prior specific written authorisation of the controller.")];
        check(&a, &b, "1>- removed; 1.1>- removed; ->1 added; ->1.1 added");
    }

    #[test]
    fn own_numbers_in_the_text_do_not_make_a_change() {
        let a = [("13.1", "1. Parterne kan aftale andre bestemmelser vedrørende databehandlerens tjenester.")];
        let b = [("14.1", "1. Parterne kan aftale andre bestemmelser vedrørende databehandlerens tjenester.")];
        check(&a, &b, "13.1>14.1 renumbered");
        let b = [("14.1", "14.1 Parterne kan aftale andre bestemmelser vedrørende databehandlerens tjenester.")];
        check(&a, &b, "13.1>14.1 renumbered");
    }

    #[test]
    fn strips_list_labels_but_not_text() {
        for (text, id, rest) in [
            ("3. Databehandleren", "7.3", "Databehandleren"),
            ("7.3 Databehandleren", "7.3", "Databehandleren"),
            ("Bilag B Underdatabehandlere", "Bilag B", "Underdatabehandlere"),
            ("(a) the processor", "", "the processor"),
            ("b) the processor", "", "the processor"),
            ("iv. the processor", "", "the processor"),
            ("13.1 Parterne", "", "Parterne"),
            ("30 dage efter", "", "30 dage efter"),
            ("I shall", "", "I shall"),
            ("Databehandleren", "", "Databehandleren"),
            ("", "1", ""),
            ("1.", "1", ""),
            ("§ 1 Detta avtal", "1", "Detta avtal"),
            ("§1. Detta avtal", "1", "Detta avtal"),
            ("1 § Detta avtal", "1", "Detta avtal"),
            ("Section 4.2 The Supplier", "4.2", "The Supplier"),
            ("Article 5 – Security", "5", "– Security"),
            ("Bilag B Underdatabehandlere", "Bilag B", "Underdatabehandlere"),
            ("Databehandleren 1 gang", "1", "Databehandleren 1 gang"),
        ] {
            assert_eq!(strip_own_number(text, id), rest, "{text:?} with id {id:?}");
        }
    }

    #[test]
    fn empty_sides_are_all_added_or_removed() {
        check(&[], &[CONF, CONF1], "->2 added; ->2.1 added");
        check(&[CONF, CONF1], &[], "2>- removed; 2.1>- removed");
        check(&[], &[], "");
    }

    #[test]
    fn repeated_boilerplate_aligns_in_order() {
        let a = [("1", "Ikke relevant."), ("2", "Ikke relevant."), ("3", "Ikke relevant.")];
        let b = [("1", "Ikke relevant."), ("1a", "Ny klausul om noget helt andet end de øvrige."), ("2", "Ikke relevant."), ("3", "Ikke relevant.")];
        check(&a, &b, "1>1 unchanged; ->1a added; 2>2 unchanged; 3>3 unchanged");
    }

    #[test]
    fn versions_and_agreements_are_told_apart() {
        let a = doc(&[CONF, CONF1, CONF2, SEC, SEC1, BREACH, BREACH1]);
        let b = doc(&[CONF, CONF1, CONF2, SEC, SEC1]);
        assert!(looks_like_versions(&align(&a, &b), &a, &b));
        let c = doc(&[("1", "Governing law"), ("1.1", "This agreement is governed by the laws of Denmark and disputes go to the courts of Copenhagen.")]);
        assert!(!looks_like_versions(&align(&a, &c), &a, &c));
    }
}
