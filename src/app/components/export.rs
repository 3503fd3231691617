//! Export: the engine's JSON (what the CLI prints, plus the reviewer's marks), the Markdown and
//! standalone HTML reports in the UI language (with the marks as a last section), and print.

use std::collections::BTreeMap;
use std::rc::Rc;

use klausul::report::escape_html;
use yew::prelude::*;

use crate::components::format::clause_label;
use crate::components::icon::{Icon, IconKind};
use crate::dom;
use crate::engine::{ComparisonResult, DocResult};
use crate::i18n::{use_i18n, I18n, UiLang};
use crate::protocol::WordKind;
use crate::state::{finding_key_parts, Mark, MarkStatus};

/// Props of [`Export`].
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The comparison, when there are two.
    pub comparison: Option<Rc<ComparisonResult>>,
    /// The reviewer's marks.
    pub marks: BTreeMap<String, Mark>,
    /// Write a Word file (which, and the author's name).
    pub on_word: Callback<(WordKind, String)>,
}

/// Where the name on Word revisions and comments is remembered.
const AUTHOR_KEY: &str = "klausul.wordAuthor";

/// The engine's JSON report with the reviewer's marks added as a last top-level field
/// (`review_marks`); without marks, byte for byte the engine's report.
pub fn with_marks(report: &str, marks: &BTreeMap<String, Mark>) -> String {
    if marks.is_empty() {
        return report.to_string();
    }
    let Ok(marks_json) = serde_json::to_string_pretty(marks) else { return report.to_string() };
    let body = report.trim_end();
    match body.strip_suffix('}') {
        Some(head) => format!("{},\n  \"review_marks\": {}\n}}\n", head.trim_end(), marks_json.replace('\n', "\n  ")),
        None => report.to_string(),
    }
}

/// One reviewer's mark, ready to print.
struct MarkRow {
    side: String,
    finding: String,
    clauses: String,
    status: String,
    note: String,
}

/// The marks in the order of their keys (see `state::finding_key`).
fn mark_rows(i18n: &I18n, marks: &BTreeMap<String, Mark>) -> Vec<MarkRow> {
    marks
        .iter()
        .map(|(key, mark)| {
            let (side, finding, clauses) = finding_key_parts(key);
            let status = match mark.status {
                MarkStatus::Accepted => i18n.t("marks.accepted"),
                MarkStatus::Dismissed => i18n.t("marks.dismissed"),
            };
            MarkRow {
                side: side.to_uppercase(),
                finding: finding.to_string(),
                clauses: clauses.into_iter().map(clause_label).collect::<Vec<_>>().join(", "),
                status,
                note: mark.note.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .collect()
}

fn headings(i18n: &I18n) -> [String; 5] {
    ["export.col_side", "export.col_finding", "export.col_clauses", "export.col_mark", "export.col_note"].map(|k| i18n.t(k))
}

/// The Markdown report with the marks as a last section.
pub fn markdown_with_marks(report: &str, i18n: &I18n, marks: &BTreeMap<String, Mark>) -> String {
    let rows = mark_rows(i18n, marks);
    if rows.is_empty() {
        return report.to_string();
    }
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = report.trim_end().to_string();
    out.push_str(&format!("\n\n## {}\n\n| {} |\n|---|---|---|---|---|\n", i18n.t("export.marks_title"), headings(i18n).join(" | ")));
    for r in rows {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.side,
            cell(&r.finding),
            cell(&r.clauses),
            cell(&r.status),
            cell(&r.note)
        ));
    }
    out
}

/// The HTML report with the marks as a last section (the notes are the reviewer's own words,
/// escaped like everything else).
pub fn html_with_marks(report: &str, i18n: &I18n, marks: &BTreeMap<String, Mark>) -> String {
    let rows = mark_rows(i18n, marks);
    let Some(end) = report.rfind("</body>").filter(|_| !rows.is_empty()) else { return report.to_string() };
    let mut section = format!(
        "<section id=\"review-marks\">\n<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        escape_html(&i18n.t("export.marks_title")),
        headings(i18n).iter().map(|h| format!("<th scope=\"col\">{}</th>", escape_html(h))).collect::<String>()
    );
    for r in rows {
        section.push_str(&format!(
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape_html(&r.side),
            escape_html(&r.finding),
            escape_html(&r.clauses),
            escape_html(&r.status),
            escape_html(&r.note)
        ));
    }
    section.push_str("</tbody>\n</table>\n</section>\n");
    format!("{}{section}{}", &report[..end], &report[end..])
}

/// A file name without its extension.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name)
}

/// The export bar.
#[function_component(Export)]
pub fn export(props: &ExportProps) -> Html {
    let i18n = use_i18n();
    let author = use_state(|| dom::load(AUTHOR_KEY).unwrap_or_default());
    let (base, json, reports) = match (&props.comparison, props.docs.iter().flatten().next()) {
        (Some(c), _) => (
            format!("klausul-{}-vs-{}", stem(&c.comparison.a.document.name), stem(&c.comparison.b.document.name)),
            c.json.clone(),
            &c.reports,
        ),
        (None, Some(d)) => (format!("klausul-{}", stem(&d.analysis.document.name)), d.report_json.clone(), &d.reports),
        (None, None) => return html! {},
    };
    // The reports for people in the UI language; the JSON is the CLI's, whatever the language.
    let lang = usize::from(i18n.lang == UiLang::Da);
    let json = with_marks(&json, &props.marks);
    let markdown = markdown_with_marks(&reports.markdown[lang], &i18n, &props.marks);
    let html_report = html_with_marks(&reports.html[lang], &i18n, &props.marks);
    let file = |ext: &str| format!("{base}.{ext}");
    let dl = |name: String, mime: &'static str, body: String| Callback::from(move |_| { let _ = dom::download(&name, mime, &body); });
    let word = |kind: WordKind| {
        let on_word = props.on_word.clone();
        let author = (*author).clone();
        Callback::from(move |_| on_word.emit((kind, author.clone())))
    };
    let on_author = {
        let author = author.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            dom::save(AUTHOR_KEY, &value);
            author.set(value);
        })
    };
    html! {
        <div class="export no-print" role="group" aria-label={i18n.t("export.label")}>
            <span class="export-label">{ i18n.t("export.label") }</span>
            <button type="button" class="btn btn-small" id="export-json" onclick={dl(file("json"), "application/json", json)}>
                <Icon kind={IconKind::Download} />{ "JSON" }
            </button>
            <button type="button" class="btn btn-small" id="export-md" onclick={dl(file("md"), "text/markdown", markdown)}>
                <Icon kind={IconKind::Download} />{ "Markdown" }
            </button>
            <button type="button" class="btn btn-small" id="export-html" onclick={dl(file("html"), "text/html", html_report)}>
                <Icon kind={IconKind::Download} />{ "HTML" }
            </button>
            if props.comparison.is_some() && crate::components::summary::different_languages(&props.docs).is_none() {
                <button type="button" class="btn btn-small" id="export-word-redline" title={i18n.t("export.word_redline_title")}
                    onclick={word(WordKind::Redline)}>
                    <Icon kind={IconKind::Download} />{ i18n.t("export.word_redline") }
                </button>
            }
            <button type="button" class="btn btn-small" id="export-word-review" title={i18n.t("export.word_review_title")}
                onclick={word(WordKind::Review)}>
                <Icon kind={IconKind::Download} />{ i18n.t("export.word_review") }
            </button>
            <label class="export-author">
                <span>{ i18n.t("export.word_author") }</span>
                <input type="text" id="word-author" size="12" placeholder="Klausul" value={(*author).clone()} oninput={on_author} />
            </label>
            <button type="button" class="btn btn-small" onclick={Callback::from(|_| dom::print())}>{ i18n.t("export.print") }</button>
        </div>
    }
}
