//! The results area: progress of the comparison, then the summary and the tabs.

use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::state::{Action, Compare, State};

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The page state.
    pub state: UseReducerHandle<State>,
    /// Any change.
    pub on_action: Callback<Action>,
}

/// The results area.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    if let Compare::Running { stage, .. } = &state.compare {
        let stage = stage.map(|s| i18n.t(s.key())).unwrap_or_else(|| i18n.t("stage.loading"));
        return html! {
            <section class="results" aria-busy="true">
                <div class="doc-progress" role="status"><progress aria-label={i18n.t("doc.working")}></progress><span>{ stage }</span></div>
            </section>
        };
    }
    let Some(result) = state.comparison() else { return html! {} };
    let c = &result.comparison;
    html! {
        <section class="results" aria-labelledby="results-title" id="results">
            <h2 id="results-title">{ i18n.t("results.title") }</h2>
            <p class="results-meta">{ format!("{} ↔ {} · {} ms", c.a.document.name, c.b.document.name, result.millis.round()) }</p>
        </section>
    }
}
