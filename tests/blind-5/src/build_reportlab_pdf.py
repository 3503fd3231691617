#!/usr/bin/env python3
"""Rebuild en-transcription-two-columns.pdf (tests/blind-5) with reportlab.

  /tmp/rr/rl/bin/python build_reportlab_pdf.py      (any Python with reportlab 4.x)

A4, two text columns per page (the title block spans both columns on page 1), footnotes at the
bottom of the page on which their reference mark stands (a footnoted paragraph is kept together
with an invisible anchor that records its page), a running header and a footer "Page N of M".
The document is built twice: the first pass counts the pages for "of M".
"""
import os

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer)

rl_config.invariant = 1  # reproducible bytes (no creation date or random document id)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "en-transcription-two-columns.pdf"))

TITLE = "DATA PROCESSING AGREEMENT"
SUBTITLE = "Velin Transcribe Limited · Version 2.3 · effective 1 March 2025"

# ("h", heading) | ("p", text) ; footnote marks are written [^n] in the text
BODY = [
    ("p", "This Data Processing Agreement (the \"DPA\") is made between Velin Transcribe Limited, a company registered in Ireland under number 712448, whose registered office is at Unit 6, Corrib Enterprise Park, Galway H91 XK27 (\"Velin\"), and the customer identified in the Order Form (\"Customer\")."),
    ("h", "1. APPLICATION"),
    ("p", "1.1 This DPA forms part of Velin's Subscription Terms and applies whenever Velin processes personal data on Customer's behalf in providing the Velin transcription service (the \"Service\")."),
    ("p", "1.2 If this DPA conflicts with the Subscription Terms, this DPA prevails as regards the processing of personal data."),
    ("h", "2. DEFINITIONS"),
    ("p", "2.1 \"GDPR\" means Regulation (EU) 2016/679.[^1] \"Customer Personal Data\" means personal data contained in recordings, transcripts and other content that Customer or its users upload to or create in the Service."),
    ("p", "2.2 \"Personal Data Breach\" has the meaning given in Article 4(12) GDPR, and \"Sub-processor\" means a third party engaged by Velin to process Customer Personal Data."),
    ("h", "3. DETAILS OF THE PROCESSING"),
    ("p", "3.1 Velin converts audio and video recordings of meetings, interviews and dictations into text, identifies speakers, produces summaries and makes the results searchable for Customer's users."),
    ("p", "3.2 The data subjects are persons whose voices or names appear in the recordings, such as Customer's employees, clients, candidates and interviewees, and Customer's users of the Service."),
    ("p", "3.3 The personal data are voice recordings, transcripts, speaker names and roles, user account details and any other personal data spoken in a recording, which may include special categories of data if the speakers mention them."),
    ("p", "3.4 The processing lasts for the term of Customer's subscription and the deletion period in clause 12."),
    ("h", "4. INSTRUCTIONS"),
    ("p", "4.1 Velin shall process Customer Personal Data only on Customer's documented instructions, which are given by this DPA and by Customer's use and settings of the Service."),
    ("p", "4.2 Where Union or Member State law requires Velin to process Customer Personal Data otherwise, Velin shall inform Customer before processing, unless that law prohibits it on important grounds of public interest. Velin shall tell Customer at once if it considers that an instruction infringes the GDPR."),
    ("h", "5. CONFIDENTIALITY AND SECURITY"),
    ("p", "5.1 Velin ensures that its staff and contractors who can access Customer Personal Data are bound by written confidentiality obligations."),
    ("p", "5.2 Velin implements the technical and organisational measures required by Article 32 GDPR, including encryption of recordings and transcripts in transit and at rest, single sign-on with two-factor authentication, separation of customer environments and logging of staff access."),
    ("p", "5.3 Audio files are deleted automatically 30 days after transcription unless Customer sets a shorter period. Transcripts remain until Customer deletes them. Backups are overwritten after 35 days."),
    ("h", "6. VELIN'S USE OF DATA"),
    ("p", "6.1 Velin may create de-identified data[^2] from Customer Personal Data and may use de-identified and aggregated data to train, test and improve its speech recognition and summarisation models and for its other legitimate business purposes, including after termination of the subscription."),
    ("p", "6.2 Velin does not sell Customer Personal Data and does not use it for advertising."),
    ("h", "7. SUB-PROCESSORS"),
    ("p", "7.1 Customer grants Velin a general authorisation to engage Sub-processors. Velin keeps an up-to-date list of its Sub-processors and will send it to Customer on written request."),
    ("p", "7.2 Velin shall give Customer at least two weeks' notice by email before a new Sub-processor starts processing Customer Personal Data. Customer may object within that period without giving reasons, and Velin shall not allow the new Sub-processor to process Customer Personal Data while the objection stands."),
    ("p", "7.3 Velin shall bind each Sub-processor by written contract to data protection obligations that are the same as those in this DPA, and remains liable to Customer for its Sub-processors' performance."),
    ("h", "8. LOCATION AND TRANSFERS"),
    ("p", "8.1 Customer Personal Data is stored and processed in data centres in Ireland and the Netherlands."),
    ("p", "8.2 Velin shall not transfer Customer Personal Data to a country outside the European Economic Area except on Customer's documented instructions and in accordance with Chapter V GDPR."),
    ("h", "9. ASSISTANCE"),
    ("p", "9.1 Taking into account the nature of the processing, Velin assists Customer by appropriate technical and organisational measures in fulfilling requests from data subjects to exercise their rights, mainly through the search, export and deletion functions of the Service."),
    ("p", "9.2 Velin assists Customer in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments and prior consultation."),
    ("p", "9.3 Assistance under clauses 9.1 and 9.2 that takes more than one hour of Velin staff time in a calendar month is charged at Velin's professional services rate.[^3]"),
    ("h", "10. PERSONAL DATA BREACHES"),
    ("p", "10.1 Velin shall notify Customer without undue delay after becoming aware of a Personal Data Breach affecting Customer Personal Data.[^4]"),
    ("p", "10.2 The notification shall describe, as far as then known, the nature of the breach, the categories and approximate number of data subjects and records concerned, its likely consequences and the measures taken. Velin sends a written incident report within ten business days after the breach has been contained."),
    ("h", "11. AUDITS"),
    ("p", "11.1 Velin makes available to Customer the information necessary to demonstrate compliance with this DPA, including its ISO/IEC 27001 certificate[^5] and a summary of its most recent penetration test."),
    ("p", "11.2 Customer, or an independent auditor it appoints, may audit Velin once a year on 30 days' notice, and at any time after a Personal Data Breach. Velin shall not charge Customer for audits under this clause."),
    ("h", "12. DELETION"),
    ("p", "12.1 Customer may export its transcripts at any time. Within 60 days after the subscription ends, Velin deletes all Customer Personal Data, including backups, unless Union or Member State law requires storage. Velin confirms the deletion in writing if Customer asks it to."),
    ("h", "13. TERM, LIABILITY AND LAW"),
    ("p", "13.1 This DPA applies for as long as Velin processes Customer Personal Data."),
    ("p", "13.2 The limitations of liability in the Subscription Terms apply to this DPA."),
    ("p", "13.3 This DPA is governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction."),
    ("h", "SIGNATURES"),
    ("p", "Signed for and on behalf of Velin Transcribe Limited by Orla Keaney, Chief Executive Officer."),
    ("p", "Signed for and on behalf of Customer by the person who accepts the Order Form, on the date of acceptance."),
]

FOOTNOTES = {
    1: "References to articles are to the GDPR unless stated otherwise.",
    2: "\"De-identified data\" means data from which names, voices, contact details and other direct identifiers have been removed or replaced, so that Velin does not link it to an individual.",
    3: "Currently EUR 160 per hour, excluding VAT, as shown on Velin's published rate card.",
    4: "Customer should note that its own notification to the Data Protection Commission or another supervisory authority is due within 72 hours of Customer becoming aware of the breach (Article 33(1) GDPR).",
    5: "Certificate no. IE-ISMS-20417, issued by an accredited certification body; renewed every three years.",
}

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
TOP = 24 * mm
BOTTOM = 16 * mm
FOOTNOTE_ZONE = 30 * mm          # reserved above the footer on every page
GUTTER = 8 * mm
TITLE_H = 30 * mm

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=3.2)
head = ParagraphStyle("head", parent=base, fontName="Times-Bold", fontSize=11, spaceBefore=7, spaceAfter=2.5,
                      alignment=0, keepWithNext=1)
title = ParagraphStyle("title", parent=base, fontName="Times-Bold", fontSize=16, leading=20, alignment=TA_CENTER)
subtitle = ParagraphStyle("subtitle", parent=base, fontSize=9.5, alignment=TA_CENTER, spaceBefore=2)
foot = ParagraphStyle("foot", parent=base, fontSize=7.4, leading=8.8, alignment=0, spaceAfter=1)

state = {"pages": 0, "notes_on_page": {}}


class FootnoteAnchor(Flowable):
    """Zero-size flowable: records the page on which footnote n is referenced."""

    def __init__(self, n):
        super().__init__()
        self.n = n
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        state["notes_on_page"].setdefault(self.canv.getPageNumber(), []).append(self.n)


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 8)
    canv.drawString(MARGIN_X, PAGE_H - 12 * mm, "Velin Transcribe Limited")
    canv.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "Data Processing Agreement")
    canv.setFont("Times-Roman", 8)
    canv.drawCentredString(PAGE_W / 2, 9 * mm, f"Page {doc.page} of {state['pages'] or '?'}")
    canv.restoreState()


def on_page_end(canv, doc):
    notes = state["notes_on_page"].get(canv.getPageNumber(), [])
    if not notes:
        return
    y = BOTTOM + FOOTNOTE_ZONE - 4 * mm
    canv.saveState()
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, y + 2 * mm, MARGIN_X + 50 * mm, y + 2 * mm)
    width = PAGE_W - 2 * MARGIN_X
    for n in sorted(set(notes)):
        p = Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", foot)
        _, h = p.wrap(width, FOOTNOTE_ZONE)
        y -= h
        p.drawOn(canv, MARGIN_X, y)
        y -= 1.2 * mm
    canv.restoreState()


def templates():
    col_w = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
    body_bottom = BOTTOM + FOOTNOTE_ZONE
    body_top = PAGE_H - TOP
    first_cols_top = body_top - TITLE_H
    title_frame = Frame(MARGIN_X, first_cols_top, PAGE_W - 2 * MARGIN_X, TITLE_H, id="title", showBoundary=0)
    f1 = [title_frame] + [Frame(MARGIN_X + i * (col_w + GUTTER), body_bottom, col_w, first_cols_top - body_bottom,
                                id=f"c{i}", leftPadding=0, rightPadding=0) for i in range(2)]
    f2 = [Frame(MARGIN_X + i * (col_w + GUTTER), body_bottom, col_w, body_top - body_bottom, id=f"d{i}",
                leftPadding=0, rightPadding=0) for i in range(2)]
    return [PageTemplate(id="first", frames=f1, onPage=on_page, onPageEnd=on_page_end),
            PageTemplate(id="later", frames=f2, onPage=on_page, onPageEnd=on_page_end)]


def story():
    s = [Paragraph(TITLE, title), Paragraph(SUBTITLE, subtitle), NextPageTemplate("later")]
    from reportlab.platypus import FrameBreak
    s.append(FrameBreak())
    for kind, text in BODY:
        if kind == "h":
            s.append(Paragraph(text, head))
            continue
        marks = []
        while "[^" in text:
            i = text.index("[^")
            j = text.index("]", i)
            n = int(text[i + 2:j])
            marks.append(n)
            text = text[:i] + f"<super>{n}</super>" + text[j + 1:]
        p = Paragraph(text.replace("&", "&amp;") if "&" in text else text, base)
        if marks:
            s.append(KeepTogether([p] + [FootnoteAnchor(n) for n in marks]))
        else:
            s.append(p)
    return s


def build():
    def make():
        state["notes_on_page"] = {}
        doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP,
                              bottomMargin=BOTTOM, title="Data Processing Agreement", author="",
                              creator="", producer="ReportLab PDF Library - www.reportlab.com")
        doc.addPageTemplates(templates())
        doc.build(story())
        return doc.page
    state["pages"] = 0
    n = make()
    state["pages"] = n
    make()
    print("wrote", OUT, "pages:", n)


if __name__ == "__main__":
    build()
