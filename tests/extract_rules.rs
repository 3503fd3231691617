//! Attribute rules, one sentence at a time: sentences that must set a value and near misses that
//! must not, in Danish and English (and a few in the other languages).

use klausul::{Category, Clause, Document, Format, Lang, ParagraphKind, Value};
use serde_json::json;

/// Analyses one clause (with a heading that names its topic) and returns `category.attribute`.
fn attr(lang: Lang, heading: &str, text: &str, category: Category, name: &str) -> Value {
    let mut doc = Document::from_paragraphs("t.txt", String::new(), Format::Txt, [(text.to_string(), ParagraphKind::Body)]);
    doc.language = Some(lang);
    let chars = doc.chars;
    let mut clauses = vec![Clause {
        id: "1".into(),
        heading: Some(heading.into()),
        text: doc.text.replace('\n', " "),
        span: [0, chars],
        categories: vec![],
        score: 0.0,
        cues: vec![],
    }];
    klausul::classify::classify(&doc, &mut clauses);
    let cats = klausul::extract::extract(&doc, &clauses);
    let result = &cats[&category];
    for (attr, evidence) in &result.evidence {
        for e in evidence {
            assert!(e.span[0] <= e.span[1] && e.span[1] <= chars, "{attr}: evidence {e:?} outside the text");
        }
    }
    result.attributes.get(name).cloned().unwrap_or(Value::Null)
}

/// Like `attr`, for one clause made of several paragraphs (table rows, list lines).
fn attr_paras(lang: Lang, heading: &str, paras: &[(&str, ParagraphKind)], category: Category, name: &str) -> serde_json::Value {
    let mut doc = Document::from_paragraphs("t.txt", String::new(), Format::Txt, paras.iter().map(|(t, k)| (t.to_string(), *k)));
    doc.language = Some(lang);
    let mut clauses = vec![Clause {
        id: "1".into(),
        heading: Some(heading.into()),
        text: doc.text.replace('\n', " "),
        span: [0, doc.chars],
        categories: vec![],
        score: 0.0,
        cues: vec![],
    }];
    klausul::classify::classify(&doc, &mut clauses);
    let cats = klausul::extract::extract(&doc, &clauses);
    serde_json::to_value(cats[&category].attributes.get(name).cloned().unwrap_or(Value::Null)).unwrap()
}

fn check(lang: Lang, heading: &str, text: &str, category: Category, name: &str, expected: serde_json::Value) {
    let got = attr(lang, heading, text, category, name);
    let got_json = serde_json::to_value(&got).unwrap();
    assert_eq!(got_json, expected, "{category}.{name} of {text:?}");
}

use Category::*;
use Lang::{Da, De, En, No, Sv};

#[test]
fn breach_deadline() {
    let h_en = "Personal data breach";
    let h_da = "Brud på persondatasikkerheden";
    check(En, h_en, "The Processor shall notify the Controller of a Personal Data Breach within 24 hours.", BreachNotification, "deadline_hours", json!(24));
    check(En, h_en, "The Processor shall notify the Controller within seventy-two (72) hours after becoming aware of a breach.", BreachNotification, "deadline_hours", json!(72));
    check(Da, h_da, "Leverandøren underretter Kunden uden unødig forsinkelse og senest inden for ét døgn efter at være blevet opmærksom på bruddet.", BreachNotification, "deadline_hours", json!(24));
    check(No, "Avvik", "Leverandøren varsler Kunden innen én dag etter at avviket er oppdaget.", BreachNotification, "deadline_hours", json!(24));
    check(En, h_en, "Processor shall inform Customer of any Security Incident within two (2) business days.", BreachNotification, "deadline_hours", json!(48));
    // The Irish authority is an authority: its 72 hours are the controller's.
    check(En, h_en, "The Vendor shall notify the Customer within five (5) days of a breach. The Customer reports the breach to the Data Protection Commission where required within 72 hours.", BreachNotification, "deadline_hours", json!(120));
    // Business hours are hours ("eight (8) business hours", "4 working hours").
    check(En, h_en, "The Supplier shall notify the Customer of a personal data breach within eight (8) business hours of discovering it.", BreachNotification, "deadline_hours", json!(8));
    check(En, h_en, "The Vendor will notify the Client of any security breach within 4 working hours.", BreachNotification, "deadline_hours", json!(4));
    // How often updates follow is no deadline.
    check(Da, h_da, "Leverandøren underretter Kunden uden unødig forsinkelse og senest 36 timer efter at være blevet opmærksom på bruddet og holder Kunden orienteret mindst hver 24. time.", BreachNotification, "deadline_hours", json!(36));
    check(En, h_en, "The Supplier shall notify the Customer within 36 hours of becoming aware of the breach and shall update the Customer every 12 hours until it is resolved.", BreachNotification, "deadline_hours", json!(36));
    // An audit's notice ahead is no deadline, even where a breach lifts it.
    check(En, h_en, "The Supplier shall notify the Customer without undue delay after becoming aware of a Personal Data Breach. The Customer may audit the Supplier on at least 30 days' prior written notice, unless a Personal Data Breach has occurred.", BreachNotification, "deadline_hours", json!(null));
    check(Da, h_da, "Leverandøren underretter Kunden uden unødig forsinkelse. Kunden kan foretage revision med 30 dages varsel, medmindre der er sket et brud på persondatasikkerheden.", BreachNotification, "deadline_hours", json!(null));
    // A support ticket's response time is no breach deadline.
    check(En, h_en, "The Supplier shall notify the Customer without undue delay of a breach; the SLA response time of four (4) hours for support tickets does not apply to such notices.", BreachNotification, "deadline_hours", json!(null));
    check(Da, h_da, "Leverandøren underretter Kunden uden unødig forsinkelse. Serviceniveauets svartid på 8 timer gælder ikke for sådanne underretninger.", BreachNotification, "deadline_hours", json!(null));
    check(En, h_en, "The Processor shall notify the Controller 24 hours after the Controller notified the authority.", BreachNotification, "deadline_hours", json!(null));
    check(En, h_en, "The Controller shall notify the supervisory authority within 72 hours of a personal data breach.", BreachNotification, "deadline_hours", json!(null));
    check(En, h_en, "The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.", BreachNotification, "deadline_hours", json!(null));
    check(Da, h_da, "Databehandleren underretter den dataansvarlige senest 24 timer efter at være blevet opmærksom på bruddet.", BreachNotification, "deadline_hours", json!(24));
    check(Da, h_da, "Databehandleren skal underrette den dataansvarlige inden for fireogtyve timer efter, at bruddet er konstateret.", BreachNotification, "deadline_hours", json!(24));
    check(Da, h_da, "Databehandleren giver den dataansvarlige meddelelse om bruddet inden for 2 arbejdsdage.", BreachNotification, "deadline_hours", json!(48));
    check(Da, h_da, "Den dataansvarlige skal anmelde bruddet til Datatilsynet inden for 72 timer.", BreachNotification, "deadline_hours", json!(null));
    check(Da, h_da, "Databehandleren giver den dataansvarlige besked senest 1 arbejdsdag efter konstateringen af et sikkerhedsbrud.", BreachNotification, "deadline_hours", json!(24));
    check(En, h_en, "Processor shall report a Data Breach to Customer without undue delay, but no later than seventy-two hours after discovery.", BreachNotification, "deadline_hours", json!(72));
    check(Sv, "Personuppgiftsincident", "Personuppgiftsbiträdet ska underrätta den personuppgiftsansvarige inom 36 timmar efter att ha fått kännedom om incidenten.", BreachNotification, "deadline_hours", json!(36));
    check(De, "Meldung von Datenschutzverletzungen", "Der Auftragsverarbeiter benachrichtigt den Verantwortlichen innerhalb von 48 Stunden über eine Verletzung des Schutzes personenbezogener Daten.", BreachNotification, "deadline_hours", json!(48));
    check(No, "Brudd på personopplysningssikkerheten", "Databehandleren skal varsle den behandlingsansvarlige innen 24 timer etter at bruddet er oppdaget.", BreachNotification, "deadline_hours", json!(24));
    // German separable verbs: "teilt … mit" with the whole deadline between the two parts.
    check(De, "Meldung von Datenschutzverletzungen", "Der Dienstleister teilt dem Kunden jede Datenpanne spätestens drei Werktage nach ihrer Entdeckung mit.", BreachNotification, "deadline_hours", json!(72));
}

#[test]
fn breach_undue_delay() {
    let h_en = "Personal data breach";
    let h_da = "Brud på persondatasikkerheden";
    check(En, h_en, "The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.", BreachNotification, "without_undue_delay", json!(true));
    check(En, h_en, "The Processor shall notify the Controller of a breach within 24 hours.", BreachNotification, "without_undue_delay", json!(false));
    check(Da, h_da, "Databehandleren underretter uden unødig forsinkelse den dataansvarlige, hvis der sker brud på persondatasikkerheden.", BreachNotification, "without_undue_delay", json!(true));
    check(Da, h_da, "Den dataansvarliges forpligtelse til uden unødig forsinkelse at anmelde brud på persondatasikkerheden til tilsynsmyndigheden.", BreachNotification, "without_undue_delay", json!(false));
}

#[test]
fn sub_processor_authorisation() {
    let h_en = "Sub-processors";
    let h_da = "Underdatabehandlere";
    check(En, h_en, "The Controller grants the Processor a general written authorisation to engage sub-processors.", SubProcessors, "authorisation", json!("general"));
    check(En, h_en, "The Processor shall not engage any sub-processor without the prior specific written authorisation of the Controller.", SubProcessors, "authorisation", json!("specific"));
    check(En, h_en, "The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.", SubProcessors, "authorisation", json!(null));
    check(En, h_en, "The Controller grants a general authorisation to transfer personal data to third countries.", SubProcessors, "authorisation", json!(null));
    check(Da, h_da, "Databehandleren har den dataansvarliges generelle godkendelse til brug af underdatabehandlere.", SubProcessors, "authorisation", json!("general"));
    check(Da, h_da, "Databehandleren må kun gøre brug af underdatabehandlere med den dataansvarliges forudgående specifikke skriftlige godkendelse. Databehandleren har den dataansvarliges generelle godkendelse til brug af underdatabehandlere.", SubProcessors, "authorisation", json!("both"));
    // The permission in one compound word ("forhåndstillatelse", "forhåndstilladelse"), after
    // "general" in any of its forms.
    check(No, "Underleverandører", "Kunden gir Leverandøren generell forhåndstillatelse til å benytte underleverandører.", SubProcessors, "authorisation", json!("general"));
    check(Da, h_da, "Kunden giver Leverandøren en generel forhåndstilladelse til at anvende underleverandører.", SubProcessors, "authorisation", json!("general"));
    check(De, "Unterauftragsverarbeiter", "Der Kunde erteilt dem Anbieter eine allgemeine Vorabgenehmigung für den Einsatz von Unterauftragsverarbeitern.", SubProcessors, "authorisation", json!("general"));
    // Once the authorisation is read, so is the objection that goes with it.
    check(No, "Underleverandører", "Kunden gir Leverandøren generell forhåndstillatelse til å benytte underleverandører. Kunden kan motsette seg endringen uten å oppgi grunn.", SubProcessors, "objection_right", json!("free"));
}

#[test]
fn sub_processor_objection_and_notice() {
    let h_en = "Sub-processors";
    let h_da = "Underdatabehandlere";
    let gen_en = "The Controller grants a general authorisation to engage sub-processors. ";
    let gen_da = "Den dataansvarlige giver generel godkendelse til brug af underdatabehandlere. ";
    check(En, h_en, &format!("{gen_en}The Processor shall give thirty (30) days' prior notice of new sub-processors, and the Controller may object to the change."), SubProcessors, "objection_right", json!("free"));
    check(En, h_en, &format!("{gen_en}The Controller may object to a new sub-processor only on reasonable data protection grounds."), SubProcessors, "objection_right", json!("restricted"));
    // "Reservere seg mot" (opt out of) a new sub-processor is an objection; the processor then
    // may not use it.
    check(No, "Bruk av underleverandører", "Databehandleren har generell tillatelse til å bruke underleverandører. Databehandleren skal varsle den behandlingsansvarlige minst 14 dager før en ny underleverandør tas i bruk. Den behandlingsansvarlige kan reservere seg mot den nye underleverandøren innen samme frist. Databehandleren skal da ikke bruke underleverandøren.", SubProcessors, "objection_right", json!("free"));
    check(Da, h_da, &format!("{gen_da}Den dataansvarlige kan reservere sig imod den nye underdatabehandler inden for varslet, og databehandleren må da ikke anvende den."), SubProcessors, "objection_right", json!("free"));
    check(En, h_en, &format!("{gen_en}If the Controller objects, its sole remedy is to terminate the Agreement."), SubProcessors, "objection_right", json!("restricted"));
    // An objection for any reason is free, even with termination where it cannot be met.
    check(En, h_en, &format!("{gen_en}The Client may object to a new sub-processor for any reason within 14 days; if the Vendor cannot offer another solution, the Client may terminate the affected service."), SubProcessors, "objection_right", json!("free"));
    check(Da, h_da, &format!("{gen_da}Kunden kan gøre indsigelse uden at begrunde det. Kan Leverandøren ikke tilbyde en anden løsning, kan Kunden opsige aftalen."), SubProcessors, "objection_right", json!("free"));
    check(En, h_en, &format!("{gen_en}The Processor will publish changes on its website."), SubProcessors, "objection_right", json!("none"));
    check(En, h_en, "The Processor may only use sub-processors with prior specific authorisation; the Controller may object.", SubProcessors, "objection_right", json!(null));
    check(Da, h_da, &format!("{gen_da}Den dataansvarlige kan ikke nægte at godkende en ny underdatabehandler, medmindre der foreligger en saglig begrundelse."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, h_da, &format!("{gen_da}Databehandleren underretter med mindst 30 dages varsel, så den dataansvarlige kan gøre indsigelse."), SubProcessors, "objection_right", json!("free"));
    check(En, h_en, &format!("{gen_en}The Processor shall give thirty (30) days' prior notice of new sub-processors."), SubProcessors, "notice_days", json!(30));
    check(En, h_en, &format!("{gen_en}The Controller may object within 14 days of receiving the notice."), SubProcessors, "notice_days", json!(null));
    check(Da, h_da, &format!("{gen_da}Databehandleren skal underrette om ændringer med mindst 2 måneders varsel."), SubProcessors, "notice_days", json!(60));
    check(Da, h_da, &format!("{gen_da}Databehandleren giver skriftlig besked om nye underdatabehandlere mindst 30 dage i forvejen."), SubProcessors, "notice_days", json!(30));
    // The period to end the main agreement after an objection is not the notice of a change.
    check(De, "Unterauftragsverarbeiter", "Der Auftraggeber erteilt die allgemeine Genehmigung, Unterauftragnehmer einzusetzen. Der Auftragnehmer informiert den Auftraggeber mindestens 14 Tage vorab über jede beabsichtigte Änderung. Können sich die Parteien nicht einigen, ist der Auftraggeber berechtigt, den Hauptvertrag mit einer Frist von einem Monat zu kündigen.", SubProcessors, "notice_days", json!(14));
    check(Da, h_da, &format!("{gen_da}Databehandleren underretter om ændringer med 14 dages varsel. Kan parterne ikke blive enige, kan den dataansvarlige opsige hovedaftalen med en måneds varsel."), SubProcessors, "notice_days", json!(14));
}

#[test]
fn sub_processor_flow_down() {
    check(En, "Sub-processors", "The Processor shall impose on each sub-processor the same data protection obligations as set out in this DPA.", SubProcessors, "flow_down", json!(true));
    check(En, "Sub-processors", "The Processor may engage sub-processors and shall remain liable for them.", SubProcessors, "flow_down", json!(false));
    check(Da, "Underdatabehandlere", "Databehandleren skal pålægge underdatabehandleren de samme databeskyttelsesforpligtelser som dem, der fremgår af disse Bestemmelser.", SubProcessors, "flow_down", json!(true));
    check(Da, "Underdatabehandlere", "Hvis en underdatabehandler ikke lever op til instruksen, kan den dataansvarlige forbyde anvendelsen.", SubProcessors, "flow_down", json!(false));
}

/// Processing "in the United States and in any other country where" the processor or its
/// sub-processors have staff is an open-ended authorisation, whatever the list names.
#[test]
fn processing_in_any_country_where_the_processor_has_staff() {
    check(De, "§ 9 Ort der Verarbeitung", "Der Auftragnehmer ist berechtigt, die Daten des Auftraggebers in den Vereinigten Staaten sowie in jedem anderen Land zu verarbeiten, in dem der Auftragnehmer oder seine Unterauftragnehmer Personal unterhalten.", Transfers, "stance", json!("general_authorisation"));
    check(En, "Location of processing", "The Supplier may process Customer Data in the United States and in any other country where the Supplier or its sub-processors maintain facilities.", Transfers, "stance", json!("general_authorisation"));
}

#[test]
fn transfer_stance() {
    let h_en = "Transfers to third countries";
    let h_da = "Overførsel til tredjelande";
    check(En, h_en, "The Processor shall not transfer personal data to third countries.", Transfers, "stance", json!("prohibited"));
    check(En, h_en, "The Processor shall not transfer personal data to a third country without the documented instructions of the Controller.", Transfers, "stance", json!("instruction_only"));
    // The exception after a long prohibition ("…, or let it be reached from there, unless …").
    check(En, h_en, "The Vendor will not transfer customer data to a country outside the European Economic Area, or allow that data to be viewed or accessed from such a country by its support staff or contractors, unless the Customer has instructed it to do so in writing.", Transfers, "stance", json!("instruction_only"));
    check(En, h_en, "The Controller grants the Processor a general authorisation to transfer personal data to third countries.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "The Processor may transfer personal data outside the EEA.", Transfers, "stance", json!("general_authorisation"));
    // "authorises" shares its stem with "authorisation" (an approval that restricts): here it grants.
    check(En, h_en, "The Customer authorises the Supplier and its sub-processors to transfer Personal Data to countries outside the European Economic Area wherever this is necessary for the Services.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "Personal data is transferred to the United States for support purposes under the standard contractual clauses.", Transfers, "stance", json!("listed"));
    check(Da, h_da, "Databehandleren må ikke overføre personoplysninger til tredjelande.", Transfers, "stance", json!("prohibited"));
    // "Neither … nor … may transfer": a ban on both, without an exception.
    check(Da, h_da, "Hverken Leverandøren eller dennes underdatabehandlere må overføre personoplysninger til lande uden for EU/EØS.", Transfers, "stance", json!("prohibited"));
    // "kunne" (could) shares its stem with "kun" (only) but makes no exception.
    check(Da, h_da, "Databehandleren må ikke overføre personoplysninger til tredjelande, og oplysningerne må ikke kunne tilgås derfra.", Transfers, "stance", json!("prohibited"));
    check(En, h_en, "Neither the Supplier nor its sub-processors may transfer personal data to a third country.", Transfers, "stance", json!("prohibited"));
    // The subject after "nor" may be long, and "any country outside the EEA" is where it may not go.
    check(En, h_en, "Neither the Service Provider nor any of its sub-processors shall transfer the personal data to, or allow access to them from, any country outside the European Economic Area.", Transfers, "stance", json!("prohibited"));
    check(De, "Drittlandübermittlung", "Weder der Auftragnehmer noch seine Unterauftragsverarbeiter dürfen personenbezogene Daten in ein Drittland übermitteln.", Transfers, "stance", json!("prohibited"));
    check(Da, h_da, "Enhver overførsel af personoplysninger til tredjelande må kun foretages på baggrund af dokumenteret instruks fra den dataansvarlige.", Transfers, "stance", json!("instruction_only"));
    check(Da, h_da, "Den dataansvarlige giver hermed sin generelle godkendelse til, at databehandleren kan overføre personoplysninger til tredjelande.", Transfers, "stance", json!("general_authorisation"));
    // The exception after a semicolon, in a half of its own that names no transfer again.
    check(De, "Drittlandübermittlung", "Eine Übermittlung in Drittländer findet nicht statt; sie bedarf in jedem Fall einer vorherigen dokumentierten Weisung des Auftraggebers.", Transfers, "stance", json!("instruction_only"));
    check(En, h_en, "The Supplier does not transfer Customer Data to third countries; any exception requires the Customer's prior written instruction.", Transfers, "stance", json!("instruction_only"));
    check(Da, h_da, "Leverandøren overfører ikke personoplysninger til tredjelande; det kræver altid forudgående skriftlig instruks fra kunden.", Transfers, "stance", json!("instruction_only"));
    // A second ban after the semicolon is no exception.
    check(Da, h_da, "Leverandøren overfører ikke personoplysninger til tredjelande; heller ikke underdatabehandlere må overføre dem.", Transfers, "stance", json!("prohibited"));
}

/// Plain-language agreements say the same things in the words of a letter: a verb before its
/// negation ("Vi overfører ikke"), "say no" for an objection, "the same rules" for flow-down,
/// "we do not charge" for the processor bearing the cost.
#[test]
fn plain_language_attributes() {
    check(No, "Sendes opplysningene ut av Europa?", "Vi overfører ikke opplysninger til land utenfor EØS.", Transfers, "stance", json!("prohibited"));
    check(Sv, "Överföring", "Vi överför inte personuppgifter till länder utanför EU/EES.", Transfers, "stance", json!("prohibited"));
    check(Da, "Overførsel", "Vi sender ikke oplysninger ud af EU.", Transfers, "stance", json!("prohibited"));
    check(En, "Transfers", "We do not send any data outside the EU/EEA.", Transfers, "stance", json!("prohibited"));
    check(En, "Transfers", "We transfer no personal data to third countries.", Transfers, "stance", json!("prohibited"));
    // A negation after the verb that an exception follows is still the controller's say.
    check(No, "Overføring", "Opplysningene overføres ikke til land utenfor EØS uten skriftlig instruks fra dere.", Transfers, "stance", json!("instruction_only"));
    let subs = "Ja. Dere gir oss en generell tillatelse til å bruke underleverandører. Vi varsler dere 30 dager før vi tar i bruk en ny, og dere kan si nei uten å begrunne det.";
    check(No, "Bruker vi underleverandører?", subs, SubProcessors, "objection_right", json!("free"));
    check(En, "Subcontractors", "You give us general permission to use subcontractors. You can say no to a new one without giving a reason.", SubProcessors, "objection_right", json!("free"));
    check(En, "Subcontractors", "You give us general permission to use subcontractors.", SubProcessors, "authorisation", json!("general"));
    check(Sv, "Underleverantörer", "Alla underleverantörer måste följa samma regler som vi.", SubProcessors, "flow_down", json!(true));
    check(No, "Underleverandører", "Vi pålegger underleverandørene de samme pliktene som vi har etter denne avtalen.", SubProcessors, "flow_down", json!(true));
    check(En, "Checks", "You can visit us to check that we keep to this agreement. We do not charge for this.", Audits, "cost_bearer", json!("processor"));
    check(No, "Kontroll", "Dere kan komme på kontroll hos oss med 14 dagers varsel. Vi tar ikke betalt for kontrollen.", Audits, "cost_bearer", json!("processor"));
    check(No, "Kontroll", "Dere kan komme på kontroll hos oss med 14 dagers varsel.", Audits, "form", json!(["inspection"]));
    check(Da, "Kontrol", "I kan besøge os og kontrollere, at vi overholder aftalen. Det koster ikke noget ekstra.", Audits, "cost_bearer", json!("processor"));
    check(No, "Når avtalen slutter", "Når abonnementet avsluttes, sletter vi opplysningene innen 30 dager.", DeletionReturn, "trigger", json!("end_of_service"));
}

/// Sub-processors listed on one line after a label, set apart by semicolons, each with its place
/// after its name and its task after a dash.
#[test]
fn sub_processors_listed_after_a_label_with_semicolons() {
    let text = "Underdatabehandlere: Havnedrift ApS, Aarhus, Danmark – hosting og drift; Kundeservice Nord AB, Luleå, Sverige – andenlinjesupport.";
    check(Da, "Bilag 1", text, SubProcessors, "listed", json!([{"name": "Havnedrift ApS", "location": "Aarhus, Danmark"}, {"name": "Kundeservice Nord AB", "location": "Luleå, Sverige"}]));
    let text = "Sub-processors: Greyhaven Hosting Ltd, Leeds, United Kingdom – hosting; Mailcraft GmbH, Berlin, Germany – e-mail delivery.";
    check(En, "Annex 1", text, SubProcessors, "listed", json!([{"name": "Greyhaven Hosting Ltd", "location": "Leeds, United Kingdom"}, {"name": "Mailcraft GmbH", "location": "Berlin, Germany"}]));
}

/// A list of sub-processors as a sentence's items: the place ends before the task in brackets
/// and the list's "and".
#[test]
fn a_place_ends_before_the_task_and_the_lists_and() {
    use ParagraphKind::{Body, ListItem};
    let paras = [
        ("Customer gives Supplier general authorisation to engage sub-processors. Supplier's current sub-processors are:", Body),
        ("(a) Ravenscar Hosting Ltd, York, United Kingdom (hosting and backups);", ListItem(1)),
        ("(b) Quayline Print Ltd, Cork, Ireland (printing of letters); and", ListItem(1)),
        ("(c) Mailpost Inc., Austin, Texas, United States (e-mail delivery).", ListItem(1)),
    ];
    assert_eq!(
        attr_paras(En, "Sub-processors", &paras, SubProcessors, "listed"),
        json!([
            {"name": "Ravenscar Hosting Ltd", "location": "York, United Kingdom"},
            {"name": "Quayline Print Ltd", "location": "Cork, Ireland"},
            {"name": "Mailpost Inc.", "location": "Austin, Texas, United States"}
        ])
    );
}

/// An annex list whose items put a colon after the company and its place ("Skyline Drift A/S,
/// Glostrup, Danmark: drift"), under a heading with a date ("pr. 1. marts 2025").
#[test]
fn a_colon_after_the_company_and_its_place_ends_the_place() {
    use ParagraphKind::{Heading, ListItem};
    let paras = [
        ("Underdatabehandlere pr. 1. marts 2025", Heading(2)),
        ("Hyldebo Drift A/S, Glostrup, Danmark: drift og hosting af systemet", ListItem(0)),
        ("Kortflow Nord ApS, Odense, Danmark: betaling med kort", ListItem(0)),
        ("Postdue AG, Zürich, Schweiz: e-mail og sms-påmindelser", ListItem(0)),
    ];
    assert_eq!(
        attr_paras(Da, "Underdatabehandlere pr. 1. marts 2025", &paras, SubProcessors, "listed"),
        json!([
            {"name": "Hyldebo Drift A/S", "location": "Glostrup, Danmark"},
            {"name": "Kortflow Nord ApS", "location": "Odense, Danmark"},
            {"name": "Postdue AG", "location": "Zürich, Schweiz"}
        ])
    );
    let paras = [
        ("Current sub-processors", Heading(2)),
        ("Harrowgate Cloud Ltd, Dublin, Ireland: hosting and backups", ListItem(0)),
        ("Postwell Mail GmbH, Berlin, Germany: e-mail delivery", ListItem(0)),
    ];
    assert_eq!(
        attr_paras(En, "Current sub-processors", &paras, SubProcessors, "listed"),
        json!([{"name": "Harrowgate Cloud Ltd", "location": "Dublin, Ireland"}, {"name": "Postwell Mail GmbH", "location": "Berlin, Germany"}])
    );
}

/// A party that "shall not pay" for an audit leaves its cost with the other party, whichever
/// side the sentence names and wherever the language puts the negation.
#[test]
fn a_party_that_does_not_pay_leaves_the_cost_with_the_other() {
    let cases = [
        (En, "Audits", "The Customer may inspect the Supplier's premises on 14 days' notice. The Customer shall not pay for the Supplier's time spent on the inspection.", "processor"),
        (Da, "Revision", "Den dataansvarlige kan foretage inspektion med 14 dages varsel. Den dataansvarlige betaler ikke for databehandlerens tidsforbrug ved inspektionen.", "processor"),
        (Sv, "Granskning", "Den personuppgiftsansvarige får genomföra inspektioner hos biträdet. Den personuppgiftsansvarige betalar inte för biträdets nedlagda tid.", "processor"),
        (De, "Kontrollen", "Der Auftraggeber darf Kontrollen beim Auftragnehmer durchführen. Der Auftragnehmer zahlt nicht für die Prüfer des Auftraggebers.", "controller"),
    ];
    for (lang, heading, text, expected) in cases {
        check(lang, heading, text, Audits, "cost_bearer", json!(expected));
    }
}

/// A company form's full stop before a word in lower case ends no sentence: the transfer word and
/// the country after the company's name are read together.
#[test]
fn a_company_form_inside_a_sentence() {
    check(Da, "Overførsel til tredjelande", "Overførslen til Mailtrap Inc. i USA sker på grundlag af standardkontraktbestemmelserne.", Transfers, "stance", json!("listed"));
    check(No, "Overføring til tredjeland", "Overføringen til Signwell Corp. i USA bygger på standardkontraktsklausuler.", Transfers, "stance", json!("listed"));
    check(Sv, "Tredjeland", "Överföringen till Notify Ltd. i Indien sker med stöd av standardavtalsklausuler.", Transfers, "stance", json!("listed"));
    // Two company forms in a row ("Pvt. Ltd.", "Pty. Ltd.", "Sdn. Bhd."): the first dot does not
    // end the sentence either.
    check(Sv, "Tredjeland", "Leverantören får överföra personuppgifter till Tessaly Support Pvt. Ltd. i Chennai, Indien, för andra linjens support.", Transfers, "stance", json!("listed"));
    check(En, "International transfers", "The Supplier may transfer personal data to Kestrel Analytics Pty. Ltd. in Sydney, Australia, for overnight support.", Transfers, "stance", json!("listed"));
    check(Da, "Overførsel til tredjelande", "Leverandøren må overføre personoplysninger til Lintang Data Sdn. Bhd. i Kuala Lumpur, Malaysia, hvilket sker på grundlag af standardkontraktbestemmelserne.", Transfers, "mechanism", json!("scc"));
    // A town and its country between commas after the legal form, then the running text.
    assert_eq!(
        attr_paras(Da, "Underdatabehandlere", &[("Ved aftalens indgåelse bruger leverandøren Fynsk Hosting A/S, Odense, Danmark, til drift og Kortbroen ApS, Aarhus, Danmark, til betalinger.", ParagraphKind::Body)], SubProcessors, "listed"),
        json!([{"name": "Fynsk Hosting A/S", "location": "Odense, Danmark"}, {"name": "Kortbroen ApS", "location": "Aarhus, Danmark"}])
    );
    assert_eq!(
        attr_paras(En, "Sub-processors", &[("The Supplier currently uses Harbourline Cloud Ltd, Cork, Ireland, for hosting.", ParagraphKind::Body)], SubProcessors, "listed"),
        json!([{"name": "Harbourline Cloud Ltd", "location": "Cork, Ireland"}])
    );
}

/// A party that charges nothing for an audit bears its cost; "at X's expense" names the payer,
/// "at no expense to" does not.
#[test]
fn a_party_that_charges_nothing_bears_the_cost() {
    let cases = [
        (En, "Audits", "The Controller may audit the Processor on 30 days' notice. The Processor does not charge for audits.", json!("processor")),
        (Da, "Revision", "Den dataansvarlige kan foretage inspektion med 30 dages varsel. Databehandleren opkræver ikke betaling for inspektionen.", json!("processor")),
        (No, "Revisjon", "Den behandlingsansvarlige kan gjennomføre revisjon med tre ukers varsel. Databehandleren krever ikke betaling for revisjonen.", json!("processor")),
        (Sv, "Granskning", "Den personuppgiftsansvarige får genomföra granskningar med 15 dagars varsel. Biträdet tar inte ut någon ersättning för granskningen.", json!("processor")),
        (De, "Kontrollen", "Der Auftraggeber kann Kontrollen mit einer Frist von zwei Wochen durchführen. Der Auftragnehmer berechnet hierfür keine Vergütung.", json!("processor")),
        // The object first and the verb second ("Für solche Kontrollen berechnet …"); an
        // adjective for free in the plural ("kostnadsfria").
        (De, "Kontrollen", "Der Auftraggeber kann Kontrollen mit einer Frist von zwei Wochen durchführen. Für solche Kontrollen berechnet der Auftragnehmer keine Vergütung.", json!("processor")),
        (Sv, "Granskning", "Föreningen får genomföra granskning efter minst 20 dagars skriftligt varsel. Granskningarna är kostnadsfria för Föreningen.", json!("processor")),
        (En, "Audits", "The Customer may carry out an inspection on thirty days' written notice, at the Processor's expense.", json!("processor")),
        (En, "Audits", "The Customer may carry out an inspection on thirty days' written notice, at the Customer's expense.", json!("controller")),
        (En, "Audits", "The Customer may carry out an inspection on thirty days' written notice, at no expense to the Customer.", json!(null)),
    ];
    for (lang, heading, text, expected) in cases {
        check(lang, heading, text, Audits, "cost_bearer", expected);
    }
    // "at no additional charge" after the controller's name: nobody charges, nobody pays.
    check(En, "Assistance", "The Supplier shall assist the Customer, at no additional charge, with data subject access requests.", Costs, "assistance_paid", json!(false));
    // Included in the service's hourly rate, not invoiced on its own: free.
    check(En, "Fees", "Fees. The assistance described above is included in the hourly agent rate of EUR 41.00 and will not be invoiced separately.", Costs, "assistance_paid", json!(false));
    check(Da, "Betaling", "Bistanden er indeholdt i den aftalte timepris på 650 kr. og faktureres ikke særskilt.", Costs, "assistance_paid", json!(false));
    // "Included in the licence price" in one word ("lisensprisen", "Lizenzgebühr") under a heading that names no cost.
    check(No, "Bistand til den behandlingsansvarlige", "Bistand etter dette punktet er inkludert i lisensprisen.", Costs, "assistance_paid", json!(false));
    check(No, "Bistand til den behandlingsansvarlige", "Databehandleren skal bistå den behandlingsansvarlige med å oppfylle pliktene etter artikkel 32 til 36. Bistanden er inkludert i honoraret etter hovedavtalen.", Costs, "assistance_paid", json!(false));
    check(Da, "Bistand til den dataansvarlige", "Bistand efter dette punkt er inkluderet i licensprisen.", Costs, "assistance_paid", json!(false));
    check(Sv, "Bistånd till den personuppgiftsansvarige", "Bistånd enligt denna punkt ingår i licensavgiften.", Costs, "assistance_paid", json!(false));
    check(De, "Unterstützung des Verantwortlichen", "Unterstützungsleistungen nach diesem Absatz sind in der Lizenzgebühr enthalten.", Costs, "assistance_paid", json!(false));
    // Fees for services the sentence says are no assistance.
    check(En, "Costs", "Assistance under this Section is included in the subscription fees. Professional services ordered separately, such as data migration, are charged at EUR 140 per hour and are not assistance under this Agreement.", Costs, "assistance_paid", json!(false));
    check(Da, "Omkostninger", "Bistanden er indeholdt i abonnementet. Konsulentydelser, som Kunden bestiller særskilt, afregnes med 1.100 kr. i timen og er ikke bistand efter denne aftale.", Costs, "assistance_paid", json!(false));
}

/// Transfers "do not take place" is a prohibition; data "stored and processed in" a named third
/// country, also in a clause about where data are kept, is a transfer there; a company seated
/// there says nothing about the data.
#[test]
fn transfers_that_do_not_take_place_and_data_kept_abroad() {
    let prohibited = [
        (Da, "Overførsel til tredjelande", "Overførsel af personoplysninger til lande uden for EU/EØS finder ikke sted."),
        (De, "Drittländer", "Eine Übermittlung personenbezogener Daten in ein Drittland findet nicht statt."),
        (Sv, "Tredjeland", "Överföring av personuppgifter till tredjeland förekommer inte."),
        (En, "International transfers", "Transfers of personal data outside the EEA do not take place."),
    ];
    for (lang, heading, text) in prohibited {
        check(lang, heading, text, Transfers, "stance", json!("prohibited"));
    }
    check(En, "Data location", "Customer Personal Data may be stored and processed in the United States and in any other country in which the Supplier maintains facilities.", Transfers, "stance", json!("general_authorisation"));
    check(En, "Data location", "The Supplier is headquartered in the United States and keeps Customer Personal Data in Ireland.", Transfers, "stance", json!(null));
    // A named country where the processor processes the data, and other transfers only on
    // instruction: the named destination is listed.
    let uk = "Supplier processes Customer Personal Data in the United Kingdom, which has an adequacy decision. Supplier shall not transfer Customer Personal Data to any other country outside the EEA without Customer's prior written instruction.";
    check(En, "Location and transfers", uk, Transfers, "stance", json!("listed"));
    let only_instruction = "Supplier shall not transfer Customer Personal Data to any country outside the EEA without Customer's prior written instruction.";
    check(En, "Transfers", only_instruction, Transfers, "stance", json!("instruction_only"));
    let parent = "Customer Personal Data is processed in Ireland and the Supplier's parent company is registered in the United States.";
    check(En, "Data location", parent, Transfers, "stance", json!(null));
}

/// People in a named third country who reach the data receive it: the destination is named, so
/// the stance is `listed`, whatever the heading says; reaching it "except from" a country is no
/// transfer there.
#[test]
fn data_reached_from_a_named_third_country() {
    let reached = [
        (En, "Staff and support", "Second-line support is provided by our subsidiary in Bangalore, India. Its engineers can access customer data to analyse faults."),
        (Da, "Support", "Vores supportafdeling i Indien kan tilgå kundens data, når en fejl skal rettes."),
        (De, "Unsere Mitarbeitenden", "Den Support erbringt unsere Tochtergesellschaft in Pune, Indien. Deren Mitarbeitende können zur Fehleranalyse auf Kundendaten zugreifen."),
        (Sv, "Support", "Vår supportpersonal i Indien har åtkomst till kundens personuppgifter vid felsökning."),
    ];
    for (lang, heading, text) in reached {
        check(lang, heading, text, Transfers, "stance", json!("listed"));
    }
    check(En, "Support", "Support staff may access customer data remotely, except from the United States.", Transfers, "stance", json!(null));
    check(En, "Documentation", "Trust documentation is accessible online. The Supplier's address is 100 First Street, San Francisco, USA.", Transfers, "stance", json!(null));
}

/// Transfers to the sub-processors an annex lists, as an exception to a ban, as the only
/// exception, or by the controller's instruction: the stance is `listed`; a ban without an
/// exception that merely mentions the annex stays a ban.
#[test]
fn transfers_to_the_sub_processors_an_annex_lists() {
    let listed = [
        (No, "Overføring til land utenfor EØS", "Personopplysninger skal ikke overføres til land utenfor EØS, bortsett fra til underleverandøren i Japan som er oppført i vedlegg 2."),
        (En, "Transfers outside the EEA", "Personal data are processed in the EEA. The only exception is the sub-processor in Switzerland listed in Schedule 3, which receives support tickets."),
        (Da, "Overførsel til tredjelande", "Den dataansvarlige instruerer hermed databehandleren i at lade de underdatabehandlere, der er anført i bilag 2, behandle personoplysningerne på de anførte lokationer."),
    ];
    for (lang, heading, text) in listed {
        check(lang, heading, text, Transfers, "stance", json!("listed"));
    }
    check(En, "Transfers outside the EEA", "The Processor shall not transfer personal data to a third country; its sub-processors are listed in Annex 2.", Transfers, "stance", json!("prohibited"));
}

/// Transfers allowed only on instruction "or to the sub-processors named in Annex 2" go to listed
/// recipients; remote access given to a named company in a third country, in a clause about
/// transfers, is a transfer there; a permission word denied ("kan ikke … danne grundlag for en
/// overførsel") grants nothing.
#[test]
fn transfers_to_named_recipients_besides_instructions() {
    let de = "Eine Übermittlung in ein Drittland erfolgt nur auf dokumentierte Weisung des Auftraggebers oder an die in Anlage 3 genannten Unterauftragsverarbeiter.";
    check(De, "Übermittlung in Drittländer", de, Transfers, "stance", json!("listed"));
    let en = "Transfers to a third country take place only on the Customer's documented instructions or to the sub-processors listed in Annex 3.";
    check(En, "International transfers", en, Transfers, "stance", json!("listed"));
    // Not when the instruction is denied: "no instruction has been given, and the sub-processors
    // in Annex 1 process the data only in Denmark".
    let da = "Den dataansvarlige har ikke givet instruks om overførsel, og underdatabehandlerne i bilag 1 behandler alene oplysningerne i Danmark.";
    assert_ne!(attr(Da, "Overførsel til tredjelande", da, Transfers, "stance"), Value::Text("listed".into()), "{da}");
    let access = [
        ("C.6. Instruks vedrørende overførsel af personoplysninger til tredjelande", ParagraphKind::Heading(2)),
        ("Den dataansvarlige instruerer hermed databehandleren i at give Kodefabrikken Pvt. Ltd. i Indien fjernadgang til systemet med henblik på fejlretning.", ParagraphKind::Body),
    ];
    assert_eq!(attr_paras(Da, "Instruks vedrørende overførsel af personoplysninger til tredjelande", &access, Transfers, "stance"), json!("listed"));
    let denied = "Disse bestemmelser er ikke standardkontraktsbestemmelser efter artikel 46, stk. 2, og kan ikke i sig selv danne grundlag for en overførsel til et tredjeland.";
    assert_ne!(attr(Da, "Overførsel til tredjelande", denied, Transfers, "stance"), Value::Text("general_authorisation".into()), "{denied}");
}

/// Under a lead-in that does not name sub-processors ("We currently use:"), a line without a
/// company name is still an item when it has the cells of the items before it.
#[test]
fn a_line_shaped_like_the_items_before_it_is_an_item() {
    use ParagraphKind::Body;
    let da = [
        ("Vi må bruge underdatabehandlere efter en generel godkendelse. I øjeblikket benytter vi:", Body),
        ("Fjordhost ApS – drift af servere – Danmark", Body),
        ("Kundeserviceplatform – chat og telefon", Body),
        ("Vi giver besked om nye underdatabehandlere 30 dage i forvejen.", Body),
    ];
    assert_eq!(
        attr_paras(Da, "Underdatabehandlere", &da, SubProcessors, "listed"),
        json!([{"name": "Fjordhost ApS", "location": "Danmark"}, {"name": "Kundeserviceplatform", "location": null}])
    );
    let en = [
        ("The Supplier may engage sub-processors under a general authorisation.", Body),
        ("At present we rely on:", Body),
        ("Brightwater Hosting Ltd – servers – Ireland", Body),
        ("Payroll provider – payslips", Body),
        ("We give notice of new sub-processors 30 days in advance.", Body),
    ];
    assert_eq!(
        attr_paras(En, "Sub-processors", &en, SubProcessors, "listed"),
        json!([{"name": "Brightwater Hosting Ltd", "location": "Ireland"}, {"name": "Payroll provider", "location": null}])
    );
    // The same under a heading that names sub-processors, with running text before the list.
    let headed = [
        ("UNDERLEVERANDØRER", Body),
        ("Vi bruger andre virksomheder til dele af tjenesten, og de er bundet af de samme regler som os.", Body),
        ("For tiden drejer det sig om:", Body),
        ("Bølgetryk ApS – udsendelse af breve – Danmark", Body),
        ("Betalingsudbyder – kortbetalinger", Body),
    ];
    assert_eq!(
        attr_paras(Da, "Underleverandører", &headed, SubProcessors, "listed"),
        json!([{"name": "Bølgetryk ApS", "location": "Danmark"}, {"name": "Betalingsudbyder", "location": null}])
    );
}

/// A Danish agreement whose appendices are in English: "Appendix 1 – Sub-processors" with a
/// table under it is its list of sub-processors.
#[test]
fn an_english_appendix_in_a_danish_agreement_lists_its_sub_processors() {
    use ParagraphKind::{Body, TableRow};
    let paras = [
        ("Appendix 1 – Sub-processors", Body),
        ("Sub-processor | Location | Service", TableRow),
        ("Fjordsky ApS | Aalborg, Denmark | Hosting of the platform", TableRow),
        ("Mailvej Ltd | Dublin, Ireland | E-mail delivery", TableRow),
    ];
    assert_eq!(
        attr_paras(Da, "Appendix 1 – Sub-processors", &paras, SubProcessors, "listed"),
        json!([{"name": "Fjordsky ApS", "location": "Aalborg, Denmark"}, {"name": "Mailvej Ltd", "location": "Dublin, Ireland"}])
    );
}

/// A table of sub-processors at the end of the document, then the signature table: the town and
/// country cell is the place, and the signatures' rows (places and dates, the parties) are no
/// sub-processors.
#[test]
fn the_signature_table_after_the_list_is_no_sub_processor() {
    use ParagraphKind::{Body, TableRow};
    let paras = [
        ("Bilaga 2 Underbiträden", Body),
        ("Underbiträde | Ort | Uppgift", TableRow),
        ("Bergslagen Drift AB | Örebro, Sverige | Drift och lagring", TableRow),
        ("Kysten Varsling AS | Bergen, Norge | Påminnelser via sms", TableRow),
        ("Örebro den 3 mars 2026 | Karlstad den 4 mars 2026", TableRow),
        ("För Örebro Ridklubb | För Stallappen AB", TableRow),
        ("Anna Berg, ordförande | Erik Sund, vd", TableRow),
    ];
    assert_eq!(
        attr_paras(Sv, "Bilaga 2 Underbiträden", &paras, SubProcessors, "listed"),
        json!([{"name": "Bergslagen Drift AB", "location": "Örebro, Sverige"}, {"name": "Kysten Varsling AS", "location": "Bergen, Norge"}])
    );
}

/// A German table whose name column says "Unterauftragsverarbeiter" and whose place column
/// says "Sitz": the header row is no sub-processor, and the place is the whole cell.
#[test]
fn a_german_table_of_sub_processors_with_its_header() {
    use ParagraphKind::{Body, TableRow};
    let paras = [
        ("Anlage 2 – Unterauftragsverarbeiter", Body),
        ("Unterauftragsverarbeiter | Sitz | Leistung", TableRow),
        ("Weserwolke GmbH | Bremen, Deutschland | Hosting", TableRow),
        ("Briefdienst Nord GmbH | Lübeck, Deutschland | Druck und Versand", TableRow),
    ];
    assert_eq!(
        attr_paras(De, "Anlage 2 – Unterauftragsverarbeiter", &paras, SubProcessors, "listed"),
        json!([{"name": "Weserwolke GmbH", "location": "Bremen, Deutschland"}, {"name": "Briefdienst Nord GmbH", "location": "Lübeck, Deutschland"}])
    );
}

/// German notice "sechs Wochen vor dem Einsatz" of a new sub-processor, and each party bearing
/// "die ihr … entstehenden Kosten selbst".
#[test]
fn german_notice_before_a_change_and_costs_borne_by_each() {
    let notice = "Der Anbieter informiert den Kunden mindestens sechs Wochen vor dem Einsatz eines neuen Unterauftragsverarbeiters per E-Mail.";
    check(De, "Unterauftragsverarbeiter", notice, SubProcessors, "notice_days", json!(42));
    let costs = "Jede Partei trägt die ihr im Zusammenhang mit einer Prüfung entstehenden Kosten selbst.";
    check(De, "Kontrollen", costs, Audits, "cost_bearer", json!("shared"));
}

/// Assistance that a clause says is free, or covered by the fee, is not paid assistance; the
/// service's own price in the same clause does not make it so.
#[test]
fn assistance_covered_by_the_fee_is_not_paid() {
    for (lang, heading, text) in [
        (En, "Assistance", "The Processor shall provide all assistance under this agreement at no additional charge. The subscription fees are payable annually in advance."),
        (No, "Bistand", "Databehandleren skal bistå kommunen med å oppfylle pliktene etter artikkel 32 til 36. Bistanden dekkes av det løpende vederlaget etter hovedavtalen."),
        (Da, "Bistand", "Databehandleren bistår med artikel 32-36. Bistanden er indeholdt i aftalens faste pris. Betalingen for ekstra moduler følger prisbilaget."),
        (De, "Unterstützung", "Der Auftragnehmer unterstützt den Auftraggeber nach Art. 32 bis 36 DSGVO. Die Unterstützung ist mit der Vergütung nach dem Hauptvertrag abgegolten."),
    ] {
        assert_ne!(attr(lang, heading, text, Costs, "assistance_paid"), Value::Bool(true), "{text}");
    }
    let charged = "The Supplier assists the Customer with Articles 32 to 36. Assistance that takes more than two hours in a month is charged at the Supplier's current day rate.";
    assert_eq!(attr(En, "Assistance", charged, Costs, "assistance_paid"), Value::Bool(true), "{charged}");
    check(En, "Assistance", "Assistance beyond the self-service tools is charged at the hourly rates in the price list.", Costs, "assistance_paid", json!(true));
}

/// A fee word in a sentence that calls the same thing free is part of what is free ("… is
/// covered by the monthly fee of … and not invoiced separately", "including the time spent …,
/// are free of charge"), unless the sentence turns between them: "but", a semicolon, an exception
/// or someone who pays.
#[test]
fn a_fee_in_a_sentence_that_calls_it_free() {
    for (lang, heading, text) in [
        (Da, "D.2", "Vederlag. Bistand efter punkt 9 og 10 er omfattet af det månedlige abonnement på 2.400 kr. ekskl. moms og faktureres ikke særskilt."),
        (De, "Vergütung", "Die Unterstützung nach Ziffer 7.1 ist mit der im Servicevertrag vereinbarten Vergütung von monatlich 3,20 EUR je Nutzer abgegolten."),
        (En, "Charges", "Remuneration. The assistance described in Sections 8 and 9, including the time spent by Supplier's engineers, is covered by the annual subscription and not invoiced separately."),
        (Sv, "Ersättning", "Biträdets bistånd enligt punkt 8 ingår i det årliga abonnemanget och debiteras inte separat."),
    ] {
        assert_ne!(attr(lang, heading, text, Costs, "assistance_paid"), Value::Bool(true), "{text}");
    }
    for (lang, text) in [
        (En, "Assistance with requests from data subjects is free of charge, but other assistance is charged at the hourly rates in Schedule 3."),
        (En, "Assistance under Section 8 is free of charge; assistance under Section 9 is charged at Supplier's standard rates."),
        (En, "Except for the online help pages, which are covered by the subscription fee, the Customer shall pay for assistance at the Supplier's hourly rates."),
        (Da, "Bistand med anmodninger fra registrerede er uden beregning, men anden bistand afregnes efter medgået tid."),
    ] {
        assert_eq!(attr(lang, "Assistance", text, Costs, "assistance_paid"), Value::Bool(true), "{text}");
    }
    check(En, "Audits", "Audits and inspections, including the time spent on them by the Supplier's staff, are free of charge for the Customer.", Audits, "cost_bearer", json!("processor"));
}

/// The customer's own invoicing and billing, named among the purposes of the processing, is no
/// charge for assistance; the processor invoicing its assistance is.
#[test]
fn the_customers_invoicing_is_no_fee() {
    let purpose = "Nature and purpose: hosting of the booking system so that the Customer can run its timetable, member records and invoicing; reminders; support.";
    assert_ne!(attr(En, "Nature and purpose", purpose, Costs, "assistance_paid"), Value::Bool(true), "{purpose}");
    check(En, "Assistance", "Unless otherwise agreed, the Supplier has the right to invoice the costs of the assistance under Sections 5 and 6 according to its price list.", Costs, "assistance_paid", json!(true));
}

/// An option of the Commission's clauses that the parties "removed" is no choice they made.
#[test]
fn a_removed_option_is_not_chosen() {
    let en = "The Parties have selected Option 2 (general written authorisation) in Clause 7.7(a). Option 1 (prior specific authorisation) has been removed and does not form part of these Clauses.";
    check(En, "Sub-processors", en, SubProcessors, "authorisation", json!("general"));
    let de = "Die Parteien haben die allgemeine schriftliche Genehmigung gewählt. Option 1 (vorherige gesonderte Genehmigung) wurde gestrichen.";
    check(De, "Unterauftragsverarbeiter", de, SubProcessors, "authorisation", json!("general"));
}

/// An objection "for any reason" is free; an audit the processor "shall not charge" for is at
/// its cost; "keep each backup for 30 days" is a retention period.
#[test]
fn free_objection_free_audit_and_backups_kept() {
    let subs = "The Controller gives the Processor general authorisation to engage sub-processors. The Controller may object to the change within that period for any reason and without having to give reasons.";
    check(En, "Notice and objection", subs, SubProcessors, "objection_right", json!("free"));
    check(En, "Audits", "The Controller may audit the Processor on 15 days' notice. The Processor shall not charge the Controller for audits.", Audits, "cost_bearer", json!("processor"));
    check(En, "Business continuity", "The Supplier backs up the data daily and shall keep each backup for 30 days.", Retention, "days", json!(30));
}

/// Transfers to the recipients an annex names, a mechanism named for a country outside the EU
/// without the word "transfer", and notice given "im Voraus".
#[test]
fn transfers_to_annexed_recipients_and_notice_in_advance() {
    let h = "Ort der Verarbeitung und Drittländer";
    check(De, h, "Eine Verarbeitung außerhalb der Europäischen Union erfolgt ausschließlich durch die in Anlage 2 genannten Unterauftragsverarbeiter.", Transfers, "stance", json!("listed"));
    check(En, "Transfers", "Processing outside the EEA takes place only at the sub-processors listed in Annex 3.", Transfers, "stance", json!("listed"));
    // An instruction is the controller's say, whatever the annex lists.
    check(En, "Transfers", "Processing outside the EEA takes place only on the controller's instruction and at the sub-processors listed in Annex 3.", Transfers, "stance", json!("instruction_only"));
    check(De, h, "Für die Speicherung von Sicherungskopien im Vereinigten Königreich stützen sich die Parteien auf den Angemessenheitsbeschluss der Kommission.", Transfers, "mechanism", json!("adequacy"));
    check(De, "Unterauftragsverarbeiter", "Der Auftraggeber erteilt die allgemeine Genehmigung, weitere Auftragsverarbeiter hinzuzuziehen. Der Auftragnehmer informiert den Auftraggeber mindestens vier Wochen im Voraus über jede Änderung.", SubProcessors, "notice_days", json!(28));
}

#[test]
fn transfer_mechanism() {
    let h_en = "Transfers to third countries";
    let h_da = "Overførsel til tredjelande";
    check(En, h_en, "Any transfer to a third country shall be based on the EU standard contractual clauses.", Transfers, "mechanism", json!("scc"));
    check(En, h_en, "Transfers to third countries rely on an adequacy decision of the Commission.", Transfers, "mechanism", json!("adequacy"));
    check(En, h_en, "These Clauses shall not be confused with standard contractual clauses and cannot be a basis for transfers to third countries.", Transfers, "mechanism", json!(null));
    check(Da, h_da, "Overførsel til tredjelande må kun ske, hvis databehandleren har sikret et overførselsgrundlag, f.eks. EU-Kommissionens standardkontraktbestemmelser.", Transfers, "mechanism", json!("scc"));
    check(Da, h_da, "Disse Bestemmelser skal ikke forveksles med standardkontraktsbestemmelser og kan ikke udgøre et grundlag for overførsel til tredjelande.", Transfers, "mechanism", json!(null));
}

#[test]
fn deletion_trigger_and_confirmation() {
    let h_en = "Deletion and return of data";
    let h_da = "Sletning og tilbagelevering";
    check(En, h_en, "Upon termination of the services, the Processor shall delete all personal data and confirm the deletion in writing.", DeletionReturn, "trigger", json!("end_of_service"));
    check(En, h_en, "When the subscription ends, the Vendor keeps the data for 14 days for export and then deletes it.", DeletionReturn, "trigger", json!("end_of_service"));
    check(En, h_en, "Upon termination of the services, the Processor shall delete all personal data and confirm the deletion in writing.", DeletionReturn, "confirmation", json!(true));
    check(En, h_en, "The Processor shall delete the personal data upon the Controller's written request.", DeletionReturn, "trigger", json!("on_request"));
    check(En, h_en, "Upon termination, the Processor shall delete the personal data if the Controller so requests.", DeletionReturn, "trigger", json!("on_request"));
    check(En, h_en, "This DPA remains in force until the personal data have been deleted after termination.", DeletionReturn, "trigger", json!(null));
    check(En, h_en, "Upon termination, the Processor shall delete all personal data.", DeletionReturn, "confirmation", json!(false));
    check(Da, h_da, "Ved ophør af tjenesterne er databehandleren forpligtet til at slette alle personoplysninger og bekræfte over for den dataansvarlige, at oplysningerne er slettet.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, h_da, "Databehandleren sletter alle personoplysninger, såfremt den dataansvarlige retter skriftlig henvendelse herom.", DeletionReturn, "trigger", json!("on_request"));
}

#[test]
fn audits() {
    let h_en = "Audits";
    let h_da = "Revision";
    check(En, h_en, "The Controller may audit the Processor once a year on 30 days' prior written notice.", Audits, "notice_days", json!(30));
    check(En, h_en, "The Client may inspect the Vendor's premises on at least fourteen (14) days' notice, once in any twelve-month period.", Audits, "notice_days", json!(14));
    check(Da, h_da, "Kunden kan foretage inspektion hos Leverandøren én gang årligt med 21 dages varsel.", Audits, "notice_days", json!(21));
    check(En, h_en, "The Processor shall contribute to audits, including inspections, at its own cost.", Audits, "cost_bearer", json!("processor"));
    check(En, h_en, "Audits shall be carried out at the Controller's cost.", Audits, "cost_bearer", json!("controller"));
    check(En, h_en, "The Controller may carry out an audit at its own expense.", Audits, "cost_bearer", json!("controller"));
    check(En, h_en, "The Processor shall make its ISAE 3402 audit report available and answer the Controller's questionnaire free of charge.", Audits, "cost_bearer", json!("processor"));
    check(En, h_en, "The Processor shall make its ISAE 3402 audit report available and answer the Controller's questionnaire free of charge.", Audits, "form", json!(["report", "questionnaire"]));
    check(Da, h_da, "Databehandleren skal hvert år for egen regning indhente en revisionserklæring.", Audits, "cost_bearer", json!("processor"));
    check(Da, h_da, "Omkostninger til revisor betales af den dataansvarlige.", Audits, "cost_bearer", json!("controller"));
    // The payer named outright bears the fees listed with the costs.
    check(En, h_en, "The Supplier shall bear the costs of any audit, including the fees of the independent auditor.", Audits, "cost_bearer", json!("processor"));
    check(En, h_en, "The Customer shall bear the costs of the audit, including the auditor's fees.", Audits, "cost_bearer", json!("controller"));
    check(En, h_en, "Any audit is subject to the Supplier's professional services fees.", Audits, "cost_bearer", json!("controller"));
    check(Da, h_da, "Anmodning om audit skal ske med mindst 60 dages varsel.", Audits, "notice_days", json!(60));
    check(Da, h_da, "Den dataansvarlige kan én gang årligt foretage en revision med fire ugers varsel.", Audits, "notice_days", json!(28));
    // "Before" after the period is notice; before it, "inden" / "before" means "within".
    check(Da, h_da, "Den dataansvarlige meddeler revisionen senest 14 dage inden besøget.", Audits, "notice_days", json!(14));
    check(Da, h_da, "Databehandleren sender rapporten fra revisionen inden 30 dage.", Audits, "notice_days", json!(null));
    check(En, h_en, "The Controller shall announce an inspection at least 21 days before it takes place.", Audits, "notice_days", json!(21));
    check(En, h_en, "The Processor shall remedy audit findings before 90 days have passed.", Audits, "notice_days", json!(null));
    // How often is not how long before: "once a year, on 30 days' prior notice".
    check(En, h_en, "The Customer may audit the Supplier once a year, on 30 days' prior notice.", Audits, "notice_days", json!(30));
    check(Da, h_da, "Den dataansvarlige kan én gang hver 12. måned foretage en revision med 20 dages varsel.", Audits, "notice_days", json!(20));
    check(Sv, "Granskning", "Den personuppgiftsansvarige ska meddela granskningen minst 10 dagar innan den genomförs.", Audits, "notice_days", json!(10));
    check(Da, h_da, "Databehandleren skal på skriftlig anmodning deltage i et fysisk møde hos databehandleren.", Audits, "form", json!(["meeting"]));
}

#[test]
fn paid_assistance() {
    let h_en = "Assistance";
    let h_da = "Bistand";
    check(En, h_en, "The Processor shall assist the Controller with data subject requests and may charge its hourly rates for such assistance.", Costs, "assistance_paid", json!(true));
    check(En, h_en, "The Processor shall assist the Controller with data subject requests at the Controller's cost.", Costs, "assistance_paid", json!(true));
    check(En, h_en, "The Processor shall assist the Controller with data subject requests at its own cost.", Costs, "assistance_paid", json!(false));
    check(En, h_en, "The Processor shall provide such assistance and no fees shall apply.", Costs, "assistance_paid", json!(false));
    check(En, h_en, "The Processor shall not charge any fees for this assistance.", Costs, "assistance_paid", json!(false));
    check(Da, "Vederlag", "Databehandleren har krav på betaling efter medgået tid for bistand efter databehandleraftalen.", Costs, "assistance_paid", json!(true));
    check(Da, h_da, "Databehandleren bistår den dataansvarlige uden beregning.", Costs, "assistance_paid", json!(false));
    check(Da, h_da, "Databehandleren bistår den dataansvarlige for egen regning.", Costs, "assistance_paid", json!(false));
    // Assistance the agreed price already covers is not paid on top.
    check(En, h_en, "Assistance under this clause is included in the fees payable under the Agreement.", Costs, "assistance_paid", json!(false));
    check(Da, h_da, "Bistand efter dette punkt er indeholdt i vederlaget efter hovedaftalen.", Costs, "assistance_paid", json!(false));
    check(De, "Unterstützung", "Die Unterstützung des Verantwortlichen ist durch die vereinbarte Vergütung abgegolten.", Costs, "assistance_paid", json!(false));
    check(Sv, "Bistånd", "Biträdets bistånd enligt denna punkt ingår i ersättningen enligt huvudavtalet.", Costs, "assistance_paid", json!(false));
    check(De, "Unterstützung", "Für die Unterstützung erhält der Auftragnehmer eine Vergütung nach Zeitaufwand.", Costs, "assistance_paid", json!(true));
}

#[test]
fn own_use() {
    let h_en = "Use of data";
    check(En, h_en, "The Processor may anonymise the personal data and use the anonymised data for its own purposes.", ProcessorOwnUse, "anonymisation", json!(true));
    check(En, h_en, "The Processor shall not anonymise the personal data or use it for its own purposes.", ProcessorOwnUse, "anonymisation", json!(false));
    check(Da, "Anonymisering", "Databehandleren er berettiget til at anonymisere personoplysningerne og anvende de anonyme data til egne formål.", ProcessorOwnUse, "anonymisation", json!(true));
    check(Da, "Anonymisering", "Databehandleren må ikke anonymisere personoplysningerne til egne formål.", ProcessorOwnUse, "anonymisation", json!(false));
    // The ban in the sentence before carries over ("This includes …", "Dette omfatter …").
    check(En, "Own use", "The Vendor will not use customer data for any purpose of its own. This includes making anonymised or aggregated statistics for its marketing.", ProcessorOwnUse, "anonymisation", json!(false));
    check(Da, "Egen brug", "Leverandøren bruger ikke Kundens data til egne formål. Dette omfatter også anonymiserede datasæt til produktudvikling.", ProcessorOwnUse, "anonymisation", json!(false));
    // A prohibition that closes the sentence ("… is excluded", "… ist nicht gestattet").
    check(En, h_en, "Any use of the data for the Supplier's own purposes, whether identifiable or in aggregated form, is excluded.", ProcessorOwnUse, "anonymisation", json!(false));
    check(En, h_en, "Analytics on aggregated usage data for the Supplier's own purposes are not permitted.", ProcessorOwnUse, "anonymisation", json!(false));
    check(Da, "Egen brug", "Anvendelse af oplysningerne til databehandlerens egne formål, herunder i anonymiseret form, er ikke tilladt.", ProcessorOwnUse, "anonymisation", json!(false));
    check(De, "Eigene Zwecke", "Die Nutzung der Daten zu eigenen Zwecken, einschließlich in anonymisierter Form, ist dem Dienstleister nicht gestattet.", ProcessorOwnUse, "anonymisation", json!(false));
    check(De, "Eigene Zwecke", "Jede Auswertung für eigene Zwecke des Dienstleisters, auch aggregiert, bleibt ausgeschlossen.", ProcessorOwnUse, "anonymisation", json!(false));
    check(Sv, "Egna ändamål", "Biträdets behandling för egna ändamål, även i anonymiserad form, är inte tillåten.", ProcessorOwnUse, "anonymisation", json!(false));
    // The ban carries over to the next sentence: "This also applies to …, even when anonymised."
    check(Da, "Egen brug", "Databehandleren må ikke anvende oplysningerne til egne formål. Det gælder også udvikling af nye funktioner, selv om oplysningerne forinden er anonymiseret.", ProcessorOwnUse, "anonymisation", json!(false));
    check(En, h_en, "The Supplier shall not use Customer Data for its own purposes. This also applies to product analytics, even where the data has been anonymised.", ProcessorOwnUse, "anonymisation", json!(false));
    check(De, "Eigene Zwecke", "Der Dienstleister darf die Daten nicht für eigene Zwecke nutzen. Dies gilt auch für statistische Auswertungen in anonymisierter Form.", ProcessorOwnUse, "anonymisation", json!(false));
    // A grant with a limit after it stays a grant.
    check(En, h_en, "The Supplier may use aggregated data for its own product development, but may not attempt to re-identify any individual.", ProcessorOwnUse, "anonymisation", json!(true));
    check(De, "Eigene Zwecke", "Der Dienstleister darf anonymisierte Daten für eigene Zwecke verwenden; eine Re-Identifizierung ist ausgeschlossen.", ProcessorOwnUse, "anonymisation", json!(true));
}

#[test]
fn retention() {
    check(En, "Retention", "Logs are retained for 30 days and backups are kept for three months.", Retention, "days", json!(90));
    check(Da, "Opbevaringsperiode", "Personoplysninger opbevares i 30 dage, hvorefter de slettes.", Retention, "days", json!(30));
    check(Da, "Opbevaringsperiode", "Logdata opbevares i 1 år.", Retention, "days", json!(365));
    // The deadline for deleting at the end is no retention period; a retention word that only
    // names the legal exception does not make it one. Backups kept after the end still count.
    check(En, "Retention and deletion", "Within thirty (30) days after termination, the Supplier will delete all Customer Data, unless retention is required by law.", Retention, "days", json!(null));
    check(En, "Retention and deletion", "Backups are retained for 90 days after termination and are then deleted.", Retention, "days", json!(90));
    check(Da, "Opbevaring og sletning", "Senest 30 dage efter aftalens ophør sletter databehandleren alle oplysninger, medmindre opbevaring kræves efter lovgivningen.", Retention, "days", json!(null));
    // A period stated among other topics: backups in the security measures, erasure in the
    // description of the processing.
    check(De, "Sicherheit", "Sicherungskopien der Datenbank werden 60 Tage aufbewahrt.", Retention, "days", json!(60));
    check(En, "Details of the processing", "Location data are erased automatically 90 days after they are collected.", Retention, "days", json!(90));
    // A ceiling ("for no longer than", "højst", "höchstens", "högst", "maksimalt") under a
    // heading about something else: the longest period is the retention period.
    check(En, "Security", "The Processor keeps access logs for no longer than sixty (60) days and database snapshots for no longer than fourteen (14) days.", Retention, "days", json!(60));
    check(Da, "Sikkerhed", "Logfiler over brugernes login opbevares i højst 45 dage.", Retention, "days", json!(45));
    check(De, "Technische Maßnahmen", "Protokolldaten der Zugriffe werden höchstens 30 Tage gespeichert.", Retention, "days", json!(30));
    check(Sv, "Säkerhet", "Loggar över inloggningar sparas i högst 60 dagar.", Retention, "days", json!(60));
    check(No, "Sikkerhet", "Logger over innlogginger lagres i maksimalt 90 dager.", Retention, "days", json!(90));
    // The verb in the present, its object between it and the period.
    check(En, "Security", "The Supplier retains access logs for six (6) months for troubleshooting.", Retention, "days", json!(180));
    check(Da, "Sikkerhed", "Leverandøren opbevarer adgangsloggen i 90 dage af hensyn til fejlsøgning.", Retention, "days", json!(90));
}

/// A retention period in the last sentence of a long clause about something else (security
/// measures, deletion at the end): that clause carries retention too, though its main topic
/// outweighs it, and a period "before" the data are overwritten is how long they stay, not notice.
#[test]
fn retention_inside_a_clause_about_something_else() {
    let security_da = "Databehandleren beskytter oplysningerne med passende tekniske og organisatoriske sikkerhedsforanstaltninger mod hændelig eller ulovlig tilintetgørelse, tab eller ændring og mod uautoriseret adgang. Alle forbindelser er krypterede, administratoradgang kræver tofaktorgodkendelse, og sikkerhedsopdateringer installeres løbende. Der tages dagligt sikkerhedskopi, som gemmes i 21 dage.";
    check(Da, "Sikkerhed", security_da, Retention, "days", json!(21));
    let security_en = "The Supplier maintains appropriate technical and organisational security measures, including encryption of data in transit and at rest, multi-factor authentication for administrators, vulnerability scanning and penetration testing. Deleted records may remain in encrypted backups for up to 28 days before they are overwritten.";
    check(En, "Security", security_en, Retention, "days", json!(28));
    let security_de = "Der Auftragnehmer trifft angemessene technische und organisatorische Maßnahmen zur Sicherheit der Verarbeitung, insbesondere Verschlüsselung, Zugangskontrolle und Protokollierung der Zugriffe. Die Aufnahmen der Kameras werden 45 Tage nach der Aufzeichnung gelöscht.";
    check(De, "Technische und organisatorische Maßnahmen", security_de, Retention, "days", json!(45));
    // A German separable verb ("bewahrt … auf") and the genitive of the flow-down ("derselben").
    check(De, "Sicherheit", "Protokolldaten über administrative Zugriffe bewahrt der Dienstleister 45 Tage auf.", Retention, "days", json!(45));
    check(De, "Unterauftragsverarbeiter", "Der Dienstleister verpflichtet jeden Unterauftragsverarbeiter vertraglich zur Einhaltung derselben Datenschutzpflichten, die ihn nach dieser Vereinbarung treffen.", SubProcessors, "flow_down", json!(true));
    // Notice given before a deletion is no retention period.
    check(En, "Deletion", "Before the end of the term the Supplier will notify the Customer 30 days before it deletes the stored Customer Data, and backups are deleted in the ordinary cycle.", Retention, "days", json!(null));
}

#[test]
fn deletion_on_request_as_an_extra_trigger() {
    check(En, "Deletion", "After the end of the services, or earlier at any time upon request, the Processor shall delete all personal data.", DeletionReturn, "trigger", json!("end_of_service"));
    check(De, "Löschung", "Nach Abschluss der vertraglich vereinbarten Arbeiten oder früher nach Aufforderung durch den Auftraggeber hat der Auftragnehmer sämtliche Daten zu löschen.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, "Sletning", "Efter endt samarbejde slettes alle personoplysninger, såfremt den dataansvarlige retter skriftlig henvendelse herom.", DeletionReturn, "trigger", json!("on_request"));
}

#[test]
fn general_authorisation_in_other_words() {
    check(En, "Sub-processors", "Customer hereby authorises Processor to engage the Sub-processors listed in Annex 3.", SubProcessors, "authorisation", json!("general"));
    check(En, "Sub-processors", "The Processor is entitled to use subprocessors in the provision of the Service.", SubProcessors, "authorisation", json!("general"));
    check(Da, "Underdatabehandlere", "Databehandleren er berettiget til at anvende underdatabehandlere til opfyldelse af aftalen.", SubProcessors, "authorisation", json!("general"));
    check(De, "Unterauftragsverhältnisse", "Der Auftraggeber stimmt der Beauftragung der nachfolgenden Unterauftragnehmer zu.", SubProcessors, "authorisation", json!("general"));
}

/// "May engage" allows sub-processors without asking; a bare "prior written approval" asks for
/// approval of each one.
#[test]
fn sub_processor_authorisation_without_the_words_specific_or_general() {
    let h_en = "Sub-processors";
    let h_da = "Underdatabehandlere";
    check(En, h_en, "The Processor may engage sub-processors. The Controller may object to a new sub-processor within 30 days of notice.", SubProcessors, "authorisation", json!("general"));
    check(En, h_en, "Engaging additional subcontractors is permitted, provided the client is told in writing first.", SubProcessors, "authorisation", json!("general"));
    check(En, h_en, "The Processor may engage sub-processors only with the Controller's prior written approval.", SubProcessors, "authorisation", json!("specific"));
    check(En, h_en, "The Processor shall not engage sub-processors without the prior written consent of the Controller.", SubProcessors, "authorisation", json!("specific"));
    check(En, h_en, "The Processor may not engage sub-processors.", SubProcessors, "authorisation", json!(null));
    check(En, h_en, "Customer authorizes Vendor to use the Sub-processors listed in Schedule 2.", SubProcessors, "authorisation", json!("general"));
    check(En, h_en, "Vendor may hire other companies to provide parts of the Services; they must protect the data to the same standard.", SubProcessors, "authorisation", json!("general"));
    check(En, h_en, "Vendor may hire other companies to provide parts of the Services; they must protect the data to the same standard.", SubProcessors, "flow_down", json!(true));
    check(En, h_en, "The Processor is not permitted to engage sub-processors without prior written approval.", SubProcessors, "authorisation", json!("specific"));
    check(Da, h_da, "Den dataansvarlige accepterer, at databehandleren benytter de underdatabehandlere, der fremgår af bilag B.", SubProcessors, "authorisation", json!("general"));
    check(Da, h_da, "Databehandleren må ikke anvende underdatabehandlere uden den dataansvarliges forudgående skriftlige godkendelse.", SubProcessors, "authorisation", json!("specific"));
    check(Da, h_da, "Databehandleren kan anvende underdatabehandlere. Den dataansvarlige kan gøre indsigelse mod nye underdatabehandlere.", SubProcessors, "authorisation", json!("general"));
    check(No, "Underdatabehandlere", "Databehandleren har den behandlingsansvarliges generelle godkjenning til å engasjere underdatabehandlere. Databehandleren skal varsle den behandlingsansvarlige skriftlig om planlagte endringer minst 30 dager i forveien.", SubProcessors, "notice_days", json!(30));
    check(Sv, "Underbiträden", "Nya underbiträden får anlitas endast med den personuppgiftsansvariges föregående skriftliga godkännande.", SubProcessors, "authorisation", json!("specific"));
    check(De, "Unterauftragsverhältnisse", "Der Auftragnehmer darf Unterauftragsverarbeiter nur mit vorheriger schriftlicher Zustimmung des Auftraggebers einsetzen.", SubProcessors, "authorisation", json!("specific"));
}

/// Flow-down said with "similar" or "comparable" rather than "the same".
#[test]
fn sub_processor_flow_down_in_other_words() {
    check(En, "Sub-processors", "Our sub-processors are bound by data protection duties similar to those that bind us under this DPA.", SubProcessors, "flow_down", json!(true));
    check(En, "Subcontracting", "Each subcontractor must accept data protection duties comparable to those in this agreement.", SubProcessors, "flow_down", json!(true));
    check(Da, "Underdatabehandlere", "Underdatabehandlere skal overholde vilkår, som i det væsentlige svarer til vilkårene i denne databehandleraftale.", SubProcessors, "flow_down", json!(true));
    check(De, "Unterauftragsverhältnisse", "Der Auftragnehmer hat dem Unterauftragnehmer vergleichbare Datenschutzpflichten aufzuerlegen.", SubProcessors, "flow_down", json!(true));
}

/// "To any country" names no destination; a permission tied to an annex's list names them.
#[test]
fn transfer_stance_by_destination() {
    let h_en = "Transfers to third countries";
    let h_da = "Overførsel til tredjelande";
    check(En, h_en, "You allow us to transfer personal data to any country in which our providers operate.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "The Processor shall not transfer personal data to any country outside the EEA.", Transfers, "stance", json!("prohibited"));
    check(En, h_en, "The Controller agrees that the Processor may transfer personal data to the third countries where the sub-processors in Annex 3 are located.", Transfers, "stance", json!("listed"));
    check(Da, h_da, "Databehandleren kan overføre personoplysninger til de tredjelande, hvor underdatabehandlerne nævnt i bilag 3 er placeret.", Transfers, "stance", json!("listed"));
    check(En, h_en, "We shall not transfer, or let any of our sub-processors transfer, personal data to a country outside the EEA or to an international organisation without your prior consent.", Transfers, "stance", json!("instruction_only"));
    check(En, h_en, "Personal data may be processed outside the EEA by the Processor and its sub-processors.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "Personal data shall not be processed outside the EU/EEA.", Transfers, "stance", json!("prohibited"));
    check(Da, h_da, "Personoplysningerne kan behandles uden for EU/EØS af databehandlerens underleverandører.", Transfers, "stance", json!("general_authorisation"));
    check(Da, h_da, "Personoplysninger må ikke behandles uden for EU/EØS.", Transfers, "stance", json!("prohibited"));
    check(No, "Overføring til tredjeland", "Personopplysninger må ikke behandles utenfor EU/EØS.", Transfers, "stance", json!("prohibited"));
    check(Da, h_da, "Databehandleren overfører ikke personoplysninger til lande uden for EU.", Transfers, "stance", json!("prohibited"));
    check(De, "Drittlandübermittlung", "Eine Verlagerung der Daten in einen Drittstaat ist nur mit vorheriger Zustimmung des Auftraggebers und unter den Voraussetzungen der Art. 44 ff. DS-GVO zulässig.", Transfers, "stance", json!("instruction_only"));
}

/// The transfer tool named in a sentence of its own.
#[test]
fn transfer_mechanism_in_the_next_sentence() {
    check(En, "Transfers to third countries", "Transfers to third countries require the Controller's prior documented instruction. The standard contractual clauses shall then apply.", Transfers, "mechanism", json!("scc"));
    check(Da, "Tredjelandsoverførsler", "Databehandleren må kun overføre personoplysninger til tredjelande efter dokumenteret instruks. Sker der overførsel, bruges Kommissionens standardkontraktbestemmelser.", Transfers, "mechanism", json!("scc"));
}

#[test]
fn deletion_said_in_the_passive() {
    check(En, "Term and termination", "After termination of the services, the personal data will be deleted.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, "Ophør", "Ved aftalens ophør vil alle personoplysninger blive slettet.", DeletionReturn, "trigger", json!("end_of_service"));
    check(En, "Deletion", "When the contract ends, Vendor will erase Customer Personal Data within 30 days.", DeletionReturn, "trigger", json!("end_of_service"));
}

#[test]
fn danish_supervision_visits_are_audits() {
    let text = "Den dataansvarlige kan én gang om året for egen regning foretage tilsyn hos databehandleren med 4 ugers varsel.";
    check(Da, "Tilsyn", text, Audits, "form", json!(["inspection"]));
    check(Da, "Tilsyn", text, Audits, "cost_bearer", json!("controller"));
    check(Da, "Tilsyn", text, Audits, "notice_days", json!(28));
}

/// Clauses that say the opposite of a red flag must not raise it.
#[test]
fn negated_grounds_and_costs() {
    let gen_en = "The Controller grants a general authorisation to engage sub-processors. ";
    check(En, "Sub-processors", &format!("{gen_en}The Controller may object to any new sub-processor without giving reasons."), SubProcessors, "objection_right", json!("free"));
    check(En, "Sub-processors", &format!("{gen_en}The Controller may not object unless it has reasonable grounds relating to data protection."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Underdatabehandlere", "Den dataansvarlige giver generel godkendelse til brug af underdatabehandlere og kan gøre indsigelse mod nye underdatabehandlere uden begrundelse.", SubProcessors, "objection_right", json!("free"));
    check(En, "Sub-processors", &format!("{gen_en}The Controller may not object to the engagement of sub-processors."), SubProcessors, "objection_right", json!("restricted"));
    check(Sv, "Underbiträden", "Den personuppgiftsansvarige lämnar ett allmänt förhandstillstånd till att anlita underbiträden och kan invända mot nya underbiträden utan att ange skäl.", SubProcessors, "objection_right", json!("free"));
    check(No, "Underdatabehandlere", "Den behandlingsansvarlige gir generell godkjenning til bruk av underdatabehandlere og kan protestere mot nye underdatabehandlere uten begrunnelse.", SubProcessors, "objection_right", json!("free"));
    check(De, "Kontrollen", "Der Auftraggeber trägt keine Kosten für Kontrollen, die mit einer Frist von 14 Tagen angemeldet werden.", Audits, "notice_days", json!(14));
    check(De, "Drittlandübermittlung", "Der Auftragnehmer darf personenbezogene Daten nicht in ein Drittland übermitteln.", Transfers, "stance", json!("prohibited"));
    check(De, "Löschung", "Nach Beendigung des Vertrags löscht der Auftragnehmer sämtliche personenbezogenen Daten.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, "Revision", "Den dataansvarlige afholder ingen omkostninger ved revision, som kan ske med 14 dages varsel.", Audits, "cost_bearer", json!(null));
    check(En, "Audits", "The Controller shall not bear any costs of audits, which may take place on 14 days' notice.", Audits, "cost_bearer", json!(null));
}

#[test]
fn audit_costs_each_party_bears_its_own() {
    check(En, "Audits", "Each party shall bear its own costs in connection with an audit.", Audits, "cost_bearer", json!("shared"));
    check(Da, "Revision", "Hver part afholder egne omkostninger i forbindelse med revisionen.", Audits, "cost_bearer", json!("shared"));
    check(Da, "Sletning", "Databehandleren sletter personoplysningerne, når den dataansvarlige anmoder herom.", DeletionReturn, "trigger", json!("on_request"));
    // One party's own costs "and the other party its own": shared, said once.
    check(Da, "Revision", "Den dataansvarlige kan foretage inspektion med 30 dages varsel, hvor den dataansvarlige betaler sine egne omkostninger og databehandleren sine.", Audits, "cost_bearer", json!("shared"));
    check(En, "Audits", "The Controller may inspect the premises on 30 days' notice; the Controller bears its own costs and the Processor its own.", Audits, "cost_bearer", json!("shared"));
    check(De, "Kontrollen", "Der Auftraggeber darf Inspektionen mit 30 Tagen Vorlauf durchführen; dabei trägt der Auftraggeber seine eigenen Kosten und der Auftragnehmer seine.", Audits, "cost_bearer", json!("shared"));
    // A lead before a colon names the topic ("the controller's audits"), not who pays; each side
    // pays for what it does ("afholder selv sine omkostninger").
    let lead = "C.7 Procedurer for den dataansvarliges revision: Databehandleren indhenter hvert år for egen regning en ISAE 3000-erklæring og sender den til den dataansvarlige. Den dataansvarlige kan herudover foretage fysisk inspektion med 14 dages varsel og afholder selv sine omkostninger hertil.";
    check(Da, "Bilag C", lead, Audits, "cost_bearer", json!("shared"));
    check(Sv, "Granskning", "Granskning på den personuppgiftsansvariges begäran: Biträdet tar varje år fram en ISAE 3000-rapport på egen bekostnad. Den personuppgiftsansvarige får därutöver granska på plats och står själv för sina kostnader.", Audits, "cost_bearer", json!("shared"));
}

/// The heading of a section without numbers reads as the first line of its clause ("Sletning ved
/// ophør" over the paragraph): it names the topic and sets no trigger; the sentences do.
#[test]
fn a_heading_line_sets_no_deletion_trigger() {
    let cases = [
        (Da, "Sletning ved ophør", "Når abonnementet ophører, kan klubben eksportere sine data i 30 dage. Leverandøren sletter klubbens oplysninger, når klubben anmoder om det."),
        (En, "Deletion on termination", "When the subscription ends, the club may export its data for 30 days. The Supplier deletes the club's data upon the club's request."),
    ];
    for (lang, heading, body) in cases {
        let got = attr_paras(lang, heading, &[(heading, ParagraphKind::Heading(2)), (body, ParagraphKind::Body)], DeletionReturn, "trigger");
        assert_eq!(got, json!("on_request"), "{heading}");
    }
}

#[test]
fn audit_costs_free_of_charge_for_the_controller() {
    check(En, "Audits", "You may audit our compliance once a year on 30 days' notice. Audits are free of charge for you.", Audits, "cost_bearer", json!("processor"));
    check(En, "Audits", "You may audit our compliance once a year. You shall bear the costs of the audit.", Audits, "cost_bearer", json!("controller"));
}

#[test]
fn processing_places() {
    check(En, "Location of processing", "All personal data is hosted in data centres located in Germany and Ireland.", ProcessingLocation, "places", json!(["Germany", "Ireland"]));
    check(Da, "Lokalitet for behandling", "Lokation for behandling: Herstedvang 8, 2620 Albertslund", ProcessingLocation, "places", json!(["Herstedvang 8, 2620 Albertslund"]));
    check(En, "Location of processing", "The list of data centre locations is at: https://example.com/locations", ProcessingLocation, "places", json!(null));
}

#[test]
fn glued_hour_units_only() {
    check(En, "Personal data breach", "The Processor shall notify the Controller of any personal data breach within 48h.", BreachNotification, "deadline_hours", json!(48));
    check(En, "Personal data breach", "The Processor shall notify the Controller of a personal data breach as required by Article 28(3)(h) and Article 33.", BreachNotification, "deadline_hours", json!(null));
}

#[test]
fn service_fees_are_not_paid_assistance() {
    check(En, "Fees", "The fees for the Services are set out in the Agreement.", Costs, "assistance_paid", json!(false));
    check(En, "Fees", "The Processor may charge its standard rates for work performed at the Controller's request. Such work includes assistance with audits and data subject requests.", Costs, "assistance_paid", json!(true));
}

#[test]
fn objection_answered_by_termination() {
    let gen = "The Processor is entitled to use sub-processors. ";
    check(En, "Sub-processors", &format!("{gen}The Customer may object to the change in writing. The parties shall seek an alternative. If no solution is found, the Customer may terminate the Agreement."), SubProcessors, "objection_right", json!("restricted"));
}

/// Whole blocks: a retention table, a scope table with a header row, a sub-processor annex with
/// an introduction and a subtitle.
#[test]
fn tables_and_annex_lists() {
    use ParagraphKind::{Body, ListItem, TableRow};
    let retention = [
        ("Lagringstider", Body),
        ("Datatyp | Lagringstid | Skäl", TableRow),
        ("Serverloggar | 12 månader | Säkerhet", TableRow),
        ("Supportärenden | 6 månader | Kundtjänst", TableRow),
    ];
    assert_eq!(attr_paras(Sv, "Lagringstider", &retention, Retention, "days"), json!(360));
    let subjects = [
        ("Categories of data subjects", Body),
        ("Category | Description", TableRow),
        ("Employees | Staff using the service", TableRow),
        ("Customers | Persons who contact the helpdesk", TableRow),
        ("4.2 Nature of the processing", Body),
        ("Storage and retrieval of tickets", Body),
    ];
    assert_eq!(attr_paras(En, "Details of the processing", &subjects, Scope, "data_subjects"), json!(["Employees", "Customers"]));
    let da_rows = [("Registrerede | Medarbejdere, elever", TableRow), ("Almindelige oplysninger | Navn, e-mail", TableRow)];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &da_rows, Scope, "data_subjects"), json!(["Medarbejdere", "elever"]));
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &da_rows, Scope, "data_types"), json!(["Navn", "e-mail"]));
    let annex = [
        ("Appendix 2 – Approved sub-processors", Body),
        ("To the Data Processing Agreement", Body),
        ("The Processor relies on companies in its group to run its data centres, as described below.", Body),
        ("Nordlys Drift AB (reg. no. 556000-0000), provides network operations and support to the Processor", Body),
        ("Fjellnett AS, Oslo, Norway – backup storage", Body),
    ];
    assert_eq!(
        attr_paras(En, "Approved sub-processors", &annex, SubProcessors, "listed"),
        json!([{"name": "Nordlys Drift AB", "location": null}, {"name": "Fjellnett AS", "location": "Oslo, Norway"}])
    );
    // A table with both an address and a country: the country says where the data are.
    let da_table = [
        ("Bilag 2 – Godkendte underdatabehandlere", Body),
        ("Navn | Adresse | Behandling | Land", TableRow),
        ("Fjordhost ApS | Havnevej 3, 6700 Esbjerg | Drift af servere | Danmark", TableRow),
        ("Postflow AB | Storgatan 8, Malmö | Udsendelse af e-mails | Sverige", TableRow),
    ];
    assert_eq!(
        attr_paras(Da, "Godkendte underdatabehandlere", &da_table, SubProcessors, "listed"),
        json!([{"name": "Fjordhost ApS", "location": "Danmark"}, {"name": "Postflow AB", "location": "Sverige"}])
    );
    // Only an address: it stands for the location.
    let en_table = [("Approved sub-processors", Body), ("Company | Address | Service", TableRow), ("Cloudnest Ltd | 4 Quay Street, Dublin, Ireland | Hosting", TableRow)];
    assert_eq!(
        attr_paras(En, "Approved sub-processors", &en_table, SubProcessors, "listed"),
        json!([{"name": "Cloudnest Ltd", "location": "4 Quay Street, Dublin, Ireland"}])
    );
    let inline = [("The Processor currently uses the following sub-processors: Skyhost GmbH (Germany), Mailrelay Inc. (United States).", Body)];
    assert_eq!(
        attr_paras(En, "Sub-processors", &inline, SubProcessors, "listed"),
        json!([{"name": "Skyhost GmbH", "location": "Germany"}, {"name": "Mailrelay Inc.", "location": "United States"}])
    );
    // Bullets under a sub-processor heading that are the clause's sentences name no one; a
    // bullet that is a name still is.
    let sentences = [
        ("Article 5 – Sub-processors", Body),
        ("(a) The Customer gives the Supplier a general authorisation to engage sub-processors for hosting, payments and e-mail delivery.", ListItem(0)),
        ("(b) The Supplier shall announce any new sub-processor on its website at least thirty (30) days before it starts.", ListItem(0)),
    ];
    assert_eq!(attr_paras(En, "Sub-processors", &sentences, SubProcessors, "listed"), json!(null));
    let names = [
        ("Approved sub-processors", Body),
        ("Harbourcloud Ltd, Cork, Ireland – hosting of the platform and of the nightly backups of all customer data", ListItem(0)),
        ("Textwire GmbH, Leipzig, Germany – SMS delivery", ListItem(0)),
    ];
    assert_eq!(
        attr_paras(En, "Sub-processors", &names, SubProcessors, "listed"),
        json!([{"name": "Harbourcloud Ltd", "location": "Cork, Ireland"}, {"name": "Textwire GmbH", "location": "Leipzig, Germany"}])
    );
    // Towns and countries between commas after each name; a bracket in lower case is the task.
    let towns = [("Databehandleren anvender følgende underdatabehandlere: Serverhuset Vest ApS, Herning, Danmark (drift af servere) og Smsfabrikken A/S, Aalborg, Danmark (udsendelse af sms).", Body)];
    assert_eq!(
        attr_paras(Da, "Underdatabehandlere", &towns, SubProcessors, "listed"),
        json!([{"name": "Serverhuset Vest ApS", "location": "Herning, Danmark"}, {"name": "Smsfabrikken A/S", "location": "Aalborg, Danmark"}])
    );
    let towns_en = [("The Processor uses these sub-processors: Harbourcloud Ltd, Cork, Ireland (hosting), Textwire GmbH, Leipzig (SMS delivery) and Ledgerly Inc. (Toronto, Canada).", Body)];
    assert_eq!(
        attr_paras(En, "Sub-processors", &towns_en, SubProcessors, "listed"),
        json!([{"name": "Harbourcloud Ltd", "location": "Cork, Ireland"}, {"name": "Textwire GmbH", "location": "Leipzig"}, {"name": "Ledgerly Inc.", "location": "Toronto, Canada"}])
    );
}

/// A table whose header row starts with the label names the items in its first column; a label
/// followed by its items in the next cell stays a labelled row; a template's blank is no item.
#[test]
fn scope_tables_headed_by_the_label_and_blanks() {
    use ParagraphKind::{Body, ListItem, TableRow};
    let columns = [
        ("Typer av uppgifter | Bevarandetid | Syfte", TableRow),
        ("Supportärenden | 24 månader | Kundtjänst", TableRow),
        ("Inloggningsloggar | 6 månader | Säkerhet", TableRow),
    ];
    assert_eq!(attr_paras(Sv, "Behandlingens omfattning", &columns, Scope, "data_types"), json!(["Supportärenden", "Inloggningsloggar"]));
    let columns_en = [
        ("Categories of data subjects | Source", TableRow),
        ("Website visitors | Contact form", TableRow),
        ("Newsletter subscribers | Sign-up page", TableRow),
    ];
    assert_eq!(attr_paras(En, "Details of the processing", &columns_en, Scope, "data_subjects"), json!(["Website visitors", "Newsletter subscribers"]));
    // Label and items: one word in the next cell, and the next row another label.
    let labelled = [("Registrerede | Kursister", TableRow), ("Kategorier af personoplysninger | Navn", TableRow)];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &labelled, Scope, "data_subjects"), json!(["Kursister"]));
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &labelled, Scope, "data_types"), json!(["Navn"]));
    let blanks = [
        ("Categories of personal data: [to be completed by the Customer]", Body),
        ("Data subjects | [INSERT]", TableRow),
        ("Purpose | Hosting", TableRow),
    ];
    assert_eq!(attr_paras(En, "Description of the processing", &blanks, Scope, "data_types"), json!(null));
    assert_eq!(attr_paras(En, "Description of the processing", &blanks, Scope, "data_subjects"), json!(null));
    // Items keep their words, not their list markers; an initial is no marker.
    let marked = [("Kategorier af registrerede:", Body), ("a) Elever", Body), ("(ii) Forældre", Body), ("3. Lærere", Body)];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &marked, Scope, "data_subjects"), json!(["Elever", "Forældre", "Lærere"]));
    let listed = [("Categories of data subjects:", Body), ("A. P. Smith's customers", ListItem(0))];
    assert_eq!(attr_paras(En, "Description of the processing", &listed, Scope, "data_subjects"), json!(["A. P. Smith's customers"]));
    let listed_blank = [("Types of personal data:", Body), ("- name and e-mail address", ListItem(0)), ("- ____________", ListItem(0))];
    assert_eq!(attr_paras(En, "Description of the processing", &listed_blank, Scope, "data_types"), json!(["name and e-mail address"]));
    // A list item in lower case that ends on the label ("… hos den registrerede", "… to the data
    // subject") is no heading: the rights listed after it are no data subjects.
    let rights_da = [
        ("Behandlingen omfatter følgende kategorier af registrerede:", Body),
        ("Kunder", ListItem(0)),
        ("Medarbejdere", ListItem(0)),
        ("Databehandleren bistår med at overholde:", Body),
        ("oplysningspligten over for den registrerede", ListItem(0)),
        ("indsigtsretten", ListItem(0)),
        ("retten til berigtigelse", ListItem(0)),
    ];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &rights_da, Scope, "data_subjects"), json!(["Kunder", "Medarbejdere"]));
    let rights_en = [
        ("Categories of data subjects:", Body),
        ("Patients", ListItem(0)),
        ("The Processor assists with:", Body),
        ("information to be given to the data subjects", ListItem(0)),
        ("the right of access", ListItem(0)),
    ];
    assert_eq!(attr_paras(En, "Scope of the processing", &rights_en, Scope, "data_subjects"), json!(["Patients"]));
}

/// A country after "outside" is where the data is not, unless the sentence denies the outside.
#[test]
fn places_outside_a_country_are_no_places() {
    check(En, "Location of processing", "If the Customer chooses a data centre outside Germany, the Customer accepts the operator of that data centre.", ProcessingLocation, "places", json!(null));
    check(En, "Location of processing", "Personal data is never processed outside the EEA.", ProcessingLocation, "places", json!(["EEA"]));
    check(De, "Ort der Verarbeitung", "Die Verarbeitung findet ausschließlich in einem Mitgliedstaat der Europäischen Union statt.", ProcessingLocation, "places", json!(["Europäischen Union"]));
    check(De, "Ort der Verarbeitung", "Wählt der Kunde einen Standort außerhalb Deutschlands, gelten die Bedingungen des Betreibers.", ProcessingLocation, "places", json!(null));
    check(Da, "Behandlingssted", "Behandlingen må ikke finde sted uden for EU.", ProcessingLocation, "places", json!(["EU"]));
    check(Sv, "Plats för behandling", "Personuppgifterna behandlas i Sverige och Finland.", ProcessingLocation, "places", json!(["Sverige", "Finland"]));
    check(Sv, "Plats för behandling", "Om kunden väljer en server utanför Sverige gäller särskilda villkor.", ProcessingLocation, "places", json!(null));
}

#[test]
fn deletion_confirmed_in_other_words() {
    check(Sv, "Åtgärder vid upphörande", "Biträdet intygar skriftligen inom en månad att radering har skett.", DeletionReturn, "confirmation", json!(true));
    check(Da, "Ophør", "Ved aftalens ophør sletter databehandleren alle personoplysninger og bekræfter sletningen skriftligt.", DeletionReturn, "confirmation", json!(true));
}

// ---- Issue 21: wordings seen in real DPAs nobody tuned to, said here in our own words. ----

/// An objection that must rest on reasons (reasonable, data-protection, objective grounds) is
/// `restricted`, however the condition is phrased.
#[test]
fn objection_conditioned_on_grounds() {
    let gen_en = "We may engage sub-processors under the general authorisation given in this DPA. ";
    let gen_da = "Den dataansvarlige giver generel godkendelse til brug af underdatabehandlere. ";
    check(En, "Sub-processors", &format!("{gen_en}The Customer may object to a new sub-processor on reasonable grounds relating to data protection by notifying us within ten days."), SubProcessors, "objection_right", json!("restricted"));
    check(En, "Sub-processors", &format!("{gen_en}If the Customer has a legitimate data protection concern about a new sub-processor, it may object in writing."), SubProcessors, "objection_right", json!("restricted"));
    check(En, "Sub-processors", &format!("{gen_en}The Customer may reasonably object to the appointment of a new sub-processor."), SubProcessors, "objection_right", json!("restricted"));
    check(En, "Sub-processors", &format!("{gen_en}Any objection must be based on documented concerns about the sub-processor's compliance with data protection law."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Underdatabehandlere", &format!("{gen_da}Den dataansvarlige kan gøre indsigelse mod en ny underdatabehandler, hvis der er rimelig grund hertil."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Underdatabehandlere", &format!("{gen_da}Indsigelse kan alene gøres af saglige, databeskyttelsesretlige årsager."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Underdatabehandlere", &format!("{gen_da}Den dataansvarlige kan inden 14 dage gøre indsigelse mod ændringen, hvis den dataansvarlige har en begrundet indvending vedrørende databeskyttelse."), SubProcessors, "objection_right", json!("restricted"));
    check(Sv, "Underbiträden", "Den personuppgiftsansvarige lämnar ett allmänt förhandstillstånd till att anlita underbiträden. Den personuppgiftsansvarige får invända mot ett nytt underbiträde endast om det finns sakliga skäl.", SubProcessors, "objection_right", json!("restricted"));
    check(De, "Unterauftragsverhältnisse", "Der Auftraggeber erteilt die allgemeine Genehmigung zur Beauftragung von Unterauftragsverarbeitern. Der Auftraggeber kann der Änderung nur aus wichtigem datenschutzrechtlichem Grund widersprechen.", SubProcessors, "objection_right", json!("restricted"));
    // Near misses: an unconditioned objection stays free, whatever else the clause says about reasons.
    check(En, "Sub-processors", &format!("{gen_en}The Customer may object to any new sub-processor within 30 days. We will give reasons for each change."), SubProcessors, "objection_right", json!("free"));
    check(Da, "Underdatabehandlere", &format!("{gen_da}Den dataansvarlige kan gøre indsigelse inden 30 dage. Databehandleren skal begrunde ændringen."), SubProcessors, "objection_right", json!("free"));
}

/// Obligations passed on by equivalence rather than by the Art. 28(4) formula.
#[test]
fn flow_down_by_equivalence() {
    check(En, "Sub-processors", "The Processor shall ensure that each sub-processor is bound by data protection terms no less protective than those in this DPA.", SubProcessors, "flow_down", json!(true));
    check(En, "Sub-processors", "Any sub-processor shall be subject to the same obligations as the Processor under this Agreement.", SubProcessors, "flow_down", json!(true));
    check(En, "Subcontracting", "We will enter into a written agreement with every sub-processor that provides at least the same level of protection for personal data as this Addendum.", SubProcessors, "flow_down", json!(true));
    check(Da, "Underdatabehandlere", "Databehandleren skal sikre, at underdatabehandleren er underlagt vilkår, der ikke er mindre beskyttende end vilkårene i denne aftale.", SubProcessors, "flow_down", json!(true));
    check(Da, "Underdatabehandlere", "Underdatabehandleren skal være underlagt de samme forpligtelser som databehandleren efter denne aftale.", SubProcessors, "flow_down", json!(true));
    check(Da, "Underdatabehandlere", "Databehandleren indgår en skriftlig aftale med underdatabehandleren, som sikrer mindst samme beskyttelsesniveau som denne databehandleraftale.", SubProcessors, "flow_down", json!(true));
    // Near misses: the same words about something other than the sub-processor's obligations.
    check(En, "Sub-processors", "The Processor remains liable for its sub-processors in the same way as for its own acts.", SubProcessors, "flow_down", json!(false));
    check(Da, "Underdatabehandlere", "Databehandleren hæfter for underdatabehandlerens behandling på samme måde som for sin egen.", SubProcessors, "flow_down", json!(false));
}

/// Transfers that "take place under" a tool are allowed in general; "only within the EU/EEA"
/// with an exception by consent is `instruction_only`; an absolute ban is `prohibited`.
#[test]
fn transfer_stance_in_real_wordings() {
    let h_en = "International transfers";
    let h_da = "Overførsel til tredjelande";
    check(En, h_en, "Where personal data is transferred outside the EEA, such transfers take place under appropriate safeguards such as the standard contractual clauses.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "Transfers of personal data to third countries are made on the basis of the standard contractual clauses adopted by the Commission.", Transfers, "stance", json!("general_authorisation"));
    check(En, h_en, "Personal data is processed only within the EU/EEA. Processing outside the EU/EEA requires the prior written consent of the Controller.", Transfers, "stance", json!("instruction_only"));
    check(En, h_en, "Under no circumstances will personal data be transferred to a third country.", Transfers, "stance", json!("prohibited"));
    check(Da, h_da, "Personoplysninger behandles udelukkende inden for EU/EØS. Behandling uden for EU/EØS kræver den dataansvarliges forudgående skriftlige samtykke.", Transfers, "stance", json!("instruction_only"));
    check(Da, h_da, "Overførsel til tredjelande sker på grundlag af EU-Kommissionens standardkontraktbestemmelser.", Transfers, "stance", json!("general_authorisation"));
    check(Da, h_da, "Personoplysningerne må under ingen omstændigheder overføres til tredjelande.", Transfers, "stance", json!("prohibited"));
    check(Sv, "Överföring till tredje land", "Personuppgifter behandlas endast inom EU/EES. Behandling utanför EU/EES kräver den personuppgiftsansvariges skriftliga godkännande i förväg.", Transfers, "stance", json!("instruction_only"));
}

/// "Upon termination … delete or return", in the orders and forms real agreements use.
#[test]
fn deletion_at_termination_in_real_wordings() {
    let h_en = "Return and deletion";
    let h_da = "Sletning og tilbagelevering";
    check(En, h_en, "Upon termination of the Agreement, the Processor shall, at the choice of the Controller, delete or return all personal data.", DeletionReturn, "trigger", json!("end_of_service"));
    check(En, h_en, "On expiry or termination of the Main Agreement, the Supplier will return or destroy all Customer Personal Data.", DeletionReturn, "trigger", json!("end_of_service"));
    check(En, h_en, "Following the end of the provision of the services, we will securely erase your personal data.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, h_da, "Ved ophør af databehandlingen skal databehandleren efter den dataansvarliges valg slette eller tilbagelevere alle personoplysninger.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, h_da, "Når aftalen ophører, tilbageleverer eller destruerer databehandleren personoplysningerne.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, h_da, "Efter aftalens udløb sletter leverandøren alle kundens data.", DeletionReturn, "trigger", json!("end_of_service"));
}

/// A report or certificate offered before (or instead of) an inspection counts as a form too.
#[test]
fn audit_forms_and_costs_in_real_wordings() {
    check(En, "Audits", "The Processor will first provide its most recent SOC 2 report; only if this proves insufficient may the Controller conduct an on-site inspection.", Audits, "form", json!(["report", "inspection"]));
    check(En, "Audits", "Audits are at Customer's expense.", Audits, "cost_bearer", json!("controller"));
    check(En, "Audits", "Customer shall reimburse the Processor for any time spent on an audit at the Processor's then-current rates.", Audits, "cost_bearer", json!("controller"));
    check(Da, "Revision", "Databehandleren stiller sin ISAE 3000-erklæring til rådighed. Den dataansvarlige kan herudover foretage fysisk inspektion.", Audits, "form", json!(["report", "inspection"]));
    // A certificate "enligt ISO/IEC 27001" (the IEC between) is a report too.
    check(Sv, "Granskning", "Biträdet visar i första hand efterlevnaden genom ett giltigt certifikat enligt ISO/IEC 27001. Den ansvarige får därutöver genomföra inspektion.", Audits, "form", json!(["report", "inspection"]));
    check(En, "Audits", "Provider holds a certification under ISO/IEC 27001 and the Customer may carry out an on-site inspection once a year.", Audits, "form", json!(["report", "inspection"]));
    check(Da, "Revision", "Den dataansvarlige afholder alle omkostninger forbundet med revisionen.", Audits, "cost_bearer", json!("controller"));
    check(Da, "Revision", "Den dataansvarlige betaler databehandlerens medgåede tid i forbindelse med inspektioner.", Audits, "cost_bearer", json!("controller"));
}

/// "Stored in", "hosted in", "servers in": the place is read from the sentence.
#[test]
fn processing_places_in_real_wordings() {
    check(En, "Data location", "Customer Data is stored in Frankfurt, Germany.", ProcessingLocation, "places", json!(["Germany"]));
    check(En, "Hosting", "Our servers are located in the Netherlands.", ProcessingLocation, "places", json!(["Netherlands"]));
    check(Da, "Lokation", "Data opbevares i datacentre i Danmark.", ProcessingLocation, "places", json!(["Danmark"]));
}

/// List lines with dash-separated cells: the name is the first cell, the place any later one.
#[test]
fn annex_list_lines_with_dashes() {
    use ParagraphKind::Body;
    let paras = [
        ("Annex 2 – List of sub-processors", Body),
        ("Amazon Web Services EMEA SARL – hosting – Ireland", Body),
        ("Zendesk Inc. – customer support tooling", Body),
        ("Stripe Payments Europe Ltd | payments | Ireland", Body),
    ];
    assert_eq!(
        attr_paras(En, "Annex 2 – List of sub-processors", &paras, SubProcessors, "listed"),
        json!([
            {"name": "Amazon Web Services EMEA SARL", "location": "Ireland"},
            {"name": "Zendesk Inc.", "location": null},
            {"name": "Stripe Payments Europe Ltd", "location": "Ireland"}
        ])
    );
}

/// Plain-language Danish: "vi" is the processor and "du" the controller, and the same attributes
/// are said without the legal words.
#[test]
fn plain_danish_attributes() {
    let gen = "Du giver os en generel tilladelse til at bruge underdatabehandlere. ";
    check(Da, "Underleverandører", &format!("{gen}Du kan kun sige nej til en ny underleverandør, hvis du har en saglig grund."), SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Underleverandører", "Vi kræver, at vores underleverandører passer mindst lige så godt på dine data, som vi gør efter denne aftale.", SubProcessors, "flow_down", json!(true));
    check(Da, "Når aftalen slutter", "Når aftalen slutter, sletter vi dine data, hvis du beder os om det.", DeletionReturn, "trigger", json!("on_request"));
    check(Da, "Revision", "Vil du selv besøge os og kontrollere vores sikkerhed, betaler du selv for det.", Audits, "cost_bearer", json!("controller"));
}

/// Swedish SaaS wording: a general prior permission ("generellt förhandstillstånd"), an objection
/// whose only remedy is to terminate, and flow-down by "minst lika skyddande".
#[test]
fn swedish_saas_attributes() {
    let gen = "Kunden ger Leverantören ett generellt förhandstillstånd att anlita underbiträden. ";
    check(Sv, "Underbiträden", gen, SubProcessors, "authorisation", json!("general"));
    check(Sv, "Underbiträden", &format!("{gen}Kunden kan invända, men den enda möjligheten är då att säga upp tjänsten."), SubProcessors, "objection_right", json!("restricted"));
    check(Sv, "Underbiträden", "Leverantören ser till att varje underbiträde ger ett skydd som är minst lika skyddande som detta avtal.", SubProcessors, "flow_down", json!(true));
}

/// Norwegian SaaS wording: "generell tillatelse", an objection only on "saklig grunn", and
/// deletion or return only when the customer asks ("dersom Kunden ber om det").
#[test]
fn norwegian_saas_attributes() {
    let gen = "Kunden gir Leverandøren en generell tillatelse til å bruke underleverandører. ";
    check(No, "Underleverandører", gen, SubProcessors, "authorisation", json!("general"));
    check(No, "Underleverandører", &format!("{gen}Kunden kan bare protestere når det foreligger en saklig grunn."), SubProcessors, "objection_right", json!("restricted"));
    check(No, "Sletting", "Etter opphør sletter eller leverer Leverandøren tilbake personopplysningene dersom Kunden ber om det.", DeletionReturn, "trigger", json!("on_request"));
}

/// Sub-processors named in running text, in an inline list joined by "and", after a lead-in that
/// does not say "sub-processors", and on numbered lines: each with the place written after it.
#[test]
fn sub_processors_listed_in_prose_and_numbered_lines() {
    use ParagraphKind::{Body, ListItem};
    let prose = "I dag bruger vi Nordkyst Hosting ApS (Danmark) til drift og Postvej Ltd. (Irland) til nyhedsbreve.";
    assert_eq!(
        serde_json::to_value(attr(Da, "Underdatabehandlere", prose, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Nordkyst Hosting ApS", "location": "Danmark"}, {"name": "Postvej Ltd.", "location": "Irland"}])
    );
    // A comma before the legal form ("Cloud, Inc."), and the task before the place in the bracket.
    let tasks = "Today we use Harrowgate Cloud, Inc. (hosting, United States) and Mailbright Ltd. (transactional e-mail, Ireland).";
    assert_eq!(
        serde_json::to_value(attr(En, "Sub-processors", tasks, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Harrowgate Cloud, Inc.", "location": "United States"}, {"name": "Mailbright Ltd.", "location": "Ireland"}])
    );
    // The town between commas after the legal form, then the task in lower case.
    let towns = "Ved aftalens indgåelse benyttes Klitdata ApS, Hjørring, til hosting og Brevkassen ApS, Nykøbing Falster, til udsendelse af nyhedsbreve.";
    assert_eq!(
        serde_json::to_value(attr(Da, "Underdatabehandlere", towns, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Klitdata ApS", "location": "Hjørring"}, {"name": "Brevkassen ApS", "location": "Nykøbing Falster"}])
    );
    // The task in brackets after the place closes it as well as a comma does.
    let bracketed = "Kunden har godkendt Fjordlys Drift A/S, Vejle, Danmark (hosting og backup) og Tekstbud ApS, Randers, Danmark (udsendelse af sms).";
    assert_eq!(
        serde_json::to_value(attr(Da, "Underdatabehandlere", bracketed, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Fjordlys Drift A/S", "location": "Vejle, Danmark"}, {"name": "Tekstbud ApS", "location": "Randers, Danmark"}])
    );
    let bracketed_en = "The Customer approves Tidewater Hosting Ltd, Bristol, United Kingdom (hosting) and Parcelnote GmbH, Bremen, Germany (e-mail delivery).";
    assert_eq!(
        serde_json::to_value(attr(En, "Sub-processors", bracketed_en, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Tidewater Hosting Ltd", "location": "Bristol, United Kingdom"}, {"name": "Parcelnote GmbH", "location": "Bremen, Germany"}])
    );
    // A bracket that says where the servers are names the town after the location word.
    let servers = "Kunden giver os lov til at bruge underleverandører til drift. I dag bruger vi Havnedrift ApS (servere i Esbjerg) til hosting.";
    assert_eq!(
        serde_json::to_value(attr(Da, "Underleverandører", servers, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Havnedrift ApS", "location": "Esbjerg"}])
    );
    let centres = "We currently use Moorfield Hosting Ltd (data centres in Leeds) for hosting and backups.";
    assert_eq!(
        serde_json::to_value(attr(En, "Sub-processors", centres, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Moorfield Hosting Ltd", "location": "Leeds"}])
    );
    // A bracket in lower case that names no place is the task, and no location.
    let task = "We currently use Moorfield Hosting Ltd (hosting and backups) for the platform.";
    assert_eq!(serde_json::to_value(attr(En, "Sub-processors", task, SubProcessors, "listed")).unwrap(), json!(null));
    let inline = "Anlitade underbiträden: Fjärrdrift AB (Luleå, Sverige) för drift och Tolkverk GmbH (Berlin, Tyskland) för support.";
    assert_eq!(
        serde_json::to_value(attr(Sv, "Underbiträden", inline, SubProcessors, "listed")).unwrap(),
        json!([{"name": "Fjärrdrift AB", "location": "Luleå, Sverige"}, {"name": "Tolkverk GmbH", "location": "Berlin, Tyskland"}])
    );
    let dashes = [
        ("Underleverandører", Body),
        ("Leverandøren benytter i dag:", Body),
        ("- Isfjord Data AS, Tromsø, Norge - drift", ListItem(1)),
        ("- en regnskapsleverandør - fakturering", ListItem(1)),
    ];
    assert_eq!(
        attr_paras(No, "Underleverandører", &dashes, SubProcessors, "listed"),
        json!([{"name": "Isfjord Data AS", "location": "Tromsø, Norge"}, {"name": "en regnskapsleverandør", "location": null}])
    );
    let numbered = [
        ("Appendix 3 Sub-processors", Body),
        ("1. Harbour Cloud Ltd, Cork, Ireland - hosting.", Body),
        ("2. Vltava Code s.r.o., Prague, Czech Republic - development and support of the platform.", Body),
        ("Signatures", Body),
    ];
    assert_eq!(
        attr_paras(En, "Sub-processors", &numbered, SubProcessors, "listed"),
        json!([{"name": "Harbour Cloud Ltd", "location": "Cork, Ireland"}, {"name": "Vltava Code s.r.o.", "location": "Prague, Czech Republic"}])
    );
}

/// "Meet" is no meeting ("each audit shall meet these requirements"), nor is German "Maßnahmen
/// treffen" (take measures); a meeting or a video call still is.
#[test]
fn audit_meetings_are_meetings() {
    check(En, "Audits", "Each audit shall meet the following requirements: it shall be conducted by an independent auditor on 30 days' notice.", Audits, "form", json!(["inspection"]));
    check(En, "Audits", "Instead of an inspection, the Processor may offer the Controller a video call with its security officer.", Audits, "form", json!(["inspection", "meeting"]));
    check(De, "Kontrollen", "Der Auftraggeber ist berechtigt, Kontrollen durchzuführen; der Auftragnehmer wird die dafür erforderlichen Maßnahmen treffen.", Audits, "form", json!(["inspection"]));
    check(De, "Kontrollen", "Die Kontrolle kann auch im Rahmen einer Besprechung beim Auftragnehmer erfolgen.", Audits, "form", json!(["inspection", "meeting"]));
}

/// A report that stands in for the audit ("any right to audit or inspect is satisfied by … its
/// SOC 2 report") and an inspection the processor does not permit leave the report as the only
/// form; a limit on inspections still offers them.
#[test]
fn audits_met_by_a_report_alone() {
    check(En, "Audits", "The Controller agrees that any right to audit or inspect is satisfied by the Processor providing, once a year, its most recent SOC 2 Type II report.", Audits, "form", json!(["report"]));
    check(En, "Audits", "The Processor provides its ISO 27001 certificate on request. The Processor does not permit on-site audits of its data centres.", Audits, "form", json!(["report"]));
    check(Da, "Revision", "Den dataansvarliges ret til revision og inspektion opfyldes ved, at databehandleren hvert år sender sin ISAE 3000-revisionserklæring.", Audits, "form", json!(["report"]));
    check(De, "Kontrollen", "Das Kontrollrecht des Auftraggebers wird erfüllt durch die Vorlage eines aktuellen ISO 27001-Zertifikats.", Audits, "form", json!(["report"]));
    check(En, "Audits", "The Controller may not audit the Processor more than once a year.", Audits, "form", json!(["inspection"]));
    check(En, "Audits", "The Customer may not carry out an inspection without 30 days' notice.", Audits, "form", json!(["inspection"]));
    check(En, "Audits", "On-site audits are not permitted. The Supplier sends its SOC 2 report every year.", Audits, "form", json!(["report"]));
    check(Sv, "Granskning", "Biträdet debiterar inte den personuppgiftsansvarige för granskningen på plats.", Audits, "form", json!(["inspection"]));
}

/// The deadline of a list item is in the sentence that opens the list: "promptly notify the
/// controller about: … ; any personal data breach". A list opened by notice to the processor
/// ("may terminate … by written notice to the processor if:") sets no deadline for a breach.
#[test]
fn breach_deadline_in_the_sentence_that_opens_the_list() {
    let undue = |text: &str| {
        let doc = klausul::ingest(text.as_bytes(), "list.txt").expect("ingests");
        let analysis = klausul::analyze(&doc);
        let breach = &analysis.categories[&Category::BreachNotification];
        assert!(breach.present, "{:#?}", analysis.clauses);
        breach.attributes.get("without_undue_delay").cloned().unwrap_or(Value::Null)
    };
    let opened = "Data Processing Agreement\n\n\
        1. Obligations of the processor\n\n\
        1.1 The Processor shall promptly notify the Controller about:\n\n\
        (a) any legally binding request for disclosure of the personal data by a law enforcement authority;\n\n\
        (b) any personal data breach affecting the personal data processed under this agreement;\n\n\
        (c) any request received directly from a data subject, without responding to that request.\n";
    assert_eq!(undue(opened), Value::Bool(true));
    let terminated = "Data Processing Agreement\n\n\
        1. Termination\n\n\
        1.1 The Controller may terminate this agreement with immediate effect by written notice to the Processor if:\n\n\
        (a) the Processor commits a personal data breach and fails to remedy it within 30 days;\n\n\
        (b) the Processor becomes insolvent.\n";
    assert_ne!(undue(terminated), Value::Bool(true));
}

/// Deletion once the services "have ended" / "er ophørt" is deletion at the end of the service,
/// in the perfect tense as in the noun ("upon termination").
#[test]
fn deletion_after_the_services_have_ended() {
    let h = "Deletion";
    check(En, h, "The Processor shall delete all personal data once the provision of the services has ended.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, h, "Databehandleren skal efter den dataansvarliges valg slette eller tilbagelevere alle personoplysninger, efter at tjenesterne vedrørende behandling er ophørt.", DeletionReturn, "trigger", json!("end_of_service"));
    check(Sv, h, "Personuppgiftsbiträdet ska radera alla personuppgifter när tjänsterna har upphört.", DeletionReturn, "trigger", json!("end_of_service"));
    check(No, h, "Databehandleren skal slette alle personopplysninger når tjenestene har opphørt.", DeletionReturn, "trigger", json!("end_of_service"));
    check(De, h, "Der Auftragsverarbeiter löscht alle personenbezogenen Daten, sobald der Hauptvertrag beendet ist.", DeletionReturn, "trigger", json!("end_of_service"));
    // Deleting what is no longer needed during the service sets no trigger at the end.
    check(En, h, "The Processor deletes log files after 30 days.", DeletionReturn, "trigger", json!(null));
}

/// A general authorisation that is also "prior" and "written", in any order of the words, is
/// general; with it, the controller's plain right to object is the free one.
#[test]
fn general_authorisation_that_is_prior_and_written() {
    let h = "Sub-processors";
    check(Da, h, "Den dataansvarlige giver databehandleren en generel forudgående skriftlig godkendelse til at gøre brug af underdatabehandlere.", SubProcessors, "authorisation", json!("general"));
    check(En, h, "The Controller grants the Processor a general prior written authorisation to engage sub-processors.", SubProcessors, "authorisation", json!("general"));
    check(Sv, h, "Den personuppgiftsansvarige lämnar ett generellt skriftligt godkännande till att personuppgiftsbiträdet anlitar underbiträden.", SubProcessors, "authorisation", json!("general"));
    check(No, h, "Den behandlingsansvarlige gir databehandleren en generell skriftlig forhåndsgodkjenning til å benytte underdatabehandlere.", SubProcessors, "authorisation", json!("general"));
    check(De, h, "Der Verantwortliche erteilt dem Auftragsverarbeiter die allgemeine vorherige schriftliche Genehmigung, Unterauftragsverarbeiter einzusetzen.", SubProcessors, "authorisation", json!("general"));
    check(Da, h, "Den dataansvarlige giver databehandleren en generel forudgående skriftlig godkendelse til at gøre brug af underdatabehandlere. Databehandleren varsler ændringer med 30 dage, og den dataansvarlige kan gøre indsigelse mod ændringerne.", SubProcessors, "objection_right", json!("free"));
    // The law's own words choose nothing.
    check(En, h, "The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.", SubProcessors, "authorisation", json!(null));
}

/// The cells of a table say what its rows are (a sub-processor's "Meeting scheduling" or "SOC 2
/// reporting" service), not how the controller audits: no audit form comes from them.
#[test]
fn table_cells_name_no_audit_form() {
    let paras = [
        ("The Controller may audit the Processor once a year on 30 days' notice.", ParagraphKind::Body),
        ("Calendly Inc | Meeting scheduling | USA", ParagraphKind::TableRow),
        ("Vanta Inc | SOC 2 report preparation | USA", ParagraphKind::TableRow),
    ];
    assert_eq!(attr_paras(En, "Audits", &paras, Audits, "form"), json!(["inspection"]));
}

/// An authorisation is read from its words in any order the language allows: a "general" or
/// "specific" word, up to three words like "prior" or "written", then the word for approval,
/// also in forms no phrase list names ("allmänt förhandsgodkännande", "generel
/// forhåndsgodkendelse", "særskilt skriftlig godkendelse").
#[test]
fn authorisation_put_together_from_its_words() {
    let h = "Sub-processors";
    check(Sv, h, "Den personuppgiftsansvarige lämnar härmed ett allmänt förhandsgodkännande till att personuppgiftsbiträdet anlitar underbiträden.", SubProcessors, "authorisation", json!("general"));
    check(Sv, h, "Personuppgiftsbiträdet får anlita underbiträden endast efter särskilt skriftligt godkännande från den personuppgiftsansvarige.", SubProcessors, "authorisation", json!("specific"));
    check(Da, h, "Den dataansvarlige har meddelt databehandleren en generel forhåndsgodkendelse til brug af underdatabehandlere.", SubProcessors, "authorisation", json!("general"));
    check(Da, h, "Databehandleren må alene anvende underdatabehandlere efter den dataansvarliges særskilte skriftlige godkendelse.", SubProcessors, "authorisation", json!("specific"));
    check(No, h, "Leverandøren kan bare bruke underleverandører etter konkret skriftlig godkjenning fra kunden.", SubProcessors, "authorisation", json!("specific"));
    check(De, h, "Der Auftraggeber erteilt hiermit seine allgemeine ausdrückliche Zustimmung zum Einsatz von Unterauftragsverarbeitern.", SubProcessors, "authorisation", json!("general"));
    check(En, h, "The Customer gives its general express consent to the Supplier's use of sub-processors.", SubProcessors, "authorisation", json!("general"));
    // With the general authorisation read, the objection right is read too.
    check(Sv, h, "Den personuppgiftsansvarige lämnar ett allmänt förhandsgodkännande till att underbiträden anlitas. Den personuppgiftsansvarige kan invända mot ett nytt underbiträde.", SubProcessors, "objection_right", json!("free"));
    // "general" far from the approval word is no authorisation.
    check(En, h, "In general, sub-processors are engaged only with the Controller's prior written approval.", SubProcessors, "authorisation", json!("specific"));
}

/// "Each party bears its own costs" in words no phrase lists: "each party" as the subject of the
/// party's own costs is a shared cost.
#[test]
fn each_party_bears_its_own_audit_costs() {
    check(Da, "Revision", "Hver part afholder sine egne omkostninger i forbindelse med revisionen.", Audits, "cost_bearer", json!("shared"));
    check(Sv, "Revision", "Varje part står för sina egna kostnader för granskningen.", Audits, "cost_bearer", json!("shared"));
    check(No, "Revisjon", "Hver av partene dekker sine egne kostnader ved revisjonen.", Audits, "cost_bearer", json!("shared"));
    check(De, "Kontrollen", "Jede Vertragspartei trägt die eigenen Kosten der Überprüfung.", Audits, "cost_bearer", json!("shared"));
    check(En, "Audits", "Each of the Parties shall bear their own costs of an audit.", Audits, "cost_bearer", json!("shared"));
    // A party named between "each party" and the costs is the one who pays.
    check(Da, "Revision", "Hver part kan anmode om revision, og den dataansvarlige afholder selv sine egne omkostninger.", Audits, "cost_bearer", json!("controller"));
}

/// A prohibition whose exception is an approval in any of its forms restricts transfers to the
/// controller's say; an approval given outright to named places is no such restriction.
#[test]
fn transfers_barred_without_approval_are_instruction_only() {
    let h = "Overføring til tredjestater";
    check(No, h, "Personopplysninger skal ikke overføres til land utenfor EØS uten at den behandlingsansvarlige på forhånd har godkjent overføringen skriftlig.", Transfers, "stance", json!("instruction_only"));
    check(No, h, "Personopplysninger skal ikke overføres til land utenfor EØS uten den behandlingsansvarliges forhåndsgodkjenning.", Transfers, "stance", json!("instruction_only"));
    check(Sv, "Överföring till tredjeland", "Personuppgifter får inte överföras till ett tredjeland utan att den personuppgiftsansvarige i förväg har godkänt överföringen.", Transfers, "stance", json!("instruction_only"));
    // A grant of transfers to the places an annex names stays a list.
    check(Da, "Overførsel til tredjelande", "Den dataansvarlige har givet tilladelse til, at databehandleren må overføre personoplysninger til de tredjelande, som fremgår af bilag B.", Transfers, "stance", json!("listed"));
}

/// A label line that holds its items after the colon is the whole list: the lines after it
/// ("Duration: …", a sentence about where the data is kept) are no items, unless bullets go on
/// with the list.
#[test]
fn an_inline_list_ends_on_its_own_line() {
    use ParagraphKind::{Body, ListItem};
    let annex = [
        ("Annex 1 – Details of the processing", Body),
        ("Types of personal data: names, e-mail addresses, order history.", Body),
        ("Duration: the term of the main agreement.", Body),
        ("The data is stored in data centres in Ireland.", Body),
    ];
    assert_eq!(attr_paras(En, "Details of the processing", &annex, Scope, "data_types"), json!(["names", "e-mail addresses", "order history"]));
    let da = [
        ("Bilag 1 – Behandlingens omfang", Body),
        ("Typer af personoplysninger: navn, adresse og kundenummer.", Body),
        ("Personoplysningerne opbevares i højst 90 dage efter ophør.", Body),
    ];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &da, Scope, "data_types"), json!(["navn", "adresse og kundenummer"]));
    let bullets = [("Types of personal data: contact details,", Body), ("- payment card tokens", ListItem(0)), ("- delivery addresses", ListItem(0))];
    assert_eq!(attr_paras(En, "Details of the processing", &bullets, Scope, "data_types"), json!(["contact details", "payment card tokens", "delivery addresses"]));
}

/// In a numbered list of labelled blocks the next number ends the items of the one before:
/// "3. Sub-processors: …" is no type of personal data.
#[test]
fn the_next_numbered_block_ends_a_list() {
    use ParagraphKind::{Body, ListItem};
    let annex = [
        ("Schedule 1 Description of the processing", Body),
        ("1. Categories of data subjects: customers and employees of the Controller.", ListItem(0)),
        ("2. Types of personal data:", ListItem(0)),
        ("a) contact details", ListItem(1)),
        ("b) order history", ListItem(1)),
        ("3. Sub-processors: Cloudhost Europe B.V. (hosting, the Netherlands).", ListItem(0)),
        ("4. Duration: the term of the Agreement.", ListItem(0)),
    ];
    assert_eq!(attr_paras(En, "Description of the processing", &annex, Scope, "data_types"), json!(["contact details", "order history"]));
    let da = [
        ("Bilag A Behandlingens omfang", Body),
        ("1) Typer af personoplysninger:", Body),
        ("- navn og adresse", ListItem(0)),
        ("- købshistorik", ListItem(0)),
        ("2) Behandlingssted: databehandlerens datacenter i Aarhus.", Body),
    ];
    assert_eq!(attr_paras(Da, "Behandlingens omfang", &da, Scope, "data_types"), json!(["navn og adresse", "købshistorik"]));
    // Items numbered on their own ("1." to "3." under "2."), or a level below the heading's in
    // Word's list, are no siblings.
    let nested = [("2. Types of personal data:", Body), ("1. names", Body), ("2. e-mail addresses", Body), ("3. telephone numbers", Body)];
    assert_eq!(attr_paras(En, "Description of the processing", &nested, Scope, "data_types"), json!(["names", "e-mail addresses", "telephone numbers"]));
    let deeper = [("2. Types of personal data:", ListItem(0)), ("3. names", ListItem(1)), ("4. e-mail addresses", ListItem(1))];
    assert_eq!(attr_paras(En, "Description of the processing", &deeper, Scope, "data_types"), json!(["names", "e-mail addresses"]));
}

/// A template's option the parties left out, named only to say so, authorises nothing.
#[test]
fn the_option_not_chosen() {
    let h = "Use of sub-processors";
    let en = "Option 2: general written authorisation. Option 1 (prior specific authorisation) has not been chosen. The Processor has the Controller's general authorisation to engage the sub-processors listed in Annex 3.";
    check(En, h, en, SubProcessors, "authorisation", json!("general"));
    let da = "Mulighed 1 om forudgående specifik godkendelse er fravalgt. Databehandleren har den dataansvarliges generelle godkendelse til brug af underdatabehandlere.";
    check(Da, "Underdatabehandlere", da, SubProcessors, "authorisation", json!("general"));
    let de = "Die Option einer vorherigen gesonderten Genehmigung findet keine Anwendung. Der Verantwortliche erteilt eine allgemeine Genehmigung zur Beauftragung von Unterauftragsverarbeitern.";
    check(De, "Unterauftragsverarbeiter", de, SubProcessors, "authorisation", json!("general"));
}

/// The controller agreeing to sub-processors without a condition gives a general authorisation;
/// approving the ones an annex lists does not (a specific authorisation does that too), nor does
/// the processor agreeing to something about its sub-processors, nor "consents" as a noun.
#[test]
fn the_controller_agreeing_to_sub_processors() {
    let h = "Sub-processors";
    check(En, h, "The Customer acknowledges and agrees that the Supplier may retain its current sub-processors and add new ones.", SubProcessors, "authorisation", json!("general"));
    check(De, h, "Der Kunde erklärt sich mit dem Einsatz weiterer Subunternehmer in anderen Rechenzentren einverstanden.", SubProcessors, "authorisation", json!("general"));
    check(Sv, h, "Den personuppgiftsansvarige godkänner att personuppgiftsbiträdet anlitar underbiträden för driften av tjänsten.", SubProcessors, "authorisation", json!("general"));
    check(En, h, "The Customer approves the sub-processors listed in Annex 3.", SubProcessors, "authorisation", json!(null));
    check(En, h, "The Supplier agrees to impose the same data protection obligations on each sub-processor.", SubProcessors, "authorisation", json!(null));
    check(En, h, "Before a sub-processor is engaged under the contract with the controller, the appropriate consents must be obtained.", SubProcessors, "authorisation", json!(null));
}

/// "bescheinigt dem Auftraggeber, dass dies erfolgt ist": a certificate is a confirmation.
#[test]
fn deletion_certified_in_german() {
    check(De, "Löschung", "Nach Beendigung des Vertrags löscht der Auftragnehmer alle Daten und bescheinigt dem Auftraggeber die Löschung.", DeletionReturn, "confirmation", json!(true));
}

/// Phrases with a gap (`...` in the lexicons) read wordings with words inserted: "på kundens
/// skriftlige anmodning", "kan anvende nye underdatabehandlere", "upon the Customer's written
/// request".
#[test]
fn phrases_with_words_inserted() {
    check(Da, "Sletning", "På kundens skriftlige anmodning sletter leverandøren kundens data.", DeletionReturn, "trigger", json!("on_request"));
    check(En, "Deletion", "Upon the Customer's express request, the Supplier deletes the Customer Data.", DeletionReturn, "trigger", json!("on_request"));
    check(Da, "Underdatabehandlere", "Leverandøren kan anvende nye underdatabehandlere. Gør kunden indsigelse, er kundens eneste mulighed at opsige aftalen.", SubProcessors, "objection_right", json!("restricted"));
    check(Da, "Overførsel", "Kundens data kan overføres til ethvert andet land, hvor leverandøren har faciliteter.", Transfers, "stance", json!("general_authorisation"));
}

/// Swedish and Norwegian in the same shapes: words inserted into a permission ("får anlita nya
/// underbiträden"), "varje annat land" / "ethvert annet land" as anywhere, and "Varsling" as the
/// notification its deadline belongs to.
#[test]
fn nordic_wordings_with_words_inserted() {
    check(Sv, "Underbiträden", "Leverantören får anlita nya underbiträden. Om kunden invänder mot ett nytt underbiträde är kundens enda möjlighet att säga upp avtalet.", SubProcessors, "objection_right", json!("restricted"));
    check(No, "Underdatabehandlere", "Leverandøren kan benytte nye underdatabehandlere. Dersom kunden protesterer, er kundens eneste mulighet å si opp avtalen.", SubProcessors, "objection_right", json!("restricted"));
    check(Sv, "Överföring", "Kundens uppgifter får överföras till och behandlas i USA och varje annat land där leverantören har anläggningar.", Transfers, "stance", json!("general_authorisation"));
    check(No, "Overføring", "Kundens data kan overføres til og behandles i USA og ethvert annet land der leverandøren har anlegg.", Transfers, "stance", json!("general_authorisation"));
    check(No, "Avvik", "Varsling skal skje uten ugrunnet opphold og senest to (2) virkedager etter at bruddet ble oppdaget.", BreachNotification, "deadline_hours", json!(48));
}

/// A list of sub-processors ends where the signatures start ("Signed for …", a place and a date)
/// or the next `§` opens: neither is a sub-processor.
#[test]
fn a_list_ends_at_the_signatures_and_the_next_section() {
    use ParagraphKind::Body;
    let en = [
        ("Schedule 2 – Sub-processors", Body),
        ("Harbourlight Hosting Ltd, Cork, Ireland – hosting", Body),
        ("Quillmail GmbH, Hamburg, Germany – e-mail", Body),
        ("Signed for Westbrook Clinics Ltd: Jane Ellery, Director", Body),
        ("Signed for Quillsoft Ltd: Tom Hale, CEO", Body),
    ];
    assert_eq!(
        attr_paras(En, "Schedule 2 – Sub-processors", &en, SubProcessors, "listed"),
        json!([{"name": "Harbourlight Hosting Ltd", "location": "Cork, Ireland"}, {"name": "Quillmail GmbH", "location": "Hamburg, Germany"}])
    );
    let no = [
        ("Vedlegg 1 Underleverandører", Body),
        ("– Fjellnett AS, Tromsø, Norge – drift", Body),
        ("– Postkasse AS, Bodø, Norge – e-post", Body),
        ("Tromsø, 3. mars 2026", Body),
        ("For Nordkapp Borettslag: Kari Nilsen, styreleder.", Body),
    ];
    assert_eq!(
        attr_paras(No, "Vedlegg 1 Underleverandører", &no, SubProcessors, "listed"),
        json!([{"name": "Fjellnett AS", "location": "Tromsø, Norge"}, {"name": "Postkasse AS", "location": "Bodø, Norge"}])
    );
    let de = [
        ("(4) Der Auftragnehmer setzt derzeit folgende Unterauftragnehmer ein:", Body),
        ("1. Talwerk Rechenzentrum GmbH, Ulm, Deutschland – Hosting,", Body),
        ("2. Ticketdesk Inc., Boston, USA – Support.", Body),
        ("§ 8 Kontrollrechte", Body),
        ("(1) Der Auftraggeber darf Kontrollen durchführen.", Body),
    ];
    assert_eq!(
        attr_paras(De, "§ 7 Unterauftragsverhältnisse", &de, SubProcessors, "listed"),
        json!([{"name": "Talwerk Rechenzentrum GmbH", "location": "Ulm, Deutschland"}, {"name": "Ticketdesk Inc.", "location": "Boston, USA"}])
    );
}

/// A form whose options are chosen with check boxes: only the checked option counts.
#[test]
fn only_the_checked_option_counts() {
    let cases = [
        (De, "Drittländer", "Für Übermittlungen gilt die angekreuzte Regelung:\n☒ Eine Übermittlung in Drittländer findet nicht statt und ist untersagt.\n☐ Eine Übermittlung in Drittländer ist auf Grundlage der Standardvertragsklauseln zulässig.", "prohibited"),
        (Da, "Tredjelande", "Sæt kryds ved den valgte mulighed:\n☐ Leverandøren må overføre personoplysninger til USA på grundlag af standardkontraktbestemmelserne.\n☒ Leverandøren må ikke overføre personoplysninger til tredjelande.", "prohibited"),
        (En, "Transfers", "Tick one option:\n[ ] The Supplier shall not transfer personal data outside the EEA.\n[x] The Supplier may transfer personal data to the United States under the standard contractual clauses.", "listed"),
    ];
    for (lang, heading, text, stance) in cases {
        check(lang, heading, text, Transfers, "stance", json!(stance));
    }
    // Without a checked box, nothing is known to be unchosen: both options are read.
    let open = "Tick one option:\n[ ] The Supplier shall not transfer personal data outside the EEA.\n[ ] The Supplier may transfer personal data to the United States under the standard contractual clauses.";
    assert_ne!(serde_json::to_value(attr(En, "Transfers", open, Transfers, "stance")).unwrap(), json!("prohibited"));
}

/// A fee the clause says does not apply to the assistance is no charge for it.
#[test]
fn a_rate_that_does_not_apply_is_no_charge() {
    let cases = [
        (En, "Assistance", "The assistance under this clause is included in the Charges for the licence; the hourly rate for Additional Services in Schedule 2 does not apply to it."),
        (Da, "Bistand", "Bistanden er indeholdt i den månedlige pris, og timeprisen for konsulentydelser i bilag 2 gælder ikke for bistanden."),
    ];
    for (lang, heading, text) in cases {
        check(lang, heading, text, Costs, "assistance_paid", json!(false));
    }
    // A rate that applies is a charge.
    check(En, "Assistance", "The Supplier shall invoice the assistance under this clause at the hourly rate for Additional Services in Schedule 2.", Costs, "assistance_paid", json!(true));
}

/// Data kept "until" the controller asks wait for a request to be deleted: the trigger is the
/// request. Not a deadline before the end ("if it makes no choice by the end of the contract")
/// nor "until the request or the end of the agreement".
#[test]
fn data_kept_until_the_controller_asks() {
    use Category::DeletionReturn as D;
    let cases: &[(Lang, &str, &str, serde_json::Value)] = &[
        (En, "Return and deletion", "On termination the Supplier shall, at the Customer's written election, delete or return the data. The Supplier shall continue to store the data until it receives the Customer's written election.", json!("on_request")),
        (Da, "Sletning", "Ved aftalens ophør opbevarer Leverandøren fortsat oplysningerne, indtil Kunden skriftligt anmoder om at få dem slettet eller tilbageleveret.", json!("on_request")),
        (De, "Löschung", "Nach Vertragsende bleiben die Daten gespeichert, bis der Kunde ihre Löschung schriftlich verlangt.", json!("on_request")),
        (De, "Löschung", "Der Anbieter löscht die Daten 30 Tage nach Vertragsende. Trifft der Kunde bis zum Vertragsende keine Wahl, erhält er keine Kopie.", json!("end_of_service")),
        (En, "Deletion", "The Supplier deletes the data 30 days after the end of the agreement. Until the Customer requests deletion or the agreement ends, the data stay in the service.", json!("end_of_service")),
    ];
    for (lang, heading, text, expected) in cases {
        check(*lang, heading, text, D, "trigger", expected.clone());
    }
}

/// An objection that needs no reasons stays free when the grounds are waived before the
/// objection ("without having to justify your objection", "uden at skulle begrunde
/// indsigelsen") and when a later sentence of the clause offers termination only where the
/// objection cannot be met.
#[test]
fn an_objection_without_reasons_stays_free() {
    let cases: &[(Lang, &str)] = &[
        (En, "The Customer may object to a new Sub-processor within that period for any reason, without having to justify its objection. If the Customer objects, the Supplier will not use the new Sub-processor. If that makes it impossible to provide part of the Services, the Customer may terminate that part without penalty."),
        (Da, "Leverandøren har Kundens generelle godkendelse til at anvende underdatabehandlere. Kunden kan gøre indsigelse mod ændringen uden at skulle begrunde indsigelsen. Gør Kunden indsigelse, må Leverandøren ikke anvende den pågældende underdatabehandler."),
    ];
    for (lang, text) in cases {
        let text = if *lang == En { format!("The Customer grants the Supplier a general authorisation to engage sub-processors. {text}") } else { text.to_string() };
        check(*lang, "Sub-processors", &text, Category::SubProcessors, "objection_right", json!("free"));
    }
    check(En, "Sub-processors", "The Customer grants the Supplier a general authorisation to engage sub-processors. The Customer may object on reasonable grounds relating to data protection; its sole remedy is to terminate the Agreement.", Category::SubProcessors, "objection_right", json!("restricted"));
}

/// "… behandles alene i Danmark, og Leverandøren må ikke overføre dem …": the "only" belongs to
/// the place, so the ban on transfers stands; "may only be transferred on instruction" keeps
/// its condition.
#[test]
fn only_restricts_the_transfer_it_stands_by() {
    check(Da, "Overførsel til udlandet", "Oplysningerne opbevares og behandles alene i Danmark, og Leverandøren må ikke overføre dem til lande uden for EU/EØS.", Category::Transfers, "stance", json!("prohibited"));
    check(En, "Transfers", "Personal data may only be transferred to a third country on the Customer's documented instructions.", Category::Transfers, "stance", json!("instruction_only"));
}

/// A permission to use sub-processors ("giver … lov til at bruge underleverandører") is a general
/// authorisation, and a deletion with the processor's name between verb and object ("sletter
/// Pixelhuset alle Kundens oplysninger") is a deletion at the end.
#[test]
fn plain_words_for_authorisation_and_deletion() {
    check(Da, "Underleverandører", "Kunden giver Leverandøren lov til at bruge underleverandører til hosting og drift.", Category::SubProcessors, "authorisation", json!("general"));
    check(No, "Underleverandører", "Kunden gir Leverandøren lov til å bruke underleverandører til drift.", Category::SubProcessors, "authorisation", json!("general"));
    check(Da, "Når samarbejdet slutter", "Når hostingaftalen ophører, sletter Leverandøren alle Kundens oplysninger senest 30 dage efter ophøret.", Category::DeletionReturn, "trigger", json!("end_of_service"));
}

/// The controller's own duty to notify the authority, named before its 72 hours in a sentence
/// that never notifies the controller, is no deadline of the processor's, however many words
/// stand between ("… to the Information Commissioner's Office or to the Data Protection
/// Commission, as the case may be, which must be done … not later than 72 hours").
#[test]
fn the_controllers_own_deadline_is_not_the_processors() {
    let own = "The Customer remains responsible for notifying any personal data breach to the Information Commissioner's Office or to the Data Protection Commission, as the case may be, which must be done without undue delay and, where feasible, not later than 72 hours after the Customer has become aware of it.";
    check(En, "Personal data breaches", &format!("The Supplier shall notify the Customer of any personal data breach without undue delay and in any event within four (4) Business Days. {own}"), Category::BreachNotification, "deadline_hours", json!(96));
    check(En, "Personal data breaches", &format!("The Supplier shall notify the Customer of any personal data breach without undue delay. {own}"), Category::BreachNotification, "deadline_hours", json!(null));
    check(En, "Personal data breaches", "Where a breach must also be reported to the supervisory authority, the Supplier shall notify the Customer of the breach and of everything it knows about it within 36 hours.", Category::BreachNotification, "deadline_hours", json!(36));
}

/// German audits: notice after "Anmeldung mit einer Frist von in der Regel 14 Tagen", and no
/// separate fee for the processor's help ("keine gesonderte Vergütung verlangen").
#[test]
fn german_audit_notice_and_cost() {
    let text = "Vor-Ort-Kontrollen finden nach Anmeldung mit einer Frist von in der Regel 14 Tagen während der üblichen Geschäftszeiten statt. Der Auftragnehmer kann für die Mitwirkung an Kontrollen keine gesonderte Vergütung verlangen.";
    check(De, "Kontrollen", text, Category::Audits, "notice_days", json!(14));
    check(De, "Kontrollen", text, Category::Audits, "cost_bearer", json!("processor"));
}

/// A German option for consent in each single case ("nur nach vorheriger ausdrücklicher
/// schriftlicher Zustimmung … im Einzelfall") is a specific authorisation.
#[test]
fn consent_in_each_single_case_is_specific() {
    check(De, "Unterauftragsverarbeiter", "Der Auftragnehmer darf Unterauftragsverarbeiter nur nach vorheriger ausdrücklicher schriftlicher Zustimmung des Auftraggebers im Einzelfall einsetzen.", Category::SubProcessors, "authorisation", json!("specific"));
}

/// "Den dataansvarlige skal ikke begrunde sin indsigelse": the negation waives the grounds, the
/// objection stays free.
#[test]
fn a_negated_duty_to_give_reasons_is_no_denied_objection() {
    let text = "Databehandleren har den dataansvarliges generelle godkendelse til at anvende underdatabehandlere. Gør den dataansvarlige indsigelse, må databehandleren ikke gøre brug af den pågældende underdatabehandler. Den dataansvarlige skal ikke begrunde sin indsigelse.";
    check(Da, "Underdatabehandlere", text, Category::SubProcessors, "objection_right", json!("free"));
    check(Da, "Underdatabehandlere", "Databehandleren har den dataansvarliges generelle godkendelse til at anvende underdatabehandlere. Den dataansvarlige kan ikke gøre indsigelse.", Category::SubProcessors, "objection_right", json!("restricted"));
}

/// "(a) to the Sub-processors listed in section 7" under "We transfer … only:" names the
/// recipients, with no annex word.
#[test]
fn transfers_to_the_sub_processors_a_section_lists() {
    use ParagraphKind::Body;
    let paras = [
        ("We transfer Customer Personal Data to a country outside the European Economic Area only:", Body),
        ("a. to the Sub-processors listed in section 7 and for the purpose stated there; or", Body),
        ("b. where you instruct us to do so.", Body),
    ];
    // One clause per line, as the segmenter makes them, all about transfers.
    let lines: Vec<(String, ParagraphKind)> = paras.iter().map(|(t, k)| (t.to_string(), *k)).collect();
    let mut doc = Document::from_paragraphs("t.txt", String::new(), Format::Txt, lines);
    doc.language = Some(En);
    let mut clauses: Vec<Clause> = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| Clause { id: format!("8.{}", i + 1), heading: Some("Transfers outside the EEA".into()), text: doc.paragraph_text(p).to_string(), span: [p.start, p.end], categories: vec![], score: 0.0, cues: vec![] })
        .collect();
    klausul::classify::classify(&doc, &mut clauses);
    let cats = klausul::extract::extract(&doc, &clauses);
    assert_eq!(serde_json::to_value(cats[&Category::Transfers].attributes.get("stance")).unwrap(), json!("listed"));
}

/// In a web page numbered by nested lists the next section's title is a list item too; it ends
/// the list of sub-processors and is no sub-processor.
#[test]
fn the_next_sections_title_ends_a_list_of_sub_processors() {
    let text = "7. Sub-processors\n7.1 We use the following Sub-processors:\n- Rheinwolke Hosting GmbH, Frankfurt am Main, Germany – hosting\n- Mailrivier B.V., Amsterdam, Netherlands – e-mail\n8. Transfers outside the EEA\n8.1 We host Customer Personal Data within the European Union.";
    let doc = klausul::ingest(text.as_bytes(), "dpa.txt").unwrap();
    let analysis = klausul::analyze(&doc);
    let listed = serde_json::to_value(analysis.categories[&Category::SubProcessors].attributes.get("listed")).unwrap();
    assert_eq!(listed, json!([{"name": "Rheinwolke Hosting GmbH", "location": "Frankfurt am Main, Germany"}, {"name": "Mailrivier B.V.", "location": "Amsterdam, Netherlands"}]));
}

/// Deletion "after that period", the sentence before naming the end of the service, is deletion
/// at the end; a request the text denies ("selv om foreningen ikke har anmodet om det") makes
/// it no deletion on request.
#[test]
fn deletion_after_the_period_that_follows_the_end() {
    check(En, "End of the Services", "When your subscription ends, you may export your data for thirty (30) days. After that period, the Supplier automatically deletes all Customer Personal Data, including copies.", Category::DeletionReturn, "trigger", json!("end_of_service"));
    check(Da, "Sletning ved ophør", "Når abonnementet ophører, kan foreningen eksportere sine data i 30 dage. Herefter sletter databehandleren automatisk alle foreningens oplysninger, også selv om foreningen ikke har anmodet om det.", Category::DeletionReturn, "trigger", json!("end_of_service"));
}

/// A section headed "Underdatabehandlere" whose clauses are prose opens no list that runs on
/// into later sections: the lettered items of the breach section are no sub-processors, and the
/// annex's table is the list. Numbers only in Word's numbering, as a DOCX gives them.
#[test]
fn a_list_of_sub_processors_stays_in_its_section() {
    use ParagraphKind::{Body, Heading, ListItem, TableRow};
    let paras = [
        ("Databehandleraftale", Heading(1)),
        ("Underdatabehandlere", Heading(1)),
        ("Kunden giver Leverandøren en generel godkendelse til at anvende underdatabehandlere.", Body),
        ("Leverandøren underretter Kunden med mindst fire ugers varsel om ændringer.", Body),
        ("Sikkerhedsbrud", Heading(1)),
        ("Leverandøren underretter Kunden senest 24 timer efter at være blevet bekendt med bruddet.", Body),
        ("Underretningen skal så vidt muligt indeholde:", Body),
        ("en beskrivelse af bruddets karakter;", ListItem(0)),
        ("de sandsynlige konsekvenser af bruddet;", ListItem(0)),
        ("de foranstaltninger, som Leverandøren har truffet.", ListItem(0)),
        ("Lovvalg", Heading(1)),
        ("Aftalen er underlagt dansk ret.", Body),
        ("Bilag 2 – Underdatabehandlere", Heading(1)),
        ("Navn | Behandling | Lokation", TableRow),
        ("Skyfyn A/S | Hosting | Odense, Danmark", TableRow),
        ("Postfugl ApS | E-mail | Aarhus, Danmark", TableRow),
    ];
    let mut doc = Document::from_paragraphs("dpa.docx", String::new(), Format::Docx, paras.iter().map(|(t, k)| (t.to_string(), *k)));
    doc.language = Some(Da);
    let analysis = klausul::analyze(&doc);
    let listed = serde_json::to_value(analysis.categories[&Category::SubProcessors].attributes.get("listed")).unwrap();
    assert_eq!(listed, json!([{"name": "Skyfyn A/S", "location": "Odense, Danmark"}, {"name": "Postfugl ApS", "location": "Aarhus, Danmark"}]));
}

/// A controller that "ist damit einverstanden" that a sub-processor named in an annex reaches
/// the data from a third country has approved that recipient: transfers listed.
#[test]
fn consent_to_a_listed_recipient_abroad() {
    check(De, "Verarbeitung außerhalb der EU", "Der Auftraggeber ist damit einverstanden, dass der in Anlage 2 genannte Unterauftragsverarbeiter Balkansoft d.o.o. von Belgrad (Serbien) aus auf das Portal und die darin gespeicherten Daten zugreift.", Category::Transfers, "stance", json!("listed"));
}

/// The records of the Commission's Annex IV ("1. Name: …", "Address: …", "Contact person's name,
/// position and contact details: …"): a name field opens an item, the address gives its town and
/// country, the other fields are no items; a record on one line ("Namn: X AB, street, town.
/// Behandling: …") too.
#[test]
fn sub_processor_records_of_labelled_fields() {
    use ParagraphKind::Body;
    let en = [
        ("Annex IV – List of sub-processors", Body),
        ("The controller has authorised the use of the following sub-processors:", Body),
        ("1. Name: Tammela Hosting Oy", Body),
        ("Address: Rantatie 4, 33100 Tampere, Finland", Body),
        ("Contact person's name, position and contact details: Head of Operations, ops@tammela.example", Body),
        ("Description of the processing: Hosting of the production servers.", Body),
        ("2. Name: Brevik Support AS", Body),
        ("Address: Storgata 12, 0155 Oslo, Norway", Body),
        ("Contact person's name, position and contact details: Support Lead, support@brevik.example", Body),
        ("Description of the processing: Second-line support.", Body),
    ];
    assert_eq!(
        attr_paras(En, "Annex IV – List of sub-processors", &en, SubProcessors, "listed"),
        json!([{"name": "Tammela Hosting Oy", "location": "Tampere, Finland"}, {"name": "Brevik Support AS", "location": "Oslo, Norway"}])
    );
    let de = [
        ("Anhang IV – Liste der Unterauftragsverarbeiter", Body),
        ("Der Verantwortliche hat die Inanspruchnahme folgender Unterauftragsverarbeiter genehmigt:", Body),
        ("1. Name: Weserdaten Hosting GmbH", Body),
        ("Anschrift: Am Deich 20, 28199 Bremen", Body),
        ("Name, Funktion und Kontaktdaten der Kontaktperson: Leitung Betrieb, betrieb@weserdaten.example", Body),
        ("Beschreibung der Verarbeitung: Betrieb der Server.", Body),
    ];
    assert_eq!(
        attr_paras(De, "Anhang IV – Liste der Unterauftragsverarbeiter", &de, SubProcessors, "listed"),
        json!([{"name": "Weserdaten Hosting GmbH", "location": "Bremen"}])
    );
    let sv = [
        ("Förteckning över underbiträden", Body),
        ("Den personuppgiftsansvarige har godkänt följande underbiträden:", Body),
        ("1. Namn: Norrdrift Datahall AB, Industrigatan 8, Luleå, Sverige. Behandling: drift av servrar.", Body),
        ("2. Namn: Smsbud i Umeå AB, Storgatan 3, Umeå, Sverige. Behandling: utskick av sms.", Body),
    ];
    assert_eq!(
        attr_paras(Sv, "Förteckning över underbiträden", &sv, SubProcessors, "listed"),
        json!([{"name": "Norrdrift Datahall AB", "location": "Luleå, Sverige"}, {"name": "Smsbud i Umeå AB", "location": "Umeå, Sverige"}])
    );
}

/// An agreement laid out as a table of clauses (number | text): its rows are running text, so an
/// audit clause there states forms and costs like any other ("på egen regning" is the processor's).
#[test]
fn clauses_laid_out_as_table_rows() {
    let rows = [("10.2 | Databehandleren sender årligt en ISAE 3000-erklæring på egen regning. Den dataansvarlige kan efter 14 dages varsel føre fysisk tilsyn og afholder selv sine egne omkostninger hertil.", ParagraphKind::TableRow)];
    assert_eq!(attr_paras(Da, "Tilsyn og revision", &rows, Audits, "form"), json!(["report", "inspection"]));
    assert_eq!(attr_paras(Da, "Tilsyn og revision", &rows, Audits, "cost_bearer"), json!("shared"));
    // A row of a sub-processor table names no audit form.
    let cells = [("Mødebooker ApS | Booking af møder | Danmark", ParagraphKind::TableRow)];
    assert_eq!(attr_paras(Da, "Tilsyn og revision", &cells, Audits, "form"), json!(null));
}
