//! The results area: the summary, the export bar, and the tabs (matrix, findings, redline,
//! search), with the clause viewer beside them. One document alone gives a single review.

use klausul::PairKind;
use yew::prelude::*;

use crate::components::clause_viewer::ClauseViewer;
use crate::components::export::Export;
use crate::components::findings::Findings;
use crate::components::format::step_text;
use crate::components::matrix::Matrix;
use crate::components::redline::Redline;
use crate::components::search::Search;
use crate::components::summary::Summary;
use crate::i18n::use_i18n;
use crate::protocol::WordKind;
use crate::state::{Action, ClauseRef, Compare, Side, State, Tab};

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The page state.
    pub state: UseReducerHandle<State>,
    /// Any change.
    pub on_action: Callback<Action>,
    /// Write a Word file (which, and the author's name).
    pub on_word: Callback<(WordKind, String)>,
}

/// The results area.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    let docs = Side::BOTH.map(|s| state.result(s).cloned());
    if docs.iter().all(Option::is_none) {
        return html! {};
    }
    let both_loaded = Side::BOTH.iter().all(|s| state.slot(*s).is_some());
    let comparison = state.comparison().cloned();
    if both_loaded && comparison.is_none() {
        let message = match &state.compare {
            Compare::Failed { error, .. } => {
                html! { <div class="doc-error" role="alert">{ i18n.pick(&error.da, &error.en).to_string() }</div> }
            }
            Compare::Running { stage, .. } => {
                let stage = stage.as_ref().map(|s| step_text(&i18n, s)).unwrap_or_else(|| i18n.t("stage.loading"));
                html! { <div class="doc-progress" role="status"><progress aria-label={i18n.t("doc.working")}></progress><span>{ stage }</span></div> }
            }
            Compare::None | Compare::Done { .. } => html! {},
        };
        // Until the second document is read, or when it failed: the first alone is still reviewed below.
        if docs.iter().all(Option::is_some) || matches!(state.compare, Compare::Running { .. }) {
            return html! { <section class="results" aria-busy="true">{ message }</section> };
        }
    }
    let on_select = props.on_action.reform(|c: ClauseRef| Action::Select(Some(c)));
    let tab_btn = |tab: Tab, key: &str| {
        let onclick = props.on_action.reform(move |_| Action::SetTab(tab));
        let id = format!("tab-{}", key.trim_start_matches("tabs."));
        html! {
            <button type="button" {id} class="tab" aria-pressed={(state.tab == tab).to_string()} {onclick}>{ i18n.t(key) }</button>
        }
    };
    // Two languages: no clause-by-clause redline, the comparison is by category (the summary says so).
    let redline_shown = comparison.is_some() && crate::components::summary::different_languages(&docs).is_none();
    let tab = if !redline_shown && state.tab == Tab::Redline { Tab::Matrix } else { state.tab };
    // Matrix, findings and redline are all rendered, the inactive ones hidden, so that printing
    // (the button or the browser's own Print) gives the whole report, not just the open tab.
    // The redline of two different agreements is pages of deletions and insertions: it is
    // printed only for two versions, or when it is the tab on show.
    let versions = comparison.as_ref().is_some_and(|c| c.comparison.kind == PairKind::Versions);
    let section = |this: Tab, title: &str, body: Html| {
        let printed = this != Tab::Redline || versions || tab == Tab::Redline;
        html! {
            <div class={classes!("panel", (!printed).then_some("no-print"))} data-panel={title.to_string()} hidden={tab != this}>
                <h3 class="print-only panel-title">{ i18n.t(title) }</h3>
                { body }
            </div>
        }
    };
    let matrix = section(
        Tab::Matrix,
        "tabs.matrix",
        html! { <Matrix docs={docs.clone()} comparison={comparison.clone()} on_select={on_select.clone()} /> },
    );
    let findings = section(
        Tab::Findings,
        "tabs.findings",
        html! {
            <Findings docs={docs.clone()} severities={state.severities.clone()} marks={state.marks.clone()}
                on_action={props.on_action.clone()} on_select={on_select.clone()} />
        },
    );
    let redline = comparison.as_ref().filter(|_| redline_shown).map(|c| {
        section(
            Tab::Redline,
            "tabs.redline",
            html! {
                <Redline comparison={c.clone()} mode={state.redline_mode} show_unchanged={state.show_unchanged}
                    on_action={props.on_action.clone()} on_select={on_select.clone()} />
            },
        )
    });
    let search = (tab == Tab::Search).then(|| {
        html! {
            <div class="panel no-print">
                <Search docs={docs.clone()} query={state.query.clone()} on_action={props.on_action.clone()} on_select={on_select.clone()} />
            </div>
        }
    });
    let title = if comparison.is_some() { i18n.t("results.title") } else { i18n.t("results.single_title") };
    html! {
        <section class="results" aria-labelledby="results-title" id="results">
            <div class="results-head">
                <h2 id="results-title">{ title }</h2>
                <Export docs={docs.clone()} comparison={comparison.clone()} marks={state.marks.clone()} on_word={props.on_word.clone()} />
            </div>
            <Summary docs={docs.clone()} comparison={comparison.clone()} duration={state.last_duration} />
            <nav class="tabs no-print" aria-label={i18n.t("tabs.label")}>
                { tab_btn(Tab::Matrix, "tabs.matrix") }
                { tab_btn(Tab::Findings, "tabs.findings") }
                if redline_shown { { tab_btn(Tab::Redline, "tabs.redline") } }
                { tab_btn(Tab::Search, "tabs.search") }
            </nav>
            <div class={classes!("results-body", state.selected.is_some().then_some("with-viewer"))}>
                <div class="panels" id="results-panel">{ matrix }{ findings }{ for redline }{ for search }</div>
                if let Some(sel) = state.selected.clone() {
                    <ClauseViewer docs={docs.clone()} selected={sel} on_close={props.on_action.reform(|_| Action::Select(None))} />
                }
            </div>
        </section>
    }
}
