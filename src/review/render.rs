//! The review for people: a Markdown table, a standalone HTML page, a terminal table. The JSON
//! is [`super::Review`] as it serialises; the CSV is the command line's (it needs the `csv` crate).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::OnceLock;

use super::{Review, Row, Status};
use crate::report::{escape_html, ReportLang};

/// The review as `klausul.review/1` JSON.
pub fn json(review: &Review) -> String {
    let mut s = serde_json::to_string_pretty(review).expect("review rows always serialise");
    s.push('\n');
    s
}

fn labels(lang: ReportLang) -> &'static BTreeMap<String, String> {
    static TABLES: OnceLock<BTreeMap<String, BTreeMap<String, String>>> = OnceLock::new();
    static EMPTY: BTreeMap<String, String> = BTreeMap::new();
    // `labels.toml` as JSON, converted by `build.rs` (JSON parses faster).
    let tables = TABLES.get_or_init(|| serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/src_review_labels.toml.json"))).unwrap_or_default());
    let code = match lang {
        ReportLang::En => "en",
        ReportLang::Da => "da",
    };
    tables.get(code).unwrap_or(&EMPTY)
}

fn label(lang: ReportLang, key: &str) -> String {
    labels(lang).get(key).or_else(|| labels(ReportLang::En).get(key)).cloned().unwrap_or_else(|| key.to_string())
}

/// The columns people see: the CSV's, without the hash, with the counts joined and the optional
/// columns only when asked for.
fn table(review: &Review, lang: ReportLang, compact: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let mut keys = vec!["file", "status", "language", "processor", "required_covered", "findings", "breach_deadline_hours"];
    if !compact {
        keys.extend([
            "sub_processor_authorisation",
            "sub_processor_notice_days",
            "sub_processor_objection_right",
            "transfer_stance",
            "transfer_mechanism",
            "deletion_trigger",
            "audit_cost_bearer",
            "assistance_paid",
            "anonymisation",
        ]);
    } else {
        keys.push("transfer_stance");
    }
    if review.playbook.is_some() {
        keys.push("playbook_deviations");
    }
    if review.standard.is_some() {
        keys.push("worse_than_standard");
    }
    let header = keys.iter().map(|k| label(lang, k)).collect();
    let rows = review
        .documents
        .iter()
        .map(|row| {
            let cells = row.cells();
            let by_id = |id: &str| super::COLUMNS.iter().position(|c| *c == id).map(|i| cells[i].clone()).unwrap_or_default();
            keys.iter()
                .map(|k| match *k {
                    "findings" if row.status == Status::Ok => format!("{} / {} / {}", by_id("findings_high"), by_id("findings_medium"), by_id("findings_low")),
                    "required_covered" if row.status == Status::Ok => format!("{} / {}", by_id("required_covered"), by_id("required_total")),
                    "findings" | "required_covered" => String::new(),
                    k => by_id(k),
                })
                .collect()
        })
        .collect();
    (header, rows)
}

fn summary(review: &Review, lang: ReportLang) -> String {
    let count = |s: Status| review.documents.iter().filter(|r| r.status == s).count().to_string();
    label(lang, "summary")
        .replace("{files}", &review.documents.len().to_string())
        .replace("{ok}", &count(Status::Ok))
        .replace("{not_a_dpa}", &count(Status::NotADpa))
        .replace("{error}", &count(Status::Error))
}

fn refused(review: &Review) -> impl Iterator<Item = &Row> {
    review.documents.iter().filter(|r| r.status != Status::Ok)
}

/// A Markdown table, with the reason of each file that has no analysis below it.
pub fn markdown(review: &Review, lang: ReportLang) -> String {
    let md = |s: &str| s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ");
    let (header, rows) = table(review, lang, false);
    let mut out = format!("# {}\n\n{}\n\n", label(lang, "title"), summary(review, lang));
    let _ = writeln!(out, "| {} |", header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | "));
    }
    let mut refused = refused(review).peekable();
    if refused.peek().is_some() {
        let _ = writeln!(out, "\n## {}\n", label(lang, "reason"));
        for row in refused {
            let _ = writeln!(out, "- `{}` ({}): {}", row.file.replace('`', "'"), row.status.as_str(), md(&row.reason));
        }
    }
    out
}

/// A standalone HTML page with the table.
pub fn html(review: &Review, lang: ReportLang) -> String {
    let (header, rows) = table(review, lang, false);
    let code = match lang {
        ReportLang::En => "en",
        ReportLang::Da => "da",
    };
    let title = escape_html(&label(lang, "title"));
    let mut body = format!("<h1>{title}</h1>\n<p>{}</p>\n<table>\n<thead><tr>", escape_html(&summary(review, lang)));
    for h in &header {
        let _ = write!(body, "<th>{}</th>", escape_html(h));
    }
    body.push_str("</tr></thead>\n<tbody>\n");
    for (row, cells) in review.documents.iter().zip(rows) {
        let _ = write!(body, "<tr class=\"{}\">", row.status.as_str());
        for (i, c) in cells.iter().enumerate() {
            // The reason of a file without analysis shows on its status.
            if i == 1 && row.status != Status::Ok {
                let _ = write!(body, "<td title=\"{}\">{}: {}</td>", escape_html(&row.reason), escape_html(c), escape_html(&row.reason));
            } else {
                let _ = write!(body, "<td>{}</td>", escape_html(c));
            }
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody>\n</table>\n");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

const STYLE: &str = "
body { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f1f1f; margin: 2rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #d9d9d9; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; } tr.error td, tr.not_a_dpa td { color: #b3261e; }
";

/// A plain table for a terminal: the main columns, aligned, and the reasons below.
pub fn text(review: &Review, lang: ReportLang) -> String {
    let (header, rows) = table(review, lang, true);
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(c));
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (c, w) in cells.iter().zip(&widths) {
            let one_line = c.replace(['\n', '\r'], " ");
            let _ = write!(s, "{one_line}{}  ", " ".repeat(w.saturating_sub(width(&one_line))));
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&header);
    for row in &rows {
        out.push_str(&line(row));
    }
    let _ = writeln!(out, "\n{}", summary(review, lang));
    for row in refused(review) {
        let _ = writeln!(out, "{}: {}", row.file.replace(['\n', '\r'], " "), row.reason);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_labels_are_the_file() {
        let file: BTreeMap<String, BTreeMap<String, String>> = toml::from_str(include_str!("labels.toml")).expect("labels.toml parses");
        for (code, lang) in [("en", ReportLang::En), ("da", ReportLang::Da)] {
            let table = file.get(code).expect("a table per language");
            assert!(!table.is_empty());
            assert_eq!(labels(lang), table, "{code}");
        }
    }
}
