//! The engine's Web Worker: reads, analyses and compares documents off the main thread.
//!
//! Trunk builds this bin with `data-type="worker"`. The page starts one worker per job and
//! terminates it when the job is answered, except for portfolio workers, which run one file after
//! another (the messages queue in the worker's port and are handled in order). A panic in the engine posts [`Response::Panicked`]
//! and then traps, which kills only this worker; a job that hangs is terminated by the page.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

#[allow(dead_code)]
mod protocol;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::{Array, JsString, Uint8Array};
    use klausul::report::{self, ReportFormat, ReportLang};
    use klausul::Analysis;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

    use crate::protocol::{JobId, Request, Response, Stage, Step, WordKind};

    /// The reports for people, in the order the protocol sends them.
    const PEOPLE_REPORTS: [(ReportFormat, ReportLang); 4] = [
        (ReportFormat::Markdown, ReportLang::En),
        (ReportFormat::Markdown, ReportLang::Da),
        (ReportFormat::Html, ReportLang::En),
        (ReportFormat::Html, ReportLang::Da),
    ];

    pub fn start() {
        std::panic::set_hook(Box::new(|info| {
            post(&Response::Panicked { message: info.to_string() }, &[]);
        }));
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(handle);
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        post(&Response::Ready, &[]);
    }

    fn handle(event: MessageEvent) {
        let data = Array::from(&event.data());
        let Some(header) = data.get(0).as_string() else { return };
        let Ok(request) = serde_json::from_str::<Request>(&header) else { return };
        let bytes = |i: u32| -> Vec<u8> {
            let v = data.get(i);
            if v.is_instance_of::<Uint8Array>() {
                Uint8Array::from(v).to_vec()
            } else {
                Vec::new()
            }
        };
        let t0 = now();
        match request {
            Request::Analyze { job, name, playbook } => {
                progress(job, Stage::Reading.into());
                let input = bytes(1);
                if let Some(mut analysis) = analysis_of(job, 0, &name, &input) {
                    // The page checked the playbook before sending it; one that does not parse
                    // here is left out rather than failing the document.
                    if let Some(Ok(pb)) = playbook.as_deref().map(klausul::playbook::Playbook::parse) {
                        klausul::playbook::apply(&pb, &mut analysis);
                    }
                    progress(job, Stage::Reporting.into());
                    let json = report::analysis(&analysis, ReportFormat::Json);
                    let [md_en, md_da, html_en, html_da] = PEOPLE_REPORTS.map(|(format, lang)| report::analysis_in(&analysis, format, lang));
                    let millis = now() - t0;
                    post(
                        &Response::Analyzed { job, millis },
                        &[&json, &analysis.document.text, &md_en, &md_da, &html_en, &html_da],
                    );
                }
            }
            Request::Compare { job, a_name, b_name } => {
                progress(job, Stage::Reading.into());
                let Some(a) = read_back(job, 0, &a_name, bytes(1), bytes(2)) else { return };
                let Some(b) = read_back(job, 1, &b_name, bytes(3), bytes(4)) else { return };
                progress(job, Stage::Comparing.into());
                let comparison = klausul::compare(&a, &b);
                progress(job, Stage::Reporting.into());
                let json = report::comparison(&comparison, ReportFormat::Json);
                let [md_en, md_da, html_en, html_da] =
                    PEOPLE_REPORTS.map(|(format, lang)| report::comparison_in(&comparison, format, lang));
                let millis = now() - t0;
                post(
                    &Response::Compared { job, millis },
                    &[&json, &a.document.text, &b.document.text, &md_en, &md_da, &html_en, &html_da],
                );
            }
            Request::ReviewRow { job, name, playbook, standard } => {
                // The page posts the chosen file's handle; the bytes are read here.
                let row = match file_bytes(&data.get(1)) {
                    Ok(input) => {
                        let playbook = playbook.as_deref().and_then(|p| klausul::playbook::Playbook::parse(p).ok());
                        let standard = if standard {
                            let Some(standard) = cached_standard(job, bytes(2), bytes(3)) else { return };
                            Some(standard)
                        } else {
                            None
                        };
                        klausul::review::row_for(&name, &input, &name, playbook.as_ref(), standard.as_deref())
                    }
                    Err(e) => klausul::review::Row::refused(&name, "", klausul::review::Status::Error, &e),
                };
                let json = serde_json::to_string(&row).unwrap_or_default();
                post(&Response::Row { job }, &[&json]);
            }
            Request::Word { job, kind, names, author, date, lang, marks } => {
                let Some(first) = read_back(job, 0, &names[0], bytes(1), bytes(2)) else { return };
                let options = report::docx::WordOptions {
                    author,
                    date,
                    lang: if lang == "da" { ReportLang::Da } else { ReportLang::En },
                    marks: marks
                        .into_iter()
                        .map(|m| (m.key, report::docx::ReviewMark { accepted: m.accepted, dismissed: m.dismissed, note: m.note }))
                        .collect(),
                };
                progress(job, Stage::Reporting.into());
                let file = match kind {
                    WordKind::Review => report::docx::review(&first, &options),
                    WordKind::Redline => {
                        let Some(b) = read_back(job, 1, &names[1], bytes(3), bytes(4)) else { return };
                        report::docx::redline(&klausul::compare(&first, &b), &options)
                    }
                };
                let millis = now() - t0;
                post_values(&Response::Word { job, millis }, &[Uint8Array::from(file.as_slice()).into()]);
            }
        }
    }

    /// A payload's bytes: a `File` (or `Blob`) read here, or a `Uint8Array`.
    fn file_bytes(v: &JsValue) -> Result<Vec<u8>, String> {
        if let Some(blob) = v.dyn_ref::<Blob>() {
            let reader = FileReaderSync::new().map_err(|e| format!("{e:?}"))?;
            let buffer = reader.read_as_array_buffer(blob).map_err(|e| {
                e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}"))
            })?;
            Ok(Uint8Array::new(&buffer).to_vec())
        } else if v.is_instance_of::<Uint8Array>() {
            Ok(Uint8Array::from(v.clone()).to_vec())
        } else {
            Err("the file did not arrive".to_string())
        }
    }

    /// A standard's JSON and text as sent, and the analysis read back from them.
    type Standard = (Vec<u8>, Vec<u8>, Rc<Analysis>);

    thread_local! {
        /// The standard of the last portfolio job: every file of a portfolio is compared with
        /// the same one, which is read back once per worker.
        static STANDARD: RefCell<Option<Standard>> = const { RefCell::new(None) };
    }

    /// The standard sent with a portfolio job, parsed once per worker.
    fn cached_standard(job: JobId, json: Vec<u8>, text: Vec<u8>) -> Option<Rc<Analysis>> {
        let hit = STANDARD.with(|s| {
            s.borrow().as_ref().filter(|(j, t, _)| *j == json && *t == text).map(|(_, _, a)| a.clone())
        });
        if hit.is_some() {
            return hit;
        }
        let analysis = Rc::new(read_back(job, 1, "standard", json.clone(), text.clone())?);
        STANDARD.with(|s| *s.borrow_mut() = Some((json, text, analysis.clone())));
        Some(analysis)
    }

    /// An analysis sent back by the page as its JSON and clean text; posts `Failed` if it does
    /// not read (which only a bug can cause).
    fn read_back(job: JobId, file: u8, name: &str, json: Vec<u8>, text: Vec<u8>) -> Option<Analysis> {
        let parsed = String::from_utf8(json)
            .map_err(|e| e.to_string())
            .and_then(|json| serde_json::from_str::<Analysis>(&json).map_err(|e| e.to_string()));
        match parsed {
            Ok(mut analysis) => {
                analysis.document.text = String::from_utf8(text).unwrap_or_default();
                Some(analysis)
            }
            Err(e) => {
                post(
                    &Response::Failed {
                        job,
                        file,
                        message_en: format!("the analysis of {name} could not be passed to the comparison ({e})"),
                        message_da: format!("analysen af {name} kunne ikke gives videre til sammenligningen ({e})"),
                    },
                    &[],
                );
                None
            }
        }
    }

    /// The analysis of one file, exactly as the CLI makes it; posts `Failed` when unreadable.
    fn analysis_of(job: JobId, file: u8, name: &str, bytes: &[u8]) -> Option<Analysis> {
        progress(job, Stage::Extracting.into());
        let mut on_page = |p: klausul::Progress| {
            progress(job, Step { stage: Stage::Extracting, pages: Some([p.pages_done, p.pages]) });
        };
        match klausul::ingest_with_progress(bytes, name, &mut on_page) {
            Ok(document) => {
                progress(job, Stage::Analysing.into());
                Some(klausul::analyze(&document))
            }
            Err(e) => {
                post(
                    &Response::Failed {
                        job,
                        file,
                        message_en: e.message_en().to_string(),
                        message_da: e.message_da().to_string(),
                    },
                    &[],
                );
                None
            }
        }
    }

    fn progress(job: JobId, step: Step) {
        post(&Response::Progress { job, step }, &[]);
    }

    fn post(response: &Response, payloads: &[&str]) {
        let payloads: Vec<JsValue> = payloads.iter().map(|p| JsString::from(*p).into()).collect();
        post_values(response, &payloads);
    }

    /// Posts the header and payloads of any kind (strings, or a Word file's bytes).
    fn post_values(response: &Response, payloads: &[JsValue]) {
        let Ok(header) = serde_json::to_string(response) else { return };
        let message = Array::new();
        message.push(&JsString::from(header));
        for p in payloads {
            message.push(p);
        }
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        // Nothing to do if the page is gone.
        let _ = scope.post_message(&message);
    }

    /// This worker's wasm memory in bytes (it only grows); `tests/bench/portfolio-memory.mjs`
    /// reads it through the worker's global `wasm_bindgen.memory_bytes()`.
    #[wasm_bindgen]
    pub fn memory_bytes() -> f64 {
        (core::arch::wasm32::memory_size(0) as f64) * 65536.0
    }

    fn now() -> f64 {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        scope.performance().map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    imp::start();
}
