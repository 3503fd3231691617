#!/usr/bin/env python3
"""Rebuild the two DOCX files of tests/blind-4 with python-docx.

  python3 build_docx.py        (from tests/blind-4/src; needs `pip install python-docx`)

da-tandklinik-typede-numre.docx: every clause number is typed into the paragraph text ("1.", "1.1");
headings are Normal paragraphs in bold, no Word heading style and no list numbering.
en-hospice-word-headings.docx: Word's built-in Heading 1 / Heading 2 styles, no number anywhere in
the headings or paragraphs (the template's heading styles carry no numbering either).
"""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


# ---------------------------------------------------------------- Danish, typed numbers

DA = [
    ("title", "Databehandleraftale"),
    ("p", "mellem"),
    ("p", "Tandlægehuset Limfjord ApS, CVR-nr. 39 84 21 67, Østerågade 131, 9000 Aalborg (herefter »den Dataansvarlige«)"),
    ("p", "og"),
    ("p", "Smilregister A/S, CVR-nr. 43 05 77 12, Hedelykken 6, 7400 Herning (herefter »Databehandleren«)"),
    ("h", "1. Baggrund"),
    ("p", "1.1 Parterne har den 3. februar 2025 indgået en licensaftale om brug af journal- og bookingsystemet Smilregister Klinik (»Hovedaftalen«). Denne aftale fastsætter vilkårene for Databehandlerens behandling af personoplysninger på vegne af den Dataansvarlige, jf. databeskyttelsesforordningens artikel 28."),
    ("p", "1.2 Aftalen har tre bilag: Bilag 1 Behandlingen, Bilag 2 Sikkerhedsforanstaltninger og Bilag 3 Godkendte underdatabehandlere."),
    ("p", "1.3 Er Hovedaftalen og denne aftale i strid med hinanden, har denne aftale forrang."),
    ("h", "2. Den Dataansvarliges instruks"),
    ("p", "2.1 Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den Dataansvarlige, som fremgår af denne aftale og Bilag 1. Er Databehandleren forpligtet til behandling efter EU-ret eller dansk ret, underrettes den Dataansvarlige om kravet, før behandlingen finder sted, medmindre underretning er forbudt af hensyn til vigtige samfundsmæssige interesser."),
    ("p", "2.2 Databehandleren giver straks besked, hvis en instruks efter Databehandlerens opfattelse strider mod databeskyttelsesforordningen eller databeskyttelsesloven."),
    ("p", "2.3 Ændringer af instruksen aftales skriftligt og vedlægges som en ny version af Bilag 1."),
    ("p", "2.4 Databehandleren må ikke anvende personoplysningerne til egne formål, herunder udvikling, statistik eller markedsføring, og heller ikke efter at oplysningerne er anonymiseret eller aggregeret."),
    ("h", "3. Tavshedspligt"),
    ("p", "3.1 Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed eller er underlagt en passende lovbestemt tavshedspligt."),
    ("h", "4. Behandlingssikkerhed"),
    ("p", "4.1 Databehandleren iværksætter de tekniske og organisatoriske foranstaltninger, der kræves efter databeskyttelsesforordningens artikel 32, og som minimum de foranstaltninger, der er beskrevet i Bilag 2."),
    ("h", "5. Underdatabehandlere"),
    ("p", "5.1 Databehandleren må kun gøre brug af en underdatabehandler med forudgående specifik skriftlig godkendelse fra den Dataansvarlige."),
    ("p", "5.2 Den Dataansvarlige har ved underskriften af denne aftale godkendt de underdatabehandlere, der er nævnt i Bilag 3."),
    ("p", "5.3 Databehandleren indgår en skriftlig aftale med hver underdatabehandler, der pålægger denne de samme databeskyttelsesforpligtelser som dem, der følger af denne aftale. Databehandleren hæfter fuldt ud over for den Dataansvarlige for underdatabehandlerens overholdelse af sine forpligtelser."),
    ("h", "6. Tredjelande"),
    ("p", "6.1 Personoplysningerne må ikke overføres til, opbevares i eller tilgås fra lande uden for EU/EØS eller af internationale organisationer."),
    ("p", "6.2 Forbuddet gælder også for fjernsupport og for underdatabehandlere."),
    ("h", "7. Bistand"),
    ("p", "7.1 Databehandleren bistår den Dataansvarlige med at opfylde anmodninger fra de registrerede om udøvelse af deres rettigheder efter forordningens kapitel III, herunder ved at kunne udtrække en patients oplysninger i et struktureret, almindeligt anvendt og maskinlæsbart format."),
    ("p", "7.2 Databehandleren bistår den Dataansvarlige med at overholde forpligtelserne efter forordningens artikel 32-36, herunder ved konsekvensanalyser og forudgående høring af Datatilsynet."),
    ("p", "7.3 Bistand efter dette punkt og medvirken efter punkt 9 og 10 er omfattet af licensprisen og faktureres ikke særskilt."),
    ("p", "7.4 Licensprisen reguleres én gang årligt efter nettoprisindekset, som det fremgår af Hovedaftalen."),
    ("h", "8. Brud på persondatasikkerheden"),
    ("p", "8.1 Databehandleren underretter den Dataansvarlige uden unødig forsinkelse og senest tolv timer efter at være blevet opmærksom på et brud på persondatasikkerheden."),
    ("p", "8.2 Underretningen gives til klinikchefen pr. telefon og e-mail og skal så vidt muligt beskrive bruddets karakter, de berørte kategorier og omtrentlige antal af registrerede, de sandsynlige konsekvenser og de foranstaltninger, der er truffet eller foreslås."),
    ("p", "8.3 Det er den Dataansvarlige, der anmelder bruddet til Datatilsynet, og fristen herfor er 72 timer. Databehandleren leverer derfor løbende supplerende oplysninger, efterhånden som de foreligger."),
    ("h", "9. Tilsyn og revision"),
    ("p", "9.1 Databehandleren stiller alle oplysninger til rådighed, som er nødvendige for at påvise overholdelse af forordningens artikel 28 og denne aftale."),
    ("p", "9.2 Databehandleren sender hvert år senest den 1. maj en ISAE 3000-erklæring type 2 om behandlingen til den Dataansvarlige."),
    ("p", "9.3 Den Dataansvarlige eller en revisor, som den Dataansvarlige udpeger, kan foretage inspektion hos Databehandleren med ti arbejdsdages varsel."),
    ("p", "9.4 Tilsyn, erklæringer og inspektioner efter dette punkt er uden omkostninger for den Dataansvarlige."),
    ("h", "10. Sletning og tilbagelevering"),
    ("p", "10.1 Ved Hovedaftalens ophør tilbageleverer Databehandleren efter den Dataansvarliges valg alle personoplysninger i et format, der kan indlæses i et andet journalsystem, eller sletter dem. Databehandleren sletter herefter alle kopier, herunder sikkerhedskopier, senest 30 dage efter ophøret, medmindre EU-ret eller dansk ret kræver opbevaring."),
    ("p", "10.2 Databehandleren bekræfter skriftligt over for den Dataansvarlige, at sletningen er gennemført."),
    ("h", "11. Ansvar og lovvalg"),
    ("p", "11.1 Parternes erstatningsansvar følger dansk rets almindelige regler. Hovedaftalens ansvarsbegrænsning gælder ikke for Databehandlerens overtrædelse af denne aftale."),
    ("p", "11.2 Aftalen er underlagt dansk ret. Tvister afgøres ved Retten i Aalborg."),
    ("h", "12. Ikrafttræden og ophør"),
    ("p", "12.1 Aftalen træder i kraft ved begge parters underskrift og ophører automatisk, når Databehandleren ikke længere behandler personoplysninger for den Dataansvarlige."),
    ("h", "13. Underskrifter"),
    ("p", "For den Dataansvarlige: Aalborg, den 10. februar 2025 – Louise Brandt Kjær, klinikejer"),
    ("p", "For Databehandleren: Herning, den 7. februar 2025 – Kasper Thyregod, administrerende direktør"),
    ("pagebreak", None),
    ("h", "Bilag 1 – Behandlingen"),
    ("p", "Formål: booking af tider, journalføring, udsendelse af påmindelser og afregning med patienter og regionen."),
    ("p", "Behandlingens karakter: registrering, opbevaring, visning, ændring, udskrift og sletning af oplysninger."),
    ("p", "Registrerede: klinikkens patienter, forældre til patienter under 18 år og klinikkens ansatte."),
    ("p", "Personoplysninger: navn, CPR-nummer, adresse, telefonnummer, e-mail, journalnotater, røntgenbilleder, behandlingsplaner og andre helbredsoplysninger samt betalingsoplysninger."),
    ("p", "Varighed: så længe Hovedaftalen løber."),
    ("p", "Lokalitet: Databehandlerens driftscenter i Aarhus, Danmark."),
    ("h", "Bilag 2 – Sikkerhedsforanstaltninger"),
    ("p", "Al kommunikation krypteres med TLS, og data krypteres ved lagring. Medarbejdere logger ind med totrinsgodkendelse, og adgang tildeles efter arbejdsbetinget behov. Alle opslag i journaler logges. Logoplysninger opbevares i 180 dage, og sikkerhedskopier opbevares i 14 dage. Der gennemføres en ekstern sårbarhedstest mindst én gang om året."),
    ("h", "Bilag 3 – Godkendte underdatabehandlere"),
    ("p", "Nordlys Datacenter A/S, CVR-nr. 38 20 91 44, Skejbyparken 40, 8200 Aarhus N, Danmark – drift og hosting af Smilregister Klinik."),
    ("p", "SMS-Broen ApS, CVR-nr. 40 66 12 09, Dyrehavevej 5, 6000 Kolding, Danmark – udsendelse af SMS-påmindelser om tider."),
]


def build_da():
    doc = Document()
    fixed_core(doc, "Databehandleraftale")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for kind, text in DA:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text.upper())
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "h":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text)
            r.bold = True
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "da-tandklinik-typede-numre.docx"))


# ---------------------------------------------------------------- English, Word heading styles

EN = [
    ("title", "Data Processing Agreement"),
    ("p", "This agreement is made on 17 March 2025 between Brightwater Hospice Foundation CLG, a company limited by guarantee registered in Ireland under number 598214 and a registered charity, whose registered office is at 22 Ardmore Terrace, Cork T12 XK44 (the \"Foundation\"), and Lanternfield Systems Ltd, a company registered in England and Wales under number 11843267, whose registered office is at 3 Weaver's Yard, Bristol BS1 6QH (the \"Processor\")."),
    ("h1", "Background and Definitions"),
    ("p", "The Foundation uses the Processor's hosted supporter database, Lanternfield Giving, under a subscription agreement dated 1 March 2025 (the \"Subscription Agreement\"). This agreement sets out the terms required by Article 28 of the GDPR."),
    ("p", "In this agreement \"GDPR\" means Regulation (EU) 2016/679, \"Data Protection Law\" means the GDPR and the Data Protection Act 2018 of Ireland, and \"Foundation Personal Data\" means personal data processed by the Processor on the Foundation's behalf."),
    ("h1", "Details of the Processing"),
    ("p", "The subject matter, nature, purpose and duration of the processing, the types of personal data and the categories of data subjects are described in Annex 1."),
    ("h1", "Controller's Instructions"),
    ("h2", "Documented instructions"),
    ("p", "The Processor shall process Foundation Personal Data only on the Foundation's documented instructions, including with regard to transfers to a third country, unless Union or Member State law requires it to do otherwise. In that case the Processor shall inform the Foundation of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest. The Processor shall tell the Foundation immediately if it believes that an instruction infringes Data Protection Law."),
    ("h2", "Changing the instructions"),
    ("p", "The Foundation may give additional or amended instructions in writing through its data protection lead."),
    ("h2", "No use for the Processor's own purposes"),
    ("p", "The Processor shall not process Foundation Personal Data for any purpose of its own. In particular it shall not create anonymised, pseudonymised or aggregated data from Foundation Personal Data for product development, benchmarking or any other purpose."),
    ("h1", "Confidentiality"),
    ("p", "The Processor shall ensure that every person it authorises to process Foundation Personal Data has committed to confidentiality or is under an appropriate statutory obligation of confidentiality."),
    ("h1", "Security of Processing"),
    ("p", "The Processor shall implement the technical and organisational measures required by Article 32 of the GDPR, including encryption in transit and at rest, multi-factor authentication and an annual independent penetration test. Application logs are kept for 90 days and backups for 28 days."),
    ("h1", "Sub-processors"),
    ("h2", "Authorisation and list"),
    ("p", "The Foundation gives the Processor general written authorisation to engage sub-processors. The sub-processors engaged at the date of this agreement are listed in Annex 2."),
    ("h2", "Notice and objection"),
    ("p", "The Processor shall give the Foundation at least 30 days' written notice of any intended addition or replacement of a sub-processor. The Foundation may object to the change within that period for any reason and without having to give reasons. If it objects, the Processor shall not use that sub-processor for Foundation Personal Data."),
    ("h2", "Obligations of sub-processors"),
    ("p", "The Processor shall impose on each sub-processor, by written contract, the same data protection obligations as are set out in this agreement, and shall remain fully liable to the Foundation for the performance of each sub-processor's obligations."),
    ("h1", "International Transfers"),
    ("p", "The Processor is established in the United Kingdom, and Foundation Personal Data is hosted there. Processing in the United Kingdom relies on the Commission's adequacy decision for the United Kingdom, Implementing Decision (EU) 2021/1772."),
    ("p", "The only other transfer outside the European Economic Area is to the sub-processor in the United States listed in Annex 2. That transfer relies on Implementing Decision (EU) 2023/1795 on the EU-US Data Privacy Framework, under which that sub-processor is certified. No other transfer to a third country or international organisation may take place without the Foundation's prior written instruction."),
    ("h1", "Assistance to the Foundation"),
    ("p", "Taking into account the nature of the processing, the Processor shall assist the Foundation by appropriate technical and organisational measures in responding to requests from data subjects exercising their rights under Chapter III of the GDPR, and in meeting its obligations under Articles 32 to 36 of the GDPR, including data protection impact assessments and prior consultation of the Data Protection Commission."),
    ("p", "The Processor shall provide all assistance under this agreement at no additional charge. The subscription fees themselves are payable annually in advance as set out in the Subscription Agreement."),
    ("h1", "Personal Data Breaches"),
    ("p", "The Processor shall notify the Foundation of any personal data breach affecting Foundation Personal Data without undue delay and in any event within 24 hours of becoming aware of it, and shall provide a written incident report within five business days of that notice."),
    ("p", "The Foundation is responsible for notifying the Data Protection Commission, where required, within 72 hours. The Processor shall give the Foundation all information it needs to do so."),
    ("h1", "Audits and Information"),
    ("p", "The Processor shall make available to the Foundation all information necessary to demonstrate compliance with Article 28 of the GDPR and this agreement, and shall each year send the Foundation its current ISO/IEC 27001 certificate."),
    ("p", "The Foundation, or an auditor it appoints, may audit and inspect the Processor on 15 days' written notice, or at shorter notice after a personal data breach. The Processor shall not charge the Foundation for audits or inspections."),
    ("h1", "Records"),
    ("p", "The Processor shall keep a record of all categories of processing activities carried out on behalf of the Foundation, as required by Article 30(2) of the GDPR."),
    ("h1", "Return and Deletion"),
    ("p", "On termination or expiry of the Subscription Agreement, the Processor shall, at the Foundation's choice, return all Foundation Personal Data in CSV format or delete it, and shall delete all remaining copies within 30 days, unless Union or Member State law requires storage. The Processor shall confirm the deletion to the Foundation in writing."),
    ("h1", "Liability"),
    ("p", "Each party's liability under this agreement is subject to the limits in the Subscription Agreement, except that those limits do not apply to claims by data subjects caused by the Processor's breach of this agreement."),
    ("h1", "Term and Precedence"),
    ("p", "This agreement takes effect on signature and remains in force for as long as the Processor processes Foundation Personal Data. If it conflicts with the Subscription Agreement, this agreement prevails."),
    ("h1", "Governing Law and Jurisdiction"),
    ("p", "This agreement is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction over any dispute arising from it."),
    ("p", "Signed for Brightwater Hospice Foundation CLG by Áine Ní Bhriain, Chief Executive"),
    ("p", "Signed for Lanternfield Systems Ltd by Thomas Parry-Welch, Managing Director"),
    ("pagebreak", None),
    ("h1", "Annex 1 – Description of the Processing"),
    ("p", "Subject matter and purpose: recording supporters and donations, sending appeals and claiming tax relief on donations."),
    ("p", "Nature of the processing: collection, storage, search, segmentation, mailing and deletion."),
    ("p", "Data subjects: donors and prospective donors, volunteers and event participants."),
    ("p", "Personal data: names, postal and email addresses, telephone numbers, donation history, payment references, tax relief declarations (including PPS numbers where given) and communication preferences."),
    ("p", "Duration: for the term of the Subscription Agreement."),
    ("h1", "Annex 2 – Approved Sub-processors"),
    ("p", "Harbourline Cloud Ltd – London, United Kingdom – hosting and backups"),
    ("p", "Sendmere Inc. – Denver, Colorado, United States – delivery of campaign emails"),
    ("p", "Kestrel Payments B.V. – Amsterdam, Netherlands – tokenisation of card and direct debit donations"),
]


def build_en():
    doc = Document()
    fixed_core(doc, "Data Processing Agreement")
    for kind, text in EN:
        if kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "h1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "en-hospice-word-headings.docx"))


if __name__ == "__main__":
    build_da()
    build_en()
    print("wrote da-tandklinik-typede-numre.docx, en-hospice-word-headings.docx")
