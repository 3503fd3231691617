//! Export: the engine's JSON (what the CLI prints, plus the reviewer's marks), Markdown, the
//! standalone HTML report, and print.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::icon::{Icon, IconKind};
use crate::dom;
use crate::engine::{ComparisonResult, DocResult};
use crate::i18n::use_i18n;
use crate::state::Mark;

/// Props of [`Export`].
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// A's and B's analyses.
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The comparison, when there are two.
    pub comparison: Option<Rc<ComparisonResult>>,
    /// The reviewer's marks.
    pub marks: BTreeMap<String, Mark>,
}

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

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name)
}

/// The export bar.
#[function_component(Export)]
pub fn export(props: &ExportProps) -> Html {
    let i18n = use_i18n();
    let (base, json) = match (&props.comparison, props.docs.iter().flatten().next()) {
        (Some(c), _) => (
            format!("klausul-{}-vs-{}", stem(&c.comparison.a.document.name), stem(&c.comparison.b.document.name)),
            c.json.clone(),
        ),
        (None, Some(d)) => (format!("klausul-{}", stem(&d.analysis.document.name)), d.report_json.clone()),
        (None, None) => return html! {},
    };
    let json = with_marks(&json, &props.marks);
    let file = |ext: &str| format!("{base}.{ext}");
    let dl = |name: String, mime: &'static str, body: String| Callback::from(move |_| { let _ = dom::download(&name, mime, &body); });
    html! {
        <div class="export no-print" role="group" aria-label={i18n.t("export.label")}>
            <span class="export-label">{ i18n.t("export.label") }</span>
            <button type="button" class="btn btn-small" id="export-json" onclick={dl(file("json"), "application/json", json)}>
                <Icon kind={IconKind::Download} />{ "JSON" }
            </button>
            if let Some(c) = &props.comparison {
                <button type="button" class="btn btn-small" id="export-md" onclick={dl(file("md"), "text/markdown", c.markdown.clone())}>
                    <Icon kind={IconKind::Download} />{ "Markdown" }
                </button>
                <button type="button" class="btn btn-small" id="export-html" onclick={dl(file("html"), "text/html", c.html.clone())}>
                    <Icon kind={IconKind::Download} />{ "HTML" }
                </button>
            }
            <button type="button" class="btn btn-small" onclick={Callback::from(|_| dom::print())}>{ i18n.t("export.print") }</button>
        </div>
    }
}
