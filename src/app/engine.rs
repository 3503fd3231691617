//! The page's side of the engine worker: starts it on first use, queues jobs until it is ready,
//! turns its answers into [`EngineEvent`]s, and replaces it when it dies.
//!
//! Nothing here may panic: every value from the worker is checked, and a `RefCell` that is busy
//! (a re-entrant call) is waited out by the JS event loop rather than unwrapped.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Array, Uint8Array};
use klausul::{Analysis, Comparison};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::protocol::{JobId, Request, Response, Stage};

/// Trunk's loader shim for the worker bin (`data-loader-shim`), next to index.html.
const WORKER_URL: &str = "./worker_loader.js";
/// A worker that dies this many times in a row before it is ready will not be started again.
const MAX_FAILED_STARTS: u32 = 2;

/// One document read and analysed by the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct DocResult {
    /// The analysis, with the clean text filled in.
    pub analysis: Analysis,
    /// The `klausul.analysis/1` JSON exactly as the engine wrote it.
    pub report_json: String,
    /// Engine time in ms.
    pub millis: f64,
}

/// A comparison made by the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonResult {
    /// The comparison, with both clean texts filled in.
    pub comparison: Comparison,
    /// The `klausul.comparison/1` JSON, byte for byte what `klausul compare A B --format json` prints.
    pub json: String,
    /// The Markdown report.
    pub markdown: String,
    /// The standalone HTML report.
    pub html: String,
    /// Engine time in ms.
    pub millis: f64,
}

/// What the engine tells the page.
#[derive(Debug, Clone)]
pub enum EngineEvent {
    /// A job reached a stage.
    Progress { job: JobId, stage: Stage },
    /// An analysis is done.
    Analyzed { job: JobId, result: Rc<DocResult> },
    /// A comparison is done.
    Compared { job: JobId, result: Rc<ComparisonResult> },
    /// A file could not be read (`file` 0 = A or the only file, 1 = B).
    Failed { job: JobId, file: u8, message_en: String, message_da: String },
    /// The worker died while running this job.
    Crashed { job: JobId, detail: String },
    /// The engine cannot be started in this browser.
    Unavailable { job: JobId, detail: String },
}

/// A handle on the engine worker; cheap to clone.
#[derive(Clone)]
pub struct Engine(Rc<RefCell<Inner>>);

impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Job {
    request: Request,
    payloads: Vec<Rc<Vec<u8>>>,
    sent: bool,
}

struct Live {
    worker: Worker,
    generation: u32,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct Inner {
    live: Option<Live>,
    ready: bool,
    generation: u32,
    jobs: Vec<Job>,
    running: Option<JobId>,
    last_panic: Option<String>,
    failed_starts: u32,
    next_job: JobId,
    on_event: Callback<EngineEvent>,
    this: Weak<RefCell<Inner>>,
}

impl Engine {
    /// An engine that reports to `on_event`; the worker starts with the first job.
    pub fn new(on_event: Callback<EngineEvent>) -> Self {
        let inner = Rc::new(RefCell::new(Inner {
            live: None,
            ready: false,
            generation: 0,
            jobs: Vec::new(),
            running: None,
            last_panic: None,
            failed_starts: 0,
            next_job: 1,
            on_event,
            this: Weak::new(),
        }));
        if let Ok(mut i) = inner.try_borrow_mut() {
            i.this = Rc::downgrade(&inner);
        }
        Engine(inner)
    }

    /// Replaces the receiver of events (the page's dispatcher changes identity on re-render).
    pub fn set_on_event(&self, on_event: Callback<EngineEvent>) {
        if let Ok(mut inner) = self.0.try_borrow_mut() {
            inner.on_event = on_event;
        }
    }

    /// Starts the worker ahead of the first job, so the engine is loaded when it is needed.
    pub fn warm_up(&self) {
        let events = match self.0.try_borrow_mut() {
            Ok(mut inner) => inner.ensure_worker(),
            Err(_) => Vec::new(),
        };
        self.emit(events);
    }

    /// Queues the analysis of one file; returns its job id.
    pub fn analyze(&self, name: &str, bytes: Rc<Vec<u8>>) -> JobId {
        self.submit(|job| Request::Analyze { job, name: name.to_string() }, vec![bytes])
    }

    /// Queues the comparison of A and B; returns its job id.
    pub fn compare(&self, a: (&str, Rc<Vec<u8>>), b: (&str, Rc<Vec<u8>>)) -> JobId {
        self.submit(
            |job| Request::Compare { job, a_name: a.0.to_string(), b_name: b.0.to_string() },
            vec![a.1, b.1],
        )
    }

    fn submit(&self, request: impl FnOnce(JobId) -> Request, payloads: Vec<Rc<Vec<u8>>>) -> JobId {
        let (job, events) = match self.0.try_borrow_mut() {
            Ok(mut inner) => {
                let job = inner.next_job;
                inner.next_job = inner.next_job.wrapping_add(1);
                inner.jobs.push(Job { request: request(job), payloads, sent: false });
                let events = inner.ensure_worker();
                inner.flush();
                (job, events)
            }
            // Only a re-entrant call lands here; the job is reported unavailable rather than lost.
            Err(_) => (0, Vec::new()),
        };
        self.emit(events);
        job
    }

    fn emit(&self, events: Vec<EngineEvent>) {
        let callback = match self.0.try_borrow() {
            Ok(inner) => inner.on_event.clone(),
            Err(_) => return,
        };
        for event in events {
            callback.emit(event);
        }
    }
}

impl Inner {
    /// Starts a worker if none runs; returns events for jobs that cannot run at all.
    fn ensure_worker(&mut self) -> Vec<EngineEvent> {
        if self.live.is_some() {
            return Vec::new();
        }
        if self.failed_starts >= MAX_FAILED_STARTS {
            return self.fail_all("the engine worker failed to start twice".into());
        }
        self.generation = self.generation.wrapping_add(1);
        let generation = self.generation;
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = match Worker::new_with_options(WORKER_URL, &options) {
            Ok(w) => w,
            Err(e) => {
                self.failed_starts = MAX_FAILED_STARTS;
                return self.fail_all(format!("{e:?}"));
            }
        };
        let weak = self.this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            with_inner(&weak, |inner| inner.receive(generation, &event));
        });
        let weak = self.this.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let detail = event.message();
            with_inner(&weak, |inner| inner.crashed(generation, detail));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.ready = false;
        self.running = None;
        self.live = Some(Live { worker, generation, _on_message: on_message, _on_error: on_error });
        Vec::new()
    }

    fn flush(&mut self) {
        if !self.ready {
            return;
        }
        let Some(live) = &self.live else { return };
        for job in self.jobs.iter_mut().filter(|j| !j.sent) {
            let Ok(header) = serde_json::to_string(&job.request) else { continue };
            let message = Array::new();
            message.push(&JsValue::from_str(&header));
            for bytes in &job.payloads {
                message.push(&Uint8Array::from(bytes.as_slice()));
            }
            if live.worker.post_message(&message).is_ok() {
                job.sent = true;
            }
        }
    }

    fn finish(&mut self, job: JobId) -> bool {
        if self.running == Some(job) {
            self.running = None;
        }
        let before = self.jobs.len();
        self.jobs.retain(|j| j.request.job() != job);
        self.jobs.len() != before
    }

    fn receive(&mut self, generation: u32, event: &MessageEvent) -> Vec<EngineEvent> {
        if self.live.as_ref().map(|l| l.generation) != Some(generation) {
            return Vec::new();
        }
        let data = Array::from(&event.data());
        let text = |i: u32| data.get(i).as_string().unwrap_or_default();
        let Ok(response) = serde_json::from_str::<Response>(&text(0)) else { return Vec::new() };
        match response {
            Response::Ready => {
                self.ready = true;
                self.failed_starts = 0;
                self.flush();
                Vec::new()
            }
            Response::Started { job } => {
                self.running = Some(job);
                Vec::new()
            }
            Response::Progress { job, stage } => vec![EngineEvent::Progress { job, stage }],
            Response::Analyzed { job, millis } => {
                if !self.finish(job) {
                    return Vec::new();
                }
                let report_json = text(1);
                match serde_json::from_str::<Analysis>(&report_json) {
                    Ok(mut analysis) => {
                        analysis.document.text = text(2);
                        let result = Rc::new(DocResult { analysis, report_json, millis });
                        vec![EngineEvent::Analyzed { job, result }]
                    }
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable analysis: {e}") }],
                }
            }
            Response::Compared { job, millis } => {
                if !self.finish(job) {
                    return Vec::new();
                }
                let json = text(1);
                match serde_json::from_str::<Comparison>(&json) {
                    Ok(mut comparison) => {
                        comparison.a.document.text = text(2);
                        comparison.b.document.text = text(3);
                        let result = Rc::new(ComparisonResult { comparison, json, markdown: text(4), html: text(5), millis });
                        vec![EngineEvent::Compared { job, result }]
                    }
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable comparison: {e}") }],
                }
            }
            Response::Failed { job, file, message_en, message_da } => {
                self.finish(job);
                vec![EngineEvent::Failed { job, file, message_en, message_da }]
            }
            Response::Panicked { job: _, message } => {
                web_sys::console::error_1(&JsValue::from_str(&format!("klausul engine: {message}")));
                self.last_panic = Some(message);
                Vec::new()
            }
        }
    }

    /// The worker died: blame the job it was running, start a new worker for the others.
    fn crashed(&mut self, generation: u32, detail: String) -> Vec<EngineEvent> {
        if self.live.as_ref().map(|l| l.generation) != Some(generation) {
            return Vec::new();
        }
        if let Some(live) = self.live.take() {
            live.worker.terminate();
        }
        if !self.ready {
            self.failed_starts += 1;
        }
        self.ready = false;
        let detail = self.last_panic.take().unwrap_or(detail);
        let mut events = Vec::new();
        let culprit = self.running.take().or_else(|| self.jobs.iter().find(|j| j.sent).map(|j| j.request.job()));
        if let Some(job) = culprit {
            if self.finish(job) {
                events.push(EngineEvent::Crashed { job, detail: detail.clone() });
            }
        }
        for job in &mut self.jobs {
            job.sent = false;
        }
        if !self.jobs.is_empty() {
            events.extend(self.ensure_worker());
        }
        events
    }

    fn fail_all(&mut self, detail: String) -> Vec<EngineEvent> {
        self.jobs
            .drain(..)
            .map(|j| EngineEvent::Unavailable { job: j.request.job(), detail: detail.clone() })
            .collect()
    }
}

/// Runs `f` on the engine's state and then delivers the events it returns, with no borrow held.
fn with_inner(weak: &Weak<RefCell<Inner>>, f: impl FnOnce(&mut Inner) -> Vec<EngineEvent>) {
    let Some(rc) = weak.upgrade() else { return };
    let (events, callback) = match rc.try_borrow_mut() {
        Ok(mut inner) => {
            let events = f(&mut inner);
            (events, inner.on_event.clone())
        }
        Err(_) => return,
    };
    for event in events {
        callback.emit(event);
    }
}
