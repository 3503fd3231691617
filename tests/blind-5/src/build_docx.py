#!/usr/bin/env python3
"""Rebuild the two DOCX files of tests/blind-5 with python-docx.

  /tmp/rr/rl/bin/python build_docx.py      (any Python with python-docx 1.x)

da-lokalebooking-autonummerering.docx: every clause number comes from Word's automatic list numbering
  (a multi-level abstractNum in numbering.xml, level 0 "%1." for the headings and level 1 "%1.%2" for
  the clauses; each paragraph carries w:numPr). No number is typed into any run. The parties block,
  the signatures and Bilag 1-2 are ordinary paragraphs outside the list.
en-fieldservice-word-tables.docx: a parties table (Controller / Processor columns) at the top, clause
  headings in Word's Heading 1 style with typed numbers, clauses typed "3.1"; the security measures
  (Schedule 1) and the sub-processors (Schedule 2) are Word tables.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    for attr in ("author", "last_modified_by", "comments", "keywords", "subject"):
        setattr(cp, attr, "")


# ------------------------------------------------------------------ Danish, automatic numbering

DA_PARTIES = [
    "mellem",
    "Lindebjerg Kommune, CVR-nr. 29 18 44 06, Rådhustorvet 1, 6640 Lindebjerg (»Kommunen«)",
    "og",
    "Bookingværket A/S, CVR-nr. 38 55 10 92, Bookingvej 14, 7100 Vejle (»Databehandleren«)",
]

# (level, text): level 0 = numbered heading "1.", level 1 = numbered clause "1.1"
DA_CLAUSES = [
    (0, "Baggrund"),
    (1, "Kommunen anvender Databehandlerens system Bookingværket til udlån og booking af kommunale lokaler, idrætshaller og mødelokaler til foreninger, borgere og virksomheder. Vilkårene for systemet fremgår af kontrakten af 10. januar 2025 efter Kommunens udbud (»Kontrakten«)."),
    (1, "Denne aftale fastsætter Databehandlerens forpligtelser ved behandling af personoplysninger for Kommunen, jf. databeskyttelsesforordningens artikel 28."),
    (1, "Aftalen har to bilag: Bilag 1 om underdatabehandlere og Bilag 2 om sikkerhedsforanstaltninger. Ved uoverensstemmelse mellem Kontrakten og denne aftale går denne aftale forud."),
    (0, "Behandlingen"),
    (1, "Formålet er at administrere ansøgninger om lokaler, fordele faste tider mellem foreninger, opkræve betaling for leje og give brugerne adgang til lokalerne med elektronisk nøgle."),
    (1, "Behandlingen omfatter navn, adresse, telefonnummer, e-mailadresse, forening og rolle i foreningen, bookinghistorik, nøglebrikkens nummer, adgangstidspunkter og betalingsstatus. Der behandles ikke CPR-numre."),
    (1, "De registrerede er borgere, der booker lokaler, kontaktpersoner og bestyrelsesmedlemmer i foreninger og kontaktpersoner i virksomheder samt Kommunens medarbejdere som brugere af systemet."),
    (1, "Behandlingen består i registrering, opbevaring, sammenstilling, udsendelse af bekræftelser og sletning og varer i Kontraktens løbetid."),
    (0, "Instruks"),
    (1, "Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra Kommunen, som den fremgår af denne aftale og af Kommunens opsætning af systemet. Er Databehandleren forpligtet til behandling efter EU-ret eller dansk ret, underrettes Kommunen om det retlige krav, før behandlingen finder sted, medmindre den pågældende ret forbyder en sådan underretning af hensyn til vigtige samfundsmæssige interesser."),
    (1, "Databehandleren underretter omgående Kommunen, hvis en instruks efter Databehandlerens mening er i strid med databeskyttelsesforordningen eller databeskyttelsesloven."),
    (1, "Databehandleren må ikke behandle oplysningerne til egne formål."),
    (0, "Fortrolighed"),
    (1, "Databehandleren giver kun adgang til personoplysningerne til personer, der har forpligtet sig til fortrolighed eller er underlagt en passende lovbestemt tavshedspligt, og kun i det omfang det er nødvendigt for deres opgaver."),
    (0, "Sikkerhed"),
    (1, "Databehandleren gennemfører de foranstaltninger, der kræves efter databeskyttelsesforordningens artikel 32, og mindst de foranstaltninger, der er beskrevet i Bilag 2."),
    (1, "Adgangslogs fra de elektroniske låse gemmes i 90 dage og sikkerhedskopier i 14 dage."),
    (0, "Underdatabehandlere"),
    (1, "Kommunen giver Databehandleren generel godkendelse til at anvende underdatabehandlere. De underdatabehandlere, der er godkendt ved aftalens indgåelse, står i Bilag 1."),
    (1, "Databehandleren underretter Kommunen skriftligt om planlagte tilføjelser eller udskiftninger af underdatabehandlere med seks ugers varsel."),
    (1, "Kommunen kan gøre indsigelse mod ændringen uden at begrunde den. Gør Kommunen indsigelse, må Databehandleren ikke lade den nye underdatabehandler behandle Kommunens oplysninger."),
    (1, "Databehandleren pålægger ved skriftlig kontrakt underdatabehandleren de samme databeskyttelsesforpligtelser som dem, der gælder efter denne aftale, og hæfter fuldt ud for underdatabehandlerens opfyldelse af sine forpligtelser."),
    (0, "Overførsel til tredjelande"),
    (1, "Databehandleren må kun overføre personoplysninger til tredjelande eller internationale organisationer efter dokumenteret instruks fra Kommunen og i overensstemmelse med databeskyttelsesforordningens kapitel V. Kommunen har ikke givet en sådan instruks."),
    (1, "Fjernsupport fra et land uden for EU/EØS anses som en overførsel efter punkt 7.1."),
    (0, "Bistand til Kommunen"),
    (1, "Databehandleren bistår Kommunen med at besvare anmodninger fra de registrerede om at udøve deres rettigheder efter forordningens kapitel III. Anmodninger, som Databehandleren modtager direkte, sendes videre til Kommunen inden for fem arbejdsdage."),
    (1, "Databehandleren bistår Kommunen med at overholde forpligtelserne efter forordningens artikel 32-36, herunder konsekvensanalyser, anmeldelse af brud til Datatilsynet, underretning af de registrerede og forudgående høring."),
    (1, "Bistanden er indeholdt i Kontraktens faste pris. Betalingen for tilkøbsmodulet til elektroniske nøgler følger Kontraktens prisbilag og har ikke betydning for denne aftale."),
    (0, "Brud på persondatasikkerheden"),
    (1, "Databehandleren underretter Kommunens digitaliseringsafdeling om ethvert brud på persondatasikkerheden uden unødig forsinkelse og senest 24 timer efter at være blevet opmærksom på bruddet."),
    (1, "Underretningen indeholder de oplysninger, Kommunen har brug for til sin anmeldelse til Datatilsynet, herunder bruddets karakter, omfang, sandsynlige konsekvenser og de trufne foranstaltninger."),
    (1, "Kommunen skal anmelde bruddet til Datatilsynet inden for 72 timer efter, at Kommunen er blevet bekendt med det."),
    (0, "Tilsyn"),
    (1, "Databehandleren stiller alle oplysninger til rådighed, som er nødvendige for at påvise overholdelse af artikel 28 og denne aftale."),
    (1, "Databehandleren sender hvert år inden 1. juni en ISAE 3402-erklæring type 2 til Kommunen. Erklæringen betales af Databehandleren."),
    (1, "Kommunen eller en revisor, som Kommunen udpeger, kan foretage inspektion hos Databehandleren med 14 dages varsel. Databehandleren kan ikke kræve betaling for at medvirke til tilsyn eller inspektion."),
    (0, "Sletning og tilbagelevering"),
    (1, "Ved Kontraktens ophør tilbageleverer Databehandleren efter Kommunens valg alle personoplysninger i et almindeligt anvendt format eller sletter dem. Kopier, herunder sikkerhedskopier, slettes senest 30 dage efter ophøret, medmindre EU-ret eller dansk ret kræver opbevaring."),
    (1, "Databehandleren bekræfter skriftligt over for Kommunen, at sletningen er gennemført."),
    (1, "Anonymisering i stedet for sletning kræver Kommunens skriftlige accept, og anonymiserede data må heller ikke da anvendes til Databehandlerens egne formål."),
    (0, "Ansvar og lovvalg"),
    (1, "Parternes ansvar følger Kontraktens ansvarsbestemmelser, dog således at ansvarsbegrænsningen ikke gælder for bøder og erstatningskrav efter databeskyttelsesforordningen, der skyldes Databehandlerens overtrædelse af denne aftale."),
    (1, "Aftalen er underlagt dansk ret. Tvister afgøres ved Retten i Kolding."),
    (0, "Ikrafttræden og ophør"),
    (1, "Aftalen træder i kraft ved begge parters underskrift og gælder, så længe Databehandleren behandler personoplysninger for Kommunen."),
]

DA_AFTER = [
    ("p", "Lindebjerg, den 15. januar 2025 – for Kommunen: Helle Kjærgaard, digitaliseringschef"),
    ("p", "Vejle, den 15. januar 2025 – for Databehandleren: Thomas Rømer, administrerende direktør"),
    ("break", None),
    ("b", "Bilag 1 – Underdatabehandlere"),
    ("p", "Skyfjord Hosting A/S, Taastrup, Danmark – drift af servere og sikkerhedskopiering"),
    ("p", "Låsenet ApS, Fredericia, Danmark – styring af elektroniske låse og nøglebrikker"),
    ("p", "Betalingsbroen A/S, Ballerup, Danmark – opkrævning af leje via betalingskort og MobilePay"),
    ("b", "Bilag 2 – Sikkerhedsforanstaltninger"),
    ("p", "Adgang til systemet for Kommunens medarbejdere sker med MitID Erhverv eller tofaktorlogin."),
    ("p", "Foreninger ser kun egne bookinger og egne medlemmers nøglebrikker."),
    ("p", "Al kommunikation er krypteret, og databasen er krypteret i hvile."),
    ("p", "Der tages daglig sikkerhedskopi, og genetablering testes to gange om året."),
    ("p", "Databehandleren gennemfører årligt en ekstern penetrationstest og retter kritiske fund inden for 14 dage."),
]

ABSTRACT_ID = 90
NUM_ID = 90


def add_numbering(doc):
    """A multi-level list definition: level 0 '1.', level 1 '1.1' (Word's legal-style numbering)."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>'))


def set_num(paragraph, level):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), str(level))
    numId = OxmlElement("w:numId"); numId.set(qn("w:val"), str(NUM_ID))
    numPr.append(ilvl); numPr.append(numId)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


def build_da():
    doc = Document()
    fixed_core(doc, "Databehandleraftale")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"; normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    add_numbering(doc)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Databehandleraftale"); r.bold = True; r.font.size = Pt(20)
    for line in DA_PARTIES:
        p = doc.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for level, text in DA_CLAUSES:
        p = doc.add_paragraph()
        if level == 0:
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            p.add_run(text).bold = True
        else:
            p.add_run(text)
        set_num(p, level)
    for kind, text in DA_AFTER:
        if kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "b":
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
            p.add_run(text).bold = True
        else:
            doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "da-lokalebooking-autonummerering.docx"))


# ------------------------------------------------------------------ English, Word tables

EN_PARTIES = [
    ("", "Controller", "Processor"),
    ("Name", "Van Rijswijk Installatietechniek B.V.", "Lumeo Systems OÜ"),
    ("Registered office", "Installatiehof 212, 2628 EB Delft, the Netherlands", "Pilvelinna tee 9, 10415 Tallinn, Estonia"),
    ("Registration", "Chamber of Commerce (KvK) no. 81467203", "Estonian Business Register code 16482037"),
    ("Data protection contact", "Marloes Kuiper, privacy officer, privacy@vanrijswijk-installatie.example", "Kertu Saar, data protection officer, dpo@lumeo.example"),
]

EN_BODY = [
    ("h", "1. Subject matter and duration"),
    ("p", "1.1 The Processor provides the Controller with Lumeo Field, a web and mobile application for planning service visits, dispatching technicians and recording completed work (the \"Service\"), under the subscription agreement signed on 7 April 2025 (the \"Main Agreement\")."),
    ("p", "1.2 This agreement sets out the terms on which the Processor processes personal data on behalf of the Controller in accordance with Article 28 of Regulation (EU) 2016/679 (\"GDPR\"). It applies for as long as the Processor processes such data."),
    ("p", "1.3 If this agreement and the Main Agreement conflict, this agreement prevails."),
    ("h", "2. Nature and purpose of the processing"),
    ("p", "2.1 The Processor stores and organises work orders, sends appointment messages to the Controller's customers, shows technicians their routes and collects signatures and photos of completed installations."),
    ("p", "2.2 The data subjects are the Controller's customers and their contact persons, and the Controller's technicians and planners."),
    ("p", "2.3 The personal data are names, addresses, telephone numbers, email addresses, details of the installation, photos taken on site, customer signatures, and technicians' working hours and GPS positions while on duty."),
    ("h", "3. Instructions"),
    ("p", "3.1 The Processor shall process the personal data only on documented instructions from the Controller, including as regards transfers to a third country, unless Union or Member State law requires otherwise; in that case the Processor shall inform the Controller of that legal requirement before processing, unless that law prohibits it."),
    ("p", "3.2 The Processor shall immediately inform the Controller if, in its opinion, an instruction infringes the GDPR or other data protection law."),
    ("p", "3.3 The Processor shall not use the personal data for its own purposes, whether in identifiable, pseudonymised or anonymised form."),
    ("h", "4. Confidentiality"),
    ("p", "4.1 The Processor shall ensure that all persons it authorises to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality."),
    ("h", "5. Security"),
    ("p", "5.1 The Processor shall take all measures required under Article 32 GDPR and shall at least maintain the measures listed in the table in Schedule 1."),
    ("p", "5.2 GPS positions are deleted 90 days after they are recorded. Backups are kept for 30 days and audit logs for 365 days."),
    ("h", "6. Sub-processors"),
    ("p", "6.1 The Controller gives the Processor general written authorisation to engage sub-processors. The sub-processors approved on signature are listed in the table in Schedule 2."),
    ("p", "6.2 The Processor shall inform the Controller in writing of any intended addition or replacement of a sub-processor at least four weeks in advance. The Controller may object to the change without having to give reasons, in which case the Processor shall not use that sub-processor for the Controller's data."),
    ("p", "6.3 The Processor shall impose on each sub-processor, by written contract, the same data protection obligations as are set out in this agreement, and remains fully liable to the Controller for the sub-processor's performance."),
    ("h", "7. Transfers outside the EEA"),
    ("p", "7.1 The personal data are processed in the European Economic Area. The only exception is the sub-processor in Switzerland listed in Schedule 2, which receives telephone numbers and message texts. That transfer relies on the Commission's adequacy decision for Switzerland, Decision 2000/518/EC."),
    ("p", "7.2 Any other transfer to a third country requires the Controller's prior written instruction."),
    ("h", "8. Assistance"),
    ("p", "8.1 The Processor shall assist the Controller in responding to requests from data subjects to exercise their rights, and shall forward any request it receives to the Controller within three (3) working days."),
    ("p", "8.2 The Processor shall assist the Controller in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments, taking into account the nature of the processing and the information available to it."),
    ("p", "8.3 Assistance under this clause is included in the subscription fee. Additional user licences are charged as set out in the Main Agreement."),
    ("h", "9. Personal data breaches"),
    ("p", "9.1 The Processor shall notify the Controller of a personal data breach without undue delay and no later than 36 hours after becoming aware of it."),
    ("p", "9.2 The notification shall describe the nature of the breach, the data subjects and records concerned, the likely consequences and the measures taken or proposed, and shall name a contact person."),
    ("p", "9.3 The Controller notifies the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) where required, within the 72 hours laid down in Article 33 GDPR."),
    ("h", "10. Audits"),
    ("p", "10.1 The Processor shall make available to the Controller all information necessary to demonstrate compliance with Article 28 GDPR and this agreement, including its ISO/IEC 27001 certificate and the statement of applicability."),
    ("p", "10.2 The Controller, or an auditor mandated by it, may carry out audits, including inspections, on fifteen working days' notice. The Processor shall not charge the Controller for audits or inspections."),
    ("h", "11. Records"),
    ("p", "11.1 The Processor keeps a record of all categories of processing activities carried out on behalf of the Controller in accordance with Article 30(2) GDPR."),
    ("h", "12. Deletion and return"),
    ("p", "12.1 When the Main Agreement ends, the Processor shall, at the Controller's choice, return all personal data in CSV and PDF format or delete it, and shall delete all remaining copies within 45 days, unless Union or Member State law requires storage."),
    ("p", "12.2 The Processor shall certify the deletion to the Controller in writing."),
    ("h", "13. Liability, governing law and jurisdiction"),
    ("p", "13.1 Each party is liable for damage it causes in accordance with Article 82 GDPR. The liability cap in the Main Agreement does not apply to breaches of this agreement."),
    ("p", "13.2 This agreement is governed by Dutch law. The District Court of The Hague has exclusive jurisdiction."),
]

EN_SECURITY = [
    ("Area", "Measure"),
    ("Access control", "Single sign-on with two-factor authentication for planners; technicians use a device-bound app login with PIN."),
    ("Authorisation", "Role-based permissions; technicians only see the work orders assigned to them for the current week."),
    ("Encryption", "TLS 1.2 or higher in transit; AES-256 at rest, including photos and signatures."),
    ("Logging", "Audit logs of all access to customer records, reviewed monthly."),
    ("Availability", "Nightly backups to a second data centre in Tartu; restore tests every quarter."),
    ("Staff", "Background checks and security training for all staff with production access."),
]

EN_SUBPROCESSORS = [
    ("Sub-processor", "Location", "Service", "Transfer safeguard"),
    ("Baltic Cloudworks AS", "Tallinn, Estonia", "Hosting and backups", "Within the EEA"),
    ("Mapwise GmbH", "Munich, Germany", "Maps, geocoding and route calculation", "Within the EEA"),
    ("Alpstream Messaging AG", "Zürich, Switzerland", "SMS appointment messages", "Adequacy decision 2000/518/EC"),
]


def add_table(doc, rows, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = text
            if i == 0 or (bold_first_col and j == 0):
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def build_en():
    doc = Document()
    fixed_core(doc, "Data Processing Agreement")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"; normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(5)
    doc.add_paragraph("Data Processing Agreement", style="Title")
    doc.add_paragraph("This agreement is made between the following parties:")
    add_table(doc, EN_PARTIES, bold_first_col=True)
    doc.add_paragraph()
    for kind, text in EN_BODY:
        if kind == "h":
            doc.add_paragraph(text, style="Heading 1")
        else:
            doc.add_paragraph(text)
    doc.add_paragraph("Signed on 9 April 2025 by Joost van Rijswijk, director, for the Controller and by Mihkel Tamm, CEO, for the Processor.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Schedule 1 – Technical and organisational measures", style="Heading 1")
    add_table(doc, EN_SECURITY, bold_first_col=True)
    doc.add_paragraph()
    doc.add_paragraph("Schedule 2 – Approved sub-processors", style="Heading 1")
    add_table(doc, EN_SUBPROCESSORS)
    doc.save(os.path.join(OUT, "en-fieldservice-word-tables.docx"))


if __name__ == "__main__":
    build_da()
    build_en()
    print("wrote da-lokalebooking-autonummerering.docx and en-fieldservice-word-tables.docx")
