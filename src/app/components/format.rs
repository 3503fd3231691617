//! Turning engine values into words in the UI language.

use klausul::{Category, Value};

use crate::i18n::I18n;

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
