//! The types every pipeline stage shares, and the JSON report they serialise to
//! (`klausul.analysis/1`, `klausul.comparison/1`; see ARCHITECTURE.md).
//!
//! Everything serialised uses `BTreeMap`/`Vec` order and fixed-width integers, so that native and
//! wasm32 builds print byte-identical reports.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Schema id of an analysis report.
pub const ANALYSIS_SCHEMA: &str = "klausul.analysis/1";
/// Schema id of a comparison report.
pub const COMPARISON_SCHEMA: &str = "klausul.comparison/1";

/// Name and version of the engine that made a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Engine {
    /// Always `klausul`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

impl Engine {
    /// This build of the engine.
    pub fn current() -> Self {
        Engine { name: "klausul".into(), version: env!("CARGO_PKG_VERSION").into() }
    }
}

/// The file format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Portable Document Format.
    Pdf,
    /// Office Open XML word-processing document.
    Docx,
    /// Plain text.
    Txt,
    /// Markdown.
    Md,
    /// HTML.
    Html,
}

impl Format {
    /// The lower-case id used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language the engine has lexicons for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish.
    Da,
    /// English.
    En,
    /// Norwegian (Bokmål and Nynorsk).
    No,
    /// Swedish.
    Sv,
    /// German.
    De,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 5] = [Lang::Da, Lang::En, Lang::No, Lang::Sv, Lang::De];

    /// The ISO 639-1 code.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::No => "no",
            Lang::Sv => "sv",
            Lang::De => "de",
        }
    }

    /// Parses an ISO 639-1 code (`nb` and `nn` count as `no`).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            "no" | "nb" | "nn" => Some(Lang::No),
            "sv" => Some(Lang::Sv),
            "de" => Some(Lang::De),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a paragraph of clean text is, as far as the source format tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Ordinary text (all a TXT or PDF paragraph can claim).
    #[default]
    Body,
    /// A heading with its level (1 = top), from DOCX styles or Markdown `#`.
    Heading(u8),
    /// A list item (DOCX numbering, Markdown `-`/`1.`), with its nesting level (0 = top).
    ListItem(u8),
    /// A table row, cells separated by ` | `.
    TableRow,
}

/// One paragraph of the clean text: `text[start..end]` in chars, without the trailing newline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Offset of the first char, in Unicode scalar values.
    pub start: u32,
    /// Offset one past the last char.
    pub end: u32,
    /// Structure the source format carried.
    pub kind: ParagraphKind,
}

/// A document after ingest: clean text and what is known about it.
///
/// `text` holds one paragraph per line (`\n`-separated), de-hyphenated, with page furniture
/// removed and list numbers that lived in DOCX numbering written out as text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Base name of the input file.
    pub name: String,
    /// Lower-case hex SHA-256 of the input bytes.
    pub sha256: String,
    /// The format it was read as.
    pub format: Format,
    /// Detected language (`None` when no supported language was recognised).
    pub language: Option<Lang>,
    /// Number of chars (Unicode scalar values) of `text`.
    pub chars: u32,
    /// Problems that did not stop the reading, in plain words.
    pub warnings: Vec<String>,
    /// The clean text.
    #[serde(skip)]
    pub text: String,
    /// The paragraphs of `text`, in order.
    #[serde(skip)]
    pub paragraphs: Vec<Paragraph>,
    /// Byte offset of every [`CHAR_CHECKPOINT`]-th char of `text`, so that slicing by char
    /// offsets costs O(1) in the document's length (clauses and evidence are sliced often).
    #[serde(skip)]
    char_checkpoints: Vec<u32>,
}

/// Distance in chars between two entries of `Document::char_checkpoints`.
const CHAR_CHECKPOINT: u32 = 64;

impl Document {
    /// Builds a document from paragraphs of clean text (each without newlines), filling in
    /// `text`, `chars` and the paragraph spans. Language detection is the caller's.
    pub fn from_paragraphs(
        name: &str,
        sha256: String,
        format: Format,
        paragraphs: impl IntoIterator<Item = (String, ParagraphKind)>,
    ) -> Self {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut offset: u32 = 0;
        for (para, kind) in paragraphs {
            let para = para.trim();
            if para.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
                offset += 1;
            }
            let len = para.chars().count() as u32;
            spans.push(Paragraph { start: offset, end: offset + len, kind });
            text.push_str(para);
            offset += len;
        }
        let char_checkpoints = text
            .char_indices()
            .step_by(CHAR_CHECKPOINT as usize)
            .map(|(byte, _)| byte as u32)
            .collect();
        Document {
            name: name.to_string(),
            sha256,
            format,
            language: None,
            chars: offset,
            warnings: Vec::new(),
            text,
            paragraphs: spans,
            char_checkpoints,
        }
    }

    /// The text of one paragraph.
    pub fn paragraph_text(&self, p: &Paragraph) -> &str {
        self.slice(p.start, p.end)
    }

    /// `text[start..end]` with offsets in chars, clamped to the text; like [`slice_chars`] but
    /// without scanning the text from its start.
    pub fn slice(&self, start: u32, end: u32) -> &str {
        match self.byte_of(start) {
            Some(from) => {
                // An end past the last checkpoint is past the text's last char: the text's end.
                let to = if end > start { self.byte_of(end).unwrap_or(self.text.len()) } else { from };
                &self.text[from..to]
            }
            // A deserialised document has no index (and no text); a start past the end is empty.
            None => slice_chars(&self.text, start, end),
        }
    }

    /// The byte offset of char `n` of `text` (its length past the end), from the checkpoint
    /// before it; `None` without a checkpoint there.
    fn byte_of(&self, n: u32) -> Option<usize> {
        let checkpoint = (n / CHAR_CHECKPOINT) as usize;
        let byte = *self.char_checkpoints.get(checkpoint)? as usize;
        self.text.is_char_boundary(byte).then(|| crate::chars::byte_of_char(&self.text, byte, (n - checkpoint as u32 * CHAR_CHECKPOINT) as usize))
    }
}

/// `s[start..end]` with offsets in chars; clamps to the string.
pub fn slice_chars(s: &str, start: u32, end: u32) -> &str {
    let from = crate::chars::byte_of_char(s, 0, start as usize);
    let to = if end > start { crate::chars::byte_of_char(s, from, (end - start) as usize) } else { from };
    &s[from..to]
}

/// A taxonomy category (taxonomy.md §1); ids are the serde names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Category {
    Scope,
    Instructions,
    Confidentiality,
    Security,
    SubProcessors,
    DataSubjectRights,
    ControllerAssistance,
    BreachNotification,
    DeletionReturn,
    Audits,
    Transfers,
    ProcessingLocation,
    Retention,
    Costs,
    ProcessorOwnUse,
    ControllerObligations,
    InstructionChanges,
    Records,
    Liability,
    TermTermination,
    Precedence,
    GoverningLaw,
    PartiesContacts,
    Background,
    /// Only on clauses: none of the categories above fits.
    Unclassified,
}

impl Category {
    /// The taxonomy's categories, in its order (without `Unclassified`).
    pub const ALL: [Category; 24] = [
        Category::Scope,
        Category::Instructions,
        Category::Confidentiality,
        Category::Security,
        Category::SubProcessors,
        Category::DataSubjectRights,
        Category::ControllerAssistance,
        Category::BreachNotification,
        Category::DeletionReturn,
        Category::Audits,
        Category::Transfers,
        Category::ProcessingLocation,
        Category::Retention,
        Category::Costs,
        Category::ProcessorOwnUse,
        Category::ControllerObligations,
        Category::InstructionChanges,
        Category::Records,
        Category::Liability,
        Category::TermTermination,
        Category::Precedence,
        Category::GoverningLaw,
        Category::PartiesContacts,
        Category::Background,
    ];

    /// The id used in JSON, the UI and the lexicons.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Scope => "scope",
            Category::Instructions => "instructions",
            Category::Confidentiality => "confidentiality",
            Category::Security => "security",
            Category::SubProcessors => "sub_processors",
            Category::DataSubjectRights => "data_subject_rights",
            Category::ControllerAssistance => "controller_assistance",
            Category::BreachNotification => "breach_notification",
            Category::DeletionReturn => "deletion_return",
            Category::Audits => "audits",
            Category::Transfers => "transfers",
            Category::ProcessingLocation => "processing_location",
            Category::Retention => "retention",
            Category::Costs => "costs",
            Category::ProcessorOwnUse => "processor_own_use",
            Category::ControllerObligations => "controller_obligations",
            Category::InstructionChanges => "instruction_changes",
            Category::Records => "records",
            Category::Liability => "liability",
            Category::TermTermination => "term_termination",
            Category::Precedence => "precedence",
            Category::GoverningLaw => "governing_law",
            Category::PartiesContacts => "parties_contacts",
            Category::Background => "background",
            Category::Unclassified => "unclassified",
        }
    }

    /// Parses a category id.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().chain([Category::Unclassified]).find(|c| c.as_str() == id)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A span of chars `[start, end)` into the document's clean text.
pub type Span = [u32; 2];

/// One clause: a numbered (or headed) unit of the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    /// The document's own numbering, normalised (`7.3`, `Bilag B`, `C.6`, `Bilag 3 2.1`).
    pub id: String,
    /// The nearest heading, if any.
    pub heading: Option<String>,
    /// The clause text, whitespace-normalised.
    pub text: String,
    /// Where the clause sits in the clean text.
    pub span: Span,
    /// One to three categories, or `[unclassified]`.
    pub categories: Vec<Category>,
    /// Confidence of the best category, 0..1.
    pub score: f32,
    /// The phrases that decided the categories (spans into the clean text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<Cue>,
}

/// A phrase that made the classifier choose a category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// The category it argued for.
    pub category: Category,
    /// Where the phrase is, in the clean text.
    pub span: Span,
}

/// A named party (sub-processor) as written in the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Party {
    /// The name as written.
    pub name: String,
    /// The location as written, if stated.
    pub location: Option<String>,
}

/// A normalised attribute value (taxonomy.md §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Not stated.
    Null,
    /// A yes/no attribute.
    Bool(bool),
    /// Hours, days.
    Number(u32),
    /// An enum stance such as `general` or `prohibited`.
    Text(String),
    /// Strings as written, or enum lists such as `audits.form`.
    Texts(Vec<String>),
    /// Listed sub-processors.
    Parties(Vec<Party>),
}

impl Value {
    /// True for `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The string of a `Text` value.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The number of a `Number` value.
    pub fn as_number(&self) -> Option<u32> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The bool of a `Bool` value (`false` for anything else).
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}

/// Attribute name → value, for one category.
pub type Attributes = BTreeMap<String, Value>;

/// What the document says on one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryResult {
    /// Some clause carries the category.
    pub present: bool,
    /// The ids of those clauses, in document order.
    pub clauses: Vec<String>,
    /// Every attribute of the category (taxonomy.md §2), defaults where not stated.
    pub attributes: Attributes,
    /// Attribute name → the words its value was read from (findings cite these).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<Evidence>>,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before signing.
    High,
    /// Should be negotiated.
    Medium,
    /// Worth a look.
    Low,
    /// For information.
    Info,
}

impl Severity {
    /// The lower-case id.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }
}

/// A text in both UI languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

/// The words that triggered a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The clause id.
    pub clause: String,
    /// Where the words are, in the clean text.
    pub span: Span,
}

/// A problem found in one document (taxonomy.md §3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The finding id, e.g. `assistance_paid` or `missing_required:audits`.
    pub id: String,
    /// How serious it is.
    pub severity: Severity,
    /// The clause ids it rests on.
    pub clauses: Vec<String>,
    /// The explanation, in Danish and English.
    pub message: Message,
    /// The words that triggered it.
    pub evidence: Vec<Evidence>,
    /// The legal anchor, e.g. `GDPR Art. 28(3)(h)`; for a playbook finding, the playbook.
    pub anchor: String,
    /// Whose rule it is: the GDPR's (the engine's own rules) or the organisation's playbook.
    #[serde(default)]
    pub source: FindingSource,
}

/// Whose rule a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingSource {
    /// The engine's rules: GDPR Art. 28 and good practice.
    #[default]
    Gdpr,
    /// The organisation's own playbook (`playbook:*` ids).
    Playbook,
}

/// Which playbook an analysis was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaybookUse {
    /// The playbook's name.
    pub name: String,
    /// How many rules it has.
    pub rules: usize,
}

/// The analysis of one document: the `klausul.analysis/1` report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`ANALYSIS_SCHEMA`].
    pub schema: String,
    /// The engine that made it.
    pub engine: Engine,
    /// What was read.
    pub document: Document,
    /// The clauses, in document order.
    pub clauses: Vec<Clause>,
    /// Every taxonomy category, present or not.
    pub categories: BTreeMap<Category, CategoryResult>,
    /// The findings, most severe first.
    pub findings: Vec<Finding>,
    /// The playbook the findings include, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<PlaybookUse>,
}

/// Whether a category occurs in A, B, both or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Presence {
    Both,
    OnlyA,
    OnlyB,
    Neither,
}

/// Which side is more protective of the controller and the data subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Verdict {
    Same,
    AStricter,
    BStricter,
    Differs,
}

/// One attribute of A and B side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributeComparison {
    /// A's value.
    pub a: Value,
    /// B's value.
    pub b: Value,
    /// Who is stricter.
    pub verdict: Verdict,
}

/// One category of A and B side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryComparison {
    /// Where the category occurs.
    pub presence: Presence,
    /// The two sides take different positions on an ordered attribute.
    pub conflict: bool,
    /// A's clauses of this category.
    pub a_clauses: Vec<String>,
    /// B's clauses of this category.
    pub b_clauses: Vec<String>,
    /// Every attribute, compared.
    pub attributes: BTreeMap<String, AttributeComparison>,
}

/// How a clause of A relates to one of B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum AlignStatus {
    Unchanged,
    Renumbered,
    Changed,
    Moved,
    Added,
    Removed,
    Split,
    Merged,
}

/// One edit of a word-level redline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
}

/// A run of text with its edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffChunk {
    /// The edit.
    pub op: DiffOp,
    /// The text.
    pub text: String,
}

/// One row of the clause alignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignmentRow {
    /// A's clause id, if any.
    pub a: Option<String>,
    /// B's clause id, if any.
    pub b: Option<String>,
    /// How they relate.
    pub status: AlignStatus,
    /// Text similarity, 0..1.
    pub similarity: f32,
    /// The word-level redline from A's text to B's (for added and removed clauses, one insert
    /// or delete chunk holding the whole text).
    pub diff: Vec<DiffChunk>,
}

/// Finding ids split by side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingsDiff {
    /// Only A has them.
    pub a_only: Vec<String>,
    /// Only B has them.
    pub b_only: Vec<String>,
    /// Both have them.
    pub both: Vec<String>,
}

/// Whether a pair looks like two versions of one agreement or two agreements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PairKind {
    Versions,
    Agreements,
}

/// The comparison of two analyses: the `klausul.comparison/1` report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Always [`COMPARISON_SCHEMA`].
    pub schema: String,
    /// The engine that made it.
    pub engine: Engine,
    /// What the pair looks like.
    pub kind: PairKind,
    /// The analysis of A.
    pub a: Analysis,
    /// The analysis of B.
    pub b: Analysis,
    /// Every taxonomy category, compared.
    pub categories: BTreeMap<Category, CategoryComparison>,
    /// The clause alignment, in reading order.
    pub alignment: Vec<AlignmentRow>,
    /// Which findings each side has.
    pub findings: FindingsDiff,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_ids_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.as_str()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
    }

    #[test]
    fn paragraphs_get_char_spans() {
        let doc = Document::from_paragraphs(
            "a.txt",
            String::new(),
            Format::Txt,
            [("Første afsnit".to_string(), ParagraphKind::Body), ("  ".into(), ParagraphKind::Body), ("Æblet".into(), ParagraphKind::Heading(1))],
        );
        assert_eq!(doc.text, "Første afsnit\nÆblet");
        assert_eq!(doc.chars, 19);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraph_text(&doc.paragraphs[1]), "Æblet");
        assert_eq!(slice_chars("æøå", 1, 3), "øå");
        assert_eq!(doc.slice(7, 19), "afsnit\nÆblet");
        assert_eq!(doc.slice(18, 40), "t");
        assert_eq!(doc.slice(40, 50), "");
        let long: String = (0..1000).map(|i| if i % 3 == 0 { 'ø' } else { 'a' }).collect();
        let doc = Document::from_paragraphs("b.txt", String::new(), Format::Txt, [(long.clone(), ParagraphKind::Body)]);
        for (start, end) in [(0, 1), (63, 65), (64, 128), (500, 999), (999, 1000), (130, 129), (64, 64), (0, 1000), (990, 5000), (1000, 2000), (2000, 3000)] {
            assert_eq!(doc.slice(start, end), slice_chars(&long, start, end), "{start}..{end}");
        }
        assert_eq!(slice_chars("æøå", 3, 9), "");
    }

    #[test]
    fn values_serialise_untagged() {
        let v = vec![Value::Null, Value::Bool(true), Value::Number(24), Value::Text("general".into())];
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"[null,true,24,"general"]"#);
        let back: Vec<Value> = serde_json::from_str(r#"[null,true,24,"general",["a"],[{"name":"X","location":null}]]"#).unwrap();
        assert_eq!(back[2], Value::Number(24));
        assert!(matches!(back[5], Value::Parties(_)));
    }
}
