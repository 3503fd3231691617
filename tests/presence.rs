//! `missing_required:*` only when nothing in the agreement covers the item (issue 21): for every
//! required category, three differently worded clauses in Danish and three in English that must
//! count as present, and three near misses that must not. Each text is analysed as a whole
//! one-paragraph document without a heading, so only its own words decide.

use klausul::{Category, Format, Lang};

fn analysed(lang: Lang, text: &str) -> klausul::Analysis {
    let mut doc = klausul::ingest(text.as_bytes(), "clause.txt").expect("plain text ingests");
    assert_eq!(doc.format, Format::Txt);
    doc.language = Some(lang);
    klausul::analyze(&doc)
}

fn present(lang: Lang, text: &str, c: Category) -> bool {
    let a = analysed(lang, text);
    let missing = a.findings.iter().any(|f| f.id == format!("missing_required:{c}"));
    let present = a.categories[&c].present;
    assert_eq!(present, !missing, "{c}: presence and missing_required disagree on {text:?}");
    present
}

/// Every text of `da` and `en` must cover `c`, none of `near` may; all failures are listed at once.
fn check(c: Category, da: [&str; 3], en: [&str; 3], near: [(Lang, &str); 3]) {
    let mut failures = Vec::new();
    for (lang, t) in da.iter().map(|t| (Lang::Da, *t)).chain(en.iter().map(|t| (Lang::En, *t))) {
        if !present(lang, t, c) {
            failures.push(format!("not found: {t}"));
        }
    }
    for (lang, t) in near {
        if present(lang, t, c) {
            failures.push(format!("wrongly found: {t}"));
        }
    }
    assert!(failures.is_empty(), "{c}:\n{}", failures.join("\n"));
}

use Category::*;
use Lang::{Da, En};

#[test]
fn scope() {
    check(
        Scope,
        [
            "Databehandleren behandler personoplysninger om kundens medarbejdere, herunder navn, e-mailadresse og lønoplysninger, med det formål at levere lønsystemet.",
            "Behandlingen omfatter kategorier af registrerede som borgere og pårørende samt typer af personoplysninger som kontaktoplysninger og CPR-nummer.",
            "Formålet med behandlingen er drift af kundens webshop; behandlingens art er opbevaring og afsendelse af ordrebekræftelser.",
        ],
        [
            "The subject matter of the processing is the hosting of the Customer's CRM data; the categories of data subjects are the Customer's clients and prospects.",
            "The Processor will process the following types of personal data: names, e-mail addresses, IP addresses and purchase history, for the purpose of providing the Services.",
            "The nature and purpose of the processing is the storage and analysis of support tickets submitted by end users.",
        ],
        [
            (En, "This Agreement shall be governed by the laws of Denmark."),
            (Da, "Databehandleren skal underrette den dataansvarlige om brud på persondatasikkerheden inden 24 timer."),
            (En, "Each party shall bear its own costs."),
        ],
    );
}

#[test]
fn instructions() {
    check(
        Instructions,
        [
            "Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.",
            "Leverandøren handler alene efter kundens skriftlige anvisninger og må ikke behandle oplysningerne til andre formål.",
            "Databehandleren følger de instruktioner, som den dataansvarlige til enhver tid giver, og underretter straks, hvis en instruktion efter databehandlerens mening er i strid med databeskyttelsesforordningen.",
        ],
        [
            "The Processor shall process personal data only on documented instructions from the Controller.",
            "Vendor will process Customer Personal Data solely for the purposes set out in the Agreement and in accordance with Customer's written directions.",
            "We act only on your instructions, and we will tell you at once if we believe an instruction infringes data protection law.",
        ],
        [
            (En, "The Processor shall delete all personal data at the end of the Agreement."),
            (Da, "Denne aftale er underlagt dansk ret."),
            (En, "Training materials and user instructions for the software are available online."),
        ],
    );
}

#[test]
fn confidentiality() {
    check(
        Confidentiality,
        [
            "Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed eller er underlagt en passende lovbestemt tavshedspligt.",
            "Medarbejdere med adgang til oplysningerne har underskrevet en fortrolighedserklæring.",
            "Kun medarbejdere, der har behov for det, får adgang, og de har tavshedspligt, også efter ansættelsens ophør.",
        ],
        [
            "The Processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.",
            "All staff with access to Customer Data are bound by written confidentiality undertakings.",
            "Our employees are under a duty of secrecy that continues after their employment ends.",
        ],
        [
            (En, "The Processor shall notify the Controller of a personal data breach without undue delay."),
            (Da, "Databehandleren må anvende underdatabehandlere med den dataansvarliges generelle godkendelse."),
            (En, "The Customer may terminate the Agreement with three months' notice."),
        ],
    );
}

#[test]
fn security() {
    check(
        Security,
        [
            "Databehandleren iværksætter passende tekniske og organisatoriske foranstaltninger, jf. databeskyttelsesforordningens artikel 32.",
            "Alle data krypteres under transport og i hvile, og adgang kræver to-faktor-godkendelse.",
            "Databehandleren tager sikkerhedskopi dagligt og tester jævnligt sine sikkerhedsforanstaltninger.",
        ],
        [
            "The Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk.",
            "Data is encrypted at rest with AES-256, and access to production systems requires multi-factor authentication.",
            "We maintain an information security programme certified to ISO 27001, including firewalls, logging and regular penetration tests.",
        ],
        [
            (En, "The Processor shall process personal data only on documented instructions from the Controller."),
            (Da, "Aftalen er underlagt dansk ret, og tvister afgøres ved de danske domstole."),
            (En, "The Processor may charge its hourly rates for assistance."),
        ],
    );
}

#[test]
fn sub_processors() {
    check(
        SubProcessors,
        [
            "Databehandleren må ikke gøre brug af en anden databehandler uden forudgående specifik skriftlig godkendelse fra den dataansvarlige.",
            "Leverandøren må benytte underleverandører til drift og hosting og orienterer kunden om nye underleverandører med 30 dages varsel.",
            "Den dataansvarlige har ved aftalens indgåelse godkendt de underdatabehandlere, der fremgår af bilag 2.",
        ],
        [
            "The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.",
            "Vendor may use subcontractors to provide the Services and will give Customer 30 days' notice of any new subcontractor.",
            "Customer approves the sub-processors listed in Annex 3.",
        ],
        [
            (En, "The Controller is responsible for the lawfulness of the processing."),
            (Da, "Databehandleren skal slette personoplysningerne ved aftalens ophør."),
            (En, "This DPA forms part of the Master Services Agreement."),
        ],
    );
}

#[test]
fn data_subject_rights() {
    check(
        DataSubjectRights,
        [
            "Databehandleren bistår den dataansvarlige med at besvare anmodninger om udøvelse af de registreredes rettigheder.",
            "Modtager leverandøren en anmodning om indsigt, berigtigelse eller sletning direkte fra en registreret, videresendes den straks til kunden.",
            "Databehandleren hjælper den dataansvarlige med at opfylde de registreredes ret til dataportabilitet og indsigelse.",
        ],
        [
            "The Processor shall assist the Controller in responding to requests for exercising the data subject's rights.",
            "If Vendor receives a request from an individual to access, correct or delete their personal data, Vendor will promptly forward it to Customer.",
            "We will help you meet your obligations to respond to data subject access requests.",
        ],
        [
            (En, "The Processor shall keep a record of all categories of processing activities."),
            (Da, "Den dataansvarlige har ret til at føre tilsyn med databehandleren."),
            (En, "Either party may terminate this Agreement for material breach."),
        ],
    );
}

#[test]
fn controller_assistance() {
    check(
        ControllerAssistance,
        [
            "Databehandleren bistår den dataansvarlige med at overholde forpligtelserne i databeskyttelsesforordningens artikel 32-36.",
            "Leverandøren hjælper kunden med konsekvensanalyser vedrørende databeskyttelse og med forudgående høring af Datatilsynet.",
            "Databehandleren stiller de oplysninger til rådighed, som den dataansvarlige har brug for til at udarbejde en konsekvensanalyse.",
        ],
        [
            "The Processor shall assist the Controller in ensuring compliance with the obligations pursuant to Articles 32 to 36 GDPR.",
            "Vendor will provide reasonable assistance with any data protection impact assessment and prior consultation with a supervisory authority.",
            "We will give you the information you need to carry out a data protection impact assessment.",
        ],
        [
            (En, "The Processor shall delete all personal data upon termination."),
            (Da, "Databehandleren må ikke overføre personoplysninger til tredjelande."),
            (En, "This Agreement enters into force on signature."),
        ],
    );
}

/// Naming data subjects in passing (a definition, their requests) does not describe whose data is
/// processed: the scope is still missing.
#[test]
fn data_subjects_named_in_passing_are_no_scope() {
    let cases = [
        (En, "Data Subject has the meaning given in the Data Protection Laws; Data Subject Request means a request from a Data Subject to exercise a Data Subject right."),
        (En, "The processor shall promptly refer every request from a data subject to the controller and shall not answer data subjects directly."),
        (Da, "Den registrerede har den betydning, der følger af databeskyttelsesforordningen, og anmodninger fra registrerede videresendes til den dataansvarlige."),
    ];
    let found: Vec<&str> = cases.iter().filter(|(l, t)| present(*l, t, Scope)).map(|(_, t)| *t).collect();
    assert!(found.is_empty(), "wrongly found: {found:#?}");
}

/// Helping the controller notify a breach to the authority is assistance with Art. 33, even
/// where the clause sits in the breach section and never says "assist".
#[test]
fn helping_to_notify_the_authority_is_assistance() {
    let cases = [
        (En, "The processor will give the controller the information it needs to prepare its report to the data protection authority about the breach."),
        (En, "Supplier provides the details Customer requires to notify the supervisory authority within 72 hours."),
        (Da, "Databehandleren giver den dataansvarlige de oplysninger, der er nødvendige, for at den dataansvarlige kan anmelde bruddet til tilsynsmyndigheden."),
        (Lang::No, "Leverandøren gir kunden de opplysningene kunden trenger for melding til Datatilsynet om avviket."),
        (Lang::Sv, "Biträdet lämnar den information som den personuppgiftsansvarige behöver för sin anmälan till Integritetsskyddsmyndigheten."),
        (Lang::De, "Der Auftragnehmer stellt dem Verantwortlichen alle Informationen zur Verfügung, die dieser für die Meldung an die Aufsichtsbehörde benötigt."),
    ];
    let missed: Vec<&str> = cases.iter().filter(|(l, t)| !present(*l, t, ControllerAssistance)).map(|(_, t)| *t).collect();
    assert!(missed.is_empty(), "not found: {missed:#?}");
}

#[test]
fn breach_notification() {
    check(
        BreachNotification,
        [
            "Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på et brud på persondatasikkerheden.",
            "Leverandøren giver kunden besked senest 48 timer efter, at et sikkerhedsbrud er konstateret.",
            "Ved et brud på sikkerheden skal databehandleren straks orientere den dataansvarlige og beskrive bruddets art og sandsynlige konsekvenser.",
        ],
        [
            "The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.",
            "Vendor will inform Customer of any Security Incident within 36 hours.",
            "If we become aware of unauthorised access to your data, we will tell you promptly and describe what happened.",
        ],
        [
            (En, "Either party may terminate this Agreement if the other party commits a material breach of contract."),
            (Da, "Databehandleren skal føre en fortegnelse over behandlingsaktiviteter."),
            (En, "The Processor shall give 30 days' notice of new sub-processors."),
        ],
    );
}

#[test]
fn deletion_return() {
    check(
        DeletionReturn,
        [
            "Ved ophør af behandlingstjenesterne skal databehandleren efter den dataansvarliges valg slette eller tilbagelevere alle personoplysninger.",
            "Når aftalen udløber, sletter leverandøren alle kundens data og bekræfter sletningen skriftligt.",
            "Databehandleren skal senest 30 dage efter opsigelsen udlevere alle oplysninger til kunden og derefter destruere eksisterende kopier.",
        ],
        [
            "Upon termination of the services, the Processor shall delete or return all personal data to the Controller.",
            "Within 30 days after the end of the Agreement, Vendor will destroy all Customer Data and certify the destruction in writing.",
            "When the contract ends, we will hand back your data and erase our copies.",
        ],
        [
            (En, "The Processor shall notify the Controller of any personal data breach."),
            (Da, "Den dataansvarlige kan opsige aftalen med tre måneders varsel."),
            (En, "Data subjects have the right to erasure under Article 17 GDPR, and the Controller is responsible for handling such requests."),
        ],
    );
}

#[test]
fn audits() {
    check(
        Audits,
        [
            "Databehandleren stiller alle oplysninger til rådighed, der er nødvendige for at påvise overholdelse, og giver mulighed for revisioner, herunder inspektioner.",
            "Leverandøren fremsender hvert år en ISAE 3000-erklæring til kunden.",
            "Den dataansvarlige kan føre tilsyn hos databehandleren med 30 dages varsel.",
        ],
        [
            "The Processor shall make available all information necessary to demonstrate compliance and allow for and contribute to audits, including inspections.",
            "Vendor will provide its most recent SOC 2 Type II report on request.",
            "You may inspect our facilities once a year on 30 days' notice.",
        ],
        [
            (En, "The Processor shall implement appropriate technical and organisational measures."),
            (Da, "Databehandleren må kun behandle personoplysninger efter instruks."),
            (En, "The Processor shall keep personal data confidential."),
        ],
    );
}

#[test]
fn transfers() {
    check(
        Transfers,
        [
            "Databehandleren må ikke overføre personoplysninger til et tredjeland eller en international organisation uden dokumenteret instruks fra den dataansvarlige.",
            "Personoplysningerne behandles udelukkende inden for EU/EØS.",
            "Overførsel til lande uden for EU sker på grundlag af EU-Kommissionens standardkontraktbestemmelser.",
        ],
        [
            "The Processor shall not transfer personal data to a third country without the documented instructions of the Controller.",
            "Where personal data is transferred outside the EEA, such transfers take place under the standard contractual clauses.",
            "All personal data is processed exclusively within the European Union.",
        ],
        [
            (En, "The Processor shall notify the Controller of any personal data breach within 24 hours."),
            (Da, "Databehandleren skal bistå den dataansvarlige med konsekvensanalyser."),
            (En, "Ownership of the equipment shall transfer to the Customer on delivery."),
        ],
    );
}

/// A required item mentioned inside a clause about stronger topics is still covered: the clause
/// with the most evidence for it carries it too (`classify::cover_required`), in place of a topic
/// another clause carries as well.
#[test]
fn an_item_inside_a_clause_about_other_topics_is_covered() {
    let en = "1. Security incidents\n\
        1.1 The Processor shall notify the Controller of any personal data breach without undue delay and in any event within 48 hours \
        of becoming aware of the personal data breach. The Processor shall ensure that its sub-processors and every sub-processor's \
        staff notify it of any personal data breach, and shall impose the same obligations on each sub-processor by written contract. \
        The Processor shall implement appropriate technical and organisational measures, including encryption and pseudonymisation, \
        to ensure a level of security appropriate to the risk, and shall keep these security measures under review. The Processor \
        shall also help with any data protection impact assessment.\n\
        1.2 The Processor may engage sub-processors with the Controller's prior written authorisation.\n\
        1.3 The Processor shall maintain a level of security appropriate to the risk.";
    let a = analysed(En, en);
    assert!(a.categories[&ControllerAssistance].present, "{:?}", a.clauses.iter().map(|c| (&c.id, &c.categories)).collect::<Vec<_>>());
    assert!(!a.findings.iter().any(|f| f.id == "missing_required:controller_assistance"));
    // The words that made the case are shown as cues, and no topic was lost.
    let carrier = a.clauses.iter().find(|c| c.categories.contains(&ControllerAssistance)).unwrap();
    assert!(carrier.cues.iter().any(|cue| cue.category == ControllerAssistance));
    for c in [BreachNotification, Security] {
        assert!(a.categories[&c].present, "{c} still covered");
    }
    assert!(a.clauses.iter().all(|c| c.categories.len() <= 3));
}
