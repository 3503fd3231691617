//! `app`: Klausul's web face (Yew, client-side). The UI runs on the page; the engine runs in
//! the `worker` bin, so a parser that panics costs a worker, never the page.
//!
//! Architecture invariant: nothing on the page unwraps a value from outside (files, the worker,
//! storage, the DOM); the page must never panic.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod engine;
#[cfg(target_arch = "wasm32")]
mod i18n;
mod protocol;
#[cfg(target_arch = "wasm32")]
mod state;

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
        match root {
            Some(root) => {
                // The boot message goes; Yew appends to the element.
                root.set_inner_html("");
                yew::Renderer::<app::App>::with_root(root).render();
            }
            None => {
                yew::Renderer::<app::App>::new().render();
            }
        }
    }
}
