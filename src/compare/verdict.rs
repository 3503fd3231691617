//! Verdicts per attribute (taxonomy.md §4): which side protects the controller more.
//!
//! The order of every attribute is data (`data/taxonomy.toml`, read by [`crate::taxonomy`]); this
//! module is the one function that reads it.

use std::cmp::Ordering;

use crate::taxonomy::{AttributeDef, AttributeKind, NullRule, Order};
use crate::{Party, Value, Verdict};

/// The verdict on one attribute: `a` is A's value, `b` is B's.
///
/// Equal values are `same` (lists as sets, strings case-insensitive); an unstated value (`null`,
/// or a boolean left out) compares as the table's `null` rule says; values without an order, or
/// that the table marks incomparable, are `differs`.
pub fn verdict(def: &AttributeDef, a: &Value, b: &Value) -> Verdict {
    let a = effective(def, a);
    let b = effective(def, b);
    if same_value(def, &a, &b) {
        return Verdict::Same;
    }
    if def.order == Order::None {
        return Verdict::Differs;
    }
    match (a.is_null(), b.is_null()) {
        (true, true) => return Verdict::Same,
        (false, true) => return null_verdict(def, Verdict::AStricter),
        (true, false) => return null_verdict(def, Verdict::BStricter),
        (false, false) => {}
    }
    // Ordering::Less means A is stricter.
    let order = match def.order {
        Order::Fewer => a.as_number().zip(b.as_number()).map(|(x, y)| x.cmp(&y)),
        Order::More => a.as_number().zip(b.as_number()).map(|(x, y)| y.cmp(&x)),
        Order::True => bools(&a, &b).map(|(x, y)| y.cmp(&x)),
        Order::False => bools(&a, &b).map(|(x, y)| x.cmp(&y)),
        Order::Rank => rank(def, &a).zip(rank(def, &b)).map(|(x, y)| x.cmp(&y)),
        Order::None => None,
    };
    match order {
        Some(Ordering::Less) => Verdict::AStricter,
        Some(Ordering::Greater) => Verdict::BStricter,
        Some(Ordering::Equal) => Verdict::Same,
        None => Verdict::Differs,
    }
}

/// A boolean the document does not state is `false` (taxonomy.md §2), whatever form the
/// "not stated" took.
fn effective(def: &AttributeDef, v: &Value) -> Value {
    match (def.kind, v) {
        (AttributeKind::Bool, Value::Null) => Value::Bool(false),
        _ => v.clone(),
    }
}

fn null_verdict(def: &AttributeDef, stated_side: Verdict) -> Verdict {
    match def.null {
        NullRule::LeastStrict => stated_side,
        NullRule::Differs => Verdict::Differs,
    }
}

fn bools(a: &Value, b: &Value) -> Option<(bool, bool)> {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Some((*x, *y)),
        _ => None,
    }
}

/// Position in the rank, strictest first; `None` for values outside the rank or incomparable.
fn rank(def: &AttributeDef, v: &Value) -> Option<usize> {
    let s = v.as_text()?;
    if def.incomparable.iter().any(|x| x.eq_ignore_ascii_case(s)) {
        return None;
    }
    def.rank.iter().position(|r| r.eq_ignore_ascii_case(s))
}

/// Equality as taxonomy.md §4 defines it: lists as sets, case-insensitive.
fn same_value(def: &AttributeDef, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::Text(x), Value::Text(y)) => fold(x) == fold(y),
        (Value::Texts(x), Value::Texts(y)) => text_set(x) == text_set(y),
        (Value::Parties(x), Value::Parties(y)) => party_set(x) == party_set(y),
        // A list that names nothing says what an unstated list says; a sub-processor list is the
        // exception: an empty list is a statement ("none"), no list at all is silence.
        (Value::Null, Value::Texts(x)) | (Value::Texts(x), Value::Null) => x.is_empty() && def.kind != AttributeKind::Parties,
        // `[]` reads back as an empty text list whatever it held.
        (Value::Texts(x), Value::Parties(y)) | (Value::Parties(y), Value::Texts(x)) => x.is_empty() && y.is_empty(),
        _ => false,
    }
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn text_set(items: &[String]) -> Vec<String> {
    let mut v: Vec<String> = items.iter().map(|s| fold(s)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn party_set(items: &[Party]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> =
        items.iter().map(|p| (fold(&p.name), p.location.as_deref().map(fold).unwrap_or_default())).collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy;
    use crate::Category;

    fn def(category: Category, name: &str) -> &'static AttributeDef {
        taxonomy::category(category)
            .attributes
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("{category}.{name} is not in the taxonomy"))
    }

    fn v(json: &str) -> Value {
        serde_json::from_str(json).expect("test value is valid JSON")
    }

    /// `check("breach_notification.deadline_hours", "24", "72", AStricter)`: values as JSON.
    #[track_caller]
    fn check(attr: &str, a: &str, b: &str, expected: Verdict) {
        let (cat, name) = attr.split_once('.').expect("category.attribute");
        let cat = Category::from_id(cat).expect("known category");
        let d = def(cat, name);
        assert_eq!(verdict(d, &v(a), &v(b)), expected, "{attr}: {a} vs {b}");
        // The table is symmetric: swapping the sides swaps the verdict.
        let mirrored = match expected {
            Verdict::AStricter => Verdict::BStricter,
            Verdict::BStricter => Verdict::AStricter,
            other => other,
        };
        assert_eq!(verdict(d, &v(b), &v(a)), mirrored, "{attr}: {b} vs {a} (mirrored)");
    }

    use Verdict::{AStricter, BStricter, Differs, Same};

    #[test]
    fn breach_deadline_hours_fewer_is_stricter_null_least_strict() {
        check("breach_notification.deadline_hours", "24", "72", AStricter);
        check("breach_notification.deadline_hours", "48", "24", BStricter);
        check("breach_notification.deadline_hours", "24", "24", Same);
        check("breach_notification.deadline_hours", "72", "null", AStricter);
        check("breach_notification.deadline_hours", "null", "null", Same);
    }

    #[test]
    fn breach_without_undue_delay_true_is_stricter() {
        check("breach_notification.without_undue_delay", "true", "false", AStricter);
        check("breach_notification.without_undue_delay", "true", "true", Same);
        check("breach_notification.without_undue_delay", "false", "false", Same);
        check("breach_notification.without_undue_delay", "null", "true", BStricter);
    }

    #[test]
    fn sub_processor_authorisation_specific_over_general_both_differs() {
        check("sub_processors.authorisation", r#""specific""#, r#""general""#, AStricter);
        check("sub_processors.authorisation", r#""both""#, r#""general""#, Differs);
        check("sub_processors.authorisation", r#""both""#, r#""specific""#, Differs);
        check("sub_processors.authorisation", r#""both""#, r#""both""#, Same);
        check("sub_processors.authorisation", r#""General""#, r#""general""#, Same);
        check("sub_processors.authorisation", r#""specific""#, "null", Differs);
    }

    #[test]
    fn sub_processor_notice_days_more_is_stricter_null_least_strict() {
        check("sub_processors.notice_days", "30", "14", AStricter);
        check("sub_processors.notice_days", "14", "30", BStricter);
        check("sub_processors.notice_days", "null", "14", BStricter);
        check("sub_processors.notice_days", "30", "30", Same);
    }

    #[test]
    fn sub_processor_objection_right_free_restricted_none_null_differs() {
        check("sub_processors.objection_right", r#""free""#, r#""restricted""#, AStricter);
        check("sub_processors.objection_right", r#""restricted""#, r#""none""#, AStricter);
        check("sub_processors.objection_right", r#""none""#, r#""free""#, BStricter);
        check("sub_processors.objection_right", r#""free""#, "null", Differs);
    }

    #[test]
    fn sub_processor_flow_down_true_is_stricter() {
        check("sub_processors.flow_down", "true", "false", AStricter);
        check("sub_processors.flow_down", "false", "true", BStricter);
    }

    #[test]
    fn transfer_stance_prohibited_instruction_listed_general_null_least_strict() {
        check("transfers.stance", r#""prohibited""#, r#""general_authorisation""#, AStricter);
        check("transfers.stance", r#""instruction_only""#, r#""prohibited""#, BStricter);
        check("transfers.stance", r#""instruction_only""#, r#""listed""#, AStricter);
        check("transfers.stance", r#""listed""#, r#""general_authorisation""#, AStricter);
        check("transfers.stance", "null", r#""general_authorisation""#, BStricter);
    }

    #[test]
    fn deletion_trigger_end_of_service_over_on_request_null_least_strict() {
        check("deletion_return.trigger", r#""end_of_service""#, r#""on_request""#, AStricter);
        check("deletion_return.trigger", r#""on_request""#, "null", AStricter);
    }

    #[test]
    fn deletion_confirmation_true_is_stricter() {
        check("deletion_return.confirmation", "true", "false", AStricter);
        check("deletion_return.confirmation", "false", "null", Same);
    }

    #[test]
    fn audit_notice_days_fewer_is_stricter_null_differs() {
        check("audits.notice_days", "14", "30", AStricter);
        check("audits.notice_days", "30", "null", Differs);
    }

    #[test]
    fn audit_cost_bearer_processor_shared_controller_null_differs() {
        check("audits.cost_bearer", r#""processor""#, r#""controller""#, AStricter);
        check("audits.cost_bearer", r#""shared""#, r#""processor""#, BStricter);
        check("audits.cost_bearer", r#""shared""#, r#""controller""#, AStricter);
        check("audits.cost_bearer", "null", r#""controller""#, Differs);
    }

    #[test]
    fn costs_assistance_paid_false_is_stricter() {
        check("costs.assistance_paid", "false", "true", AStricter);
        check("costs.assistance_paid", "null", "true", AStricter);
        check("costs.assistance_paid", "true", "true", Same);
    }

    #[test]
    fn processor_anonymisation_false_is_stricter() {
        check("processor_own_use.anonymisation", "false", "true", AStricter);
        check("processor_own_use.anonymisation", "true", "false", BStricter);
    }

    #[test]
    fn retention_days_fewer_is_stricter_null_differs() {
        check("retention.days", "30", "90", AStricter);
        check("retention.days", "null", "90", Differs);
    }

    #[test]
    fn unordered_attributes_are_same_or_differs() {
        check("sub_processors.listed", r#"[{"name":"Acme ApS","location":"Danmark"}]"#, r#"[{"name":"ACME ApS","location":"danmark"}]"#, Same);
        check("sub_processors.listed", r#"[{"name":"Acme ApS","location":"Danmark"}]"#, r#"[{"name":"Acme ApS","location":"USA"}]"#, Differs);
        check("sub_processors.listed", "[]", "null", Differs);
        check("transfers.mechanism", r#""scc""#, r#""SCC""#, Same);
        check("transfers.mechanism", r#""scc""#, r#""bcr""#, Differs);
        check("transfers.mechanism", r#""scc""#, "null", Differs);
        check("audits.form", r#"["report","inspection"]"#, r#"["Inspection","report","report"]"#, Same);
        check("audits.form", r#"["report"]"#, r#"["report","inspection"]"#, Differs);
        check("processing_location.places", r#"["Danmark","EU"]"#, r#"["eu","danmark"]"#, Same);
        check("processing_location.places", "[]", "null", Same);
        check("scope.data_types", r#"["navn","e-mail"]"#, r#"["navn"]"#, Differs);
        check("scope.data_subjects", r#"["kunder"]"#, r#"["Kunder"]"#, Same);
    }

    #[test]
    fn mismatched_shapes_differ_and_never_panic() {
        check("breach_notification.deadline_hours", r#""24""#, "24", Differs);
        check("transfers.stance", r#""unheard_of""#, r#""prohibited""#, Differs);
        check("sub_processors.flow_down", "3", "true", Differs);
    }

    #[test]
    fn every_ordered_attribute_of_the_table_is_covered_above() {
        // The rows of taxonomy.md §4 with an order, as the tests above name them.
        let tested = [
            "breach_notification.deadline_hours",
            "breach_notification.without_undue_delay",
            "sub_processors.authorisation",
            "sub_processors.notice_days",
            "sub_processors.objection_right",
            "sub_processors.flow_down",
            "transfers.stance",
            "deletion_return.trigger",
            "deletion_return.confirmation",
            "audits.notice_days",
            "audits.cost_bearer",
            "costs.assistance_paid",
            "processor_own_use.anonymisation",
            "retention.days",
        ];
        let mut ordered: Vec<String> = taxonomy::categories()
            .iter()
            .flat_map(|c| c.attributes.iter().filter(|a| a.order != Order::None).map(move |a| format!("{}.{}", c.id, a.name)))
            .collect();
        ordered.sort();
        let mut tested: Vec<String> = tested.iter().map(|s| s.to_string()).collect();
        tested.sort();
        assert_eq!(ordered, tested);
    }
}
