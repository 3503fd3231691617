//! Reports for machines and people: JSON, Markdown, standalone HTML, terminal text.

use crate::{Analysis, Comparison};

/// An output format of the CLI and the app's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// The JSON of report-schema.md.
    Json,
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
    /// Terminal text (`color` adds ANSI colours).
    Text {
        /// Use ANSI colours.
        color: bool,
    },
}

/// Renders an analysis.
pub fn analysis(analysis: &Analysis, format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => to_json(analysis),
        _ => {
            let mut out = format!("{} ({}, {} chars)\n", analysis.document.name, analysis.document.format, analysis.document.chars);
            for c in &analysis.clauses {
                out.push_str(&format!("{}  {}\n", c.id, c.heading.as_deref().unwrap_or("")));
            }
            out
        }
    }
}

/// Renders a comparison.
pub fn comparison(comparison: &Comparison, format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => to_json(comparison),
        _ => format!("{} vs {}\n", comparison.a.document.name, comparison.b.document.name),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("report types always serialise");
    s.push('\n');
    s
}
