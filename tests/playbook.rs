//! Playbooks (issue 16): validation that names the rule, every test kind, unstated values,
//! fallbacks, the reports, and the presets on the fixtures.

use klausul::playbook::{apply, preset, Playbook, PRESETS};
use klausul::report::{self, ReportFormat, ReportLang};
use klausul::{Analysis, FindingSource, Severity};

/// A supplier's DPA in our own words that deviates from the positions below almost everywhere.
const LOOSE: &str = "Data Processing Addendum

1. Instructions
Vendor processes Customer Personal Data only on Customer's documented instructions.

2. Personal data breaches
Vendor will notify Customer of a personal data breach within 72 hours of becoming aware of it.

3. Sub-processors
3.1 Customer grants Vendor a general authorisation to engage sub-processors.
3.2 Vendor will give Customer 14 days' notice of a new sub-processor. Customer may object to a new sub-processor only on reasonable data protection grounds.

4. Audits
Vendor will make its latest SOC 2 report available on request.

5. Location and transfers
Customer Data is hosted in data centres in the United States. Customer agrees that Vendor may transfer personal data outside the EEA.

6. Use of data
Vendor may anonymise Customer Personal Data and use the anonymised data to improve its services.

7. Assistance
Vendor will assist Customer with data subject requests at Vendor's then-current professional services rates.
";

/// The same topics, on our terms.
const STRICT: &str = "Data Processing Agreement

1. Instructions
The Processor processes personal data only on the Controller's documented instructions.

2. Personal data breaches
The Processor notifies the Controller of a personal data breach without undue delay and within 24 hours.

3. Sub-processors
3.1 The Controller grants a general authorisation to engage sub-processors.
3.2 The Processor gives 30 days' notice of any new sub-processor, and the Controller may object to it.

4. Audits
The Controller may carry out inspections of the Processor once a year, and the Processor provides an ISAE 3000 report.

5. Location and transfers
All personal data is hosted in data centres in Germany. The Processor shall not transfer personal data to a third country without the documented instructions of the Controller.

6. Liability
Each party's liability under this Agreement follows the Main Agreement.

7. Assistance
The Processor assists the Controller with data subject requests free of charge.
";

fn analysis(text: &str) -> Analysis {
    klausul::analyze(&klausul::ingest(text.as_bytes(), "dpa.txt").expect("text ingests"))
}

fn playbook(rules: &str) -> klausul::playbook::Checked {
    Playbook::parse(&format!(r#"{{"schema": "klausul.playbook/1", "name": "Test positions", "rules": [{rules}]}}"#)).unwrap_or_else(|e| panic!("{e}"))
}

/// The playbook findings of `text` under `rules`: (id, severity).
fn deviations(text: &str, rules: &str) -> Vec<(String, Severity)> {
    let mut a = analysis(text);
    apply(&playbook(rules), &mut a);
    a.findings.iter().filter(|f| f.source == FindingSource::Playbook).map(|f| (f.id.clone(), f.severity)).collect()
}

fn refused(rules: &str) -> String {
    let json = format!(r#"{{"schema": "klausul.playbook/1", "name": "Bad", "rules": [{rules}]}}"#);
    Playbook::parse(&json).map(|_| ()).expect_err(rules).to_string()
}

#[test]
fn every_test_kind_finds_the_deviation_and_accepts_the_position() {
    let cases = [
        (r#"{"category": "breach_notification", "attribute": "deadline_hours", "max": 24, "severity": "high"}"#, "playbook:breach_notification.deadline_hours"),
        (r#"{"category": "sub_processors", "attribute": "notice_days", "min": 30, "severity": "medium"}"#, "playbook:sub_processors.notice_days"),
        (r#"{"category": "sub_processors", "attribute": "objection_right", "allowed": ["free"], "severity": "medium"}"#, "playbook:sub_processors.objection_right"),
        (r#"{"category": "audits", "attribute": "form", "includes": ["inspection"], "severity": "medium"}"#, "playbook:audits.form"),
        (r#"{"category": "processor_own_use", "attribute": "anonymisation", "equals": false, "severity": "high"}"#, "playbook:processor_own_use.anonymisation"),
        (r#"{"category": "processing_location", "attribute": "places", "within": "eu_eea", "severity": "medium"}"#, "playbook:processing_location.places"),
        (r#"{"category": "transfers", "attribute": "stance", "allowed": ["prohibited", "instruction_only"], "severity": "high"}"#, "playbook:transfers.stance"),
        (r#"{"category": "costs", "attribute": "assistance_paid", "equals": false, "severity": "medium"}"#, "playbook:costs.assistance_paid"),
        (r#"{"category": "liability", "required": true, "severity": "low"}"#, "playbook:liability"),
    ];
    for (rule, id) in cases {
        let loose = deviations(LOOSE, rule);
        assert_eq!(loose.iter().map(|(i, _)| i.as_str()).collect::<Vec<_>>(), [id], "the loose DPA deviates from {rule}");
        assert_eq!(deviations(STRICT, rule), [], "the strict DPA meets {rule}");
    }
}

#[test]
fn an_address_without_a_country_is_not_held_against_within_eu_eea() {
    let text = "Databehandleraftale\n\n1. Lokalitet for behandling\nLokation for behandling: Herstedvang 8, 2620 Albertslund\n";
    let rule = r#"{"category": "processing_location", "attribute": "places", "within": "eu_eea", "severity": "medium"}"#;
    assert_eq!(deviations(text, rule), []);
    let abroad = "Data Processing Agreement\n\n1. Location of processing\nAll personal data is hosted in data centres located in Singapore.\n";
    assert_eq!(deviations(abroad, rule).len(), 1);
}

#[test]
fn unstated_values_are_deviations_unless_the_rule_says_ok() {
    let text = "Data Processing Agreement\n\n1. Breaches\nThe Processor notifies the Controller of personal data breaches without undue delay.\n";
    let rule = r#"{"category": "breach_notification", "attribute": "deadline_hours", "max": 24, "severity": "high"}"#;
    assert_eq!(deviations(text, rule), [("playbook:breach_notification.deadline_hours".to_string(), Severity::High)]);
    let ok = r#"{"category": "breach_notification", "attribute": "deadline_hours", "max": 24, "unstated": "ok", "severity": "high"}"#;
    assert_eq!(deviations(text, ok), []);
}

#[test]
fn a_value_that_meets_only_the_fallback_takes_its_severity() {
    let rule = |max: u32, fallback: u32| format!(r#"{{"category": "breach_notification", "attribute": "deadline_hours", "max": {max}, "severity": "high", "fallback": {{"max": {fallback}, "severity": "low"}}}}"#);
    // 72 hours: beyond 24, within a 72-hour fallback.
    assert_eq!(deviations(LOOSE, &rule(24, 72)), [("playbook:breach_notification.deadline_hours".to_string(), Severity::Low)]);
    // Beyond the fallback too: the rule's own severity.
    assert_eq!(deviations(LOOSE, &rule(24, 48)), [("playbook:breach_notification.deadline_hours".to_string(), Severity::High)]);
}

#[test]
fn findings_cite_evidence_and_say_what_the_playbook_wants() {
    let mut a = analysis(LOOSE);
    apply(&playbook(r#"{"category": "sub_processors", "attribute": "notice_days", "min": 30, "severity": "medium", "note": {"da": "Vi skal have en måned.", "en": "We need a month."}}"#), &mut a);
    let f = a.findings.iter().find(|f| f.source == FindingSource::Playbook).expect("a deviation");
    assert!(!f.evidence.is_empty() && f.clauses.iter().any(|c| c.starts_with('3')), "{f:?}");
    let quoted = klausul::assess::quote(&a.document, &f.evidence[0]);
    assert!(quoted.contains("14"), "{quoted}");
    assert!(f.message.en.contains("14") && f.message.en.contains("at least 30") && f.message.en.contains("We need a month."), "{}", f.message.en);
    assert!(f.message.da.contains("mindst 30") && f.message.da.contains("Vi skal have en måned."), "{}", f.message.da);
    assert_eq!(a.playbook.as_ref().map(|p| p.name.as_str()), Some("Test positions"));
    // Most severe first, whatever the source.
    assert!(a.findings.windows(2).all(|w| w[0].severity <= w[1].severity));
}

#[test]
fn refusals_name_the_rule() {
    let cases = [
        (r#"{"category": "breaches", "required": true, "severity": "high"}"#, "unknown category"),
        (r#"{"category": "sub_processors", "attribute": "notice", "min": 30, "severity": "high"}"#, "unknown attribute \"notice\""),
        (r#"{"category": "transfers", "attribute": "stance", "allowed": ["forbidden"], "severity": "high"}"#, "\"forbidden\" is not a value"),
        (r#"{"category": "breach_notification", "attribute": "deadline_hours", "max": 24, "min": 1, "severity": "high"}"#, "one test per rule"),
        (r#"{"category": "breach_notification", "attribute": "deadline_hours", "severity": "high"}"#, "no test"),
        (r#"{"category": "costs", "attribute": "assistance_paid", "max": 1, "severity": "high"}"#, "needs a number attribute"),
        (r#"{"category": "transfers", "attribute": "stance", "includes": ["prohibited"], "severity": "high"}"#, "needs an enum list"),
        (r#"{"category": "processing_location", "attribute": "places", "within": "nordics", "severity": "high"}"#, "\"eu_eea\""),
        (r#"{"category": "breach_notification", "attribute": "deadline_hours", "maximum": 24, "severity": "high"}"#, "unknown field"),
        (r#"{"category": "breach_notification", "attribute": "deadline_hours", "max": 24, "severity": "high", "fallback": {"min": 1, "severity": "low"}}"#, "same kind"),
        (r#"{"category": "liability", "required": true, "max": 3, "severity": "low"}"#, "no test"),
        (r#"{"category": "liability", "required": true, "unstated": "maybe", "severity": "low"}"#, "unstated"),
        (r#"{"category": "liability", "required": true, "severity": "urgent"}"#, "unknown variant"),
    ];
    for (rule, says) in cases {
        let message = refused(rule);
        assert!(message.starts_with("rule 1 ("), "{rule}: {message}");
        assert!(message.contains(says), "{rule}: {message} (expected {says:?})");
    }
    let second = refused(r#"{"category": "liability", "required": true, "severity": "low"}, {"category": "audits", "attribute": "cost", "equals": true, "severity": "low"}"#);
    assert!(second.starts_with("rule 2 (audits): unknown attribute \"cost\""), "{second}");
    let schema = Playbook::parse(r#"{"schema": "klausul.playbook/2", "name": "x", "rules": []}"#).expect_err("wrong schema").to_string();
    assert!(schema.contains("klausul.playbook/1"), "{schema}");
}

#[test]
fn every_report_format_marks_playbook_findings_as_the_organisations_own() {
    let mut a = analysis(LOOSE);
    apply(&Playbook::parse(preset("starter").unwrap()).unwrap(), &mut a);
    let json: serde_json::Value = serde_json::from_str(&report::analysis_in(&a, ReportFormat::Json, ReportLang::En)).unwrap();
    assert_eq!(json["playbook"]["name"], "Our minimum positions");
    let sources: Vec<&str> = json["findings"].as_array().unwrap().iter().map(|f| f["source"].as_str().unwrap()).collect();
    assert!(sources.contains(&"playbook") && sources.contains(&"gdpr"), "{sources:?}");
    for (format, lang, mark) in [
        (ReportFormat::Markdown, ReportLang::En, "Your playbook: "),
        (ReportFormat::Html, ReportLang::En, "Your playbook: "),
        (ReportFormat::Text { color: false }, ReportLang::En, "Your playbook: "),
        (ReportFormat::Markdown, ReportLang::Da, "Jeres playbook: "),
    ] {
        let out = report::analysis_in(&a, format, lang);
        assert!(out.contains(mark) && out.contains("Our minimum positions"), "{format:?} {lang:?}");
    }
    // Without a playbook the JSON has no playbook key and every finding is the GDPR's.
    let plain = report::analysis_in(&analysis(LOOSE), ReportFormat::Json, ReportLang::En);
    assert!(!plain.contains("\"playbook\"") && !plain.contains("\"source\": \"playbook\""));
}

#[test]
fn presets_run_on_both_fixtures_and_gdpr_minimum_finds_the_marketing_bureau_gaps() {
    for stem in ["marketing-bureau-databehandleraftale", "smtp-dk-standardkontraktsbestemmelser"] {
        let path = format!("{}/tests/fixtures/{stem}.txt", env!("CARGO_MANIFEST_DIR"));
        let doc = klausul::ingest(&std::fs::read(&path).unwrap(), &path).unwrap();
        for (name, json) in PRESETS {
            let checked = Playbook::parse(json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(checked.rules.iter().all(|r| r.note.as_ref().is_some_and(|n| !n.da.is_empty() && !n.en.is_empty())), "{name}: every rule has a note");
            let mut a = klausul::analyze(&doc);
            apply(&checked, &mut a);
            let ids: Vec<&str> = a.findings.iter().filter(|f| f.source == FindingSource::Playbook).map(|f| f.id.as_str()).collect();
            if name == "gdpr-minimum" && stem.starts_with("marketing") {
                assert!(ids.contains(&"playbook:sub_processors.flow_down") && ids.contains(&"playbook:processor_own_use.anonymisation"), "{ids:?}");
            }
            if name == "gdpr-minimum" {
                // The fixtures cover every required item.
                assert!(!ids.iter().any(|i| i.starts_with("playbook:") && !i.contains('.')), "{stem}: {ids:?}");
            }
        }
    }
}
