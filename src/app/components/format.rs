//! Turning engine values into words in the UI language.

use klausul::{Category, Value};

use crate::i18n::I18n;
use crate::protocol::Step;

/// A clause's id as a reader cites it: `§ 7.3` for a numbered section, the id as it stands
/// for annexes and lettered clauses (`Bilag 6 1.1`, `C.6`, `Annex II 3`).
pub fn clause_label(id: &str) -> String {
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("§ {id}")
    } else {
        id.to_string()
    }
}

/// Side and clause: `A § 7.3`, `B Bilag 6 1.1`.
pub fn side_clause_label(side: &str, id: &str) -> String {
    format!("{side} {}", clause_label(id))
}

/// At most `max` clause labels, then how many more: `§ 7.1, § 7.2, § 9.1 +4`.
pub fn clause_list(ids: &[String], max: usize) -> String {
    let mut out: Vec<String> = ids.iter().take(max).map(|id| clause_label(id)).collect();
    if ids.len() > max {
        out.push(format!("+{}", ids.len() - max));
    }
    out.join(", ")
}

/// Where a job is, in words: "Extracting text — page 3 of 20…".
pub fn step_text(i18n: &I18n, step: &Step) -> String {
    match step.pages {
        Some([done, pages]) => i18n.f("stage.page", &[("done", &done.to_string()), ("pages", &pages.to_string())]),
        None => i18n.t(step.stage.key()),
    }
}

/// An ingest warning in the UI language (the engine writes them in English).
pub fn warning_text(i18n: &I18n, warning: &str) -> String {
    let key = if warning == klausul::ingest::NOT_A_DPA {
        "warning.not_a_dpa"
    } else if warning.starts_with("the language could not be recognised") {
        "warning.no_language"
    } else {
        return warning.to_string();
    };
    i18n.t(key)
}

/// A category's name in the UI language.
pub fn category_name(i18n: &I18n, category: Category) -> String {
    if category == Category::Unclassified {
        return i18n.t("category.unclassified");
    }
    let def = klausul::taxonomy::category(category);
    i18n.pick(&def.da, &def.en).to_string()
}

/// An attribute's name in the UI language (`attr.<name>`, else the id in words).
pub fn attribute_name(i18n: &I18n, name: &str) -> String {
    let key = format!("attr.{name}");
    let t = i18n.t(&key);
    if t == key {
        name.replace('_', " ")
    } else {
        t
    }
}

/// A value in words; `None` for "not stated" (null, false, empty).
pub fn value_text(i18n: &I18n, attribute: &str, value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(false) => None,
        Value::Bool(true) => Some(i18n.t("value.yes")),
        Value::Number(n) => {
            let unit = if attribute.ends_with("hours") {
                i18n.t("unit.hours")
            } else if attribute.ends_with("days") || attribute == "days" {
                i18n.t("unit.days")
            } else {
                String::new()
            };
            Some(format!("{n} {unit}").trim_end().to_string())
        }
        Value::Text(s) => Some(enum_text(i18n, s)),
        Value::Texts(v) if v.is_empty() => None,
        Value::Texts(v) => Some(v.iter().map(|s| enum_text(i18n, s)).collect::<Vec<_>>().join(", ")),
        Value::Parties(p) if p.is_empty() => Some(i18n.t("value.empty_list")),
        Value::Parties(p) => Some(
            p.iter()
                .map(|party| match &party.location {
                    Some(l) => format!("{} ({l})", party.name),
                    None => party.name.clone(),
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}

fn enum_text(i18n: &I18n, s: &str) -> String {
    let key = format!("value.{s}");
    let t = i18n.t(&key);
    if t == key {
        s.replace('_', " ")
    } else {
        t
    }
}

/// Splits `text` (a clause, starting at char `start` of the document) into runs, marking the
/// parts inside any of `spans` (document chars). Returns (text, highlighted) runs.
pub fn highlight_runs(text: &str, start: u32, spans: &[[u32; 2]]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mut marked = vec![false; len];
    for [s, e] in spans {
        let from = s.saturating_sub(start) as usize;
        let to = (e.saturating_sub(start) as usize).min(len);
        if *e <= start || from >= len {
            continue;
        }
        for m in &mut marked[from..to] {
            *m = true;
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((s, mm)) if *mm == m => s.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}
