//! `klausul review`: the command line's batch driver, and the one library module that touches the
//! file system (it exists only with the `cli` feature; the engine itself never does).
//!
//! Files are found first (folders recursively, by extension), then analysed on a rayon pool: each
//! file is read once, analysed exactly as `klausul analyze` does, boiled down to its [`Row`] and
//! dropped, so memory stays flat however many files there are. A panic inside the engine is
//! caught per file and costs that file's row only (the native build unwinds; see Cargo.toml).

use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::{render, Review, Row, Status};
use crate::playbook::Checked;
use crate::report::ReportLang;
use crate::Analysis;

/// The extensions a folder is searched for (a file named on the command line is read whatever
/// its name).
pub const EXTENSIONS: [&str; 6] = ["pdf", "docx", "txt", "md", "html", "htm"];

/// What `klausul review` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReviewFormat {
    /// One line per file, comma-separated, with a header line.
    Csv,
    /// The klausul.review/1 report (docs/review-schema.md).
    Json,
    /// A Markdown table.
    Md,
    /// A standalone HTML page with the table.
    Html,
    /// An aligned table of the main columns, for a terminal.
    Text,
}

/// The arguments of `klausul review`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReviewArgs {
    /// Files and folders; folders are searched recursively for .pdf, .docx, .txt and .md files.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How many files to analyse at once (default: one per core).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Compare each file with your standard agreement and list the categories where the file is
    /// less strict or says nothing.
    #[arg(long, value_name = "STANDARD")]
    pub against: Option<PathBuf>,
    /// Output format (default: a table on a terminal, CSV when piped; with --output, from the
    /// file's extension, else CSV).
    #[arg(long, short, value_enum)]
    pub format: Option<ReviewFormat>,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The global options that apply to a review.
pub struct Settings<'a> {
    /// Language of the labels in md, html and text.
    pub lang: ReportLang,
    /// Analyse files that do not look like a data processing agreement anyway.
    pub force: bool,
    /// The playbook to check each file against.
    pub playbook: Option<&'a Checked>,
}

/// Runs a review and writes it. `Ok` when every row is `ok`; `Err` with a one-line message
/// (exit code 2) when some is not — every row is still written — or when the review could not
/// start (a bad `--against` file, an unwritable `--output`).
pub fn run(args: &ReviewArgs, settings: &Settings<'_>) -> Result<(), String> {
    let standard = match &args.against {
        Some(path) => Some(analyse_standard(path, settings)?),
        None => None,
    };
    let (files, unreadable) = collect(&args.paths);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| format!("could not start the worker threads: {e}"))?;
    let bar = progress_bar(files.len() as u64);
    let context = Context { settings, standard: standard.as_ref() };
    let rows: Vec<Row> = with_quiet_caught_panics(|| {
        pool.install(|| {
            files
                .par_iter()
                .map(|path| {
                    let row = review_file(path, &context);
                    bar.inc(1);
                    row
                })
                .collect()
        })
    });
    bar.finish_and_clear();
    let mut review = Review::new(rows.into_iter().chain(unreadable).collect());
    review.playbook = settings.playbook.map(|p| p.name.clone());
    review.standard = args.against.as_ref().map(|p| p.display().to_string());
    let format = args.format.unwrap_or_else(|| default_format(args.output.as_deref()));
    let out = match format {
        ReviewFormat::Csv => csv(&review)?,
        ReviewFormat::Json => render::json(&review),
        ReviewFormat::Md => render::markdown(&review, settings.lang),
        ReviewFormat::Html => render::html(&review, settings.lang),
        ReviewFormat::Text => render::text(&review, settings.lang),
    };
    match &args.output {
        Some(path) => std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`klausul review … | head`) is not an error worth a message.
            let _ = stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush());
        }
    }
    let not_ok = review.documents.iter().filter(|r| r.status != Status::Ok).count();
    if review.documents.is_empty() {
        Err("no files to review (folders are searched for .pdf, .docx, .txt and .md files)".to_string())
    } else if not_ok == 0 {
        Ok(())
    } else {
        Err(format!("{not_ok} of {} files were not analysed (see the status and reason columns)", review.documents.len()))
    }
}

fn default_format(output: Option<&Path>) -> ReviewFormat {
    let Some(output) = output else {
        return if std::io::stdout().is_terminal() { ReviewFormat::Text } else { ReviewFormat::Csv };
    };
    match output.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("json") => ReviewFormat::Json,
        Some("md") => ReviewFormat::Md,
        Some("html" | "htm") => ReviewFormat::Html,
        _ => ReviewFormat::Csv,
    }
}

/// The review as CSV (see [`super::csv`]).
pub fn csv(review: &Review) -> Result<String, String> {
    super::csv(review)
}

fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed} (about {eta} left)") {
        bar.set_style(style);
    }
    bar
}

struct Context<'a> {
    settings: &'a Settings<'a>,
    standard: Option<&'a Analysis>,
}

/// The files under `paths`, and a row for each path that could not be searched.
fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Row>) {
    let (mut files, mut unreadable) = (Vec::new(), Vec::new());
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, &mut unreadable);
        } else {
            // A missing file gets its row from the read that fails.
            files.push(path.clone());
        }
    }
    files.sort();
    files.dedup();
    (files, unreadable)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, unreadable: &mut Vec<Row>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return unreadable.push(Row::refused(&dir.display().to_string(), "", Status::Error, &e.to_string())),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                unreadable.push(Row::refused(&dir.display().to_string(), "", Status::Error, &e.to_string()));
                continue;
            }
        };
        let path = entry.path();
        // Symbolic links to folders are not followed (no loops); links to files are read.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            walk(&path, files, unreadable);
        } else if path.is_file() && has_extension(&path) {
            files.push(path);
        }
    }
}

fn has_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}



fn analyse_standard(path: &Path, settings: &Settings<'_>) -> Result<Analysis, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = base_name(path);
    super::analyse(&bytes, &name, settings.force, settings.playbook).map_err(|(_, reason)| format!("{} (the standard of --against): {reason}", path.display()))
}

fn base_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn review_file(path: &Path, context: &Context<'_>) -> Row {
    let file = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return Row::refused(&file, "", Status::Error, &e.to_string()),
    };
    let name = base_name(path);
    CATCHING.with(|c| c.set(true));
    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        test_panic(&name);
        super::analyse(&bytes, &name, context.settings.force, context.settings.playbook).map(|analysis| Row::from_analysis(&file, &analysis, context.standard))
    }));
    CATCHING.with(|c| c.set(false));
    let failed = |status, reason: &str| Row::refused(&file, &super::sha256_hex(&bytes), status, reason);
    match caught {
        Ok(Ok(row)) => row,
        Ok(Err((status, reason))) => failed(status, &reason),
        Err(payload) => {
            let detail = LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| payload_message(payload.as_ref()));
            failed(Status::Error, &format!("the file could not be read because of an internal error ({detail})"))
        }
    }
}

/// Test builds only: a file with the name in `KLAUSUL_REVIEW_TEST_PANIC` panics the parser, so
/// tests/review.rs can show that a panic costs one row. Release builds have no such hook.
#[cfg(debug_assertions)]
fn test_panic(name: &str) {
    if std::env::var_os("KLAUSUL_REVIEW_TEST_PANIC").is_some_and(|n| n == name) {
        panic!("test panic for {name}");
    }
}

#[cfg(not(debug_assertions))]
fn test_panic(_: &str) {}


fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

thread_local! {
    /// Set on a worker thread while it reviews files: its panics are caught, not reported.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// The message of the last panic caught on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

type Hook = Arc<dyn Fn(&PanicHookInfo<'_>) + Send + Sync>;

/// Runs `f` with a panic hook that keeps quiet about panics on review threads (they become rows)
/// and hands every other panic to the hook that was there before (the CLI's: a message and exit
/// code 2), which is put back afterwards.
fn with_quiet_caught_panics<T>(f: impl FnOnce() -> T) -> T {
    let previous: Hook = Arc::from(panic::take_hook());
    let fallback = previous.clone();
    panic::set_hook(Box::new(move |info| {
        if CATCHING.with(Cell::get) {
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
        } else {
            fallback(info);
        }
    }));
    let result = f();
    let _ = panic::take_hook();
    panic::set_hook(Box::new(move |info| previous(info)));
    result
}
