#!/usr/bin/env python3
"""Rebuild the two DOCX files of tests/blind-6 with python-docx (plus hand-written WordprocessingML).

  /tmp/rr/rl/bin/python build_docx.py      (any Python with python-docx 1.x)

da-rengoering-sporede-aendringer.docx: a Danish agreement as a reviewer left it, with **tracked
  changes** (w:ins / w:del runs, one whole paragraph deleted including its paragraph mark) and two
  **Word comments** (word/comments.xml, commentRangeStart/End + commentReference). In the source
  text below, {+…+} is an insertion, {-…-} a deletion, [[c1]]…[[/c1]] the range of comment 1 and a
  paragraph starting with "{-¶" is deleted as a whole. The gold file describes the text with all
  insertions accepted and all deletions removed.
en-gym-fodnoter-indholdskontroller.docx: an English agreement with **footnotes** (word/footnotes.xml,
  w:footnoteReference in the body) and **content controls** (w:sdt, rich text, with alias and tag)
  holding the party names and the date.
"""
import os
import re
import zipfile
import shutil

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
AUTHOR = "Maja Glanstrup"
DATE = "2025-03-18T10:14:00Z"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    for attr in ("author", "last_modified_by", "comments", "keywords", "subject"):
        setattr(cp, attr, "")
    cp.revision = 1


# ------------------------------------------------------------------ Danish, tracked changes

DA_TITLE = "Databehandleraftale"
DA = [
    ("c", "mellem"),
    ("c", "{-[KUNDENAVN], CVR-nr. [CVR-NR], [ADRESSE]-}{+Glanstrup Rengøring A/S, CVR-nr. 39 41 27 60, Industrivej 14, 4000 Roskilde+} (»den Dataansvarlige«)"),
    ("c", "og"),
    ("c", "Stempl ApS, CVR-nr. 42 18 90 33, Havnegade 7, 4300 Holbæk (»Databehandleren«)"),
    ("h", "1. Baggrund og formål"),
    ("p", "1.1 Databehandleren leverer appen Stempl, som den Dataansvarlige bruger til tidsregistrering, opgavelister og kvalitetskontrol hos sine rengøringskunder. Vilkårene for appen fremgår af parternes abonnementsaftale af 3. marts 2025 (»Hovedaftalen«)."),
    ("p", "1.2 Denne aftale fastsætter Databehandlerens forpligtelser, når Databehandleren behandler personoplysninger på den Dataansvarliges vegne, og opfylder kravene i databeskyttelsesforordningens artikel 28, stk. 3."),
    ("p", "1.3 Er der uoverensstemmelse mellem denne aftale og Hovedaftalen, har denne aftale forrang."),
    ("h", "2. Behandlingens genstand og omfang"),
    ("p", "2.1 Formålet er at registrere medarbejdernes møde- og sluttider, fordele opgaver på de enkelte adresser og dokumentere den udførte rengøring over for kunderne."),
    ("p", "2.2 Behandlingen omfatter medarbejdernes navn, medarbejdernummer, telefonnummer, sprogpræference, arbejdstider, GPS-position ved ind- og udstempling og fotos af udført arbejde samt navn og telefonnummer på kontaktpersoner hos kunderne."),
    ("p", "2.3 De registrerede er den Dataansvarliges medarbejdere og kontaktpersoner hos den Dataansvarliges kunder."),
    ("p", "2.4 Behandlingen varer, så længe Hovedaftalen løber."),
    ("h", "3. Instruks"),
    ("p", "3.1 Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den Dataansvarlige, også for så vidt angår overførsel til tredjelande. Instruksen består af denne aftale og den Dataansvarliges opsætning af appen."),
    ("p", "3.2 Kræver EU-retten eller dansk ret, at Databehandleren behandler oplysningerne på anden måde, underretter Databehandleren den Dataansvarlige om det retlige krav inden behandlingen, medmindre den pågældende ret forbyder en sådan underretning af hensyn til vigtige samfundsinteresser."),
    ("p", "3.3 Databehandleren underretter straks den Dataansvarlige, hvis en instruks efter Databehandlerens opfattelse strider mod databeskyttelsesforordningen eller databeskyttelsesloven."),
    ("h", "4. Fortrolighed"),
    ("p", "4.1 Kun medarbejdere hos Databehandleren, som har et arbejdsbetinget behov, får adgang til personoplysningerne. De har alle skriftligt forpligtet sig til tavshed, også efter ansættelsens ophør."),
    ("h", "5. Behandlingssikkerhed"),
    ("p", "5.1 Databehandleren gennemfører de tekniske og organisatoriske foranstaltninger, som artikel 32 kræver, herunder kryptering under transport og i hvile, tofaktorlogin for administratorer, rollebaseret adgang og logning af al administrativ adgang."),
    ("p", "5.2 GPS-positioner slettes automatisk efter 60 dage. Logfiler gemmes i {-365-}{+180+} dage og sikkerhedskopier i 35 dage."),
    ("h", "6. Underdatabehandlere"),
    ("p", "6.1 Den Dataansvarlige giver Databehandleren generel skriftlig godkendelse til at benytte underdatabehandlere. De godkendte underdatabehandlere fremgår af Bilag 1."),
    ("p", "6.2 Databehandleren underretter den Dataansvarlige skriftligt om påtænkte tilføjelser eller udskiftninger med mindst {-14-}{+45+} dages varsel."),
    ("p", "6.3 {-Den Dataansvarlige kan alene gøre indsigelse af saglige og dokumenterede grunde.-}{+Den Dataansvarlige kan gøre indsigelse mod ændringen uden at begrunde det, og Databehandleren må i så fald ikke bruge den nye underdatabehandler til den Dataansvarliges oplysninger.+}"),
    ("p", "6.4 Databehandleren pålægger ved kontrakt enhver underdatabehandler de samme databeskyttelsesforpligtelser som dem, der gælder efter denne aftale, og hæfter fuldt ud for underdatabehandlerens opfyldelse af dem."),
    ("h", "7. Overførsel til tredjelande"),
    ("p", "7.1 Personoplysningerne behandles i EU/EØS. Overførsel til et tredjeland må kun ske efter dokumenteret instruks fra den Dataansvarlige eller til en underdatabehandler i Bilag 1, hvor overførselsgrundlaget er angivet."),
    ("p", "7.2 {-Overførslen til Tabulo Inc. i USA sker under EU-U.S. Privacy Shield.-}{+Overførslen til Tabulo Inc. i USA sker på grundlag af Kommissionens standardkontraktbestemmelser, jf. gennemførelsesafgørelse (EU) 2021/914, modul 3.+}"),
    ("h", "8. Bistand til den Dataansvarlige"),
    ("p", "8.1 Databehandleren bistår den Dataansvarlige med at opfylde de registreredes rettigheder, herunder indsigt, berigtigelse og sletning, og videresender anmodninger, som Databehandleren modtager, inden for tre arbejdsdage."),
    ("p", "8.2 Databehandleren bistår den Dataansvarlige med at overholde artikel 32-36, herunder ved konsekvensanalyser og forudgående høring af Datatilsynet."),
    ("p", "8.3 {-Bistand efter 8.1 og 8.2 afregnes efter medgået tid med 1.100 kr. pr. time.-}{+Bistand efter 8.1 og 8.2 er indeholdt i abonnementsprisen.+}"),
    ("p", "8.4 Brugere ud over de første 50 koster 29 kr. pr. bruger pr. måned efter Hovedaftalens prisliste."),
    ("h", "9. Brud på persondatasikkerheden"),
    ("p", "9.1 Databehandleren underretter den Dataansvarlige uden unødig forsinkelse og [[c1]]senest {-fem hverdage-}{+24 timer+}[[/c1]] efter at være blevet opmærksom på et brud på persondatasikkerheden."),
    ("p", "9.2 Underretningen beskriver så vidt muligt bruddets karakter, de berørte registrerede og oplysninger, de sandsynlige konsekvenser og de trufne eller foreslåede foranstaltninger."),
    ("p", "9.3 Den Dataansvarlige anmelder selv bruddet til Datatilsynet inden for 72 timer, jf. forordningens artikel 33."),
    ("h", "10. Tilsyn og revision"),
    ("p", "10.1 Databehandleren stiller alle oplysninger til rådighed, som er nødvendige for at påvise, at artikel 28 og denne aftale overholdes."),
    ("p", "10.2 Databehandleren indhenter hvert år en ISAE 3000-erklæring om behandlingssikkerheden og sender den til den Dataansvarlige uden beregning."),
    ("p", "10.3 Den Dataansvarlige eller en uafhængig revisor kan herudover foretage inspektion hos Databehandleren med {-60-}{+21+} dages skriftligt varsel. Databehandleren opkræver ikke betaling for inspektionen."),
    ("h", "11. Sletning og tilbagelevering"),
    ("p", "11.1 Ved Hovedaftalens ophør sletter eller tilbageleverer Databehandleren efter den Dataansvarliges valg alle personoplysninger{-, hvis den Dataansvarlige skriftligt anmoder herom-} inden 30 dage og sletter eksisterende kopier, medmindre EU-retten eller dansk ret kræver opbevaring."),
    ("p", "11.2 Databehandleren bekræfter skriftligt over for den Dataansvarlige, at sletningen er sket."),
    ("p", "{-¶[[c2]]11.3 Databehandleren må efter ophøret anvende oplysningerne i anonymiseret form til statistik og videreudvikling af appen.[[/c2]]-}"),
    ("h", "12. Ikrafttræden og ophør"),
    ("p", "12.1 Aftalen træder i kraft ved begge parters underskrift og gælder, så længe Databehandleren behandler personoplysninger for den Dataansvarlige."),
    ("h", "13. Lovvalg og værneting"),
    ("p", "13.1 Aftalen er underlagt dansk ret. Tvister afgøres ved Retten i Roskilde."),
    ("p", "For den Dataansvarlige: Maja Glanstrup, direktør"),
    ("p", "For Databehandleren: Henrik Aagaard, direktør"),
    ("break", None),
    ("h", "Bilag 1 – Godkendte underdatabehandlere"),
    ("p", "Nordsky Hosting ApS, Ballerup, Danmark – drift af servere og sikkerhedskopiering"),
    ("p", "Beskedly OÜ, Tallinn, Estland – udsendelse af sms til medarbejdere"),
    ("p", "Tabulo Inc., Seattle, Washington, USA – maskinoversættelse af opgavebeskrivelser og kundebemærkninger"),
]
DA_COMMENTS = {
    1: "Fem hverdage kan vi ikke acceptere – vi har selv kun 72 timer over for Datatilsynet. Rettet til 24 timer.",
    2: "Slettes. Stempl må ikke bruge vores medarbejderes data til egne formål, heller ikke anonymiseret.",
}

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(kind, runs):
    el = OxmlElement(kind)
    el.set(qn("w:id"), _next_id()); el.set(qn("w:author"), AUTHOR); el.set(qn("w:date"), DATE)
    for r in runs:
        el.append(r)
    return el


def _comment_mark(p, kind, cid):
    if kind == "start":
        el = OxmlElement("w:commentRangeStart"); el.set(qn("w:id"), str(cid)); p.append(el)
    else:
        el = OxmlElement("w:commentRangeEnd"); el.set(qn("w:id"), str(cid)); p.append(el)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "CommentReference")
        rpr.append(rs); r.append(rpr)
        ref = OxmlElement("w:commentReference"); ref.set(qn("w:id"), str(cid)); r.append(ref)
        p.append(r)


TOKEN = re.compile(r"(\{\+.*?\+\}|\{-.*?-\}|\[\[/?c\d\]\])")


def add_marked(p, text, bold=False):
    """Append runs for a marked-up string to paragraph element p (a w:p)."""
    whole_deleted = text.startswith("{-¶")
    if whole_deleted:
        text = text[3:-2]
        # the paragraph mark itself is deleted, so accepting joins nothing and leaves no empty line
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr"); p.insert(0, ppr)
        rpr = OxmlElement("w:rPr"); d = OxmlElement("w:del")
        d.set(qn("w:id"), _next_id()); d.set(qn("w:author"), AUTHOR); d.set(qn("w:date"), DATE)
        rpr.append(d); ppr.append(rpr)
    for piece in TOKEN.split(text):
        if not piece:
            continue
        m = re.fullmatch(r"\[\[(/?)c(\d)\]\]", piece)
        if m:
            _comment_mark(p, "end" if m.group(1) else "start", int(m.group(2)))
        elif piece.startswith("{+"):
            p.append(_wrap("w:ins", [_run(piece[2:-2], bold=bold)]))
        elif piece.startswith("{-"):
            p.append(_wrap("w:del", [_run(piece[2:-2], deleted=True, bold=bold)]))
        elif whole_deleted:
            p.append(_wrap("w:del", [_run(piece, deleted=True, bold=bold)]))
        else:
            p.append(_run(piece, bold=bold))


COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_part(path, part_name, xml, content_type, rel_type, rel_id):
    """Add one XML part to a saved .docx (content type override + relationship from document.xml)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode("utf-8").replace(
                    "</Types>", f'<Override PartName="/word/{part_name}" ContentType="{content_type}"/></Types>').encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode("utf-8").replace(
                    "</Relationships>", f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{part_name}"/></Relationships>').encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 18, 10, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
        zi = zipfile.ZipInfo(f"word/{part_name}", date_time=(2025, 3, 18, 10, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, xml)
    shutil.move(tmp, path)


def build_da():
    doc = Document()
    fixed_core(doc, DA_TITLE)
    normal = doc.styles["Normal"]
    normal.font.name = "Cambria"; normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(DA_TITLE); r.bold = True; r.font.size = Pt(20)
    sub = doc.add_paragraph(); sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("Udkast 3 – med den Dataansvarliges ændringer").italic = True
    for kind, text in DA:
        if kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        p = doc.add_paragraph()
        if kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "h":
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
        add_marked(p._p, text, bold=(kind == "h"))
    path = os.path.join(OUT, "da-rengoering-sporede-aendringer.docx")
    doc.save(path)
    body = "".join(
        f'<w:comment w:id="{cid}" w:author="{AUTHOR}" w:date="{DATE}" w:initials="MG"><w:p>'
        f'<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p></w:comment>'
        for cid, text in DA_COMMENTS.items())
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">{body}</w:comments>'
    add_part(path, "comments.xml", xml, COMMENTS_CT, COMMENTS_REL, "rIdComments1")


# ------------------------------------------------------------------ English, footnotes + content controls

# {sdt:Tag|Alias|text} is a content control; [^n] a footnote reference
EN_TITLE = "Data Processing Agreement"
EN = [
    ("p", "This Data Processing Agreement (the \"Agreement\") is made on {sdt:AgreementDate|Date of agreement|14 May 2025} between:"),
    ("p", "(1) {sdt:CustomerName|Customer name|Corrloch Leisure Limited}, a company incorporated in Ireland with company number 648213, whose registered office is at 22 Millrace Quay, Kilkenny R95 T2X8 (\"Customer\"); and"),
    ("p", "(2) {sdt:ProviderName|Provider name|Memberloop B.V.}, a private limited company registered with the Netherlands Chamber of Commerce under number 79326614, whose registered office is at Turfmarktkade 41, 3511 VK Utrecht (\"Memberloop\")."),
    ("h", "1. Definitions and precedence"),
    ("p", "1.1 In this Agreement, \"GDPR\" means Regulation (EU) 2016/679,[^1] \"Customer Personal Data\" means the personal data that Memberloop processes on behalf of Customer in providing the Memberloop platform, and \"Personal Data Breach\" has the meaning given in Article 4(12) GDPR."),
    ("p", "1.2 This Agreement supplements the Memberloop Subscription Agreement between the parties (the \"Subscription Agreement\"). If the two conflict, this Agreement prevails in relation to the processing of Customer Personal Data."),
    ("h", "2. Details of the processing"),
    ("p", "2.1 Memberloop provides Customer with an online platform for member sign-up, collection of membership fees by direct debit, class booking and entry to Customer's gyms by QR code."),
    ("p", "2.2 The data subjects are Customer's members, prospective members and guests, and the instructors and reception staff who use the platform."),
    ("p", "2.3 The personal data are names, dates of birth, postal and email addresses, telephone numbers, membership type and status, bank account details (IBAN) for direct debits, entry times, class bookings and, where Customer enables the feature, the answers to a pre-exercise health questionnaire.[^2]"),
    ("p", "2.4 The processing lasts for the term of the Subscription Agreement and the period needed for deletion under clause 12."),
    ("h", "3. Instructions"),
    ("p", "3.1 Memberloop shall process Customer Personal Data only on Customer's documented instructions, including with regard to transfers to third countries. This Agreement and Customer's configuration of the platform are Customer's instructions at the date of signature."),
    ("p", "3.2 Where Union or Member State law requires Memberloop to process Customer Personal Data otherwise, Memberloop shall inform Customer of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest."),
    ("p", "3.3 Memberloop shall inform Customer immediately if, in its opinion, an instruction infringes the GDPR or other Union or Member State data protection provisions."),
    ("h", "4. Personnel"),
    ("p", "4.1 Memberloop shall ensure that persons authorised to process Customer Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality."),
    ("h", "5. Security"),
    ("p", "5.1 Memberloop shall implement the technical and organisational measures required under Article 32 GDPR, including encryption of Customer Personal Data in transit and at rest, two-factor authentication for all administrative access, separation of each customer's data and regular testing of those measures."),
    ("p", "5.2 Entry logs are kept for 365 days and backups for 28 days, after which they are overwritten."),
    ("h", "6. Sub-processors"),
    ("p", "6.1 Customer authorises the sub-processors listed in Schedule 1 and gives Memberloop general written authorisation to engage further sub-processors in accordance with this clause."),
    ("p", "6.2 Memberloop shall notify Customer by email at least thirty (30) days before a new or replacement sub-processor begins to process Customer Personal Data."),
    ("p", "6.3 Customer may object to the change within that period without stating reasons. If Customer objects, Memberloop shall not use that sub-processor for Customer Personal Data."),
    ("p", "6.4 Memberloop shall impose on each sub-processor, by a written contract, the same data protection obligations as those set out in this Agreement, and remains fully liable to Customer for the performance of each sub-processor's obligations."),
    ("h", "7. International transfers"),
    ("p", "7.1 Memberloop hosts the platform and stores Customer Personal Data in data centres in Frankfurt am Main, Germany."),
    ("p", "7.2 Customer authorises the transfer of usage and entry data to Kettlebell Analytics Inc. in Boston, Massachusetts, United States, as listed in Schedule 1. That transfer is made under the EU-U.S. Privacy Shield Framework, under which Kettlebell Analytics Inc. is self-certified.[^3]"),
    ("p", "7.3 Memberloop shall not make any other transfer of Customer Personal Data to a third country without Customer's prior documented instructions."),
    ("h", "8. Assistance"),
    ("p", "8.1 Taking into account the nature of the processing, Memberloop shall assist Customer by appropriate technical and organisational measures in responding to requests from data subjects to exercise their rights under Chapter III GDPR."),
    ("p", "8.2 Memberloop shall assist Customer in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments and prior consultation of the Data Protection Commission."),
    ("p", "8.3 Memberloop provides the assistance described in this clause 8 at no additional cost. The platform fee of EUR 0.40 per active member per month under the Subscription Agreement is not affected by this Agreement."),
    ("h", "9. Personal Data Breaches"),
    ("p", "9.1 Memberloop shall notify Customer of a Personal Data Breach without undue delay and in any event within five (5) business days after becoming aware of it.[^4]"),
    ("p", "9.2 The notification shall describe the nature of the breach, the categories and approximate number of data subjects and records concerned, the likely consequences and the measures taken or proposed. Memberloop shall send Customer an update every 24 hours until the breach is contained."),
    ("h", "10. Aggregated data"),
    ("p", "10.1 Memberloop may anonymise and aggregate Customer Personal Data, including visit patterns and class attendance, and may use the resulting data to prepare benchmarking reports for the fitness industry, to improve its products and to promote its services, both during and after the term of this Agreement."),
    ("h", "11. Audits"),
    ("p", "11.1 Memberloop shall make available to Customer all information necessary to demonstrate compliance with Article 28 GDPR and this Agreement, including its current ISO/IEC 27001 certificate."),
    ("p", "11.2 Customer, or an independent auditor appointed by Customer, may carry out an on-site audit no more than once in any twelve-month period, on not less than sixty (60) days' prior written notice and during normal business hours. Each party bears its own costs of the audit."),
    ("h", "12. Return and deletion"),
    ("p", "12.1 On expiry or termination of the Subscription Agreement, Memberloop shall, at Customer's choice, return Customer Personal Data to Customer in CSV format or delete it, within thirty (30) days, and shall delete existing copies unless Union or Member State law requires their storage."),
    ("p", "12.2 Memberloop shall confirm the deletion to Customer in writing."),
    ("h", "13. Term, liability and governing law"),
    ("p", "13.1 This Agreement remains in force for as long as Memberloop processes Customer Personal Data."),
    ("p", "13.2 Each party's liability under this Agreement is subject to the limitations in the Subscription Agreement."),
    ("p", "13.3 This Agreement is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction."),
    ("p", "Signed for Customer by Niamh Corrigan, Managing Director, and for Memberloop by Sander Verhoef, CEO."),
    ("break", None),
    ("h", "Schedule 1 – Approved sub-processors"),
    ("p", "Hetzwerk Cloud GmbH – Frankfurt am Main, Germany – hosting and backups"),
    ("p", "Paylane Collections Ltd – Dublin, Ireland – SEPA direct debit collection"),
    ("p", "Kettlebell Analytics Inc. – Boston, Massachusetts, United States – usage analytics and dashboards"),
]
EN_FOOTNOTES = {
    1: "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data Protection Regulation).",
    2: "Health questionnaire answers are data concerning health under Article 9 GDPR. Customer decides whether to collect them and on which legal basis.",
    3: "Kettlebell Analytics Inc.'s self-certification can be checked on the list kept by the U.S. Department of Commerce.",
    4: "Customer's own notification to the Data Protection Commission must be made within 72 hours of Customer becoming aware of the breach (Article 33(1) GDPR).",
}

EN_TOKEN = re.compile(r"(\{sdt:[^}]*\}|\[\^\d\])")


def add_sdt(p, tag, alias, text):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(400000 + sum(map(ord, tag)))); pr.append(i)
    lock = OxmlElement("w:lock"); lock.set(qn("w:val"), "sdtLocked"); pr.append(lock)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(text))
    sdt.append(content)
    p.append(sdt)


def add_footnote_ref(p, n):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(n)); r.append(ref)
    p.append(r)


def build_en():
    doc = Document()
    fixed_core(doc, EN_TITLE)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"; normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    doc.add_paragraph(EN_TITLE, style="Title")
    for kind, text in EN:
        if kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if kind == "h":
            doc.add_paragraph(text, style="Heading 1")
            continue
        p = doc.add_paragraph()
        for piece in EN_TOKEN.split(text):
            if not piece:
                continue
            if piece.startswith("{sdt:"):
                tag, alias, val = piece[5:-1].split("|")
                add_sdt(p._p, tag, alias, val)
            elif piece.startswith("[^"):
                add_footnote_ref(p._p, int(piece[2:-1]))
            else:
                p._p.append(_run(piece))
    path = os.path.join(OUT, "en-gym-fodnoter-indholdskontroller.docx")
    doc.save(path)
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>'
        for n, t in EN_FOOTNOTES.items())
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">{sep}{notes}</w:footnotes>'
    add_part(path, "footnotes.xml", xml, FOOTNOTES_CT, FOOTNOTES_REL, "rIdFootnotes1")


if __name__ == "__main__":
    build_da()
    build_en()
    print("wrote da-rengoering-sporede-aendringer.docx and en-gym-fodnoter-indholdskontroller.docx")
