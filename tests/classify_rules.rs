//! Classification of single clauses from their body alone (no heading), and with headings:
//! clauses that must carry a category and near misses that must not.

use klausul::{Category, Clause, Document, Format, Lang, ParagraphKind};

fn classify(lang: Lang, heading: Option<&str>, text: &str) -> Clause {
    let mut doc = Document::from_paragraphs("t.txt", String::new(), Format::Txt, [(text.to_string(), ParagraphKind::Body)]);
    doc.language = Some(lang);
    let mut clauses = vec![Clause {
        id: "1".into(),
        heading: heading.map(str::to_string),
        text: doc.text.replace('\n', " "),
        span: [0, doc.chars],
        categories: vec![],
        score: 0.0,
        cues: vec![],
    }];
    klausul::classify::classify(&doc, &mut clauses);
    clauses.remove(0)
}

/// The clause carries `expected` (or, with `false`, does not), has one to three categories and
/// cues inside its span for each category it carries.
fn check(lang: Lang, text: &str, expected: Category, carries: bool) {
    let c = classify(lang, None, text);
    assert!((1..=3).contains(&c.categories.len()), "{text:?}: {:?}", c.categories);
    assert_eq!(c.categories.contains(&expected), carries, "{text:?} → {:?}", c.categories);
    if carries {
        assert!(c.score > 0.0 && c.score <= 1.0);
        let cues: Vec<_> = c.cues.iter().filter(|q| q.category == expected).collect();
        assert!(!cues.is_empty(), "{text:?}: no cue for {expected}");
        for q in cues {
            assert!(q.span[0] < q.span[1] && q.span[1] <= c.span[1], "{text:?}: cue {q:?} outside the clause");
        }
    }
}

use Category::*;
use Lang::{Da, De, En, No, Sv};

#[test]
fn english_bodies() {
    let cases: &[(&str, Category, bool)] = &[
        ("The Processor shall process personal data only on documented instructions from the Controller.", Instructions, true),
        ("The Processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.", Confidentiality, true),
        ("The Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk.", Security, true),
        ("The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.", SubProcessors, true),
        ("The Processor shall assist the Controller in responding to requests for exercising the data subject's rights laid down in Chapter III.", DataSubjectRights, true),
        ("The Processor shall assist the Controller with data protection impact assessments and prior consultations with the supervisory authority.", ControllerAssistance, true),
        ("The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.", BreachNotification, true),
        // Deletion said with a modal verb and no "personal data" after it.
        ("Once the subscription has ended, the Supplier will erase any remaining copies held in its backups.", DeletionReturn, true),
        ("The Supplier will delete Client Data thirty days after the last invoice is paid.", DeletionReturn, true),
        // Purpose limitation without the word "instructions"; "only within the EEA" is a place.
        ("The Supplier will only process the personal data for the purpose of providing the helpdesk service.", Instructions, true),
        ("The Supplier will process the personal data only within the EEA.", Instructions, false),
        // Requests of data subjects without the words "data subject request".
        ("If a customer of the Client applies directly to the Supplier to have inaccurate details corrected, the Supplier shall forward this request to the Client.", DataSubjectRights, true),
        ("The Supplier will pass on any request for access it receives to the Client within five working days.", DataSubjectRights, true),
        ("At the choice of the Controller, the Processor shall delete or return all the personal data after the end of the provision of services.", DeletionReturn, true),
        ("The Processor shall allow for and contribute to audits, including inspections, conducted by the Controller or another auditor.", Audits, true),
        ("The Processor shall not transfer personal data to a third country or an international organisation.", Transfers, true),
        ("All data are hosted in data centres located in Frankfurt, Germany.", ProcessingLocation, true),
        ("Log files are retained for 90 days and then deleted.", Retention, true),
        ("The Processor may anonymise the data and use it for its own purposes, including product development.", ProcessorOwnUse, true),
        ("Each party shall maintain a record of processing activities as required by Article 30.", Records, true),
        ("The Processor's total liability under this DPA shall be subject to the limitation of liability in the Agreement.", Liability, true),
        ("This DPA enters into force on the effective date and terminates with the Agreement.", TermTermination, true),
        ("In the event of a conflict between this DPA and the Agreement, this DPA shall prevail.", Precedence, true),
        ("This DPA is governed by the laws of Denmark and disputes shall be settled by the courts of Copenhagen.", GoverningLaw, true),
        ("The Processor shall be compensated for such assistance at its then-current hourly rates.", Costs, true),
        // near misses
        ("The Processor shall notify the Controller of changes to its contact details.", BreachNotification, false),
        ("The Controller may terminate the Agreement if the Processor is in breach of its payment obligations.", Transfers, false),
        ("Personal data shall be processed only on documented instructions from the Controller.", ProcessorOwnUse, false),
        ("The Processor shall implement appropriate technical and organisational measures.", GoverningLaw, false),
    ];
    for (text, cat, carries) in cases {
        check(En, text, *cat, *carries);
    }
}

#[test]
fn danish_bodies() {
    let cases: &[(&str, Category, bool)] = &[
        ("Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.", Instructions, true),
        ("Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed.", Confidentiality, true),
        ("Databehandleren iværksætter passende tekniske og organisatoriske sikkerhedsforanstaltninger.", Security, true),
        ("Databehandleren må ikke gøre brug af underdatabehandlere uden forudgående skriftlig godkendelse.", SubProcessors, true),
        ("Databehandleren bistår den dataansvarlige med at besvare anmodninger om udøvelse af de registreredes rettigheder.", DataSubjectRights, true),
        ("Databehandleren bistår den dataansvarlige med konsekvensanalyser og forudgående høringer.", ControllerAssistance, true),
        ("Databehandleren underretter uden unødig forsinkelse den dataansvarlige om brud på persondatasikkerheden.", BreachNotification, true),
        ("Ved ophør af tjenesterne skal databehandleren slette eller tilbagelevere alle personoplysninger.", DeletionReturn, true),
        ("Databehandleren giver mulighed for og bidrager til revisioner, herunder inspektioner.", Audits, true),
        ("Databehandleren må ikke overføre personoplysninger til tredjelande.", Transfers, true),
        ("Logfiler opbevares i 30 dage, hvorefter de slettes.", Retention, true),
        ("Databehandleren er berettiget til at anonymisere personoplysningerne og anvende dem til egne formål.", ProcessorOwnUse, true),
        ("Databehandleren har krav på betaling efter medgået tid.", Costs, true),
        ("Aftalen er underlagt dansk ret, og tvister afgøres ved de danske domstole.", GoverningLaw, true),
        ("Ved modstrid har denne databehandleraftale forrang.", Precedence, true),
        ("Parterne kan kontakte hinanden via nedenstående kontaktpersoner.", PartiesContacts, true),
        ("Databehandlerens behandling af personoplysninger drejer sig primært om karakteren af behandlingen: lagring og sikkerhedskopiering.", Scope, true),
        ("Behandlingen har følgende varighed: så længe hovedaftalen løber.", Scope, true),
        ("Databehandleren driver klinikkens journalsystem. Behandlingen omfatter opbevaring, sikkerhedskopiering og support.", Scope, true),
        // "behandling, omfatter" across a comma is no description of the processing.
        ("Den dataansvarlige orienterer databehandleren, hvis lovgivningen om de oplysninger, der overlades til behandling, omfatter andre regler.", Scope, false),
        // near misses
        ("Databehandleren underretter den dataansvarlige om ændringer i kontaktoplysninger.", BreachNotification, false),
        ("Databehandleren må kun behandle personoplysninger efter dokumenteret instruks.", Transfers, false),
        ("Databehandleren iværksætter passende tekniske og organisatoriske foranstaltninger.", ProcessorOwnUse, false),
    ];
    for (text, cat, carries) in cases {
        check(Da, text, *cat, *carries);
    }
}

#[test]
fn other_languages() {
    check(Sv, "Personuppgiftsbiträdet får inte anlita ett underbiträde utan skriftligt förhandstillstånd.", SubProcessors, true);
    // A request "it has received from the data subject", words between; support "bei der Einhaltung".
    check(En, "The Supplier shall tell the Customer without delay of every request it may receive from the data subject and shall not answer it.", DataSubjectRights, true);
    check(En, "The Supplier shall keep a record of the instructions it has received from the data controller.", DataSubjectRights, false);
    check(De, "Der Dienstleister unterstützt im Rahmen seiner Möglichkeiten den Auftraggeber zudem bei der Einhaltung der nachstehenden Pflichten.", ControllerAssistance, true);
    check(Sv, "Personuppgiftsbiträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om en personuppgiftsincident.", BreachNotification, true);
    check(No, "Databehandleren skal sørge for at personer som behandler personopplysninger har taushetsplikt.", Confidentiality, true);
    check(No, "Databehandleren kan ikke overføre personopplysninger til tredjeland uten instruks.", Transfers, true);
    check(Sv, "Leverantören ska radera kvarvarande kopior i säkerhetskopiorna när tjänsten upphör.", DeletionReturn, true);
    check(Sv, "Leverantören vidarebefordrar utan dröjsmål varje begäran om registerutdrag till kunden.", DataSubjectRights, true);
    check(Sv, "Biträdet får endast behandla personuppgifter för de ändamål som anges i bilaga 1.", Instructions, true);
    check(No, "Leverandøren skal kun behandle personopplysninger for formålene i vedlegg 1.", Instructions, true);
    // Swiss spelling ("ss" for "ß"), and the instructions named with their article.
    check(De, "Wir bearbeiten die Personendaten ausschliesslich nach den Weisungen des Kunden.", Instructions, true);
    check(De, "Der Auftragnehmer verarbeitet die Daten ausschließlich im Rahmen der Vereinbarung.", Instructions, true);
    check(Da, "Databehandleren må kun behandle personoplysninger til de formål, der fremgår af bilag A.", Instructions, true);
    // Reuse of the data, allowed or forbidden, is the processor's own use.
    check(Da, "Leverandøren må ikke bruge kundens oplysninger til målrettet reklame eller salg af data.", ProcessorOwnUse, true);
    check(En, "The Supplier shall not use Customer Data to train AI models or for targeted advertising.", ProcessorOwnUse, true);
    check(Sv, "Leverantören får inte använda kundens uppgifter för riktad reklam eller för att träna AI-modeller.", ProcessorOwnUse, true);
    check(De, "Der Auftragnehmer darf die Daten nicht für gezielte Werbung oder zum Training von KI-Modellen nutzen.", ProcessorOwnUse, true);
    check(De, "Wendet sich ein Betroffener wegen Berichtigung oder Löschung direkt an den Auftragnehmer, leitet dieser das Ersuchen weiter.", DataSubjectRights, true);
    check(No, "Leverandøren vil slette gjenværende kopier i sikkerhetskopiene når tjenesten opphører.", DeletionReturn, true);
    check(De, "Der Auftragsverarbeiter darf keine Unterauftragsverarbeiter ohne vorherige Genehmigung beauftragen.", SubProcessors, true);
    check(De, "Der Auftragsverarbeiter trifft technische und organisatorische Maßnahmen.", Security, true);
    // What the processing covers, in the words of Nordic and German annexes.
    check(Sv, "Beskrivning av behandlingen: typer av uppgifter är förnamn, efternamn och e-postadress.", Scope, true);
    check(No, "Behandlingens omfang: opplysningstyper er fornavn, etternavn og telefonnummer.", Scope, true);
    check(De, "Datenarten: Vorname, Nachname, Kontaktdaten und IP-Adressen der Nutzer.", Scope, true);
    // Data secrecy (the German "Datengeheimnis" in English) is confidentiality.
    check(En, "The Supplier engages only staff who have committed themselves in writing to observe data secrecy.", Confidentiality, true);
    // Who the data are about, and what is done with them, in an annex's plain sentences.
    check(En, "The data subjects may include the customer's employees, its clients and the users of its web shop.", Scope, true);
    check(En, "The nature of the operations carried out on the personal data is hosting, storage and backup.", Scope, true);
    check(Sv, "De registrerade omfattar kundens anställda och kundens slutanvändare.", Scope, true);
    // A breach the processor must report without undue delay, without the words "data breach".
    check(En, "The Supplier shall notify the Customer of any breach without undue delay.", BreachNotification, true);
    check(Da, "Leverandøren underretter kunden om enhver hændelse uden unødig forsinkelse.", BreachNotification, true);
    // Processing only in accordance with the agreement is processing on instructions.
    check(En, "The Supplier processes the personal data only in accordance with Schedule 2, unless the law requires otherwise.", Instructions, true);
    check(Da, "Leverandøren behandler kundens data alene i overensstemmelse med bilag 2.", Instructions, true);
    // Purpose limitation: no use for any other purpose.
    check(En, "The Supplier shall not use the customer data for any other purposes than running the hosted service.", Instructions, true);
    check(Da, "Leverandøren må ikke anvende kundens data til andre formål end driften af den hostede løsning.", Instructions, true);
    // The processor tells the controller that an instruction breaks the law.
    check(Sv, "Leverantören ska genast informera kunden om leverantören bedömer att en instruktion strider mot tillämplig dataskyddslagstiftning.", Instructions, true);
    check(No, "Leverandøren varsler kunden straks dersom leverandøren mener at en instruks strider mot personvernregelverket.", Instructions, true);
}

/// Cue words that must not decide a category by themselves: stems that reach other words
/// ("lawful" ~ "law"), GDPR wording borrowed by another topic ("the costs of implementation" of
/// Art. 32), and assistance clauses that quote the articles they assist with.
#[test]
fn words_that_belong_to_another_topic() {
    let cases: &[(Lang, &str, Category, bool)] = &[
        (En, "The Supplier shall process personal data in accordance with the applicable data protection law.", ControllerObligations, false),
        (En, "Taking into account the state of the art and the costs of implementation, the Processor shall implement appropriate technical and organisational measures.", Costs, false),
        (En, "The Processor shall assist the Customer in ensuring compliance with the obligations pursuant to Articles 32 to 36 of the GDPR, taking into account the information available to the Processor.", ControllerAssistance, true),
        (En, "The Processor shall assist the Customer in ensuring compliance with the obligations pursuant to Articles 32 to 36 of the GDPR, taking into account the information available to the Processor.", Security, false),
        (En, "For Articles 33 and 34 GDPR, the Processor helps the Client meet its duties.", ControllerAssistance, true),
        (En, "The Processor shall not process the personal data for other purposes unless required to do so under the laws of the EU or a Member State.", GoverningLaw, false),
        (En, "The Processor shall not process the personal data for other purposes unless required to do so under the laws of the EU or a Member State.", Instructions, true),
        (En, "We assist the Customer in meeting the Customer's obligations to answer requests for exercising data subject rights.", DataSubjectRights, true),
        (En, "We assist the Customer in meeting the Customer's obligations to answer requests for exercising data subject rights.", ControllerObligations, false),
        (En, "Where a data subject asserts rights against the Client, the Contractor shall help the Client respond.", DataSubjectRights, true),
        (En, "Upon termination of the Agreement, all customer data will be deleted.", DeletionReturn, true),
        (En, "Processing takes place exclusively within the European Union.", ProcessingLocation, true),
        (En, "Should the Customer object, it can end the Agreement without any liability.", Liability, false),
        (En, "No party may exercise a right of retention over the data.", Retention, false),
        (En, "The client alone is responsible for deciding whether the processing it orders is lawful.", ControllerObligations, true),
        (Sv, "Biträdet intygar skriftligen inom en månad att radering har skett.", DeletionReturn, true),
        (En, "If the Provider receives a request from a Data Subject, it shall promptly redirect the Data Subject to the Customer.", DataSubjectRights, true),
        (En, "Customer is solely responsible for the accuracy, quality and legality of Customer Personal Data.", ControllerObligations, true),
        (Da, "Modtager databehandleren en anmodning direkte fra en registreret, videresendes den til den dataansvarlige.", DataSubjectRights, true),
        (Da, "Den dataansvarlige kan én gang årligt foretage fysisk tilsyn hos databehandleren.", Audits, true),
        (Da, "Databehandleren fører en fortegnelse over alle kategorier af behandlingsaktiviteter.", Records, true),
        (Da, "Personoplysningerne opbevares på servere i Danmark.", ProcessingLocation, true),
        (Da, "Databehandleren har krav på betaling for bistand efter gældende timepriser.", Costs, true),
        (Da, "Ved ophør af tjenesterne sletter databehandleren automatisk alle personoplysninger.", DeletionReturn, true),
        (De, "Der Auftragnehmer löscht die Daten auf Aufforderung des Auftraggebers.", DeletionReturn, true),
        // Plain-English terms without the GDPR's vocabulary.
        (En, "Vendor will process Customer Personal Data only as necessary to perform the Services and in line with Customer's written directions.", Instructions, true),
        (En, "Vendor requires all staff with access to Customer Personal Data to keep it secret.", Confidentiality, true),
        (En, "Vendor runs an information security program with administrative, physical and technical safeguards.", Security, true),
        (En, "Vendor may hire other companies to provide parts of the Services; they must protect the data to the same standard.", SubProcessors, true),
        (En, "Vendor will help Customer respond to individuals who want to access, correct or erase their data.", DataSubjectRights, true),
        (En, "When the contract ends, Vendor will erase Customer Personal Data within 30 days.", DeletionReturn, true),
        // Danish terms in everyday words.
        (Da, "Leverandøren behandler kun kundens personoplysninger efter kundens skriftlige anvisninger.", Instructions, true),
        (Da, "Leverandørens ansatte skal holde oplysningerne hemmelige.", Confidentiality, true),
        (Da, "Leverandøren må bruge andre virksomheder til dele af ydelsen, hvis de beskytter oplysningerne på samme niveau.", SubProcessors, true),
        (Da, "Leverandøren hjælper kunden, når en person vil have indsigt i sine oplysninger.", DataSubjectRights, true),
        (Da, "Leverandøren giver kunden besked inden for 24 timer, hvis uvedkommende har fået adgang til kundens personoplysninger.", BreachNotification, true),
        (Da, "Når aftalen ophører, sletter leverandøren kundens personoplysninger inden for 30 dage.", DeletionReturn, true),
        (Da, "Kunden kan én gang om året kontrollere, at leverandøren overholder aftalen.", Audits, true),
        (Da, "Databehandleren overholder den til enhver tid gældende lov om databeskyttelse.", ControllerObligations, false),
        (Da, "Databehandleren bistår kunden med at overholde forpligtelserne efter artikel 33 og 34.", ControllerAssistance, true),
        (Da, "Ved aftalens ophør vil alle personoplysninger blive slettet.", DeletionReturn, true),
        (Da, "Behandlingen finder sted inden for EU/EØS.", ProcessingLocation, true),
        (Da, "Databehandleren videresender straks henvendelser fra registrerede til den dataansvarlige.", DataSubjectRights, true),
        (Da, "Behandlingens varighed og art", Scope, true),
        (No, "Databehandleren skal bistå den behandlingsansvarlige med å oppfylle pliktene etter artikkel 33 og 34.", ControllerAssistance, true),
        (Sv, "Biträdet hjälper den personuppgiftsansvarige att hantera begäranden från registrerade.", DataSubjectRights, true),
        (Sv, "Personuppgifterna behandlas inom EU/EES.", ProcessingLocation, true),
        (Sv, "Personuppgifterna lagras i datahallar i Sverige.", ProcessingLocation, true),
        (Da, "Oplysningerne ligger i to datahaller i Jylland.", ProcessingLocation, true),
        (No, "Opplysningene lagres i en datahall i Oslo.", ProcessingLocation, true),
        (Da, "Personoplysningerne behandles i leverandørens driftscentre i Kolding og Herning.", ProcessingLocation, true),
        (No, "Opplysningene behandles i leverandørens driftssenter i Trondheim.", ProcessingLocation, true),
        (Sv, "Uppgifterna behandlas i leverantörens serverhall i Umeå.", ProcessingLocation, true),
        // A server room's locks are security, not where the data are.
        (Da, "Serverrum er aflåst og beskyttet mod brand.", ProcessingLocation, false),
        (No, "Bistand etter dette punktet er inkludert i lisensprisen.", Costs, true),
        (Sv, "Svensk rätt gäller för avtalet. Tvister ska avgöras av Kalmar tingsrätt som första instans.", GoverningLaw, true),
        (No, "Tvister skal avgjøres av Nord-Troms og Senja tingrett.", GoverningLaw, true),
        (Sv, "Om detta avtal och tjänsteavtalet strider mot varandra gäller detta avtal.", Precedence, true),
        (No, "Dersom denne avtalen og tjenesteavtalen strider mot hverandre, gjelder denne avtalen.", Precedence, true),
        // Retention and deletion in a clause under another section's heading.
        (No, "For å gjøre kontroll mulig lagres tilgangslogger for kundens opplysninger i 90 dager, deretter slettes de.", Retention, true),
        (Sv, "Åtkomstloggar för kundens uppgifter sparas normalt i 60 dagar.", Retention, true),
        (No, "Når tjenesteavtalen opphører, skal leverandøren levere tilbake alle opplysninger og deretter slette dem innen 30 dager.", DeletionReturn, true),
        (Da, "Når aftalen ophører, skal leverandøren levere alle oplysninger tilbage og derefter slette dem.", DeletionReturn, true),
        (En, "The Controller shall be responsible for the lawfulness of the processing and for informing the data subjects.", ControllerObligations, true),
        (Da, "Kunden er ansvarlig for lovligheden af behandlingen og for at oplyse de registrerede.", ControllerObligations, true),
        (Sv, "Kunden ansvarar för lagligheten i behandlingen.", ControllerObligations, true),
        (De, "Der Auftraggeber ist verantwortlich für die Rechtmäßigkeit der Verarbeitung.", ControllerObligations, true),
        (En, "To the extent legally permitted, the Controller shall be responsible for any costs of such assistance.", ControllerObligations, false),
        (No, "Fjellvegen Turlag, org.nr. 912 345 678 (heretter «Laget»), som behandlingsansvarlig, og Turbok AS (heretter «Turbok»), som databehandler.", PartiesContacts, true),
        (Sv, "Ekbackens Ryttarförening, org.nr 802456-1234, nedan kallad Föreningen, som personuppgiftsansvarig.", PartiesContacts, true),
        (No, "Hver av partene dekker sine egne kostnader ved revisjon.", Costs, true),
        (Da, "Hver part afholder sine egne omkostninger ved revisionen.", Costs, true),
        (Sv, "Vardera parten står för sina egna kostnader vid granskningen.", Costs, true),
        (En, "Each party bears its own costs of the audit.", Costs, true),
        (De, "Verletzungen personenbezogener Daten meldet der Auftragnehmer dem Auftraggeber ohne Verzögerung.", BreachNotification, true),
        (De, "Vereinbarung mit der Muster Daten UG (haftungsbeschränkt), Hauptstraße 1, 10115 Berlin", Liability, false),
        (De, "Dabei sind der Stand der Technik und die Implementierungskosten zu berücksichtigen; der Auftragnehmer trifft technische und organisatorische Maßnahmen.", Costs, false),
        (De, "Gegenstand und Dauer der Vereinbarung", Scope, true),
        (De, "Eine Verlagerung der Daten in einen Drittstaat ist nur mit vorheriger Zustimmung des Auftraggebers zulässig.", Transfers, true),
    ];
    for (lang, text, cat, carries) in cases {
        check(*lang, text, *cat, *carries);
    }
}

#[test]
fn headings_decide_short_clauses_and_never_more_than_three() {
    let c = classify(Da, Some("Fortrolighed"), "Medarbejderne er underlagt pligten.");
    assert!(c.categories.contains(&Confidentiality), "{:?}", c.categories);
    let c = classify(En, None, "Nothing of interest here.");
    assert_eq!(c.categories, vec![Unclassified]);
    assert_eq!(c.score, 0.0);
    let everything = "The Processor shall process data on documented instructions, ensure confidentiality, implement technical and organisational measures, \
        use sub-processors only with authorisation, notify personal data breaches, delete or return data, allow audits and inspections, \
        not transfer data to third countries, and its liability is limited; this DPA is governed by the laws of Denmark.";
    let c = classify(En, None, everything);
    assert!(c.categories.len() <= 3, "{:?}", c.categories);
}

/// A heading that names several topics shares them out: each clause under it takes the topics its
/// own words touch. A heading whose cues share words is one topic ("Ændringer af instruksen").
#[test]
fn a_heading_with_several_topics_shares_them_out() {
    let heading = Some("Bistand, revision og ophør");
    let c = classify(Da, heading, "Ved aftalens ophør sletter databehandleren alle personoplysninger inden 30 dage.");
    assert!(c.categories.contains(&DeletionReturn) && !c.categories.contains(&Audits), "{:?}", c.categories);
    let c = classify(Da, heading, "Den dataansvarlige kan én gang årligt foretage en revision med fire ugers varsel.");
    assert!(c.categories.contains(&Audits) && !c.categories.contains(&TermTermination), "{:?}", c.categories);
    let c = classify(En, Some("Confidentiality and Security"), "The Processor shall encrypt data at rest and in transit and test its measures every year.");
    assert!(c.categories.contains(&Security) && !c.categories.contains(&Confidentiality), "{:?}", c.categories);
    // Words that touch none of the heading's topics: the heading speaks for all of them.
    let c = classify(En, Some("Confidentiality and Security"), "The Processor shall see to this at all times.");
    assert!(c.categories.contains(&Security) && c.categories.contains(&Confidentiality), "{:?}", c.categories);
    let c = classify(Sv, Some("Ändringar av instruktionen"), "Denna instruktion kan ändras genom skriftlig överenskommelse mellan parterna.");
    assert!(c.categories.contains(&InstructionChanges), "{:?}", c.categories);
}

/// A table of contents that reached the segmenter as one run of text (entries joined by a PDF's
/// line reflow) names every topic; under a contents heading it is no clause on any of them.
/// An objection to an added or replaced sub-processor is about sub-processors, even where the
/// clause's own words are about terminating.
#[test]
fn an_objection_to_a_new_sub_processor_is_about_sub_processors() {
    check(En, "Customer may object to the change within that period only on reasonable grounds. If the objection is not resolved, Customer's sole remedy is to terminate the service.", SubProcessors, true);
    check(Da, "Den Dataansvarlige kan gøre indsigelse mod påtænkte tilføjelser eller udskiftninger inden for varslet; ellers kan aftalen opsiges.", SubProcessors, true);
}

/// A heading with several topics says nothing about a clause under it that has a topic of its
/// own among none of them; a clause without a topic of its own takes them all.
#[test]
fn a_heading_with_several_topics_does_not_speak_for_another_topic() {
    let c = classify(En, Some("Audit, termination and general"), "The Supplier's liability under these Terms is limited to direct damages.");
    assert_eq!(c.categories, vec![Liability], "{:?}", c.categories);
    let c = classify(Da, Some("Revision og ophør"), "Databehandlerens samlede erstatningsansvar er begrænset til det beløb, kunden har betalt det seneste år.");
    assert!(!c.categories.contains(&Audits) && !c.categories.contains(&TermTermination), "{:?}", c.categories);
}

#[test]
fn a_table_of_contents_is_about_nothing() {
    let toc_da = "Databehandleraftale 1 1. Baggrund 2 2. Instruks 3 3. Fortrolighed 3 4. Behandlingssikkerhed 4 \
        5. Anvendelse af underdatabehandlere 4 6. Overførsel til tredjelande 5 7. Underretning om brud på persondatasikkerheden 6 \
        8. Sletning og tilbagelevering af oplysninger 6 9. Revision, herunder inspektion 7";
    let toc_en = "1. Definitions 2 2. Processing on instructions 3 3. Sub-processors 4 4. International transfers 5 \
        5. Personal data breach notification 6 6. Deletion or return of personal data 7 7. Audits and inspections 8";
    for (lang, heading, toc) in [(Da, "Indholdsfortegnelse", toc_da), (Da, "Indhold:", toc_da), (En, "Table of Contents", toc_en), (En, "CONTENTS", toc_en)] {
        let c = classify(lang, Some(heading), toc);
        assert_eq!(c.categories, vec![Unclassified], "{heading}");
        assert!(c.cues.is_empty() && c.score == 0.0, "{heading}");
        // Without the heading the same words would be read as topics: the rule is the heading's.
        assert_ne!(classify(lang, None, toc).categories, vec![Unclassified], "{heading}");
    }
    // A real clause whose heading merely contains the word is untouched.
    let c = classify(Da, Some("Indhold af behandlingen"), "Databehandleren må alene behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.");
    assert!(c.categories.contains(&Instructions), "{:?}", c.categories);
}

/// Issue 21: the words law, court and legal requirement inside other clauses are no
/// governing-law clause; a real one still is.
#[test]
fn law_and_court_words_in_other_clauses_are_not_governing_law() {
    check(En, "The Processor may disclose personal data if required by law or by an order of a competent court, and shall inform the Controller unless prohibited from doing so.", GoverningLaw, false);
    check(En, "If a public authority or court requests access to personal data, the Processor shall notify the Controller unless a legal requirement prevents it.", GoverningLaw, false);
    check(Da, "Databehandleren må kun udlevere personoplysninger til myndigheder eller domstole, hvis det kræves i henhold til lovgivningen, eller efter retskendelse.", GoverningLaw, false);
    check(Sv, "Personuppgiftsbiträdet får lämna ut personuppgifter till myndighet eller domstol endast om det krävs enligt svensk lag.", GoverningLaw, false);
    check(De, "Der Auftragnehmer gibt Daten an Behörden oder Gerichte nur heraus, wenn er aufgrund einer gerichtlichen Anordnung dazu gesetzlich verpflichtet ist.", GoverningLaw, false);
    check(En, "This DPA is governed by the laws of Ireland, and the courts of Dublin have exclusive jurisdiction.", GoverningLaw, true);
    check(Da, "Aftalen er underlagt dansk ret, og tvister afgøres ved Københavns Byret.", GoverningLaw, true);
    check(Sv, "Detta avtal ska tolkas enligt svensk lag och tvister avgöras av allmän domstol.", GoverningLaw, true);
}

/// Issue 21: the optional categories in the words real agreements use for them.
#[test]
fn optional_categories_in_real_wordings() {
    let mut failures = Vec::new();
    let mut check = |lang: Lang, text: &str, expected: Category, _: bool| {
        let c = classify(lang, None, text);
        if !c.categories.contains(&expected) {
            failures.push(format!("{expected} not in {:?}: {text}", c.categories));
        }
    };
    check(En, "Each party's aggregate liability arising out of or related to this DPA is subject to the limitations agreed in the Main Agreement.", Liability, true);
    check(Da, "Parternes ansvar for tab som følge af overtrædelse af denne aftale følger dansk rets almindelige regler.", Liability, true);
    check(En, "Vendor may charge Customer for assistance that goes beyond what the Services include, at its then-current professional services rates.", Costs, true);
    check(Da, "Databehandleren er berettiget til særskilt betaling for bistand, der går ud over den aftalte ydelse.", Costs, true);
    check(En, "If this DPA conflicts with the Main Agreement, this DPA shall govern to the extent of the conflict.", Precedence, true);
    check(Da, "Ved modstrid mellem denne databehandleraftale og hovedaftalen har databehandleraftalen forrang.", Precedence, true);
    check(En, "Customer Data is hosted in data centres operated by our infrastructure provider in Frankfurt.", ProcessingLocation, true);
    check(En, "Our servers are located in Ireland and the Netherlands.", ProcessingLocation, true);
    check(Da, "Personoplysningerne opbevares på servere i Danmark.", ProcessingLocation, true);
    check(En, "The Customer is responsible for ensuring that it has a lawful basis for the processing and that its instructions comply with data protection law.", ControllerObligations, true);
    check(Da, "Den dataansvarlige er ansvarlig for, at der er hjemmel til behandlingen, og at instrukserne er lovlige.", ControllerObligations, true);
    check(En, "This Data Processing Addendum forms part of the Master Subscription Agreement between the parties and sets out their obligations regarding personal data.", Background, true);
    check(Da, "Denne aftale fastsætter parternes rettigheder og forpligtelser ved behandling af personoplysninger og udgør et bilag til hovedaftalen.", Background, true);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A section's heading speaks for its paragraphs only while they stay on its topic: the security
/// measures in an appendix headed after the transfer clauses it belongs to are security, not
/// transfers, even the lines that name no security word or also touch another topic.
#[test]
fn an_appendix_heading_does_not_outweigh_what_its_paragraphs_are_about() {
    let cases = [
        (
            Lang::En,
            "APPENDIX 2 TO THE STANDARD CONTRACTUAL CLAUSES\n\n\
             This Appendix forms part of the Clauses.\n\n\
             Description of the technical and organisational security measures implemented by the data importer:\n\n\
             Staff receive information security training when they join and every year after that.\n\n\
             Laptops use full-disk encryption and lock after five minutes.\n\n\
             Visitors are registered at the reception and escorted at all times.\n\n\
             Backups are made every night and kept for thirty days.\n\n\
             Administrator accounts use multi-factor authentication.\n\n\
             Firewalls separate the production network from the office network.\n\n\
             Access rights are reviewed every quarter by the system owner.\n\n\
             Changes to production systems are tested in a separate environment first.\n\n\
             Security events are logged centrally and reviewed by the security team.\n\n\
             Upon termination of employment, the employee's accounts are closed the same day.\n",
        ),
        (
            Lang::Da,
            "BILAG 2 TIL STANDARDKONTRAKTBESTEMMELSERNE FOR OVERFØRSEL TIL TREDJELANDE\n\n\
             Dette bilag er en del af bestemmelserne.\n\n\
             Beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger, som dataimportøren har truffet:\n\n\
             Medarbejdere gennemgår uddannelse i informationssikkerhed ved ansættelsen og derefter hvert år.\n\n\
             Bærbare computere har krypterede diske og låses efter fem minutter.\n\n\
             Gæster registreres i receptionen og ledsages hele tiden.\n\n\
             Der tages backup hver nat til et andet datacenter.\n\n\
             Administratorkonti bruger tofaktorgodkendelse.\n\n\
             Firewalls adskiller produktionsnetværket fra kontornetværket.\n\n\
             Adgangsrettigheder gennemgås hvert kvartal af systemejeren.\n\n\
             Ændringer i produktionssystemer testes først i et separat miljø.\n\n\
             Sikkerhedshændelser logges centralt og gennemgås af sikkerhedsteamet.\n\n\
             Ved ansættelsens ophør lukkes medarbejderens konti samme dag.\n",
        ),
    ];
    for (lang, text) in cases {
        let mut doc = klausul::ingest(text.as_bytes(), "appendix.txt").expect("text ingests");
        doc.language = Some(lang);
        let a = klausul::analyze(&doc);
        // The measures, not the heading line (which may be a paragraph of its own).
        let paragraphs: Vec<_> = a.clauses.iter().filter(|c| c.id.contains('¶') && !c.text.to_lowercase().contains("standard")).collect();
        assert!(paragraphs.len() >= 6, "{lang:?}: {:?}", a.clauses.iter().map(|c| (&c.id, &c.text)).collect::<Vec<_>>());
        for c in &paragraphs {
            assert!(!c.categories.contains(&Category::Transfers), "{lang:?} {}: {:?} {:?}", c.id, c.categories, c.text);
        }
        let security = paragraphs.iter().filter(|c| c.categories.contains(&Category::Security)).count();
        assert_eq!(security, paragraphs.len(), "{lang:?}: {:?}", a.clauses.iter().map(|c| (&c.id, &c.categories)).collect::<Vec<_>>());
    }
}

/// The old SCC wording of a breach ("any accidental or unauthorised access") and the UK public
/// sector's "Data Loss Event" are breaches; "documented lawful instructions" are instructions.
#[test]
fn breach_and_instruction_wordings_of_other_templates() {
    let cases: &[(Lang, &str, Category)] = &[
        (En, "The data importer shall promptly notify the data exporter about any accidental or unauthorised access.", BreachNotification),
        (En, "The Processor shall notify the Controller immediately if it becomes aware of a Data Loss Event.", BreachNotification),
        (Da, "Dataimportøren underretter straks dataeksportøren om enhver hændelig eller uautoriseret adgang.", BreachNotification),
        (Sv, "Dataimportören ska utan dröjsmål underrätta dataexportören om all oavsiktlig eller otillåten åtkomst.", BreachNotification),
        (De, "Der Datenimporteur unterrichtet den Datenexporteur unverzüglich über jeden zufälligen oder unberechtigten Zugang.", BreachNotification),
        (No, "Dataimportøren skal straks varsle dataeksportøren om enhver utilsiktet eller uautorisert tilgang.", BreachNotification),
        (En, "Vendor processes personal data only for the purposes described in this DPA and in accordance with Customer's documented lawful instructions.", Instructions),
    ];
    for (lang, text, category) in cases {
        check(*lang, text, *category, true);
    }
}

/// Plain-language Danish ("vi" and "du") says the same things without the legal vocabulary.
#[test]
fn plain_danish_bodies() {
    let cases: &[(&str, Category)] = &[
        ("Vores samlede ansvar over for dig kan højst udgøre det, du har betalt det seneste år.", Liability),
        ("På denne aftale finder dansk ret anvendelse.", GoverningLaw),
        ("Siger vores handelsbetingelser noget andet om persondata, er det denne aftale, der gælder.", Precedence),
        ("Aftalen gælder fra den dag, du tager systemet i brug.", TermTermination),
        ("Når samarbejdet slutter, sletter vi alle dine oplysninger inden for 30 dage.", DeletionReturn),
        ("Vi følger altid dine instrukser, når vi arbejder med dine data.", Instructions),
        ("Denne aftale er indgået mellem Fiskeriets Data ApS og kunden.", PartiesContacts),
    ];
    for (text, category) in cases {
        check(Da, text, *category, true);
    }
}

/// Plain-language agreements in the other languages ("vi" and "dere", "vi" and "ni", "we" and
/// "you"): the topics are the same, the words are those of a letter to a customer.
#[test]
fn plain_language_bodies() {
    let cases: &[(Lang, &str, Category)] = &[
        (No, "Vi holder oss til de skriftlige instruksene dere gir oss, og gjør ikke noe annet med opplysningene.", Instructions),
        (No, "Dere har ansvaret for at foreningen har lov til å registrere medlemmene.", ControllerObligations),
        (No, "Ber en ansatt hos dere om innsyn eller retting, hjelper vi dere med å svare.", DataSubjectRights),
        (No, "Alt vi lagrer, ligger på servere i Danmark og Finland.", ProcessingLocation),
        (No, "Loggfiler slettes automatisk etter 90 dager.", Retention),
        (No, "Sier denne avtalen og lisensvilkårene noe ulikt, gjelder denne avtalen.", Precedence),
        (No, "Avtalen gjelder så lenge vi lagrer opplysninger for dere.", TermTermination),
        (No, "Hver part er ansvarlig for egne feil etter alminnelige regler.", Liability),
        (No, "Vi tar ikke betalt for slik hjelp.", Costs),
        (No, "Når dere avslutter abonnementet, sletter vi alle opplysningene innen 30 dager.", DeletionReturn),
        (No, "Vi behandler opplysninger om de ansatte i barnehagen: navn, adresse og telefonnummer.", Scope),
        (No, "Dere kan komme på kontroll hos oss én gang i året.", Audits),
        (Sv, "Vi följer de skriftliga instruktioner ni ger oss och inget annat.", Instructions),
        (Sv, "Ni ansvarar för att ni får registrera uppgifterna om era medlemmar.", ControllerObligations),
        (Sv, "All data lagras på servrar i Finland.", ProcessingLocation),
        (Sv, "Om detta avtal och tjänstevillkoren säger olika saker gäller detta avtal.", Precedence),
        (Sv, "Avtalet gäller så länge vi behandlar uppgifter åt er.", TermTermination),
        (Sv, "Allt lagras krypterat.", Security),
        (Sv, "Vi behandlar uppgifter om era anställda: namn, adress, telefonnummer och e-postadress.", Scope),
        (En, "You are responsible for making sure you are allowed to collect the data in the first place.", ControllerObligations),
        (En, "If this agreement and the terms of service say different things, this agreement wins.", Precedence),
        (En, "This agreement lasts as long as you use the booking service.", TermTermination),
        (En, "You can visit our offices to check how we handle the data.", Audits),
        (En, "We handle data about your pupils and their parents.", Scope),
        (Da, "I har ansvaret for, at foreningen må registrere medlemmerne.", ControllerObligations),
        (Da, "Beder en af jeres kunder om indsigt eller rettelse, sender vi henvendelsen videre til jer.", DataSubjectRights),
        (Da, "Vi tager ikke betaling for den hjælp.", Costs),
        (Da, "Bistand efter punkt 9 er indeholdt i licensprisen.", Costs),
        (No, "Hjelpen inngår i den månedlige abonnementsprisen og faktureres ikke særskilt.", Costs),
        (Sv, "Biträde enligt första stycket ingår i den årliga avgiften.", Costs),
        (De, "Nach Vertragsende löschen wir die Kundendaten innerhalb von 60 Tagen.", DeletionReturn),
        (De, "Wir löschen alle Inhalte Ihres Kontos spätestens 30 Tage nach der Kündigung.", DeletionReturn),
        (En, "After the subscription ends we delete your account and everything in it within 30 days.", DeletionReturn),
        (En, "Once the contract is over, we will erase what we hold about your clients.", DeletionReturn),
        (Da, "Vi behandler oplysninger om jeres medlemmer: navn, adresse og e-mailadresse.", Scope),
    ];
    for (lang, text, category) in cases {
        check(*lang, text, *category, true);
    }
    // The processor's own duty is not the controller's ("har ansvaret for at gennemføre"), and
    // staff who signed a non-disclosure agreement are no parties block.
    let c = classify(Da, None, "Databehandleren har ansvaret for at gennemføre fornødne tekniske og organisatoriske sikkerhedsforanstaltninger.");
    assert!(!c.categories.contains(&ControllerObligations), "{:?}", c.categories);
    let c = classify(En, None, "All our staff have signed a non-disclosure agreement.");
    assert!(!c.categories.contains(&PartiesContacts), "{:?}", c.categories);
}

/// The block that names the parties before the first clause: who contracts with whom, with
/// their registered addresses and registration numbers.
#[test]
fn the_parties_block() {
    let cases: &[(Lang, &str)] = &[
        (En, "This Addendum is made by and between Harbourline Logistics LLC, a Delaware limited liability company with its principal place of business at 12 Pier Road, Wilmington, and Copperfield Cloud Services, Inc."),
        (En, "This agreement is entered into between Ashgrove Dental Ltd, company number 09876543, whose registered office is at 4 Mill Lane, Leeds, and Dataweave Ltd."),
        (De, "Diese Vereinbarung wird geschlossen zwischen der Musterwerk GmbH, eingetragen im Handelsregister des Amtsgerichts Köln unter HRB 12345, vertreten durch den Geschäftsführer, und der Cloudhaus AG."),
        (Sv, "Detta avtal har ingåtts mellan Fjällbo Fastigheter AB, org.nr 556123-4567, med säte i Östersund, och Molnlager AB."),
        (Da, "Lønhuset ApS, CVR-nr. 12345678, Vestergade 4, 8000 Aarhus C, herefter kaldet Databehandleren, og Tømrer Jensen ApS, CVR-nr. 87654321, herefter kaldet Den Dataansvarlige."),
    ];
    for (lang, text) in cases {
        check(*lang, text, PartiesContacts, true);
    }
    // A company form is no liability clause.
    for (lang, text) in [(En, "Harbourline Logistics LLC is a Delaware limited liability company."), (De, "Die Musterwerk Gesellschaft mit beschränkter Haftung hat ihren Sitz in Köln.")] {
        assert!(!classify(lang, None, text).categories.contains(&Liability), "{text}");
    }
    // A conflict between this agreement and other agreements between the parties is precedence.
    let c = classify(De, None, "Bei Widersprüchen zwischen diesem Vertrag und sonstigen Vereinbarungen zwischen den Parteien gehen die Regelungen dieses Vertrags vor.");
    assert!(!c.categories.contains(&PartiesContacts), "{:?}", c.categories);
}

/// English machine-translated from Danish keeps the Danish structure of the terms.
#[test]
fn machine_translated_english_bodies() {
    let cases: &[(&str, Category)] = &[
        ("The supplier may make use of sub-data processors after approval from the data responsible.", SubProcessors),
        ("By contradiction between the main agreement and this agreement, the latter goes before.", Precedence),
        ("Extra help is invoiced according to the supplier's price list.", Costs),
        ("The treatment concerns names, addresses and member numbers of the association's members.", Scope),
        ("Log files are stored in 90 days and then deleted automatically.", Retention),
        ("All personal data are stored on servers in Finland.", ProcessingLocation),
    ];
    for (text, category) in cases {
        check(En, text, *category, true);
    }
}

/// The items of a list that their parent clause introduces with a colon go on with its topic
/// when they name none of their own; a parent that ends in a full stop lends nothing.
#[test]
fn list_items_go_on_with_the_clause_that_introduces_them() {
    let text = "Databehandleraftale\n\n\
        4. Bistand\n\n\
        4.1 Databehandleren hjælper den dataansvarlige med at besvare anmodninger om udøvelse af de registreredes rettigheder, herunder:\n\n\
        a) indsigtsretten\n\n\
        b) retten til begrænsning af behandling\n\n\
        5. Diverse\n\n\
        5.1 Aftalen ophører samtidig med hovedaftalen.\n\n\
        a) første eksemplar\n\n\
        b) andet eksemplar\n";
    let doc = klausul::ingest(text.as_bytes(), "liste.txt").expect("ingests");
    let analysis = klausul::analyze(&doc);
    let of = |id: &str| analysis.clauses.iter().find(|c| c.id == id).map(|c| c.categories.clone()).unwrap_or_else(|| panic!("no clause {id}: {:?}", analysis.clauses.iter().map(|c| &c.id).collect::<Vec<_>>()));
    assert_eq!(of("4.1")[0], DataSubjectRights);
    assert_eq!(of("4.1.a"), vec![DataSubjectRights]);
    assert_eq!(of("4.1.b"), vec![DataSubjectRights]);
    assert_eq!(of("5.1.a"), vec![Unclassified]);
    assert!(analysis.clauses.iter().filter(|c| c.id.starts_with("4.1.")).all(|c| c.cues.is_empty()), "inherited topics carry no cues");
}

/// The lines after a scope clause that each name a kind of data and what it holds are scope, and
/// their labels are the data types, however many other topics their words touch ("payment
/// information", "names and phone numbers"). A defined term and a sentence that starts with a
/// label ("Personal data: the processor shall …") are not such lines.
#[test]
fn lines_naming_kinds_of_data_belong_to_the_scope() {
    let english = "Data Processing Agreement\n\n\
        Annex 1 Description of the processing\n\n\
        The Customer may submit the following categories of personal data to the Supplier, which may include, but are not limited to:\n\n\
        Contact data – names, postal addresses, phone numbers and e-mail addresses of the customer's contact persons and of their colleagues at the supplier.\n\n\
        Billing information – invoices, payment history, account balances, outstanding debts and the bank details needed to collect payments.\n\n\
        Usage data – log-in times, IP addresses and the pages of the service that a user has opened, kept for the purposes of support and fault-finding.\n\n\
        Personal data: the Supplier shall notify the Customer of any personal data breach without undue delay.\n";
    let doc = klausul::ingest(english.as_bytes(), "annex.txt").expect("ingests");
    let analysis = klausul::analyze(&doc);
    let clause = |line: &str| analysis.clauses.iter().find(|c| c.text.contains(line)).unwrap_or_else(|| panic!("no clause {line}: {:#?}", analysis.clauses));
    // The first line joins the clause that introduces the list.
    assert!(clause("Contact data").categories.contains(&Scope));
    for line in ["Billing information", "Usage data"] {
        assert_eq!(clause(line).categories, vec![Scope], "{line}");
    }
    assert!(clause("Personal data:").categories.contains(&BreachNotification));
    let types = &analysis.categories[&Scope].attributes["data_types"];
    assert_eq!(types, &klausul::Value::Texts(vec!["Contact data".into(), "Billing information".into(), "Usage data".into()]));

    let danish = "Databehandleraftale\n\n\
        Bilag A Oplysninger om behandlingen\n\n\
        Databehandlerens behandling af personoplysninger på vegne af den dataansvarlige omfatter følgende typer af personoplysninger:\n\n\
        Kontaktoplysninger: navne, adresser, telefonnumre og e-mailadresser på kundens kontaktpersoner og medarbejdere hos leverandøren.\n\n\
        Betalingsoplysninger: fakturaer, betalingshistorik, saldi, restancer og de bankoplysninger der er nødvendige for at opkræve betaling.\n\n\
        Hændelsesoplysninger: Databehandleren skal underrette den dataansvarlige om ethvert brud på persondatasikkerheden uden unødig forsinkelse.\n";
    let doc = klausul::ingest(danish.as_bytes(), "bilag.txt").expect("ingests");
    let analysis = klausul::analyze(&doc);
    let clause = |line: &str| analysis.clauses.iter().find(|c| c.text.contains(line)).unwrap_or_else(|| panic!("no clause {line}: {:#?}", analysis.clauses));
    assert!(clause("Kontaktoplysninger").categories.contains(&Scope));
    assert_eq!(clause("Betalingsoplysninger").categories, vec![Scope]);
    assert!(clause("Hændelsesoplysninger").categories.contains(&BreachNotification));

    // The same annex in Swedish, Norwegian and German: the second line names payments and must
    // still be scope, and the labels are the types.
    for (text, labels) in [
        ("Personuppgiftsbiträdesavtal\n\nBilaga 1 Beskrivning av behandlingen\n\nPersonuppgiftsbiträdet behandlar följande typer av personuppgifter för den personuppgiftsansvariges räkning:\n\n\
          Kontaktuppgifter: namn, adress, telefonnummer och e-postadress till kundens kontaktpersoner.\n\n\
          Betalningsuppgifter: fakturor, betalningshistorik, kontonummer och obetalda skulder som behövs för att ta betalt.\n", ["Kontaktuppgifter", "Betalningsuppgifter"]),
        ("Databehandleravtale\n\nVedlegg 1 Beskrivelse av behandlingen\n\nDatabehandleren behandler følgende typer personopplysninger på vegne av den behandlingsansvarlige:\n\n\
          Kontaktopplysninger: navn, adresse, telefonnummer og e-postadresse til kundens kontaktpersoner.\n\n\
          Betalingsopplysninger: fakturaer, betalingshistorikk, kontonummer og utestående gjeld som trengs for å kreve inn betaling.\n", ["Kontaktopplysninger", "Betalingsopplysninger"]),
        ("Auftragsverarbeitungsvertrag\n\nAnlage 1 Beschreibung der Verarbeitung\n\nDer Auftragsverarbeiter verarbeitet im Auftrag des Verantwortlichen folgende Kategorien personenbezogener Daten:\n\n\
          Kontaktdaten: Namen, Anschriften, Telefonnummern und E-Mail-Adressen der Ansprechpartner des Kunden.\n\n\
          Zahlungsdaten – Rechnungen, Zahlungshistorie, Kontonummern und offene Forderungen, die für den Einzug der Vergütung nötig sind.\n", ["Kontaktdaten", "Zahlungsdaten"]),
    ] {
        let doc = klausul::ingest(text.as_bytes(), "annex.txt").expect("ingests");
        let analysis = klausul::analyze(&doc);
        let line = labels[1];
        let clause = analysis.clauses.iter().find(|c| c.text.contains(line)).unwrap_or_else(|| panic!("no clause {line}: {:#?}", analysis.clauses));
        assert_eq!(clause.categories, vec![Scope], "{line}");
        let types = &analysis.categories[&Scope].attributes["data_types"];
        assert_eq!(types, &klausul::Value::Texts(labels.iter().map(|l| l.to_string()).collect()), "{line}");
    }
}

/// German section headings of the standard clauses' kind name their topic: "Auslegung"
/// (interpretation), "Beendigung des Vertrags" (termination); a processor that suspends the
/// processing is on termination too.
#[test]
fn german_headings_for_interpretation_and_termination() {
    let c = classify(De, Some("Auslegung"), "Begriffe in diesem Vertrag haben dieselbe Bedeutung wie in der Verordnung.");
    assert!(c.categories.contains(&Background), "{:?}", c.categories);
    let c = classify(De, Some("Verstöße und Beendigung des Vertrags"), "Der Kunde kann den Vertrag schriftlich kündigen.");
    assert!(c.categories.contains(&TermTermination), "{:?}", c.categories);
    check(De, "Kommt der Auftragnehmer seinen Pflichten nicht nach, kann der Auftraggeber ihn anweisen, die Verarbeitung auszusetzen, bis die Verstöße behoben sind; bei schweren Verstößen ist eine Vertragsbeendigung möglich.", TermTermination, true);
}

/// How the instructions may be changed, in the words agreements use for it (a change "to" or
/// "of" the instructions, amended or supplementary ones, instructions that "may be amended"), in
/// every language; an instruction the controller only confirms, or "further instructions" that
/// widen the purpose, are no change procedure.
#[test]
fn ways_of_changing_the_instructions() {
    let cases: &[(Lang, &str, bool)] = &[
        (En, "Any change to the Customer's instructions shall be agreed in writing and recorded as an amendment to this Schedule.", true),
        (En, "The Client may amend its instructions by written notice to the Supplier.", true),
        (En, "New or changed instructions must be given in writing by an authorised signatory.", true),
        (En, "The instructions may be supplemented by the Controller through the settings of the platform.", true),
        (En, "The Processor shall process the personal data only for the purposes described in Annex 1, unless it receives further instructions from the Controller.", false),
        (Da, "Den dataansvarlige kan ændre sine instrukser skriftligt med fem arbejdsdages varsel.", true),
        (Da, "Supplerende instrukser gives skriftligt af den dataansvarliges kontaktperson.", true),
        (De, "Der Auftraggeber kann seine Weisungen jederzeit in Textform ändern oder ergänzen.", true),
        (De, "Änderungen des Verarbeitungsgegenstandes und Verfahrensänderungen werden gemeinsam abgestimmt und dokumentiert.", true),
        (De, "Der Auftragnehmer darf die Ausführung aussetzen, bis der Auftraggeber die Weisung bestätigt oder ändert.", false),
        (De, "Hält der Auftragnehmer eine Weisung für rechtswidrig, die gegen andere Vorschriften verstößt, teilt er dies mit.", false),
        (No, "Behandlingsansvarlig kan endre instruksene skriftlig, og endringene dokumenteres.", true),
        (Sv, "Den personuppgiftsansvarige får ändra sina instruktioner skriftligen efter samråd med biträdet.", true),
        (Sv, "Kompletterande instruktioner lämnas skriftligen av den personuppgiftsansvarige.", true),
    ];
    for &(lang, text, carries) in cases {
        check(lang, text, InstructionChanges, carries);
    }
}

/// What an agreement governs and what its terms mean, in German, Danish, Swedish and Norwegian
/// drafting: "Diese Vereinbarung konkretisiert …", "Begriffe … haben die Bedeutung …", "har samme
/// betydning som i forordningen".
#[test]
fn what_the_agreement_governs_and_means() {
    let cases: &[(Lang, &str)] = &[
        (De, "Diese Vereinbarung konkretisiert die datenschutzrechtlichen Verpflichtungen der Vertragsparteien aus dem Servicevertrag."),
        (De, "Begriffe wie „Verarbeitung“ und „Auftragsverarbeiter“ haben die Bedeutung, die ihnen die DSGVO gibt."),
        (Da, "Udtryk som »behandling« og »databehandler« har samme betydning som i databeskyttelsesforordningen."),
        (Sv, "Detta avtal reglerar biträdets behandling av personuppgifter för den ansvariges räkning."),
        (No, "Denne avtalen regulerer leverandørens behandling av personopplysninger på vegne av kunden."),
    ];
    for &(lang, text) in cases {
        check(lang, text, Background, true);
    }
}

/// The parties named under the title, with their registration numbers ("CVR-nr.", "HRB …,
/// Amtsgericht …") and the short names they go by ("– nachfolgend „Kunde“ –").
#[test]
fn parties_under_the_title() {
    check(Da, "DATABEHANDLERAFTALE mellem Lindegårdens Efterskole, CVR-nr. 29 11 48 57, Lindevej 4, 7100 Vejle (»Skolen«), og Lektiehuset ApS, CVR-nr. 41 88 20 13, Vestergade 9, 8000 Aarhus C (»Lektiehuset«).", PartiesContacts, true);
    check(De, "zwischen Alb Spedition GmbH, Bahnhofstraße 7, 72458 Albstadt, HRB 123456, Amtsgericht Stuttgart – nachfolgend „Kunde“ – und Tickethaus AG, Hafenweg 3, 28195 Bremen, HRB 98765, Amtsgericht Bremen – nachfolgend „Anbieter“ –", PartiesContacts, true);
}

/// Under an annex headed "Instruks", the lines that list the data subjects ("Registrerede: elever,
/// forældre …") describe the processing: scope. A definition after such a label ("Data Subject:
/// The person to whom …") is none.
#[test]
fn labelled_data_subjects_under_another_heading() {
    let danish = "Databehandleraftale\n\n\
        1. Instruks\n\n\
        1.1 Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra den dataansvarlige.\n\n\
        Bilag 1 – Instruks\n\n\
        Behandlingen: drift af platformen til beskeder mellem skole og hjem.\n\n\
        Registrerede: elever, forældre og skolens lærere, pædagoger og administrative medarbejdere.\n";
    let doc = klausul::ingest(danish.as_bytes(), "bilag.txt").expect("ingests");
    let analysis = klausul::analyze(&doc);
    let line = analysis.clauses.iter().find(|c| c.text.starts_with("Registrerede:")).unwrap_or_else(|| panic!("{:#?}", analysis.clauses));
    assert_eq!(line.categories, vec![Scope], "{}", line.text);

    let english = "Data Processing Agreement\n\n\
        1. Definitions\n\n\
        In this Agreement the following terms have the meanings below.\n\n\
        Data Subject: The person to whom the personal data relate.\n";
    let doc = klausul::ingest(english.as_bytes(), "defs.txt").expect("ingests");
    let analysis = klausul::analyze(&doc);
    assert!(analysis.clauses.iter().filter(|c| c.text.contains("Data Subject:")).all(|c| !c.categories.contains(&Scope)), "{:#?}", analysis.clauses);
}

/// Requests from people who "exercise their rights", in the words of each language ("gør deres
/// rettigheder gældende", "ihre Rechte geltend machen", "utöva sina rättigheter") are about the
/// data subjects' rights even when the text calls them members or users, not data subjects.
#[test]
fn people_who_exercise_their_rights() {
    let cases: &[(Lang, &str)] = &[
        (Da, "Leverandøren hjælper klubben med at svare, når medlemmer gør deres rettigheder gældende, for eksempel ved at udtrække alle oplysninger om et medlem."),
        (De, "Der Anbieter unterstützt den Verein, wenn Mitglieder ihre Rechte geltend machen, etwa durch einen Export aller Daten eines Mitglieds."),
        (Sv, "Leverantören hjälper föreningen när medlemmar vill utöva sina rättigheter, till exempel genom att ta fram alla uppgifter om en medlem."),
        (No, "Leverandøren hjelper klubben når medlemmer ønsker å utøve sine rettigheter, for eksempel ved å hente ut alle opplysninger om et medlem."),
    ];
    for &(lang, text) in cases {
        check(lang, text, DataSubjectRights, true);
    }
}

/// A heading that names the agreement's purpose ("Aftalens formål", "Avtalets syfte") heads its
/// background, not the purpose of the processing.
#[test]
fn the_purpose_of_the_agreement_is_its_background() {
    for (lang, heading) in [(Da, "Aftalens formål"), (Sv, "Avtalets syfte"), (No, "Avtalens formål")] {
        let c = classify(lang, Some(heading), "Banebooking er et system til booking af baner og hold, som klubben bruger til sine medlemmer.");
        assert!(c.categories.contains(&Background), "{heading}: {:?}", c.categories);
    }
}

/// What the data "may include" lists the kinds of personal data: the scope of the processing.
#[test]
fn the_data_may_include() {
    let cases: &[(Lang, &str)] = &[
        (En, "Customer Data may include names, postal addresses, telephone numbers and notes about tenants entered by Customer's staff."),
        (Da, "Personoplysningerne kan omfatte navne, adresser, telefonnumre og noter om lejerne, som kundens medarbejdere skriver."),
        (Sv, "Personuppgifterna kan omfatta namn, adresser, telefonnummer och anteckningar om hyresgästerna."),
    ];
    for &(lang, text) in cases {
        check(lang, text, Scope, true);
    }
}

/// Where the processing takes place, said as a label ("Plats för behandling:", "Sted for
/// behandlingen:") or by the sites that do it ("driftställen", "driftssteder").
#[test]
fn the_place_of_processing() {
    let cases: &[(Lang, &str)] = &[
        (Sv, "Plats för behandling: leverantörens och underleverantörernas driftställen i Sverige."),
        (Da, "Sted for behandling: leverandørens driftssteder i Danmark og Finland."),
        (No, "Sted for behandlingen: leverandørens driftssteder i Norge."),
        (De, "Ort der Datenverarbeitung: die Rechenzentren des Anbieters in Deutschland."),
    ];
    for &(lang, text) in cases {
        check(lang, text, ProcessingLocation, true);
    }
}

/// The controller's duty to have a legal basis, said as "hjemmel til at registrere" and the
/// like, with the controller named by its own name ("Klubben", "Kommunen").
#[test]
fn the_controller_needs_a_legal_basis() {
    let cases: &[(Lang, &str)] = &[
        (Da, "Klubben er ansvarlig for, at der er hjemmel til at registrere oplysningerne om medlemmerne."),
        (Da, "Kommunen sikrer, at der er hjemmel til at indsamle og videregive oplysningerne."),
        (No, "Kommunen er ansvarlig for at det er hjemmel til å behandle og registrere opplysningene."),
    ];
    for &(lang, text) in cases {
        check(lang, text, ControllerObligations, true);
    }
}

/// How long the agreement runs, said as "remains in effect for as long as …" or "gilt so lange";
/// changed instructions as "further written instructions" or "vary its instructions"; deletion as
/// "automatically deletes all Customer Personal Data".
#[test]
fn term_changed_instructions_and_deletion_in_other_words() {
    let cases: &[(Lang, &str, Category)] = &[
        (En, "This Addendum remains in effect for as long as the Supplier processes Customer Personal Data.", TermTermination),
        (En, "This DPA applies for as long as the Supplier processes personal data on the Customer's behalf.", TermTermination),
        (De, "Dieser Vertrag gilt so lange, wie der Auftragnehmer personenbezogene Daten für den Auftraggeber verarbeitet.", TermTermination),
        (En, "The Customer may issue further written instructions, or vary its instructions, by notice to the Supplier's account manager.", InstructionChanges),
        (En, "After that period, the Supplier automatically deletes all Customer Personal Data, including copies, within thirty days.", DeletionReturn),
    ];
    for &(lang, text, category) in cases {
        check(lang, text, category, true);
    }
}

/// A retention period stated inside a clause about something else gives that clause retention as
/// well (see `retention_inside_a_clause_about_something_else` in extract_rules); backups named
/// without a period do not.
#[test]
fn retention_only_where_a_period_is_stated() {
    let cases: &[(Lang, &str, bool)] = &[
        (Sv, "Personuppgiftsbiträdet skyddar uppgifterna med lämpliga tekniska och organisatoriska säkerhetsåtgärder, bland annat kryptering, behörighetsstyrning och loggning av åtkomst. Säkerhetskopior tas varje natt och raderas 35 dagar efter att de har tagits.", true),
        (No, "Databehandleren beskytter opplysningene med egnede tekniske og organisatoriske sikkerhetstiltak, blant annet kryptering, tilgangsstyring og logging av tilgang. Sikkerhetskopier overskrives etter 30 dager.", true),
        (En, "The Supplier maintains appropriate technical and organisational security measures, including encryption in transit and at rest, and backups stored in a second data centre.", false),
    ];
    for &(lang, text, carries) in cases {
        check(lang, text, Retention, carries);
    }
}

/// The exception of Art. 28(3)(a) names the law that may require processing, not the law that
/// governs the agreement; a heading on the controller's duties ("Den personuppgiftsansvariges
/// ansvar") is no liability clause; and an additional instruction that needs the parties'
/// agreement is a change of instructions even inside the clause on instructions.
#[test]
fn exceptions_duties_and_additional_instructions() {
    check(Da, "Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige, medmindre det kræves efter EU-retten eller dansk ret.", GoverningLaw, false);
    check(Da, "Aftalen er underlagt dansk ret, og tvister afgøres ved Retten i Aarhus.", GoverningLaw, true);
    let c = classify(Sv, Some("Den personuppgiftsansvariges ansvar"), "Den personuppgiftsansvarige ansvarar för att det finns rättslig grund för behandlingen och för att de registrerade informeras.");
    assert!(c.categories.contains(&ControllerObligations) && !c.categories.contains(&Liability), "{:?}", c.categories);
    let c = classify(Sv, Some("Ansvar"), "Parterna ansvarar för skador enligt artikel 82 i dataskyddsförordningen.");
    assert!(c.categories.contains(&Liability), "{:?}", c.categories);
    let text = "The Customer's instructions are set out in the Agreement, this DPA, the Customer's configuration of the Services and any other written instructions agreed by the parties. Additional instructions outside the scope of the Agreement require prior written agreement, including agreement on any additional fees.";
    let c = classify(En, Some("Processing Instructions"), text);
    assert!(c.categories.contains(&Instructions) && c.categories.contains(&InstructionChanges), "{:?}", c.categories);
}
