//! One labelled drop zone: click to choose, drag and drop, or paste text; then the document card.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::OnFile;
use crate::components::doc_card::DocCard;
use crate::dom;
use crate::i18n::{use_i18n, UiLang};
use crate::state::{Side, Slot};

/// The file types offered in the chooser.
const ACCEPT: &str = ".pdf,.docx,.txt,.md,.markdown,.html,.htm,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,text/html";

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Which side.
    pub side: Side,
    /// What is loaded there.
    pub slot: Option<Slot>,
    /// The UI language (the card shows the engine's messages in it).
    pub lang: UiLang,
    /// A file arrived.
    pub on_file: OnFile,
    /// Remove the document.
    pub on_clear: Callback<Side>,
    /// Start the engine early.
    pub on_warm_up: Callback<()>,
}

fn load_file(side: Side, file: File, on_file: OnFile) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        // An unreadable file still gets a slot, so the error shows next to its name.
        let bytes = dom::read_file(&file).await.unwrap_or_default();
        on_file.emit((side, name, Rc::new(bytes)));
    });
}

/// One drop zone.
#[function_component(DropZone)]
pub fn drop_zone(props: &DropZoneProps) -> Html {
    let i18n = use_i18n();
    let dragging = use_state(|| false);
    let pasting = use_state(|| false);
    let paste_ref = use_node_ref();
    let side = props.side;
    let id = format!("file-{}", side.as_str());
    let title_id = format!("zone-{}-title", side.as_str());

    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file(side, file, on_file.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        let on_warm_up = props.on_warm_up.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
                on_warm_up.emit(());
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                load_file(side, file, on_file.clone());
            }
        })
    };
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(!*pasting))
    };
    let use_paste = {
        let pasting = pasting.clone();
        let paste_ref = paste_ref.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |_| {
            let Some(area) = paste_ref.cast::<HtmlTextAreaElement>() else { return };
            let text = area.value();
            if text.trim().is_empty() {
                return;
            }
            on_file.emit((side, format!("pasted-{}.txt", side.as_str()), Rc::new(text.into_bytes())));
            pasting.set(false);
        })
    };
    let label_key = match side {
        Side::A => "zone.a_label",
        Side::B => "zone.b_label",
    };
    let on_clear = {
        let on_clear = props.on_clear.clone();
        Callback::from(move |_| on_clear.emit(side))
    };
    html! {
        <section class={classes!("zone", format!("zone-{}", side.as_str()), dragging.then_some("dragging"))}
            aria-labelledby={title_id.clone()}
            ondragover={on_drag_over} ondragenter={Callback::from(|e: DragEvent| e.prevent_default())}
            ondragleave={on_drag_leave} ondrop={on_drop} data-side={side.as_str()}>
            <h3 id={title_id}>
                <span class="side-letter" aria-hidden="true">{ side.letter() }</span>
                <span class="visually-hidden">{ format!("{} — ", side.letter()) }</span>
                { i18n.t(label_key) }
            </h3>
            <div class="drop-target">
                <input type="file" id={id.clone()} class="file-input" accept={ACCEPT} onchange={on_change}
                    aria-describedby={format!("{id}-hint")} />
                <label for={id.clone()} class="btn">{ i18n.t("zone.choose") }</label>
                <p class="hint" id={format!("{id}-hint")}>{ i18n.t("zone.hint") }</p>
                <button type="button" class="btn btn-link" aria-expanded={pasting.to_string()} onclick={toggle_paste}>
                    { i18n.t("zone.paste") }
                </button>
            </div>
            if *pasting {
                <div class="paste-box">
                    <label for={format!("paste-{}", side.as_str())}>{ i18n.t("zone.paste_label") }</label>
                    <textarea id={format!("paste-{}", side.as_str())} ref={paste_ref} rows="6"></textarea>
                    <button type="button" class="btn btn-primary" onclick={use_paste}>{ i18n.t("zone.paste_use") }</button>
                </div>
            }
            if let Some(slot) = props.slot.clone() {
                <DocCard {slot} {side} on_clear={on_clear} />
            }
        </section>
    }
}
