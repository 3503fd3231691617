//! Batch review: one row per agreement, the `klausul.review/1` report (docs/review-schema.md).
//!
//! [`Row::from_analysis`] boils an analysis down to the columns a buyer scans across a folder of
//! supplier agreements; [`Row::refused`] is the row of a file that could not be analysed. The
//! rows are plain data: this half is engine, compiled for every target. Walking folders, reading
//! files in parallel, catching panics and writing CSV is the command line's ([`batch`], with the
//! `cli` feature).

#[cfg(feature = "cli")]
pub mod batch;
pub mod render;

use serde::{Deserialize, Serialize};

use crate::{taxonomy, Analysis, Category, Engine, FindingSource, Presence, Severity, Value, Verdict};

/// The `schema` of a review report.
pub const REVIEW_SCHEMA: &str = "klausul.review/1";

/// Whether a file's row holds an analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Analysed.
    Ok,
    /// Read, but it does not look like a data processing agreement (`--force` analyses it).
    NotADpa,
    /// Could not be read: unsupported, corrupt, empty, unreadable, or the parser failed.
    Error,
}

impl Status {
    /// The id written in the report.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::NotADpa => "not_a_dpa",
            Status::Error => "error",
        }
    }
}

/// One file of a review. The field order is the CSV column order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The path as given on the command line or found under a folder given there.
    pub file: String,
    /// Lower-case hex SHA-256 of the file's bytes; empty when the file could not be read at all.
    pub sha256: String,
    /// `ok`, `not_a_dpa` or `error`.
    pub status: Status,
    /// Why the file has no analysis (one line); empty for `ok`.
    pub reason: String,
    /// ISO 639-1 code of the detected language, or null.
    pub language: Option<String>,
    /// `parties_contacts.processor_name`: the processor's name as the agreement states it.
    pub processor: Value,
    /// How many of the categories GDPR Art. 28 requires have a clause.
    pub required_covered: Option<u32>,
    /// How many categories are required (11).
    pub required_total: Option<u32>,
    /// Findings of the engine's own rules (not the playbook's) by severity.
    pub findings_high: Option<u32>,
    /// See `findings_high`.
    pub findings_medium: Option<u32>,
    /// See `findings_high`.
    pub findings_low: Option<u32>,
    /// `breach_notification.deadline_hours`.
    pub breach_deadline_hours: Value,
    /// `sub_processors.authorisation`.
    pub sub_processor_authorisation: Value,
    /// `sub_processors.notice_days`.
    pub sub_processor_notice_days: Value,
    /// `sub_processors.objection_right`.
    pub sub_processor_objection_right: Value,
    /// `transfers.stance`.
    pub transfer_stance: Value,
    /// `transfers.mechanism`.
    pub transfer_mechanism: Value,
    /// `deletion_return.trigger`.
    pub deletion_trigger: Value,
    /// `audits.cost_bearer`.
    pub audit_cost_bearer: Value,
    /// `costs.assistance_paid`.
    pub assistance_paid: Value,
    /// `processor_own_use.anonymisation`.
    pub anonymisation: Value,
    /// Findings of the playbook (`playbook:*`); null without `--playbook`.
    pub playbook_deviations: Option<u32>,
    /// With `--against`: the categories where this agreement is less strict than the standard or
    /// says nothing where the standard does; null without `--against`.
    pub worse_than_standard: Option<Vec<String>>,
}

/// Row field → where its value comes from in the analysis: `(column, category, attribute)`.
pub const ATTRIBUTE_COLUMNS: [(&str, Category, &str); 11] = [
    ("processor", Category::PartiesContacts, "processor_name"),
    ("breach_deadline_hours", Category::BreachNotification, "deadline_hours"),
    ("sub_processor_authorisation", Category::SubProcessors, "authorisation"),
    ("sub_processor_notice_days", Category::SubProcessors, "notice_days"),
    ("sub_processor_objection_right", Category::SubProcessors, "objection_right"),
    ("transfer_stance", Category::Transfers, "stance"),
    ("transfer_mechanism", Category::Transfers, "mechanism"),
    ("deletion_trigger", Category::DeletionReturn, "trigger"),
    ("audit_cost_bearer", Category::Audits, "cost_bearer"),
    ("assistance_paid", Category::Costs, "assistance_paid"),
    ("anonymisation", Category::ProcessorOwnUse, "anonymisation"),
];

/// Every column, in order (the CSV header).
pub const COLUMNS: [&str; 23] = [
    "file",
    "sha256",
    "status",
    "reason",
    "language",
    "processor",
    "required_covered",
    "required_total",
    "findings_high",
    "findings_medium",
    "findings_low",
    "breach_deadline_hours",
    "sub_processor_authorisation",
    "sub_processor_notice_days",
    "sub_processor_objection_right",
    "transfer_stance",
    "transfer_mechanism",
    "deletion_trigger",
    "audit_cost_bearer",
    "assistance_paid",
    "anonymisation",
    "playbook_deviations",
    "worse_than_standard",
];

impl Row {
    /// The row of an analysed file. `standard` is the analysis of `--against`'s agreement.
    pub fn from_analysis(file: &str, analysis: &Analysis, standard: Option<&Analysis>) -> Row {
        let attribute = |category: Category, name: &str| {
            analysis.categories.get(&category).and_then(|r| r.attributes.get(name)).cloned().unwrap_or(Value::Null)
        };
        let [processor, breach, authorisation, notice, objection, stance, mechanism, deletion, audit_cost, paid, anonymisation] =
            ATTRIBUTE_COLUMNS.map(|(_, category, name)| attribute(category, name));
        let required: Vec<Category> = taxonomy::categories().iter().filter(|c| c.required).map(|c| c.id).collect();
        let covered = required.iter().filter(|c| analysis.categories.get(c).is_some_and(|r| r.present)).count();
        let count = |source: FindingSource, severity: Option<Severity>| {
            let n = analysis.findings.iter().filter(|f| f.source == source && severity.is_none_or(|s| f.severity == s)).count();
            Some(n as u32)
        };
        Row {
            file: file.to_string(),
            sha256: analysis.document.sha256.clone(),
            status: Status::Ok,
            reason: String::new(),
            language: analysis.document.language.map(|l| l.as_str().to_string()),
            processor,
            required_covered: Some(covered as u32),
            required_total: Some(required.len() as u32),
            findings_high: count(FindingSource::Gdpr, Some(Severity::High)),
            findings_medium: count(FindingSource::Gdpr, Some(Severity::Medium)),
            findings_low: count(FindingSource::Gdpr, Some(Severity::Low)),
            breach_deadline_hours: breach,
            sub_processor_authorisation: authorisation,
            sub_processor_notice_days: notice,
            sub_processor_objection_right: objection,
            transfer_stance: stance,
            transfer_mechanism: mechanism,
            deletion_trigger: deletion,
            audit_cost_bearer: audit_cost,
            assistance_paid: paid,
            anonymisation,
            playbook_deviations: analysis.playbook.as_ref().and_then(|_| count(FindingSource::Playbook, None)),
            worse_than_standard: standard.map(|s| worse_than(s, analysis)),
        }
    }

    /// The row of a file without an analysis: every column but the first four is empty.
    pub fn refused(file: &str, sha256: &str, status: Status, reason: &str) -> Row {
        Row {
            file: file.to_string(),
            sha256: sha256.to_string(),
            status,
            // One line, whatever the parser said.
            reason: reason.split_whitespace().collect::<Vec<_>>().join(" "),
            language: None,
            processor: Value::Null,
            required_covered: None,
            required_total: None,
            findings_high: None,
            findings_medium: None,
            findings_low: None,
            breach_deadline_hours: Value::Null,
            sub_processor_authorisation: Value::Null,
            sub_processor_notice_days: Value::Null,
            sub_processor_objection_right: Value::Null,
            transfer_stance: Value::Null,
            transfer_mechanism: Value::Null,
            deletion_trigger: Value::Null,
            audit_cost_bearer: Value::Null,
            assistance_paid: Value::Null,
            anonymisation: Value::Null,
            playbook_deviations: None,
            worse_than_standard: None,
        }
    }

    /// The cells in [`COLUMNS`] order, as text: empty for null, lists joined with `; `.
    pub fn cells(&self) -> Vec<String> {
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let mut cells = vec![
            self.file.clone(),
            self.sha256.clone(),
            self.status.as_str().to_string(),
            self.reason.clone(),
            self.language.clone().unwrap_or_default(),
            cell(&self.processor),
            number(self.required_covered),
            number(self.required_total),
            number(self.findings_high),
            number(self.findings_medium),
            number(self.findings_low),
        ];
        for value in [
            &self.breach_deadline_hours,
            &self.sub_processor_authorisation,
            &self.sub_processor_notice_days,
            &self.sub_processor_objection_right,
            &self.transfer_stance,
            &self.transfer_mechanism,
            &self.deletion_trigger,
            &self.audit_cost_bearer,
            &self.assistance_paid,
            &self.anonymisation,
        ] {
            cells.push(cell(value));
        }
        cells.push(number(self.playbook_deviations));
        cells.push(self.worse_than_standard.as_ref().map(|l| l.join("; ")).unwrap_or_default());
        cells
    }
}

/// An attribute value as one cell.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Text(s) => s.clone(),
        Value::Texts(list) => list.join("; "),
        Value::Parties(parties) => parties.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("; "),
    }
}

/// The categories where `supplier` says nothing that `standard` says, or is less strict on some
/// attribute (taxonomy.md §4, with the standard as A), in the taxonomy's order.
pub fn worse_than(standard: &Analysis, supplier: &Analysis) -> Vec<String> {
    Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Unclassified)
        .filter(|c| {
            let cmp = crate::compare::category(*c, standard.categories.get(c), supplier.categories.get(c));
            cmp.presence == Presence::OnlyA || cmp.attributes.values().any(|a| a.verdict == Verdict::AStricter)
        })
        .map(|c| c.as_str().to_string())
        .collect()
}

/// A whole review: the `klausul.review/1` report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Always [`REVIEW_SCHEMA`].
    pub schema: String,
    /// The engine that made it.
    pub engine: Engine,
    /// The playbook's name, when the files were checked against one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<String>,
    /// The agreement of `--against`, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<String>,
    /// One row per file, sorted by `file`.
    pub documents: Vec<Row>,
}

/// The review as CSV: the header of [`COLUMNS`], then one record per row (quoted where a cell
/// holds a comma, a quote or a line break). The app's portfolio export is this very function.
pub fn csv(review: &Review) -> Result<String, String> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for row in &review.documents {
        writer.write_record(row.cells()).map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The message of `klausul analyze` for a text that is no data processing agreement.
pub const NOT_A_DPA_REASON: &str =
    "this does not look like a data processing agreement (no data-protection terms found); use --force to analyse it anyway";

/// Reads and analyses a file's bytes exactly as `klausul analyze` does: the same ingest, the same
/// not-a-DPA rule (unless `force`), the same playbook. The error is the row's status and reason.
pub fn analyse(bytes: &[u8], name: &str, force: bool, playbook: Option<&crate::playbook::Checked>) -> Result<Analysis, (Status, String)> {
    let doc = crate::ingest(bytes, name).map_err(|e| (Status::Error, e.to_string()))?;
    if !force && doc.warnings.iter().any(|w| w == crate::ingest::NOT_A_DPA) {
        return Err((Status::NotADpa, NOT_A_DPA_REASON.to_string()));
    }
    let mut analysis = crate::analyze(&doc);
    if let Some(pb) = playbook {
        crate::playbook::apply(pb, &mut analysis);
    }
    Ok(analysis)
}

/// The lower-case hex SHA-256 of a file's bytes, as a refused row carries it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The row of one file's bytes ([`analyse`] without `force`), compared with `standard` when
/// given. The app's portfolio workers call this; a panic is the caller's to catch.
pub fn row_for(file: &str, bytes: &[u8], name: &str, playbook: Option<&crate::playbook::Checked>, standard: Option<&Analysis>) -> Row {
    match analyse(bytes, name, false, playbook) {
        Ok(analysis) => Row::from_analysis(file, &analysis, standard),
        Err((status, reason)) => Row::refused(file, &sha256_hex(bytes), status, &reason),
    }
}

impl Review {
    /// A report over `rows`, which it sorts by file.
    pub fn new(mut rows: Vec<Row>) -> Review {
        rows.sort_by(|a, b| a.file.cmp(&b.file));
        Review { schema: REVIEW_SCHEMA.to_string(), engine: Engine::current(), playbook: None, standard: None, documents: rows }
    }

    /// True when every row is `ok`.
    pub fn all_ok(&self) -> bool {
        self.documents.iter().all(|r| r.status == Status::Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_cell_and_a_field() {
        let row = Row::refused("a.pdf", "", Status::Error, "broken\nPDF");
        assert_eq!(row.cells().len(), COLUMNS.len());
        assert_eq!(row.reason, "broken PDF");
        let json = serde_json::to_value(&row).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut columns = COLUMNS.to_vec();
        columns.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, columns);
        for (column, category, name) in ATTRIBUTE_COLUMNS {
            assert!(COLUMNS.contains(&column), "{column}");
            if column != "processor" {
                assert!(taxonomy::category(category).attributes.iter().any(|a| a.name == name), "{column}");
            }
        }
    }
}
