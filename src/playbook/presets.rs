//! The playbooks shipped in the binary and the app (data/playbooks/*.json), each rule's note
//! naming its source.

/// `(name, JSON)` of every preset; `starter` is what `klausul playbook init` prints.
pub const PRESETS: [(&str, &str); 4] = [
    ("gdpr-minimum", include_str!("../../data/playbooks/gdpr-minimum.json")),
    ("eu-scc", include_str!("../../data/playbooks/eu-scc.json")),
    ("datatilsynet", include_str!("../../data/playbooks/datatilsynet.json")),
    ("starter", include_str!("../../data/playbooks/starter.json")),
];

/// The JSON of a preset by name.
pub fn preset(name: &str) -> Option<&'static str> {
    PRESETS.iter().find(|(n, _)| *n == name).map(|(_, json)| *json)
}
