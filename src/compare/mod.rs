//! Two analyses → a comparison: verdicts per attribute, conflicts, findings diff, and the clause
//! alignment with a word-level redline.
//!
//! Both halves are always computed; [`PairKind`] says whether the pair looks like two versions
//! of one agreement (most text aligns) or two agreements.

pub mod align;
pub mod redline;
pub mod verdict;

use std::collections::BTreeMap;

use crate::{
    taxonomy, Analysis, AttributeComparison, Category, CategoryComparison, CategoryResult, Comparison, Engine, Finding, FindingsDiff,
    PairKind, Presence, Verdict, COMPARISON_SCHEMA,
};

/// A's and B's languages when both are known and they differ: the clauses cannot be compared
/// word by word, so the comparison is by category and the reports and the app leave the
/// clause-by-clause redline out, saying why.
pub fn different_languages(a: &Analysis, b: &Analysis) -> Option<(crate::Lang, crate::Lang)> {
    let (la, lb) = (a.document.language?, b.document.language?);
    (la != lb).then_some((la, lb))
}

/// Compares A with B.
pub fn compare(a: &Analysis, b: &Analysis) -> Comparison {
    let (sa, sb) = (prepare(a), prepare(b));
    compare_prepared(a.clone(), &sa, b.clone(), &sb)
}

/// The part of a comparison that needs one document only (its clauses' alignment features). The
/// command line makes it on the thread that read the document, beside the other document's.
pub fn prepare(analysis: &Analysis) -> align::Side {
    align::Side::new(&analysis.clauses)
}

/// [`compare`] with each side [`prepare`]d ahead (`sa` from `a`, `sb` from `b`); the comparison
/// keeps the two analyses it is given.
pub fn compare_prepared(a: Analysis, sa: &align::Side, b: Analysis, sb: &align::Side) -> Comparison {
    let (of_a, of_b) = (align::Candidates::of_a(sa, sb), align::Candidates::of_b(sa, sb));
    compare_measured(a, sa, b, sb, of_a, of_b)
}

/// [`compare_prepared`] with both sides' alignment [`align::Candidates`] made ahead from `sa` and
/// `sb` (the command line makes one on each of its threads).
pub fn compare_measured(a: Analysis, sa: &align::Side, b: Analysis, sb: &align::Side, of_a: align::Candidates, of_b: align::Candidates) -> Comparison {
    let alignment = align::align_measured(&a.clauses, sa, &b.clauses, sb, of_a, of_b);
    let kind = if align::looks_like_versions(&alignment, &a.clauses, &b.clauses) { PairKind::Versions } else { PairKind::Agreements };
    let categories = Category::ALL.into_iter().map(|c| (c, category(c, a.categories.get(&c), b.categories.get(&c)))).collect();
    let findings = findings(&a.findings, &b.findings);
    Comparison { schema: COMPARISON_SCHEMA.to_string(), engine: Engine::current(), kind, a, b, categories, alignment, findings }
}

/// One category side by side. A side without the category counts with the defaults.
pub fn category(id: Category, a: Option<&CategoryResult>, b: Option<&CategoryResult>) -> CategoryComparison {
    let present = |r: Option<&CategoryResult>| r.is_some_and(|r| r.present);
    let presence = match (present(a), present(b)) {
        (true, true) => Presence::Both,
        (true, false) => Presence::OnlyA,
        (false, true) => Presence::OnlyB,
        (false, false) => Presence::Neither,
    };
    let defs = &taxonomy::category(id).attributes;
    let mut attributes = BTreeMap::new();
    for def in defs {
        let value = |r: Option<&CategoryResult>| r.and_then(|r| r.attributes.get(&def.name)).cloned().unwrap_or_else(|| def.default_value());
        let (va, vb) = (value(a), value(b));
        let verdict = verdict::verdict(def, &va, &vb);
        attributes.insert(def.name.clone(), AttributeComparison { a: va, b: vb, verdict });
    }
    // Attributes outside the taxonomy have no order: same or differs.
    let extra = [a, b].into_iter().flatten().flat_map(|r| r.attributes.keys()).filter(|k| defs.iter().all(|d| &d.name != *k));
    for name in extra.cloned().collect::<Vec<_>>() {
        let value = |r: Option<&CategoryResult>| r.and_then(|r| r.attributes.get(&name)).cloned().unwrap_or(crate::Value::Null);
        let (va, vb) = (value(a), value(b));
        let verdict = if va == vb { Verdict::Same } else { Verdict::Differs };
        attributes.insert(name, AttributeComparison { a: va, b: vb, verdict });
    }
    let conflict = attributes.values().any(|c| matches!(c.verdict, Verdict::AStricter | Verdict::BStricter));
    let clauses = |r: Option<&CategoryResult>| r.map(|r| r.clauses.clone()).unwrap_or_default();
    CategoryComparison { presence, conflict, a_clauses: clauses(a), b_clauses: clauses(b), attributes }
}

/// Finding ids by side, each list in its document's order without repeats.
pub fn findings(a: &[Finding], b: &[Finding]) -> FindingsDiff {
    let ids = |f: &[Finding]| {
        let mut seen = std::collections::BTreeSet::new();
        f.iter().map(|x| x.id.clone()).filter(|id| seen.insert(id.clone())).collect::<Vec<_>>()
    };
    let (ia, ib) = (ids(a), ids(b));
    FindingsDiff {
        a_only: ia.iter().filter(|id| !ib.contains(id)).cloned().collect(),
        b_only: ib.iter().filter(|id| !ia.contains(id)).cloned().collect(),
        both: ia.iter().filter(|id| ib.contains(id)).cloned().collect(),
    }
}
