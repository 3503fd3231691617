//! The page's side of the engine: Web Workers that run the jobs.
//!
//! Each job (read and analyse one file, or compare two) gets a worker of its own, which is
//! terminated as soon as the job is answered. A worker that panics, or that runs past its
//! deadline, costs exactly its own job: the page keeps every document's bytes and results, the
//! other document's job runs on in its own worker, and the next job gets a fresh one. Up to
//! [`SPARE_WORKERS`] workers are started ahead of need ([`Engine::warm_up`]) so that a job does
//! not wait for the engine's wasm to load; the two analyses of a pair run in parallel.
//!
//! The portfolio ([`Engine::review_rows`]) is the exception: its files queue here and go to a
//! pool of as many workers as the device has cores, which are kept from file to file (starting a
//! worker costs more than a fixture-sized analysis). Each pool worker has the next file posted
//! behind the one it runs, so it never waits for the page; the page posts each file's `File`
//! handle, and the worker reads the bytes itself. A panic or a deadline still costs only the
//! worker and the file it was running; the files posted behind it go back to the queue.
//!
//! Nothing here may panic: every value from a worker is checked, and a `RefCell` that is busy
//! (a re-entrant call) is waited out by the JS event loop rather than unwrapped.

use std::cell::RefCell;
use std::collections::VecDeque;
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
/// The portfolio's pool has as many workers as the device has cores, at most this many.
const MAX_POOL: usize = 8;
/// Portfolio jobs posted to one pool worker at once: the one it runs and the next.
const POOL_DEPTH: usize = 2;
/// The pool's warm-up runs documents until the pool has run this many on the page (the user's
/// files included): by then V8 has optimised most of the engine.
const WARM_UP_RUNS: usize = 16;
/// Portfolio rows are handed to the page at most this often (the first and the last at once).
/// Drawing the growing table takes the page's main thread a few milliseconds each time, on the
/// cores the pool is using: five times a second keeps the progress live and, against ten, let 20
/// files on a fresh page finish about a tenth sooner (BENCHMARKS.md).
pub const ROW_BATCH_MS: f64 = 200.0;
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
    /// Portfolio rows are made: those that arrived since the last such event, at most every
    /// [`ROW_BATCH_MS`] (the page draws its table once per batch, not once per file).
    Rows(Vec<(JobId, Rc<klausul::review::Row>)>),
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

/// What a job sends besides its header: bytes the page holds, or a file the worker reads itself.
enum Payload {
    Bytes(Rc<Vec<u8>>),
    /// A chosen file: posted as the browser's handle (no copy), read in the worker.
    File(web_sys::Blob),
}

impl Payload {
    fn len(&self) -> usize {
        match self {
            Payload::Bytes(b) => b.len(),
            Payload::File(f) => f.size() as usize,
        }
    }
}

struct Job {
    request: Request,
    payloads: Vec<Payload>,
    /// Its deadline, worked out when it starts ([`Inner::arm`]): the size of a chosen file costs
    /// the page a call into the browser, too slow to make for every file of a portfolio before
    /// the first one is posted.
    timeout_ms: Option<u32>,
    /// A portfolio job: run by the pool, its worker kept for the next one.
    pooled: bool,
    /// The pool's warm-up run ([`Engine::warm_up_pool`]): its row is not the page's.
    warm_up: bool,
}

/// One worker: idle (no job), running one job, or (a pool worker) running one portfolio job
/// with the next ones already posted behind it.
struct Live {
    id: u32,
    worker: Worker,
    ready: bool,
    /// Its jobs in the order it runs them; the first is running once posted.
    jobs: VecDeque<Job>,
    /// How many of `jobs` (from the front) have been posted.
    sent: usize,
    last_panic: Option<String>,
    _deadline: Option<Timeout>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Live {
    fn head(&self) -> Option<JobId> {
        self.jobs.front().map(|j| j.request.job())
    }

    fn pooled(&self) -> bool {
        self.jobs.front().is_some_and(|j| j.pooled)
    }

    /// Whether it holds a file of the page's portfolio (not only a warm-up run).
    fn has_files(&self) -> bool {
        self.jobs.iter().any(|j| j.pooled && !j.warm_up)
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

struct Inner {
    workers: Vec<Live>,
    /// Portfolio jobs not yet given to a worker.
    queue: VecDeque<Job>,
    /// Warm-up runs not yet given to a worker: one goes to a pool worker only when it has nothing
    /// else to do, and the rest are dropped when files arrive.
    warm_ups: VecDeque<Job>,
    /// How many workers run portfolio jobs at once.
    pool: usize,
    /// Documents the pool has run on this page, warm-up runs included.
    pool_runs: usize,
    /// A warm-up was asked for and its documents are being fetched.
    warm_up_fetching: bool,
    next_worker: u32,
    failed_starts: u32,
    next_job: JobId,
    timeout_override: Option<u32>,
    /// Rows not yet handed to the page, when they were last handed over, and the timer that
    /// will hand these over.
    rows: Vec<(JobId, Rc<klausul::review::Row>)>,
    rows_at: f64,
    rows_timer: Option<Timeout>,
    on_event: Callback<EngineEvent>,
    this: Weak<RefCell<Inner>>,
}

impl Engine {
    /// An engine that reports to `on_event`; workers start with [`Engine::warm_up`] or the
    /// first job.
    pub fn new(on_event: Callback<EngineEvent>) -> Self {
        let timeout_override = crate::dom::load(TIMEOUT_OVERRIDE_KEY).and_then(|s| s.trim().parse().ok());
        let cores = web_sys::window().map_or(2.0, |w| w.navigator().hardware_concurrency());
        let inner = Rc::new(RefCell::new(Inner {
            workers: Vec::new(),
            queue: VecDeque::new(),
            warm_ups: VecDeque::new(),
            pool_runs: 0,
            warm_up_fetching: false,
            pool: if cores.is_finite() { cores.clamp(1.0, MAX_POOL as f64) as usize } else { 2 },
            next_worker: 1,
            failed_starts: 0,
            next_job: 1,
            timeout_override,
            rows: Vec::new(),
            rows_at: f64::NEG_INFINITY,
            rows_timer: None,
            on_event,
            this: Weak::new(),
        }));
        if let Ok(mut i) = inner.try_borrow_mut() {
            i.this = Rc::downgrade(&inner);
        }
        Engine(inner)
    }

    /// Starts spare workers ahead of the first jobs, so the engine is loaded when needed (not
    /// while a portfolio runs: its pool already has every core).
    pub fn warm_up(&self) {
        if let Ok(mut inner) = self.0.try_borrow_mut() {
            if inner.pool_idle() {
                inner.top_up(SPARE_WORKERS);
            }
        }
    }

    /// Queues the analysis of one file, checked against `playbook` (JSON) when given; returns
    /// its job id.
    pub fn analyze(&self, name: &str, bytes: Rc<Vec<u8>>, playbook: Option<String>) -> JobId {
        self.submit(|job| Request::Analyze { job, name: name.to_string(), playbook }, vec![Payload::Bytes(bytes)], false)
    }

    /// Queues the comparison of A's and B's analyses; returns its job id.
    pub fn compare(&self, a: &DocResult, b: &DocResult) -> JobId {
        let bytes = |s: &str| Payload::Bytes(Rc::new(s.as_bytes().to_vec()));
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
            false,
        )
    }

    /// Queues a Word file: the redline of `docs[0]` to `docs[1]`, or the review of `docs[0]`.
    pub fn word(&self, kind: WordKind, docs: [Option<&DocResult>; 2], author: &str, date: &str, lang: &str, marks: Vec<WordMark>) -> JobId {
        let bytes = |s: &str| Payload::Bytes(Rc::new(s.as_bytes().to_vec()));
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
            false,
        )
    }

    /// Queues the files of a portfolio review, each compared with `standard` when given; returns
    /// their job ids in order to `queued` (before any event about them). The files go to the
    /// pool as its workers free up; each worker reads its file itself (the page never holds the
    /// bytes).
    pub fn review_rows(
        &self,
        files: &[(String, web_sys::File)],
        playbook: Option<String>,
        standard: Option<&DocResult>,
        queued: impl FnOnce(Vec<JobId>),
    ) {
        // One copy of the standard for all the jobs (each message copies it to its worker).
        let standard = standard.map(|s| {
            (Rc::new(s.report_json.as_bytes().to_vec()), Rc::new(s.analysis.document.text.as_bytes().to_vec()))
        });
        let (jobs, events) = match self.0.try_borrow_mut() {
            Ok(mut inner) => {
                inner.warm_ups.clear();
                let mut jobs = Vec::with_capacity(files.len());
                for (name, file) in files {
                    let job = inner.next_job_id();
                    let mut payloads = vec![Payload::File(file.clone().into())];
                    if let Some((json, text)) = &standard {
                        payloads.push(Payload::Bytes(json.clone()));
                        payloads.push(Payload::Bytes(text.clone()));
                    }
                    let request = Request::ReviewRow { job, name: name.clone(), playbook: playbook.clone(), standard: standard.is_some() };
                    inner.queue.push_back(Job { request, payloads, timeout_ms: None, pooled: true, warm_up: false });
                    jobs.push(job);
                }
                let events = inner.pump();
                (jobs, events)
            }
            Err(_) => (Vec::new(), Vec::new()),
        };
        queued(jobs);
        self.emit(events);
    }

    /// True when a warm-up would help: the pool has run fewer than [`WARM_UP_RUNS`] documents
    /// on this page, has nothing to do, and no warm-up is on its way. The caller then fetches the
    /// documents for [`Engine::warm_up_pool`].
    pub fn wants_pool_warm_up(&self) -> bool {
        let Ok(mut inner) = self.0.try_borrow_mut() else { return false };
        let wanted = !inner.warm_up_fetching
            && inner.pool_runs < WARM_UP_RUNS
            && inner.warm_ups.is_empty()
            && inner.pool_idle();
        inner.warm_up_fetching |= wanted;
        wanted
    }

    /// Runs the portfolio's row of `documents` in the pool workers, in turn, until the pool has
    /// run [`WARM_UP_RUNS`] documents on this page, and drops the rows, when the user heads for
    /// the portfolio's file buttons: V8 optimises a function of the engine only once it has run
    /// enough (the tier-up takes seconds of background compilation on a fresh page), so this lets
    /// it happen while the user picks the files. A worker gets a run only when it has nothing else
    /// to do, one at a time; the runs not yet started are dropped when files arrive (or any other
    /// job is asked for), so files wait at most for the one run their worker is in. Nothing is
    /// done if files are already queued.
    pub fn warm_up_pool(&self, documents: Vec<(String, Rc<Vec<u8>>)>) {
        let Ok(mut inner) = self.0.try_borrow_mut() else { return };
        inner.warm_up_fetching = false;
        if documents.is_empty() || !inner.pool_idle() {
            return;
        }
        for (name, bytes) in documents.iter().cycle().take(WARM_UP_RUNS.saturating_sub(inner.pool_runs)) {
            let job = inner.next_job_id();
            let request = Request::ReviewRow { job, name: name.clone(), playbook: None, standard: false };
            let payloads = vec![Payload::Bytes(bytes.clone())];
            inner.warm_ups.push_back(Job { request, payloads, timeout_ms: None, pooled: true, warm_up: true });
        }
        inner.pump_warm_ups();
    }

    /// Drops the portfolio files not yet started; those already with a worker finish and their
    /// rows are ignored by the page.
    pub fn cancel_portfolio(&self) {
        if let Ok(mut inner) = self.0.try_borrow_mut() {
            inner.queue.clear();
            inner.warm_ups.clear();
            for live in &mut inner.workers {
                let sent = live.sent;
                let mut i = 0;
                live.jobs.retain(|j| {
                    i += 1;
                    i <= sent || !j.pooled
                });
            }
        }
    }

    /// Stops a job whose answer is no longer wanted (its document was replaced or removed).
    pub fn cancel(&self, job: JobId) {
        let events = match self.0.try_borrow_mut() {
            Ok(mut inner) => {
                inner.queue.retain(|j| j.request.job() != job);
                match inner.workers.iter().position(|w| w.head() == Some(job)) {
                    Some(index) => {
                        // Its worker goes; portfolio files posted behind the job go to others.
                        let mut live = inner.workers.remove(index);
                        live.jobs.pop_front();
                        inner.requeue(live)
                    }
                    None => Vec::new(),
                }
            }
            Err(_) => Vec::new(),
        };
        self.emit(events);
    }

    fn submit(&self, request: impl FnOnce(JobId) -> Request, payloads: Vec<Payload>, pooled: bool) -> JobId {
        let (job, events) = match self.0.try_borrow_mut() {
            Ok(mut inner) => {
                let job = inner.next_job_id();
                let events = inner.assign(Job { request: request(job), payloads, timeout_ms: None, pooled, warm_up: false });
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
    fn next_job_id(&mut self) -> JobId {
        let job = self.next_job;
        self.next_job = self.next_job.wrapping_add(1);
        job
    }

    /// Gives `job` to an idle worker (a ready one first) or a new one; keeps one spare. A
    /// portfolio job goes to the pool instead.
    fn assign(&mut self, job: Job) -> Vec<EngineEvent> {
        self.warm_ups.clear();
        if job.pooled {
            self.queue.push_back(job);
            return self.pump();
        }
        if self.failed_starts >= MAX_FAILED_STARTS {
            return vec![unavailable(&job, "the engine worker failed to start")];
        }
        let index = match self.idle_worker() {
            Some(i) => i,
            None => match self.spawn() {
                Ok(()) => self.workers.len() - 1,
                Err(detail) => return vec![unavailable(&job, &detail)],
            },
        };
        self.workers[index].jobs.push_back(job);
        self.send(index);
        // The next job (the comparison after a pair, the other side) finds a loaded worker;
        // while a portfolio runs, its pool already takes every core.
        if self.queue.is_empty() {
            self.top_up(1);
        }
        Vec::new()
    }

    /// An idle worker, a ready one first.
    fn idle_worker(&self) -> Option<usize> {
        self.workers.iter().enumerate().filter(|(_, w)| w.jobs.is_empty()).max_by_key(|(_, w)| w.ready).map(|(i, _)| i)
    }

    /// Whether the portfolio's pool has nothing queued and nothing running.
    fn pool_idle(&self) -> bool {
        self.queue.is_empty() && !self.workers.iter().any(Live::pooled)
    }

    /// A worker for the pool: an idle one (a ready one first), else a new one. When none can be
    /// started, no more are tried on this page.
    fn idle_or_new_for_pool(&mut self) -> Result<usize, String> {
        if let Some(i) = self.idle_worker() {
            return Ok(i);
        }
        self.spawn().map(|()| self.workers.len() - 1).inspect_err(|detail| {
            web_sys::console::warn_1(&format!("klausul: no engine worker: {detail}").into());
            self.failed_starts = MAX_FAILED_STARTS;
        })
    }

    /// Hands queued portfolio jobs to the pool: at most `pool` workers, each with up to
    /// [`POOL_DEPTH`] jobs posted (the next file waits in the worker's own message queue, so a
    /// worker never idles while the page is busy rendering the last row).
    fn pump(&mut self) -> Vec<EngineEvent> {
        let mut events = Vec::new();
        while let Some(job) = self.queue.pop_front() {
            if self.failed_starts >= MAX_FAILED_STARTS {
                events.push(unavailable(&job, "the engine worker failed to start"));
                continue;
            }
            // Spread over the cores first: an idle worker joins the pool, else a new one is
            // started; only then does a pool worker get a job posted behind its current one.
            let room = self.workers.iter().filter(|w| w.pooled()).count() < self.pool;
            let index = if room {
                match self.idle_or_new_for_pool() {
                    Ok(i) => i,
                    Err(detail) => {
                        events.push(unavailable(&job, &detail));
                        continue;
                    }
                }
            } else {
                let behind = self
                    .workers
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| w.pooled() && w.jobs.len() < POOL_DEPTH)
                    .min_by_key(|(_, w)| (w.jobs.len(), !w.ready))
                    .map(|(i, _)| i);
                match behind {
                    Some(i) => i,
                    None => {
                        self.queue.push_front(job);
                        break;
                    }
                }
            };
            self.workers[index].jobs.push_back(job);
            self.send(index);
        }
        events
    }

    /// Gives the next warm-up runs to the pool: each to a worker with nothing to do (or a new one
    /// while the pool has room), never behind another job, and only while no file is queued.
    fn pump_warm_ups(&mut self) {
        while self.queue.is_empty() && self.failed_starts < MAX_FAILED_STARTS && self.workers.iter().filter(|w| w.pooled()).count() < self.pool {
            let Some(job) = self.warm_ups.pop_front() else { break };
            let Ok(index) = self.idle_or_new_for_pool() else { break };
            self.workers[index].jobs.push_back(job);
            self.send(index);
        }
    }

    /// Starts workers until `spare` of them are idle.
    fn top_up(&mut self, spare: usize) {
        while self.failed_starts < MAX_FAILED_STARTS && self.workers.iter().filter(|w| w.jobs.is_empty()).count() < spare {
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
            jobs: VecDeque::new(),
            sent: 0,
            last_panic: None,
            _deadline: None,
            _on_message: on_message,
            _on_error: on_error,
        });
        Ok(())
    }

    /// Posts the worker's jobs not yet posted, once the worker is ready, and starts the
    /// deadline of the one it runs first.
    fn send(&mut self, index: usize) {
        let files_waiting = !self.queue.is_empty();
        let Some(live) = self.workers.get_mut(index) else { return };
        if !live.ready {
            return;
        }
        // A warm-up run not yet started gives way to real files.
        if live.sent == 0 && live.jobs.front().is_some_and(|j| j.warm_up) && (files_waiting || live.jobs.len() > 1) {
            live.jobs.pop_front();
        }
        while let Some(job) = live.jobs.get(live.sent) {
            let Ok(header) = serde_json::to_string(&job.request) else { return };
            let message = Array::new();
            message.push(&JsValue::from_str(&header));
            for payload in &job.payloads {
                match payload {
                    Payload::Bytes(bytes) => message.push(&Uint8Array::from(bytes.as_slice())),
                    Payload::File(blob) => message.push(blob),
                };
            }
            if live.worker.post_message(&message).is_err() {
                return;
            }
            live.sent += 1;
        }
        self.arm(index);
    }

    /// Starts the deadline of the worker's first job, if it is posted and has none yet.
    fn arm(&mut self, index: usize) {
        let weak = self.this.clone();
        let timeout_override = self.timeout_override;
        let Some(live) = self.workers.get_mut(index) else { return };
        if live._deadline.is_some() || live.sent == 0 {
            return;
        }
        let Some(job) = live.jobs.front_mut() else { return };
        let timeout_ms =
            *job.timeout_ms.get_or_insert_with(|| timeout_override.unwrap_or_else(|| deadline_ms(job.payloads.iter().map(Payload::len).sum())));
        let id = live.id;
        live._deadline = Some(Timeout::new(timeout_ms, move || {
            with_inner(&weak, |inner| inner.timed_out(id));
        }));
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.workers.iter().position(|w| w.id == id)
    }

    /// The worker's job is answered: the worker goes (one worker per job).
    fn finish(&mut self, index: usize, job: JobId) -> bool {
        let ours = self.workers.get(index).and_then(Live::head) == Some(job);
        if ours {
            self.workers.remove(index);
        }
        ours
    }

    /// The worker's portfolio job is answered and the worker goes on with its next one (starting
    /// a worker — loading and compiling the engine — costs more than a fixture-sized analysis).
    fn release(&mut self, index: usize, job: JobId) -> bool {
        let Some(live) = self.workers.get_mut(index) else { return false };
        if live.head() != Some(job) {
            return false;
        }
        live.jobs.pop_front();
        live.sent = live.sent.saturating_sub(1);
        live._deadline = None;
        self.arm(index);
        true
    }

    /// The rows waiting, if the last hand-over is [`ROW_BATCH_MS`] ago or the portfolio is
    /// done; otherwise a timer hands them over then.
    fn hand_over_rows(&mut self) -> Vec<EngineEvent> {
        if self.rows.is_empty() {
            return Vec::new();
        }
        let now = crate::dom::now().unwrap_or(f64::INFINITY);
        let idle = self.queue.is_empty() && !self.workers.iter().any(Live::has_files);
        if idle || now - self.rows_at >= ROW_BATCH_MS {
            self.rows_at = now;
            self.rows_timer = None;
            return vec![EngineEvent::Rows(std::mem::take(&mut self.rows))];
        }
        if self.rows_timer.is_none() {
            let weak = self.this.clone();
            let wait = (self.rows_at + ROW_BATCH_MS - now).clamp(0.0, ROW_BATCH_MS) as u32;
            self.rows_timer = Some(Timeout::new(wait, move || {
                with_inner(&weak, |inner| {
                    inner.rows_timer = None;
                    inner.rows_at = f64::NEG_INFINITY;
                    inner.hand_over_rows()
                });
            }));
        }
        Vec::new()
    }

    /// Jobs a removed worker held that it never answered go back to the pool (portfolio files)
    /// or to a new worker.
    fn requeue(&mut self, live: Live) -> Vec<EngineEvent> {
        let mut live = live;
        let mut events = Vec::new();
        for job in live.jobs.drain(..).rev() {
            if job.pooled {
                self.queue.push_front(job);
            } else {
                events.extend(self.assign(job));
            }
        }
        events.extend(self.pump());
        events
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
                // A panic still costs only the worker and its one file.
                let warm_up = self.workers[index].jobs.front().is_some_and(|j| j.warm_up);
                if !self.release(index, job) {
                    return Vec::new();
                }
                self.pool_runs += 1;
                let mut events = match serde_json::from_str::<klausul::review::Row>(&text(1)) {
                    Ok(_) if warm_up => Vec::new(),
                    Ok(row) => {
                        self.rows.push((job, Rc::new(row)));
                        Vec::new()
                    }
                    Err(e) => vec![EngineEvent::Crashed { job, detail: format!("unreadable row: {e}") }],
                };
                events.extend(self.pump());
                self.pump_warm_ups();
                events.extend(self.hand_over_rows());
                events
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
                let mut events = vec![EngineEvent::Failed { job, file, message_en, message_da }];
                if self.workers[index].pooled() {
                    self.release(index, job);
                    self.pool_runs += 1;
                    events.extend(self.pump());
                    self.pump_warm_ups();
                } else {
                    self.finish(index, job);
                }
                events
            }
            Response::Panicked { message } => {
                web_sys::console::error_1(&JsValue::from_str(&format!("klausul engine: {message}")));
                self.workers[index].last_panic = Some(message);
                Vec::new()
            }
        }
    }

    /// A worker died: the job it was running (if it had started) is reported; jobs it had not
    /// started move to other workers.
    fn crashed(&mut self, id: u32, detail: String) -> Vec<EngineEvent> {
        let Some(index) = self.position(id) else { return Vec::new() };
        let mut live = self.workers.remove(index);
        if !live.ready {
            self.failed_starts += 1;
        }
        let detail = live.last_panic.take().unwrap_or(detail);
        let mut events = Vec::new();
        if live.sent > 0 {
            if let Some(job) = live.jobs.pop_front() {
                events.push(EngineEvent::Crashed { job: job.request.job(), detail });
            }
        }
        events.extend(self.requeue(live));
        events
    }

    /// A job ran past its deadline: its worker is stopped and the job reported; jobs posted
    /// behind it move to other workers.
    fn timed_out(&mut self, id: u32) -> Vec<EngineEvent> {
        let Some(index) = self.position(id) else { return Vec::new() };
        let mut live = self.workers.remove(index);
        let mut events = Vec::new();
        if let Some(job) = live.jobs.pop_front() {
            events.push(EngineEvent::TimedOut { job: job.request.job(), seconds: job.timeout_ms.unwrap_or_default().div_ceil(1000) });
        }
        events.extend(self.requeue(live));
        events
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
