//! The redline as Word tracked changes: B's text with every difference from A a revision.
//!
//! The clean texts are cut into *units*, one per clause (a clause's unit runs to the next
//! clause's start, so the units tile the whole text, headings and lines between clauses
//! included). The alignment joins A's and B's units into groups (a pair, a split, a merge, an
//! added or removed clause). Groups are laid out in B's order; the groups whose A units are in
//! A's order too (the longest such run) stay in place and show a word-level redline; the others
//! moved, and show a deletion at their old place and an insertion at their new one, each with a
//! comment naming the other place. Removed clauses stand where they stood in A.
//!
//! *Invariant:* the kept and deleted text, in order, is A's clean text exactly; the kept and
//! inserted text is B's (reject-all gives A, accept-all gives B). It is checked before the file
//! is written; if the clause layout cannot keep it (clauses out of order within a group), the
//! whole text is diffed at once instead.

use std::collections::HashMap;

use super::body::Piece;
use crate::compare::redline;
use crate::report::Labels;
use crate::{Analysis, Comparison, DiffOp};

/// A unit: `[start, end)` chars of the clean text.
type Unit = (u32, u32);

/// The units of a document (tiling its text) and each clause's unit.
fn units(a: &Analysis) -> (Vec<Unit>, Vec<usize>) {
    let total = a.document.chars;
    let mut starts: Vec<u32> = Vec::new();
    let mut of_clause = Vec::with_capacity(a.clauses.len());
    let preamble = a.clauses.first().is_some_and(|c| c.span[0] > 0);
    if preamble || a.clauses.is_empty() {
        starts.push(0);
    }
    for c in &a.clauses {
        let s = c.span[0].min(total);
        if starts.last().is_none_or(|&last| s > last) {
            starts.push(s);
        }
        of_clause.push(starts.len() - 1);
    }
    let units = starts.iter().enumerate().map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(total))).collect();
    (units, of_clause)
}

/// Union-find over A's units `0..na` and B's units `na..na+nb`.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut x = x;
        while self.parent[x] != r {
            let next = self.parent[x];
            self.parent[x] = r;
            x = next;
        }
        r
    }

    fn union(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx != ry {
            self.parent[rx.max(ry)] = rx.min(ry);
        }
    }
}

/// A group of units: A's and B's, each sorted.
#[derive(Debug, Default, Clone)]
struct Group {
    a: Vec<usize>,
    b: Vec<usize>,
}

fn contiguous(v: &[usize]) -> bool {
    v.windows(2).all(|w| w[1] == w[0] + 1)
}

/// What to lay out, in order.
enum Item {
    /// A group in place: its A text redlined into its B text.
    Pair(Group),
    /// A's units deleted (removed, or the old place of a moved group with its new id).
    Deleted(Vec<usize>, Option<String>),
    /// B's units inserted (added, or the new place of a moved group with its old id).
    Inserted(Vec<usize>, Option<String>),
}

/// The stream of pieces for the redline, with the comments on moves added to `writer`.
pub(super) fn pieces(c: &Comparison, l: &Labels, mut comment: impl FnMut(String) -> u32) -> Vec<Piece> {
    let (ua, of_a) = units(&c.a);
    let (ub, of_b) = units(&c.b);
    let text_a = |units: &[usize]| -> String { units.iter().map(|&u| c.a.document.slice(ua[u].0, ua[u].1)).collect() };
    let text_b = |units: &[usize]| -> String { units.iter().map(|&u| c.b.document.slice(ub[u].0, ub[u].1)).collect() };
    let items = layout(c, &ua, &of_a, &ub, &of_b);

    let mut out = Vec::new();
    for item in &items {
        match item {
            Item::Pair(g) => {
                for chunk in redline::redline(&text_a(&g.a), &text_b(&g.b)) {
                    out.push(Piece::Text(chunk.op, chunk.text));
                }
            }
            Item::Deleted(units, moved_to) => {
                let id = moved_to.as_ref().map(|to| comment(format!("{} {}", l.get("docx.moved_to"), to)));
                push_whole(&mut out, DiffOp::Delete, text_a(units), id);
            }
            Item::Inserted(units, moved_from) => {
                let id = moved_from.as_ref().map(|from| comment(format!("{} {}", l.get("docx.moved_from"), from)));
                push_whole(&mut out, DiffOp::Insert, text_b(units), id);
            }
        }
    }
    let rebuilt = |keep: DiffOp| -> String {
        out.iter().filter_map(|p| match p {
            Piece::Text(op, t) if *op == DiffOp::Equal || *op == keep => Some(t.as_str()),
            _ => None,
        })
        .collect()
    };
    if rebuilt(DiffOp::Delete) == c.a.document.text && rebuilt(DiffOp::Insert) == c.b.document.text {
        out
    } else {
        // The clause layout could not keep both texts exact: diff the whole texts instead.
        redline::redline(&c.a.document.text, &c.b.document.text).into_iter().map(|ch| Piece::Text(ch.op, ch.text)).collect()
    }
}

/// A whole run of text deleted or inserted, with a comment around it when it moved. The
/// comment ends before the run's last newline, so that it stays in the run's last paragraph.
fn push_whole(out: &mut Vec<Piece>, op: DiffOp, text: String, comment: Option<u32>) {
    let Some(id) = comment else {
        out.push(Piece::Text(op, text));
        return;
    };
    let (body, tail) = match text.strip_suffix('\n') {
        Some(body) => (body.to_string(), "\n"),
        None => (text, ""),
    };
    out.push(Piece::CommentStart(id));
    out.push(Piece::Text(op, body));
    out.push(Piece::CommentEnd(id));
    if !tail.is_empty() {
        out.push(Piece::Text(op, tail.to_string()));
    }
}

/// Groups the units by the alignment and orders them (see the module docs).
fn layout(c: &Comparison, ua: &[Unit], of_a: &[usize], ub: &[Unit], of_b: &[usize]) -> Vec<Item> {
    let (na, nb) = (ua.len(), ub.len());
    let index = |a: &Analysis, of: &[usize]| -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for (clause, &unit) in a.clauses.iter().zip(of) {
            m.entry(clause.id.clone()).or_insert(unit);
        }
        m
    };
    let (ia, ib) = (index(&c.a, of_a), index(&c.b, of_b));
    let mut groups = Groups { parent: (0..na + nb).collect() };
    for row in &c.alignment {
        if let (Some(a), Some(b)) = (row.a.as_ref().and_then(|id| ia.get(id)), row.b.as_ref().and_then(|id| ib.get(id))) {
            groups.union(*a, na + *b);
        }
    }
    // Text before the first clause (a title, the parties) pairs with the other's.
    let preamble = |a: &Analysis, u: &[Unit]| a.clauses.first().map_or(!u.is_empty(), |cl| cl.span[0] > 0);
    if preamble(&c.a, ua) && preamble(&c.b, ub) {
        groups.union(0, na);
    }
    let mut by_root: HashMap<usize, Group> = HashMap::new();
    for x in 0..na + nb {
        let g = by_root.entry(groups.find(x)).or_default();
        if x < na {
            g.a.push(x);
        } else {
            g.b.push(x - na);
        }
    }
    let mut all: Vec<Group> = by_root.into_values().collect();
    // Groups with B units in B order; a group whose units are not contiguous is split into its
    // parts (the texts stay exact; only the pairing is lost).
    let mut with_b: Vec<Group> = Vec::new();
    let mut only_a: Vec<Group> = Vec::new();
    for g in all.drain(..) {
        if g.b.is_empty() {
            only_a.push(g);
        } else if contiguous(&g.a) && contiguous(&g.b) {
            with_b.push(g);
        } else {
            only_a.extend(g.a.iter().map(|&u| Group { a: vec![u], b: Vec::new() }));
            with_b.extend(g.b.iter().map(|&u| Group { a: Vec::new(), b: vec![u] }));
        }
    }
    with_b.sort_by_key(|g| g.b[0]);
    only_a.sort_by_key(|g| g.a[0]);

    // Which paired groups stay in place: the longest run increasing in A.
    let paired: Vec<usize> = (0..with_b.len()).filter(|&i| !with_b[i].a.is_empty()).collect();
    let keys: Vec<usize> = paired.iter().map(|&i| with_b[i].a[0]).collect();
    let mut in_place = vec![false; with_b.len()];
    for k in longest_increasing(&keys) {
        in_place[paired[k]] = true;
    }

    let name_a = |g: &Group| clause_names(&c.a, of_a, &g.a);
    let name_b = |g: &Group| clause_names(&c.b, of_b, &g.b);
    // A-only runs: removed groups and the old places of moved ones, in A order.
    let mut deleted: Vec<(usize, Item)> = only_a.iter().map(|g| (g.a[0], Item::Deleted(g.a.clone(), None))).collect();
    for (i, g) in with_b.iter().enumerate() {
        if !g.a.is_empty() && !in_place[i] {
            deleted.push((g.a[0], Item::Deleted(g.a.clone(), Some(name_b(g)))));
        }
    }
    deleted.sort_by_key(|(a, _)| *a);
    let mut deleted = deleted.into_iter().peekable();

    let mut items = Vec::new();
    for (i, g) in with_b.into_iter().enumerate() {
        if in_place[i] {
            let first_a = g.a[0];
            while let Some((_, item)) = deleted.next_if(|(a, _)| *a < first_a) {
                items.push(item);
            }
            items.push(Item::Pair(g));
        } else if g.a.is_empty() {
            items.push(Item::Inserted(g.b, None));
        } else {
            let from = name_a(&g);
            items.push(Item::Inserted(g.b, Some(from)));
        }
    }
    items.extend(deleted.map(|(_, item)| item));
    items
}

/// The ids of the clauses in some units ("7.3", "7.3–7.4").
fn clause_names(a: &Analysis, of: &[usize], units: &[usize]) -> String {
    let ids: Vec<&str> = a.clauses.iter().zip(of).filter(|(_, u)| units.contains(u)).map(|(c, _)| c.id.as_str()).collect();
    match ids.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first}–{last}"),
    }
}

/// Indices of a longest strictly increasing subsequence of `keys` (patience sorting).
fn longest_increasing(keys: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // indices into keys
    let mut prev: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, &k) in keys.iter().enumerate() {
        let pos = tails.partition_point(|&t| keys[t] < k);
        if pos > 0 {
            prev[i] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut out = Vec::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(i);
        at = prev[i];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_increasing_run() {
        assert_eq!(longest_increasing(&[0, 2, 1, 3]), vec![0, 2, 3]);
        assert_eq!(longest_increasing(&[3, 0, 1, 2]), vec![1, 2, 3]);
        assert!(longest_increasing(&[]).is_empty());
    }
}
