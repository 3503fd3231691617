//! What the engine made of one document: name, format, size, language, first lines — or why not.

use yew::prelude::*;

use crate::components::format::{step_text, warning_text};
use crate::components::icon::{Icon, IconKind};
use crate::i18n::use_i18n;
use crate::state::{Side, Slot};

/// How many lines of text the card previews.
const PREVIEW_LINES: usize = 6;
/// How many chars of each preview line.
const PREVIEW_CHARS: usize = 160;

/// Props of [`DocCard`].
#[derive(Properties, PartialEq)]
pub struct DocCardProps {
    /// The document.
    pub slot: Slot,
    /// Its side.
    pub side: Side,
    /// Remove it.
    pub on_clear: Callback<()>,
}

/// The document card.
#[function_component(DocCard)]
pub fn doc_card(props: &DocCardProps) -> Html {
    let i18n = use_i18n();
    let slot = &props.slot;
    let on_clear = props.on_clear.reform(|_| ());
    let body = if let Some(error) = &slot.error {
        html! {
            <div class="doc-error" role="alert">
                <Icon kind={IconKind::Alert} />
                <strong>{ i18n.t("doc.error") }</strong>{ " " }{ i18n.pick(&error.da, &error.en).to_string() }
            </div>
        }
    } else if let Some(result) = &slot.result {
        let doc = &result.analysis.document;
        let language = doc.language.map(|l| i18n.t(&format!("lang.{}", l.as_str()))).unwrap_or_else(|| i18n.t("lang.unknown"));
        let preview: Vec<String> = doc
            .text
            .lines()
            .take(PREVIEW_LINES)
            .map(|l| {
                let mut s: String = l.chars().take(PREVIEW_CHARS).collect();
                if l.chars().count() > PREVIEW_CHARS {
                    s.push('…');
                }
                s
            })
            .collect();
        html! {
            <>
                <dl class="doc-facts">
                    <div><dt>{ i18n.t("doc.format") }</dt><dd class="doc-format">{ doc.format.as_str().to_uppercase() }</dd></div>
                    <div><dt>{ i18n.t("doc.chars") }</dt><dd class="doc-chars">{ i18n.number(u64::from(doc.chars)) }</dd></div>
                    <div><dt>{ i18n.t("doc.language") }</dt><dd class="doc-lang">{ language }</dd></div>
                    <div><dt>{ i18n.t("doc.clauses") }</dt><dd class="doc-clauses">{ result.analysis.clauses.len() }</dd></div>
                </dl>
                { for doc.warnings.iter().map(|w| html! { <p class="doc-warning"><Icon kind={IconKind::Info} />{ " " }{ warning_text(&i18n, w) }</p> }) }
                <div class="doc-preview" role="region" tabindex="0" aria-label={i18n.f("doc.preview", &[("name", &slot.name)])}>
                    { for preview.into_iter().map(|l| html! { <p>{ l }</p> }) }
                </div>
            </>
        }
    } else {
        let stage = slot.stage.as_ref().map(|s| step_text(&i18n, s)).unwrap_or_default();
        let bar = match slot.stage.and_then(|s| s.pages) {
            Some([done, pages]) => html! { <progress aria-label={i18n.t("doc.working")} value={done.to_string()} max={pages.to_string()}></progress> },
            None => html! { <progress aria-label={i18n.t("doc.working")}></progress> },
        };
        html! {
            <div class="doc-progress" role="status">
                { bar }
                <span>{ stage }</span>
            </div>
        }
    };
    html! {
        <article class={classes!("doc-card", slot.error.is_some().then_some("has-error"))}
            aria-label={format!("{}: {}", props.side.letter(), slot.name)} data-testid={format!("doc-{}", props.side.as_str())}>
            <header class="doc-head">
                <span class="doc-icon"><Icon kind={IconKind::File} /></span>
                <span class="doc-name" title={slot.name.clone()}>{ slot.name.clone() }</span>
                <button type="button" class="btn btn-icon btn-small" onclick={on_clear}
                    aria-label={i18n.f("doc.remove", &[("name", &slot.name)])} title={i18n.t("doc.remove_short")}>
                    <Icon kind={IconKind::Cross} />
                </button>
            </header>
            { body }
        </article>
    }
}
