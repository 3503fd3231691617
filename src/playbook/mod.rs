//! Playbooks: an organisation's own positions (`klausul.playbook/1`, docs/playbook.md) checked
//! against an analysis. A rule names one taxonomy category and either requires it or tests one of
//! its attributes (`max`, `min`, `allowed`, `includes`, `equals`, `within`), with an optional
//! weaker `fallback`; each deviation becomes a finding `playbook:<category>.<attribute>` (or
//! `playbook:<category>`) marked [`FindingSource::Playbook`](crate::FindingSource).
//!
//! [`Playbook::parse`] refuses anything it does not understand — a wrong schema, an unknown
//! category, attribute, enum value or test, a test that does not fit the attribute's kind — with
//! an error naming the rule (its index and category), never silently ignoring it.

mod eval;
mod presets;

use serde::{Deserialize, Serialize};

use crate::taxonomy::{self, AttributeDef, AttributeKind};
use crate::{Category, Severity};

pub use eval::apply;
pub use presets::{preset, PRESETS};

/// The schema id every playbook carries.
pub const PLAYBOOK_SCHEMA: &str = "klausul.playbook/1";

/// A playbook as written (JSON). [`Playbook::parse`] validates it into a [`Checked`] one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    /// Always [`PLAYBOOK_SCHEMA`].
    pub schema: String,
    /// Shown in reports beside its findings.
    pub name: String,
    /// The positions.
    pub rules: Vec<Rule>,
}

/// One position: a category, and either `required` or one attribute with one test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// A taxonomy category id.
    pub category: String,
    /// An attribute of that category (taxonomy.md §2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// `true`: the agreement must have a clause of this category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Numbers: at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Numbers: at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Enums (and enum lists): only these values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
    /// Lists: must contain these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<Vec<String>>,
    /// Booleans: must be this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<bool>,
    /// Places: every one within this region (`eu_eea`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// What an unstated value means: `deviation` (default) or `ok`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unstated: Option<String>,
    /// How serious a deviation is.
    pub severity: Severity,
    /// A second, weaker test with its own severity (standard position vs acceptable fallback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<Fallback>,
    /// The organisation's own explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
}

/// The test fields of a rule or fallback; exactly one is set.
#[derive(Debug, Clone, Default, PartialEq)]
struct TestSpec {
    /// Numbers: at most this.
    max: Option<f64>,
    /// Numbers: at least this.
    min: Option<f64>,
    /// Enums (and enum lists): only these values.
    allowed: Option<Vec<String>>,
    /// Lists: must contain these.
    includes: Option<Vec<String>>,
    /// Booleans: must be this.
    equals: Option<bool>,
    /// Places: every one within this region (`eu_eea`).
    within: Option<String>,
}

macro_rules! spec_of {
    ($x:expr) => {
        TestSpec { max: $x.max, min: $x.min, allowed: $x.allowed.clone(), includes: $x.includes.clone(), equals: $x.equals, within: $x.within.clone() }
    };
}

/// A fallback position: a test of the same kind as the rule's, with its own severity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fallback {
    /// Numbers: at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Numbers: at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Enums (and enum lists): only these values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
    /// Lists: must contain these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<Vec<String>>,
    /// Booleans: must be this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<bool>,
    /// Places: every one within this region (`eu_eea`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// The severity of a value that meets only the fallback.
    pub severity: Severity,
}

/// The organisation's note, in Danish and English.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Danish.
    #[serde(default)]
    pub da: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

/// A validated test.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// The category must be present.
    Required,
    /// A number at most this.
    Max(f64),
    /// A number at least this.
    Min(f64),
    /// An enum value (or every value of an enum list) among these.
    Allowed(Vec<String>),
    /// A list containing all of these.
    Includes(Vec<String>),
    /// A boolean equal to this.
    Equals(bool),
    /// Every place within the EU/EEA.
    WithinEuEea,
}

/// A validated rule.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedRule {
    /// Its index in the playbook (from 0).
    pub index: usize,
    /// The category.
    pub category: Category,
    /// The attribute, unless the rule is `required`.
    pub attribute: Option<String>,
    /// The test.
    pub test: Test,
    /// An unstated value is acceptable.
    pub unstated_ok: bool,
    /// The severity of a deviation.
    pub severity: Severity,
    /// The fallback test and its severity.
    pub fallback: Option<(Test, Severity)>,
    /// The organisation's note.
    pub note: Option<Note>,
}

/// A validated playbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The playbook's name.
    pub name: String,
    /// Its rules, in order.
    pub rules: Vec<CheckedRule>,
}

/// Why a playbook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", rule.as_ref().map(|(i, c)| format!("rule {} ({c}): ", i + 1)).unwrap_or_default())]
pub struct PlaybookError {
    /// The rule (1-based in the message, 0-based here) and its category as written.
    pub rule: Option<(usize, String)>,
    /// What is wrong.
    pub message: String,
}

impl PlaybookError {
    fn whole(message: impl Into<String>) -> Self {
        PlaybookError { rule: None, message: message.into() }
    }
}

impl Playbook {
    /// Reads and validates a playbook from JSON.
    pub fn parse(json: &str) -> Result<Checked, PlaybookError> {
        let raw: serde_json::Value = serde_json::from_str(json).map_err(|e| PlaybookError::whole(format!("not valid JSON: {e}")))?;
        // Name the rule in errors about its fields, which serde alone would not.
        if let Some(rules) = raw.get("rules").and_then(|r| r.as_array()) {
            for (i, r) in rules.iter().enumerate() {
                let category = r.get("category").and_then(|c| c.as_str()).unwrap_or("?").to_string();
                serde_json::from_value::<Rule>(r.clone()).map_err(|e| PlaybookError { rule: Some((i, category)), message: e.to_string() })?;
            }
        }
        let playbook: Playbook = serde_json::from_value(raw).map_err(|e| PlaybookError::whole(e.to_string()))?;
        playbook.check()
    }

    /// Validates the playbook against the taxonomy.
    pub fn check(&self) -> Result<Checked, PlaybookError> {
        if self.schema != PLAYBOOK_SCHEMA {
            return Err(PlaybookError::whole(format!("schema is {:?}; a playbook says \"schema\": \"{PLAYBOOK_SCHEMA}\"", self.schema)));
        }
        let rules = self.rules.iter().enumerate().map(|(i, r)| check_rule(i, r)).collect::<Result<Vec<_>, _>>()?;
        Ok(Checked { name: self.name.clone(), rules })
    }
}

fn check_rule(index: usize, rule: &Rule) -> Result<CheckedRule, PlaybookError> {
    let err = |message: String| PlaybookError { rule: Some((index, rule.category.clone())), message };
    let category = Category::from_id(&rule.category).filter(|c| *c != Category::Unclassified).ok_or_else(|| {
        let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        err(format!("unknown category {:?}; known: {}", rule.category, known.join(", ")))
    })?;
    let unstated_ok = match rule.unstated.as_deref() {
        None | Some("deviation") => false,
        Some("ok") => true,
        Some(other) => return Err(err(format!("unstated is {other:?}; it is \"deviation\" or \"ok\""))),
    };
    let def = taxonomy::category(category);
    match (&rule.attribute, rule.required) {
        (None, Some(true)) => {
            if !spec_of!(rule).is_empty() || rule.fallback.is_some() {
                return Err(err("a required rule has no test and no fallback".into()));
            }
            Ok(CheckedRule { index, category, attribute: None, test: Test::Required, unstated_ok, severity: rule.severity, fallback: None, note: rule.note.clone() })
        }
        (None, _) => Err(err("a rule names an attribute with a test, or says \"required\": true".into())),
        (Some(_), Some(_)) => Err(err("a rule is either \"required\" or tests an attribute, not both".into())),
        (Some(name), None) => {
            let attr = def.attributes.iter().find(|a| &a.name == name).ok_or_else(|| {
                let known: Vec<&str> = def.attributes.iter().map(|a| a.name.as_str()).collect();
                let known = if known.is_empty() { "none; use \"required\": true".to_string() } else { known.join(", ") };
                err(format!("unknown attribute {name:?}; {} has: {known}", category.as_str()))
            })?;
            let test = check_test(&spec_of!(rule), attr).map_err(err)?;
            let fallback = match &rule.fallback {
                None => None,
                Some(f) => {
                    let t = check_test(&spec_of!(f), attr).map_err(|m| err(format!("fallback: {m}")))?;
                    if std::mem::discriminant(&t) != std::mem::discriminant(&test) {
                        return Err(err("fallback: its test must be of the same kind as the rule's".into()));
                    }
                    Some((t, f.severity))
                }
            };
            Ok(CheckedRule { index, category, attribute: Some(name.clone()), test, unstated_ok, severity: rule.severity, fallback, note: rule.note.clone() })
        }
    }
}

impl TestSpec {
    fn set(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.max.is_some() {
            v.push("max");
        }
        if self.min.is_some() {
            v.push("min");
        }
        if self.allowed.is_some() {
            v.push("allowed");
        }
        if self.includes.is_some() {
            v.push("includes");
        }
        if self.equals.is_some() {
            v.push("equals");
        }
        if self.within.is_some() {
            v.push("within");
        }
        v
    }

    fn is_empty(&self) -> bool {
        self.set().is_empty()
    }
}

fn check_test(spec: &TestSpec, attr: &AttributeDef) -> Result<Test, String> {
    let set = spec.set();
    let kind = attr.kind;
    let list = matches!(kind, AttributeKind::Texts | AttributeKind::Parties);
    let name = &attr.name;
    match set.as_slice() {
        [] => Err(format!("no test for {name}: give one of max, min, allowed, includes, equals, within")),
        [_, _, ..] => Err(format!("one test per rule, not {}", set.join(" and "))),
        ["max"] | ["min"] => {
            if kind != AttributeKind::Number {
                return Err(format!("{} needs a number attribute; {name} is not one", set[0]));
            }
            Ok(spec.max.map(Test::Max).or(spec.min.map(Test::Min)).expect("one of them is set"))
        }
        ["allowed"] | ["includes"] => {
            let values = spec.allowed.clone().or_else(|| spec.includes.clone()).unwrap_or_default();
            let enum_list = kind == AttributeKind::Texts && !attr.values.is_empty();
            let ok_kind = if set[0] == "allowed" { kind == AttributeKind::Enum || enum_list } else { enum_list };
            if !ok_kind {
                return Err(format!("{} needs an enum{} attribute; {name} is not one", set[0], if set[0] == "includes" { " list" } else { " or enum list" }));
            }
            if let Some(bad) = values.iter().find(|v| !attr.values.contains(v)) {
                return Err(format!("{bad:?} is not a value of {name}; its values: {}", attr.values.join(", ")));
            }
            Ok(if set[0] == "allowed" { Test::Allowed(values) } else { Test::Includes(values) })
        }
        ["equals"] => {
            if kind != AttributeKind::Bool {
                return Err(format!("equals needs a yes/no attribute; {name} is not one"));
            }
            Ok(Test::Equals(spec.equals.unwrap_or_default()))
        }
        ["within"] => {
            if spec.within.as_deref() != Some("eu_eea") {
                return Err(format!("within is {:?}; the one region known is \"eu_eea\"", spec.within.as_deref().unwrap_or("")));
            }
            if !list || !attr.values.is_empty() {
                return Err(format!("within needs a list of places; {name} is not one"));
            }
            Ok(Test::WithinEuEea)
        }
        [other] => Err(format!("unknown test {other}")),
    }
}
