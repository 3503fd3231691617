//! Checks a validated playbook against an analysis and adds its deviations as findings.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Checked, CheckedRule, Test};
use crate::assess::Region;
use crate::{taxonomy, Analysis, Evidence, Finding, FindingSource, Message, PlaybookUse, Severity, Value};

/// The message templates of one language (data/playbook.toml).
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    required: String,
    deviation: String,
    unstated: String,
    fallback: String,
    note: String,
    max: String,
    min: String,
    allowed: String,
    includes: String,
    equals: String,
    within: String,
    yes: String,
    no: String,
    no_location: String,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Messages {
    da: Texts,
    en: Texts,
}

fn messages() -> &'static Messages {
    static M: OnceLock<Messages> = OnceLock::new();
    // The file ships inside the binary as JSON converted by `build.rs` (which fails on a file that
    // does not parse); the test below checks the copy against the file.
    M.get_or_init(|| serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/data_playbook.toml.json"))).expect("data/playbook.toml parses"))
}

fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Checks `playbook` against `analysis`: every deviation becomes a finding marked as the
/// playbook's, the findings stay most severe first, and the analysis records which playbook ran.
pub fn apply(playbook: &Checked, analysis: &mut Analysis) {
    let mut found: Vec<Finding> = playbook.rules.iter().filter_map(|r| check(playbook, r, analysis)).collect();
    analysis.findings.append(&mut found);
    analysis.findings.sort_by_key(|f| f.severity);
    analysis.playbook = Some(PlaybookUse { name: playbook.name.clone(), rules: playbook.rules.len() });
}

/// What a value says, for a message.
fn show(value: &Value, t: &Texts) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(b) => if *b { &t.yes } else { &t.no }.clone(),
        Value::Number(n) => n.to_string(),
        Value::Text(s) => s.clone(),
        Value::Texts(v) => v.join(", "),
        Value::Parties(ps) => ps
            .iter()
            .map(|p| format!("{} ({})", p.name, p.location.as_deref().unwrap_or(&t.no_location)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// What a test wants, for a message.
fn want(test: &Test, t: &Texts) -> String {
    let num = |n: f64| if n.fract() == 0.0 { format!("{n:.0}") } else { n.to_string() };
    match test {
        Test::Required => String::new(),
        Test::Max(n) => fill(&t.max, &[("n", &num(*n))]),
        Test::Min(n) => fill(&t.min, &[("n", &num(*n))]),
        Test::Allowed(v) => fill(&t.allowed, &[("values", &v.join(", "))]),
        Test::Includes(v) => fill(&t.includes, &[("values", &v.join(", "))]),
        Test::Equals(b) => fill(&t.equals, &[("value", if *b { &t.yes } else { &t.no })]),
        Test::WithinEuEea => t.within.clone(),
    }
}

fn within(place: &str) -> bool {
    matches!(crate::assess::region(place), Region::Inside | Region::Unknown)
}

/// Does a stated value pass the test?
fn passes(test: &Test, value: &Value) -> bool {
    match (test, value) {
        (Test::Max(n), Value::Number(v)) => f64::from(*v) <= *n,
        (Test::Min(n), Value::Number(v)) => f64::from(*v) >= *n,
        (Test::Allowed(ok), Value::Text(v)) => ok.contains(v),
        (Test::Allowed(ok), Value::Texts(vs)) => vs.iter().all(|v| ok.contains(v)),
        (Test::Includes(need), Value::Texts(vs)) => need.iter().all(|n| vs.contains(n)),
        (Test::Equals(b), Value::Bool(v)) => b == v,
        // A place the country data cannot place (an address without a country name) is not held
        // against the agreement; a named third country, adequate or not, is.
        (Test::WithinEuEea, Value::Texts(places)) => places.iter().all(|p| within(p)),
        (Test::WithinEuEea, Value::Parties(ps)) => ps.iter().all(|p| p.location.as_deref().is_some_and(within)),
        _ => false,
    }
}

fn check(playbook: &Checked, rule: &CheckedRule, analysis: &Analysis) -> Option<Finding> {
    let result = analysis.categories.get(&rule.category)?;
    let def = taxonomy::category(rule.category);
    let m = messages();
    let (category_da, category_en) = (def.da.to_lowercase(), def.en.to_lowercase());
    let mut evidence: Vec<Evidence> = Vec::new();
    // The category's clauses, where the attribute itself cites no words.
    let category_evidence = || -> Vec<Evidence> {
        result
            .clauses
            .iter()
            .filter_map(|id| analysis.clauses.iter().find(|c| &c.id == id))
            .take(5)
            .map(|c| Evidence { clause: c.id.clone(), span: c.span })
            .collect()
    };
    let (severity, key, fallback_met): (Severity, &str, Option<&Test>) = match (&rule.test, &rule.attribute) {
        (Test::Required, _) => {
            if result.present {
                return None;
            }
            (rule.severity, "required", None)
        }
        (test, Some(attr)) => {
            let value = result.attributes.get(attr).unwrap_or(&Value::Null);
            if value.is_null() {
                if rule.unstated_ok {
                    return None;
                }
                evidence = category_evidence();
                (rule.severity, "unstated", None)
            } else {
                if passes(test, value) {
                    return None;
                }
                evidence = result.evidence.get(attr).cloned().unwrap_or_else(category_evidence);
                match &rule.fallback {
                    Some((f, sev)) if passes(f, value) => (*sev, "deviation", Some(f)),
                    _ => (rule.severity, "deviation", None),
                }
            }
        }
        (_, None) => return None,
    };
    let value = rule.attribute.as_ref().and_then(|a| result.attributes.get(a)).cloned().unwrap_or(Value::Null);
    let text = |t: &Texts, category: &str, note: Option<&str>| -> String {
        let template = match key {
            "required" => &t.required,
            "unstated" => &t.unstated,
            _ => &t.deviation,
        };
        let mut s = fill(
            template,
            &[
                ("category", category),
                ("attribute", rule.attribute.as_deref().unwrap_or("")),
                ("value", &show(&value, t)),
                ("want", &want(&rule.test, t)),
                ("playbook", &playbook.name),
            ],
        );
        if let Some(f) = fallback_met {
            s.push_str(&fill(&t.fallback, &[("fallback", &want(f, t))]));
        }
        if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
            s.push_str(&fill(&t.note, &[("note", n)]));
        }
        s
    };
    let note = rule.note.as_ref();
    let message = Message {
        da: text(&m.da, &category_da, note.map(|n| if n.da.is_empty() { n.en.as_str() } else { n.da.as_str() })),
        en: text(&m.en, &category_en, note.map(|n| if n.en.is_empty() { n.da.as_str() } else { n.en.as_str() })),
    };
    let id = match &rule.attribute {
        Some(a) => format!("playbook:{}.{a}", rule.category.as_str()),
        None => format!("playbook:{}", rule.category.as_str()),
    };
    let mut clauses: Vec<String> = Vec::new();
    for e in &evidence {
        if !clauses.contains(&e.clause) {
            clauses.push(e.clause.clone());
        }
    }
    Some(Finding { id, severity, clauses, message, evidence, anchor: format!("Playbook: {}", playbook.name), source: FindingSource::Playbook })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_messages_are_the_file() {
        let file: super::Messages = toml::from_str(include_str!("../../data/playbook.toml")).expect("data/playbook.toml parses");
        assert_eq!(super::messages(), &file);
        assert!(!file.da.deviation.is_empty() && !file.en.deviation.is_empty());
    }
}
