//! The messages between the page and the engine worker.
//!
//! Each message is a JS array: element 0 is a JSON header ([`Request`] or [`Response`]), the rest
//! are payloads that would be wasteful to escape into JSON (file bytes as `Uint8Array`, report
//! texts as strings). Both bins compile this file, so the two sides cannot drift apart.
//!
//! A worker says [`Response::Ready`], then answers [`Request`]s in the order they arrive. Most
//! workers get exactly one and are terminated by the page when it is answered; a portfolio worker
//! gets [`Request::ReviewRow`]s one after another. A job that kills or hangs its worker costs
//! nothing else (portfolio files posted behind it are sent to another worker).

use serde::{Deserialize, Serialize};

/// A job id, unique per page load.
pub type JobId = u32;

/// Page → worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    /// Read and analyse one file; payload 1 holds its bytes.
    Analyze {
        /// The job.
        job: JobId,
        /// The file name (decides nothing but the report's `name` and the format hint).
        name: String,
        /// A `klausul.playbook/1` JSON to check the analysis against, as `--playbook` does.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
    },
    /// Compare two analysed documents exactly as `klausul compare A B` does. Payloads 1 and 2
    /// hold A's `klausul.analysis/1` JSON (as the engine wrote it) and clean text, 3 and 4 B's,
    /// all as UTF-8 bytes: the files are not read again (`tests/roundtrip.rs` checks that an
    /// analysis read back from its JSON compares and reports exactly like the original).
    Compare {
        /// The job.
        job: JobId,
        /// A's file name.
        a_name: String,
        /// B's file name.
        b_name: String,
    },
    /// One file of a portfolio review: payload 1 is the file (a `File`, read by the worker, or
    /// its bytes as a `Uint8Array`); payloads 2 and 3, when
    /// `standard` is set, our standard's analysis JSON and clean text.
    ReviewRow {
        /// The job.
        job: JobId,
        /// The file name (the row's `file`).
        name: String,
        /// A `klausul.playbook/1` JSON, as for `Analyze`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
        /// Whether payloads 2 and 3 hold a standard to compare with.
        #[serde(default)]
        standard: bool,
    },
    /// Write a Word file. For [`WordKind::Redline`] payloads 1–4 are as for `Compare`; for
    /// [`WordKind::Review`] payloads 1 and 2 are the reviewed document's analysis JSON and
    /// clean text.
    Word {
        /// The job.
        job: JobId,
        /// Which file.
        kind: WordKind,
        /// The file names (B's is empty for a review).
        names: [String; 2],
        /// Who the revisions and comments are by.
        author: String,
        /// When, `YYYY-MM-DDThh:mm:ssZ` (the user's clock).
        date: String,
        /// `en` or `da`.
        lang: String,
        /// The reviewer's marks on the reviewed document's findings.
        marks: Vec<WordMark>,
    },
}

/// The Word files the app writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordKind {
    /// The redline of A to B as tracked changes.
    Redline,
    /// One document's findings as comments.
    Review,
}

/// A reviewer's mark as the Word review needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordMark {
    /// `finding_id@clause,clause` (the engine's `docx::finding_key`).
    pub key: String,
    /// Accepted as an issue.
    pub accepted: bool,
    /// Dismissed: no comment.
    pub dismissed: bool,
    /// The reviewer's note.
    pub note: String,
}

impl Request {
    /// The job this request belongs to.
    pub fn job(&self) -> JobId {
        match self {
            Request::Analyze { job, .. } | Request::Compare { job, .. } | Request::Word { job, .. } | Request::ReviewRow { job, .. } => *job,
        }
    }
}

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Waiting for the engine to load.
    Loading,
    /// Reading the file's bytes.
    Reading,
    /// Extracting text (PDF, DOCX, text).
    Extracting,
    /// Segmenting, classifying, extracting attributes, assessing.
    Analysing,
    /// Aligning and comparing the two documents.
    Comparing,
    /// Writing the reports.
    Reporting,
}

impl Stage {
    /// The i18n key of the stage's name.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Loading => "stage.loading",
            Stage::Reading => "stage.reading",
            Stage::Extracting => "stage.extracting",
            Stage::Analysing => "stage.analysing",
            Stage::Comparing => "stage.comparing",
            Stage::Reporting => "stage.reporting",
        }
    }
}

/// Where a job is, with the page count while a PDF is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The stage.
    pub stage: Stage,
    /// Pages read and pages in the file, while a PDF's text is extracted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<[u32; 2]>,
}

impl From<Stage> for Step {
    fn from(stage: Stage) -> Self {
        Step { stage, pages: None }
    }
}

/// Worker → page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    /// The engine is loaded and takes requests.
    Ready,
    /// A job reached a stage (or read another page).
    Progress {
        /// The job.
        job: JobId,
        /// Where it is.
        step: Step,
    },
    /// An analysis; payload 1 is the `klausul.analysis/1` JSON, payload 2 the clean text, 3 and 4
    /// the Markdown report in English and Danish, 5 and 6 the HTML report in English and Danish.
    Analyzed {
        /// The job.
        job: JobId,
        /// Time spent in the engine, in milliseconds.
        millis: f64,
    },
    /// A comparison; payload 1 is the `klausul.comparison/1` JSON (exactly what the CLI prints),
    /// payloads 2 and 3 the clean texts of A and B, 4 and 5 the Markdown report in English and
    /// Danish, 6 and 7 the HTML report in English and Danish.
    Compared {
        /// The job.
        job: JobId,
        /// Time spent in the engine, in milliseconds.
        millis: f64,
    },
    /// A portfolio row; payload 1 is its JSON (`klausul.review/1` row).
    Row {
        /// The job.
        job: JobId,
    },
    /// A Word file; payload 1 is its bytes (`Uint8Array`).
    Word {
        /// The job.
        job: JobId,
        /// Time spent in the engine, in milliseconds.
        millis: f64,
    },
    /// The file could not be read.
    Failed {
        /// The job.
        job: JobId,
        /// Which file (0 = the only one or A, 1 = B).
        file: u8,
        /// The explanation in English.
        message_en: String,
        /// The explanation in Danish.
        message_da: String,
    },
    /// The engine panicked; the worker is about to die.
    Panicked {
        /// The panic message, for the console.
        message: String,
    },
}
