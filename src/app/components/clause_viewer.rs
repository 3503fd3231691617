//! The clause viewer: one clause with its categories and the evidence or cue phrases marked.

use std::rc::Rc;

use yew::prelude::*;

use wasm_bindgen::JsCast;

use crate::components::format::{category_name, clause_label, highlight_runs};
use crate::components::icon::{Icon, IconKind};
use crate::engine::DocResult;
use crate::i18n::use_i18n;
use crate::state::ClauseRef;

/// Props of [`ClauseViewer`].
#[derive(Properties, PartialEq)]
pub struct ClauseViewerProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The clause on show.
    pub selected: ClauseRef,
    /// Close the viewer.
    pub on_close: Callback<()>,
}

/// The clause viewer.
#[function_component(ClauseViewer)]
pub fn clause_viewer(props: &ClauseViewerProps) -> Html {
    let i18n = use_i18n();
    let sel = &props.selected;
    let panel = use_node_ref();
    // Closing the viewer gives the focus back to what opened it (a matrix cell, a finding).
    use_effect_with((), |_| {
        let opener = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        move || {
            if let Some(el) = opener.filter(|e| e.is_connected()) {
                let _ = el.focus();
            }
        }
    });
    {
        let panel = panel.clone();
        use_effect_with(sel.clone(), move |_| {
            if let Some(el) = panel.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }
    let analysis = props.docs[sel.side.index()].as_ref().map(|d| &d.analysis);
    let clause = analysis.and_then(|a| a.clauses.iter().find(|c| c.id == sel.id));
    let on_close = props.on_close.reform(|_| ());
    let on_key = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let body = match clause {
        None => html! { <p>{ i18n.t("viewer.missing") }</p> },
        Some(c) => {
            let runs = highlight_runs(&c.text, c.span[0], &sel.highlights);
            html! {
                <>
                    if let Some(h) = &c.heading { <p class="viewer-heading">{ h.clone() }</p> }
                    <p class="viewer-cats">
                        { for c.categories.iter().map(|cat| html! { <span class="badge cat-badge">{ category_name(&i18n, *cat) }</span> }) }
                    </p>
                    <p class="viewer-text">
                        { for runs.into_iter().map(|(t, m)| if m { html! { <mark>{ t }</mark> } } else { html! { t } }) }
                    </p>
                    if !sel.highlights.is_empty() { <p class="viewer-legend"><mark>{ i18n.t("viewer.marked") }</mark></p> }
                </>
            }
        }
    };
    html! {
        <section class="clause-viewer card" aria-labelledby="viewer-title" tabindex="-1" ref={panel} onkeydown={on_key} id="clause-viewer">
            <header class="viewer-head">
                <h3 id="viewer-title">
                    <span class="side-letter" aria-hidden="true">{ sel.side.letter() }</span>
                    <span class="visually-hidden">{ format!("{} ", sel.side.letter()) }</span>
                    { i18n.f("viewer.title", &[("clause", &clause_label(&sel.id))]) }
                </h3>
                <button type="button" class="btn btn-icon btn-small" onclick={on_close} aria-label={i18n.t("viewer.close")}>
                    <Icon kind={IconKind::Cross} />
                </button>
            </header>
            { body }
        </section>
    }
}
