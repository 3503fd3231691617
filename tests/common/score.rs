//! A Rust port of `score.py analysis`: scores an analysis report (as JSON) against a gold file in
//! the format of `tests/fixtures/expected/*.json`. Areas and messages are the same as the script's,
//! so a failure here reads like a failure there.
#![allow(dead_code)]

use std::collections::BTreeMap;

use serde_json::Value;

/// Passed and failed checks per area, and the messages of the failures.
#[derive(Debug, Default)]
pub struct Tally {
    /// Area → (passed, failed).
    pub areas: BTreeMap<String, (u32, u32)>,
    /// One line per failed check, `FAIL [area] what`.
    pub failures: Vec<String>,
}

impl Tally {
    fn check(&mut self, area: &str, ok: bool, what: String) {
        let e = self.areas.entry(area.to_string()).or_default();
        if ok {
            e.0 += 1;
        } else {
            e.1 += 1;
            self.failures.push(format!("FAIL [{area}] {what}"));
        }
    }

    /// Failures in the given areas only.
    pub fn failures_in(&self, areas: &[&str]) -> Vec<&String> {
        self.failures.iter().filter(|f| areas.iter().any(|a| f.starts_with(&format!("FAIL [{a}]")))).collect()
    }

    /// `(passed, failed)` summed over the given areas.
    pub fn totals(&self, areas: &[&str]) -> (u32, u32) {
        self.areas.iter().filter(|(k, _)| areas.contains(&k.as_str())).fold((0, 0), |(p, f), (_, (a, b))| (p + a, f + b))
    }

    /// The script's summary lines.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for line in &self.failures {
            s.push_str(line);
            s.push('\n');
        }
        for (area, (p, f)) in &self.areas {
            s.push_str(&format!("{area}: {p}/{}\n", p + f));
        }
        let (p, f) = self.areas.values().fold((0, 0), |(p, f), (a, b)| (p + a, f + b));
        s.push_str(&format!("{p} passed, {f} failed\n"));
        s
    }
}

/// The areas this crate's classification and extraction answer for.
pub const ANALYSIS_AREAS: [&str; 4] = ["category_recall", "category_location", "category_specificity", "attributes"];

fn norm(r: &str) -> String {
    let lower = r.to_lowercase().replace('\u{a0}', " ");
    let collapsed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.trim().trim_end_matches('.').trim().to_string()
}

fn has_letter(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
}

/// `needle` occurs in `hay` as whole words.
fn whole_words(hay: &str, needle: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut start = 0;
    while let Some(pos) = hay[start..].find(needle) {
        let at = start + pos;
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        if !is_word(before) && !is_word(after) {
            return true;
        }
        start = at + needle.len().max(1);
        while !hay.is_char_boundary(start) {
            start += 1;
        }
    }
    false
}

/// A gold reference matches a clause id equal to it or below it, or a heading containing it.
pub fn ref_matches(gold_ref: &str, clause_id: &str, heading: Option<&str>) -> bool {
    for alt in gold_ref.split('|') {
        let g = norm(alt);
        let c = norm(clause_id);
        if g.is_empty() {
            continue;
        }
        if c == g || c.starts_with(&format!("{g}.")) || c.starts_with(&format!("{g} ")) {
            return true;
        }
        if let Some(h) = heading {
            if has_letter(&g) && whole_words(&norm(h), &g) {
                return true;
            }
        }
    }
    false
}

fn any_ref_matches(gold_ref: &str, ids: &[Value], clauses: &BTreeMap<String, &Value>) -> bool {
    ids.iter().filter_map(Value::as_str).any(|cid| {
        let heading = clauses.get(cid).and_then(|c| c.get("heading")).and_then(Value::as_str);
        ref_matches(gold_ref, cid, heading)
    })
}

/// The script's notion of equal values (lists as sets, case-insensitive; parties by name).
pub fn same_value(gold: &Value, got: Option<&Value>) -> bool {
    let got = got.unwrap_or(&Value::Null);
    match gold {
        Value::Null | Value::Bool(_) => gold == got,
        Value::Number(g) => got.as_f64().is_some_and(|x| !got.is_boolean() && (x - g.as_f64().unwrap_or(f64::NAN)).abs() < 1e-9),
        Value::String(g) => got.as_str().is_some_and(|x| x.to_lowercase() == g.to_lowercase()),
        Value::Array(g) => {
            let Some(got) = got.as_array() else { return false };
            if g.iter().all(Value::is_string) {
                let mut a: Vec<String> = g.iter().filter_map(Value::as_str).map(str::to_lowercase).collect();
                let mut b: Vec<String> = got.iter().map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string).to_lowercase()).collect();
                a.sort();
                b.sort();
                return a == b;
            }
            if g.iter().all(Value::is_object) {
                if g.len() != got.len() {
                    return false;
                }
                let names: Vec<String> = got.iter().filter(|x| x.is_object()).map(|x| norm(x.get("name").and_then(Value::as_str).unwrap_or(""))).collect();
                return g.iter().all(|e| {
                    let gn = norm(e.get("name").and_then(Value::as_str).unwrap_or(""));
                    names.iter().any(|n| !n.is_empty() && (gn.contains(n.as_str()) || n.contains(gn.as_str())))
                });
            }
            g == got
        }
        Value::Object(_) => gold == got,
    }
}

/// Scores one analysis report against one gold file.
pub fn score_analysis(report: &Value, gold: &Value) -> Tally {
    let mut t = Tally::default();
    let empty = serde_json::Map::new();
    let cats = report.get("categories").and_then(Value::as_object).unwrap_or(&empty);
    let clause_list: Vec<Value> = report.get("clauses").and_then(Value::as_array).cloned().unwrap_or_default();
    let clauses: BTreeMap<String, &Value> = clause_list.iter().filter_map(|c| Some((c.get("id")?.as_str()?.to_string(), c))).collect();
    let present_map = gold.get("categories_present").and_then(Value::as_object);
    if present_map.is_some_and(|m| !m.is_empty()) {
        let crowded: Vec<String> = clause_list
            .iter()
            .filter(|c| c.get("categories").and_then(Value::as_array).is_some_and(|a| a.len() > 3))
            .filter_map(|c| c.get("id").and_then(Value::as_str).map(str::to_string))
            .take(5)
            .collect();
        t.check("category_specificity", crowded.is_empty(), format!("clauses with more than three categories: {crowded:?}"));
    }
    let found: Vec<String> = report.get("findings").and_then(Value::as_array).map(|f| f.iter().filter_map(|x| x.get("id")?.as_str().map(str::to_string)).collect()).unwrap_or_default();
    if let Some(m) = present_map {
        for (cat, refs) in m {
            let entry = cats.get(cat);
            let present = entry.and_then(|e| e.get("present")).and_then(Value::as_bool).unwrap_or(false);
            t.check("category_recall", present, format!("{cat} should be present"));
            if present {
                let cited: Vec<Value> = entry.and_then(|e| e.get("clauses")).and_then(Value::as_array).cloned().unwrap_or_default();
                for r in refs.as_array().into_iter().flatten().filter_map(Value::as_str) {
                    let ok = any_ref_matches(r, &cited, &clauses);
                    t.check("category_location", ok, format!("{cat} should cite clause {r} (cited: {cited:?})"));
                }
            }
        }
    }
    for cat in gold.get("categories_absent").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        let entry = cats.get(cat);
        let present = entry.and_then(|e| e.get("present")).and_then(Value::as_bool).unwrap_or(false);
        let cited = entry.and_then(|e| e.get("clauses")).cloned().unwrap_or(Value::Null);
        t.check("category_specificity", !present, format!("{cat} should be absent (cited: {cited})"));
    }
    if let Some(attrs) = gold.get("attributes").and_then(Value::as_object) {
        for (cat, names) in attrs {
            let got_attrs = cats.get(cat).and_then(|c| c.get("attributes"));
            for (name, value) in names.as_object().into_iter().flatten() {
                let got = got_attrs.and_then(|a| a.get(name));
                t.check("attributes", same_value(value, got), format!("{cat}.{name} should be {value}, got {}", got.unwrap_or(&Value::Null)));
            }
        }
    }
    for req in gold.get("findings_required").and_then(Value::as_array).into_iter().flatten() {
        let (fid, r) = match req {
            Value::String(s) => (s.clone(), None),
            _ => (req.get("id").and_then(Value::as_str).unwrap_or("").to_string(), req.get("clause").and_then(Value::as_str)),
        };
        let hits: Vec<&Value> = report.get("findings").and_then(Value::as_array).into_iter().flatten().filter(|f| f.get("id").and_then(Value::as_str) == Some(fid.as_str())).collect();
        t.check("findings_recall", !hits.is_empty(), format!("finding {fid} should be reported"));
        if let (false, Some(r)) = (hits.is_empty(), r) {
            let ok = hits.iter().any(|f| any_ref_matches(r, f.get("clauses").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]), &clauses));
            t.check("findings_location", ok, format!("finding {fid} should cite {r}"));
        }
    }
    for fid in gold.get("findings_forbidden").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        let bad: Vec<&String> = match fid.strip_suffix('*') {
            Some(prefix) => found.iter().filter(|x| x.starts_with(prefix)).collect(),
            None => found.iter().filter(|x| *x == fid).collect(),
        };
        t.check("findings_precision", bad.is_empty(), format!("finding {fid} is a false positive here ({bad:?})"));
    }
    t
}

/// Scores every document of a blind set (`tests/<dir>/`: each gold `*.json` beside its `.txt`,
/// `.md`, `.pdf`, `.docx` or `.html`) as the CLI would analyse it, printing one line per document: (file name, share of the
/// checks passed, tally), in no particular order.
pub fn score_blind_set(dir: &str) -> Vec<(String, f64, Tally)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let gold_path = entry.expect("readable dir").path();
        if gold_path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc = ["txt", "md", "pdf", "docx", "html"].iter().map(|e| gold_path.with_extension(e)).find(|p| p.exists()).expect("document next to gold");
        let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc").to_string();
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold")).expect("gold parses");
        assert_eq!(gold["document"].as_str(), Some(name.as_str()), "gold {} names its document", gold_path.display());
        let (share, tally) = score_document(&doc, &gold);
        out.push((name, share, tally));
    }
    out
}

/// Scores one document as the CLI would analyse it against a gold file (which may have been
/// written for another file of the same text), printing its line: (share of the checks passed,
/// tally).
pub fn score_document(doc: &std::path::Path, gold: &Value) -> (f64, Tally) {
    let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc").to_string();
    let analysis = klausul::analyze_bytes(&std::fs::read(doc).expect("readable"), &name).expect("blind document ingests");
    let report = serde_json::to_value(&analysis).expect("serialises");
    let tally = score_analysis(&report, gold);
    let (p, f) = tally.areas.values().fold((0u32, 0u32), |(p, f), (a, b)| (p + a, f + b));
    let share = f64::from(p) / f64::from((p + f).max(1));
    eprintln!("{name}: {p}/{} ({:.0} %)", p + f, share * 100.0);
    (share, tally)
}

/// The documents of a blind set below `floor`, with their failures.
pub fn below_floor(scored: &[(String, f64, Tally)], floor: f64) -> Vec<String> {
    scored.iter().filter(|(_, share, _)| *share < floor).map(|(name, share, tally)| format!("{name}: {share:.2}\n{}", tally.summary())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_match_like_the_script() {
        assert!(ref_matches("7.3", "7.3.1", None));
        assert!(ref_matches("Bilag 6", "Bilag 6 1.1", None));
        assert!(ref_matches("C.6|Bilag C.6", "Bilag C.6", None));
        assert!(!ref_matches("7.3", "7.30", None));
        assert!(ref_matches("De behandlede oplysninger|Bilag A", "A.1", Some("De behandlede oplysninger")));
        assert!(!ref_matches("4", "x", Some("Bilag 4")));
    }
}
