//! `parties_contacts.processor_name`: the processor's name where an agreement names its parties,
//! with the words it was read from, and its clause among the category's; null for templates, role
//! words and definitions.

use klausul::{Category, Value};

/// The processor's name read from `text` (a whole small agreement), checking its evidence.
fn processor_name(text: &str) -> Option<String> {
    let doc = klausul::ingest(text.as_bytes(), "dpa.txt").expect("ingest");
    let analysis = klausul::analyze(&doc);
    let result = &analysis.categories[&Category::PartiesContacts];
    match result.attributes.get("processor_name") {
        Some(Value::Text(name)) => {
            let evidence = result.evidence.get("processor_name").expect("a name carries evidence");
            assert_eq!(evidence.len(), 1, "{evidence:?}");
            assert_eq!(doc.slice(evidence[0].span[0], evidence[0].span[1]), name, "the evidence is the name itself");
            // The clause that names the processor is where the agreement names its parties.
            let clause = analysis.clauses.iter().find(|c| c.id == evidence[0].clause).expect("the evidence's clause");
            assert!(clause.categories.contains(&Category::PartiesContacts) || clause.categories.len() == 3, "{clause:?}");
            assert!(result.clauses.contains(&clause.id) || clause.categories.len() == 3);
            Some(name.clone())
        }
        Some(Value::Null) => {
            assert!(!result.evidence.contains_key("processor_name"));
            None
        }
        other => panic!("processor_name is a string or null, got {other:?}"),
    }
}

/// A body after the parties, so the text reads as an agreement.
const BODY_DA: &str = "\n\n1. Instruks\n\nDatabehandleren behandler kun personoplysninger efter dokumenteret instruks fra den dataansvarlige.\n\n2. Fortrolighed\n\nDatabehandleren sikrer, at medarbejdere er underlagt tavshedspligt.\n";
const BODY_EN: &str = "\n\n1. Instructions\n\nThe processor processes personal data only on documented instructions from the controller.\n\n2. Confidentiality\n\nThe processor ensures that persons authorised to process the personal data are bound by confidentiality.\n";

const BODY_DE: &str = "\n\n1. Weisungen\n\nDer Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.\n\n2. Vertraulichkeit\n\nDer Auftragnehmer verpflichtet die zur Verarbeitung befugten Personen zur Vertraulichkeit.\n";
const BODY_SV: &str = "\n\n1. Instruktioner\n\nLeverantören behandlar personuppgifter endast enligt dokumenterade instruktioner från den personuppgiftsansvarige.\n\n2. Sekretess\n\nLeverantören säkerställer att personer som behandlar personuppgifterna omfattas av tystnadsplikt.\n";

fn da(parties: &str) -> Option<String> {
    processor_name(&format!("{parties}{BODY_DA}"))
}

fn en(parties: &str) -> Option<String> {
    processor_name(&format!("{parties}{BODY_EN}"))
}

#[test]
fn danish_party_blocks_and_sentences() {
    let cases: &[(&str, Option<&str>)] = &[
        // The standard's block: name, CVR and address lines, then the term.
        (
            "Databehandleraftale\n\nmellem\n\nLarsen & Krogh IT ApS\nCVR 12345678\nVestergade 4\n8000 Aarhus C\n\nherefter ”databehandleren”\n\nog\n\nKommune X\n\nherefter ”den dataansvarlige”",
            Some("Larsen & Krogh IT ApS"),
        ),
        // The controller first, the processor second.
        (
            "Databehandleraftale\n\nmellem\n\nBageriet Sol A/S\nCVR 87654321\n\nherefter ”den dataansvarlige”\n\nog\n\nSkyhosting ApS\nCVR 11223344\n\nherefter ”databehandleren”",
            Some("Skyhosting ApS"),
        ),
        // Inline, with the term in brackets.
        ("Denne aftale er indgået mellem kunden og Nordlys Data ApS, CVR-nr. 12121212 (”Databehandleren”).", Some("Nordlys Data ApS")),
        ("Aftalen indgås mellem Kunden og Tavlen ApS (herefter ”Databehandleren”).", Some("Tavlen ApS")),
        // A sentence that says who is which.
        ("Kunden er dataansvarlig (”den dataansvarlige”), og Mølle Software v/Anne Mølle, CVR 33445566, er databehandler (”databehandleren”).", Some("Mølle Software v/Anne Mølle")),
        ("Kunden er dataansvarlig, og Skrivebordet ApS er databehandler.", Some("Skrivebordet ApS")),
        // Norwegian; a company form that is also a word ("AS") stays.
        ("Databehandleravtale\n\nmellom Fjordbakeriet AS (behandlingsansvarlig) og Lagerhuset Drift AS (\"databehandler\")", Some("Lagerhuset Drift AS")),
        // A template: no name.
        ("Databehandleraftale\n\nmellem\n\n[NAVN]\n[CVR-NR]\n\nherefter ”databehandleren”", None),
        // A connector with no name after it and the term opening its own line (found by fuzzing:
        // the line's start lay past the text left before the term).
        ("Aftale om behandling og opbevaring\n(”Databehandleren”) behandler data for kunden.", None),
        // A role word is no name.
        ("Aftalen indgås mellem kunden og leverandøren (”Databehandleren”).", None),
        // A definition of the term is no party.
        ("Definitioner\n\n”Databehandler” betyder den part, der behandler personoplysninger på vegne af den dataansvarlige.", None),
        // A sub-processor defined as a term is not the processor.
        ("Databehandleren kan anvende Hostingfirmaet ApS (”Underdatabehandler”) til drift.", None),
    ];
    for (parties, want) in cases {
        assert_eq!(da(parties).as_deref(), *want, "{parties}");
    }
}

#[test]
fn english_party_definitions() {
    let cases: &[(&str, Option<&str>)] = &[
        ("This agreement is made between you and Northwind Analytics Ltd (the \"Processor\").", Some("Northwind Analytics Ltd")),
        ("This Data Processing Agreement is entered into by the Customer and Acme Cloud Inc. (\"Acme\", \"we\" or \"us\").", Some("Acme Cloud Inc.")),
        ("This contract is concluded between the customer, hereinafter referred to as \"client\", and bluebird GmbH, hereinafter referred to as \"contractor\".", Some("bluebird GmbH")),
        (
            "Data Processing Agreement\n\nbetween:\n\nOrchid Systems Limited\nCompany no. 01234567\n1 High Street, London\n\n(the \"Data Processor\")\n\nand\n\nthe Customer (the \"Data Controller\")",
            Some("Orchid Systems Limited"),
        ),
        ("Both parties confirm that the Customer is the Data Controller (hereinafter \"Controller\") and Quaywise is the Data Processor, (hereinafter \"Processor\").", Some("Quaywise")),
        // A plain statement of the role.
        ("Between you and Brightwave ApS\n\n1.1 You act as the data controller; Brightwave acts as your data processor.", Some("Brightwave")),
        // An "and" inside the place of registration is no connector.
        (
            "This agreement is made between Marlowe Dental Group Ltd, a company registered in Scotland under number SC412233 (the \"Customer\"), and Copperleaf Software Ltd, a company registered in England and Wales under number 09876543, whose registered office is at 12 Mill Lane, Leeds LS1 4AB (the \"Processor\").",
            Some("Copperleaf Software Ltd"),
        ),
        (
            "THIS AGREEMENT is made between:\n\n(1) Marlowe Dental Group Ltd, registered in Scotland under number SC412233 (\"Customer\"); and\n\n(2) Copperleaf Software Ltd, a company registered in England and Wales under number 09876543, of 12 Mill Lane, Leeds (the \"Processor\").",
            Some("Copperleaf Software Ltd"),
        ),
        // A term made of the initials of the words before it abbreviates them ("US" is no "us").
        ("Applicable law includes the laws of the United Kingdom (\"UK\"), the United States (\"US\") and Canada.", None),
        ("The Customer is the controller and the Supplier is the processor.", None),
        ("The Customer obtains consent from Data Subjects whose Personal Data is provided to the processor.", None),
        // Lists of terms and names of documents are no party.
        ("Terms used but not defined in these GDPR Terms (e.g., \"processing\", \"controller\", \"processor\") have the meaning given in the GDPR.", None),
        ("The processor entity identified in the Master Agreement (the \"processor\") shall process personal data.", None),
        ("The terms \"Data controller\", \"Data subject\", \"Data processor\" and \"Supervisory authority\" have the meaning given in the GDPR.", None),
        ("This agreement is between [COMPANY NAME] (the \"Processor\") and the Customer.", None),
        ("This agreement is between the Customer and the supplier (the \"Processor\").", None),
        ("Definitions\n\n\"Processor\" means the entity which processes personal data on behalf of the controller.", None),
    ];
    for (parties, want) in cases {
        assert_eq!(en(parties).as_deref(), *want, "{parties}");
    }
}

#[test]
fn the_standards_fixtures_name_their_processor() {
    for file in ["smtp-dk-standardkontraktsbestemmelser.txt", "smtp-dk-standardkontraktsbestemmelser.pdf", "smtp-dk-standardkontraktsbestemmelser-v2.docx"] {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(file);
        let doc = klausul::ingest(&std::fs::read(path).unwrap(), file).unwrap();
        let analysis = klausul::analyze(&doc);
        assert_eq!(analysis.categories[&Category::PartiesContacts].attributes["processor_name"], Value::Text("SMTP.dk".into()), "{file}");
    }
    // The marketing bureau's agreement names no party: null, not a guess.
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marketing-bureau-databehandleraftale.txt");
    let doc = klausul::ingest(&std::fs::read(path).unwrap(), "m.txt").unwrap();
    assert_eq!(klausul::analyze(&doc).categories[&Category::PartiesContacts].attributes["processor_name"], Value::Null);
}

#[test]
fn terms_defined_without_quotes() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // German party blocks define the roles between dashes, the term unquoted.
        (
            "Vertrag zur Auftragsverarbeitung\n\nzwischen\n\nStadtwerke Musterstadt GmbH, Hauptstraße 1, 12345 Musterstadt\n- nachstehend Auftraggeber genannt -\n\nund der\n\nHansa Cloud GmbH, Kiel\n- nachstehend Auftragnehmer genannt -",
            BODY_DE,
            Some("Hansa Cloud GmbH"),
        ),
        ("Zwischen dem Kunden und der Nordsee Rechenzentrum AG, nachfolgend Auftragnehmer, wird folgende Vereinbarung geschlossen.", BODY_DE, Some("Nordsee Rechenzentrum AG")),
        // The role word used, not defined; a template's blank.
        ("Vereinbarung zwischen dem Kunden und dem Auftragnehmer gemäß Anlage 1.", BODY_DE, None),
        ("Zwischen dem Kunden und [FIRMA], nachstehend Auftragnehmer genannt, wird Folgendes vereinbart.", BODY_DE, None),
        ("Aftalen er indgået mellem Kommunen og Bytrafik ApS, CVR-nr. 12345678, herefter benævnt databehandleren.", BODY_DA, Some("Bytrafik ApS")),
        ("This agreement is made between the Customer and Harbour Hosting Ltd, hereinafter the Processor, on the terms below.", BODY_EN, Some("Harbour Hosting Ltd")),
        ("The Customer and the Processor agree as follows.", BODY_EN, None),
        ("Avtalet ingås mellan Kunden och Molnbolaget i Norden AB, org.nr 556000-0000, nedan kallad Leverantören.", BODY_SV, Some("Molnbolaget i Norden AB")),
    ];
    for (parties, body, want) in cases {
        assert_eq!(processor_name(&format!("{parties}{body}")).as_deref(), *want, "{parties}");
    }
}

/// `audits.cost_bearer` of a small agreement: its parties, then an audit clause.
fn audit_cost_bearer(parties: &str, audit: &str) -> Value {
    let text = format!("{parties}\n\n1. Audits\n\n1.1 {audit}\n");
    let doc = klausul::ingest(text.as_bytes(), "dpa.txt").expect("ingest");
    klausul::analyze(&doc).categories[&Category::Audits].attributes["cost_bearer"].clone()
}

#[test]
fn a_clause_number_does_not_start_the_name() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("Data Processing Agreement", "\n\n1. Roles\n\n1.1 Vandrix acts as processor and processes personal data only on documented instructions from the Customer.\n", Some("Vandrix")),
        ("Databehandleraftale", "\n\n1. Roller\n\n1.1 Stempelkort er databehandler og behandler kun personoplysninger efter instruks fra Kunden.\n", Some("Stempelkort")),
        // A postcode's end is no clause number: `411` / `07 Göteborg` gives no `Göteborg`.
        ("Avtal\n\nPunkt 1.2 Hyresdata Norden AB, Drottninggatan 1, 411\n07 Göteborg (\"Biträdet\").", "\n\n2. Instruktioner\n\nBiträdet behandlar personuppgifter endast enligt instruktioner.\n", None),
    ];
    for (head, body, want) in cases {
        assert_eq!(processor_name(&format!("{head}{body}")).as_deref(), *want, "{body}");
    }
}

#[test]
fn the_processor_is_also_called_by_its_name() {
    let en = r#"This agreement is made between Harbour Clinic Ltd (the "Customer") and Vandrix Software Ltd, a company registered in England under number 01234567 ("Vandrix" or the "Processor")."#;
    let en_after = r#"This agreement is made between Harbour Clinic Ltd (the "Customer") and Vandrix Software Ltd (hereinafter the "Processor" or "Vandrix")."#;
    let en_bare = r#"This agreement is made between Harbour Clinic Ltd (the "Customer") and Vandrix Software Ltd (the "Processor")."#;
    let da = "Denne aftale er indgået mellem Tandlæge Holm ApS og Stempelkort ApS, CVR-nr. 12345678 (herefter \"Databehandleren\").";
    let cases: &[(&str, &str, Value)] = &[
        // A term defined after the name, first or after the role word.
        (en, "The Customer may audit compliance once a year. Audits are carried out at Vandrix's expense.", Value::Text("processor".into())),
        (en_after, "The Customer may audit compliance once a year. Audits are carried out at Vandrix's expense.", Value::Text("processor".into())),
        // The name without its company form.
        (en_bare, "The Customer may audit compliance once a year. Audits are carried out at Vandrix Software's expense.", Value::Text("processor".into())),
        // The Danish genitive, and the name after the word that names the payer.
        (da, "Den dataansvarlige kan revidere overholdelsen en gang om året. Revisionen sker for Stempelkorts regning.", Value::Text("processor".into())),
        (da, "Den dataansvarlige kan revidere overholdelsen en gang om året. Revisionen betales af Stempelkort.", Value::Text("processor".into())),
        // The same word in lower case is no name; an unknown name is no party.
        (da, "Den dataansvarlige kan revidere overholdelsen en gang om året. Revisionen betales af klippekort.", Value::Null),
        (en, "The Customer may audit compliance once a year. Audits are carried out at Brightline's expense.", Value::Null),
    ];
    for (parties, audit, want) in cases {
        assert_eq!(&audit_cost_bearer(parties, audit), want, "{parties} / {audit}");
    }
}

/// A vendor's DPA that calls itself by a short name and the other party "Customer": the party
/// opposite the controller's term is the processor, whichever comes first; an abbreviation of the
/// document (`("DPA")`) is no party, and two short names besides the customer's leave it open.
#[test]
fn the_party_opposite_the_customer() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            r#"This Data Processing Addendum ("DPA") forms part of the subscription agreement (the "Agreement") between Larkfield Analytics, Inc., a Delaware corporation with offices at 500 Pine Street, Seattle, WA 98101 ("Larkfield"), and the customer entity that accepted the Agreement ("Customer")."#,
            Some("Larkfield Analytics"),
        ),
        (r#"This DPA is entered into by the entity that orders the services ("Customer") and Ostrava Cloud GmbH ("Ostrava")."#, Some("Ostrava Cloud GmbH")),
        (r#"This addendum is made between the customer named in the order form ("Customer"), Harwick Ltd ("Harwick") and Penmore Ltd ("Penmore")."#, None),
    ];
    for (parties, want) in cases {
        assert_eq!(en(parties).as_deref(), *want, "{parties}");
    }
    // The short name then names the payer.
    let parties = r#"This Data Processing Addendum ("DPA") forms part of the agreement (the "Agreement") between Larkfield Analytics, Inc. ("Larkfield") and the customer entity that accepted the Agreement ("Customer")."#;
    let audit = "Customer may audit Larkfield once a year. Customer bears all costs of any on-site audit. Customer will provide Larkfield with a copy of any audit report free of charge.";
    assert_eq!(audit_cost_bearer(parties, audit), Value::Text("controller".into()));
    // Audits free of charge for the customer are the processor's cost.
    let audit = "Customer may audit Larkfield once a year on thirty days' notice, free of charge.";
    assert_eq!(audit_cost_bearer(parties, audit), Value::Text("processor".into()));
}

/// The German way of defining the parties' terms (`(nachfolgend „Kunde“)`): the party opposite
/// the customer is the processor, and its short name then names the payer.
#[test]
fn the_party_opposite_the_kunde() {
    let parties = "Vereinbarung zur Auftragsverarbeitung zwischen dem Kunden laut Bestellung (nachfolgend „Kunde“) und der Speicherwerk Cloud GmbH, Hafenweg 8, 20457 Hamburg (nachfolgend „Speicherwerk“).";
    let text = format!("{parties}\n\n1. Weisungen\n\nSpeicherwerk verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Kunden.\n\n2. Kontrollen\n\n2.1 Der Kunde kann nach Anmeldung mit einer Frist von 14 Tagen Inspektionen durchführen. Die bei Speicherwerk dabei entstehenden Kosten trägt Speicherwerk.\n");
    assert_eq!(processor_name(&text).as_deref(), Some("Speicherwerk Cloud GmbH"));
    let doc = klausul::ingest(text.as_bytes(), "dpa.txt").expect("ingest");
    assert_eq!(klausul::analyze(&doc).categories[&Category::Audits].attributes["cost_bearer"], Value::Text("processor".into()));
}
