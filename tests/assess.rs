//! Finding rules (taxonomy.md §3) on hand-built clauses and category results: for every rule,
//! clauses that must make it fire and near misses that must not, in Danish, English and a few
//! in Norwegian, Swedish and German.

use std::collections::BTreeMap;

use klausul::assess::assess;
use klausul::{taxonomy, Category, CategoryResult, Clause, Document, Evidence, Finding, Format, ParagraphKind, Party, Severity, Value};

/// A document of numbered clauses, every category present unless removed, default attributes.
struct Dpa {
    doc: Document,
    clauses: Vec<Clause>,
    cats: BTreeMap<Category, CategoryResult>,
}

impl Dpa {
    fn new(clauses: &[(&str, &str)]) -> Dpa {
        let doc = Document::from_paragraphs(
            "test.txt",
            String::new(),
            Format::Txt,
            clauses.iter().map(|(_, t)| (t.to_string(), ParagraphKind::Body)),
        );
        let clauses: Vec<Clause> = clauses
            .iter()
            .zip(&doc.paragraphs)
            .map(|((id, text), p)| Clause {
                id: id.to_string(),
                heading: None,
                text: text.trim().to_string(),
                span: [p.start, p.end],
                categories: vec![Category::Unclassified],
                score: 0.0,
                cues: Vec::new(),
            })
            .collect();
        let first = clauses.first().map(|c| c.id.clone()).unwrap_or_default();
        let cats = Category::ALL
            .into_iter()
            .map(|c| {
                let result = CategoryResult {
                    present: true,
                    clauses: vec![first.clone()],
                    attributes: taxonomy::default_attributes(c),
                    evidence: BTreeMap::new(),
                };
                (c, result)
            })
            .collect();
        Dpa { doc, clauses, cats }
    }

    fn absent(mut self, c: Category) -> Self {
        if let Some(r) = self.cats.get_mut(&c) {
            r.present = false;
            r.clauses.clear();
        }
        self
    }

    /// Sets an attribute, with the words `phrase` of clause `clause` as its evidence.
    fn attr(mut self, c: Category, name: &str, value: Value, clause: &str, phrase: &str) -> Self {
        let evidence = self.clauses.iter().find(|cl| cl.id == clause).and_then(|cl| {
            let at = cl.text.find(phrase)?;
            let start = cl.span[0] + cl.text[..at].chars().count() as u32;
            Some(Evidence { clause: cl.id.clone(), span: [start, start + phrase.chars().count() as u32] })
        });
        let r = self.cats.get_mut(&c).expect("every category");
        r.attributes.insert(name.to_string(), value);
        if let Some(ev) = evidence {
            r.evidence.entry(name.to_string()).or_default().push(ev);
            if !r.clauses.contains(&clause.to_string()) {
                r.clauses.push(clause.to_string());
            }
        }
        self
    }

    fn findings(&self) -> Vec<Finding> {
        assess(&self.doc, &self.clauses, &self.cats)
    }

    fn finding(&self, id: &str) -> Option<Finding> {
        self.findings().into_iter().find(|f| f.id == id)
    }

    fn quoted(&self, f: &Finding) -> Vec<String> {
        f.evidence.iter().map(|e| klausul::slice_chars(&self.doc.text, e.span[0], e.span[1]).to_string()).collect()
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

/// A text rule on one clause `1.1`: `Some(words)` = fires, citing 1.1, quoting `words` first.
fn check(id: &str, clause: &str, expected: Option<&str>) {
    let dpa = Dpa::new(&[("1.1", clause)]);
    let got = dpa.finding(id);
    match (expected, got) {
        (None, None) => {}
        (None, Some(f)) => panic!("{id} fired on {clause:?}: {:?}", dpa.quoted(&f)),
        (Some(words), None) => panic!("{id} did not fire on {clause:?} (expected {words:?})"),
        (Some(words), Some(f)) => {
            assert_eq!(f.clauses, ["1.1"], "{clause}");
            assert_eq!(dpa.quoted(&f).first().map(String::as_str), Some(words), "{clause}");
            assert!(f.message.da.contains("1.1") && f.message.en.contains("1.1"), "{:?}", f.message);
        }
    }
}

#[test]
fn outdated_law_reference() {
    let id = "outdated_law_reference";
    // Relied on as governing law.
    check(id, "Aftalen skal sikre overholdelse af Persondataloven (lov 2000-05-31 nr. 429 med senere ændringer).", Some("Persondataloven"));
    check(id, "Databehandleren overholder lov nr. 429 af 31. maj 2000 om behandling af personoplysninger.", Some("lov nr. 429"));
    // "a. F." (alte Fassung) marks the old law as the basis of an old contract.
    check(id, "Dieser Vertrag ersetzt den am 3. Mai 2016 geschlossenen Vertrag über Datenverarbeitung nach § 11 BDSG a. F. mit Wirkung zum 1. Juni.", None);
    check(id, "Die Auftragsverarbeitung erfolgt nach § 11 BDSG.", Some("§ 11 BDSG"));
    check(id, "Personal data shall be processed in accordance with Directive 95/46/EC and national law implementing it.", Some("Directive 95/46"));
    check(id, "\"Data Protection Law\" means the Data Protection Directive and the laws implementing it.", Some("Data Protection Directive"));
    check(id, "Personuppgiftsbiträdet ska följa personuppgiftslagen (1998:204).", Some("personuppgiftslagen"));
    check(id, "Biträdet ska behandla uppgifterna enligt PUL.", Some("PUL"));
    // Named as the basis of an earlier agreement, "now repealed".
    check(id, "Avtalet ersätter avtalet från 2012, som ingicks enligt den numera upphävda personuppgiftslagen (1998:204).", None);
    check(id, "Databehandleren skal følge personopplysningsloven (lov 14. april 2000 nr. 31).", Some("14. april 2000 nr. 31"));
    check(id, "Der Auftragnehmer verarbeitet die Daten im Auftrag gemäß § 11 BDSG.", Some("§ 11 BDSG"));
    check(id, "Die technischen und organisatorischen Maßnahmen nach der Anlage zu § 9 BDSG sind einzuhalten.", Some("Anlage zu § 9"));
    check(id, "Behandlingen skjer i samsvar med personopplysningsloven av 2000 og personopplysningsforskriften.", Some("personopplysningsloven av 2000"));
    check(id, "Die DSGVO hat die Datenschutzrichtlinie 95/46/EG aufgehoben.", None);
    check(id, "Dataskyddsförordningen ersätter personuppgiftslagen (1998:204).", None);
    // Mentions that do not rely on it.
    check(id, "Forordning (EU) 2016/679 af 27. april 2016 om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger og om ophævelse af direktiv 95/46/EF (databeskyttelsesforordningen).", None);
    check(id, "Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC.", None);
    check(id, "Directive 95/46/EC is repealed with effect from 25 May 2018.", None);
    check(id, "Databeskyttelsesforordningen har erstattet persondataloven.", None);
    check(id, "Persondataloven, som parternes tidligere aftale fra 2015 byggede på, er ophævet.", None);
    check(id, "Denne aftale afløser den tidligere aftale indgået efter persondataloven.", None);
    // The law of an earlier agreement, "then in force" ("dagældende", "damals geltende").
    check(id, "Aftalen træder i stedet for parternes aftale fra 2016, der blev indgået i medfør af den dagældende persondatalov (lov nr. 429 af 31. maj 2000).", None);
    check(id, "This agreement takes the place of the parties' 2015 agreement, which was made under the then applicable Directive 95/46/EC.", None);
    check(id, "Diese Vereinbarung tritt an die Stelle der Vereinbarung von 2014, die nach dem damals geltenden § 11 BDSG geschlossen wurde.", None);
    check(id, "Databehandleren overholder databeskyttelsesloven og den til enhver tid gældende persondatalovgivning.", None);
    check(id, "Behandlingen er underlagt personopplysningsloven og personvernforordningen.", None);
    check(id, "Verarbeitung im Auftrag nach Art. 28 DSGVO und § 62 BDSG.", None);
}

#[test]
fn transfer_invalid_mechanism() {
    let id = "transfer_invalid_mechanism";
    check(id, "The parties have entered into the EU Commission's standard contractual clauses (2010/87/EU).", Some("2010/87/EU"));
    check(id, "Overførsel til USA sker på grundlag af underdatabehandlerens certificering under EU-US Privacy Shield.", Some("EU-US Privacy Shield"));
    check(id, "Transfers to the United States are covered by the Safe Harbor principles.", Some("Safe Harbor"));
    // History: what earlier terms relied on.
    check(id, "Earlier versions of our terms relied on the EU-U.S. Privacy Shield Framework. We no longer use it.", None);
    check(id, "Previously, transfers were based on the Privacy Shield; the Court annulled it in 2020.", None);
    check(id, "Parterne har indgået standardkontraktbestemmelser i henhold til Kommissionens beslutning 2004/915/EF.", Some("2004/915/EF"));
    check(id, "Överföringen sker med stöd av Privacy Shield.", Some("Privacy Shield"));
    check(id, "Privacy Shield is no longer a valid transfer mechanism.", None);
    check(id, "Safe Harbor, which the parties relied on under their first hosting agreement signed in 2012, has been replaced by the Data Privacy Framework.", None);
    check(id, "Transfers rest on Privacy Shield. The processor no longer stores backups in the EU.", Some("Privacy Shield"));
    check(id, "The Swiss-U.S. Privacy Shield, relied on by the sub-processor until 2020, is no longer relied on.", None);
    check(id, "Transfers to the U.S. rely on the EU-U.S. Privacy Shield.", Some("EU-U.S. Privacy Shield"));
    check(id, "Efter EU-Domstolens underkendelse af Privacy Shield sker overførsler på grundlag af standardkontraktbestemmelserne (2021/914).", None);
    check(id, "The 2021 clauses replaced Decision 2010/87/EU.", None);
    check(id, "Transfers rest on the standard contractual clauses of Implementing Decision (EU) 2021/914.", None);
    check(id, "Die Übermittlung erfolgt nicht mehr auf Grundlage des Privacy Shield, sondern der Standardvertragsklauseln.", None);
    // "… is expressly not the basis": an old mechanism named only to be set aside.
    check(id, "Das frühere Privacy Shield ist ausdrücklich keine Grundlage der Übermittlung.", None);
    check(id, "For the avoidance of doubt, the former EU-U.S. Privacy Shield is not relied upon.", None);
    check(id, "Overførslen sker efter Data Privacy Framework; Privacy Shield er ikke grundlag for overførslen.", None);
    check(id, "Der Auftragnehmer stützt Übermittlungen in die USA auf das Privacy Shield.", Some("Privacy Shield"));
    check(id, "Privacy Shield kan ikke anvendes som overførselsgrundlag.", None);
    check(id, "The EU-US Privacy Shield shall not be relied upon for any transfer.", None);
    check(id, "Privacy Shield får inte användas som grund för överföring.", None);
}

#[test]
fn template_placeholder() {
    let id = "template_placeholder";
    check(id, "Den dataansvarlige: [NAVN], CVR-nr. [CVR-NR].", Some("[NAVN]"));
    check(id, "[kunde] fremsender e-mails til databehandlerens server.", Some("[kunde]"));
    check(id, "Aftalen træder i kraft den [indsæt dato].", Some("[indsæt dato]"));
    check(id, "Processor: [●], registered office at [●].", Some("[●]"));
    check(id, "The Controller, <Company name>, appoints the Processor.", Some("<Company name>"));
    check(id, "Notice shall be given xx days in advance.", Some("xx"));
    check(id, "[Såfremt parterne ønsker vilkår om revisionserklæringer, skal omfanget aftales nærmere.", Some("[Såfremt parterne ønsker vilkår om revisionserklæringer, skal omfanget aftales nærmere."));
    check(id, "Der Auftraggeber [Name] beauftragt den Auftragnehmer.", Some("[Name]"));
    check(id, "Personuppgiftsansvarig: [Företagets namn], org.nr [XXXXXX-XXXX].", Some("[Företagets namn]"));
    check(id, "Behandlingsansvarlig: <virksomhetens navn>, org.nr. XXX XXX XXX.", Some("<virksomhetens navn>"));
    check(id, "Der Auftragnehmer benachrichtigt den Auftraggeber innerhalb von 24 Stunden [1].", None);
    check(id, "See Lloyd v Google [2021] UKSC 50 on damages.", None);
    check(id, "As set out in the EDPB guidelines[1], see [the guidelines](https://edpb.europa.eu).", None);
    check(id, "Databehandleren er SMTP.dk ApS, CVR 29849439, Refshalevej 163A.", None);
    check(id, "Kapitel XX finder ikke anvendelse.", None);
    // Issue 21: the other ways templates leave blanks, and agreed text that only looks like one.
    check(id, "The Processor shall notify the Controller within [insert] hours.", Some("[insert]"));
    check(id, "Den dataansvarlige kan kontaktes på: [e-mail-adresse indsættes].", Some("[e-mail-adresse indsættes]"));
    check(id, "Where a field cannot be completed, the Processor shall write \"[MISSING: reason]\" in it.", None);
    check(id, "Manglende oplysninger markeres som [MANGLER] i bilag 1.", None);
    check(id, "Den dataansvarlige\nNavn:\nAdresse: Rådhuspladsen 1, 1550 København V", Some("Navn:"));
    check(id, "Data Processor\nCompany: Example Hosting Ltd\nContact person: ________________", Some("Contact person: ________________"));
    check(id, "Signed for and on behalf of the Controller\nName:\nTitle:\nDate: __________", None);
}

#[test]
fn conflicting_options_from_markers_and_boxes() {
    let id = "conflicting_options";
    check(id, "Mulighed 1: Databehandleren må kun anvende underdatabehandlere med specifik godkendelse. Mulighed 2: Databehandleren har en generel godkendelse.", Some("Mulighed 1"));
    check(id, "Option 1 – Specific prior authorisation. Option 2 – General written authorisation.", Some("Option 1"));
    check(id, "☐ Underdatabehandlere må anvendes ☐ Underdatabehandlere må ikke anvendes", Some("☐"));
    check(id, "Alternativ 1: Biträdet får anlita underbiträden. Alternativ 2: Biträdet får inte anlita underbiträden.", Some("Alternativ 1"));
    check(id, "Variante 1: Einzelgenehmigung jedes Unterauftragsverarbeiters. Variante 2: Allgemeine Genehmigung.", Some("Variante 1"));
    check(id, "Alternativ 2 gjelder for denne avtalen.", None);
    check(id, "Clause 9(a): Option 2 applies. Clause 17: Option 1 applies, the law of Ireland.", None);
    check(id, "☒ Underdatabehandlere må anvendes ☐ Underdatabehandlere må ikke anvendes", None);
    check(id, "Mulighed 2 finder anvendelse.", None);
    check(id, "Option 10 and option 12 are reserved.", None);
    check(id, "Revisionsform: ☐ ISAE 3000 ☐ ISAE 3402 ☐ ISO 27001 ☐ Spørgeskema", None); // a blank checklist, not alternatives

    // Markers in neighbouring clauses count; far apart they do not.
    let dpa = Dpa::new(&[("7.3", "Mulighed 1 – specifik godkendelse"), ("7.4", "Mulighed 2 – generel godkendelse")]);
    assert_eq!(dpa.finding(id).map(|f| f.clauses), Some(vec!["7.3".to_string(), "7.4".to_string()]));
    let far = Dpa::new(&[("1", "Mulighed 1"), ("2", "a"), ("3", "b"), ("4", "c"), ("5", "Mulighed 2")]);
    assert_eq!(far.finding(id), None);
}

#[test]
fn conflicting_options_from_authorisation_both() {
    let clause = "Databehandleren må kun gøre brug af underdatabehandlere med forudgående specifik skriftlig godkendelse. Databehandleren har den dataansvarliges generelle godkendelse til brug af underdatabehandlere.";
    let dpa = Dpa::new(&[("7.3", clause)]).attr(Category::SubProcessors, "authorisation", text("both"), "7.3", "forudgående specifik skriftlig godkendelse");
    let f = dpa.finding("conflicting_options").expect("fires");
    assert_eq!(f.clauses, ["7.3"]);
    assert_eq!(f.severity, Severity::High);
    assert!(f.message.en.contains("both a specific and a general authorisation"), "{}", f.message.en);
    let general = Dpa::new(&[("7.3", clause)]).attr(Category::SubProcessors, "authorisation", text("general"), "7.3", "generelle godkendelse");
    assert_eq!(general.finding("conflicting_options"), None);
}

/// An attribute rule: the clause it must cite, or `None` for "must not fire".
fn check_attr(dpa: Dpa, id: &str, expected: Option<&str>) {
    let got = dpa.finding(id);
    match (expected, got) {
        (None, None) => {}
        (None, Some(f)) => panic!("{id} fired: {:?}", f.clauses),
        (Some(c), None) => panic!("{id} did not fire (expected {c})"),
        (Some(c), Some(f)) => {
            assert!(f.clauses.iter().any(|x| x == c), "{id} cites {:?}, expected {c}", f.clauses);
            assert!(!f.evidence.is_empty() && !f.message.da.is_empty() && !f.message.en.is_empty());
        }
    }
}

#[test]
fn transfer_general_authorisation() {
    let clause = "Den dataansvarlige giver hermed sin forudgående generelle skriftlige godkendelse til, at databehandleren kan overføre personoplysninger til et tredjeland.";
    let id = "transfer_general_authorisation";
    let dpa = |stance: Value| Dpa::new(&[("1.1", "Formål."), ("Bilag 6 1.1", clause)]).attr(Category::Transfers, "stance", stance, "Bilag 6 1.1", "generelle skriftlige godkendelse");
    check_attr(dpa(text("general_authorisation")), id, Some("Bilag 6 1.1"));
    check_attr(dpa(text("listed")), id, None);
    check_attr(dpa(text("prohibited")), id, None);
    check_attr(dpa(Value::Null), id, None);
}

#[test]
fn transfer_without_mechanism() {
    let id = "transfer_without_mechanism";
    let general = "The Controller authorises the Processor to transfer personal data to third countries.";
    let with_stance = |extra: &str| {
        Dpa::new(&[("5.1", general), ("5.2", extra)]).attr(Category::Transfers, "stance", text("general_authorisation"), "5.1", "transfer personal data to third countries")
    };
    check_attr(with_stance("The Processor shall notify the Controller of any new country."), id, Some("5.1"));
    check_attr(with_stance("Such transfers shall be based on the Standard Contractual Clauses."), id, None);
    check_attr(with_stance("Overførsler sker på grundlag af EU-Kommissionens standardkontraktbestemmelser."), id, None);
    check_attr(with_stance("Transfers are covered by the EU-US Privacy Shield."), id, None);
    let stated = Dpa::new(&[("5.1", general)])
        .attr(Category::Transfers, "stance", text("general_authorisation"), "5.1", "transfer")
        .attr(Category::Transfers, "mechanism", text("scc"), "5.1", "transfer");
    check_attr(stated, id, None);

    // A listed sub-processor outside the EU/EEA.
    let list = |location: &str| {
        let row = format!("Amazon Web Services, Inc. | {location}");
        let dpa = Dpa::new(&[("Bilag B", &row)]);
        let party = Party { name: "Amazon Web Services, Inc.".into(), location: Some(location.into()) };
        dpa.attr(Category::SubProcessors, "listed", Value::Parties(vec![party]), "Bilag B", "Amazon Web Services, Inc.")
            .attr(Category::Transfers, "stance", text("prohibited"), "Bilag B", "Amazon")
    };
    check_attr(list("USA"), id, Some("Bilag B"));
    check_attr(list("Indien"), id, Some("Bilag B"));
    check_attr(list("Irland"), id, None);
    check_attr(list("Storbritannien"), id, None);
    check_attr(list("Frankfurt, Tyskland"), id, None);
    let f = list("USA").finding(id).expect("fires");
    assert!(f.message.en.contains("Amazon Web Services, Inc. (USA)"), "{}", f.message.en);
    // Processing locations count too.
    let places = Dpa::new(&[("C.5", "Data behandles i datacentre i Virginia, USA.")]).attr(
        Category::ProcessingLocation,
        "places",
        Value::Texts(vec!["Virginia, USA".into()]),
        "C.5",
        "Virginia, USA",
    );
    check_attr(places, id, Some("C.5"));

    // Named countries that all have an adequacy decision need no tool.
    let listed = |clause: &str| {
        let mut dpa = Dpa::new(&[("8.1", clause)]).attr(Category::Transfers, "stance", text("listed"), "8.1", "8.1");
        dpa.clauses[0].categories = vec![Category::Transfers];
        dpa.attr(Category::Transfers, "stance", text("listed"), "8.1", &clause[..12])
    };
    check_attr(listed("Personoplysningerne må overføres til Storbritannien og Schweiz."), id, None);
    check_attr(listed("Personoplysningerne må overføres til Storbritannien og Indien."), id, Some("8.1"));
    // A tool stated for one adequate country covers no other destination; the same tool stated
    // for the transfers in general, or in a sentence that names the third country too, does.
    let two = |first: &str, second: &str| {
        let mut dpa = Dpa::new(&[("3.2", first), ("3.3", second)]).attr(Category::Transfers, "stance", text("listed"), "3.2", &first[..12]);
        dpa.clauses[0].categories = vec![Category::Transfers];
        dpa.clauses[1].categories = vec![Category::Transfers];
        dpa
    };
    let india = "Our subsidiary in Bangalore, India provides second-line support and can access customer data.";
    check_attr(two(india, "For our staff in Switzerland, the Commission's adequacy decision applies."), id, Some("3.2"));
    check_attr(two(india, "Transfers to the United Kingdom take place under the standard contractual clauses."), id, Some("3.2"));
    check_attr(two(india, "All such transfers take place under the standard contractual clauses."), id, None);
    check_attr(two(india, "Transfers to Switzerland and India take place under the standard contractual clauses."), id, None);
    let de = "Den Support erbringt unsere Tochtergesellschaft in Pune, Indien; deren Mitarbeitende können auf Kundendaten zugreifen.";
    check_attr(two(de, "Für die Schweiz besteht ein Angemessenheitsbeschluss der Europäischen Kommission."), id, Some("3.2"));
    // A tool the agreement says it is not (the Danish template's "Disse Bestemmelser er ikke
    // standardkontraktsbestemmelser …") is none; the same tool stated is.
    let not_a_tool = |lang: klausul::Lang, second: &str| {
        let india = "Den dataansvarlige instruerer hermed databehandleren i at give Kodefabrikken Pvt. Ltd. i Indien fjernadgang til systemet.";
        let mut dpa = two(india, second);
        dpa.doc.language = Some(lang);
        dpa
    };
    let da_denied = "Bestemmelserne er ikke standardkontraktsbestemmelser efter artikel 46, stk. 2, litra c, og kan ikke i sig selv danne grundlag for en overførsel til et tredjeland.";
    check_attr(not_a_tool(klausul::Lang::Da, da_denied), id, Some("3.2"));
    check_attr(not_a_tool(klausul::Lang::Da, "Overførslen sker på grundlag af EU-Kommissionens standardkontraktsbestemmelser."), id, None);
    check_attr(not_a_tool(klausul::Lang::En, "These Clauses do not constitute standard contractual clauses under Article 46(2)(c) GDPR."), id, Some("3.2"));
    // Other languages: German places, Swedish and Norwegian mechanisms.
    let de = Dpa::new(&[("3", "Die Daten werden in Rechenzentren in den Vereinigten Staaten verarbeitet.")]).attr(
        Category::ProcessingLocation,
        "places",
        Value::Texts(vec!["Vereinigte Staaten".into()]),
        "3",
        "Vereinigten Staaten",
    );
    check_attr(de, id, Some("3"));
    let general_in = |clause: &str| Dpa::new(&[("5", clause)]).attr(Category::Transfers, "stance", text("general_authorisation"), "5", &clause[..10]);
    check_attr(general_in("Biträdet får överföra personuppgifter till tredjeland med stöd av EU-kommissionens standardavtalsklausuler."), id, None);
    check_attr(general_in("Databehandleren kan overføre personopplysninger til tredjeland på grunnlag av EUs standard personvernbestemmelser."), id, None);
    check_attr(general_in("Der Auftragsverarbeiter darf Daten in Drittländer übermitteln, gestützt auf Standardvertragsklauseln."), id, None);
    check_attr(general_in("Biträdet får överföra personuppgifter till tredjeland."), id, Some("5"));
}

#[test]
fn attribute_rules_fire_and_cite_their_evidence() {
    let clauses = [
        ("4.6", "Databehandleren underretter uden unødig forsinkelse den dataansvarlige om brud på persondatasikkerheden."),
        ("4.7", "Underretning sker senest 96 timer efter, at databehandleren er blevet bekendt med bruddet."),
        ("9.1", "Databehandleren har krav på betaling efter medgået tid for bistand til den dataansvarlige."),
        ("11.3", "Databehandleren sletter personoplysningerne, såfremt den dataansvarlige retter skriftlig henvendelse herom."),
        ("11.4", "Databehandleren er berettiget til at anonymisere personoplysningerne og anvende dem til egne formål."),
        ("Bilag 3 4.2", "Anmodning om audit skal ske med mindst 60 dages varsel, og omkostningerne afholdes af den dataansvarlige."),
        ("Bilag 5 1.2", "Den dataansvarlige kan ikke nægte at godkende en underdatabehandler medmindre der foreligger en saglig begrundelse."),
    ];
    let base = || Dpa::new(&clauses);
    use Category::*;
    check_attr(base().attr(BreachNotification, "without_undue_delay", Value::Bool(true), "4.6", "uden unødig forsinkelse"), "breach_no_deadline", Some("4.6"));
    check_attr(base().attr(BreachNotification, "deadline_hours", Value::Number(24), "4.7", "96 timer"), "breach_no_deadline", None);
    check_attr(base().absent(BreachNotification), "breach_no_deadline", None);
    let silent = base().finding("breach_no_deadline").expect("fires without any time at all");
    assert!(silent.message.en.contains("does not say how fast"), "{}", silent.message.en);
    check_attr(base().attr(BreachNotification, "deadline_hours", Value::Number(96), "4.7", "96 timer"), "breach_deadline_over_72h", Some("4.7"));
    check_attr(base().attr(BreachNotification, "deadline_hours", Value::Number(72), "4.7", "96 timer"), "breach_deadline_over_72h", None);
    check_attr(base().attr(Costs, "assistance_paid", Value::Bool(true), "9.1", "betaling efter medgået tid"), "assistance_paid", Some("9.1"));
    check_attr(base().attr(Costs, "assistance_paid", Value::Bool(false), "9.1", "betaling"), "assistance_paid", None);
    check_attr(base().attr(DeletionReturn, "trigger", text("on_request"), "11.3", "såfremt den dataansvarlige retter skriftlig henvendelse"), "deletion_on_request_only", Some("11.3"));
    check_attr(base().attr(DeletionReturn, "trigger", text("end_of_service"), "11.3", "sletter"), "deletion_on_request_only", None);
    check_attr(base().attr(ProcessorOwnUse, "anonymisation", Value::Bool(true), "11.4", "anonymisere personoplysningerne"), "processor_anonymisation_reuse", Some("11.4"));
    check_attr(base(), "processor_anonymisation_reuse", None);
    // The message quotes the whole sentence around the evidence, not only the trigger words.
    let f = base().attr(ProcessorOwnUse, "anonymisation", Value::Bool(true), "11.4", "anonymisere").finding("processor_anonymisation_reuse").expect("fires");
    assert!(f.message.en.contains("(\"Databehandleren er berettiget til at anonymisere personoplysningerne og anvende dem til egne formål.\")"), "{}", f.message.en);
    assert_eq!(f.evidence.len(), 1);
    assert_eq!(base().quoted(&f), ["anonymisere"]);
    check_attr(base().attr(Audits, "notice_days", Value::Number(60), "Bilag 3 4.2", "60 dages varsel"), "audit_restricted", Some("Bilag 3 4.2"));
    check_attr(base().attr(Audits, "notice_days", Value::Number(30), "Bilag 3 4.2", "60 dages varsel"), "audit_restricted", None);
    check_attr(base().attr(Audits, "cost_bearer", text("controller"), "Bilag 3 4.2", "afholdes af den dataansvarlige"), "audit_restricted", Some("Bilag 3 4.2"));
    check_attr(base().attr(Audits, "cost_bearer", text("shared"), "Bilag 3 4.2", "afholdes"), "audit_restricted", None);
    check_attr(base().attr(SubProcessors, "objection_right", text("restricted"), "Bilag 5 1.2", "kan ikke nægte"), "sub_processor_objection_restricted", Some("Bilag 5 1.2"));
    check_attr(base().attr(SubProcessors, "objection_right", text("none"), "Bilag 5 1.2", "kan ikke nægte"), "sub_processor_objection_restricted", Some("Bilag 5 1.2"));
    check_attr(base().attr(SubProcessors, "objection_right", text("free"), "Bilag 5 1.2", "kan ikke nægte"), "sub_processor_objection_restricted", None);
}

#[test]
fn sub_processor_rules() {
    use Category::SubProcessors as S;
    let clauses = [
        ("6.1", "Den dataansvarlige giver hermed sin generelle skriftlige godkendelse til, at databehandleren kan gøre brug af underdatabehandlere."),
        ("6.2", "Databehandleren pålægger underdatabehandleren de samme databeskyttelsesforpligtelser som fastsat i denne aftale."),
        ("Bilag B", "Navn | Adresse | Lokation"),
    ];
    let base = || Dpa::new(&clauses);
    let general = || base().attr(S, "authorisation", text("general"), "6.1", "generelle skriftlige godkendelse");
    let listed = |parties: Vec<Party>| Value::Parties(parties);
    let party = |name: &str, location: Option<&str>| Party { name: name.into(), location: location.map(str::to_string) };

    check_attr(general(), "sub_processor_no_flow_down", Some("6.1"));
    check_attr(general().attr(S, "flow_down", Value::Bool(true), "6.2", "de samme databeskyttelsesforpligtelser"), "sub_processor_no_flow_down", None);
    check_attr(base(), "sub_processor_no_flow_down", None); // no sub-processors allowed at all
    check_attr(base().attr(S, "listed", listed(vec![party("Microsoft Ireland Operations Ltd", Some("Irland"))]), "Bilag B", "Navn"), "sub_processor_no_flow_down", Some("Bilag B"));

    check_attr(general(), "sub_processor_list_missing", Some("6.1"));
    check_attr(general().attr(S, "listed", listed(vec![]), "Bilag B", "Navn"), "sub_processor_list_missing", None);
    check_attr(base().attr(S, "authorisation", text("specific"), "6.1", "godkendelse"), "sub_processor_list_missing", None);

    let incomplete = |parties: Vec<Party>| general().attr(S, "listed", listed(parties), "Bilag B", "Navn");
    check_attr(incomplete(vec![party("platform.", Some("Rumænien"))]), "sub_processor_list_incomplete", Some("Bilag B"));
    check_attr(incomplete(vec![party("Hosting provider", Some("EU"))]), "sub_processor_list_incomplete", Some("Bilag B"));
    // A compound word ending in a kind of service names no one, in any language.
    check_attr(incomplete(vec![party("E-Mail-Versanddienstleister", Some("EU"))]), "sub_processor_list_incomplete", Some("Bilag B"));
    check_attr(incomplete(vec![party("Kundeserviceplatform", Some("Danmark"))]), "sub_processor_list_incomplete", Some("Bilag B"));
    check_attr(incomplete(vec![party("Hetzner Online GmbH", None)]), "sub_processor_list_incomplete", Some("Bilag B"));
    check_attr(incomplete(vec![party("Hetzner Online GmbH", Some("[LAND]"))]), "sub_processor_list_incomplete", Some("Bilag B"));
    check_attr(incomplete(vec![party("Hetzner Online GmbH", Some("Tyskland")), party("Zendesk, Inc.", Some("USA"))]), "sub_processor_list_incomplete", None);
    let f = incomplete(vec![party("platform.", Some("Rumænien"))]).finding("sub_processor_list_incomplete").expect("fires");
    assert!(f.message.da.contains("\"platform. (Rumænien)\""), "{}", f.message.da);
}

#[test]
fn repeated_wording_is_cited_everywhere_it_stands() {
    let mut dpa = Dpa::new(&[
        ("11.3", "Databehandleren sletter alle personoplysninger, såfremt den dataansvarlige retter skriftlig henvendelse herom."),
        ("Bilag 2 1.4", "Efter endt samarbejde slettes personoplysninger, såfremt den dataansvarlige retter skriftlig henvendelse herom."),
        ("Bilag 2 1.5", "Backup slettes efter 30 dage."),
    ]);
    for cl in &mut dpa.clauses {
        cl.categories = vec![Category::DeletionReturn];
    }
    let dpa = dpa
        .attr(Category::DeletionReturn, "trigger", text("on_request"), "Bilag 2 1.4", "såfremt den dataansvarlige retter skriftlig henvendelse")
        .attr(Category::DeletionReturn, "confirmation", Value::Bool(false), "11.3", "sletter");
    let f = dpa.finding("deletion_on_request_only").expect("fires");
    assert_eq!(f.clauses, ["11.3", "Bilag 2 1.4"]); // document order; 1.5 says something else
}

#[test]
fn listed_entries_are_cited_where_they_stand() {
    // Extract left no evidence; the sub-processor clauses come first, the list is an annex.
    let mut dpa = Dpa::new(&[
        ("7.1", "Databehandleren skal opfylde betingelserne i artikel 28, stk. 2 og 4."),
        ("7.2", "Databehandleren må ikke gøre brug af en underdatabehandler uden godkendelse."),
        ("7.3", "Databehandleren har den dataansvarliges generelle godkendelse."),
        ("7.4", "Underdatabehandleren pålægges de samme forpligtelser."),
        ("7.5", "Aftaler sendes i kopi."),
        ("7.6", "Databehandleren forbliver ansvarlig."),
        ("Bilag B", "Underdatabehandlere: platform. (Rumænien)"),
    ]);
    for cl in &mut dpa.clauses {
        cl.categories = vec![Category::SubProcessors];
    }
    let ids: Vec<String> = dpa.clauses.iter().map(|c| c.id.clone()).collect();
    let r = dpa.cats.get_mut(&Category::SubProcessors).expect("present");
    r.clauses = ids;
    r.attributes.insert("authorisation".into(), text("general"));
    r.attributes.insert("flow_down".into(), Value::Bool(true));
    r.attributes.insert("listed".into(), Value::Parties(vec![Party { name: "platform.".into(), location: Some("Rumænien".into()) }]));
    let f = dpa.finding("sub_processor_list_incomplete").expect("fires");
    assert_eq!(f.clauses, ["Bilag B"]);
    assert_eq!(dpa.quoted(&f), ["platform"]);
}

#[test]
fn missing_required_categories() {
    let dpa = Dpa::new(&[("1", "Aftale.")]).absent(Category::Audits).absent(Category::Records);
    let missing: Vec<String> = dpa.findings().into_iter().filter(|f| f.id.starts_with("missing_required:")).map(|f| f.id).collect();
    assert_eq!(missing, ["missing_required:audits"]); // records is not required
    let f = dpa.finding("missing_required:audits").expect("fires");
    assert_eq!(f.anchor, "GDPR Art. 28(3)(h)");
    assert!(f.clauses.is_empty());
    assert!(f.message.en.contains("no clause on audits"), "{}", f.message.en);
    assert!(f.message.da.contains("ingen bestemmelse om revision"), "{}", f.message.da);
}

#[test]
fn findings_are_ordered_most_severe_first() {
    let dpa = Dpa::new(&[("1", "Den dataansvarlige: [NAVN]."), ("2", "Behandlingen sker efter persondataloven.")])
        .absent(Category::Security)
        .attr(Category::ProcessorOwnUse, "anonymisation", Value::Bool(true), "2", "Behandlingen");
    let found: Vec<(String, Severity)> = dpa.findings().into_iter().map(|f| (f.id, f.severity)).collect();
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["missing_required:security", "processor_anonymisation_reuse", "breach_no_deadline", "outdated_law_reference", "template_placeholder"]);
    assert!(found.windows(2).all(|w| w[0].1 <= w[1].1));
}

#[test]
fn nothing_panics_on_odd_spans() {
    let mut dpa = Dpa::new(&[("1", "Æble [NAVN] persondataloven"), ("2", "x")]);
    dpa.clauses[0].span = [9999, 3]; // a broken clause span from upstream
    dpa.clauses[1].text = "☐☐ [ [[ <<< ${ {{ xx".into();
    let findings = dpa.findings();
    assert!(findings.iter().any(|f| f.id == "template_placeholder"));
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Any clause text, any (even inconsistent) span, any attribute values: findings, no panic.
        #[test]
        fn assess_never_panics(texts in proptest::collection::vec("(\\PC|[\\[\\]<>{}$☐☒xX§ ]){0,80}", 1..6),
                               start in 0u32..500, len in 0u32..500, hours in proptest::option::of(0u32..500)) {
            let clauses: Vec<(String, String)> = texts.iter().enumerate().map(|(i, t)| (format!("{}", i + 1), format!("x{t}"))).collect();
            let refs: Vec<(&str, &str)> = clauses.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            let mut dpa = Dpa::new(&refs);
            if let Some(c) = dpa.clauses.first_mut() {
                c.span = [start, start.saturating_add(len)];
            }
            if let Some(h) = hours {
                dpa = dpa.attr(Category::BreachNotification, "deadline_hours", Value::Number(h), "1", "x");
            }
            let findings = dpa.findings();
            prop_assert!(findings.windows(2).all(|w| w[0].severity <= w[1].severity));
            prop_assert!(findings.iter().all(|f| !f.message.en.is_empty() && !f.message.da.is_empty()));
        }
    }
}
