//! Categories and attributes → findings (taxonomy.md §3).
//!
//! Two kinds of rules: attribute rules read what extract normalised (`breach_notification.
//! deadline_hours`, `sub_processors.objection_right` …) and cite the evidence extract recorded
//! for that attribute; text rules scan the clause texts with the lexicons of `data/law/*.toml`
//! (repealed law, invalid transfer tools, template leftovers). The rule table with severities,
//! anchors and explanations is `data/findings.toml`.
//!
//! Judgement calls the spec leaves open:
//! - `sub_processor_objection_restricted` also fires for `objection_right = none` (no right to
//!   object at all is the most restricted form), with its own explanation.
//! - `breach_no_deadline` fires whenever breach notification is covered without an hour limit,
//!   also when not even "without undue delay" is said (own explanation).
//! - `transfer_without_mechanism` counts a mechanism as named when extract found one or a clause
//!   about transfers names one (valid or not: an invalid one is `transfer_invalid_mechanism`);
//!   transfers listed only to countries with an adequacy decision need none.
//! - A reference to repealed law or an invalid tool does not count when a disclaiming word
//!   stands near it in its sentence: before it ("om ophævelse af", "instead of") or after it
//!   ("is no longer", "er ophævet").
//! - When extract left no evidence for an attribute, the category's first clauses are cited; the
//!   same words repeated in another clause of the category are cited too.

mod fold;
mod law;
mod placeholder;
mod rules;
mod text;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::{Category, CategoryResult, Clause, Document, Evidence, Finding, Message, Severity};

pub use law::Region;
pub(crate) use law::Law;

/// `data/findings.toml` as JSON, converted by `build.rs` (faster to parse at start-up).
const FINDINGS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/data_findings.toml.json"));

/// One rule of `data/findings.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct RuleDef {
    /// The finding id (`missing_required` stands for every `missing_required:<category>`).
    pub id: String,
    /// How serious it is.
    pub severity: Severity,
    /// The legal anchor.
    pub anchor: String,
    /// The explanation template in Danish.
    pub da: String,
    /// The explanation template in English.
    pub en: String,
    /// Templates for particular causes: `da_<variant>`, `en_<variant>`.
    #[serde(flatten)]
    pub variants: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct RuleFile {
    finding: Vec<RuleDef>,
}

/// The rule table, in its order.
pub fn rules() -> &'static [RuleDef] {
    static RULES: OnceLock<Vec<RuleDef>> = OnceLock::new();
    RULES.get_or_init(|| serde_json::from_str::<RuleFile>(FINDINGS_JSON).map(|f| f.finding).unwrap_or_default())
}

/// The rule of a finding id (`missing_required:audits` → `missing_required`).
pub fn rule(id: &str) -> Option<&'static RuleDef> {
    let base = id.split(':').next().unwrap_or(id);
    rules().iter().find(|r| r.id == base)
}

/// Where a place lies (EU/EEA, adequate third country, other third country), by the country
/// names of every language's lexicon.
pub fn region(place: &str) -> Region {
    law::Law::get().region(place)
}

/// The findings on one document, most severe first.
pub fn assess(document: &Document, clauses: &[Clause], categories: &BTreeMap<Category, CategoryResult>) -> Vec<Finding> {
    let ctx = rules::Context::new(document, clauses, categories);
    let mut findings = rules::run(&ctx);
    // Stable: equal severities keep the rule table's order.
    findings.sort_by_key(|f| f.severity);
    findings
}

/// What a rule found, before it becomes a [`Finding`].
#[derive(Debug, Default)]
struct Raw {
    clauses: Vec<String>,
    evidence: Vec<Evidence>,
    variant: Option<&'static str>,
    /// Template values; `name@da` / `name@en` override `name` in one language.
    vars: BTreeMap<String, String>,
}

impl Raw {
    fn add(&mut self, evidence: Evidence) {
        if !self.clauses.contains(&evidence.clause) {
            self.clauses.push(evidence.clause.clone());
        }
        if !self.evidence.contains(&evidence) {
            self.evidence.push(evidence);
        }
    }
}

/// At most this many words of the document are quoted in a message.
const QUOTE_CHARS: usize = 160;

fn finding(id: &str, raw: Raw, document: &Document, clauses: &[Clause], anchor: Option<&str>) -> Option<Finding> {
    let rule = rule(id)?;
    let mut vars = raw.vars;
    vars.entry("clause".into()).or_insert_with(|| raw.clauses.join(", "));
    if let Some(first) = raw.evidence.first() {
        vars.entry("quote".into()).or_insert_with(|| {
            let (before, words, after) = context(document, clauses, first);
            format!("{before}{words}{after}")
        });
    }
    let text = |lang: &str, base: &str| -> String {
        let template = raw.variant.and_then(|v| rule.variants.get(&format!("{lang}_{v}"))).map(String::as_str).unwrap_or(base);
        let suffix = format!("@{lang}");
        let mut local: BTreeMap<String, String> = vars.iter().filter(|(k, _)| !k.contains('@')).map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in &vars {
            if let Some(name) = k.strip_suffix(&suffix) {
                local.insert(name.to_string(), v.clone());
            }
        }
        fill(template, &local)
    };
    Some(Finding {
        id: id.to_string(),
        severity: rule.severity,
        clauses: raw.clauses,
        message: Message { da: text("da", &rule.da), en: text("en", &rule.en) },
        evidence: raw.evidence,
        anchor: anchor.map(str::to_string).unwrap_or_else(|| rule.anchor.clone()),
        source: crate::FindingSource::Gdpr,
    })
}

/// The words of one piece of evidence, whitespace-normalised and shortened.
pub fn quote(document: &Document, evidence: &Evidence) -> String {
    let text = document.slice(evidence.span[0], evidence.span[1]);
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= QUOTE_CHARS {
        joined
    } else {
        let cut: String = joined.chars().take(QUOTE_CHARS).collect();
        let cut = cut.rsplit_once(' ').map(|(head, _)| head.to_string()).unwrap_or(cut);
        format!("{cut} …")
    }
}

/// How much of the sentence around a piece of evidence is shown on each side of it.
const CONTEXT_CHARS: usize = 140;

/// The sentence around a piece of evidence, split into the words before it, the evidence's own
/// words, and the words after it; whitespace-normalised, long sides shortened with "…".
/// The sentence never leaves the evidence's clause.
pub fn context(document: &Document, clauses: &[Clause], evidence: &Evidence) -> (String, String, String) {
    let [start, end] = evidence.span;
    let clause = clauses.iter().find(|c| c.id == evidence.clause && c.span[0] <= start && start <= c.span[1]).map(|c| c.span);
    let [lo, hi] = clause.unwrap_or([0, u32::MAX]);
    let from = start.saturating_sub(CONTEXT_CHARS as u32 * 2).max(lo).min(start);
    let window = document.slice(from, end.saturating_add(CONTEXT_CHARS as u32 * 2).min(hi.max(end)));
    let text = text::Folded::new(window);
    let n = text.chars.len();
    let (s, e) = (((start - from) as usize).min(n), ((end.max(start) - from) as usize).min(n));
    let sentence_start = text.sentence(s).0;
    let sentence_end = text.sentence(e.saturating_sub(1).max(s)).1;
    let part = |a: usize, b: usize| -> String { text.chars[a.min(b)..b].iter().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ") };
    let mut before = part(sentence_start, s);
    let words = part(s, e);
    let mut after = part(e, sentence_end.max(e));
    if before.chars().count() > CONTEXT_CHARS {
        let tail: String = before.chars().rev().take(CONTEXT_CHARS).collect::<Vec<_>>().into_iter().rev().collect();
        let tail = tail.split_once(' ').map(|(_, rest)| rest.to_string()).unwrap_or(tail);
        before = format!("… {tail}");
    }
    if after.chars().count() > CONTEXT_CHARS {
        let head: String = after.chars().take(CONTEXT_CHARS).collect();
        let head = head.rsplit_once(' ').map(|(h, _)| h.to_string()).unwrap_or(head);
        after = format!("{head} …");
    }
    // Keep the space between the parts that the text had.
    let spaced = |a: &str, b: &str, gap: bool| if gap && !a.is_empty() && !b.is_empty() { " " } else { "" }.to_string();
    let gap_before = s > 0 && text.chars.get(s - 1).is_some_and(|c| c.is_whitespace());
    let gap_after = text.chars.get(e).is_some_and(|c| c.is_whitespace());
    let before = format!("{before}{}", spaced(&before, &words, gap_before));
    let after = format!("{}{after}", spaced(&words, &after, gap_after));
    (before, words, after)
}

/// Replaces `{name}` with its value; unknown names stay as written.
fn fill(template: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if vars.contains_key(&after[..close]) => {
                out.push_str(&vars[&after[..close]]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_table_covers_the_spec_once_each() {
        let ids: Vec<&str> = rules().iter().map(|r| r.id.as_str()).collect();
        let spec = [
            "missing_required",
            "transfer_general_authorisation",
            "transfer_without_mechanism",
            "transfer_invalid_mechanism",
            "processor_anonymisation_reuse",
            "assistance_paid",
            "breach_no_deadline",
            "breach_deadline_over_72h",
            "deletion_on_request_only",
            "sub_processor_objection_restricted",
            "sub_processor_no_flow_down",
            "sub_processor_list_missing",
            "sub_processor_list_incomplete",
            "audit_restricted",
            "conflicting_options",
            "outdated_law_reference",
            "template_placeholder",
        ];
        assert_eq!(ids.len(), spec.len());
        for id in spec {
            assert!(ids.contains(&id), "{id} missing from data/findings.toml");
        }
        let severities: Vec<Severity> = rules().iter().map(|r| r.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort();
        assert_eq!(severities, sorted, "data/findings.toml lists rules most severe first");
        for r in rules() {
            assert!(!r.da.is_empty() && !r.en.is_empty() && !r.anchor.is_empty(), "{}", r.id);
            for key in r.variants.keys() {
                assert!(key.starts_with("da_") || key.starts_with("en_"), "{}: {key}", r.id);
            }
        }
    }

    #[test]
    fn templates_fill_known_names_only() {
        let vars: BTreeMap<String, String> = [("clause".to_string(), "7.3".to_string())].into_iter().collect();
        assert_eq!(fill("Punkt {clause} {ukendt} {", &vars), "Punkt 7.3 {ukendt} {");
    }
}
