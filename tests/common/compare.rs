//! A port of score.py's `comparison` mode, plus checks for the keys it does not know: `kind`,
//! `clauses_moved` (A → B), `clauses_split` (A → [B]), `clauses_merged` (B → [A]),
//! `clauses_changed_pairs` (A → B) and `renumbered_unchanged_text`.
// Each test binary that includes `common` uses only some of these.
#![allow(dead_code)]

use serde_json::Value as Json;
use std::collections::BTreeMap;

const EMPTY: &Json = &Json::Null;

fn norm(r: &str) -> String {
    let r = r.to_lowercase().replace('\u{a0}', " ");
    let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
    r.trim().trim_end_matches('.').trim().to_string()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A gold reference matches a clause id equal to it or below it (7.3 covers 7.3.1), or a
/// heading that holds it as whole words (never a bare number).
pub fn ref_matches(gold: &str, clause_id: &str, heading: Option<&str>) -> bool {
    gold.split('|').any(|alt| {
        let (g, c) = (norm(alt), norm(clause_id));
        if g.is_empty() {
            return false;
        }
        if c == g || c.starts_with(&format!("{g}.")) || c.starts_with(&format!("{g} ")) {
            return true;
        }
        let has_letter = g.chars().any(|ch| ch.is_alphabetic());
        heading.is_some_and(|h| {
            let h = norm(h);
            has_letter
                && h.match_indices(&g).any(|(at, _)| {
                    let before = h[..at].chars().next_back().is_none_or(|ch| !is_word_char(ch));
                    let after = h[at + g.len()..].chars().next().is_none_or(|ch| !is_word_char(ch));
                    before && after
                })
        })
    })
}

fn str_of(v: &Json) -> Option<&str> {
    v.as_str()
}

fn headings(report: &Json, side: &str) -> BTreeMap<String, Option<String>> {
    report[side]["clauses"]
        .as_array()
        .map(|cs| cs.iter().filter_map(|c| Some((c["id"].as_str()?.to_string(), c["heading"].as_str().map(str::to_string)))).collect())
        .unwrap_or_default()
}

struct Ctx<'a> {
    rows: &'a [Json],
    a: BTreeMap<String, Option<String>>,
    b: BTreeMap<String, Option<String>>,
}

impl Ctx<'_> {
    fn side_matches(&self, row: &Json, side: &str, r: Option<&str>) -> bool {
        let Some(r) = r else { return true };
        let map = if side == "a" { &self.a } else { &self.b };
        row[side].as_str().is_some_and(|id| ref_matches(r, id, map.get(id).and_then(|h| h.as_deref())))
    }

    fn has(&self, statuses: &[&str], a: Option<&str>, b: Option<&str>) -> bool {
        self.rows.iter().any(|row| {
            row["status"].as_str().is_some_and(|s| statuses.contains(&s)) && self.side_matches(row, "a", a) && self.side_matches(row, "b", b)
        })
    }
}

fn same_value(gold: &Json, got: &Json) -> bool {
    match gold {
        Json::Null | Json::Bool(_) => gold == got,
        Json::Number(g) => got.as_f64().zip(g.as_f64()).is_some_and(|(x, y)| (x - y).abs() < 1e-9) && !got.is_boolean(),
        Json::String(g) => got.as_str().is_some_and(|s| s.to_lowercase() == g.to_lowercase()),
        Json::Array(g) if g.iter().all(Json::is_string) => {
            let Some(got) = got.as_array() else { return false };
            let mut x: Vec<String> = g.iter().filter_map(str_of).map(str::to_lowercase).collect();
            let mut y: Vec<String> = got.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string).to_lowercase()).collect();
            x.sort();
            y.sort();
            x == y
        }
        _ => gold == got,
    }
}

/// Every failed check, as score.py words it.
pub fn comparison(report: &Json, gold: &Json) -> Vec<String> {
    checked(report, gold).1
}

/// The number of checks made, and every failed one as score.py words it.
pub fn checked(report: &Json, gold: &Json) -> (u32, Vec<String>) {
    let mut fails = Vec::new();
    let mut total = 0u32;
    let mut check = |ok: bool, what: String| {
        total += 1;
        if !ok {
            fails.push(what);
        }
    };
    let cats = &report["categories"];
    for cat in gold["conflicts"].as_array().into_iter().flatten().filter_map(str_of) {
        check(cats[cat]["conflict"].as_bool() == Some(true), format!("{cat} should be a conflict"));
    }
    for (key, verdict) in gold["verdicts"].as_object().into_iter().flatten() {
        let (cat, attr) = key.split_once('.').unwrap_or((key, ""));
        let got = &cats[cat]["attributes"][attr]["verdict"];
        check(got == verdict, format!("{key} verdict should be {verdict}, got {got}"));
    }
    for (cat, presence) in gold["presence"].as_object().into_iter().flatten() {
        let got = &cats[cat]["presence"];
        check(got == presence, format!("{cat} presence should be {presence}, got {got}"));
    }
    let rows = report["alignment"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let ctx = Ctx { rows, a: headings(report, "a"), b: headings(report, "b") };
    for r in gold["clauses_changed"].as_array().into_iter().flatten().filter_map(str_of) {
        check(ctx.has(&["changed"], None, Some(r)) || ctx.has(&["changed"], Some(r), None), format!("clause {r} should be aligned as changed"));
    }
    for r in gold["clauses_added"].as_array().into_iter().flatten().filter_map(str_of) {
        check(ctx.has(&["added"], None, Some(r)), format!("clause {r} should be aligned as added"));
    }
    for r in gold["clauses_removed"].as_array().into_iter().flatten().filter_map(str_of) {
        check(ctx.has(&["removed"], Some(r), None), format!("clause {r} should be aligned as removed"));
    }
    for r in gold["clauses_unchanged"].as_array().into_iter().flatten().filter_map(str_of) {
        check(ctx.has(&["unchanged", "renumbered", "moved"], Some(r), Some(r)), format!("clause {r} should be aligned as unchanged"));
    }
    for side in ["a", "b"] {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for row in rows.iter().filter(|r| !matches!(r["status"].as_str(), Some("split" | "merged"))) {
            if let Some(id) = row[side].as_str() {
                *seen.entry(id).or_default() += 1;
            }
        }
        let twice: Vec<&str> = seen.iter().filter(|(_, n)| **n > 1).map(|(k, _)| *k).collect();
        check(twice.is_empty(), format!("clauses of {} aligned more than once: {twice:?}", side.to_uppercase()));
    }
    let unchanged_text = gold["renumbered_unchanged_text"].as_bool() == Some(true);
    for (a, b) in gold["clauses_renumbered"].as_object().into_iter().flatten() {
        let b = b.as_str().unwrap_or("");
        check(ctx.has(&["renumbered", "moved", "unchanged"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as renumbered"));
        if unchanged_text {
            check(ctx.has(&["renumbered", "unchanged"], Some(a), Some(b)), format!("clause {a} → {b} should keep its text"));
        }
    }
    // Beyond score.py.
    if let Some(kind) = gold["kind"].as_str() {
        check(report["kind"].as_str() == Some(kind), format!("kind should be {kind}, got {}", report["kind"]));
    }
    for (a, b) in gold["clauses_moved"].as_object().into_iter().flatten() {
        let b = b.as_str().unwrap_or("");
        check(ctx.has(&["moved"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as moved"));
    }
    for (a, b) in gold["clauses_changed_pairs"].as_object().into_iter().flatten() {
        let b = b.as_str().unwrap_or("");
        check(ctx.has(&["changed"], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as changed"));
    }
    for (key, status, one) in [("clauses_split", "split", "a"), ("clauses_merged", "merged", "b")] {
        for (whole, pieces) in gold[key].as_object().into_iter().flatten() {
            for piece in pieces.as_array().into_iter().flatten().filter_map(str_of) {
                let (a, b) = if one == "a" { (whole.as_str(), piece) } else { (piece, whole.as_str()) };
                check(ctx.has(&[status], Some(a), Some(b)), format!("clause {a} should be aligned with {b} as {status}"));
            }
        }
    }
    let findings = &report["findings"];
    let has = |list: &str, fid: &str| findings[list].as_array().is_some_and(|l| l.iter().any(|x| x == fid));
    for fid in gold["findings_a_only"].as_array().into_iter().flatten().filter_map(str_of) {
        check(has("a_only", fid), format!("finding {fid} should be A-only"));
    }
    for fid in gold["findings_b_only"].as_array().into_iter().flatten().filter_map(str_of) {
        check(has("b_only", fid), format!("finding {fid} should be B-only"));
    }
    for fid in gold["findings_b_required"].as_array().into_iter().flatten().filter_map(str_of) {
        check(has("b_only", fid) || has("both", fid), format!("finding {fid} should be reported for B"));
    }
    for (cat, attrs) in gold["b_attributes"].as_object().into_iter().flatten() {
        for (name, value) in attrs.as_object().into_iter().flatten() {
            let got = report["b"]["categories"][cat]["attributes"].get(name).unwrap_or(EMPTY);
            check(same_value(value, got), format!("B: {cat}.{name} should be {value}, got {got}"));
        }
    }
    (total, fails)
}
/// Scores a blind set of comparison pairs (`tests/<set>/<pair>/` with `a.*`, `b.*`, `gold.json`,
/// `a.json`, `b.json`): each pair's comparison with `checked` and each side's analysis with
/// score.py's `analysis` mode. Returns the pairs and sides below their floors, with what they
/// failed; asserts the set has `pairs` pairs.
pub fn pair_set_below_floors(set: &str, pairs: usize, comparison_floor: f64, analysis_floor: f64) -> Vec<String> {
    use std::path::{Path, PathBuf};
    let side = |dir: &Path, which: &str| -> PathBuf {
        ["txt", "md", "pdf", "docx", "html"].iter().map(|e| dir.join(format!("{which}.{e}"))).find(|p| p.exists()).unwrap_or_else(|| panic!("{}: no {which} document", dir.display()))
    };
    let analyse = |path: &Path| -> klausul::Analysis {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
        klausul::analyze_bytes(&std::fs::read(path).expect("readable"), name).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let gold = |path: &Path| -> Json { serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("gold parses") };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(set);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root).expect(set).map(|e| e.expect("entry").path()).filter(|p| p.join("gold.json").exists()).collect();
    dirs.sort();
    assert_eq!(dirs.len(), pairs, "{set} has {pairs} pairs");
    let mut below = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("pair").to_string();
        let (a, b) = (analyse(&side(dir, "a")), analyse(&side(dir, "b")));
        for (which, analysis) in [("a", &a), ("b", &b)] {
            let report = serde_json::to_value(analysis).expect("serialises");
            let tally = super::score::score_analysis(&report, &gold(&dir.join(format!("{which}.json"))));
            let (p, f) = tally.areas.values().fold((0u32, 0u32), |(p, f), (x, y)| (p + x, f + y));
            let share = f64::from(p) / f64::from((p + f).max(1));
            eprintln!("{name} {which}: analysis {p}/{}", p + f);
            if share < analysis_floor {
                below.push(format!("{name} {which}: analysis {share:.2}\n{}", tally.summary()));
            }
        }
        let report = serde_json::to_value(klausul::compare(&a, &b)).expect("serialises");
        let (total, fails) = checked(&report, &gold(&dir.join("gold.json")));
        let share = f64::from(total - fails.len() as u32) / f64::from(total.max(1));
        eprintln!("{name}: comparison {}/{total}", total - fails.len() as u32);
        if share < comparison_floor {
            below.push(format!("{name}: comparison {share:.2}\n{}", fails.join("\n")));
        }
    }
    below
}
