#!/usr/bin/env python3
"""Write the gold files of tests/blind-16: per pair gold.json (comparison, score.py comparison),
a.json and b.json (analysis of each side, score.py analysis). Adapted from tests/blind-14/src/write_gold.py.

  python3 write_gold.py
"""
import copy
import json
import os

import derive
from markup import SET

ALL_FINDINGS = ["transfer_general_authorisation", "transfer_without_mechanism", "transfer_invalid_mechanism",
                "processor_anonymisation_reuse", "assistance_paid", "breach_no_deadline", "breach_deadline_over_72h",
                "deletion_on_request_only", "sub_processor_objection_restricted", "sub_processor_no_flow_down",
                "sub_processor_list_missing", "sub_processor_list_incomplete", "audit_restricted",
                "conflicting_options", "outdated_law_reference", "template_placeholder"]
CLEAN_NOTE = "Clean document: every finding id is forbidden."


def forbidden(required, also_unsure=()):
    req = {r["id"] if isinstance(r, dict) else r for r in required}
    return ["missing_required:*"] + [f for f in ALL_FINDINGS if f not in req and f not in also_unsure]


def analysis(document, language, present, absent, attributes, required, notes, unsure=()):
    return {"document": document, "language": language, "categories_present": present,
            "categories_absent": absent, "attributes": attributes, "findings_required": required,
            "findings_forbidden": forbidden(required, unsure), "notes": notes}


def renumber(present, mapping, drop=()):
    out = {}
    for cat, refs in present.items():
        if cat in drop:
            continue
        out[cat] = [mapping.get(r, r) for r in refs]
    return out


def write(pair, name, obj):
    with open(os.path.join(SET, pair, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def par(*nums):
    """German '§ N (k)' refs: '4.1' -> '4.1|§ 4 (1)'."""
    return [f"{n}|§ {n.split('.')[0]} ({n.split('.')[1]})" for n in nums]


def pg(n):
    """Swedish flat paragraph refs: 5 -> '§ 5|5'."""
    return f"§ {n}|{n}"


PAIRS = ["nb-storvang-kommune-vs-leksebroen", "nb-timeboka-flyttede-punkter", "sv-granvik-mall-vs-omsorgsplan",
         "sv-korkortsportalen-paragrafer", "de-gastlink-neuer-paragraf", "da-hedegaard-vs-paywell-engelsk"]

# =============================================================== pair 1: nb, Storvang kommune (A) vs Leksebroen (B)
SV_PRESENT = {
    "background": ["1.1"], "precedence": ["1.2"], "controller_obligations": ["2.1"], "instructions": ["3.1", "3.2"],
    "confidentiality": ["4.1"], "security": ["4.2", "Vedlegg 1 4|Vedlegg 1"], "data_subject_rights": ["5.1"],
    "controller_assistance": ["5.2"], "costs": ["5.3"], "sub_processors": ["6.1", "6.2", "6.3", "Vedlegg 2"],
    "transfers": ["7.1"], "breach_notification": ["8.1"], "audits": ["9.1", "9.2"], "term_termination": ["10.1"],
    "deletion_return": ["10.2"], "governing_law": ["11.1"],
    "scope": ["Vedlegg 1 1|Vedlegg 1 2|Vedlegg 1 3|Vedlegg 1"], "retention": ["Vedlegg 1 5|Vedlegg 1"],
    "processing_location": ["Vedlegg 1 5|Vedlegg 1"],
}
SV_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Nordlys Datasenter AS", "location": "Hamar, Norge"},
                                  {"name": "Varselsentralen AS", "location": "Trondheim, Norge"}]},
    "transfers": {"stance": "prohibited", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": False},
    "audits": {"notice_days": 21, "cost_bearer": "shared", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
SV_NOTES = {
    "purpose": "A Norwegian municipality's standard databehandleravtale (Storvang kommune, invented) filled in for a school app (Leksebroen AS), bokmål, sections 1-11 with Vedlegg 1 (items 1.-5.) and Vedlegg 2 (table); python-docx with REAL Word automatic numbering (headings on list level 0 '%1.', clauses on level 1 '%1.%2': no number is typed in the text, the numbers exist only in numbering.xml). In our own words.",
    "values": "8.1 'uten ugrunnet opphold og senest 24 timer' -> 24 (trap: 8.2 'innen 72 timer' is the municipality's own deadline towards Datatilsynet). 6.1 general + Vedlegg 2, 6.2 30 dager, 'uten å begrunne det' -> free, 6.3 flow-down. 7.1 'skal ikke overføres' -> prohibited. 10.2 return, then delete within 90 days, no confirmation -> end_of_service, false. 9.1 ISAE 3000 report, 9.2 inspections on 21 days' notice, 'Hver part bærer sine egne kostnader' -> shared. 5.3 assistance included -> false. Vedlegg 1 5 access logs 90 days.",
    "categories": "Absent: processor_own_use, records. Liability not scored (6.3 'fullt ut ansvarlig' for sub-processors only).",
}
LB_PRESENT = {
    "background": ["1.1"], "instructions": ["2.1", "2.2"], "confidentiality": ["3.1"], "security": ["3.2", "Vedlegg C"],
    "sub_processors": ["4.1", "4.2", "4.3", "Vedlegg B"], "transfers": ["5.1"], "data_subject_rights": ["6.1"],
    "controller_assistance": ["6.2"], "costs": ["6.2"], "breach_notification": ["7.1"], "audits": ["8.1", "8.2"],
    "deletion_return": ["9.1"], "liability": ["10.1"], "term_termination": ["11.1"], "governing_law": ["11.2"],
    "scope": ["Vedlegg A"], "retention": ["Vedlegg A 4|Vedlegg A"], "processing_location": ["Vedlegg C 2|Vedlegg C"],
}
LB_ATTRS = {
    "breach_notification": {"deadline_hours": 72, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Nordlys Datasenter AS", "location": "Hamar, Norge"},
                                  {"name": "Varselsentralen AS", "location": "Trondheim, Norge"},
                                  {"name": "Helpwise Support Inc.", "location": "Boston, Massachusetts, USA"}]},
    "transfers": {"stance": "listed", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 10, "cost_bearer": "processor", "form": ["report", "inspection", "questionnaire"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
LB_NOTES = {
    "purpose": "The school-app supplier's own standard terms (Leksebroen AS, invented), bokmål, typed numbers 1.1-11.3 with Vedlegg A-C, python-docx exported to PDF by LibreOffice (header 'Leksebroen AS – databehandleravtale v3.0', 'Side N av M'). In our own words.",
    "values": "7.1 'uten ugrunnet opphold og senest innen 72 timer' -> 72 (not over 72). 4.1 general + Vedlegg B; 4.2 30 dager, objection only with 'en saklig og dokumentert personvernmessig begrunnelse', otherwise termination -> restricted; 4.3 flow-down. 5.1 transfers only to the Vedlegg B sub-processors outside the EEA, on the SCCs of Decision (EU) 2021/914 -> listed, scc. 9.1 export for 14 days, deletion within 30 days after the end, written confirmation -> end_of_service, true. 8.1 certificate + audit report, 8.2 inspection on 10 days' notice, Leksebroen pays -> 10, processor; 8.3 questionnaire. 6.2 assistance included in the subscription -> false. Vedlegg A 4 activity logs 30 days, backups 14 -> 30.",
    "categories": "Absent: processor_own_use, records, precedence (1.2 only says the DPA is an annex to the service agreement; no rule on conflicts). 11.3 (supplier may change the terms on 60 days' notice) not scored.",
    "findings": "sub_processor_objection_restricted (4.2) only; everything else forbidden (a named mechanism covers the US sub-processor).",
}

# =============================================================== pair 2: nb, Timeboka v1 (TXT) / v2 (Chromium PDF)
TB_V1_PRESENT = {
    "background": ["1.1|1.2|1.3|1.4"], "scope": ["2.1", "2.2"], "instructions": ["2.3"],
    "security": ["3.1", "3.3", "Vedlegg 2"], "confidentiality": ["3.2"], "sub_processors": ["4.1", "4.2", "4.3", "Vedlegg 1"],
    "breach_notification": ["5.1"], "data_subject_rights": ["5.2"], "controller_assistance": ["5.3"], "costs": ["5.3"],
    "audits": ["6.1"], "retention": ["6.2"], "transfers": ["7.1"], "deletion_return": ["8.1"], "term_termination": ["8.2"],
    "governing_law": ["8.3"],
}
TB_LISTED = [{"name": "Skyhavn Drift AS", "location": "Bergen, Norge"}, {"name": "Betalbro AS", "location": "Stavanger, Norge"},
             {"name": "Påminn SMS AB", "location": "Malmö, Sverige"}]
TB_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": TB_LISTED},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "shared"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 180},
}
TB_MAP = {"2.1": "1.1", "2.2": "1.2", "2.3": "1.3", "3.2": "1.4", "3.1": "2.1", "6.2": "2.2", "3.3": "2.3", "4.1": "3.1",
          "4.2": "3.2", "4.3": "3.3", "4.4": "3.4", "5.1": "4.1", "5.2": "4.2", "5.3": "4.3", "5.4": "4.4", "6.1": "5.1",
          "7.1": "6.1", "7.2": "6.2", "8.1": "7.1", "8.2": "7.2", "8.3": "7.3", "8.4": "7.4"}
TB_V2_PRESENT = renumber(TB_V1_PRESENT, TB_MAP, drop=("background",))
TB_V2_ATTRS = copy.deepcopy(TB_V1_ATTRS)
TB_V2_ATTRS["sub_processors"]["notice_days"] = 14
TB_NOTES = {
    "purpose": "A Bergen physiotherapy clinic (Fjordklinikken Fysioterapi AS) and its booking system (Timeboka AS), both invented, bokmål, sections 1-8 (v2: 1-7) with Vedlegg 1 (table) and Vedlegg 2 (items 1.-3.); in our own words. Health data (henvisningsårsak).",
    "values": "Breach 5.1 (v2 4.1) 'senest innen 48 timer' -> 48. Sub-processors 4.1 (v2 3.1) general + Vedlegg 1; notice 4.2 'tretti dager' (v1) / '14 dager' (v2 3.2), 'uten å oppgi grunn' -> free; 4.3 flow-down. 7.1 (v2 6.1) only on written instruction, none given -> instruction_only, mechanism null. 8.1 (v2 7.1) return, delete within 'seksti dager' (v2 '90 dager') + written confirmation. 6.1 (v2 5.1) audits on 'fjorten dagers varsel' (14, in words in both versions), each party its own costs -> shared. 5.3 (v2 4.3) 'uten ekstra kostnad' -> false. Access logs 180 days (6.2, v2 2.2), backups 35 days (Vedlegg 2 3) -> 180.",
    "categories": "Absent: processor_own_use, records, precedence. background: the definitions section 1 of v1 (not asserted for v2, which has none). 8.4 (v2 7.4, amendments in writing) not scored.",
}

# =============================================================== pair 3: sv, Granviks kommun (A) vs Omsorgsplan (B)
GV_PRESENT = {
    "background": ["1.1"], "precedence": ["1.2"], "controller_obligations": ["2.1"], "instructions": ["3.1", "3.2"],
    "security": ["4.1", "Bilaga 1 4|Bilaga 1"], "confidentiality": ["4.2"], "sub_processors": ["5.1", "5.2", "Bilaga 2"],
    "transfers": ["6.1"], "data_subject_rights": ["7.1"], "controller_assistance": ["7.2"], "costs": ["7.3"],
    "breach_notification": ["8.1"], "audits": ["9.1", "9.2"], "term_termination": ["10.1"], "deletion_return": ["10.2"],
    "governing_law": ["11.1"], "scope": ["Bilaga 1 1|Bilaga 1 2|Bilaga 1 3|Bilaga 1"],
    "retention": ["Bilaga 1 5|Bilaga 1"], "processing_location": ["Bilaga 1 5|Bilaga 1"],
}
GV_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "specific", "notice_days": None, "objection_right": None, "flow_down": True,
                       "listed": [{"name": "Kvarnholm Hosting AB", "location": "Sundsvall, Sverige"}]},
    "transfers": {"stance": "prohibited", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 30, "cost_bearer": "processor"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 365},
}
GV_NOTES = {
    "purpose": "A Swedish municipality's PUB-avtal template in the style of the Swedish municipal templates (Granviks kommun, invented; social services, home care), sections 1-11 with Bilaga 1 (instruction, items 1.-5.) and Bilaga 2 (table), printed by Chromium (header 'Granviks kommun · Mall PUB-avtal', 'Sida N av M'). In our own words, not SKR's text.",
    "values": "8.1 'utan onödigt dröjsmål, dock senast inom 24 timmar' -> 24. 5.1 prior written approval 'i varje enskilt fall' -> specific; no notice period and no general authorisation -> notice_days null, objection_right null; Bilaga 2 lists the approved sub-processor; 5.2 flow-down. 6.1 'får inte överföras ... utanför EU/EES' -> prohibited. 10.2 return, delete within 30 days, written certificate. 9.2 30 days' notice, processor gets no compensation -> processor. 7.3 no compensation for assistance -> false. Bilaga 1 5 access logs '12 månader (365 dagar)' -> 365.",
    "categories": "Absent: processor_own_use, records. Not scored: liability (5.2 'ansvarar fullt ut' for sub-processors only).",
}
OP_PRESENT = {
    "background": ["1.1"], "precedence": ["1.2"], "instructions": ["2.1", "2.2"], "security": ["3.1", "3.3", "Bilaga 3"],
    "confidentiality": ["3.2"], "sub_processors": ["4.1", "4.2", "4.3", "Bilaga 2"], "transfers": ["5.1", "5.2"],
    "data_subject_rights": ["6.1"], "controller_assistance": ["6.2"], "costs": ["6.3"], "breach_notification": ["7.1"],
    "audits": ["8.1", "8.2"], "deletion_return": ["9.1"], "liability": ["10.1"], "term_termination": ["10.2"],
    "governing_law": ["10.3"], "scope": ["Bilaga 1"], "retention": ["Bilaga 1 4|Bilaga 1"],
    "processing_location": ["Bilaga 1 4|Bilaga 1"],
}
OP_ATTRS = {
    "breach_notification": {"deadline_hours": 36, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Kvarnholm Hosting AB", "location": "Sundsvall, Sverige"},
                                  {"name": "Mailcove Inc.", "location": "Denver, Colorado, USA"},
                                  {"name": "Supportloop Inc.", "location": "Austin, Texas, USA"}]},
    "transfers": {"stance": "listed", "mechanism": "adequacy"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 30, "cost_bearer": "controller"},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
OP_REQUIRED = [{"id": "sub_processor_objection_restricted", "clause": "4.2"},
               {"id": "assistance_paid", "clause": "6.3"},
               {"id": "audit_restricted", "clause": "8.2"}]
OP_NOTES = {
    "purpose": "The supplier's own PUB terms (Omsorgsplan Nordic AB, invented, home-care planning), typed numbers 1.1-10.4 with Bilaga 1-3, python-docx (header 'Omsorgsplan Nordic AB – PUB-villkor 5.2', 'Sida N av M'). In our own words.",
    "values": "7.1 'senast inom 36 timmar' -> 36. 4.1 general + Bilaga 2; 4.2 30 days, objection 'endast om det finns objektiva skäl', otherwise termination -> restricted; 4.3 flow-down. 5.1 transfers to the Bilaga 2 sub-processors in the USA under the adequacy decision for the EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795) -> listed, adequacy. TRAP 5.2: 'Överföringar grundas inte på det tidigare Privacy Shield-ramverket' names Privacy Shield only to exclude it: NOT transfer_invalid_mechanism. 9.1 export for 30 days, then deletion + written certificate. 8.2 30 days' notice (not more than 30), 'Kunden står för kostnaden' -> controller (audit_restricted). 6.3 assistance beyond standard functions billed at SEK 1 150/hour -> assistance_paid. Retention: access logs 90 days (Bilaga 1 4), backups 30 days (Bilaga 3 2) -> 90.",
    "categories": "Absent: processor_own_use, records. 10.4 (changes of terms) not scored.",
    "findings": "sub_processor_objection_restricted (4.2), assistance_paid (6.3), audit_restricted (8.2); every other finding forbidden, in particular transfer_invalid_mechanism (5.2 only disclaims Privacy Shield) and transfer_without_mechanism (the DPF adequacy decision is named).",
}

# =============================================================== pair 4: sv, Körkortsportalen '§ n' (A) -> 'k.m' (B)
KK_V1_PRESENT = {
    "background": [pg(1)], "precedence": [pg(2)], "scope": [pg(3), "Bilaga 1"], "instructions": [pg(4), pg(5)],
    "security": [pg(6)], "confidentiality": [pg(7)], "sub_processors": [pg(8), pg(9), pg(10), "Bilaga 2"],
    "transfers": [pg(12)], "breach_notification": [pg(13)], "data_subject_rights": [pg(14)],
    "controller_assistance": [pg(15)], "costs": [pg(15)], "audits": [pg(16)], "deletion_return": [pg(18)],
    "term_termination": [pg(19)], "governing_law": [pg(21)], "retention": ["Bilaga 1 4|Bilaga 1"],
    "processing_location": ["Bilaga 1 5|Bilaga 1"],
}
KK_LISTED = [{"name": "Smålandshallen Drift AB", "location": "Jönköping, Sverige"},
             {"name": "Teorifabriken Oy", "location": "Tammerfors, Finland"},
             {"name": "Sms-Kurir AB", "location": "Kalmar, Sverige"}]
KK_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": KK_LISTED},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "shared"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
KK_MAP = {pg(int(k[2:])): v for k, v in derive.korkort_map().items()}
KK_V2_PRESENT = renumber(KK_V1_PRESENT, KK_MAP)
KK_V2_PRESENT["processor_own_use"] = ["2.4"]
KK_V2_ATTRS = copy.deepcopy(KK_V1_ATTRS)
KK_V2_ATTRS["breach_notification"]["deadline_hours"] = 48
KK_V2_ATTRS["processor_own_use"]["anonymisation"] = True
KK_V2_ATTRS["sub_processors"]["listed"] = [{"name": "Smålandshallen Drift AB", "location": "Växjö, Sverige"}] + KK_LISTED[1:]
KK_NOTES = {
    "purpose": "A Växjö driving school (Kronobergs Trafikskola AB) and its booking and theory-training platform (Körkortsportalen Sverige AB), both invented; Swedish PUB-avtal with Bilaga 1 (items 1.-6.) and Bilaga 2 (table). In our own words.",
    "values": "Breach § 13 (v2 6.1) 'senast inom 24 timmar' (v2 48) . § 8 (v2 4.1) general + Bilaga 2; § 9 (v2 4.2) 30 days, 'utan att ange skäl' -> free; § 10 (v2 4.3) flow-down. § 12 (v2 5.1) only on documented instruction, none given -> instruction_only. § 18 (v2 8.1) return, delete within 45 days + written certificate. § 16 (v2 7.1) 14 days' notice, 'Vardera parten står för sina egna kostnader' -> shared. § 15 (v2 6.3) assistance included in the fee. Bilaga 1 4 logs 90 days, backups 30 -> 90.",
    "categories": "Absent: records. § 20 (v2 8.3, amendments in writing) and § 17 (v2 7.2, yearly summary of the external security review, an audit/security clause) not scored.",
}

# =============================================================== pair 5: de, Gastlink AVV v1 (HTML) / v2 (reportlab PDF)
GL_V1_PRESENT = {
    "scope": par("1.1") + ["2.1|§ 2 (1)|2.2|§ 2 (2)"], "term_termination": par("1.2"), "instructions": par("3.1", "3.2"),
    "confidentiality": par("4.1"), "security": par("4.2") + ["Anlage 1"],
    "sub_processors": par("5.1", "5.2", "5.3") + ["Anlage 2"], "processing_location": par("6.1"),
    "transfers": par("6.2"), "data_subject_rights": par("7.1"), "controller_assistance": par("7.2"), "costs": par("7.2"),
    "breach_notification": par("8.1"), "audits": par("9.1", "9.2"), "deletion_return": par("10.1"),
    "liability": par("11.1"), "precedence": par("11.2"), "governing_law": par("11.3"), "retention": ["Anlage 1 3|Anlage 1"],
}
GL_LISTED = [{"name": "Alpenrechenzentrum GmbH", "location": "Rosenheim, DE"},
             {"name": "Zahlwerk Payments GmbH", "location": "München, DE"},
             {"name": "Mailbote GmbH", "location": "Leipzig, DE"}]
GL_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 28, "objection_right": "restricted", "flow_down": True,
                       "listed": GL_LISTED},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 21, "cost_bearer": "controller"},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 60},
}
GL_MAP = {}
for _old in ("4.1", "4.2", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "10.1", "11.1",
             "11.2", "11.3"):
    _s, _k = _old.split(".")
    GL_MAP[par(_old)[0]] = par(f"{int(_s) + 1}.{_k}")[0]
GL_V2_PRESENT = renumber(GL_V1_PRESENT, GL_MAP)
GL_V2_PRESENT["parties_contacts"] = par("4.1")
GL_V2_ATTRS = copy.deepcopy(GL_V1_ATTRS)
GL_V2_ATTRS["breach_notification"] = {"deadline_hours": 72, "without_undue_delay": False}
GL_V2_ATTRS["transfers"] = {"stance": "listed", "mechanism": "scc"}
GL_V2_ATTRS["sub_processors"]["listed"] = GL_LISTED[:2] + [{"name": "Mailbote Inc.", "location": "Wilmington, US"}]


def gl_req(shift):
    n = lambda s, k: par(f"{s + shift}.{k}")[0]
    return [{"id": "sub_processor_objection_restricted", "clause": n(5, 2)},
            {"id": "assistance_paid", "clause": n(7, 2)},
            {"id": "audit_restricted", "clause": n(9, 2)}]


GL_NOTES = {
    "purpose": "A hotel-software supplier's AVV (Gastlink Software GmbH, invented) under Art. 28 DSGVO, § 1-11 (v2: § 1-12) with (1)-(3) paragraphs and Anlage 1 (TOMs, items 1.-3.) and Anlage 2 (table of Unterauftragsverarbeiter). § 3 (1) reproduces Clause 7.1(a) of the Commission's standard contractual clauses (Implementing Decision (EU) 2021/915, German text from EUR-Lex, © European Union), acknowledged in a 'Hinweis' paragraph after § 11 (3) (v2 § 12 (3)); the rest is in our own words. Refs are written 'N.k|§ N (k)'.",
    "values": "§ 8 (1) (v2 § 9 (1)) v1 'unverzüglich, spätestens innerhalb von 48 Stunden' -> 48 + true; v2 'innerhalb von 72 Stunden' -> 72, without_undue_delay false (72 is not over 72 and an hour limit is stated: neither breach finding). § 5 (v2 § 6): general + Anlage 2, 'mindestens vier Wochen' -> 28, objection 'nur aus einem wichtigen datenschutzrechtlichen Grund' -> restricted, flow-down. v1 § 6 (2) transfers only on documented instruction -> instruction_only, null; v2 § 7 (2) only to the Anlage 2 sub-processors outside the EU/EEA on the SCCs (Decision (EU) 2021/914) -> listed, scc. § 10 (v2 § 11) return or delete within 30 days + written confirmation. § 9 (2) (v2 § 10 (2)) 'mindestens drei Wochen' -> 21, costs borne by the controller -> controller (audit_restricted). § 7 (2) (v2 § 8 (2)) assistance beyond the product billed by the hour -> assistance_paid. Anlage 1 3 logs 60 days.",
    "categories": "Absent: processor_own_use, records. v2 adds § 4 (data protection officer, parties_contacts). processing_location § 6 (1) (v2 § 7 (1)): places not scored.",
    "findings": "sub_processor_objection_restricted, assistance_paid, audit_restricted in both versions; every other finding forbidden (v1: the Mailbote row is in DE; v2: the US row is covered by the SCCs named in § 7 (2)).",
}

# =============================================================== pair 6: da customer's template (A) vs English supplier DPA (B)
HG_PRESENT = {
    "background": ["1.1", "1.2"], "precedence": ["1.3"], "controller_obligations": ["2.1"], "instructions": ["3.1", "3.2"],
    "confidentiality": ["4.1"], "security": ["4.2", "C.2|Bilag C.2|Bilag C C.2"],
    "sub_processors": ["5.1", "5.2", "5.3", "Bilag B"], "transfers": ["6.1", "C.6|Bilag C.6|Bilag C C.6"],
    "data_subject_rights": ["7.1"], "controller_assistance": ["7.2"],
    "breach_notification": ["8.1", "C.3|Bilag C.3|Bilag C C.3"], "deletion_return": ["9.1", "C.4|Bilag C.4|Bilag C C.4"],
    "audits": ["10.1", "C.7|Bilag C.7|Bilag C C.7"], "term_termination": ["11.1"], "parties_contacts": ["12.1", "12.2"],
    "scope": ["A.1|A.2|A.3|Bilag A"], "retention": ["C.4|Bilag C.4|Bilag C C.4"],
    "processing_location": ["C.5|Bilag C.5|Bilag C C.5"], "costs": ["D.1|Bilag D.1|Bilag D D.1"],
}
HG_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Liffey Hosting Ltd", "location": "Dublin, Irland"},
                                  {"name": "Shannon Print & Post Ltd", "location": "Limerick, Irland"}]},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 30, "cost_bearer": "shared", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 180},
}
HG_NOTES = {
    "purpose": "A Danish construction company's standard databehandleraftale for payroll (Hedegaard Byg A/S, invented), laid out like the Danish Datatilsynet's template (sections with clauses 1.1-12.2, Bilag A oplysninger om behandlingen, Bilag B underdatabehandlere, Bilag C instruks with C.1-C.8, Bilag D andre forhold) but shortened and in our own words; python-docx, typed numbers (header 'Hedegaard Byg A/S – databehandleraftale (løn)', 'Side N af M').",
    "values": "8.1 'uden unødig forsinkelse ... inden for den frist, der er fastsat i Bilag C.3'; C.3 'senest 24 timer' -> 24 (trap: the hours are only in the annex). 5.1 general + Bilag B; 5.2 'mindst 30 dages varsel', objection 'uden at begrunde det' -> free; 5.3 flow-down. 6.1 only on documented instruction, C.6 no instruction given -> instruction_only, mechanism null. 9.1 + C.4: delete within 60 days after the end + written confirmation. C.7 ISAE 3000 type 2 report at the processor's cost, inspection on 30 days' notice, 'Hver part afholder sine egne omkostninger' -> 30, shared (not more than 30: no audit_restricted). D.1 assistance included -> false. C.4 logs 180 days.",
    "categories": "Absent: processor_own_use, records, governing_law. Liability not scored (5.3 'forbliver fuldt ansvarlig' for sub-processors).",
    "findings": "template_placeholder: 12.2 'Kontaktperson hos databehandleren: [NAVN, STILLING, E-MAIL]' was never filled in. Every other finding forbidden (the GDPR is named by its Danish short name; no repealed law).",
}
PW_PRESENT = {
    "background": ["1.1"], "scope": ["1.1", "Schedule 1"], "precedence": ["1.2"], "instructions": ["2.1", "2.2"],
    "confidentiality": ["3.1"], "security": ["3.2", "Schedule 2"], "sub_processors": ["4.1", "4.2", "4.3", "Schedule 3"],
    "transfers": ["5.1"], "data_subject_rights": ["6.1"], "controller_assistance": ["6.2"], "costs": ["6.2"],
    "breach_notification": ["7.1"], "audits": ["8.1", "8.2"], "processor_own_use": ["9.1"], "deletion_return": ["10.1"],
    "retention": ["10.2"], "liability": ["11.1"], "governing_law": ["11.2"],
}
PW_ATTRS = {
    "breach_notification": {"deadline_hours": 36, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 14, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Liffey Hosting Ltd", "location": "Dublin, Ireland"},
                                  {"name": "Shannon Print & Post Ltd", "location": "Limerick, Ireland"},
                                  {"name": "Ticketnest Inc.", "location": "Denver, Colorado, USA"}]},
    "transfers": {"stance": "general_authorisation", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": False},
    "audits": {"notice_days": 14, "cost_bearer": "controller", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": True},
    "retention": {"days": 35},
}
PW_REQUIRED = [{"id": "sub_processor_objection_restricted", "clause": "4.2"},
               {"id": "transfer_general_authorisation", "clause": "5.1"},
               {"id": "audit_restricted", "clause": "8.2"},
               {"id": "processor_anonymisation_reuse", "clause": "9.1"}]
PW_NOTES = {
    "purpose": "An Irish payroll SaaS vendor's own English-language DPA (Paywell Cloud Ltd, invented), typed numbers 1.1-11.2 with Schedules 1-3, printed by Chromium (header 'Paywell Cloud Ltd · Data Processing Addendum · v2026.2', 'Page N of M'). In our own words.",
    "values": "7.1 'without undue delay and in any event within thirty-six (36) hours' -> 36. 4.1 general + Schedule 3; 4.2 'fourteen (14) days' notice', objection 'on reasonable grounds relating to data protection', sole remedy termination -> restricted; 4.3 flow-down. 5.1 'to any country outside the EEA in which they operate', under the SCCs of Decision (EU) 2021/914 or another Chapter V safeguard -> general_authorisation, scc. 10.1 deletion within 30 days after termination, no confirmation -> end_of_service, false. 8.1 ISO 27001 certificate + SOC 2 Type II report; 8.2 on-site audit on 'fourteen (14) days' written notice', Customer reimburses Paywell's costs -> 14, controller (audit_restricted). 6.2 'at no additional charge' -> false. 9.1 anonymised/aggregated data for its own purposes (salary benchmarking sold to other customers) -> anonymisation. 10.2 backups 35 days, logs 30 -> 35.",
    "categories": "Absent: records.",
}


def main():
    # ---------------------------------------------------------------- 1
    pair = PAIRS[0]
    lb_req = [{"id": "sub_processor_objection_restricted", "clause": "4.2"}]
    write(pair, "a.json", analysis("a.docx", "nb", SV_PRESENT, ["processor_own_use", "records"], SV_ATTRS, [],
                                   dict(SV_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.pdf", "nb", LB_PRESENT, ["processor_own_use", "records", "precedence"], LB_ATTRS,
                                   lb_req, LB_NOTES))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.pdf", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "transfers", "deletion_return", "audits", "retention"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "sub_processors.authorisation": "same",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "a_stricter",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "transfers.stance": "a_stricter",
                     "transfers.mechanism": "differs",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "b_stricter",
                     "audits.notice_days": "b_stricter",
                     "audits.cost_bearer": "b_stricter",
                     "audits.form": "differs",
                     "costs.assistance_paid": "same",
                     "processor_own_use.anonymisation": "same",
                     "retention.days": "b_stricter"},
        "presence": {"precedence": "only_a", "processor_own_use": "neither", "records": "neither",
                     "governing_law": "both", "transfers": "both"},
        "findings_a_only": [],
        "findings_b_only": ["sub_processor_objection_restricted"],
        "b_attributes": LB_ATTRS,
        "notes": "Procurement, Norwegian (bokmål), verdicts in BOTH directions: the municipality's standard databehandleravtale (a.docx, Word automatic numbering: the clause numbers are not in the paragraph text) against the school-app supplier's own terms (b.pdf, LibreOffice export). A stricter: 24 vs 72 hours (A 8.2's '72 timer' is the municipality's own deadline, not the processor's); objection free vs only with objective grounds (restricted); transfers prohibited vs allowed to the listed US support company on SCCs (prohibited over listed; mechanism null vs scc differs). B stricter: written confirmation of deletion (A has none); audit notice 10 vs 21 days (fewer is stricter); Leksebroen pays the inspection vs each party its own costs (processor over shared); logs 30 vs 90 days. Deletion DAYS (A 90 days after the end, B 30) have no attribute of their own: only the confirmation verdict is scored. audits.form differs (B adds a questionnaire, 8.3). Presence: precedence only in A (1.2; B 1.2 only calls the DPA an annex). Liability presence not asserted (B 10.1, A only 6.3 for sub-processors). Finding: objection restricted, B only; both sides otherwise clean.",
    })

    # ---------------------------------------------------------------- 2
    pair = PAIRS[1]
    write(pair, "a.json", analysis("a.txt", "nb", TB_V1_PRESENT, ["processor_own_use", "records", "precedence"],
                                   TB_V1_ATTRS, [], dict(TB_NOTES, findings=CLEAN_NOTE,
                                   txt="Plain text, one paragraph per line with blank lines between, typed numbers, annex headings in capitals ('VEDLEGG 1 UNDERLEVERANDØRER'), the Vedlegg 1 table as lines 'Name - place - task'.")))
    write(pair, "b.json", analysis("b.pdf", "nb", TB_V2_PRESENT, ["processor_own_use", "records", "precedence"],
                                   TB_V2_ATTRS, [], dict(TB_NOTES, findings=CLEAN_NOTE,
                                   v2="Chromium PDF (header 'databehandleravtale versjon 2 · mai 2026', 'Side N av M'). The definitions section is gone and every section moves up by one (2-8 -> 1-7); the confidentiality clause (v1 3.2) is now 1.4, the access-log clause (v1 6.2) is now 2.2; 3.2 '14 dager'; 7.1 '90 dager'.")))
    write(pair, "gold.json", {
        "a": "a.txt", "b": "b.pdf", "kind": "versions",
        "clauses_changed": ["3.2", "7.1"],
        "clauses_added": [],
        "clauses_removed": ["1.1", "1.2", "1.3", "1.4"],
        "clauses_renumbered": TB_MAP_RENUMBERED,
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["Vedlegg 1", "Vedlegg 2 1", "Vedlegg 2 2", "Vedlegg 2 3"],
        "verdicts": {"sub_processors.notice_days": "a_stricter",
                     "sub_processors.objection_right": "same",
                     "sub_processors.listed": "same",
                     "breach_notification.deadline_hours": "same",
                     "transfers.stance": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "costs.assistance_paid": "same",
                     "retention.days": "same"},
        "presence": {"sub_processors": "both", "confidentiality": "both", "retention": "both",
                     "processor_own_use": "neither", "records": "neither"},
        "conflicts": ["sub_processors"],
        "findings_a_only": [],
        "findings_b_only": [],
        "b_attributes": {"sub_processors": {"notice_days": 14}},
        "notes": "Norwegian (bokmål) DPA, v1 as plain text (a.txt) against v2 as a Chromium PDF (b.pdf). REMOVED SECTION: v1 section 1 'Definisjoner' (1.1-1.4) is deleted, so every later section moves up by one (v1 2-8 -> v2 1-7) and A's ids 1.1-7.x are B's ids for DIFFERENT clauses (A 2.1 is B 1.1, while B 2.1 is A 3.1). MOVED CLAUSES: the confidentiality clause v1 3.2 moves to the processing section as 1.4; the access-log clause v1 6.2 (under 'Revisjon') moves to the security section as 2.2 - both with the same text. Changed (B ids): 3.2 (A 4.2) sub-processor notice 'tretti dager' -> '14 dager' (a number written in words becomes digits; 30 -> 14: A stricter, the only conflict); 7.1 (A 8.1) deletion 'innen seksti dager' -> 'innen 90 dager' (no attribute: changed clause, no verdict). The audit notice 'fjorten dagers varsel' (14) is written in words in both versions and unchanged. Vedlegg 1 (table) and Vedlegg 2 items are unchanged. No finding in either version. background (the definitions) is not compared: v2 has no definitions, but its 1.1 may fairly be tagged background.",
    })

    # ---------------------------------------------------------------- 3
    pair = PAIRS[2]
    write(pair, "a.json", analysis("a.pdf", "sv", GV_PRESENT, ["processor_own_use", "records"], GV_ATTRS, [],
                                   dict(GV_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.docx", "sv", OP_PRESENT, ["processor_own_use", "records"], OP_ATTRS, OP_REQUIRED,
                                   OP_NOTES))
    write(pair, "gold.json", {
        "a": "a.pdf", "b": "b.docx", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "transfers", "audits", "costs", "retention"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "sub_processors.authorisation": "a_stricter",
                     "sub_processors.notice_days": "b_stricter",
                     "sub_processors.objection_right": "differs",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "transfers.stance": "a_stricter",
                     "transfers.mechanism": "differs",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "a_stricter",
                     "costs.assistance_paid": "a_stricter",
                     "processor_own_use.anonymisation": "same",
                     "retention.days": "b_stricter"},
        "presence": {"transfers": "both", "costs": "both", "processor_own_use": "neither",
                     "records": "neither", "precedence": "both"},
        "findings_a_only": [],
        "findings_b_only": ["sub_processor_objection_restricted", "assistance_paid", "audit_restricted"],
        "b_attributes": OP_ATTRS,
        "notes": "Procurement, Swedish: a municipality's PUB-avtal template (a.pdf, Chromium) against the home-care-planning supplier's own terms (b.docx, python-docx). TRANSFERS: A forbids any transfer outside the EU/EEA (prohibited); B allows transfers to its two US sub-processors under the EU-US Data Privacy Framework adequacy decision (Implementing Decision (EU) 2023/1795) -> listed, mechanism adequacy (A stricter; mechanism null vs adequacy differs). TRAP: B 5.2 mentions Privacy Shield only to say it is NOT used - no transfer_invalid_mechanism. COSTS: B bills assistance by the hour (6.3), A excludes compensation (7.3) -> A stricter, assistance_paid B only. Sub-processors: A specific (approval case by case) vs B general -> A stricter; notice: A states none (null, least strict) vs B 30 days -> B stricter by the taxonomy's ordering; objection null (no general authorisation) vs restricted -> differs. Breach 24 vs 36 hours (A stricter); audits 30 days both (same), processor vs controller pays (A stricter; audit_restricted B only); retention 365 vs 90 days (B stricter). Deletion with a certificate in both. Liability presence not asserted (B 10.1 limits liability; A only 5.2 'ansvarar fullt ut' for sub-processors).",
    })

    # ---------------------------------------------------------------- 4
    pair = PAIRS[3]
    write(pair, "a.json", analysis("a.docx", "sv", KK_V1_PRESENT, ["processor_own_use", "records"], KK_V1_ATTRS, [],
                                   dict(KK_NOTES, findings=CLEAN_NOTE,
                                   v1="Flat Swedish paragraph numbering: un-numbered section headings (Inledning, Behandlingen, ...) over clauses '§ 1' ... '§ 21' numbered straight through; python-docx re-saved by LibreOffice 7.4 (header 'version 1', 'Sida N av M'). Refs '§ N|N'.")))
    write(pair, "b.json", analysis("b.docx", "sv", KK_V2_PRESENT, ["records"], KK_V2_ATTRS,
                                   [{"id": "processor_anonymisation_reuse", "clause": "2.4"}],
                                   dict(KK_NOTES, v2="Decimal numbering: sections '1. Inledning' ... '8. Avslut' with clauses 1.1 ... 8.4 (python-docx, header 'version 2 (maj 2026)'). Same texts, except: new 2.4 (the processor may anonymise booking and test data and use or sell statistics -> processor_anonymisation_reuse); 6.1 '48 timmar'; Bilaga 2 Smålandshallen Drift AB now in Växjö.")))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.docx", "kind": "versions",
        "clauses_changed": ["6.1", "Bilaga 2"],
        "clauses_added": ["2.4"],
        "clauses_removed": [],
        "clauses_renumbered": {k: v for k, v in KK_MAP.items() if v != "6.1"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["Bilaga 1 1", "Bilaga 1 2", "Bilaga 1 3", "Bilaga 1 4", "Bilaga 1 5", "Bilaga 1 6"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "processor_own_use.anonymisation": "a_stricter",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "transfers.stance": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "costs.assistance_paid": "same",
                     "retention.days": "same"},
        "presence": {"processor_own_use": "only_b", "breach_notification": "both", "records": "neither"},
        "conflicts": ["breach_notification", "processor_own_use"],
        "findings_a_only": [],
        "findings_b_only": ["processor_anonymisation_reuse"],
        "b_attributes": {"breach_notification": {"deadline_hours": 48}, "processor_own_use": {"anonymisation": True},
                         "sub_processors": {"listed": KK_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Swedish PUB-avtal, two DOCX from different producers: v1 (a.docx, python-docx re-saved by LibreOffice) numbers every clause straight through as '§ 1' ... '§ 21' under un-numbered headings; v2 (b.docx, python-docx) renumbers EVERYTHING into sections with decimal clauses ('1. Inledning', 1.1, 1.2, ...). Apart from the numbering the texts are identical, so every clause is renumbered across numbering styles (§ 1 -> 1.1, § 3 -> 2.1, § 12 -> 5.1, § 21 -> 8.4; 20 pairs in clauses_renumbered, refs '§ N|N' on the A side). Real changes: new 2.4 (anonymisation and sale of statistics: processor_own_use only_b, processor_anonymisation_reuse B only, A stricter); § 13 -> 6.1 breach deadline 24 -> 48 timmar (changed, A stricter); Bilaga 2: Smålandshallen Drift AB moves from Jönköping to Växjö (same names, one location differs: listed differs, no finding). Bilaga 1 items 1-6 keep their numbers and text. Note: A § 6 (security) and B 6.1 (breach) share a number but not a text; a tool that reads '§ 6' as '6' must not pair them.",
    })

    # ---------------------------------------------------------------- 5
    pair = PAIRS[4]
    write(pair, "a.json", analysis("a.html", "de", GL_V1_PRESENT, ["processor_own_use", "records"], GL_V1_ATTRS, gl_req(0),
                                   dict(GL_NOTES, html="The supplier's web page (site header 'Gastlink Software · Produkte · Preise · Rechtliches · Login', footer with address and e-mail); '§ N Title' as h2, '(k)' paragraphs with the label in a bold span, Anlage 2 as an HTML table.")))
    write(pair, "b.json", analysis("b.pdf", "de", GL_V2_PRESENT, ["processor_own_use", "records"], GL_V2_ATTRS, gl_req(1),
                                   dict(GL_NOTES, v2="reportlab PDF (header 'AVV Gastlink PMS – Stand: Juli 2026', 'Seite N von M', '(k)' labels drawn as bullets). New § 4 Datenschutzbeauftragte; old § 4-§ 11 are § 5-§ 12; § 7 (1)/(2) processing location and transfers rewritten; § 9 (1) 'innerhalb von 72 Stunden'; Anlage 2 row 'Mailbote Inc. | Wilmington, US'.")))
    write(pair, "gold.json", {
        "a": "a.html", "b": "b.pdf", "kind": "versions",
        "clauses_changed": par("7.1", "7.2", "9.1") + ["Anlage 2"],
        "clauses_added": par("4.1", "4.2"),
        "clauses_removed": [],
        "clauses_renumbered": GL_MAP_RENUMBERED,
        "renumbered_unchanged_text": True,
        "clauses_unchanged": par("1.1", "1.2", "2.1", "2.2", "3.1", "3.2") + ["Anlage 1 1", "Anlage 1 2", "Anlage 1 3"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "a_stricter",
                     "transfers.stance": "a_stricter",
                     "transfers.mechanism": "differs",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "sub_processors.flow_down": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "costs.assistance_paid": "same",
                     "retention.days": "same"},
        "presence": {"transfers": "both", "breach_notification": "both", "processor_own_use": "neither", "records": "neither"},
        "conflicts": ["breach_notification", "transfers"],
        "findings_a_only": [],
        "findings_b_only": [],
        "findings_b_required": ["sub_processor_objection_restricted", "assistance_paid", "audit_restricted"],
        "b_attributes": {"breach_notification": {"deadline_hours": 72, "without_undue_delay": False},
                         "transfers": {"stance": "listed", "mechanism": "scc"},
                         "sub_processors": {"listed": GL_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "German AVV of a hotel-software supplier: v1 as a page of its website (a.html, site header/footer) against v2 as a reportlab PDF (b.pdf). INSERTED §: a new § 4 'Datenschutzbeauftragte' ((1), (2): added) pushes old § 4-§ 11 to § 5-§ 12, so A's § 4 (1) (confidentiality) and B's § 4 (1) (DPO) share an id but not a text. Changed (B ids): § 9 (1) (A § 8 (1)) Meldefrist 'unverzüglich, spätestens innerhalb von 48 Stunden' -> 'innerhalb von 72 Stunden' (deadline 48 -> 72 and 'unverzüglich' dropped: two A-stricter verdicts; 72 is not over 72, so no finding); § 7 (1)/(2) (A § 6) processing 'ausschließlich' in Germany -> 'Ausnahmen ergeben sich aus Anlage 2', transfers only on instruction -> to the Anlage 2 sub-processors outside the EU/EEA on the SCCs (instruction_only over listed: A stricter; mechanism null -> scc differs); Anlage 2: the e-mail sub-processor's row changes from 'Mailbote GmbH | Leipzig, DE' to 'Mailbote Inc. | Wilmington, US' (listed differs). Everything else keeps its text. Objection restricted, hourly-billed assistance and controller-paid audits are in both versions (findings_b_required, neither A-only nor B-only). § 3 (1) quotes Clause 7.1(a) of Decision (EU) 2021/915 (EUR-Lex, © European Union), acknowledged in the document. Refs are 'N.k|§ N (k)'.",
    })

    # ---------------------------------------------------------------- 6
    pair = PAIRS[5]
    write(pair, "a.json", analysis("a.docx", "da", HG_PRESENT, ["processor_own_use", "records", "governing_law"], HG_ATTRS,
                                   [{"id": "template_placeholder", "clause": "12.2"}], HG_NOTES))
    write(pair, "b.json", analysis("b.pdf", "en", PW_PRESENT, ["records"], PW_ATTRS, PW_REQUIRED, PW_NOTES))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.pdf", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "transfers", "deletion_return", "audits",
                      "processor_own_use", "retention"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "sub_processors.authorisation": "same",
                     "sub_processors.notice_days": "a_stricter",
                     "sub_processors.objection_right": "a_stricter",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "transfers.stance": "a_stricter",
                     "transfers.mechanism": "differs",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "a_stricter",
                     "audits.notice_days": "b_stricter",
                     "audits.cost_bearer": "a_stricter",
                     "audits.form": "same",
                     "costs.assistance_paid": "same",
                     "processor_own_use.anonymisation": "a_stricter",
                     "retention.days": "b_stricter"},
        "presence": {"processor_own_use": "only_b", "governing_law": "only_b", "records": "neither",
                     "precedence": "both", "breach_notification": "both"},
        "findings_a_only": ["template_placeholder"],
        "findings_b_only": ["sub_processor_objection_restricted", "transfer_general_authorisation", "audit_restricted",
                            "processor_anonymisation_reuse"],
        "b_attributes": PW_ATTRS,
        "notes": "CROSS-LANGUAGE procurement: the Danish customer's standard databehandleraftale (a.docx, Datatilsynet-style layout with Bilag A-D and C.1-C.8) against the Irish supplier's English DPA (b.pdf, Chromium). Each side must be read in its own language (da / en). A stricter: 24 h (only in Bilag C.3; clause 8.1 says 'uden unødig forsinkelse' and points to C.3) vs 36 h; 30 vs 14 days' notice of sub-processors; objection free vs 'on reasonable grounds' (restricted); transfers only on instruction vs 'to any country ... in which they operate' (general_authorisation; mechanism null vs scc differs); confirmed vs unconfirmed deletion; each party its own audit costs vs Customer reimburses (shared over controller); no own use vs anonymised salary benchmarking (processor_own_use only_b). B stricter: audit notice 14 vs 30 days (fewer is stricter); retention 35 vs 180 days. Same: general authorisation, flow-down, assistance free on both sides, audit forms (report + inspection). Findings: A's unfilled contact placeholder (12.2 '[NAVN, STILLING, E-MAIL]') is A-only; B-only: objection restricted, general transfer authorisation, audit_restricted, anonymisation reuse. Presence: governing law only in B (11.2); precedence in both (A 1.3, B 1.2). Liability presence not asserted (A 5.3 'fuldt ansvarlig' for sub-processors; B 11.1).",
    })
    print("wrote 6 gold.json and 12 analysis gold files")


TB_MAP_RENUMBERED = {k: v for k, v in TB_MAP.items() if k not in ("4.2", "8.1")}
GL_MAP_RENUMBERED = {k: v for k, v in GL_MAP.items() if not k.startswith(("6.1|", "6.2|", "8.1|"))}

if __name__ == "__main__":
    main()
