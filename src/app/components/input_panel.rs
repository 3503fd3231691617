//! The input area: the two drop zones, the bundled examples, swap and clear.

use yew::prelude::*;

use crate::app::{OnFile, EXAMPLE_PAIR, EXAMPLE_VERSIONS};
use crate::components::drop_zone::DropZone;
use crate::components::icon::{Icon, IconKind};
use crate::i18n::use_i18n;
use crate::state::{Action, Side, State};

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// The page state.
    pub state: UseReducerHandle<State>,
    /// A file was chosen, dropped or pasted.
    pub on_file: OnFile,
    /// Load a bundled pair.
    pub on_example: Callback<[&'static str; 2]>,
    /// The reader is about to give us work: start the engine.
    pub on_warm_up: Callback<()>,
    /// Any other change.
    pub on_action: Callback<Action>,
    /// The organisation's standard DPA deployed beside the app, by file name.
    pub standard: Option<String>,
    /// Load the deployed standard into A.
    pub on_standard: Callback<()>,
    /// Load the EU standard clauses into A.
    pub on_reference: Callback<()>,
}

/// The input area.
#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    let example = |urls: [&'static str; 2]| {
        let on_example = props.on_example.clone();
        Callback::from(move |_| on_example.emit(urls))
    };
    let warm = props.on_warm_up.reform(|_: PointerEvent| ());
    let warm_focus = props.on_warm_up.reform(|_: FocusEvent| ());
    let any = state.slots.iter().any(Option::is_some);
    let on_swap = props.on_action.reform(|_| Action::Swap);
    let on_clear_all = props.on_action.reform(|_| Action::ClearAll);
    let on_clear = props.on_action.reform(Action::Clear);
    html! {
        <section class="input-panel" aria-labelledby="input-title">
            <div class="input-intro">
                <h2 id="input-title">{ i18n.t("input.title") }</h2>
                <p>{ i18n.t("input.intro") }</p>
                <div class="example-buttons">
                    <button type="button" class="btn btn-primary" id="example-pair"
                        onclick={example(EXAMPLE_PAIR)} onpointerenter={warm.clone()} onfocus={warm_focus.clone()}>
                        { i18n.t("input.example_pair") }
                    </button>
                    <button type="button" class="btn" id="example-versions"
                        onclick={example(EXAMPLE_VERSIONS)} onpointerenter={warm.clone()} onfocus={warm_focus.clone()}>
                        { i18n.t("input.example_versions") }
                    </button>
                    if let Some(name) = props.standard.clone() {
                        <button type="button" class="btn" id="load-standard" onclick={props.on_standard.reform(|_| ())}
                            onpointerenter={warm.clone()} onfocus={warm_focus.clone()}>
                            { i18n.f("input.standard", &[("name", &name)]) }
                        </button>
                    }
                    <button type="button" class="btn" id="load-reference" onclick={props.on_reference.reform(|_| ())}
                        onpointerenter={warm} onfocus={warm_focus} title={i18n.t("input.reference_title")}>
                        { i18n.t("input.reference") }
                    </button>
                </div>
            </div>
            <div class="drop-zones">
                <DropZone side={Side::A} slot={state.slot(Side::A).cloned()} lang={state.lang}
                    on_file={props.on_file.clone()} on_clear={on_clear.clone()} on_warm_up={props.on_warm_up.clone()} />
                <div class="zone-actions">
                    <button type="button" class="btn btn-icon" id="swap" onclick={on_swap} disabled={!any}
                        title={i18n.t("input.swap")} aria-label={i18n.t("input.swap")}>
                        <Icon kind={IconKind::Swap} />
                    </button>
                </div>
                <DropZone side={Side::B} slot={state.slot(Side::B).cloned()} lang={state.lang}
                    on_file={props.on_file.clone()} on_clear={on_clear} on_warm_up={props.on_warm_up.clone()} />
            </div>
            if any {
                <p class="clear-all"><button type="button" class="btn btn-link" onclick={on_clear_all}>{ i18n.t("input.clear_all") }</button></p>
            }
        </section>
    }
}
