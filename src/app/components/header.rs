//! The page header: name, what it does, the language switch and the privacy promise.

use yew::prelude::*;

use crate::components::icon::{Icon, IconKind};
use crate::i18n::{use_i18n, UiLang};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The UI language.
    pub lang: UiLang,
    /// The reader picked a language.
    pub on_lang: Callback<UiLang>,
}

/// The page header.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    let button = |lang: UiLang, label: &str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button type="button" class="lang-btn" lang={lang.code()} aria-pressed={(props.lang == lang).to_string()}
                onclick={Callback::from(move |_| on_lang.emit(lang))}>{ label.to_string() }</button>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ i18n.t("header.skip") }</a>
            <div class="brand">
                <h1>{ "Klausul" }</h1>
                <p class="tagline">{ i18n.t("header.tagline") }</p>
            </div>
            <div class="header-side">
                <div class="lang-switch" role="group" aria-label={i18n.t("header.language")}>
                    { button(UiLang::Da, "Dansk") }
                    { button(UiLang::En, "English") }
                </div>
                <p class="offline-note" id="offline-note">
                    <Icon kind={IconKind::Lock} />
                    { i18n.t("header.offline") }
                </p>
            </div>
        </header>
    }
}
