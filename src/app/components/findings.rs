//! The findings of both documents, most severe first, with a severity filter, the explanation in
//! the UI language, the GDPR anchor, links to the clauses, and the reviewer's marks.

use std::collections::BTreeMap;
use std::rc::Rc;

use klausul::{Finding, Severity};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::badge::SeverityBadge;
use crate::components::format::side_clause_label;
use crate::components::icon::{Icon, IconKind};
use crate::engine::DocResult;
use crate::i18n::use_i18n;
use crate::state::{finding_key, Action, ClauseRef, Mark, MarkStatus, Side};

/// Props of [`Findings`].
#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// Severities switched on (empty = all).
    pub severities: Vec<Severity>,
    /// The reviewer's marks.
    pub marks: BTreeMap<String, Mark>,
    /// Any change (filter, marks).
    pub on_action: Callback<Action>,
    /// Open a clause.
    pub on_select: Callback<ClauseRef>,
}

/// Props of [`FindingItem`].
#[derive(Properties, PartialEq)]
pub struct FindingItemProps {
    /// Whose finding.
    pub side: Side,
    /// The finding.
    pub finding: Finding,
    /// Its mark.
    pub mark: Option<Mark>,
    /// Any change.
    pub on_action: Callback<Action>,
    /// Open a clause.
    pub on_select: Callback<ClauseRef>,
}

/// One finding.
#[function_component(FindingItem)]
pub fn finding_item(props: &FindingItemProps) -> Html {
    let i18n = use_i18n();
    let f = &props.finding;
    let side = props.side;
    let key = finding_key(side, f);
    let note_ref = use_node_ref();
    let set = |status: MarkStatus| {
        let on_action = props.on_action.clone();
        let key = key.clone();
        let mark = props.mark.clone();
        let note_ref = note_ref.clone();
        Callback::from(move |_| {
            let note = note_ref.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let same = mark.as_ref().is_some_and(|m| m.status == status);
            let mark = (!same).then(|| Mark { status, note: note.clone() });
            on_action.emit(Action::SetMark { finding: key.clone(), mark });
        })
    };
    let on_note = {
        let on_action = props.on_action.clone();
        let key = key.clone();
        let mark = props.mark.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            // A note alone is no decision; the accept/dismiss buttons pick it up from the field.
            let Some(status) = mark.as_ref().map(|m| m.status) else { return };
            on_action.emit(Action::SetMark { finding: key.clone(), mark: Some(Mark { status, note: input.value() }) });
        })
    };
    let clause_buttons = f.clauses.iter().map(|id| {
        let highlights: Vec<[u32; 2]> = f.evidence.iter().filter(|e| &e.clause == id).map(|e| e.span).collect();
        let on_select = props.on_select.clone();
        let id2 = id.clone();
        html! {
            <button type="button" class="btn-link clause-link"
                onclick={Callback::from(move |_| on_select.emit(ClauseRef { side, id: id2.clone(), highlights: highlights.clone() }))}>
                { side_clause_label(side.letter(), id) }
            </button>
        }
    });
    let status = props.mark.as_ref().map(|m| m.status);
    let note_id = format!("note-{}", key.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    html! {
        <li class={classes!("finding", format!("sev-{}", f.severity.as_str()), status.map(|s| match s { MarkStatus::Accepted => "marked-accepted", MarkStatus::Dismissed => "marked-dismissed" }))}
            data-finding={f.id.clone()} data-side={side.as_str()}>
            <div class="finding-head">
                <SeverityBadge severity={f.severity} />
                <span class="badge side-badge">{ side.letter() }</span>
                <code class="finding-id">{ f.id.clone() }</code>
                if !f.anchor.is_empty() { <span class="anchor">{ f.anchor.clone() }</span> }
            </div>
            <p class="finding-message">{ i18n.pick(&f.message.da, &f.message.en).to_string() }</p>
            <div class="finding-foot">
                <span class="clause-links">{ for clause_buttons }</span>
                <span class="mark-controls no-print" role="group" aria-label={i18n.t("marks.label")}>
                    <button type="button" class="btn btn-small" aria-pressed={(status == Some(MarkStatus::Accepted)).to_string()}
                        onclick={set(MarkStatus::Accepted)}><Icon kind={IconKind::Check} />{ i18n.t("marks.accept") }</button>
                    <button type="button" class="btn btn-small" aria-pressed={(status == Some(MarkStatus::Dismissed)).to_string()}
                        onclick={set(MarkStatus::Dismissed)}><Icon kind={IconKind::Cross} />{ i18n.t("marks.dismiss") }</button>
                    <label class="visually-hidden" for={note_id.clone()}>{ i18n.t("marks.note") }</label>
                    <input type="text" id={note_id} class="mark-note" ref={note_ref} placeholder={i18n.t("marks.note")}
                        value={props.mark.as_ref().map(|m| m.note.clone()).unwrap_or_default()} onchange={on_note} maxlength="300" />
                </span>
                if let Some(m) = props.mark.as_ref() {
                    <span class="print-only">{ format!("{}{}", i18n.t(match m.status { MarkStatus::Accepted => "marks.accepted", MarkStatus::Dismissed => "marks.dismissed" }), if m.note.is_empty() { String::new() } else { format!(": {}", m.note) }) }</span>
                }
            </div>
        </li>
    }
}

/// The findings list.
#[function_component(Findings)]
pub fn findings(props: &FindingsProps) -> Html {
    let i18n = use_i18n();
    let all: Vec<(Side, &Finding)> = Side::BOTH
        .iter()
        .filter_map(|s| props.docs[s.index()].as_ref().map(|d| (*s, d)))
        // The EU reference's template options and blanks are the published text, not findings.
        .filter(|(_, d)| !crate::state::is_reference(&d.analysis.document.name))
        .flat_map(|(s, d)| d.analysis.findings.iter().map(move |f| (s, f)))
        .collect();
    let mut shown: Vec<(Side, &Finding)> =
        all.iter().copied().filter(|(_, f)| props.severities.is_empty() || props.severities.contains(&f.severity)).collect();
    shown.sort_by_key(|(s, f)| (f.severity, *s));
    let filter = [Severity::High, Severity::Medium, Severity::Low, Severity::Info].map(|sev| {
        let n = all.iter().filter(|(_, f)| f.severity == sev).count();
        let on = props.severities.contains(&sev);
        let onclick = props.on_action.reform(move |_| Action::ToggleSeverity(sev));
        html! {
            <button type="button" class={classes!("btn", "btn-small", "filter-btn", format!("sev-{}", sev.as_str()))}
                aria-pressed={on.to_string()} {onclick}>
                { i18n.t(&format!("severity.{}", sev.as_str())) }{ format!(" ({n})") }
            </button>
        }
    });
    html! {
        <div class="findings">
            <div class="filter-bar no-print" role="group" aria-label={i18n.t("findings.filter")}>
                <span class="filter-label">{ i18n.t("findings.filter") }</span>
                { for filter }
            </div>
            if all.is_empty() {
                <p class="empty">{ i18n.t("findings.none") }</p>
            } else {
                <p class="count" aria-live="polite">{ i18n.f("findings.count", &[("n", &shown.len().to_string()), ("total", &all.len().to_string())]) }</p>
                <ul class="finding-list">
                    { for shown.iter().map(|(s, f)| html! {
                        <FindingItem key={finding_key(*s, f)} side={*s} finding={(*f).clone()}
                            mark={props.marks.get(&finding_key(*s, f)).cloned()}
                            on_action={props.on_action.clone()} on_select={props.on_select.clone()} />
                    }) }
                </ul>
            }
        </div>
    }
}
