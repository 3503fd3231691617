//! Properties of the redline and the alignment on random edits of real clause text: reject-all
//! and accept-all are exact, and every clause is accounted for.

use proptest::prelude::*;

use klausul::compare::{align, redline};
use klausul::{AlignStatus, Category, Clause, DiffOp};

/// Sentences of real DPA text: the Danish fixture and our own English test DPA.
fn sentences() -> Vec<String> {
    let da = include_str!("fixtures/smtp-dk-standardkontraktsbestemmelser.txt");
    let en = include_str!("pairs/en-moved-split-merged/a.txt");
    let mut out = Vec::new();
    for text in [da, en] {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        out.extend(flat.split_inclusive(". ").map(|s| s.trim().to_string()).filter(|s| s.split_whitespace().count() >= 6));
    }
    out
}

/// One edit of a token list (words and the spaces and signs between them).
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Insert(usize, usize),
    Replace(usize, usize),
    Swap(usize),
    MovePhrase(usize, usize, usize),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Insert(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Replace(a, b)),
        any::<usize>().prop_map(Edit::Swap),
        (any::<usize>(), 1usize..6, any::<usize>()).prop_map(|(a, n, b)| Edit::MovePhrase(a, n, b)),
    ]
}

/// Words (and a few signs) to insert: taken from the same text, so that edits look real.
const EXTRA: [&str; 8] = ["ikke", "48", "skriftligt", ", ", " og ", "the Supplier", "(a)", "–"];

fn apply(text: &str, edits: &[Edit], vocabulary: &[&str]) -> String {
    let mut tokens: Vec<String> = redline::tokens(text).into_iter().map(str::to_string).collect();
    for e in edits {
        let n = tokens.len().max(1);
        let word = |k: usize| if k % 3 == 0 { EXTRA[k % EXTRA.len()].to_string() } else { vocabulary[k % vocabulary.len()].to_string() };
        match *e {
            Edit::Delete(i) if !tokens.is_empty() => {
                tokens.remove(i % n);
            }
            Edit::Insert(i, w) => tokens.insert(i % (tokens.len() + 1), word(w)),
            Edit::Replace(i, w) if !tokens.is_empty() => tokens[i % n] = word(w),
            Edit::Swap(i) if tokens.len() >= 2 => tokens.swap(i % (n - 1), i % (n - 1) + 1),
            Edit::MovePhrase(i, len, to) if tokens.len() > len => {
                let from = i % (tokens.len() - len);
                let phrase: Vec<String> = tokens.drain(from..from + len).collect();
                let at = to % (tokens.len() + 1);
                tokens.splice(at..at, phrase);
            }
            _ => {}
        }
    }
    tokens.concat()
}

fn clause(id: String, text: String) -> Clause {
    Clause { id, heading: None, text, span: [0, 0], categories: vec![Category::Unclassified], score: 0.0, cues: Vec::new() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reject_all_and_accept_all_are_exact(pick in any::<usize>(), edits in prop::collection::vec(edit_strategy(), 0..8)) {
        let all = sentences();
        let a = &all[pick % all.len()];
        let vocabulary: Vec<&str> = all.iter().flat_map(|s| s.split_whitespace()).collect();
        let b = apply(a, &edits, &vocabulary);
        let chunks = redline::redline(a, &b);
        prop_assert_eq!(redline::side(&chunks, DiffOp::Delete), a.clone());
        prop_assert_eq!(redline::side(&chunks, DiffOp::Insert), b.clone());
        // No empty chunks, no two neighbours with the same edit, and edits cut at word ends.
        prop_assert!(chunks.iter().all(|c| !c.text.is_empty()));
        prop_assert!(chunks.windows(2).all(|w| w[0].op != w[1].op));
        let s = redline::similarity(&chunks);
        prop_assert!((0.0..=1.0).contains(&s));
    }

    #[test]
    fn edits_never_cut_through_a_word(pick in any::<usize>(), edits in prop::collection::vec(edit_strategy(), 1..5)) {
        let all = sentences();
        let a = &all[pick % all.len()];
        let vocabulary: Vec<&str> = all.iter().flat_map(|s| s.split_whitespace()).collect();
        let b = apply(a, &edits, &vocabulary);
        let chunks = redline::redline(a, &b);
        // Every chunk boundary on either side falls on a token boundary of that side.
        for (op, text) in [(DiffOp::Delete, a.as_str()), (DiffOp::Insert, b.as_str())] {
            let mut bounds = std::collections::BTreeSet::new();
            let mut at = 0;
            for t in redline::tokens(text) { bounds.insert(at); at += t.len(); }
            bounds.insert(at);
            let mut pos = 0;
            for c in chunks.iter().filter(|c| c.op == DiffOp::Equal || c.op == op) {
                prop_assert!(bounds.contains(&pos), "cut inside a word at {} of {:?}", pos, text);
                pos += c.text.len();
            }
        }
    }

    #[test]
    fn split_pieces_rebuild_both_sides(pick in any::<usize>(), cut_at in any::<usize>(), edits in prop::collection::vec(edit_strategy(), 0..4)) {
        let all = sentences();
        let a = &all[pick % all.len()];
        let vocabulary: Vec<&str> = all.iter().flat_map(|s| s.split_whitespace()).collect();
        let b = apply(a, &edits, &vocabulary);
        let words: Vec<&str> = b.split(' ').collect();
        let k = 1 + cut_at % words.len().max(1);
        let (b1, b2) = (words[..k.min(words.len())].join(" "), words[k.min(words.len())..].join(" "));
        let joined = format!("{b1} {b2}");
        let rows = redline::cut(&redline::redline(a, &joined), DiffOp::Insert, &[b1.chars().count(), b2.chars().count()], " ");
        prop_assert_eq!(redline::side(&rows[0], DiffOp::Insert), b1);
        prop_assert_eq!(redline::side(&rows[1], DiffOp::Insert), b2);
        let a_back: String = rows.iter().map(|r| redline::side(r, DiffOp::Delete)).collect();
        prop_assert_eq!(&a_back, a);
    }

    #[test]
    fn every_clause_is_aligned_once(
        start in any::<usize>(),
        len in 1usize..25,
        deletes in prop::collection::vec(any::<usize>(), 0..4),
        inserts in prop::collection::vec(any::<usize>(), 0..4),
        moves in prop::collection::vec((any::<usize>(), any::<usize>()), 0..3),
        edits in prop::collection::vec((any::<usize>(), edit_strategy()), 0..4),
    ) {
        let all = sentences();
        let vocabulary: Vec<&str> = all.iter().flat_map(|s| s.split_whitespace()).collect();
        let a: Vec<Clause> = (0..len).map(|k| clause(format!("{}.{}", 1 + k / 4, 1 + k % 4), all[(start + k) % all.len()].clone())).collect();
        let mut b = a.clone();
        for d in deletes { if !b.is_empty() { let n = b.len(); b.remove(d % n); } }
        for (k, i) in inserts.iter().enumerate() { let at = i % (b.len() + 1); b.insert(at, clause(String::new(), all[(i + k) % all.len()].clone())); }
        for (from, to) in moves { if !b.is_empty() { let n = b.len(); let c = b.remove(from % n); b.insert(to % n, c); } }
        for (i, e) in edits { if !b.is_empty() { let n = b.len(); b[i % n].text = apply(&b[i % n].text, &[e], &vocabulary); } }
        for (k, c) in b.iter_mut().enumerate() { c.id = format!("{}.{}", 1 + k / 4, 1 + k % 4); }

        let rows = align::align(&a, &b);
        for (side, clauses) in [("a", &a), ("b", &b)] {
            for c in clauses.iter() {
                let mine: Vec<_> = rows.iter().filter(|r| if side == "a" { r.a.as_ref() } else { r.b.as_ref() } == Some(&c.id)).collect();
                let pieces = mine.iter().all(|r| matches!(r.status, AlignStatus::Split | AlignStatus::Merged));
                prop_assert!(mine.len() == 1 || (mine.len() > 1 && pieces), "{} {} in {} rows", side, c.id, mine.len());
            }
        }
        for r in &rows {
            prop_assert!((0.0..=1.0).contains(&r.similarity));
            if !matches!(r.status, AlignStatus::Split | AlignStatus::Merged) {
                let text = |id: &Option<String>, cs: &[Clause]| id.as_ref().and_then(|id| cs.iter().find(|c| &c.id == id)).map(|c| c.text.clone()).unwrap_or_default();
                prop_assert_eq!(redline::side(&r.diff, DiffOp::Delete), text(&r.a, &a));
                prop_assert_eq!(redline::side(&r.diff, DiffOp::Insert), text(&r.b, &b));
            }
        }
    }
}
