//! Whole agreements in plain language (`tests/fixtures/plain/`, written for these tests): the
//! same plain-language DPA for a small business in Danish, English, Norwegian and Swedish, with
//! "we" and "you", question headings and no legal terms of art. Each must cover every required
//! item and give the values its words state.

use serde_json::{json, Value};

fn analyse(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plain").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(klausul::analyze_bytes(&bytes, name).expect("a DPA")).expect("serialises")
}

fn attr<'a>(report: &'a Value, path: &str) -> &'a Value {
    let (cat, name) = path.split_once('.').expect("category.attribute");
    &report["categories"][cat]["attributes"][name]
}

#[test]
fn plain_language_agreements_cover_every_required_item_and_state_their_terms() {
    let docs = [("da-regnskabsportal.md", "da"), ("en-clinic.md", "en"), ("no-frisor.md", "no"), ("sv-bokningsapp.md", "sv")];
    for (name, lang) in docs {
        let r = analyse(name);
        assert_eq!(r["document"]["language"], json!(lang), "{name}");
        let expected = [
            ("breach_notification.deadline_hours", json!(36)),
            ("breach_notification.without_undue_delay", json!(true)),
            ("sub_processors.authorisation", json!("general")),
            ("sub_processors.notice_days", json!(20)),
            ("sub_processors.objection_right", json!("free")),
            ("sub_processors.flow_down", json!(true)),
            ("transfers.stance", json!("prohibited")),
            ("audits.cost_bearer", json!("processor")),
            ("audits.form", json!(["inspection"])),
            ("audits.notice_days", json!(10)),
            ("retention.days", json!(35)),
            ("deletion_return.trigger", json!("end_of_service")),
        ];
        let wrong: Vec<String> = expected.iter().filter(|(p, v)| attr(&r, p) != v).map(|(p, v)| format!("{p}: {} (want {v})", attr(&r, p))).collect();
        assert!(wrong.is_empty(), "{name}: {wrong:#?}");
        let findings: Vec<&str> = r["findings"].as_array().expect("findings").iter().filter_map(|f| f["id"].as_str()).collect();
        // Only the Norwegian text names its sub-processors; the others allow them without a list.
        let want: &[&str] = if lang == "no" { &[] } else { &["sub_processor_list_missing"] };
        assert_eq!(findings, want, "{name}");
        for cat in ["parties_contacts", "scope", "instructions", "controller_obligations", "processing_location", "precedence", "term_termination", "costs"] {
            assert_eq!(r["categories"][cat]["present"], json!(true), "{name}: {cat}");
        }
    }
}
