//! The category matrix: one row per taxonomy category, A and B side by side with presence, key
//! attributes and the verdict badge; conflicts marked. A cell opens the clause viewer.

use std::rc::Rc;

use klausul::{Analysis, Category, CategoryComparison, Presence, Verdict};
use yew::prelude::*;

use crate::components::badge::VerdictBadge;
use crate::components::format::{attribute_name, category_name, clause_list, value_text};
use crate::components::icon::{Icon, IconKind};
use crate::engine::{ComparisonResult, DocResult};
use crate::i18n::{use_i18n, I18n};
use crate::state::{ClauseRef, Side};

/// How many attributes a cell shows.
const KEY_ATTRIBUTES: usize = 4;
/// How many clause ids a cell names before "+N" (broad categories span dozens of clauses).
const CELL_CLAUSES: usize = 3;

/// Props of [`Matrix`].
#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The comparison, when there are two.
    pub comparison: Option<Rc<ComparisonResult>>,
    /// Open a clause.
    pub on_select: Callback<ClauseRef>,
}

/// One verdict for the whole category, from its attributes' verdicts.
pub fn category_verdict(c: &CategoryComparison) -> Verdict {
    let (mut a, mut b, mut differs) = (false, false, false);
    for attr in c.attributes.values() {
        match attr.verdict {
            Verdict::AStricter => a = true,
            Verdict::BStricter => b = true,
            Verdict::Differs => differs = true,
            Verdict::Same => {}
        }
    }
    match (a, b, differs) {
        (true, false, false) => Verdict::AStricter,
        (false, true, false) => Verdict::BStricter,
        (false, false, false) => Verdict::Same,
        _ => Verdict::Differs,
    }
}

/// A mark on a cell whose category breaks a rule of the playbook in use.
fn playbook_mark(i18n: &I18n, category: Category, analysis: &Analysis) -> Html {
    let prefix = format!("playbook:{}", category.as_str());
    let broken: Vec<&klausul::Finding> = analysis
        .findings
        .iter()
        .filter(|f| f.id == prefix || f.id.strip_prefix(&prefix).is_some_and(|rest| rest.starts_with('.')))
        .collect();
    match broken.iter().map(|f| f.severity).min() {
        Some(sev) => html! {
            <span class={classes!("pb-mark", format!("sev-{}", sev.as_str()))} data-testid="playbook-mark"
                title={broken.iter().map(|f| i18n.pick(&f.message.da, &f.message.en).to_string()).collect::<Vec<_>>().join("\n")}>
                { i18n.t("playbook.cell") }
            </span>
        },
        None => html! {},
    }
}

fn cell(i18n: &I18n, side: Side, category: Category, analysis: &Analysis, on_select: &Callback<ClauseRef>) -> Html {
    let label = format!("{} — {}", side.letter(), analysis.document.name);
    let mark = playbook_mark(i18n, category, analysis);
    let Some(result) = analysis.categories.get(&category) else { return html! { <td class="cell-absent" data-label={label}>{ "—" }{ mark }</td> } };
    if !result.present {
        return html! {
            <td class="cell-absent" data-label={label}><span class="presence absent"><Icon kind={IconKind::Cross} />{ i18n.t("matrix.absent") }</span>{ mark }</td>
        };
    }
    let attrs: Vec<Html> = result
        .attributes
        .iter()
        .filter_map(|(name, value)| value_text(i18n, name, value).map(|v| (name, v)))
        .take(KEY_ATTRIBUTES)
        .map(|(name, v)| html! { <li><span class="attr-name">{ attribute_name(i18n, name) }</span>{ ": " }<span class="attr-value">{ v }</span></li> })
        .collect();
    let first = result.clauses.first().cloned();
    let cues: Vec<[u32; 2]> = analysis
        .clauses
        .iter()
        .filter(|c| Some(&c.id) == first.as_ref())
        .flat_map(|c| c.cues.iter().filter(|q| q.category == category).map(|q| q.span))
        .collect();
    let clauses = result.clauses.join(", ");
    let shown = clause_list(&result.clauses, CELL_CLAUSES);
    let open = first.map(|id| {
        let on_select = on_select.clone();
        Callback::from(move |_| on_select.emit(ClauseRef { side, id: id.clone(), highlights: cues.clone() }))
    });
    html! {
        <td class="cell-present" data-label={label}>
            <span class="presence present"><Icon kind={IconKind::Check} />{ i18n.t("matrix.present") }</span>
            if let Some(open) = open {
                <button type="button" class="btn-link clause-link" onclick={open} title={clauses.clone()}
                    aria-label={i18n.f("matrix.open", &[("side", side.letter()), ("clauses", &clauses)])}>
                    <span class="no-print">{ shown }</span>
                    <span class="print-full">{ clause_list(&result.clauses, usize::MAX) }</span>
                </button>
            }
            if !attrs.is_empty() { <ul class="attrs">{ for attrs }</ul> }
            { mark }
        </td>
    }
}

/// The matrix.
#[function_component(Matrix)]
pub fn matrix(props: &MatrixProps) -> Html {
    let i18n = use_i18n();
    let sides: Vec<(Side, &Analysis)> =
        Side::BOTH.iter().filter_map(|s| props.docs[s.index()].as_ref().map(|d| (*s, &d.analysis))).collect();
    let comparison = props.comparison.as_ref().map(|c| &c.comparison);
    let rows = klausul::taxonomy::categories().iter().map(|def| {
        let cat = def.id;
        let cmp = comparison.and_then(|c| c.categories.get(&cat));
        let presence = cmp.map(|c| c.presence).unwrap_or_else(|| {
            let has = |s: Side| sides.iter().any(|(x, a)| *x == s && a.categories.get(&cat).is_some_and(|r| r.present));
            match (has(Side::A), has(Side::B)) {
                (true, true) => Presence::Both,
                (true, false) => Presence::OnlyA,
                (false, true) => Presence::OnlyB,
                (false, false) => Presence::Neither,
            }
        });
        let conflict = cmp.is_some_and(|c| c.conflict);
        html! {
            <tr class={classes!(conflict.then_some("row-conflict"))} data-category={cat.as_str()}>
                <th scope="row">
                    { category_name(&i18n, cat) }
                    if def.required { <span class="required-tag" title={i18n.t("matrix.required_title")}>{ i18n.t("matrix.required") }</span> }
                </th>
                { for sides.iter().map(|(s, a)| cell(&i18n, *s, cat, a, &props.on_select)) }
                if comparison.is_some() {
                    <td data-label={i18n.t("matrix.verdict")}><VerdictBadge {presence} verdict={cmp.map(category_verdict)} {conflict} /></td>
                }
            </tr>
        }
    });
    html! {
        <div class="table-wrap" role="region" aria-label={i18n.t("matrix.title")} tabindex="0">
            <table class="matrix">
                <caption class="visually-hidden">{ i18n.t("matrix.caption") }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("matrix.category") }</th>
                    { for sides.iter().map(|(s, a)| html! { <th scope="col">{ format!("{} — {}", s.letter(), a.document.name) }</th> }) }
                    if comparison.is_some() { <th scope="col">{ i18n.t("matrix.verdict") }</th> }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
