//! `klausul`: the command-line face of the engine, for batch review.
//!
//! Exit codes: 0 when the analysis ran (whatever it found), 2 when an input could not be read
//! or does not look like a data processing agreement (`--force` analyses it anyway), or when a
//! playbook is refused.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::cell::{Cell, RefCell};
use std::sync::{mpsc, Mutex, OnceLock};

use clap::{Parser, Subcommand, ValueEnum};
use klausul::report::{self, ReportFormat, ReportLang};
use klausul::Document;
use klausul::compare::align::{Candidates, Side};

/// Compare GDPR data processing agreements offline.
#[derive(Parser)]
#[command(name = "klausul", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the labels and explanations in md, html and text reports (the JSON has ids).
    #[arg(long, global = true, value_enum, default_value_t = Language::En)]
    lang: Language,
    /// Analyse a text even when it does not look like a data processing agreement (without this,
    /// such a file is refused with exit code 2, so a batch run flags it).
    #[arg(long, global = true)]
    force: bool,
    /// Check the agreements against your playbook as well: a klausul.playbook/1 JSON file, or a
    /// preset (gdpr-minimum, eu-scc, datatilsynet, starter). Deviations are findings `playbook:*`.
    #[arg(long, global = true, value_name = "FILE|PRESET")]
    playbook: Option<String>,
    /// Author of the tracked changes and comments in a Word (docx) report.
    #[arg(long, global = true, default_value = "Klausul")]
    author: String,
    /// Date of the tracked changes and comments in a Word report, YYYY-MM-DDThh:mm:ssZ (default: now).
    #[arg(long, global = true)]
    date: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Language {
    En,
    Da,
}

#[derive(Subcommand)]
enum Command {
    /// Print the clean text extracted from a PDF, DOCX, Markdown or text file.
    Extract {
        /// The file to read.
        file: PathBuf,
    },
    /// Analyse one agreement: clauses, categories, attributes and findings.
    Analyze {
        /// The file to read.
        file: PathBuf,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Write the report to this file instead of standard output (required for docx).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Compare two agreements, or two versions of one (A = ours / earlier, B = theirs / newer).
    Compare {
        /// Document A.
        a: PathBuf,
        /// Document B.
        b: PathBuf,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Write the report to this file instead of standard output (required for docx).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Review a batch of agreements: one row per file (CSV, JSON, md, html or a table), files
    /// analysed in parallel; exit code 2 when any file could not be analysed.
    Review(klausul::review::batch::ReviewArgs),
    /// Playbooks: validate one, or print a starting playbook to edit.
    Playbook {
        #[command(subcommand)]
        action: PlaybookAction,
    },
}

#[derive(Subcommand)]
enum PlaybookAction {
    /// Validate a playbook (exit 0 when it is valid, 2 with the reason when not).
    Check {
        /// A klausul.playbook/1 JSON file, or a preset name.
        file: String,
    },
    /// Print a starting playbook whose rules each carry a note saying what they check.
    Init,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Json,
    Md,
    Html,
    Text,
    /// Word: a comparison as tracked changes, an analysis as comments (needs --output).
    Docx,
}

impl OutputFormat {
    fn to_report(self) -> ReportFormat {
        match self {
            OutputFormat::Json => ReportFormat::Json,
            OutputFormat::Md => ReportFormat::Markdown,
            OutputFormat::Html => ReportFormat::Html,
            OutputFormat::Text => ReportFormat::Text { color: std::io::stdout().is_terminal() },
            OutputFormat::Docx => unreachable!("docx is written by word_options' callers"),
        }
    }
}

thread_local! {
    /// The file this thread is reading or analysing, for the panic hook's message.
    static CURRENT_FILE: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
    /// Set on `compare`'s second thread: a panic there is reported by the main thread after
    /// what document A printed, as if the documents had been read one after the other.
    static DEFERRED_PANIC: Cell<bool> = const { Cell::new(false) };
}

/// The panic message of `compare`'s second thread, for the main thread to print.
static DEFERRED_MESSAGE: Mutex<Option<String>> = Mutex::new(None);

fn main() -> ExitCode {
    // A parser panic is reported here and ends the run (`review` catches its own per file).
    std::panic::set_hook(Box::new(|info| {
        let file = CURRENT_FILE.with_borrow(|f| f.clone());
        let place = file.map(|f| format!("{}: ", f.display())).unwrap_or_default();
        let message = format!("klausul: {place}the file could not be read because of an internal error ({info})");
        if DEFERRED_PANIC.get() {
            if let Ok(mut slot) = DEFERRED_MESSAGE.lock() {
                slot.get_or_insert(message);
            }
            return;
        }
        eprintln!("{message}");
        std::process::exit(2);
    }));
    match try_main(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("klausul: {message}");
            ExitCode::from(2)
        }
    }
}

fn try_main(cli: Cli) -> Result<(), String> {
    let lang = match cli.lang {
        Language::En => ReportLang::En,
        Language::Da => ReportLang::Da,
    };
    let force = cli.force;
    // What a file's reading says on standard error is collected in `notes`, so that `compare`
    // can read both files at once and still print A's notes before B's.
    let read_dpa = |path: &Path, notes: &mut Vec<String>| -> Result<Document, String> {
        let doc = read(path, notes)?;
        let not_a_dpa = doc.warnings.iter().any(|w| w == klausul::ingest::NOT_A_DPA);
        if not_a_dpa && force {
            notes.push(format!("klausul: {}: warning: {}", path.display(), klausul::ingest::NOT_A_DPA));
        } else if not_a_dpa {
            return Err(format!(
                "{}: this does not look like a data processing agreement (no data-protection terms found); \
                 use --force to analyse it anyway",
                path.display()
            ));
        }
        Ok(doc)
    };
    let playbook = cli.playbook.as_deref().map(load_playbook).transpose()?;
    let analyze = |doc: &Document| {
        let mut analysis = klausul::analyze(doc);
        if let Some(pb) = &playbook {
            klausul::playbook::apply(pb, &mut analysis);
        }
        analysis
    };
    let output = match cli.command {
        Command::Review(args) => {
            let settings = klausul::review::batch::Settings { lang, force, playbook: playbook.as_ref() };
            return klausul::review::batch::run(&args, &settings);
        }
        Command::Playbook { action: PlaybookAction::Check { file } } => {
            let pb = load_playbook(&file)?;
            format!("{file}: valid playbook \"{}\" with {} rules\n", pb.name, pb.rules.len())
        }
        Command::Playbook { action: PlaybookAction::Init } => klausul::playbook::preset("starter").unwrap_or_default().to_string(),
        Command::Extract { file } => {
            let mut notes = Vec::new();
            let doc = read(&file, &mut notes);
            print_notes(&notes);
            let mut text = doc?.text;
            text.push('\n');
            text
        }
        Command::Analyze { file, format, output } => {
            check_output(format, output.as_deref())?;
            let mut notes = Vec::new();
            let doc = read_dpa(&file, &mut notes);
            print_notes(&notes);
            let analysis = analyze(&doc?);
            let report = match format {
                OutputFormat::Docx => report::docx::review(&analysis, &word_options(&cli.author, cli.date.as_deref(), lang)?),
                _ => report::analysis_in(&analysis, format.to_report(), lang).into_bytes(),
            };
            return emit(&report, output.as_deref());
        }
        Command::Compare { a, b, format, output } => {
            check_output(format, output.as_deref())?;
            // The two documents are read and analysed at once, B on a second thread; everything
            // either prints comes out as if A had been done first (see `both`).
            // Each thread also makes its side's alignment features, so that only the matching
            // itself is left for after both, and for JSON its analysis's part of the report.
            let json = matches!(format, OutputFormat::Json);
            let load = |path: &Path| {
                let mut notes = Vec::new();
                let analysis = read_dpa(path, &mut notes).map(|doc| {
                    let analysis = analyze(&doc);
                    let side = klausul::compare::prepare(&analysis);
                    let embedded = json.then(|| report::embedded_json(&analysis));
                    (analysis, side, embedded)
                });
                (analysis, notes)
            };
            // Then each thread also lists the clause pairs its side's clauses suggest.
            let candidates = |(_, sa, _): &Loaded, (_, sb, _): &Loaded, of_a: bool| {
                if of_a {
                    Candidates::of_a(sa, sb)
                } else {
                    Candidates::of_b(sa, sb)
                }
            };
            let (((a, sa, ea), of_a), ((b, sb, eb), of_b)) = both(|| load(&a), || load(&b), candidates, &b)?;
            let comparison = klausul::compare::compare_measured(a, &sa, b, &sb, of_a, of_b);
            let report = match (format, ea, eb) {
                (OutputFormat::Docx, ..) => report::docx::redline(&comparison, &word_options(&cli.author, cli.date.as_deref(), lang)?),
                (OutputFormat::Json, Some(ea), Some(eb)) => report::comparison_json_with(&comparison, &ea, &eb).into_bytes(),
                _ => report::comparison_in(&comparison, format.to_report(), lang).into_bytes(),
            };
            let done = emit(&report, output.as_deref());
            // The process ends now: freeing the comparison piece by piece would only delay it.
            std::mem::forget((comparison, sa, sb, report));
            return done;
        }
    };
    emit(output.as_bytes(), None)
}

/// One document of a `compare` as its thread leaves it: analysed, its alignment features, and
/// for JSON its analysis's part of the report.
type Loaded = (klausul::Analysis, Side, Option<report::EmbeddedJson>);

/// Runs `load_a` here and `load_b` on a second thread, and once both documents are loaded,
/// `share(a, b, true)` here and `share(a, b, false)` on the second thread. Reports as the
/// sequential run would: A's notes, A's error if any (B's result is then dropped), B's notes, B's
/// error or panic. A panic in A ends the process at once, as before; a panic after A is loaded
/// names `b_path`, the file read last. Each thread first makes room on its heap ([`roomy_heaps`],
/// [`room`]).
#[allow(clippy::type_complexity)]
fn both<T: Send + Sync, U: Send>(
    load_a: impl FnOnce() -> (Result<T, String>, Vec<String>),
    load_b: impl FnOnce() -> (Result<T, String>, Vec<String>) + Send,
    share: impl Fn(&T, &T, bool) -> U + Sync,
    b_path: &Path,
) -> Result<((T, U), (T, U)), String> {
    let load_b = Mutex::new(Some(load_b));
    let run_b = || load_b.lock().ok().and_then(|mut f| f.take()).map(|f| f());
    // Each thread puts its document here once it is loaded and tells the other; a thread whose
    // load failed drops its sender instead, so the other stops waiting.
    let (slot_a, slot_b) = (OnceLock::<T>::new(), OnceLock::<T>::new());
    let (a_ready, a_loaded) = mpsc::channel::<()>();
    let (b_ready, b_loaded) = mpsc::channel::<()>();
    roomy_heaps();
    let ((a, a_notes, a_share), b) = std::thread::scope(|scope| {
        let (slot_a, slot_b, share, run_b) = (&slot_a, &slot_b, &share, &run_b);
        // The main thread's stack size, for deeply nested PDF or XML.
        let second = std::thread::Builder::new().stack_size(8 << 20).spawn_scoped(scope, move || {
            DEFERRED_PANIC.set(true);
            room();
            let (b, notes) = run_b()?;
            let b = b.map(|b| {
                let _ = slot_b.set(b);
                let _ = b_ready.send(());
            });
            drop(b_ready);
            let b_share = if b.is_ok() && a_loaded.recv().is_ok() { slot_a.get().zip(slot_b.get()).map(|(a, b)| share(a, b, false)) } else { None };
            Some((b, notes, b_share))
        });
        room();
        let (a, a_notes) = load_a();
        let a = a.map(|a| {
            let _ = slot_a.set(a);
            let _ = a_ready.send(());
        });
        drop(a_ready);
        let a_share = if a.is_ok() && b_loaded.recv().is_ok() {
            CURRENT_FILE.set(Some(b_path.to_path_buf()));
            slot_a.get().zip(slot_b.get()).map(|(a, b)| share(a, b, true))
        } else {
            None
        };
        let b = match second {
            Ok(handle) => handle.join().ok().flatten(),
            Err(_) => None,
        };
        ((a, a_notes, a_share), b)
    });
    print_notes(&a_notes);
    a?;
    let (b, b_notes, b_share) = match b {
        Some(b) => b,
        // B panicked on its thread: the hook kept the message for here.
        None if DEFERRED_MESSAGE.lock().is_ok_and(|m| m.is_some()) => {
            let message = DEFERRED_MESSAGE.lock().ok().and_then(|mut m| m.take()).unwrap_or_default();
            eprintln!("{message}");
            std::process::exit(2);
        }
        // No second thread could be started: B after A, here.
        None => {
            let (b, notes) = run_b().unwrap_or_else(|| (Err("internal error: document B was not read".to_string()), Vec::new()));
            let b = b.map(|b| {
                let _ = slot_b.set(b);
            });
            (b, notes, None)
        }
    };
    print_notes(&b_notes);
    b?;
    CURRENT_FILE.set(Some(b_path.to_path_buf()));
    let lost = || "internal error: a document was lost between threads".to_string();
    let (a, b) = (slot_a.into_inner().ok_or_else(lost)?, slot_b.into_inner().ok_or_else(lost)?);
    let a_share = a_share.unwrap_or_else(|| share(&a, &b, true));
    let b_share = b_share.unwrap_or_else(|| share(&a, &b, false));
    Ok(((a, a_share), (b, b_share)))
}

/// How much a thread's heap grows at once when `roomy_heaps` is in force.
const ROOM: usize = 8 << 20;

/// glibc's malloc grows a second thread's heap a page or two at a time, one `mprotect` call each
/// (about 190 for B's thread in one `compare` of two 35 KB texts), and gives memory back as soon
/// as 128 KB lie free at the top. With these two parameters raised, a block of [`ROOM`] taken and
/// freed when the thread starts grows its heap once and stays (and blocks below 16 MB come from
/// the heap rather than a fresh `mmap` each). Other C libraries: nothing to do. For `both`'s two
/// threads, each of which then calls [`room`].
fn roomy_heaps() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets malloc's tuning parameters, checks them, and is thread-safe.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 16 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}

/// Grows the calling thread's heap by [`ROOM`] at once and has the kernel map its first
/// [`POPULATED`] bytes in one call, instead of one page fault per page as the analysis first
/// writes them.
fn room() {
    let block = std::hint::black_box(Vec::<u8>::with_capacity(ROOM));
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const PAGE: usize = 4096;
        let start = (block.as_ptr() as usize).next_multiple_of(PAGE);
        // SAFETY: the range lies inside `block`, allocated and not yet used; MADV_POPULATE_WRITE
        // only faults its pages in (a kernel without it answers EINVAL, and nothing happens).
        unsafe {
            libc::madvise(start as *mut libc::c_void, POPULATED, libc::MADV_POPULATE_WRITE);
        }
    }
    drop(block);
}

/// How much of [`ROOM`] is mapped ahead: about what one side of a `compare` of two 35 KB texts
/// writes.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const POPULATED: usize = 2 << 20;

/// Prints what reading a file had to say (warnings), one line each, on standard error.
fn print_notes(notes: &[String]) {
    for note in notes {
        eprintln!("{note}");
    }
}

/// A Word report is a binary file: it needs `--output`, checked before any file is read.
fn check_output(format: OutputFormat, output: Option<&Path>) -> Result<(), String> {
    match (format, output) {
        (OutputFormat::Docx, None) => Err("--format docx writes a Word file: give its name with --output FILE.docx".to_string()),
        _ => Ok(()),
    }
}

/// Writes a report to `output`, or to standard output.
fn emit(report: &[u8], output: Option<&Path>) -> Result<(), String> {
    if let Some(path) = output {
        return std::fs::write(path, report).map_err(|e| format!("{}: {e}", path.display()));
    }
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`klausul … | head`) is not an error worth a message.
    let _ = stdout.write_all(report).and_then(|()| stdout.flush());
    Ok(())
}

/// The author, date and language of a Word report; the date defaults to now (UTC).
fn word_options(author: &str, date: Option<&str>, lang: ReportLang) -> Result<report::docx::WordOptions, String> {
    let date = match date {
        Some(d) if is_w3c_date(d) => d.to_string(),
        Some(d) => return Err(format!("--date {d}: give the date as YYYY-MM-DDThh:mm:ssZ, e.g. 2026-12-04T09:30:00Z")),
        None => now_utc(),
    };
    Ok(report::docx::WordOptions { author: author.to_string(), date, lang, marks: Default::default() })
}

fn is_w3c_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 20
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// The current time as `YYYY-MM-DDThh:mm:ssZ` (civil-from-days, proleptic Gregorian).
fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest / 60 % 60, rest % 60)
}

/// A playbook from a file, or a preset by name when no such file exists.
fn load_playbook(arg: &str) -> Result<klausul::playbook::Checked, String> {
    let json = if Path::new(arg).exists() {
        std::fs::read_to_string(arg).map_err(|e| format!("{arg}: {e}"))?
    } else if let Some(json) = klausul::playbook::preset(arg) {
        json.to_string()
    } else {
        let names: Vec<&str> = klausul::playbook::PRESETS.iter().map(|(n, _)| *n).collect();
        return Err(format!("{arg}: no such playbook file, and not a preset ({})", names.join(", ")));
    };
    klausul::playbook::Playbook::parse(&json).map_err(|e| format!("{arg}: {e}"))
}

/// Reads a file into a document; its warnings go to `notes`.
fn read(path: &Path, notes: &mut Vec<String>) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {}", path.display(), e))?;
    CURRENT_FILE.set(Some(path.to_path_buf()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let doc = klausul::ingest(&bytes, &name).map_err(|e| format!("{}: {}", path.display(), e))?;
    for warning in doc.warnings.iter().filter(|w| *w != klausul::ingest::NOT_A_DPA) {
        notes.push(format!("klausul: {}: warning: {warning}", path.display()));
    }
    Ok(doc)
}
