//! Small browser helpers: reading files, fetching bundled examples, downloads, storage, time.
//! Every one returns an `Option`/`Result` instead of panicking.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// `performance.now()`, in ms.
pub fn now() -> Option<f64> {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now())
}

/// The bytes of a chosen or dropped file.
pub async fn read_file(file: &File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{e:?}"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Fetches a file bundled with the app (a relative URL, so the same origin and any sub-path).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = gloo::net::http::Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.binary().await.map_err(|e| e.to_string())
}

/// Fetches an optional file the deployment may have put beside index.html; `None` when it is not
/// there (or is an HTML page, as some static hosts answer for any missing path).
pub async fn fetch_optional(url: &str) -> Option<Vec<u8>> {
    let response = gloo::net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    let html = response.headers().get("content-type").is_some_and(|t| t.starts_with("text/html"));
    let bytes = response.binary().await.ok()?;
    (!html && !bytes.is_empty()).then_some(bytes)
}

/// Offers `contents` as a download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Option<()> {
    let parts = Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(contents));
    offer(name, mime, &parts)
}

/// Offers binary `contents` (a Word file) as a download named `name`.
pub fn download_bytes(name: &str, mime: &str, contents: &[u8]) -> Option<()> {
    let parts = Array::new();
    parts.push(&Uint8Array::from(contents));
    offer(name, mime, &parts)
}

/// The user's clock as `YYYY-MM-DDThh:mm:ssZ` (UTC, whole seconds).
pub fn now_iso() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", iso.get(..19).unwrap_or("2000-01-01T00:00:00"))
}

fn offer(name: &str, mime: &str, parts: &Array) -> Option<()> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document.body()?;
    body.append_child(&anchor).ok()?;
    anchor.click();
    body.remove_child(&anchor).ok()?;
    // The download has its own reference to the blob by now.
    let _ = Url::revoke_object_url(&url);
    Some(())
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A value from localStorage.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores a value in localStorage (silently does nothing where storage is blocked).
pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Removes a value from localStorage.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Sets `<html lang>` so screen readers use the right voice.
pub fn set_document_lang(code: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Scrolls an element into view and focuses it, if it exists.
pub fn focus_id(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
