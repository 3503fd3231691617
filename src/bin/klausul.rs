//! `klausul`: the command-line face of the engine, for batch review.
//!
//! Exit codes: 0 when the analysis ran (whatever it found), 2 when an input could not be read.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand, ValueEnum};
use klausul::report::{self, ReportFormat};
use klausul::Document;

/// Compare GDPR data processing agreements offline.
#[derive(Parser)]
#[command(name = "klausul", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Json,
    Md,
    Html,
    Text,
}

impl OutputFormat {
    fn to_report(self) -> ReportFormat {
        match self {
            OutputFormat::Json => ReportFormat::Json,
            OutputFormat::Md => ReportFormat::Markdown,
            OutputFormat::Html => ReportFormat::Html,
            OutputFormat::Text => ReportFormat::Text { color: std::io::stdout().is_terminal() },
        }
    }
}

/// The file being parsed, for the panic hook's message.
static CURRENT_FILE: Mutex<Option<PathBuf>> = Mutex::new(None);

fn main() -> ExitCode {
    // Release builds abort on panic, so a parser panic is reported here, not caught.
    std::panic::set_hook(Box::new(|info| {
        let file = CURRENT_FILE.lock().ok().and_then(|f| f.clone());
        let place = file.map(|f| format!("{}: ", f.display())).unwrap_or_default();
        eprintln!("klausul: {place}the file could not be read because of an internal error ({info})");
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
    let output = match cli.command {
        Command::Extract { file } => {
            let mut text = read(&file)?.text;
            text.push('\n');
            text
        }
        Command::Analyze { file, format } => {
            let analysis = klausul::analyze(&read(&file)?);
            report::analysis(&analysis, format.to_report())
        }
        Command::Compare { a, b, format } => {
            let (a, b) = (klausul::analyze(&read(&a)?), klausul::analyze(&read(&b)?));
            report::comparison(&klausul::compare(&a, &b), format.to_report())
        }
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`klausul … | head`) is not an error worth a message.
    let _ = stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush());
    Ok(())
}

fn read(path: &Path) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {}", path.display(), e))?;
    if let Ok(mut current) = CURRENT_FILE.lock() {
        *current = Some(path.to_path_buf());
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let doc = klausul::ingest(&bytes, &name).map_err(|e| format!("{}: {}", path.display(), e))?;
    for warning in &doc.warnings {
        eprintln!("klausul: {}: warning: {warning}", path.display());
    }
    Ok(doc)
}
