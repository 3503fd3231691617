//! The engine's Web Worker: reads, analyses and compares documents off the main thread.
//!
//! Trunk builds this bin with `data-type="worker"`; the page starts it on first use. A panic in
//! the engine posts [`Response::Panicked`] and then traps, which kills only this worker: the page
//! keeps its documents and starts a fresh worker.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

#[allow(dead_code)]
mod protocol;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use js_sys::{Array, JsString, Uint8Array};
    use klausul::report::{self, ReportFormat};
    use klausul::Analysis;
    use sha2::{Digest, Sha256};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use crate::protocol::{JobId, Request, Response, Stage};

    /// Analyses kept for a following comparison of the same bytes.
    const CACHE_SIZE: usize = 4;

    /// A cached analysis, keyed by file name and the bytes' hash.
    struct Cached {
        key: (String, Vec<u8>),
        analysis: Rc<Analysis>,
    }

    thread_local! {
        static CURRENT: Cell<Option<JobId>> = const { Cell::new(None) };
        static CACHE: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
    }

    pub fn start() {
        std::panic::set_hook(Box::new(|info| {
            let job = CURRENT.with(Cell::get);
            post(&Response::Panicked { job, message: info.to_string() }, &[]);
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
        CURRENT.with(|c| c.set(Some(request.job())));
        post(&Response::Started { job: request.job() }, &[]);
        let t0 = now();
        match request {
            Request::Analyze { job, name } => {
                progress(job, Stage::Reading);
                let input = bytes(1);
                if let Some(analysis) = analysis_of(job, 0, &name, &input) {
                    progress(job, Stage::Reporting);
                    let json = report::analysis(&analysis, ReportFormat::Json);
                    let millis = now() - t0;
                    post(&Response::Analyzed { job, millis }, &[&json, &analysis.document.text]);
                }
            }
            Request::Compare { job, a_name, b_name } => {
                progress(job, Stage::Reading);
                let (a_bytes, b_bytes) = (bytes(1), bytes(2));
                let Some(a) = analysis_of(job, 0, &a_name, &a_bytes) else { return done() };
                let Some(b) = analysis_of(job, 1, &b_name, &b_bytes) else { return done() };
                progress(job, Stage::Comparing);
                let comparison = klausul::compare(&a, &b);
                progress(job, Stage::Reporting);
                let json = report::comparison(&comparison, ReportFormat::Json);
                let markdown = report::comparison(&comparison, ReportFormat::Markdown);
                let html = report::comparison(&comparison, ReportFormat::Html);
                let millis = now() - t0;
                post(
                    &Response::Compared { job, millis },
                    &[&json, &a.document.text, &b.document.text, &markdown, &html],
                );
            }
        }
        done();
    }

    fn done() {
        CURRENT.with(|c| c.set(None));
    }

    /// The analysis of one file, from the cache or the engine; posts `Failed` when unreadable.
    fn analysis_of(job: JobId, file: u8, name: &str, bytes: &[u8]) -> Option<Rc<Analysis>> {
        let key = (name.to_string(), Sha256::digest(bytes).to_vec());
        let hit = CACHE.with(|c| c.borrow().iter().find(|e| e.key == key).map(|e| e.analysis.clone()));
        if let Some(analysis) = hit {
            return Some(analysis);
        }
        progress(job, Stage::Extracting);
        match klausul::ingest(bytes, name) {
            Ok(document) => {
                progress(job, Stage::Analysing);
                let analysis = Rc::new(klausul::analyze(&document));
                CACHE.with(|c| {
                    let mut cache = c.borrow_mut();
                    if cache.len() >= CACHE_SIZE {
                        cache.remove(0);
                    }
                    cache.push(Cached { key, analysis: analysis.clone() });
                });
                Some(analysis)
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

    fn progress(job: JobId, stage: Stage) {
        post(&Response::Progress { job, stage }, &[]);
    }

    fn post(response: &Response, payloads: &[&str]) {
        let Ok(header) = serde_json::to_string(response) else { return };
        let message = Array::new();
        message.push(&JsString::from(header));
        for p in payloads {
            message.push(&JsString::from(*p));
        }
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        // Nothing to do if the page is gone.
        let _ = scope.post_message(&message);
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
