#!/usr/bin/env python3
"""Rebuild da-vagtplan-libreoffice.pdf (tests/blind-5).

  /tmp/rr/rl/bin/python build_libreoffice_pdf.py     (any Python with python-docx; needs soffice)

python-docx writes da-vagtplan-libreoffice.docx here in src/ (typed clause numbers "1." and "1.1",
a header with the company and version, a footer "Side X af Y" made of Word PAGE / NUMPAGES fields,
the sub-processor list as a Word table in Bilag 1); LibreOffice then converts it to PDF:
  soffice --headless --convert-to pdf --outdir .. da-vagtplan-libreoffice.docx
The .docx is an intermediate file and is removed again (pass --keep-docx to keep it).
"""
import os
import subprocess
import sys
import tempfile
import shutil

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "da-vagtplan-libreoffice"

TEXT = [
    ("title", "Databehandleraftale"),
    ("c", "mellem"),
    ("c", "Omsorgshuset Lindely A/S, CVR-nr. 41 36 07 92, Lindelyvej 3, 8600 Silkeborg (»den Dataansvarlige«)"),
    ("c", "og"),
    ("c", "Vagtplan Nord ApS, CVR-nr. 38 92 64 15, Hedeskovvej 21, 7500 Holstebro (»Databehandleren«)"),
    ("h", "1. Aftalens baggrund"),
    ("p", "1.1 Den Dataansvarlige driver tre private plejeboliger og anvender Databehandlerens system Vagtplan Nord til planlægning af vagter, registrering af arbejdstid og kommunikation med medarbejderne. Vilkårene for systemet fremgår af parternes abonnementsaftale af 1. februar 2025 (»Hovedaftalen«)."),
    ("p", "1.2 Denne aftale fastsætter de vilkår, der gælder for Databehandlerens behandling af personoplysninger på vegne af den Dataansvarlige, og opfylder kravene i databeskyttelsesforordningens artikel 28, stk. 3."),
    ("p", "1.3 Aftalen erstatter parternes databehandleraftale af 1. marts 2017, som i sin tid blev indgået efter den dagældende persondatalov. Den tidligere aftale har ingen virkning efter denne aftales ikrafttræden."),
    ("h", "2. Behandlingens omfang"),
    ("p", "2.1 Formålet med behandlingen er at planlægge og fordele vagter, registrere arbejdstid og fravær, sende vagtbeskeder og danne grundlag for lønberegning hos den Dataansvarliges lønbureau."),
    ("p", "2.2 Behandlingen omfatter navn, medarbejdernummer, stilling, telefonnummer, e-mailadresse, vagtønsker, registreret arbejdstid, fraværsårsag (ferie, barns sygedag, egen sygdom) og kvalifikationer som f.eks. medicingodkendelse."),
    ("p", "2.3 De registrerede er den Dataansvarliges ansatte, vikarer og elever."),
    ("p", "2.4 Behandlingen består i indsamling, registrering, opbevaring, tilpasning, udsendelse og sletning og varer, så længe Hovedaftalen løber."),
    ("h", "3. Instruks"),
    ("p", "3.1 Databehandleren behandler kun personoplysninger efter dokumenteret instruks fra den Dataansvarlige. Instruksen består af denne aftale og de valg, den Dataansvarlige træffer i systemets opsætning."),
    ("p", "3.2 Kræver EU-ret eller dansk ret, at Databehandleren behandler oplysningerne på anden måde, giver Databehandleren den Dataansvarlige besked før behandlingen, medmindre lovgivningen forbyder det af hensyn til vigtige samfundsinteresser."),
    ("p", "3.3 Databehandleren underretter straks den Dataansvarlige, hvis en instruks efter Databehandlerens opfattelse er i strid med databeskyttelsesforordningen eller databeskyttelsesloven."),
    ("h", "4. Fortrolighed"),
    ("p", "4.1 Databehandleren sikrer, at de personer, der har adgang til personoplysningerne, har forpligtet sig til fortrolighed eller er omfattet af en passende lovbestemt tavshedspligt."),
    ("h", "5. Behandlingssikkerhed"),
    ("p", "5.1 Databehandleren iværksætter de tekniske og organisatoriske foranstaltninger, som databeskyttelsesforordningens artikel 32 kræver, herunder foranstaltningerne i Bilag 2."),
    ("p", "5.2 Adgangslogs gemmes i 180 dage og sikkerhedskopier i 30 dage."),
    ("h", "6. Underdatabehandlere"),
    ("p", "6.1 Den Dataansvarlige giver Databehandleren generel godkendelse til at anvende underdatabehandlere. De underdatabehandlere, der anvendes ved aftalens indgåelse, fremgår af Bilag 1."),
    ("p", "6.2 Databehandleren varsler skriftligt tilføjelse eller udskiftning af en underdatabehandler mindst 30 dage, før ændringen får virkning."),
    ("p", "6.3 Den Dataansvarlige kan gøre indsigelse mod ændringen inden for varslet uden at angive grunde. Gør den Dataansvarlige indsigelse, må den nye underdatabehandler ikke behandle den Dataansvarliges oplysninger."),
    ("p", "6.4 Databehandleren pålægger ved skriftlig aftale underdatabehandleren de samme databeskyttelsesforpligtelser som dem, der følger af denne aftale."),
    ("p", "6.5 Databehandleren hæfter over for den Dataansvarlige for underdatabehandlerens opfyldelse af sine forpligtelser."),
    ("h", "7. Overførsel til tredjelande"),
    ("p", "7.1 Personoplysningerne må kun overføres til lande uden for EU/EØS, hvis det sker til en underdatabehandler, der er anført i Bilag 1, eller efter dokumenteret instruks fra den Dataansvarlige."),
    ("p", "7.2 Overførslen til Pushline Inc. i USA sker på grundlag af EU-Kommissionens standardkontraktbestemmelser for overførsel til databehandlere i tredjelande, jf. Kommissionens afgørelse 2010/87/EU, som parterne og Pushline Inc. har tiltrådt."),
    ("h", "8. Bistand til den Dataansvarlige"),
    ("p", "8.1 Databehandleren bistår den Dataansvarlige med at besvare anmodninger fra registrerede om indsigt, berigtigelse, sletning, begrænsning og dataportabilitet, bl.a. ved at kunne udtrække alle registreringer om en medarbejder."),
    ("p", "8.2 Databehandleren bistår den Dataansvarlige med at overholde forpligtelserne i databeskyttelsesforordningens artikel 32-36, herunder konsekvensanalyser og forudgående høring af Datatilsynet."),
    ("p", "8.3 Bistand efter pkt. 8.1 og 8.2 ydes uden beregning."),
    ("p", "8.4 Undervisning, opsætning af nye afdelinger og tilpasning af systemet er ikke omfattet af denne aftale og faktureres efter Hovedaftalens timepris på 950 kr."),
    ("h", "9. Brud på persondatasikkerheden"),
    ("p", "9.1 Databehandleren underretter den Dataansvarlige uden unødig forsinkelse og senest fire hverdage efter at være blevet opmærksom på et brud på persondatasikkerheden."),
    ("p", "9.2 Underretningen beskriver så vidt muligt bruddets karakter, de berørte kategorier af registrerede og oplysninger, de sandsynlige konsekvenser og de foranstaltninger, der er truffet."),
    ("p", "9.3 Den Dataansvarlige skal selv anmelde bruddet til Datatilsynet inden for 72 timer, jf. forordningens artikel 33."),
    ("h", "10. Tilsyn og revision"),
    ("p", "10.1 Databehandleren stiller alle oplysninger til rådighed, som er nødvendige for at påvise overholdelse af artikel 28 og denne aftale."),
    ("p", "10.2 Databehandleren udarbejder hvert år en revisorerklæring efter ISAE 3000 om behandlingssikkerheden og sender den til den Dataansvarlige uden beregning."),
    ("p", "10.3 Den Dataansvarlige kan herudover foretage inspektion hos Databehandleren med mindst 45 dages skriftligt varsel. Hver part afholder egne omkostninger ved inspektionen."),
    ("h", "11. Sletning og tilbagelevering"),
    ("p", "11.1 Ved Hovedaftalens ophør sletter eller tilbageleverer Databehandleren efter den Dataansvarliges valg alle personoplysninger senest 30 dage efter ophøret og sletter eksisterende kopier, medmindre EU-ret eller dansk ret kræver opbevaring."),
    ("p", "11.2 Databehandleren bekræfter sletningen skriftligt."),
    ("h", "12. Ansvar"),
    ("p", "12.1 Parternes ansvar følger dansk rets almindelige regler. Hovedaftalens ansvarsbegrænsning finder ikke anvendelse på krav, der skyldes Databehandlerens overtrædelse af denne aftale."),
    ("h", "13. Ikrafttræden og ophør"),
    ("p", "13.1 Aftalen træder i kraft ved underskrift og gælder, så længe Databehandleren behandler personoplysninger for den Dataansvarlige."),
    ("h", "14. Lovvalg og værneting"),
    ("p", "14.1 Aftalen er underlagt dansk ret. Tvister afgøres ved Retten i Herning."),
    ("sign", None),
    ("pagebreak", None),
    ("h", "Bilag 1 – Godkendte underdatabehandlere"),
    ("table", [
        ("Underdatabehandler", "Adresse", "Behandling"),
        ("Nordhal Hosting A/S", "Datavej 12, 8200 Aarhus N, Danmark", "Drift af servere, hosting og sikkerhedskopiering"),
        ("Textbud Nordic AB", "", "Udsendelse af sms om ledige vagter og vagtbytte"),
        ("Pushline Inc.", "Denver, Colorado, USA", "Push-beskeder til medarbejdernes app"),
    ]),
    ("h", "Bilag 2 – Tekniske og organisatoriske foranstaltninger"),
    ("bullet", "Kryptering af al trafik med TLS og af databasen i hvile."),
    ("bullet", "Tofaktorlogin for ledere og for Databehandlerens medarbejdere."),
    ("bullet", "Rollebaseret adgang, så medarbejdere kun ser egne vagter og kollegers navne."),
    ("bullet", "Logning af administratoradgang og årlig gennemgang af brugerrettigheder."),
    ("bullet", "Daglig sikkerhedskopi til et andet datacenter og halvårlig test af genetablering."),
]


def add_field(run, instr):
    """Append a Word field (PAGE, NUMPAGES) to a run."""
    begin = OxmlElement("w:fldChar"); begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText"); text.set(qn("xml:space"), "preserve"); text.text = f" {instr} "
    sep = OxmlElement("w:fldChar"); sep.set(qn("w:fldCharType"), "separate")
    val = OxmlElement("w:t"); val.text = "1"
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, val, end):
        run._r.append(el)


def build(docx_path):
    doc = Document()
    cp = doc.core_properties
    cp.title = "Databehandleraftale"; cp.author = ""; cp.last_modified_by = ""; cp.comments = ""
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"; normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)

    hp = sec.header.paragraphs[0]
    hp.text = "Vagtplan Nord ApS · Databehandleraftale · version 2.1"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("Side ", "PAGE", " af ", "NUMPAGES"):
        r = fp.add_run()
        r.font.size = Pt(8)
        if piece in ("PAGE", "NUMPAGES"):
            add_field(r, piece)
        else:
            r.text = piece

    for kind, val in TEXT:
        if kind == "title":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val); r.bold = True; r.font.size = Pt(18)
        elif kind == "c":
            p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(val); r.bold = True
        elif kind == "p":
            p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bullet":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sign":
            t = doc.add_table(rows=1, cols=2)
            t.cell(0, 0).text = "For den Dataansvarlige\nSilkeborg, den 3. februar 2025\n\nPernille Damgaard, direktør"
            t.cell(0, 1).text = "For Databehandleren\nHolstebro, den 3. februar 2025\n\nKasper Vestergaard, direktør"
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(docx_path)


def main():
    keep = "--keep-docx" in sys.argv
    docx_path = os.path.join(HERE, NAME + ".docx")
    build(docx_path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", OUT, docx_path], check=True, capture_output=True)
    if not keep:
        os.unlink(docx_path)
    print("wrote", os.path.join(OUT, NAME + ".pdf"))


if __name__ == "__main__":
    main()
