//! Human-readable reports: snapshots of real outputs (Markdown, HTML, text; analysis and
//! comparison) of a small hand-built agreement pair, escaping, colours, and the JSON.
//!
//! Snapshots live in `tests/report/`; `KLAUSUL_BLESS=1 cargo test --test report` rewrites them
//! after a deliberate change (review the diff).

use std::collections::BTreeMap;
use std::path::PathBuf;

use klausul::report::{self, ReportFormat, ReportLang};
use klausul::{
    taxonomy, AlignStatus, AlignmentRow, Analysis, AttributeComparison, Category, CategoryComparison, CategoryResult, Clause, Comparison,
    DiffChunk, DiffOp, Document, Engine, Evidence, FindingsDiff, Format, Lang, PairKind, ParagraphKind, Party, Presence, Value, Verdict,
    ANALYSIS_SCHEMA, COMPARISON_SCHEMA,
};

/// A short Danish DPA: (id, categories, text).
const DPA: [(&str, &[Category], &str); 9] = [
    ("1.1", &[Category::Background], "Databehandleraftalen skal sikre overholdelse af Persondataloven (lov nr. 429 af 31. maj 2000)."),
    ("2.1", &[Category::Instructions], "Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra den dataansvarlige."),
    ("3.1", &[Category::Confidentiality], "Medarbejdere er underlagt tavshedspligt."),
    ("4.1", &[Category::BreachNotification], "Databehandleren underretter uden unødig forsinkelse den dataansvarlige om brud på persondatasikkerheden."),
    ("5.1", &[Category::SubProcessors], "Den dataansvarlige giver generel godkendelse til brug af underdatabehandlere, jf. bilag B."),
    ("6.1", &[Category::Costs], "Bistand efter denne aftale betales efter medgået tid til databehandlerens gældende timepriser."),
    ("7.1", &[Category::DeletionReturn], "Ved ophør sletter databehandleren alle personoplysninger og bekræfter sletningen skriftligt."),
    ("8.1", &[Category::Transfers], "Der må ikke overføres personoplysninger til tredjelande."),
    ("Bilag B", &[Category::SubProcessors], "Underdatabehandlere: platform (Rumænien). Den dataansvarlige er [NAVN] <script>alert(1)</script>."),
];

fn evidence(doc: &Document, clauses: &[Clause], clause: &str, words: &str) -> Evidence {
    let cl = clauses.iter().find(|c| c.id == clause).expect("clause");
    let at = cl.text.find(words).expect("words in clause");
    let start = cl.span[0] + cl.text[..at].chars().count() as u32;
    let _ = doc;
    Evidence { clause: clause.into(), span: [start, start + words.chars().count() as u32] }
}

fn analysis(name: &str, dpa: &[(&str, &[Category], &str)], attrs: &[(Category, &str, Value, &str, &str)]) -> Analysis {
    let mut doc = Document::from_paragraphs(name, "0".repeat(64), Format::Txt, dpa.iter().map(|(_, _, t)| (t.to_string(), ParagraphKind::Body)));
    doc.language = Some(Lang::Da);
    let clauses: Vec<Clause> = dpa
        .iter()
        .zip(&doc.paragraphs)
        .map(|((id, cats, text), p)| Clause {
            id: id.to_string(),
            heading: None,
            text: text.to_string(),
            span: [p.start, p.end],
            categories: cats.to_vec(),
            score: 0.9,
            cues: Vec::new(),
        })
        .collect();
    let mut categories: BTreeMap<Category, CategoryResult> = Category::ALL
        .into_iter()
        .map(|c| {
            let ids: Vec<String> = clauses.iter().filter(|cl| cl.categories.contains(&c)).map(|cl| cl.id.clone()).collect();
            (c, CategoryResult { present: !ids.is_empty(), clauses: ids, attributes: taxonomy::default_attributes(c), evidence: BTreeMap::new() })
        })
        .collect();
    for (cat, name, value, clause, words) in attrs {
        let ev = evidence(&doc, &clauses, clause, words);
        let r = categories.get_mut(cat).expect("category");
        r.attributes.insert(name.to_string(), value.clone());
        r.evidence.entry(name.to_string()).or_default().push(ev);
    }
    let findings = klausul::assess::assess(&doc, &clauses, &categories);
    Analysis { schema: ANALYSIS_SCHEMA.into(), engine: Engine::current(), document: doc, clauses, categories, findings, playbook: None }
}

fn dpa_a() -> Analysis {
    let text = |s: &str| Value::Text(s.into());
    analysis(
        "leverandoer-dpa.txt",
        &DPA,
        &[
            (Category::BreachNotification, "without_undue_delay", Value::Bool(true), "4.1", "uden unødig forsinkelse"),
            (Category::SubProcessors, "authorisation", text("general"), "5.1", "generel godkendelse"),
            (Category::SubProcessors, "objection_right", text("none"), "5.1", "generel godkendelse"),
            (Category::SubProcessors, "listed", Value::Parties(vec![Party { name: "platform".into(), location: Some("Rumænien".into()) }]), "Bilag B", "platform (Rumænien)"),
            (Category::Costs, "assistance_paid", Value::Bool(true), "6.1", "betales efter medgået tid"),
            (Category::DeletionReturn, "trigger", text("end_of_service"), "7.1", "Ved ophør sletter"),
            (Category::DeletionReturn, "confirmation", Value::Bool(true), "7.1", "bekræfter sletningen"),
            (Category::Transfers, "stance", text("prohibited"), "8.1", "Der må ikke overføres"),
        ],
    )
}

fn dpa_b() -> Analysis {
    let text = |s: &str| Value::Text(s.into());
    let dpa: Vec<(&str, &[Category], &str)> = vec![
        ("1.1", &[Category::Background], "Databehandleraftalen skal sikre overholdelse af databeskyttelsesforordningen."),
        ("2.1", &[Category::Instructions], "Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra den dataansvarlige."),
        ("3.1", &[Category::Confidentiality], "Medarbejdere er underlagt tavshedspligt."),
        ("4.1", &[Category::BreachNotification], "Databehandleren underretter den dataansvarlige senest 24 timer efter at være blevet bekendt med et brud."),
        ("8.1", &[Category::Transfers], "Den dataansvarlige giver generel godkendelse til overførsel af personoplysninger til tredjelande."),
    ];
    analysis(
        "kunde-dpa-v2.txt",
        &dpa,
        &[
            (Category::BreachNotification, "deadline_hours", Value::Number(24), "4.1", "senest 24 timer"),
            (Category::Transfers, "stance", text("general_authorisation"), "8.1", "generel godkendelse til overførsel"),
        ],
    )
}

fn comparison() -> Comparison {
    let (a, b) = (dpa_a(), dpa_b());
    let cmp = |a: Value, b: Value, verdict: Verdict| AttributeComparison { a, b, verdict };
    let mut categories = BTreeMap::new();
    let mut breach = BTreeMap::new();
    breach.insert("deadline_hours".to_string(), cmp(Value::Null, Value::Number(24), Verdict::BStricter));
    breach.insert("without_undue_delay".to_string(), cmp(Value::Bool(true), Value::Bool(false), Verdict::AStricter));
    categories.insert(
        Category::BreachNotification,
        CategoryComparison { presence: Presence::Both, conflict: true, a_clauses: vec!["4.1".into()], b_clauses: vec!["4.1".into()], attributes: breach },
    );
    let mut transfers = BTreeMap::new();
    transfers.insert("stance".to_string(), cmp(Value::Text("prohibited".into()), Value::Text("general_authorisation".into()), Verdict::AStricter));
    transfers.insert("mechanism".to_string(), cmp(Value::Null, Value::Null, Verdict::Same));
    categories.insert(
        Category::Transfers,
        CategoryComparison { presence: Presence::Both, conflict: true, a_clauses: vec!["8.1".into()], b_clauses: vec!["8.1".into()], attributes: transfers },
    );
    categories.insert(
        Category::Costs,
        CategoryComparison {
            presence: Presence::OnlyA,
            conflict: false,
            a_clauses: vec!["6.1".into()],
            b_clauses: vec![],
            attributes: [("assistance_paid".to_string(), cmp(Value::Bool(true), Value::Bool(false), Verdict::BStricter))].into_iter().collect(),
        },
    );
    categories.insert(
        Category::Confidentiality,
        CategoryComparison { presence: Presence::Both, conflict: false, a_clauses: vec!["3.1".into()], b_clauses: vec!["3.1".into()], attributes: BTreeMap::new() },
    );
    let chunk = |op: DiffOp, text: &str| DiffChunk { op, text: text.into() };
    let row = |a: Option<&str>, b: Option<&str>, status: AlignStatus, diff: Vec<DiffChunk>| AlignmentRow {
        a: a.map(str::to_string),
        b: b.map(str::to_string),
        status,
        similarity: if diff.is_empty() { 1.0 } else { 0.6 },
        diff,
    };
    let alignment = vec![
        row(
            Some("1.1"),
            Some("1.1"),
            AlignStatus::Changed,
            vec![
                chunk(DiffOp::Equal, "Databehandleraftalen skal sikre overholdelse af "),
                chunk(DiffOp::Delete, "Persondataloven (lov nr. 429 af 31. maj 2000)."),
                chunk(DiffOp::Insert, "databeskyttelsesforordningen <b>."),
            ],
        ),
        row(Some("2.1"), Some("2.1"), AlignStatus::Unchanged, vec![]),
        row(Some("3.1"), Some("3.1"), AlignStatus::Unchanged, vec![]),
        row(Some("5.1"), None, AlignStatus::Removed, vec![]),
        row(Some("6.1"), None, AlignStatus::Removed, vec![]),
        row(Some("7.1"), Some("9.1"), AlignStatus::Renumbered, vec![]),
        row(None, Some("8.2"), AlignStatus::Added, vec![chunk(DiffOp::Insert, "Ny bestemmelse om overførsel.")]),
    ];
    let ids = |an: &Analysis| an.findings.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    let (fa, fb) = (ids(&a), ids(&b));
    let findings = FindingsDiff {
        a_only: fa.iter().filter(|x| !fb.contains(x)).cloned().collect(),
        b_only: fb.iter().filter(|x| !fa.contains(x)).cloned().collect(),
        both: fa.iter().filter(|x| fb.contains(x)).cloned().collect(),
    };
    Comparison { schema: COMPARISON_SCHEMA.into(), engine: Engine::current(), kind: PairKind::Versions, a, b, categories, alignment, findings }
}

/// Compares `got` with the snapshot `tests/report/<name>`, or rewrites it under KLAUSUL_BLESS.
fn snapshot(name: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/report").join(name);
    if std::env::var_os("KLAUSUL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
        std::fs::write(&path, got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} missing: run with KLAUSUL_BLESS=1", path.display()));
    if want != got {
        let first = want.lines().zip(got.lines()).position(|(w, g)| w != g).unwrap_or(0);
        panic!(
            "{name} differs from its snapshot at line {}:\n want: {:?}\n  got: {:?}\n(KLAUSUL_BLESS=1 rewrites it)",
            first + 1,
            want.lines().nth(first),
            got.lines().nth(first)
        );
    }
}

/// Makes the first finding quote the `<script>` of Bilag B.
fn with_script_evidence(mut a: Analysis) -> Analysis {
    let ev = evidence(&a.document, &a.clauses, "Bilag B", "<script>alert(1)</script>");
    a.findings[0].evidence.push(ev);
    a
}

#[test]
fn analysis_snapshots() {
    let a = dpa_a();
    snapshot("analysis.md", &report::analysis(&a, ReportFormat::Markdown));
    snapshot("analysis.html", &report::analysis(&a, ReportFormat::Html));
    snapshot("analysis.txt", &report::analysis(&a, ReportFormat::Text { color: false }));
    snapshot("analysis.da.md", &report::analysis_in(&a, ReportFormat::Markdown, ReportLang::Da));
}

#[test]
fn comparison_snapshots() {
    let c = comparison();
    snapshot("comparison.md", &report::comparison(&c, ReportFormat::Markdown));
    snapshot("comparison.html", &report::comparison(&c, ReportFormat::Html));
    snapshot("comparison.txt", &report::comparison(&c, ReportFormat::Text { color: false }));
}

#[test]
fn analysis_report_says_what_matters() {
    let a = dpa_a();
    let md = report::analysis(&a, ReportFormat::Markdown);
    let ids: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    for id in ["missing_required:scope", "assistance_paid", "breach_no_deadline", "outdated_law_reference", "template_placeholder", "sub_processor_list_incomplete"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
        assert!(md.contains(&format!("(`{id}`)")), "{id} listed in the Markdown");
    }
    assert!(md.contains("| Required items covered | 6 / 11 |"), "{md}");
    // Findings by severity, High before Medium before Low.
    let (h, m, l) = (md.find("### High"), md.find("### Medium"), md.find("### Low"));
    assert!(h < m && m < l && h.is_some(), "severity sections in order");
    // The quoted evidence and the anchor.
    // The evidence in bold, in its sentence, which stops at the clause's end.
    assert!(md.contains("> **6.1:** Bistand efter denne aftale **betales efter medgået tid** til databehandlerens gældende timepriser.\n"), "{md}");
    assert!(md.contains("GDPR Art. 28(3)(e)–(h)"));
}

#[test]
fn html_escapes_document_text() {
    let mut a = with_script_evidence(dpa_a());
    a.document.name = "<script>alert('name')</script>.txt".into();
    let html = report::analysis(&a, ReportFormat::Html);
    assert!(!html.contains("<script>"), "no raw script tag");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "clause text escaped");
    assert!(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;.txt"), "document name escaped");
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<link") && !html.contains(" src="), "standalone");
    assert!(html.contains("@media print"));
    let cmp = report::comparison(&comparison(), ReportFormat::Html);
    assert!(cmp.contains("<del>Persondataloven (lov nr. 429 af 31. maj 2000).</del>"));
    assert!(cmp.contains("<ins>databeskyttelsesforordningen &lt;b&gt;.</ins>"));
    assert!(!cmp.contains("<script>"));
    // A removed clause without a diff shows its text as deleted.
    assert!(cmp.contains("<del>Den dataansvarlige giver generel godkendelse til brug af underdatabehandlere, jf. bilag B.</del>"));
}

#[test]
fn markdown_escapes_and_marks_the_redline() {
    let md = report::comparison(&comparison(), ReportFormat::Markdown);
    assert!(md.contains("~~Persondataloven (lov nr. 429 af 31. maj 2000).~~"), "{md}");
    assert!(md.contains("++databeskyttelsesforordningen \\<b\\>.++"), "{md}");
    assert!(md.contains("**Unchanged or only renumbered:** 2.1, 3.1, 7.1 → 9.1"), "{md}");
    assert!(md.contains("⚠ conflict"));
    let a = report::analysis(&with_script_evidence(dpa_a()), ReportFormat::Markdown);
    assert!(a.contains("> **Bilag B:** Den dataansvarlige er **\\[NAVN\\]**"), "{a}");
    assert!(a.contains("\\<script\\>alert(1)\\</script\\>") && !a.contains("<script>"), "document text is escaped in Markdown");
}

#[test]
fn text_is_coloured_only_when_asked() {
    let a = dpa_a();
    let plain = report::analysis(&a, ReportFormat::Text { color: false });
    let coloured = report::analysis(&a, ReportFormat::Text { color: true });
    assert!(!plain.contains('\x1b'));
    assert!(coloured.contains("\x1b[1;31m"), "high findings in red");
    let strip = |s: &str| {
        let mut out = String::new();
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (false, c) => out.push(c),
                _ => {}
            }
        }
        out
    };
    assert_eq!(strip(&coloured), plain);
    let c = comparison();
    assert!(!report::comparison(&c, ReportFormat::Text { color: false }).contains('\x1b'));
}

#[test]
fn ingest_warnings_are_shown() {
    let mut a = dpa_a();
    a.document.warnings.push("page 3 has no text layer <img>".into());
    assert!(report::analysis(&a, ReportFormat::Markdown).contains("- Warning: page 3 has no text layer \\<img\\>"));
    assert!(report::analysis(&a, ReportFormat::Html).contains("<th>Warning</th><td>page 3 has no text layer &lt;img&gt;</td>"));
    assert!(report::analysis(&a, ReportFormat::Text { color: false }).contains("Warning: page 3 has no text layer"));
}

#[test]
fn json_round_trips() {
    let a = dpa_a();
    let json = report::analysis(&a, ReportFormat::Json);
    let back: Analysis = serde_json::from_str(&json).expect("parses");
    assert_eq!(back.findings, a.findings);
    let c = comparison();
    let back: Comparison = serde_json::from_str(&report::comparison(&c, ReportFormat::Json)).expect("parses");
    assert_eq!(back.alignment, c.alignment);
}

#[test]
fn reports_of_a_real_pipeline_run() {
    let text = "1. Formål\n\nDatabehandleren behandler personoplysninger for [KUNDE].\n\n2. Lov\n\nBehandlingen sker efter persondataloven.";
    let doc = klausul::ingest(text.as_bytes(), "lille.txt").expect("reads");
    let a = klausul::analyze(&doc);
    for format in [ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text { color: false }] {
        let out = report::analysis(&a, format);
        assert!(out.contains("lille.txt"));
        assert!(out.contains("outdated_law_reference") || out.contains("Relies on repealed law"), "{out}");
    }
    let c = klausul::compare(&a, &a);
    for format in [ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text { color: true }] {
        assert!(report::comparison(&c, format).contains("lille.txt"));
    }
}

/// A and B in different languages share no words: the human-readable reports compare them by
/// category and say why the clause-by-clause redline is left out, as the app does.
#[test]
fn different_languages_leave_out_the_redline_and_say_so() {
    let read = |rel: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        klausul::analyze(&klausul::ingest(&std::fs::read(&path).unwrap(), rel).unwrap())
    };
    let c = klausul::compare(&read("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), &read("tests/fixtures/producers/unnumbered-en.chromium.pdf"));
    let text = report::comparison(&c, ReportFormat::Text { color: false });
    assert!(text.contains("A is in Danish and B in English"), "{text}");
    assert!(!text.contains("removed ("), "{text}");
    let md = report::comparison(&c, ReportFormat::Markdown);
    assert!(md.contains("A is in Danish and B in English") && !md.contains("### "), "{md}");
    let html = report::comparison(&c, ReportFormat::Html);
    assert!(html.contains("<p class=\"note\">A is in Danish and B in English") && !html.contains("class=\"row\""), "{html}");
    let da = report::comparison_in(&c, ReportFormat::Markdown, ReportLang::Da);
    assert!(da.contains("A er på dansk og B på engelsk"), "{da}");
    // Conflicts are still there.
    assert!(text.contains("deadline_hours: A 24 · B 72"), "{text}");
    // One language: the redline is there.
    let same = klausul::compare(&read("tests/fixtures/smtp-dk-standardkontraktsbestemmelser.txt"), &read("tests/fixtures/smtp-dk-standardkontraktsbestemmelser-v2.txt"));
    assert!(!report::comparison(&same, ReportFormat::Text { color: false }).contains("A is in"));
}
