//! Benchmark (not a test): the engine's native timings next to their baselines, as Markdown
//! tables. Run by `scripts/bench`, which builds it in release and adds the browser figures.
//!
//! ```text
//! cargo run --release --example bench_engine -- tables FIXTURES_DIR EXTRA_PDF... 
//! cargo run --release --example bench_engine -- text PAGES OUT.txt
//! cargo run --release --example bench_engine -- pair PAGES A.txt B.txt
//! cargo run --release --example bench_engine -- native FIXTURES_DIR
//! ```
//!
//! `text` writes a long agreement (the SMTP fixture repeated) for LibreOffice to turn into a PDF;
//! `pair` writes a long version pair (the same, and an edited later version) for the browser.
//! `tables` prints the extraction, analysis, comparison and scaling tables; `native` only the
//! analysis (with a per-stage split) and comparison tables, for profiling work. Every figure is the
//! median wall time of several runs with the spread (min–max); the baselines (poppler's
//! `pdftotext`, `git diff --no-index --word-diff`) run on the same files in the same process, one
//! after the other, so their ratio is measured under the same load.
//!
//! Environment: `BENCH_CLI` (path to the release `klausul` binary: adds a whole-process
//! extraction column), `BENCH_WASM` (the `wasm.json` written by `tests/bench/browser.mjs`: adds
//! the engine's wasm timings in Chromium next to the native ones), `BENCH_QUICK=1` (fewer runs,
//! for trying the script out).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

const SMTP: &str = include_str!("../tests/fixtures/smtp-dk-standardkontraktsbestemmelser.txt");

/// Characters per page, measured on the SMTP fixture: 35,737 chars of text on 20 PDF pages.
const PAGE_CHARS: usize = 1_800;

// ------------------------------------------------------------------ peak heap

/// The system allocator, counting live bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak heap growth (bytes above what was live before) while `f` runs.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

// ------------------------------------------------------------------ timing

/// Median and spread of several wall-clock runs.
#[derive(Clone, Copy)]
struct Stat {
    median: f64,
    min: f64,
    max: f64,
}

impl Stat {
    fn ms(&self) -> String {
        format!("{} ({}–{})", fmt_ms(self.median), fmt_ms(self.min), fmt_ms(self.max))
    }
}

fn fmt_ms(ms: f64) -> String {
    if ms < 1.0 {
        format!("{ms:.3}")
    } else if ms < 100.0 {
        format!("{ms:.2}")
    } else {
        format!("{ms:.0}")
    }
}

fn quick() -> bool {
    std::env::var_os("BENCH_QUICK").is_some_and(|v| v == "1")
}

/// Runs `f` once to warm up, then `runs` times (at least once, and fewer if one run is slow:
/// about 3 s per measurement, but at least 5 runs).
fn time(runs: usize, mut f: impl FnMut()) -> Stat {
    let t = Instant::now();
    f();
    let first = t.elapsed().as_secs_f64();
    let budget = if quick() { 0.3 } else { 3.0 };
    let cap = ((budget / first.max(1e-6)) as usize).max(5);
    let runs = runs.min(cap).max(1);
    let runs = if quick() { runs.min(3) } else { runs };
    let mut xs: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    let median = if n % 2 == 1 { xs[n / 2] } else { (xs[n / 2 - 1] + xs[n / 2]) / 2.0 };
    Stat { median, min: xs[0], max: xs[n - 1] }
}

fn run(cmd: &mut Command) -> Vec<u8> {
    match cmd.output() {
        Ok(out) => out.stdout,
        Err(e) => {
            eprintln!("bench: cannot run {cmd:?}: {e}");
            std::process::exit(2);
        }
    }
}

fn ratio(x: f64, base: f64) -> String {
    if base > 0.0 {
        format!("{:.2}×", x / base)
    } else {
        "–".into()
    }
}

/// The browser's figures, if `BENCH_WASM` names them.
fn wasm() -> serde_json::Value {
    std::env::var_os("BENCH_WASM")
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// A wasm median next to the native one: "ms (min–max) | ratio".
fn wasm_cells(v: &serde_json::Value, native: f64) -> (String, String) {
    let f = |k: &str| v.get(k).and_then(serde_json::Value::as_f64);
    match (f("median"), f("min"), f("max")) {
        (Some(m), Some(lo), Some(hi)) => (format!("{} ({}–{})", fmt_ms(m), fmt_ms(lo), fmt_ms(hi)), ratio(m, native)),
        _ => ("not measured".into(), "–".into()),
    }
}

/// Each goal's verdicts in this run: (goal, row, met).
static GOALS: Mutex<Vec<(&'static str, String, bool)>> = Mutex::new(Vec::new());

fn goal(name: &'static str, row: &str, met: bool) -> &'static str {
    if let Ok(mut g) = GOALS.lock() {
        g.push((name, row.to_string(), met));
    }
    if met {
        "met"
    } else {
        "**not met**"
    }
}

/// Whether a wasm median is within 2× the native one, if it was measured.
fn wasm_goal(row: &str, v: &serde_json::Value, native: f64) {
    if let Some(m) = v.get("median").and_then(serde_json::Value::as_f64) {
        goal("wasm ≤ 2× native", row, m <= 2.0 * native);
    }
}

fn goals_summary() {
    let Ok(g) = GOALS.lock() else { return };
    println!("### Goals in this run (from the medians above)\n");
    println!("| goal | rows met | rows not met |");
    println!("|---|---:|---|");
    let mut names: Vec<&str> = Vec::new();
    for x in g.iter() {
        if !names.contains(&x.0) {
            names.push(x.0);
        }
    }
    for name in names {
        let met = g.iter().filter(|x| x.0 == name && x.2).count();
        let not: Vec<&str> = g.iter().filter(|x| x.0 == name && !x.2).map(|x| x.1.as_str()).collect();
        let total = g.iter().filter(|x| x.0 == name).count();
        println!("| {name} | {met} of {total} | {} |", if not.is_empty() { "–".to_string() } else { not.join("; ") });
    }
    println!();
}

// ------------------------------------------------------------------ documents

/// The SMTP fixture's paragraphs, whitespace-normalised.
fn paragraphs() -> Vec<String> {
    SMTP.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// About `pages` pages of agreement: the fixture's paragraphs repeated, each copy's
/// paragraphs tagged so that no two are identical.
fn long_paragraphs(pages: usize) -> Vec<String> {
    let base = paragraphs();
    let want = pages * PAGE_CHARS;
    let mut out = Vec::new();
    let mut chars = 0;
    let mut copy = 0;
    while chars < want {
        copy += 1;
        for p in &base {
            let p = format!("{p} [del {copy}]");
            chars += p.chars().count() + 2;
            out.push(p);
            if chars >= want {
                break;
            }
        }
    }
    out
}

/// A later version of `a`: scattered word edits, changed deadlines, an inserted section, a moved
/// clause and a removed one.
fn edited(a: &[String]) -> Vec<String> {
    let mut b = a.to_vec();
    for (k, p) in b.iter_mut().enumerate() {
        if k % 23 == 5 {
            if let Some(at) = p.find(" den ") {
                p.replace_range(at..at + 5, " ");
            }
        }
        if k % 31 == 7 {
            p.push_str(" Dette gælder også sikkerhedskopier.");
        }
        if k % 17 == 3 {
            *p = p.replace("30 dage", "45 dage").replace("24 timer", "48 timer");
        }
    }
    let middle = b.len() / 2;
    let inserted = [
        "17. Ansvar og ansvarsbegrænsning",
        "1. Databehandlerens samlede erstatningsansvar efter disse Bestemmelser er begrænset til det beløb, som den dataansvarlige har betalt for tjenesten i de seneste 12 måneder.",
        "2. Begrænsningen gælder ikke ved forsæt eller grov uagtsomhed.",
    ];
    b.splice(middle..middle, inserted.iter().map(|s| s.to_string()));
    let moved = b.remove(b.len() / 4);
    let to = b.len() * 3 / 4;
    b.insert(to, moved);
    b.remove(b.len() / 3);
    b
}

fn long_pair(pages: usize) -> (String, String) {
    let a = long_paragraphs(pages);
    let b = edited(&a);
    (a.join("\n\n"), b.join("\n\n"))
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("bench: cannot read {}: {e}", path.display());
        std::process::exit(2);
    })
}

fn name_of(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn analysis(bytes: &[u8], name: &str) -> klausul::Analysis {
    klausul::analyze_bytes(bytes, name).unwrap_or_else(|e| {
        eprintln!("bench: {name}: {}", e.message_en());
        std::process::exit(2);
    })
}

fn pages_of(doc: &klausul::Document) -> String {
    format!("{:.0}", (doc.chars as f64 / PAGE_CHARS as f64).max(1.0))
}

// ------------------------------------------------------------------ tables

fn extraction(pdfs: &[PathBuf]) {
    let cli = std::env::var_os("BENCH_CLI").map(PathBuf::from);
    println!("### Extraction (PDF → clean text), native\n");
    let w = wasm();
    println!("| PDF | pages | chars | engine `ingest`, in process | `klausul extract` (process) | `pdftotext` (process) | ingest ÷ pdftotext | CLI ÷ pdftotext | wasm `ingest` (Chromium worker) | wasm ÷ native |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for path in pdfs {
        let bytes = read(path);
        let name = name_of(path);
        let doc = match klausul::ingest(&bytes, &name) {
            Ok(d) => d,
            Err(e) => {
                println!("| {name} | | | fails: {} | | | | | | |", e.message_en());
                continue;
            }
        };
        let pdf_pages = String::from_utf8_lossy(&run(Command::new("pdfinfo").arg(path)))
            .lines()
            .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_string()))
            .unwrap_or_default();
        let engine = time(15, || {
            std::hint::black_box(klausul::ingest(&bytes, &name).ok());
        });
        let popp = time(15, || {
            std::hint::black_box(run(Command::new("pdftotext").args(["-q", "-enc", "UTF-8"]).arg(path).arg("-")));
        });
        let (cli_ms, cli_ratio) = match &cli {
            Some(bin) => {
                let s = time(15, || {
                    std::hint::black_box(run(Command::new(bin).arg("extract").arg(path)));
                });
                (s.ms(), ratio(s.median, popp.median))
            }
            None => ("–".into(), "–".into()),
        };
        wasm_goal(&format!("ingest {name}"), &w["files"][name.as_str()]["ingest"], engine.median);
        let (wm, wr) = wasm_cells(&w["files"][name.as_str()]["ingest"], engine.median);
        println!(
            "| {name} | {pdf_pages} | {} | {} | {cli_ms} | {} | {} | {cli_ratio} | {wm} | {wr} |",
            doc.chars,
            engine.ms(),
            popp.ms(),
            ratio(engine.median, popp.median)
        );
    }
    println!();
}

/// The analysis split by stage (medians), to see where the time goes.
fn stages(files: &[PathBuf]) {
    println!("### Analysis by stage, native (medians, ms)\n");
    println!("| document | segment | classify | extract | assess | whole `analyze` |");
    println!("|---|---:|---:|---:|---:|---:|");
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        let name = name_of(path);
        let Ok(doc) = klausul::ingest(&read(path), &name) else { continue };
        let mut clauses = klausul::segment::segment(&doc);
        let seg = time(50, || {
            std::hint::black_box(klausul::segment::segment(&doc));
        });
        let cls = time(50, || {
            let mut c = clauses.clone();
            klausul::classify::classify(&doc, &mut c);
            std::hint::black_box(c);
        });
        klausul::classify::classify(&doc, &mut clauses);
        let ext = time(50, || {
            std::hint::black_box(klausul::extract::extract(&doc, &clauses));
        });
        let cats = klausul::extract::extract(&doc, &clauses);
        let ass = time(50, || {
            std::hint::black_box(klausul::assess::assess(&doc, &clauses, &cats));
        });
        let all = time(50, || {
            std::hint::black_box(klausul::analyze(&doc));
        });
        println!("| {name} | {} | {} | {} | {} | {} |", seg.ms(), cls.ms(), ext.ms(), ass.ms(), all.ms());
    }
    println!();
}

fn analysis_table(files: &[PathBuf], fixtures: &Path) {
    println!("### Analysis after ingest (segment, classify, extract, assess), native — goal ≤ 5 ms\n");
    let w = wasm();
    println!("| document | chars | clauses | `analyze` ms | ÷ goal 5 ms | goal | wasm `analyze` (Chromium worker) | wasm ÷ native (goal ≤ 2×) |");
    println!("|---|---:|---:|---:|---:|---|---:|---:|");
    for path in files {
        let name = name_of(path);
        let Ok(doc) = klausul::ingest(&read(path), &name) else { continue };
        let a = klausul::analyze(&doc);
        let s = time(50, || {
            std::hint::black_box(klausul::analyze(&doc));
        });
        // The goal is for one agreement of ordinary length: the fixtures.
        let met = if path.starts_with(fixtures) { goal("analysis ≤ 5 ms native", &name, s.median <= 5.0) } else { "– (not a fixture)" };
        wasm_goal(&format!("analyze {name}"), &w["files"][name.as_str()]["analyze"], s.median);
        let (wm, wr) = wasm_cells(&w["files"][name.as_str()]["analyze"], s.median);
        println!("| {name} | {} | {} | {} | {} | {met} | {wm} | {wr} |", doc.chars, a.clauses.len(), s.ms(), ratio(s.median, 5.0));
    }
    println!();
}

/// Times `compare` on two analyses and `git diff --no-index --word-diff` on their clean texts.
fn compare_row(label: &str, a: &klausul::Analysis, b: &klausul::Analysis, dir: &Path, wasm: &serde_json::Value) {
    let (pa, pb) = (dir.join("a.txt"), dir.join("b.txt"));
    let write = |p: &Path, s: &str| {
        if let Err(e) = std::fs::write(p, s) {
            eprintln!("bench: cannot write {}: {e}", p.display());
            std::process::exit(2);
        }
    };
    write(&pa, &a.document.text);
    write(&pb, &b.document.text);
    let c = klausul::compare(a, b);
    let rows = c.alignment.len();
    let engine = time(20, || {
        std::hint::black_box(klausul::compare(a, b));
    });
    let git = time(20, || {
        std::hint::black_box(run(Command::new("git").args(["diff", "--no-index", "--word-diff"]).arg(&pa).arg(&pb)));
    });
    let met = goal("comparison ≤ 2× git word-diff", label, engine.median <= 2.0 * git.median);
    wasm_goal(&format!("compare {label}"), wasm, engine.median);
    let (wm, wr) = wasm_cells(wasm, engine.median);
    println!(
        "| {label} | {} + {} | {} + {} | {rows} | {} | {} | {} | {met} | {wm} | {wr} |",
        pages_of(&a.document),
        pages_of(&b.document),
        a.clauses.len(),
        b.clauses.len(),
        engine.ms(),
        git.ms(),
        ratio(engine.median, git.median)
    );
}

fn comparison(fixtures: &Path, dir: &Path) {
    println!("### Comparison and redline, native — goal ≤ 2× `git diff --no-index --word-diff`\n");
    let w = wasm();
    println!("| pair | pages | clauses | alignment rows | `compare` ms | git word-diff ms (process) | ÷ git | goal | wasm `compare` (Chromium worker) | wasm ÷ native |");
    println!("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
    let load = |n: &str| {
        let p = fixtures.join(n);
        analysis(&read(&p), n)
    };
    let smtp = load("smtp-dk-standardkontraktsbestemmelser.pdf");
    let market = load("marketing-bureau-databehandleraftale.pdf");
    let v2 = load("smtp-dk-standardkontraktsbestemmelser-v2.pdf");
    compare_row("fixture pair (SMTP ↔ marketing bureau, PDF)", &smtp, &market, dir, &w["pairs"]["fixture"]["compare"]);
    compare_row("versions v1 ↔ v2 (SMTP, PDF)", &smtp, &v2, dir, &w["pairs"]["versions"]["compare"]);
    for pages in [40, 400] {
        let (a, b) = long_pair(pages);
        let a = analysis(a.as_bytes(), "a.txt");
        let b = analysis(b.as_bytes(), "b.txt");
        compare_row(&format!("synthetic versions, {pages} pages"), &a, &b, dir, &w["pairs"][format!("synthetic-{pages}")]["compare"]);
    }
    println!();
}

fn scaling(dir: &Path) {
    println!("### Scaling, native: one document growing 10 → 100 → 1,000 pages\n");
    println!("Ingest + analyse one version (TXT), and compare it with an edited later version. Peak heap is");
    println!("the allocator's high-water mark above what was live before (a counting global allocator).\n");
    println!("| pages | chars | clauses | ingest + analyse ms | per page | peak heap | compare ms | per page | peak heap | git word-diff ms | compare ÷ git |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut per_page: Vec<(usize, f64, f64, f64)> = Vec::new();
    for pages in [10, 100, 1000] {
        let (a_text, b_text) = long_pair(pages);
        let analyse = time(if pages >= 1000 { 3 } else { 10 }, || {
            std::hint::black_box(analysis(a_text.as_bytes(), "a.txt"));
        });
        let (a, a_peak) = peak_of(|| analysis(a_text.as_bytes(), "a.txt"));
        let b = analysis(b_text.as_bytes(), "b.txt");
        let cmp = time(if pages >= 1000 { 3 } else { 10 }, || {
            std::hint::black_box(klausul::compare(&a, &b));
        });
        let (_, c_peak) = peak_of(|| klausul::compare(&a, &b));
        let (pa, pb) = (dir.join("a.txt"), dir.join("b.txt"));
        let _ = std::fs::write(&pa, &a.document.text);
        let _ = std::fs::write(&pb, &b.document.text);
        let git = time(if pages >= 1000 { 3 } else { 10 }, || {
            std::hint::black_box(run(Command::new("git").args(["diff", "--no-index", "--word-diff"]).arg(&pa).arg(&pb)));
        });
        let p = pages as f64;
        per_page.push((pages, analyse.median / p, cmp.median / p, a_peak.max(c_peak) as f64 / p));
        let mb = |b: usize| format!("{:.1} MB", b as f64 / 1e6);
        let per = |s: &Stat| format!("{:.3} ms", s.median / pages as f64);
        println!(
            "| {pages} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            a.document.chars,
            a.clauses.len(),
            analyse.ms(),
            per(&analyse),
            mb(a_peak),
            cmp.ms(),
            per(&cmp),
            mb(c_peak),
            git.ms(),
            ratio(cmp.median, git.median)
        );
    }
    println!();
    // Near-linear: from 100 to 1,000 pages the cost per page may grow, but not with the length.
    if let (Some(h), Some(k)) = (per_page.iter().find(|x| x.0 == 100), per_page.iter().find(|x| x.0 == 1000)) {
        let row = |what: &str, a: f64, b: f64| format!("{what}: per page ×{:.2} from 100 to 1,000 pages", b / a);
        let g = "near-linear (per-page cost at 1,000 pages ≤ 2× at 100)";
        let r = row("ingest + analyse time", h.1, k.1);
        goal(g, &r, k.1 <= 2.0 * h.1);
        let r = row("compare time", h.2, k.2);
        goal(g, &r, k.2 <= 2.0 * h.2);
        let r = row("peak heap", h.3, k.3);
        goal(g, &r, k.3 <= 2.0 * h.3);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("text") => {
            let pages: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100);
            let out = args.get(2).map_or_else(|| PathBuf::from("long.txt"), PathBuf::from);
            let text = long_paragraphs(pages).join("\n\n");
            if let Err(e) = std::fs::write(&out, text) {
                eprintln!("bench: cannot write {}: {e}", out.display());
                std::process::exit(2);
            }
        }
        Some("pair") => {
            let pages: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(40);
            let (a, b) = long_pair(pages);
            for (text, out) in [(a, args.get(2)), (b, args.get(3))] {
                let out = out.map_or_else(|| PathBuf::from("pair.txt"), PathBuf::from);
                if let Err(e) = std::fs::write(&out, text) {
                    eprintln!("bench: cannot write {}: {e}", out.display());
                    std::process::exit(2);
                }
            }
        }
        // Analysis and comparison only, with per-stage analysis times: for profiling work.
        Some("native") => {
            let fixtures = args.get(1).map_or_else(|| PathBuf::from("tests/fixtures"), PathBuf::from);
            let all: Vec<PathBuf> = ["pdf", "txt", "docx"].iter().flat_map(|ext| files_with(&fixtures, ext)).collect();
            let dir = std::env::temp_dir().join(format!("klausul-bench-{}", std::process::id()));
            if let Err(e) = std::fs::create_dir_all(&dir) {
                eprintln!("bench: cannot create {}: {e}", dir.display());
                std::process::exit(2);
            }
            stages(&all);
            analysis_table(&all, &fixtures);
            comparison(&fixtures, &dir);
            goals_summary();
            let _ = std::fs::remove_dir_all(&dir);
        }
        Some("tables") => {
            let fixtures = args.get(1).map_or_else(|| PathBuf::from("tests/fixtures"), PathBuf::from);
            let extra: Vec<PathBuf> = args.iter().skip(2).map(PathBuf::from).collect();
            let pdfs: Vec<PathBuf> = files_with(&fixtures, "pdf").into_iter().chain(extra.iter().cloned()).collect();
            let all: Vec<PathBuf> = ["pdf", "txt", "docx"]
                .iter()
                .flat_map(|ext| files_with(&fixtures, ext))
                .chain(extra.iter().cloned())
                .collect();
            let dir = std::env::temp_dir().join(format!("klausul-bench-{}", std::process::id()));
            if let Err(e) = std::fs::create_dir_all(&dir) {
                eprintln!("bench: cannot create {}: {e}", dir.display());
                std::process::exit(2);
            }
            extraction(&pdfs);
            analysis_table(&all, &fixtures);
            comparison(&fixtures, &dir);
            scaling(&dir);
            goals_summary();
            let _ = std::fs::remove_dir_all(&dir);
        }
        _ => {
            eprintln!("usage: bench_engine tables FIXTURES_DIR [EXTRA.pdf...] | text PAGES OUT.txt | pair PAGES A.txt B.txt");
            std::process::exit(2);
        }
    }
}

/// The files in `dir` whose names end in `.ext`, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == ext));
    v.sort();
    v
}
