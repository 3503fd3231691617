//! Search within both documents' clauses (case-insensitive), hits marked in context.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::format::{highlight_runs, side_clause_label};
use crate::engine::DocResult;
use crate::i18n::use_i18n;
use crate::state::{Action, ClauseRef, Side};

/// At most this many hits are listed.
const MAX_HITS: usize = 200;

/// Props of [`Search`].
#[derive(Properties, PartialEq)]
pub struct SearchProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The query.
    pub query: String,
    /// Any change.
    pub on_action: Callback<Action>,
    /// Open a clause.
    pub on_select: Callback<ClauseRef>,
}

/// Char offsets of every case-insensitive occurrence of `needle` in `hay`.
pub fn find_all(hay: &str, needle: &str) -> Vec<[u32; 2]> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    // Lower-casing can change the char count (rare); positions stay in the original's chars.
    let hay: Vec<char> = hay.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == needle[..] {
            out.push([i as u32, (i + needle.len()) as u32]);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// The search tab.
#[function_component(Search)]
pub fn search(props: &SearchProps) -> Html {
    let i18n = use_i18n();
    let input_ref = use_node_ref();
    {
        // Uncontrolled field: a re-render must never write an older query over fast typing.
        let input_ref = input_ref.clone();
        let query = props.query.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                input.set_value(&query);
            }
        });
    }
    let on_input = props.on_action.reform(|e: InputEvent| {
        Action::SetQuery(e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default())
    });
    let q = props.query.trim().to_string();
    let mut hits: Vec<Html> = Vec::new();
    let mut total = 0usize;
    if q.chars().count() >= 2 {
        for side in Side::BOTH {
            let Some(doc) = &props.docs[side.index()] else { continue };
            for clause in &doc.analysis.clauses {
                let found = find_all(&clause.text, &q);
                if found.is_empty() {
                    continue;
                }
                total += found.len();
                if hits.len() >= MAX_HITS {
                    continue;
                }
                let spans: Vec<[u32; 2]> = found.iter().map(|[s, e]| [s + clause.span[0], e + clause.span[0]]).collect();
                let runs = highlight_runs(&clause.text, clause.span[0], &spans);
                let on_select = props.on_select.clone();
                let id = clause.id.clone();
                let spans2 = spans.clone();
                let onclick = Callback::from(move |_| on_select.emit(ClauseRef { side, id: id.clone(), highlights: spans2.clone() }));
                hits.push(html! {
                    <li class="hit">
                        <button type="button" class="btn-link clause-link" {onclick}>{ side_clause_label(side.letter(), &clause.id) }</button>
                        <span class="hit-count">{ format!("× {}", found.len()) }</span>
                        <p class="hit-text">{ for runs.into_iter().map(|(t, m)| if m { html! { <mark>{ t }</mark> } } else { html! { t } }) }</p>
                    </li>
                });
            }
        }
    }
    html! {
        <div class="search">
            <label for="search-input" class="search-label">{ i18n.t("search.label") }</label>
            <input id="search-input" type="search" ref={input_ref} oninput={on_input} placeholder={i18n.t("search.placeholder")} autocomplete="off" />
            <p class="count" aria-live="polite">{
                if q.chars().count() < 2 { i18n.t("search.hint") } else { i18n.f("search.count", &[("n", &total.to_string())]) }
            }</p>
            <ul class="hits">{ for hits }</ul>
        </div>
    }
}
