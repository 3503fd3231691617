//! The page's side of the engine: one Web Worker per job.
//!
//! Each job (read and analyse one file, or compare two) gets a worker of its own, which is
//! terminated as soon as the job is answered. A worker that panics, or that runs past its
//! deadline, costs exactly its own job: the page keeps every document's bytes and results, the
//! other document's job runs on in its own worker, and the next job gets a fresh one. Up to
//! [`SPARE_WORKERS`] workers are started ahead of need ([`Engine::warm_up`]) so that a job does
//! not wait for the engine's wasm to load; the two analyses of a pair run in parallel.
//!
//! Nothing here may panic: every value from a worker is checked, and a `RefCell` that is busy
//! (a re-entrant call) is waited out by the JS event loop rather than unwrapped.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use js_sys::{Array, Uint8Array};
use klausul::{Analysis, Comparison};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::protocol::{JobId, Request, Response, Step, WordKind, WordMark};

/// The worker's loader (`src/app/worker_loader.js`, copied next to index.html).
const WORKER_URL: &str = "./worker_loader.js";
/// Workers that die this many times in a row before they are ready mean the engine cannot run
/// in this browser: no more are started.
const MAX_FAILED_STARTS: u32 = 3;
/// Workers kept started and idle, ready for the next jobs (a pair needs two at once).
pub const SPARE_WORKERS: usize = 2;
/// A job's deadline: this much, plus [`TIMEOUT_PER_MB_MS`] per megabyte of input, at most
/// [`MAX_TIMEOUT_MS`]. The engine reads a 100-page PDF in under a second, so only a file that
/// sends a parser into a loop comes near it.
const BASE_TIMEOUT_MS: u32 = 45_000;
const TIMEOUT_PER_MB_MS: u32 = 15_000;
const MAX_TIMEOUT_MS: u32 = 300_000;
/// localStorage key that overrides the deadline in ms (the end-to-end tests use it to check a
/// hanging job without waiting a minute).
const TIMEOUT_OVERRIDE_KEY: &str = "klausul.jobTimeoutMs";

/// The reports for people, in English and Danish.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeopleReports {
    /// Markdown: English, Danish.
    pub markdown: [String; 2],
    /// Standalone HTML: English, Danish.
    pub html: [String; 2],
}

impl PeopleReports {
    /// Payloads `first`..`first + 4` of a worker's answer.
    fn from_payloads(text: impl Fn(u32) -> String, first: u32) -> Self {
        PeopleReports { markdown: [text(first), text(first + 1)], html: [text(first + 2), text(first + 3)] }
    }
}

/// One document read and analysed by the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct DocResult {
    /// The analysis, with the clean text filled in.
    pub analysis: Analysis,
    /// The `klausul.analysis/1` JSON exactly as the engine wrote it.
    pub report_json: String,
    /// The Markdown and HTML reports.
    pub reports: PeopleReports,
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
    /// The Markdown and HTML reports.
    pub reports: PeopleReports,
    /// Engine time in ms.
    pub millis: f64,
}

/// What the engine tells the page.
#[derive(Debug, Clone)]
pub enum EngineEvent {
    /// A job reached a stage or read another page.
    Progress { job: JobId, step: Step },
    /// An analysis is done.
    Analyzed { job: JobId, result: Rc<DocResult> },
    /// A comparison is done.
    Compared { job: JobId, result: Rc<ComparisonResult> },
    /// A Word file is written.
    Word { job: JobId, bytes: Vec<u8> },
    /// A portfolio row is made (its JSON).
    Row { job: JobId, row: Rc<klausul::review::Row> },
    /// A file could not be read (`file` 0 = A or the only file, 1 = B).
    Failed { job: JobId, file: u8, message_en: String, message_da: String },
    /// The job's worker died while running it.
    Crashed { job: JobId, detail: String },
    /// The job ran past its deadline and its worker was stopped.
    TimedOut { job: JobId, seconds: u32 },
    /// The engine cannot be started in this browser.
    Unavailable { job: JobId, detail: String },
}

/// A handle on the engine; cheap to clone.
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
    timeout_ms: u32,
}

/// One worker: idle (no job) or running exactly one job.
struct Live {
    id: u32,
    worker: Worker,
    ready: bool,
    job: Option<Job>,
    sent: bool,
    last_panic: Option<String>,
    _deadline: Option<Timeout>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Drop for Live {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

struct Inner {
    workers: Vec<Live>,
    next_worker: u32,
    failed_starts: u32,
    next_job: JobId,
    timeout_override: Option<u32>,
    on_event: Callback<EngineEvent>,
    this: Weak<RefCell<Inner>>,
}

impl Engine {
    /// An engine that reports to `on_event`; workers start with [`Engine::warm_up`] or the
    /// first job.
    pub fn new(on_event: Callback<EngineEvent>) -> Self {
        let timeout_override = crate::dom::load(TIMEOUT_OVERRIDE_KEY).and_then(|s| s.trim().parse().ok());
        let inner = Rc::new(RefCell::new(Inner {
            workers: Vec::new(),
            next_worker: 1,
            failed_starts: 0,
            next_job: 1,
            timeout_override,
            on_event,
            this: Weak::new(),
        }));
        if let Ok(mut i) = inner.try_borrow_mut() {
            i.this = Rc::downgrade(&inner);
        }
        Engine(inner)
    }

    /// Starts spare workers ahead of the first jobs, so the engine is loaded when needed.
    pub fn warm_up(&self) {
        if let Ok(mut inner) = self.0.try_borrow_mut() {
            inner.top_up(SPARE_WORKERS);
        }
    }

    /// Queues the analysis of one file, checked against `playbook` (JSON) when given; returns
    /// its job id.
    pub fn analyze(&self, name: &str, bytes: Rc<Vec<u8>>, playbook: Option<String>) -> JobId {
        self.submit(|job| Request::Analyze { job, name: name.to_string(), playbook }, vec![bytes])
    }

    /// Queues the comparison of A's and B's analyses; returns its job id.
    pub fn compare(&self, a: &DocResult, b: &DocResult) -> JobId {
        let bytes = |s: &str| Rc::new(s.as_bytes().to_vec());
        self.submit(
            |job| Request::Compare {
                job,
                a_name: a.analysis.document.name.clone(),
                b_name: b.analysis.document.name.clone(),
            },
            vec![
                bytes(&a.report_json),
                bytes(&a.analysis.document.text),
                bytes(&b.report_json),
                bytes(&b.analysis.document.text),
            ],
        )
    }

    /// Queues a Word file: the redline of `docs[0]` to `docs[1]`, or the review of `docs[0]`.
    pub fn word(&self, kind: WordKind, docs: [Option<&DocResult>; 2], author: &str, date: &str, lang: &str, marks: Vec<WordMark>) -> JobId {
        let bytes = |s: &str| Rc::new(s.as_bytes().to_vec());
        let mut payloads = Vec::new();
        let mut names = [String::new(), String::new()];
        for (i, d) in docs.iter().enumerate() {
            if let Some(d) = d {
                names[i] = d.analysis.document.name.clone();
                payloads.push(bytes(&d.report_json));
                payloads.push(bytes(&d.analysis.document.text));
            }
        }
        self.submit(
            |job| Request::Word { job, kind, names, author: author.to_string(), date: date.to_string(), lang: lang.to_string(), marks },
            payloads,
        )
    }

    /// Queues one file of a portfolio review, compared with `standard` when given.
    pub fn review_row(&self, name: &str, bytes: Rc<Vec<u8>>, playbook: Option<String>, standard: Option<&DocResult>) -> JobId {
        let mut payloads = vec![bytes];
        if let Some(s) = standard {
            payloads.push(Rc::new(s.report_json.as_bytes().to_vec()));
            payloads.push(Rc::new(s.analysis.document.text.as_bytes().to_vec()));
        }
        let has_standard = standard.is_some();
        self.submit(|job| Request::ReviewRow { job, name: name.to_string(), playbook, standard: has_standard }, payloads)
    }

    /// Stops a job whose answer is no longer wanted (its document was replaced or removed).
    pub fn cancel(&self, job: JobId) {
        if let Ok(mut inner) = self.0.try_borrow_mut() {
            inner.workers.retain(|w| w.job.as_ref().map(|j| j.request.job()) != Some(job));
        }
    }

    fn submit(&self, request: impl FnOnce(JobId) -> Request, payloads: Vec<Rc<Vec<u8>>>) -> JobId {
        let (job, events) = match self.0.try_borrow_mut() {
            Ok(mut inner) => {
                let job = inner.next_job;
                inner.next_job = inner.next_job.wrapping_add(1);
                let bytes: usize = payloads.iter().map(|p| p.len()).sum();
                let timeout_ms = inner.timeout_override.unwrap_or_else(|| deadline_ms(bytes));
                let events = inner.assign(Job { request: request(job), payloads, timeout_ms });
                (job, events)
            }
            // Only a re-entrant call lands here, which the page never makes.
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

/// The deadline for a job over `bytes` of input.
fn deadline_ms(bytes: usize) -> u32 {
    let mb = u32::try_from(bytes / (1024 * 1024)).unwrap_or(u32::MAX);
    BASE_TIMEOUT_MS.saturating_add(mb.saturating_mul(TIMEOUT_PER_MB_MS)).min(MAX_TIMEOUT_MS)
}

impl Inner {
    /// Gives `job` to an idle worker (a ready one first) or a new one; keeps one spare.
    fn assign(&mut self, job: Job) -> Vec<EngineEvent> {
        if self.failed_starts >= MAX_FAILED_STARTS {
            return vec![unavailable(&job, "the engine worker failed to start")];
        }
        let idle = self
            .workers
            .iter()
            .enumerate()
            .filter(|(_, w)| w.job.is_none())
            .max_by_key(|(_, w)| w.ready)
            .map(|(i, _)| i);
        let index = match idle {
            Some(i) => i,
            None => match self.spawn() {
                Ok(()) => self.workers.len() - 1,
                Err(detail) => return vec![unavailable(&job, &detail)],
            },
        };
        self.workers[index].job = Some(job);
        self.send(index);
        // The next job (the comparison after a pair, the other side) finds a loaded worker.
        self.top_up(1);
        Vec::new()
    }

    /// Starts workers until `spare` of them are idle.
    fn top_up(&mut self, spare: usize) {
        while self.failed_starts < MAX_FAILED_STARTS && self.workers.iter().filter(|w| w.job.is_none()).count() < spare {
            if let Err(detail) = self.spawn() {
                web_sys::console::warn_1(&format!("klausul: no engine worker: {detail}").into());
                self.failed_starts = MAX_FAILED_STARTS;
            }
        }
    }

    fn spawn(&mut self) -> Result<(), String> {
        let id = self.next_worker;
        self.next_worker = self.next_worker.wrapping_add(1);
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| format!("{e:?}"))?;
        let weak = self.this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            with_inner(&weak, |inner| inner.receive(id, &event));
        });
        let weak = self.this.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let detail = event.message();
            with_inner(&weak, |inner| inner.crashed(id, detail));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.workers.push(Live {
            id,
            worker,
            ready: false,
            job: None,
            sent: false,
            last_panic: None,
            _deadline: None,
            _on_message: on_message,
            _on_error: on_error,
        });
        Ok(())
    }

    /// Posts the worker's job once the worker is ready, and starts the job's deadline.
    fn send(&mut self, index: usize) {
        let weak = self.this.clone();
        let Some(live) = self.workers.get_mut(index) else { return };
        let Some(job) = live.job.as_ref().filter(|_| live.ready && !live.sent) else { return };
        let Ok(header) = serde_json::to_string(&job.request) else { return };
        let message = Array::new();
        message.push(&JsValue::from_str(&header));
        for bytes in &job.payloads {
            message.push(&Uint8Array::from(bytes.as_slice()));
        }
        if live.worker.post_message(&message).is_ok() {
            live.sent = true;
            let id = live.id;
            live._deadline = Some(Timeout::new(job.timeout_ms, move || {
                with_inner(&weak, |inner| inner.timed_out(id));
            }));
        }
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.workers.iter().position(|w| w.id == id)
    }

    /// The worker's job is answered: the worker goes (one worker per job).
    fn finish(&mut self, index: usize, job: JobId) -> bool {
        let ours = self.workers.get(index).and_then(|w| w.job.as_ref()).map(|j| j.request.job()) == Some(job);
        if ours {
            self.workers.remove(index);
        }
        ours
    }

    /// The worker's job is answered and the worker stays for the next job.
    fn release(&mut self, index: usize, job: JobId) -> bool {
        let Some(live) = self.workers.get_mut(index) else { return false };
        if live.job.as_ref().map(|j| j.request.job()) != Some(job) {
            return false;
        }
        live.job = None;
        live.sent = false;
        live._deadline = None;
        true
    }

    fn receive(&mut self, id: u32, event: &MessageEvent) -> Vec<EngineEvent> {
        let Some(index) = self.position(id) else { return Vec::new() };
        let data = Array::from(&event.data());
        let text = |i: u32| data.get(i).as_string().unwrap_or_default();
        let Ok(response) = serde_json::from_str::<Response>(&text(0)) else { return Vec::new() };
        match response {
            Response::Ready => {
                self.failed_starts = 0;
                self.workers[index].ready = true;
                self.send(index);
                Vec::new()
            }
            Response::Progress { job, step } => vec![EngineEvent::Progress { job, step }],
            Response::Analyzed { job, millis } => {
                if !self.finish(index, job) {
                    return Vec::new();
                }
                let report_json = text(1);
                match serde_json::from_str::<Analysis>(&report_json) {
                    Ok(mut analysis) => {
                        analysis.document.text = text(2);
                        let reports = PeopleReports::from_payloads(text, 3);
                        let result = Rc::new(DocResult { analysis, report_json, reports, millis });
                        vec![EngineEvent::Analyzed { job, result }]
                    }
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable analysis: {e}") }],
                }
            }
            Response::Compared { job, millis } => {
                if !self.finish(index, job) {
                    return Vec::new();
                }
                let json = text(1);
                match serde_json::from_str::<Comparison>(&json) {
                    Ok(mut comparison) => {
                        comparison.a.document.text = text(2);
                        comparison.b.document.text = text(3);
                        let reports = PeopleReports::from_payloads(text, 4);
                        let result = Rc::new(ComparisonResult { comparison, json, reports, millis });
                        vec![EngineEvent::Compared { job, result }]
                    }
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable comparison: {e}") }],
                }
            }
            Response::Row { job } => {
                // A portfolio worker goes on with the next file: starting a worker (loading and
                // compiling the engine) costs more than a fixture-sized analysis. A panic still
                // costs only the worker and its one file.
                if !self.release(index, job) {
                    return Vec::new();
                }
                match serde_json::from_str::<klausul::review::Row>(&text(1)) {
                    Ok(row) => vec![EngineEvent::Row { job, row: Rc::new(row) }],
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable row: {e}") }],
                }
            }
            Response::Word { job, .. } => {
                if !self.finish(index, job) {
                    return Vec::new();
                }
                let payload = data.get(1);
                if payload.is_instance_of::<Uint8Array>() {
                    vec![EngineEvent::Word { job, bytes: Uint8Array::from(payload).to_vec() }]
                } else {
                    vec![EngineEvent::Crashed { job, detail: "the Word file did not arrive".to_string() }]
                }
            }
            Response::Failed { job, file, message_en, message_da } => {
                self.finish(index, job);
                vec![EngineEvent::Failed { job, file, message_en, message_da }]
            }
            Response::Panicked { message } => {
                web_sys::console::error_1(&JsValue::from_str(&format!("klausul engine: {message}")));
                self.workers[index].last_panic = Some(message);
                Vec::new()
            }
        }
    }

    /// A worker died: its job (if it had started) is reported; a job whose worker died while
    /// loading moves to a new worker.
    fn crashed(&mut self, id: u32, detail: String) -> Vec<EngineEvent> {
        let Some(index) = self.position(id) else { return Vec::new() };
        let mut live = self.workers.remove(index);
        if !live.ready {
            self.failed_starts += 1;
        }
        let detail = live.last_panic.take().unwrap_or(detail);
        match live.job.take() {
            Some(job) if live.sent => vec![EngineEvent::Crashed { job: job.request.job(), detail }],
            Some(job) => self.assign(job),
            None => Vec::new(),
        }
    }

    /// A job ran past its deadline: its worker is stopped and the job reported.
    fn timed_out(&mut self, id: u32) -> Vec<EngineEvent> {
        let Some(index) = self.position(id) else { return Vec::new() };
        let live = self.workers.remove(index);
        match &live.job {
            Some(job) => vec![EngineEvent::TimedOut { job: job.request.job(), seconds: job.timeout_ms.div_ceil(1000) }],
            None => Vec::new(),
        }
    }
}

fn unavailable(job: &Job, detail: &str) -> EngineEvent {
    EngineEvent::Unavailable { job: job.request.job(), detail: detail.to_string() }
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
