//! The redline: the clause alignment with word-level insertions and deletions, inline or side by
//! side; unchanged and merely renumbered clauses collapsed; next/previous change.

use std::rc::Rc;

use klausul::{AlignStatus, AlignmentRow, DiffOp};
use yew::prelude::*;

use crate::components::format::side_clause_label;
use crate::components::icon::{Icon, IconKind};
use crate::dom;
use crate::engine::ComparisonResult;
use crate::i18n::use_i18n;
use crate::state::{Action, ClauseRef, RedlineMode, Side};

/// Props of [`Redline`].
#[derive(Properties, PartialEq)]
pub struct RedlineProps {
    /// The comparison.
    pub comparison: Rc<ComparisonResult>,
    /// Layout.
    pub mode: RedlineMode,
    /// Show unchanged rows.
    pub show_unchanged: bool,
    /// Any change.
    pub on_action: Callback<Action>,
    /// Open a clause.
    pub on_select: Callback<ClauseRef>,
}

/// A row that needs the reader's eyes (not identical text).
pub fn is_change(row: &AlignmentRow) -> bool {
    let identical_renumbered = row.status == AlignStatus::Renumbered && row.similarity >= 0.999;
    !(row.status == AlignStatus::Unchanged || identical_renumbered)
}

fn status_key(s: AlignStatus) -> &'static str {
    match s {
        AlignStatus::Unchanged => "redline.unchanged",
        AlignStatus::Renumbered => "redline.renumbered",
        AlignStatus::Changed => "redline.changed",
        AlignStatus::Moved => "redline.moved",
        AlignStatus::Added => "redline.added",
        AlignStatus::Removed => "redline.removed",
        AlignStatus::Split => "redline.split",
        AlignStatus::Merged => "redline.merged",
    }
}

fn status_class(s: AlignStatus) -> &'static str {
    match s {
        AlignStatus::Unchanged => "st-unchanged",
        AlignStatus::Renumbered => "st-renumbered",
        AlignStatus::Changed => "st-changed",
        AlignStatus::Moved => "st-moved",
        AlignStatus::Added => "st-added",
        AlignStatus::Removed => "st-removed",
        AlignStatus::Split => "st-split",
        AlignStatus::Merged => "st-merged",
    }
}

/// The redline.
#[function_component(Redline)]
pub fn redline(props: &RedlineProps) -> Html {
    let i18n = use_i18n();
    let current = use_state(|| None::<usize>);
    let c = &props.comparison.comparison;
    let text_of = |side: Side, id: &Option<String>| -> String {
        let analysis = if side == Side::A { &c.a } else { &c.b };
        id.as_ref().and_then(|id| analysis.clauses.iter().find(|cl| &cl.id == id)).map(|cl| cl.text.clone()).unwrap_or_default()
    };
    let changes: Vec<usize> = c.alignment.iter().enumerate().filter(|(_, r)| is_change(r)).map(|(i, _)| i).collect();
    let go = |delta: i32| {
        let current = current.clone();
        let changes = changes.clone();
        Callback::from(move |_| {
            if changes.is_empty() {
                return;
            }
            let pos = current.and_then(|cur| changes.iter().position(|&i| i == cur));
            let next = match (pos, delta > 0) {
                (None, true) => 0,
                (None, false) => changes.len() - 1,
                (Some(p), true) => (p + 1) % changes.len(),
                (Some(p), false) => (p + changes.len() - 1) % changes.len(),
            };
            let row = changes[next];
            current.set(Some(row));
            dom::focus_id(&format!("row-{row}"));
        })
    };
    let mode_btn = |mode: RedlineMode, key: &str| {
        let onclick = props.on_action.reform(move |_| Action::SetRedlineMode(mode));
        html! { <button type="button" class="btn btn-small" aria-pressed={(props.mode == mode).to_string()} {onclick}>{ i18n.t(key) }</button> }
    };
    let toggle_unchanged = {
        let show = props.show_unchanged;
        props.on_action.reform(move |_| Action::SetShowUnchanged(!show))
    };
    let mut hidden_run = 0usize;
    let mut rows: Vec<Html> = Vec::new();
    let flush_hidden = |rows: &mut Vec<Html>, n: &mut usize| {
        if *n > 0 {
            rows.push(html! { <li class="rl-collapsed">{ i18n.f("redline.collapsed", &[("n", &n.to_string())]) }</li> });
            *n = 0;
        }
    };
    for (i, row) in c.alignment.iter().enumerate() {
        let change = is_change(row);
        // Unchanged rows fold away; renumbered ones stay visible, collapsed to one line.
        if row.status == AlignStatus::Unchanged && !props.show_unchanged {
            hidden_run += 1;
            continue;
        }
        flush_hidden(&mut rows, &mut hidden_run);
        let ids = match (&row.a, &row.b) {
            (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
            (Some(a), _) => a.clone(),
            (None, Some(b)) => b.clone(),
            (None, None) => String::new(),
        };
        let open = |side: Side, id: &Option<String>| {
            id.clone().map(|id| {
                let on_select = props.on_select.clone();
                let label = side_clause_label(side.letter(), &id);
                let onclick = Callback::from(move |_| on_select.emit(ClauseRef { side, id: id.clone(), highlights: Vec::new() }));
                html! { <button type="button" class="btn-link clause-link" {onclick}>{ label }</button> }
            })
        };
        let chunks: Vec<(DiffOp, String)> = if row.diff.is_empty() {
            match row.status {
                AlignStatus::Added => vec![(DiffOp::Insert, text_of(Side::B, &row.b))],
                AlignStatus::Removed => vec![(DiffOp::Delete, text_of(Side::A, &row.a))],
                _ => vec![(DiffOp::Equal, text_of(Side::B, &row.b))],
            }
        } else {
            row.diff.iter().map(|d| (d.op, d.text.clone())).collect()
        };
        let render = |keep: &dyn Fn(DiffOp) -> bool| -> Html {
            html! { for chunks.iter().filter(|(op, _)| keep(*op)).map(|(op, t)| match op {
                DiffOp::Insert => html! { <ins>{ t.clone() }</ins> },
                DiffOp::Delete => html! { <del>{ t.clone() }</del> },
                DiffOp::Equal => html! { <span>{ t.clone() }</span> },
            }) }
        };
        let identical = !change;
        let body = if identical && row.status == AlignStatus::Renumbered {
            html! { <p class="rl-note">{ i18n.t("redline.same_text") }</p> }
        } else if props.mode == RedlineMode::Inline {
            html! { <p class="rl-text">{ render(&|_| true) }</p> }
        } else {
            html! {
                <div class="rl-sides">
                    <p class="rl-text rl-a"><span class="visually-hidden">{ format!("{}: ", i18n.t("redline.side_a")) }</span>{ render(&|op| op != DiffOp::Insert) }</p>
                    <p class="rl-text rl-b"><span class="visually-hidden">{ format!("{}: ", i18n.t("redline.side_b")) }</span>{ render(&|op| op != DiffOp::Delete) }</p>
                </div>
            }
        };
        rows.push(html! {
            <li id={format!("row-{i}")} tabindex="-1" class={classes!("rl-row", status_class(row.status), (*current == Some(i)).then_some("current"))}
                data-status={status_key(row.status).trim_start_matches("redline.")}>
                <div class="rl-head">
                    <span class={classes!("badge", "st-badge", status_class(row.status))}>{ i18n.t(status_key(row.status)) }</span>
                    <span class="rl-ids">{ ids }</span>
                    if row.status != AlignStatus::Added && row.status != AlignStatus::Removed {
                        <span class="rl-sim">{ format!("{:.0} %", row.similarity * 100.0) }</span>
                    }
                    <span class="rl-open">{ open(Side::A, &row.a) }{ open(Side::B, &row.b) }</span>
                </div>
                { body }
            </li>
        });
    }
    flush_hidden(&mut rows, &mut hidden_run);
    html! {
        <div class="redline">
            <div class="redline-bar no-print">
                <div role="group" aria-label={i18n.t("redline.layout")}>
                    { mode_btn(RedlineMode::Inline, "redline.inline") }
                    { mode_btn(RedlineMode::SideBySide, "redline.side_by_side") }
                </div>
                <label class="check"><input type="checkbox" checked={props.show_unchanged} onchange={toggle_unchanged} />{ i18n.t("redline.show_unchanged") }</label>
                <div role="group" aria-label={i18n.t("redline.navigate")} class="rl-nav">
                    <button type="button" class="btn btn-small" onclick={go(-1)} disabled={changes.is_empty()}><Icon kind={IconKind::Up} />{ i18n.t("redline.prev") }</button>
                    <button type="button" class="btn btn-small" onclick={go(1)} disabled={changes.is_empty()}><Icon kind={IconKind::Down} />{ i18n.t("redline.next") }</button>
                    <span class="count">{ i18n.f("redline.changes", &[("n", &changes.len().to_string())]) }</span>
                </div>
            </div>
            if c.alignment.is_empty() {
                <p class="empty">{ i18n.t("redline.none") }</p>
            } else {
                <ol class="rl-rows">{ for rows }</ol>
            }
        </div>
    }
}
