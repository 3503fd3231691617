//! The `klausul` command line: formats, languages, and exit code 2 with a message on bad input.
#![cfg(feature = "cli")]

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn klausul(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_klausul")).args(args).output().expect("the CLI runs")
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klausul-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn analyze_prints_every_format() {
    let file = fixture("marketing-bureau-databehandleraftale.txt");
    let file = file.to_str().unwrap();
    for (format, starts) in [("json", "{"), ("md", "#"), ("html", "<!DOCTYPE html>"), ("text", "")] {
        let o = klausul(&["analyze", file, "--format", format]);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert!(stdout(&o).starts_with(starts), "{format}: {}", &stdout(&o)[..80.min(stdout(&o).len())]);
    }
    let json: serde_json::Value = serde_json::from_str(&stdout(&klausul(&["analyze", file, "-f", "json"]))).unwrap();
    assert_eq!(json["schema"], "klausul.analysis/1");
}

#[test]
fn compare_json_is_the_engines_and_lang_changes_only_the_reports_for_people() {
    let (a, b) = (fixture("smtp-dk-standardkontraktsbestemmelser.txt"), fixture("smtp-dk-standardkontraktsbestemmelser-v2.txt"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let en = klausul(&["compare", a, b, "--format", "json"]);
    let da = klausul(&["compare", a, b, "--format", "json", "--lang", "da"]);
    assert_eq!(en.status.code(), Some(0));
    assert_eq!(stdout(&en), stdout(&da), "the JSON does not depend on --lang");
    // The CLI prepares each side on its own thread; the report is the library's `compare`.
    let analysis = |p: &str| klausul::analyze(&klausul::ingest(&std::fs::read(p).unwrap(), p).unwrap());
    let library = klausul::report::comparison(&klausul::compare(&analysis(a), &analysis(b)), klausul::report::ReportFormat::Json);
    assert_eq!(stdout(&en), library);
    let md_en = stdout(&klausul(&["compare", a, b, "--format", "md"]));
    let md_da = stdout(&klausul(&["--lang", "da", "compare", a, b, "--format", "md"]));
    assert_ne!(md_en, md_da);
    assert!(md_da.contains("Klausul-sammenligning"), "{}", &md_da[..200.min(md_da.len())]);
}

#[test]
fn bad_input_exits_2_with_a_plain_message() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "empty"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".to_vec(), "PDF"),
        ("junk.bin", (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect(), ""),
        ("broken.docx", b"PK\x03\x04 not really a zip".to_vec(), "DOCX"),
        ("recipe.txt", "Pandekager\n\nTag 3 æg, 2 dl mel og 4 dl mælk. Pisk det sammen og steg dem gyldne.".as_bytes().to_vec(), "data processing agreement"),
    ];
    for (name, bytes, says) in cases {
        let path = scratch(name, &bytes);
        let o = klausul(&["analyze", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(stdout(&o).is_empty(), "{name}: nothing on stdout");
        let message = stderr(&o);
        assert!(message.starts_with("klausul: ") && message.contains(name), "{name}: {message}");
        assert!(message.contains(says), "{name}: {message}");
    }
    let missing = klausul(&["analyze", "/nonexistent/dpa.pdf"]);
    assert_eq!(missing.status.code(), Some(2));
    // A bad B fails a comparison too.
    let good = fixture("smtp-dk-standardkontraktsbestemmelser.txt");
    let bad = scratch("broken2.pdf", b"%PDF-1.4\n%%EOF");
    let o = klausul(&["compare", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stdout(&o).is_empty() && stderr(&o).contains("broken2.pdf"), "{}", stderr(&o));
    // So does a bad A, while B is read on the other thread (which must then not wait for A), and
    // only A's error is reported, as if A had been read first.
    let other_bad = scratch("broken3.pdf", b"%PDF-1.4\n%%EOF");
    for (a, b) in [(&bad, &good), (&bad, &other_bad)] {
        let o = klausul(&["compare", a.to_str().unwrap(), b.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stdout(&o).is_empty() && stderr(&o).contains("broken2.pdf") && !stderr(&o).contains("broken3.pdf"), "{}", stderr(&o));
    }
}

#[test]
fn force_analyses_a_text_that_is_no_dpa_with_a_warning() {
    let path = scratch("minutes.txt", "Referat\n\n1. Mødet blev holdt tirsdag. Budgettet blev godkendt.".as_bytes());
    let o = klausul(&["analyze", path.to_str().unwrap(), "--force", "-f", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("does not look like a data processing agreement"));
    assert!(stdout(&o).contains("klausul.analysis/1"));
}

/// Issue 16: `--playbook`, `playbook check` and `playbook init`.
#[test]
fn playbooks_on_the_command_line() {
    let init = klausul(&["playbook", "init"]);
    assert_eq!(init.status.code(), Some(0));
    let starter = scratch("starter-playbook.json", &init.stdout);
    let check = klausul(&["playbook", "check", starter.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    for preset in ["gdpr-minimum", "eu-scc", "datatilsynet", "starter"] {
        assert_eq!(klausul(&["playbook", "check", preset]).status.code(), Some(0), "{preset}");
    }
    let bad = scratch("bad-playbook.json", String::from_utf8(init.stdout.clone()).unwrap().replace("\"notice_days\"", "\"notice\"").as_bytes());
    let refused = klausul(&["playbook", "check", bad.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("rule 2 (sub_processors): unknown attribute \"notice\""), "{}", stderr(&refused));
    let mb = fixture("marketing-bureau-databehandleraftale.txt");
    let analysed = klausul(&["analyze", mb.to_str().unwrap(), "--playbook", bad.to_str().unwrap()]);
    assert_eq!(analysed.status.code(), Some(2));
    assert_eq!(klausul(&["analyze", mb.to_str().unwrap(), "--playbook", "no-such-preset"]).status.code(), Some(2));

    let out = klausul(&["analyze", mb.to_str().unwrap(), "--playbook", "starter", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["findings"].as_array().unwrap().iter().filter(|f| f["source"] == "playbook").map(|f| f["id"].as_str().unwrap()).collect();
    for id in ["playbook:transfers.stance", "playbook:processor_own_use.anonymisation", "playbook:costs.assistance_paid", "playbook:sub_processors.objection_right"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let v1 = fixture("smtp-dk-standardkontraktsbestemmelser.txt");
    let v2 = fixture("smtp-dk-standardkontraktsbestemmelser-v2.txt");
    let cmp = klausul(&["compare", v1.to_str().unwrap(), v2.to_str().unwrap(), "--playbook", "starter", "--format", "json"]);
    assert_eq!(cmp.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&cmp.stdout).unwrap();
    let b_breach: Vec<&str> = json["b"]["findings"].as_array().unwrap().iter().filter(|f| f["id"] == "playbook:breach_notification.deadline_hours").map(|f| f["severity"].as_str().unwrap()).collect();
    let a_breach = json["a"]["findings"].as_array().unwrap().iter().any(|f| f["id"] == "playbook:breach_notification.deadline_hours");
    assert!(!a_breach, "v1 (24 hours) meets the breach rule");
    assert_eq!(b_breach, ["low"], "v2 (48 hours) meets only the fallback");
}

#[test]
fn word_reports_need_an_output_file() {
    let a = fixture("smtp-dk-standardkontraktsbestemmelser.txt");
    let b = fixture("smtp-dk-standardkontraktsbestemmelser-v2.txt");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = klausul(&["compare", a, b, "--format", "docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--output"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());

    let out = scratch("redline.docx", b"");
    let o = klausul(&["compare", a, b, "--format", "docx", "--output", out.to_str().unwrap(), "--date", "2026-12-04T10:00:00Z", "--author", "Jurist"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
    // Klausul reads its own redline as B (deletions are skipped by the DOCX reader).
    let back = klausul(&["extract", out.to_str().unwrap()]);
    let b_text = klausul(&["extract", b]);
    assert_eq!(stdout(&back).split_whitespace().collect::<Vec<_>>(), stdout(&b_text).split_whitespace().collect::<Vec<_>>());

    let o = klausul(&["compare", a, b, "--format", "docx", "--output", out.to_str().unwrap(), "--date", "yesterday"]);
    assert_eq!(o.status.code(), Some(2), "a bad date is refused");

    let review = scratch("review.docx", b"");
    let file = fixture("marketing-bureau-databehandleraftale.txt");
    let o = klausul(&["analyze", file.to_str().unwrap(), "-f", "docx", "-o", review.to_str().unwrap(), "--lang", "da"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&review).unwrap().starts_with(b"PK"));
    // Other formats go to the file too.
    let md = scratch("report.md", b"");
    let o = klausul(&["analyze", file.to_str().unwrap(), "-f", "md", "-o", md.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty() && std::fs::read_to_string(&md).unwrap().starts_with('#'));
}
