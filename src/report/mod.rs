//! Reports for machines and people: JSON, Markdown, standalone HTML, terminal text.
//!
//! The JSON is the report of report-schema.md. The others are for people: a summary, the
//! findings by severity with the words they rest on and why they matter, the category table; for
//! a comparison the category matrix, the findings diff and the redline. Labels come from a small
//! table per language (`src/report/en.toml`, `da.toml`); the CLI prints English.

pub mod docx;
mod html;
mod markdown;
mod text;

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::{assess, taxonomy, AlignStatus, AlignmentRow, Analysis, Category, Comparison, DiffChunk, DiffOp, Finding, Severity, Value};

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

/// The language of a report's labels and explanations (document text is quoted as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportLang {
    /// English.
    #[default]
    En,
    /// Danish.
    Da,
}

/// Escapes text for HTML content and attribute values, as the HTML reports do (for callers that
/// add to a report, like the app's reviewer marks).
pub fn escape_html(s: &str) -> String {
    html::esc(s)
}

/// Renders an analysis, in English.
pub fn analysis(analysis: &Analysis, format: ReportFormat) -> String {
    analysis_in(analysis, format, ReportLang::En)
}

/// Renders a comparison, in English.
pub fn comparison(comparison: &Comparison, format: ReportFormat) -> String {
    comparison_in(comparison, format, ReportLang::En)
}

/// Renders an analysis with labels in `lang`.
pub fn analysis_in(analysis: &Analysis, format: ReportFormat, lang: ReportLang) -> String {
    let l = Labels::new(lang);
    match format {
        ReportFormat::Json => to_json(analysis),
        ReportFormat::Markdown => markdown::analysis(analysis, &l),
        ReportFormat::Html => html::analysis(analysis, &l),
        ReportFormat::Text { color } => text::analysis(analysis, &l, color),
    }
}

/// Renders a comparison with labels in `lang`.
pub fn comparison_in(comparison: &Comparison, format: ReportFormat, lang: ReportLang) -> String {
    let l = Labels::new(lang);
    match format {
        ReportFormat::Json => to_json(comparison),
        ReportFormat::Markdown => markdown::comparison(comparison, &l),
        ReportFormat::Html => html::comparison(comparison, &l),
        ReportFormat::Text { color } => text::comparison(comparison, &l, color),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("report types always serialise");
    s.push('\n');
    s
}

/// An analysis rendered as it stands inside a comparison's JSON, one level down: made ahead (on
/// the thread that analysed the document, say) for [`comparison_json_with`].
pub struct EmbeddedJson(String);

/// [`EmbeddedJson`] of `analysis`.
pub fn embedded_json(analysis: &Analysis) -> EmbeddedJson {
    /// Pretty JSON has no raw line break but between lines (strings escape theirs), so one level
    /// down is two more spaces after each. serde_json's pretty printer writes each line break
    /// last in its write ("\n", ",\n"), before the indent (`comparison_json_with_equals_comparison_in`
    /// holds it to that).
    struct OneLevelDown(Vec<u8>);
    impl std::io::Write for OneLevelDown {
        #[inline]
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.extend_from_slice(buf);
            if buf.last() == Some(&b'\n') {
                self.0.extend_from_slice(b"  ");
            }
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = OneLevelDown(Vec::with_capacity(1 << 16));
    serde::Serialize::serialize(analysis, &mut serde_json::Serializer::pretty(&mut out)).expect("report types always serialise");
    EmbeddedJson(String::from_utf8(out.0).expect("serde_json writes UTF-8"))
}

/// The JSON report of `comparison` (the text `comparison_in` gives for JSON) with its two
/// analyses taken from `a` and `b`, rendered ahead from `comparison.a` and `comparison.b`.
pub fn comparison_json_with(comparison: &Comparison, a: &EmbeddedJson, b: &EmbeddedJson) -> String {
    /// `Comparison` with `null` for the analyses; `comparison_json_with_equals_comparison_in`
    /// holds the two field lists together.
    #[derive(serde::Serialize)]
    struct Shell<'c> {
        schema: &'c str,
        engine: &'c crate::Engine,
        kind: &'c crate::PairKind,
        a: (),
        b: (),
        categories: &'c BTreeMap<Category, crate::CategoryComparison>,
        alignment: &'c [AlignmentRow],
        findings: &'c crate::FindingsDiff,
    }
    let c = comparison;
    let shell = Shell { schema: &c.schema, engine: &c.engine, kind: &c.kind, a: (), b: (), categories: &c.categories, alignment: &c.alignment, findings: &c.findings };
    let shell = to_json(&shell);
    // The analyses are top-level fields, the only lines indented by two spaces that say "a" / "b".
    const HOLES: &str = "\n  \"a\": null,\n  \"b\": null,\n";
    let Some(at) = shell.find(HOLES) else { return to_json(comparison) };
    let mut out = String::with_capacity(shell.len() + a.0.len() + b.0.len() + 16);
    out.push_str(&shell[..at]);
    out.push_str("\n  \"a\": ");
    out.push_str(&a.0);
    out.push_str(",\n  \"b\": ");
    out.push_str(&b.0);
    out.push_str(",\n");
    out.push_str(&shell[at + HOLES.len()..]);
    out
}

/// `en.toml` and `da.toml` as JSON, converted by `build.rs` (JSON parses faster).
const LABELS: [(ReportLang, &str); 2] = [
    (ReportLang::En, include_str!(concat!(env!("OUT_DIR"), "/src_report_en.toml.json"))),
    (ReportLang::Da, include_str!(concat!(env!("OUT_DIR"), "/src_report_da.toml.json"))),
];

/// The labels of `lang`, each table parsed when first asked for.
fn table(lang: ReportLang) -> &'static BTreeMap<String, String> {
    static TABLES: [OnceLock<BTreeMap<String, String>>; LABELS.len()] = [const { OnceLock::new() }; LABELS.len()];
    static EMPTY: BTreeMap<String, String> = BTreeMap::new();
    match LABELS.iter().position(|(l, _)| *l == lang) {
        Some(i) => TABLES[i].get_or_init(|| serde_json::from_str(LABELS[i].1).unwrap_or_default()),
        None => &EMPTY,
    }
}

/// The labels of one language, falling back to English and then to the key.
pub(crate) struct Labels {
    lang: ReportLang,
}

impl Labels {
    pub(crate) fn new(lang: ReportLang) -> Self {
        Labels { lang }
    }

    /// The label of `key`.
    pub(crate) fn get<'a>(&self, key: &'a str) -> &'a str {
        table(self.lang).get(key).or_else(|| table(ReportLang::En).get(key)).map(String::as_str).unwrap_or(key)
    }

    /// When A and B are in different languages: the note that the clauses are compared by
    /// category and the clause-by-clause redline is left out (the app's summary says the same).
    pub(crate) fn languages_note(&self, c: &Comparison) -> Option<String> {
        let (a, b) = crate::different_languages(&c.a, &c.b)?;
        let name = |lang: crate::Lang| {
            let key = format!("lang.{}", lang.as_str());
            self.get(&key).to_string()
        };
        Some(self.get("languages_differ").replace("{a}", &name(a)).replace("{b}", &name(b)))
    }

    fn lang_code(&self) -> &'static str {
        match self.lang {
            ReportLang::En => "en",
            ReportLang::Da => "da",
        }
    }

    fn category(&self, c: Category) -> &'static str {
        let def = taxonomy::category(c);
        match self.lang {
            ReportLang::En => &def.en,
            ReportLang::Da => &def.da,
        }
    }

    pub(crate) fn severity(&self, s: Severity) -> &'static str {
        self.get(match s {
            Severity::High => "severity.high",
            Severity::Medium => "severity.medium",
            Severity::Low => "severity.low",
            Severity::Info => "severity.info",
        })
    }

    /// A finding's title: `missing_required:audits` → "Required item missing: Audits".
    pub(crate) fn finding_title(&self, id: &str) -> String {
        // `playbook:sub_processors.notice_days`: the organisation's own position, marked as such.
        if let Some(rest) = id.strip_prefix("playbook:") {
            let (cat, attr) = rest.split_once('.').map_or((rest, None), |(c, a)| (c, Some(a)));
            let label = Category::from_id(cat).map(|c| self.category(c)).unwrap_or(cat);
            return match attr {
                Some(a) => format!("{}: {label} · {a}", self.get("finding.playbook")),
                None => format!("{}: {label}", self.get("finding.playbook")),
            };
        }
        match id.split_once(':') {
            Some((base, cat)) => {
                let label = Category::from_id(cat).map(|c| self.category(c)).unwrap_or(cat);
                format!("{}: {}", self.get(&format!("finding.{base}")), label)
            }
            None => self.get(&format!("finding.{id}")).to_string(),
        }
    }

    pub(crate) fn message<'a>(&self, f: &'a Finding) -> &'a str {
        match self.lang {
            ReportLang::En => &f.message.en,
            ReportLang::Da => &f.message.da,
        }
    }

    fn value(&self, v: &Value) -> String {
        match v {
            Value::Null => self.get("not_stated").to_string(),
            Value::Bool(b) => self.get(if *b { "yes" } else { "no" }).to_string(),
            Value::Number(n) => n.to_string(),
            Value::Text(s) => s.clone(),
            Value::Texts(items) if items.is_empty() => self.get("none").to_string(),
            Value::Texts(items) => items.join(", "),
            Value::Parties(parties) if parties.is_empty() => self.get("none").to_string(),
            Value::Parties(parties) => parties
                .iter()
                .map(|p| match &p.location {
                    Some(l) => format!("{} ({})", p.name, l),
                    None => p.name.clone(),
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    fn key(&self, key: &str) -> String {
        self.get(key).to_string()
    }
}

/// Required categories covered, and how many there are.
pub(crate) fn required_covered(a: &Analysis) -> (usize, usize) {
    let required: Vec<Category> = taxonomy::categories().iter().filter(|d| d.required).map(|d| d.id).collect();
    let covered = required.iter().filter(|c| a.categories.get(c).is_some_and(|r| r.present)).count();
    (covered, required.len())
}

/// Number of findings per severity, most severe first, only severities that occur.
fn severity_counts<F: Borrow<Finding>>(findings: &[F]) -> Vec<(Severity, usize)> {
    [Severity::High, Severity::Medium, Severity::Low, Severity::Info]
        .into_iter()
        .map(|s| (s, findings.iter().filter(|f| Borrow::<Finding>::borrow(*f).severity == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// "2 High · 1 Low", or the no-findings label (of findings or references to them).
pub(crate) fn counts_line<F: Borrow<Finding>>(findings: &[F], l: &Labels) -> String {
    let counts = severity_counts(findings);
    if counts.is_empty() {
        return l.key("none");
    }
    counts.iter().map(|(s, n)| format!("{n} {}", l.severity(*s))).collect::<Vec<_>>().join(" · ")
}

/// How many quotes a finding shows.
const QUOTES: usize = 3;

/// A piece of evidence in its sentence: the clause, the words before, the evidence, the words after.
struct Quote {
    clause: String,
    before: String,
    words: String,
    after: String,
}

/// A finding's first pieces of evidence, each in its sentence; one per sentence.
fn quotes(a: &Analysis, f: &Finding) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    for ev in &f.evidence {
        let (before, words, after) = assess::context(&a.document, &a.clauses, ev);
        let q = Quote { clause: ev.clause.clone(), before, words, after };
        let same_sentence = out.iter().any(|o| o.clause == q.clause && format!("{}{}{}", o.before, o.words, o.after) == format!("{}{}{}", q.before, q.words, q.after));
        if !q.words.is_empty() && !same_sentence {
            out.push(q);
        }
        if out.len() == QUOTES {
            break;
        }
    }
    out
}

/// The attributes of a present category as "name: value" pairs.
fn attributes(a: &Analysis, c: Category, l: &Labels) -> Vec<(String, String)> {
    a.categories
        .get(&c)
        .filter(|r| r.present)
        .map(|r| r.attributes.iter().map(|(k, v)| (k.clone(), l.value(v))).collect())
        .unwrap_or_default()
}

/// The redline of one alignment row; an added or removed clause without a diff is its whole text.
fn row_chunks(c: &Comparison, row: &AlignmentRow) -> Vec<DiffChunk> {
    if !row.diff.is_empty() {
        return row.diff.clone();
    }
    let text_of = |a: &Analysis, id: &Option<String>| a.clauses.iter().find(|cl| Some(&cl.id) == id.as_ref()).map(|cl| cl.text.clone());
    match row.status {
        AlignStatus::Added => text_of(&c.b, &row.b).map(|t| vec![DiffChunk { op: DiffOp::Insert, text: t }]).unwrap_or_default(),
        AlignStatus::Removed => text_of(&c.a, &row.a).map(|t| vec![DiffChunk { op: DiffOp::Delete, text: t }]).unwrap_or_default(),
        _ => text_of(&c.b, &row.b).or_else(|| text_of(&c.a, &row.a)).map(|t| vec![DiffChunk { op: DiffOp::Equal, text: t }]).unwrap_or_default(),
    }
}

/// Display name of a comparison side: "A (name)".
fn side_names(c: &Comparison) -> (String, String) {
    (c.a.document.name.clone(), c.b.document.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_tables_parse_sorted_and_complete() {
        let en = table(ReportLang::En);
        let da = table(ReportLang::Da);
        assert!(en.len() > 40);
        assert_eq!(en.keys().collect::<Vec<_>>(), da.keys().collect::<Vec<_>>(), "da.toml and en.toml have the same keys");
        let from_toml = |text: &str| toml::from_str::<BTreeMap<String, String>>(text).expect("the labels parse");
        assert_eq!(en, &from_toml(include_str!("en.toml")), "the built-in JSON copy of en.toml");
        assert_eq!(da, &from_toml(include_str!("da.toml")), "the built-in JSON copy of da.toml");
        for (name, text) in [("en", include_str!("en.toml")), ("da", include_str!("da.toml"))] {
            let keys: Vec<String> = text
                .lines()
                .filter(|l| !l.starts_with('#') && l.contains(" = "))
                .map(|l| l.split(" = ").next().unwrap_or("").trim_matches('"').to_string())
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "src/report/{name}.toml keys sorted");
        }
        for rule in assess::rules() {
            assert!(en.contains_key(&format!("finding.{}", rule.id)), "title for {}", rule.id);
        }
    }

    #[test]
    fn comparison_json_with_equals_comparison_in() {
        let analyse = |text: &str, name: &str| crate::analyze(&crate::ingest(text.as_bytes(), name).expect("a DPA"));
        let a = analyse(include_str!("../../tests/fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), "a.txt");
        let b = analyse(include_str!("../../tests/fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt"), "b.txt");
        let (ea, eb) = (embedded_json(&a), embedded_json(&b));
        let comparison = crate::compare::compare(&a, &b);
        let json = comparison_in(&comparison, ReportFormat::Json, ReportLang::En);
        assert!(json.contains("\n  \"a\": {\n    \"schema\""), "the analyses sit one level down");
        assert_eq!(comparison_json_with(&comparison, &ea, &eb), json);
    }
}
