//! `klausul review`: one row per file, sorted, equal to `klausul analyze`; exit codes; CSV quoting;
//! a parser panic costs one row.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn klausul(args: &[&str]) -> Output {
    klausul_env(args, &[])
}

fn klausul_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_klausul"));
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the CLI runs")
}

/// A fresh folder for one test.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klausul-review-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy(from: &str, dir: &Path, to: &str) -> PathBuf {
    let path = dir.join(to);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(fixture(from), &path).unwrap();
    path
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn review_json(args: &[&str]) -> (Output, Value) {
    let mut all = vec!["review", "--format", "json"];
    all.extend_from_slice(args);
    let o = klausul(&all);
    let json = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", text(&o.stdout), text(&o.stderr)));
    (o, json)
}

fn rows(json: &Value) -> &Vec<Value> {
    json["documents"].as_array().expect("documents")
}

const RECIPE: &str = "Pandekager\n\nTag 3 æg, 2 dl mel og 4 dl mælk. Pisk det sammen og steg dem gyldne.\n";
const JUNK_PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage";

/// Every column of an `ok` row, as `klausul analyze --format json` of the same file says it.
fn expected_row(file: &str, analysis: &Value) -> Value {
    let attr = |cat: &str, name: &str| analysis["categories"][cat]["attributes"].get(name).cloned().unwrap_or(Value::Null);
    let required: Vec<&str> = klausul::taxonomy::categories().iter().filter(|c| c.required).map(|c| c.id.as_str()).collect();
    let covered = required.iter().filter(|c| analysis["categories"][**c]["present"] == true).count();
    let findings = analysis["findings"].as_array().unwrap();
    let count = |sev: &str| findings.iter().filter(|f| f["severity"] == sev && f["source"] != "playbook").count();
    let playbook = findings.iter().filter(|f| f["source"] == "playbook").count();
    serde_json::json!({
        "file": file,
        "sha256": analysis["document"]["sha256"],
        "status": "ok",
        "reason": "",
        "language": analysis["document"]["language"],
        "processor": attr("parties_contacts", "processor_name"),
        "required_covered": covered,
        "required_total": 11,
        "findings_high": count("high"),
        "findings_medium": count("medium"),
        "findings_low": count("low"),
        "breach_deadline_hours": attr("breach_notification", "deadline_hours"),
        "sub_processor_authorisation": attr("sub_processors", "authorisation"),
        "sub_processor_notice_days": attr("sub_processors", "notice_days"),
        "sub_processor_objection_right": attr("sub_processors", "objection_right"),
        "transfer_stance": attr("transfers", "stance"),
        "transfer_mechanism": attr("transfers", "mechanism"),
        "deletion_trigger": attr("deletion_return", "trigger"),
        "audit_cost_bearer": attr("audits", "cost_bearer"),
        "assistance_paid": attr("costs", "assistance_paid"),
        "anonymisation": attr("processor_own_use", "anonymisation"),
        "playbook_deviations": if analysis["playbook"].is_null() { Value::Null } else { playbook.into() },
        "worse_than_standard": Value::Null,
    })
}

fn analyze_json(file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["analyze", file, "--format", "json"];
    args.extend_from_slice(extra);
    let o = klausul(&args);
    assert_eq!(o.status.code(), Some(0), "{file}: {}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn a_folder_with_junk_and_a_recipe_gives_one_row_each_and_exit_2_then_0_without_them() {
    let dir = folder("done");
    copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, "smtp.txt");
    copy("smtp-dk-standardkontraktsbestemmelser-v2.docx", &dir, "sub/smtp-v2.docx");
    copy("marketing-bureau-databehandleraftale.pdf", &dir, "sub/deeper/marketing.PDF");
    copy("producers/fonts-en-da.chromium.pdf", &dir, "fonts-en.pdf");
    copy("generated/numbered-dpa.docx", &dir, "numbered.docx");
    write(&dir, "notes.odt", b"not a format review looks for");
    let junk = write(&dir, "junk.pdf", JUNK_PDF);
    let recipe = write(&dir, "recipe.txt", RECIPE.as_bytes());
    let d = dir.to_str().unwrap();

    let (o, json) = review_json(&[d, "--jobs", "2"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("2 of 7 files were not analysed"), "{}", text(&o.stderr));
    assert_eq!(json["schema"], "klausul.review/1");
    assert_eq!(json["engine"]["name"], "klausul");
    let files: Vec<&str> = rows(&json).iter().map(|r| r["file"].as_str().unwrap()).collect();
    let name = |n: &str| dir.join(n).display().to_string();
    let expected_files = [
        name("fonts-en.pdf"),
        name("junk.pdf"),
        name("numbered.docx"),
        name("recipe.txt"),
        name("smtp.txt"),
        name("sub/deeper/marketing.PDF"),
        name("sub/smtp-v2.docx"),
    ];
    assert_eq!(files, expected_files.iter().map(String::as_str).collect::<Vec<_>>(), "one row per file, sorted by path, .odt skipped");
    for row in rows(&json) {
        let file = row["file"].as_str().unwrap();
        if file.ends_with("junk.pdf") {
            assert_eq!(row["status"], "error");
            assert!(row["reason"].as_str().unwrap().contains("PDF"), "{row}");
            assert_eq!(row["sha256"].as_str().unwrap().len(), 64, "the hash of the bytes, even unreadable");
            assert!(row["language"].is_null() && row["findings_high"].is_null());
        } else if file.ends_with("recipe.txt") {
            assert_eq!(row["status"], "not_a_dpa");
            assert!(row["reason"].as_str().unwrap().contains("data processing agreement"), "{row}");
        } else {
            assert_eq!(*row, expected_row(file, &analyze_json(file, &[])), "{file}: the row says what analyze says");
        }
    }

    std::fs::remove_file(junk).unwrap();
    std::fs::remove_file(recipe).unwrap();
    let o = klausul(&["review", d, "--jobs", "1"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stderr.is_empty(), "no progress bar and no message when stderr is no terminal: {}", text(&o.stderr));
    let csv = text(&o.stdout);
    assert!(csv.starts_with("file,sha256,status,reason,language,processor,"), "CSV when piped: {csv}");
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn rows_are_sorted_by_path_whatever_the_thread_order() {
    let dir = folder("order");
    // A big file first in path order, small ones after it: threads finish out of order.
    copy("smtp-dk-standardkontraktsbestemmelser.pdf", &dir, "a/0-big.pdf");
    for (i, n) in ["z", "m", "b", "a2", "k"].iter().enumerate() {
        copy(if i % 2 == 0 { "smtp-dk-standardkontraktsbestemmelser.txt" } else { "marketing-bureau-databehandleraftale.txt" }, &dir, &format!("{n}.txt"));
    }
    let d = dir.to_str().unwrap();
    let mut seen = Vec::new();
    for jobs in ["1", "2", "4"] {
        let (o, json) = review_json(&[d, "--jobs", jobs]);
        assert_eq!(o.status.code(), Some(0));
        let files: Vec<String> = rows(&json).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
        let mut sorted = files.clone();
        sorted.sort();
        assert_eq!(files, sorted, "--jobs {jobs}");
        seen.push(text(&o.stdout));
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "the same report whatever the number of threads");
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks_in_file_names() {
    let dir = folder("csv");
    let names = ["plain.txt", "with, comma.txt", "with \"quotes\".txt", "with\nnewline.txt"];
    for n in names {
        copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, n);
    }
    let o = klausul(&["review", dir.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let mut reader = csv::Reader::from_reader(&o.stdout[..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header.iter().take(4).collect::<Vec<_>>(), &["file", "sha256", "status", "reason"]);
    assert_eq!(header.len(), klausul::review::COLUMNS.len());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut expected: Vec<String> = names.iter().map(|n| dir.join(n).display().to_string()).collect();
    expected.sort();
    let files: Vec<&str> = records.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(files, expected.iter().map(String::as_str).collect::<Vec<_>>(), "the names come back exactly");
    assert!(records.iter().all(|r| r.len() == header.len() && &r[2] == "ok"));
    // The JSON rows hold the same cells.
    let (_, json) = review_json(&[dir.to_str().unwrap()]);
    for (record, row) in records.iter().zip(rows(&json)) {
        assert_eq!(&record[1], row["sha256"].as_str().unwrap());
        assert_eq!(&record[11], row["breach_deadline_hours"].to_string(), "{}", &record[0]);
        assert_eq!(&record[12], row["sub_processor_authorisation"].as_str().unwrap());
    }
}

#[test]
fn a_parser_panic_costs_one_row() {
    let dir = folder("panic");
    copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, "good.txt");
    copy("marketing-bureau-databehandleraftale.txt", &dir, "boom.txt");
    copy("marketing-bureau-databehandleraftale.txt", &dir, "fine.txt");
    let o = klausul_env(&["review", dir.to_str().unwrap(), "--format", "json", "--jobs", "2"], &[("KLAUSUL_REVIEW_TEST_PANIC", "boom.txt")]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = text(&o.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("test panic"), "the caught panic is not reported as a crash: {stderr}");
    let json: Value = serde_json::from_slice(&o.stdout).expect("the whole report is written");
    let status: Vec<(&str, &str)> = rows(&json)
        .iter()
        .map(|r| (Path::new(r["file"].as_str().unwrap()).file_name().unwrap().to_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert_eq!(status, [("boom.txt", "error"), ("fine.txt", "ok"), ("good.txt", "ok")]);
    let reason = rows(&json)[0]["reason"].as_str().unwrap();
    assert!(reason.contains("internal error") && reason.contains("test panic for boom.txt") && !reason.contains('\n'), "{reason}");
    // `analyze` still reports a panic as before: one line and exit code 2 (no hook is involved there).
}

#[test]
fn missing_paths_and_unsupported_files_named_directly_are_error_rows() {
    let dir = folder("missing");
    let good = copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, "good.txt");
    let odd = write(&dir, "notes.bin", &(0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<_>>());
    let missing = dir.join("nope.pdf");
    let (o, json) = review_json(&[good.to_str().unwrap(), odd.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let status: Vec<&str> = rows(&json).iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["ok", "error", "error"], "{json}");
    assert!(rows(&json)[1]["file"].as_str().unwrap().ends_with("nope.pdf"), "sorted by path");
    assert_eq!(rows(&json)[1]["sha256"], "", "nothing was read");
    assert_eq!(rows(&json)[2]["sha256"].as_str().unwrap().len(), 64);
    // An empty folder: an empty report and exit code 2.
    let empty = folder("missing-empty");
    let o = klausul(&["review", empty.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(text(&o.stdout).lines().count(), 1, "the header only");
    assert!(text(&o.stderr).contains("no files to review"), "{}", text(&o.stderr));
    // A bad standard stops the review before it starts.
    let o = klausul(&["review", good.to_str().unwrap(), "--against", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty() && text(&o.stderr).contains("nope.pdf"), "{}", text(&o.stderr));
}

#[test]
fn against_lists_the_categories_where_a_file_is_less_strict_and_playbook_counts_deviations() {
    let dir = folder("against");
    let ours = copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, "ours.txt");
    let theirs = copy("marketing-bureau-databehandleraftale.txt", &dir, "theirs.txt");
    let (o, json) = review_json(&[ours.to_str().unwrap(), theirs.to_str().unwrap(), "--against", ours.to_str().unwrap(), "--playbook", "gdpr-minimum"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(json["standard"], ours.to_str().unwrap());
    assert_eq!(json["playbook"].as_str().map(|s| !s.is_empty()), Some(true));
    let worse = |i: usize| rows(&json)[i]["worse_than_standard"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(worse(0).is_empty(), "the standard is not worse than itself");
    let theirs_worse = worse(1);
    for category in ["transfers", "processor_own_use", "deletion_return"] {
        assert!(theirs_worse.contains(&category.to_string()), "{category}: {theirs_worse:?}");
    }
    // The same as `compare ours theirs`: categories where A (ours) is stricter or only A has it.
    let cmp = klausul(&["compare", ours.to_str().unwrap(), theirs.to_str().unwrap(), "--format", "json"]);
    let cmp: Value = serde_json::from_slice(&cmp.stdout).unwrap();
    let from_compare: Vec<String> = cmp["categories"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, c)| c["presence"] == "only_a" || c["attributes"].as_object().unwrap().values().any(|a| a["verdict"] == "a_stricter"))
        .map(|(id, _)| id.clone())
        .collect();
    let mut sorted = theirs_worse.clone();
    sorted.sort();
    assert_eq!(sorted, from_compare);
    for (i, file) in [ours, theirs].iter().enumerate() {
        let analysis = analyze_json(file.to_str().unwrap(), &["--playbook", "gdpr-minimum"]);
        let mut expected = expected_row(file.to_str().unwrap(), &analysis);
        expected["worse_than_standard"] = rows(&json)[i]["worse_than_standard"].clone();
        assert_eq!(rows(&json)[i], expected);
    }
}

#[test]
fn people_formats_and_output_file() {
    let dir = folder("formats");
    copy("smtp-dk-standardkontraktsbestemmelser.txt", &dir, "a|b.txt");
    write(&dir, "recipe.txt", RECIPE.as_bytes());
    let d = dir.to_str().unwrap();
    let md = klausul(&["review", d, "--format", "md", "--lang", "da"]);
    assert_eq!(md.status.code(), Some(2));
    let md = text(&md.stdout);
    assert!(md.starts_with("# Klausul-gennemgang") && md.contains("a\\|b.txt") && md.contains("not_a_dpa"), "{md}");
    let html = klausul(&["review", d, "--format", "html"]);
    let html = text(&html.stdout);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td>prohibited</td>"), "{html}");
    let table = text(&klausul(&["review", d, "--format", "text"]).stdout);
    assert!(table.starts_with("File") && table.contains("1 analysed"), "{table}");
    let out = dir.join("report.json");
    let o = klausul(&["review", dir.join("a|b.txt").to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["schema"], "klausul.review/1", "the format follows the --output extension");
}

#[test]
fn force_analyses_a_text_that_is_no_dpa_as_analyze_does() {
    let dir = folder("force");
    let recipe = write(&dir, "recipe.txt", RECIPE.as_bytes());
    let recipe = recipe.to_str().unwrap();
    let (o, json) = review_json(&[recipe, "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let analysis = analyze_json(recipe, &["--force"]);
    assert_eq!(rows(&json)[0], expected_row(recipe, &analysis));
}
