//! The page's state and every change to it: one reducer, no HTML, no DOM.
//!
//! The page keeps each document's bytes and results here, so that a dead worker costs nothing but
//! the job it was running.

use std::collections::BTreeMap;
use std::rc::Rc;

use klausul::Severity;
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::engine::{ComparisonResult, DocResult};
use crate::i18n::{I18n, UiLang};
use crate::protocol::{JobId, Stage, Step};

/// Document A (our standard / earlier version) or B (supplier's DPA / new version).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Our standard, or the earlier version.
    A,
    /// The supplier's DPA, or the new version.
    B,
}

impl Side {
    /// Both sides, in order.
    pub const BOTH: [Side; 2] = [Side::A, Side::B];

    /// 0 for A, 1 for B.
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }

    /// `a` or `b`, for ids and keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::A => "a",
            Side::B => "b",
        }
    }

    /// `A` or `B`, for people.
    pub fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// Why a document has no result.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotError {
    /// In English.
    pub en: String,
    /// In Danish.
    pub da: String,
    /// The engine died on it (as opposed to a file it explained it cannot read).
    pub crashed: bool,
}

impl SlotError {
    /// A page-side error from the UI texts (`key` with `{name}` placeholders), in both languages.
    pub fn ui(key: &str, args: &[(&str, &str)], crashed: bool) -> Self {
        SlotError { en: I18n { lang: UiLang::En }.f(key, args), da: I18n { lang: UiLang::Da }.f(key, args), crashed }
    }
}

/// One loaded document and what the engine made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// The file name.
    pub name: String,
    /// The bytes as loaded; kept so a replaced worker can redo the work.
    pub bytes: Rc<Vec<u8>>,
    /// The running job, if any.
    pub job: Option<JobId>,
    /// Where it is.
    pub stage: Option<Step>,
    /// The analysis, once done.
    pub result: Option<Rc<DocResult>>,
    /// Why there is no analysis.
    pub error: Option<SlotError>,
}

/// The comparison of A and B.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Compare {
    /// Not asked for (fewer than two analyses).
    #[default]
    None,
    /// Running.
    Running {
        /// The job.
        job: JobId,
        /// Which pair of analyses it compares.
        key: String,
        /// Where it is.
        stage: Option<Step>,
    },
    /// Done.
    Done {
        /// Which pair it compares.
        key: String,
        /// The result.
        result: Rc<ComparisonResult>,
    },
    /// Failed.
    Failed {
        /// Which pair it tried.
        key: String,
        /// Why.
        error: SlotError,
    },
}

/// The results tab on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Category matrix.
    #[default]
    Matrix,
    /// Findings.
    Findings,
    /// Redline.
    Redline,
    /// Search in both documents.
    Search,
}

/// How the redline is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RedlineMode {
    /// One column with insertions and deletions inline.
    #[default]
    Inline,
    /// A and B in two columns.
    SideBySide,
}

/// A reviewer's decision on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkStatus {
    /// Accepted as a real issue to act on.
    Accepted,
    /// Dismissed as not relevant.
    Dismissed,
}

/// A reviewer's mark on one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// The decision.
    pub status: MarkStatus,
    /// A short note.
    #[serde(default)]
    pub note: String,
}

/// The clause the viewer shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseRef {
    /// Whose clause.
    pub side: Side,
    /// Its id.
    pub id: String,
    /// Spans to highlight (evidence or cues), in the document's chars.
    pub highlights: Vec<[u32; 2]>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The UI language.
    pub lang: UiLang,
    /// Documents A and B.
    pub slots: [Option<Slot>; 2],
    /// The comparison of A and B.
    pub compare: Compare,
    /// The results tab.
    pub tab: Tab,
    /// Findings shown: the severities switched on (empty = all).
    pub severities: Vec<Severity>,
    /// The clause viewer's clause.
    pub selected: Option<ClauseRef>,
    /// The search query.
    pub query: String,
    /// Redline layout.
    pub redline_mode: RedlineMode,
    /// Show unchanged and renumbered-only rows in the redline.
    pub show_unchanged: bool,
    /// The reviewer's marks, by finding key (see [`finding_key`]).
    pub marks: BTreeMap<String, Mark>,
    /// The storage key the marks belong to (from the documents' hashes).
    pub marks_key: Option<String>,
    /// `performance.now()` when the user last asked for work, to time it.
    pub asked_at: Option<f64>,
    /// How long the last comparison took from the user's click to results, in ms.
    pub last_duration: Option<f64>,
    /// The playbook the documents are checked against.
    pub playbook: PlaybookSetting,
    /// The organisation's playbook (`playbook.json` beside index.html), when deployed.
    pub org_playbook: Option<String>,
    /// The organisation's standard DPA (`standard.*` beside index.html): its name and bytes.
    pub standard: Option<(String, Rc<Vec<u8>>)>,
    /// The portfolio review.
    pub portfolio: Portfolio,
}

/// A portfolio review: many files, one row each. Only the rows are kept (and each file's
/// handle, to read it again when its row is opened), never the analyses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portfolio {
    /// The files in the order they were added.
    pub files: Vec<PortfolioFile>,
    /// Jobs running: job → file index.
    pub running: BTreeMap<JobId, usize>,
}

/// One file of the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioFile {
    /// The file's name (the row's `file`).
    pub name: String,
    /// The browser's handle on it.
    pub file: web_sys::File,
    /// Its row, once made.
    pub row: Option<Rc<klausul::review::Row>>,
}

impl Portfolio {
    /// Rows made so far.
    pub fn done(&self) -> usize {
        self.files.iter().filter(|f| f.row.is_some()).count()
    }
}

/// The playbook in use, as kept in localStorage.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlaybookSetting {
    /// A valid `klausul.playbook/1` JSON, if one was chosen.
    pub json: Option<String>,
    /// Whether the documents are checked against it.
    pub enabled: bool,
}

impl PlaybookSetting {
    /// Where the user's playbook is kept.
    pub const STORAGE_KEY: &'static str = "klausul.playbook";

    /// The JSON to check the documents against, when one is chosen and switched on.
    pub fn active(&self) -> Option<String> {
        self.json.clone().filter(|_| self.enabled)
    }
}

/// The bundled EU standard clauses (2021/915) file names start with this.
pub const REFERENCE_PREFIX: &str = "eu-scc-2021-915";

/// True for the bundled EU reference text: its template options and blanks are the published
/// text, so its own findings are not listed.
pub fn is_reference(name: &str) -> bool {
    name.starts_with(REFERENCE_PREFIX)
}

/// A change to the state.
#[derive(Debug, Clone)]
pub enum Action {
    /// Choose the UI language.
    SetLang(UiLang),
    /// A file was loaded into a side and its analysis queued as `job`.
    Load { side: Side, name: String, bytes: Rc<Vec<u8>>, job: JobId, at: Option<f64> },
    /// A job reached a stage or read another page.
    Progress { job: JobId, step: Step },
    /// An analysis arrived.
    Analyzed { job: JobId, result: Rc<DocResult> },
    /// A job failed (`file` 0 = A/the only file, 1 = B) or crashed (`file` None).
    Failed { job: JobId, file: Option<u8>, error: SlotError },
    /// A comparison was queued.
    CompareStarted { job: JobId, key: String },
    /// A comparison arrived.
    Compared { job: JobId, result: Rc<ComparisonResult>, at: Option<f64> },
    /// Exchange A and B.
    Swap,
    /// Remove one document.
    Clear(Side),
    /// Remove both.
    ClearAll,
    /// Show a tab.
    SetTab(Tab),
    /// Switch a severity on or off in the findings filter.
    ToggleSeverity(Severity),
    /// Open (or close, with None) the clause viewer.
    Select(Option<ClauseRef>),
    /// Set the search query.
    SetQuery(String),
    /// Choose the redline layout.
    SetRedlineMode(RedlineMode),
    /// Show or hide unchanged rows in the redline.
    SetShowUnchanged(bool),
    /// Marks loaded from storage for a pair.
    MarksLoaded { key: String, marks: BTreeMap<String, Mark> },
    /// Set (or remove, with None) the mark on a finding.
    SetMark { finding: String, mark: Option<Mark> },
    /// Files added to the portfolio, each queued as a job.
    PortfolioAdd(Vec<(String, web_sys::File, JobId)>),
    /// Portfolio rows arrived (several at once: the table is drawn once for all of them).
    PortfolioRows(Vec<(JobId, Rc<klausul::review::Row>)>),
    /// Empty the portfolio.
    PortfolioClear,
    /// Use a playbook (or switch it off).
    SetPlaybook(PlaybookSetting),
    /// What the deployment put beside index.html.
    Deployed { playbook: Option<String>, standard: Option<(String, Rc<Vec<u8>>)> },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Load { side, name, bytes, job, at } => {
                s.slots[side.index()] =
                    Some(Slot { name, bytes, job: Some(job), stage: Some(Stage::Loading.into()), result: None, error: None });
                s.compare = Compare::None;
                s.selected = None;
                s.asked_at = at;
            }
            Action::Progress { job, step } => {
                for slot in s.slots.iter_mut().flatten() {
                    if slot.job == Some(job) {
                        slot.stage = Some(step);
                    }
                }
                if let Compare::Running { job: j, stage: st, .. } = &mut s.compare {
                    if *j == job {
                        *st = Some(step);
                    }
                }
            }
            Action::Analyzed { job, result } => {
                for slot in s.slots.iter_mut().flatten() {
                    if slot.job == Some(job) {
                        slot.job = None;
                        slot.stage = None;
                        slot.result = Some(result.clone());
                        slot.error = None;
                    }
                }
            }
            Action::Failed { job, file, error } => {
                if let Some(i) = s.portfolio.running.remove(&job) {
                    if let Some(f) = s.portfolio.files.get_mut(i) {
                        f.row = Some(Rc::new(klausul::review::Row::refused(&f.name, "", klausul::review::Status::Error, &error.en)));
                    }
                }
                for slot in s.slots.iter_mut().flatten() {
                    if slot.job == Some(job) {
                        slot.job = None;
                        slot.stage = None;
                        slot.error = Some(error.clone());
                    }
                }
                if let Compare::Running { job: j, key, .. } = &s.compare {
                    if *j == job {
                        // A comparison only runs on two read documents, so a failure here is the
                        // engine's; show it next to the file it was reading when one is known.
                        if let Some(slot) = file.and_then(|f| s.slots.get_mut(f as usize)).and_then(Option::as_mut) {
                            slot.error = Some(error.clone());
                        }
                        s.compare = Compare::Failed { key: key.clone(), error };
                    }
                }
            }
            Action::CompareStarted { job, key } => s.compare = Compare::Running { job, key, stage: None },
            Action::Compared { job, result, at } => {
                if let Compare::Running { job: j, key, .. } = &s.compare {
                    if *j == job {
                        s.compare = Compare::Done { key: key.clone(), result };
                        if let (Some(t0), Some(t1)) = (s.asked_at.take(), at) {
                            s.last_duration = Some(t1 - t0);
                        }
                    }
                }
            }
            Action::Swap => {
                s.slots.swap(0, 1);
                s.compare = Compare::None;
                s.selected = None;
            }
            Action::Clear(side) => {
                s.slots[side.index()] = None;
                s.compare = Compare::None;
                s.selected = None;
            }
            Action::ClearAll => {
                s.slots = [None, None];
                s.compare = Compare::None;
                s.selected = None;
                s.query.clear();
            }
            Action::SetTab(tab) => s.tab = tab,
            Action::ToggleSeverity(sev) => {
                if let Some(i) = s.severities.iter().position(|x| *x == sev) {
                    s.severities.remove(i);
                } else {
                    s.severities.push(sev);
                }
            }
            Action::Select(clause) => s.selected = clause,
            Action::SetQuery(q) => s.query = q,
            Action::SetRedlineMode(m) => s.redline_mode = m,
            Action::SetShowUnchanged(v) => s.show_unchanged = v,
            Action::MarksLoaded { key, marks } => {
                s.marks_key = Some(key);
                s.marks = marks;
            }
            Action::PortfolioAdd(files) => {
                for (name, file, job) in files {
                    s.portfolio.running.insert(job, s.portfolio.files.len());
                    s.portfolio.files.push(PortfolioFile { name, file, row: None });
                }
            }
            Action::PortfolioRows(rows) => {
                for (job, row) in rows {
                    if let Some(i) = s.portfolio.running.remove(&job) {
                        if let Some(f) = s.portfolio.files.get_mut(i) {
                            f.row = Some(row);
                        }
                    }
                }
            }
            Action::PortfolioClear => s.portfolio = Portfolio::default(),
            Action::SetPlaybook(setting) => s.playbook = setting,
            Action::Deployed { playbook, standard } => {
                // The organisation's playbook is used unless this browser already has its own.
                if s.playbook.json.is_none() {
                    if let Some(json) = &playbook {
                        s.playbook = PlaybookSetting { json: Some(json.clone()), enabled: true };
                    }
                }
                s.org_playbook = playbook;
                s.standard = standard;
            }
            Action::SetMark { finding, mark } => match mark {
                Some(m) => {
                    s.marks.insert(finding, m);
                }
                None => {
                    s.marks.remove(&finding);
                }
            },
        }
        Rc::new(s)
    }
}

impl State {
    /// The slot of a side.
    pub fn slot(&self, side: Side) -> Option<&Slot> {
        self.slots[side.index()].as_ref()
    }

    /// The analysis of a side, when done.
    pub fn result(&self, side: Side) -> Option<&Rc<DocResult>> {
        self.slot(side).and_then(|s| s.result.as_ref())
    }

    /// The key of the current pair of analyses (`sha_a:sha_b`), when both are done.
    pub fn pair_key(&self) -> Option<String> {
        let (a, b) = (self.result(Side::A)?, self.result(Side::B)?);
        Some(format!("{}:{}", a.analysis.document.sha256, b.analysis.document.sha256))
    }

    /// The storage key for the reviewer's marks of what is loaded now.
    pub fn marks_storage_key(&self) -> Option<String> {
        match (self.result(Side::A), self.result(Side::B)) {
            (Some(_), Some(_)) => self.pair_key().map(|k| format!("klausul.marks.{k}")),
            (Some(r), None) | (None, Some(r)) => Some(format!("klausul.marks.{}", r.analysis.document.sha256)),
            (None, None) => None,
        }
    }

    /// The finished comparison, if it belongs to the current pair.
    pub fn comparison(&self) -> Option<&Rc<ComparisonResult>> {
        match &self.compare {
            Compare::Done { key, result } if Some(key) == self.pair_key().as_ref() => Some(result),
            _ => None,
        }
    }
}

/// The key of a finding for the reviewer's marks: side, id and the clauses it rests on.
pub fn finding_key(side: Side, finding: &klausul::Finding) -> String {
    format!("{}:{}@{}", side.as_str(), finding.id, finding.clauses.join(","))
}

/// The parts of a [`finding_key`]: side (`a`/`b`), finding id, and its clause ids.
pub fn finding_key_parts(key: &str) -> (&str, &str, Vec<&str>) {
    let (side, rest) = key.split_once(':').unwrap_or(("", key));
    let (finding, clauses) = rest.split_once('@').unwrap_or((rest, ""));
    (side, finding, clauses.split(',').filter(|c| !c.is_empty()).collect())
}
