#!/usr/bin/env python3
"""Write the gold files of tests/blind-14: per pair gold.json (comparison, score.py comparison),
a.json and b.json (analysis of each side, score.py analysis).

  python3 write_gold.py
"""
import copy
import json
import os

from markup import SET

ALL_FINDINGS = ["transfer_general_authorisation", "transfer_without_mechanism", "transfer_invalid_mechanism",
                "processor_anonymisation_reuse", "assistance_paid", "breach_no_deadline", "breach_deadline_over_72h",
                "deletion_on_request_only", "sub_processor_objection_restricted", "sub_processor_no_flow_down",
                "sub_processor_list_missing", "sub_processor_list_incomplete", "audit_restricted",
                "conflicting_options", "outdated_law_reference", "template_placeholder"]


def forbidden(required, also_unsure=()):
    req = {r["id"] if isinstance(r, dict) else r for r in required}
    return ["missing_required:*"] + [f for f in ALL_FINDINGS if f not in req and f not in also_unsure]


def analysis(document, language, present, absent, attributes, required, notes, unsure=()):
    return {"document": document, "language": language, "categories_present": present,
            "categories_absent": absent, "attributes": attributes, "findings_required": required,
            "findings_forbidden": forbidden(required, unsure), "notes": notes}


def renumber(present, mapping):
    """Copy of a categories_present dict with the listed refs replaced."""
    out = {}
    for cat, refs in present.items():
        out[cat] = [mapping.get(r, r) for r in refs]
    return out


    return out


CLEAN_NOTE = "Clean document: every finding id is forbidden."


def write(pair, name, obj):
    with open(os.path.join(SET, pair, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# =============================================================== pair 1: da, Nøglehuset v1 / v2 (tracked changes)
NG_V1_PRESENT = {
    "background": ["1.1|1.2"],
    "controller_obligations": ["2.1"],
    "instructions": ["3.1", "3.2"],
    "confidentiality": ["4.1"],
    "security": ["5.1", "C.2|Bilag C.2|Bilag C C.2"],
    "sub_processors": ["6.1", "6.2", "6.3", "Bilag B"],
    "transfers": ["7.1"],
    "data_subject_rights": ["8.1"],
    "controller_assistance": ["8.2"],
    "costs": ["8.3"],
    "breach_notification": ["9.1"],
    "deletion_return": ["10.1", "10.2"],
    "audits": ["11.1", "11.2"],
    "liability": ["12.1"],
    "term_termination": ["13.1"],
    "governing_law": ["13.2"],
    "scope": ["Bilag A|A.1|A.2|A.3|A.4"],
    "retention": ["C.3|Bilag C.3|Bilag C C.3"],
    "processing_location": ["C.4|Bilag C.4|Bilag C C.4"],
}
NG_LISTED_V1 = [{"name": "Vestdata Hosting A/S", "location": "Industrivej 14, 6950 Ringkøbing, Danmark"},
                {"name": "Beskedcentralen ApS", "location": "Kongensgade 61, 6700 Esbjerg, Danmark"}]
NG_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": NG_LISTED_V1},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "processor", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
NG_NOTES = {
    "purpose": "A Danish housing association (Boligforeningen Klitly) and its letting/key-management SaaS (Nøglehuset ApS), sections 1-13 with Bilag A-C (C.1-C.4), in our own words.",
    "values": "9.1 'uden unødig forsinkelse ... og senest 48 timer' in v1, '24 timer' in v2 (trap: 9.2 the controller's own 72 timer). 6.1 general + Bilag B, 6.2 30 days, objection 'uden at angive en begrundelse' -> free, 6.3 flow-down. 7.1 only on documented instruction, none given -> instruction_only, no tool -> mechanism null. 10.1 deletion at the end of the delivery (after return if wanted), 10.2 written confirmation. 11.2 ISAE 3000 + inspection on 14 days, processor bears its own costs -> processor. 8.3 assistance included in the subscription -> assistance_paid false. C.3 logs and backups 30 days.",
    "categories": "Absent: processor_own_use (v1), records, precedence (1.2 only says the DPA is an annex to the main agreement; no rule on conflicts). Liability is 12.1 (parties' liability follows Danish law and the main agreement's caps).",
}
NG_V2_PRESENT = copy.deepcopy(NG_V1_PRESENT)
NG_V2_PRESENT["processor_own_use"] = ["3.3"]
NG_V2_ATTRS = copy.deepcopy(NG_V1_ATTRS)
NG_V2_ATTRS["breach_notification"]["deadline_hours"] = 24
NG_V2_ATTRS["processor_own_use"]["anonymisation"] = True
NG_V2_ATTRS["sub_processors"]["listed"] = NG_LISTED_V1 + [
    {"name": "Tallinje Analyse ApS", "location": "Torvegade 3, 6700 Esbjerg, Danmark"}]

# =============================================================== pair 2: en, 2021/915 clauses (A) vs Petloop (B)
SCC_PRESENT = {
    "precedence": ["4|Clause 4"],
    "scope": ["Annex II"],
    "instructions": ["7.1"],
    "confidentiality": ["7.4"],
    "security": ["7.4", "Annex III"],
    "audits": ["7.6"],
    "sub_processors": ["7.7", "Annex IV"],
    "transfers": ["7.8"],
    "data_subject_rights": ["8|Clause 8"],
    "controller_assistance": ["8|Clause 8"],
    "breach_notification": ["9.2", "Annex III"],
    "deletion_return": ["10|Clause 10"],
    "term_termination": ["10|Clause 10"],
    "parties_contacts": ["Annex I"],
    "retention": ["Annex III"],
}
SCC_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Hollandse Cloud Diensten B.V.", "location": "Amsterdam, Netherlands"},
                                  {"name": "Remindly Messaging Ltd", "location": "Cork, Ireland"}]},
    "transfers": {"stance": "instruction_only"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": None, "cost_bearer": None},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 35},
}
SCC_NOTES = {
    "purpose": "The customer's benchmark: the Commission's standard contractual clauses under Art. 28(7) GDPR (Implementing Decision (EU) 2021/915), verbatim from EUR-Lex (shared/references) with the options chosen: Clause 1(a) and the inline [OPTION 1] choices -> Regulation (EU) 2016/679; Clause 7.7(a) OPTION 2 (general written authorisation) with '30 days'; Clause 5 (docking) kept. Annexes I-IV completed by the customer (Ardmore Veterinary Clinics Ltd, Dublin) in our own words. python-docx, typed labels ('Clause 7 – …', '7.7. Use of sub-processors', '(a)').",
    "values": "Clause 9.2 says only 'without undue delay', but Annex III (the elements the Parties set out under Clause 9) fixes 'no later than 48 hours after having become aware of it' -> deadline_hours 48 (trap: the deadline is in an annex, and 9.1(a) 'without undue delay after the controller has become aware' is the controller's duty). 7.7(a) general authorisation from an agreed list (Annex IV), 30 days, time 'to be able to object' with no grounds required -> free; 7.7(b) flow-down. 7.8(a) transfers only on documented instructions -> instruction_only (mechanism not scored: 7.8(b) names the Commission's SCCs as a permitted tool for sub-processor transfers). 10(d) after termination delete + certify or return -> end_of_service, confirmation. 7.6 audits 'at reasonable intervals', inspections 'with reasonable notice', nothing on costs -> notice_days null, cost_bearer null. Annex III: assistance included in the fee -> assistance_paid false; logs and backups kept no longer than 35 days -> 35.",
    "categories": "Absent: processor_own_use, governing_law (the clauses have none), records. Not scored: liability (7.7(d) 'fully responsible'), costs presence (Annex III's fee sentence), background (Clauses 1-3).",
    "findings": "Clean: every finding is forbidden. Traps: Clause 1(a) names the GDPR by its full title '... and repealing Directive 95/46/EC', which is NOT outdated_law_reference; the options have been chosen, so no template_placeholder or conflicting_options; breach_no_deadline would be a false positive because Annex III sets 48 hours.",
}
PET_PRESENT = {
    "background": ["1.1"],
    "precedence": ["1.3"],
    "scope": ["1.2", "Schedule 1"],
    "instructions": ["2.1", "2.2"],
    "confidentiality": ["3.1"],
    "security": ["3.2", "Schedule 2"],
    "sub_processors": ["4.1", "4.2", "4.3", "Schedule 3"],
    "transfers": ["5.1"],
    "data_subject_rights": ["6.1"],
    "controller_assistance": ["6.2"],
    "costs": ["6.3"],
    "breach_notification": ["7.1"],
    "audits": ["8.1", "8.2"],
    "deletion_return": ["9.1"],
    "retention": ["9.2"],
    "liability": ["10.1"],
    "governing_law": ["10.2"],
}
PET_ATTRS = {
    "breach_notification": {"deadline_hours": None, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 14, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Hollandse Cloud Diensten B.V.", "location": "Amsterdam, Netherlands"},
                                  {"name": "Remindly Messaging Ltd", "location": "Cork, Ireland"},
                                  {"name": "Helpline Desk Inc.", "location": "Denver, Colorado, USA"}]},
    "transfers": {"stance": "listed", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": False},
    "audits": {"notice_days": 45, "cost_bearer": "controller"},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
PET_REQUIRED = [{"id": "breach_no_deadline", "clause": "7.1"},
                {"id": "sub_processor_objection_restricted", "clause": "4.2"},
                {"id": "assistance_paid", "clause": "6.3"},
                {"id": "audit_restricted", "clause": "8.2"}]
PET_NOTES = {
    "purpose": "A Dutch SaaS vendor's own DPA (Petloop Software B.V., veterinary practice software), typed numbers 1.1-10.2 and Schedules 1-3, python-docx exported to PDF by LibreOffice; in our own words.",
    "values": "7.1 'without undue delay' only -> null + true (breach_no_deadline). 4.1 general + Schedule 3, 4.2 'fourteen (14) days', objection 'only on reasonable grounds' and sole remedy termination -> restricted. 4.3 flow-down. 5.1 transfers to the listed sub-processors (one in the USA) under Decision (EU) 2021/914 -> listed, scc. 9.1 export for 30 days, then deletion (automatic), no confirmation -> end_of_service, false. 8.1 ISO 27001 + SOC 2 report; 8.2 on-site audits only exceptionally, 'forty-five (45) days' notice, Customer bears all costs -> 45, controller (audit_restricted on both counts). 6.3 assistance at EUR 165/hour -> assistance_paid. 9.2 backups deleted within 90 days, logs 90 days -> 90.",
    "categories": "Absent: processor_own_use, records. audits.form not scored (report, with inspection only in exceptional cases).",
}

# =============================================================== pair 3: nb, Dagbokappen v1 / v2
BH_V1_PRESENT = {
    "background": ["1.1"],
    "precedence": ["1.2"],
    "controller_obligations": ["2.1|2.2"],
    "instructions": ["3.1"],
    "confidentiality": ["3.2"],
    "security": ["3.3", "Vedlegg 1 3|Vedlegg 1"],
    "data_subject_rights": ["4.1"],
    "controller_assistance": ["4.2"],
    "records": ["4.3"],
    "costs": ["4.4"],
    "sub_processors": ["5.1", "5.2", "5.3", "Vedlegg 2"],
    "transfers": ["6.1"],
    "breach_notification": ["7.1"],
    "audits": ["8.1", "8.2"],
    "deletion_return": ["9.1"],
    "term_termination": ["10.1"],
    "governing_law": ["11.1"],
    "scope": ["Vedlegg 1 1|Vedlegg 1 2|Vedlegg 1"],
    "retention": ["Vedlegg 1 4|Vedlegg 1"],
    "processing_location": ["Vedlegg 1 3|Vedlegg 1"],
}
BH_LISTED_V1 = [{"name": "Nordvik Datasenter AS", "location": "Oslo, Norge"},
                {"name": "Meldingsbua AS", "location": "Bergen, Norge"}]
BH_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 36, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": BH_LISTED_V1},
    "transfers": {"stance": "prohibited", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 10, "cost_bearer": "shared"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 180},
}
BH_NOTES = {
    "purpose": "A Norwegian kindergarten group (Fjellvang Barnehager AS) and its parent-communication app (Dagbokappen AS), bokmål, sections 1-11 (v2: 1-12) with Vedlegg 1 (numbered items 1.-4.) and Vedlegg 2 (table); in our own words. Children's data.",
    "values": "7.1 (v2 8.1) 'uten ugrunnet opphold, og senest innen 36 timer' -> 36. 5.1 general + Vedlegg 2, 5.2 30 days, 'uten å oppgi grunn' -> free, 5.3 flow-down. v1 6.1 'er ikke tillatt' -> prohibited; v2 7.1 allowed to the Vedlegg 2 sub-processors outside the EEA under Decision (EU) 2021/914 -> listed, scc. 9.1 return then delete within 45 days + written confirmation. 8.2 (v2 9.2) inspection notice 10 days (v2 30), each party its own costs -> shared. 4.4 (v2 4.3) assistance included in the licence price -> false. Vedlegg 1 4 access logs 180 days.",
    "categories": "Absent: processor_own_use. Records: 4.3 in v1, moved to 3.4 in v2. Not scored: instruction_changes (10.2 / v2 11.2 'kan gi nye instrukser'), security of the v2 section 6 (access control and logging, may be tagged security).",
}
BH_V2_MAP = {"4.3": "3.4", "4.4": "4.3", "6.1": "7.1", "7.1": "8.1", "8.1": "9.1", "8.2": "9.2", "9.1": "10.1",
             "10.1": "11.1", "11.1": "12.1"}
BH_V2_PRESENT = renumber(BH_V1_PRESENT, BH_V2_MAP)
BH_V2_ATTRS = copy.deepcopy(BH_V1_ATTRS)
BH_V2_ATTRS["transfers"] = {"stance": "listed", "mechanism": "scc"}
BH_V2_ATTRS["audits"]["notice_days"] = 30
BH_V2_ATTRS["sub_processors"]["listed"] = BH_LISTED_V1 + [{"name": "Supportly Inc.", "location": "Austin, Texas, USA"}]

# =============================================================== pair 4: de, Muster-AVV (A) vs Lagerfix AVV (B)
OM_PRESENT = {
    "scope": ["1.1|§ 1 (1)", "Anlage 1"],
    "term_termination": ["1.2|§ 1 (2)"],
    "instructions": ["2.1|§ 2 (1)"],
    "confidentiality": ["3.1|§ 3 (1)"],
    "security": ["3.2|§ 3 (2)", "Anlage 2"],
    "retention": ["3.2|§ 3 (2)"],
    "sub_processors": ["4.1|§ 4 (1)", "4.2|§ 4 (2)", "4.3|§ 4 (3)"],
    "transfers": ["5.1|§ 5 (1)|5"],
    "data_subject_rights": ["6.1|§ 6 (1)"],
    "controller_assistance": ["6.2|§ 6 (2)"],
    "costs": ["6.4|§ 6 (4)"],
    "breach_notification": ["7.1|§ 7 (1)"],
    "audits": ["8.1|§ 8 (1)", "8.2|§ 8 (2)"],
    "deletion_return": ["9.1|§ 9 (1)", "9.2|§ 9 (2)"],
    "liability": ["10.2|§ 10 (2)"],
    "governing_law": ["10.3|§ 10 (3)"],
}
OM_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "specific", "notice_days": 14, "objection_right": None, "flow_down": True,
                       "listed": None},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "controller"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
OM_NOTES = {
    "purpose": "A German farm-supply wholesaler's own template AVV (Muster, Landhandel Ostermeier GmbH) as a web page of its supplier portal: § 1-10 with (1)-(4) paragraphs, Anlage 1-2, site header and footer; in our own words.",
    "values": "§ 7 (1) 'unverzüglich, spätestens jedoch innerhalb von 24 Stunden' -> 24. § 4 (1) prior SEPARATE written authorisation case by case -> specific; § 4 (2) request 'mindestens zwei Wochen' before -> 14 (weeks are 7 days); no general authorisation -> objection_right null; § 4 (3) flow-down; no list of sub-processors -> listed null (no list_missing: that finding needs a general authorisation). § 5 only on documented instruction -> instruction_only. § 9 (1) after the end, return or delete within 30 days, § 9 (2) written confirmation. § 8 (2) 14 days' notice, 'Die Kosten der Inspektion trägt der Verantwortliche' -> controller (audit_restricted). § 6 (4) no separate fee for assistance -> false. § 3 (2) access logs 90 days.",
    "categories": "Absent: processor_own_use, precedence, records. Liability § 10 (2).",
}
LF_PRESENT = {
    "scope": ["1.1", "Anlage A"],
    "precedence": ["1.2"],
    "instructions": ["2.1", "2.2"],
    "confidentiality": ["3.1"],
    "security": ["3.2", "Anlage C"],
    "retention": ["3.3"],
    "sub_processors": ["4.1", "4.2", "4.3", "Anlage B"],
    "transfers": ["5.1"],
    "data_subject_rights": ["6.1"],
    "controller_assistance": ["6.1"],
    "costs": ["6.2"],
    "breach_notification": ["7.1"],
    "audits": ["8.1", "8.2"],
    "deletion_return": ["9.1"],
    "liability": ["10.1"],
    "governing_law": ["10.2"],
}
LF_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Donaurechenzentrum GmbH", "location": "Regensburg, Deutschland"},
                                  {"name": "Ticketbridge Inc.", "location": "Seattle, Washington, USA"}]},
    "transfers": {"stance": "listed", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": False},
    "audits": {"notice_days": 7, "cost_bearer": "processor"},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
LF_REQUIRED = [{"id": "sub_processor_objection_restricted", "clause": "4.2"},
               {"id": "assistance_paid", "clause": "6.2"}]
LF_NOTES = {
    "purpose": "The supplier's AVV (Lagerfix Software GmbH, warehouse SaaS) as python-docx with REAL Word list numbering: headings on level 0 ('%1.'), clauses on level 1 ('%1.%2'); no number is typed, they exist only in numbering.xml. Anlage A-C keep their own labels. In our own words.",
    "values": "7.1 'unverzüglich, spätestens innerhalb von 48 Stunden' -> 48. 4.1 general + Anlage B, 4.2 '30 Tage', objection 'nur aus einem wichtigen datenschutzrechtlichen Grund' -> restricted. 5.1 transfers to the sub-processors marked in Anlage B on the SCCs of Decision (EU) 2021/914 -> listed, scc. 9.1 export for 14 days then automatic deletion, no confirmation. 8.2 'Frist von sieben Tagen', costs borne by Lagerfix -> 7, processor. 6.2 assistance billed at EUR 120/hour. 3.3 logs 30 days (Anlage C backups 14 days; longest 30).",
    "categories": "Absent: processor_own_use, records.",
}

# =============================================================== pair 5: sv, Klubbportalen v1 / v2
KP_V1_PRESENT = {
    "background": ["1.1"],
    "precedence": ["1.3"],
    "instructions": ["2.1", "2.2"],
    "instruction_changes": ["2.3"],
    "security": ["3.1", "3.2"],
    "confidentiality": ["3.3"],
    "sub_processors": ["4.1", "4.2", "4.3", "Bilaga 2"],
    "transfers": ["5.1"],
    "data_subject_rights": ["6.1"],
    "controller_assistance": ["6.2"],
    "costs": ["6.2"],
    "breach_notification": ["7.1"],
    "audits": ["8.1", "8.2"],
    "deletion_return": ["9.1"],
    "term_termination": ["10.1"],
    "governing_law": ["11.1"],
    "scope": ["Bilaga 1 1.1|Bilaga 1 1.2|Bilaga 1 1.3|Bilaga 1"],
    "retention": ["Bilaga 1 1.4|Bilaga 1"],
    "processing_location": ["Bilaga 1 1.5|Bilaga 1"],
}
KP_LISTED_V1 = [{"name": "Norrhall Datacenter AB", "location": "Stockholm, Sverige"},
                {"name": "Avisera Betalningar AB", "location": "Göteborg, Sverige"},
                {"name": "Smsbolaget i Lund AB", "location": "Lund, Sverige"}]
KP_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": KP_LISTED_V1},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "processor"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 180},
}
KP_NOTES = {
    "purpose": "A Swedish golf club (Österlens Golfklubb) and its member-register SaaS (Klubbportalen Sverige AB), sections 1-11 (v2: 1-12) with Bilaga 1 (items 1.1-1.5) and Bilaga 2 (table); in our own words.",
    "values": "7.1 (v2 8.1) 'utan onödigt dröjsmål och senast inom 24 timmar' -> 24. 4.1 (v2 5.1) general + Bilaga 2, 30 days, 'utan att ange skäl' -> free, flow-down. 5.1 (v2 6.1) only on written instruction, none given -> instruction_only. 9.1 (v2 10.1) return, then delete within 60 days + written certificate. 8.2 (v2 9.2) 14 days' notice, processor bears its own costs -> processor. 6.2 (v2 7.2) assistance included in the fee. Bilaga 1 1.4 logs 180 days (v2 60).",
    "categories": "Absent: processor_own_use, records. 2.3 is a procedure for changing the instructions (instruction_changes).",
}
KP_V2_MAP = {"3.3": "4.1", "4.1": "5.1", "4.2": "5.2", "4.3": "5.3", "5.1": "6.1", "6.1": "7.1", "6.2": "7.2",
             "7.1": "8.1", "8.1": "9.1", "8.2": "9.2", "9.1": "10.1", "10.1": "11.1", "11.1": "12.1"}
KP_V2_PRESENT = renumber(KP_V1_PRESENT, KP_V2_MAP)
KP_V2_ATTRS = copy.deepcopy(KP_V1_ATTRS)
KP_V2_ATTRS["retention"]["days"] = 60
KP_V2_ATTRS["sub_processors"]["listed"] = KP_LISTED_V1[:2]

# =============================================================== pair 6: en (US style), Quillstack v1 / v2
def sec(*nums):
    return [f"{n}|Section {n}" for n in nums]


QS_PRESENT = {
    "background": sec("1.1"),
    "scope": sec("2.1") + ["Schedule 1"],
    "precedence": sec("2.2"),
    "instructions": sec("3.1", "3.2"),
    "confidentiality": sec("3.3"),
    "security": sec("3.4") + ["Schedule 3"],
    "sub_processors": sec("4.1", "4.2", "4.3") + ["Schedule 2"],
    "transfers": sec("5.1", "5.2"),
    "data_subject_rights": sec("6.1"),
    "controller_assistance": sec("6.2"),
    "breach_notification": sec("7.1"),
    "audits": sec("8.1", "8.2"),
    "retention": sec("9.1"),
    "deletion_return": sec("9.2"),
    "term_termination": sec("10.1"),
    "governing_law": sec("10.2"),
}
QS_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 72, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Cirrus Compute LLC", "location": "Ashburn, Virginia, USA"},
                                  {"name": "Postbird Mail Inc.", "location": "San Francisco, California, USA"},
                                  {"name": "Heldesk Support Ltd", "location": "Dublin, Ireland"}]},
    "transfers": {"stance": "listed", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 30, "cost_bearer": "shared"},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
QS_V2_ATTRS = copy.deepcopy(QS_V1_ATTRS)
QS_V2_ATTRS["sub_processors"]["notice_days"] = 10
QS_NOTES = {
    "purpose": "An Irish language school and a US learning-platform vendor (Quillstack, Inc.), drafted in US style: 'ARTICLE 4 – SUB-PROCESSORS', 'Section 4.2', definitions (a)-(g) in Section 1.1, Schedules 1-3, numbers written 'thirty (30)'. In our own words.",
    "values": "Section 7.1 'without undue delay, and in any event within seventy-two (72) hours' (v2 '72 hours') -> 72 (not over 72). 4.1 general + Schedule 2; 4.2 'thirty (30) days' (v2 'ten (10) days'), objection 'on reasonable grounds relating to data protection', failing agreement termination -> restricted; 4.3 flow-down. 5.1 the vendor and the Schedule 2 sub-processors may process in the USA, 5.2 under the SCCs of Decision (EU) 2021/914 -> listed, scc. 9.2 return + delete within 30 days after termination + written certificate. 8.2 30 days' notice (not more than 30), each party its own costs -> shared. 6.2 no additional charge. 9.1 logs 90 days.",
    "categories": "Absent: processor_own_use, records. processing_location not scored (5.1 'in the United States').",
    "findings": "sub_processor_objection_restricted (Section 4.2) only; every other finding is forbidden.",
}


def main():
    # ---------------------------------------------------------------- 1
    pair = "da-noeglehuset-sporede-aendringer"
    ng_abs1 = ["processor_own_use", "records", "precedence"]
    write(pair, "a.json", analysis("a.pdf", "da", NG_V1_PRESENT, ng_abs1, NG_V1_ATTRS, [], dict(NG_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.docx", "da", NG_V2_PRESENT, ["records", "precedence"], NG_V2_ATTRS,
                                   [{"id": "processor_anonymisation_reuse", "clause": "3.3"}],
                                   dict(NG_NOTES, v2="b.docx is v1 with Word TRACKED CHANGES (w:ins / w:del runs by 'Torben Lauritsen (Nøglehuset ApS)', a Word comment on 9.1, trackRevisions on). The analysis is of the document with all changes ACCEPTED: deleted text (w:delText: '48', the whole of 12.2) is not part of it, inserted text is. 3.3 (inserted) lets the processor anonymise and use data for its own purposes, even sell statistics -> processor_anonymisation_reuse. 9.1 24 timer. Bilag B gains 'Tallinje Analyse ApS' (inserted table row). 12.2 (insurance) deleted.")))
    write(pair, "gold.json", {
        "a": "a.pdf", "b": "b.docx", "kind": "versions",
        "clauses_changed": ["9.1", "Bilag B"],
        "clauses_added": ["3.3"],
        "clauses_removed": ["12.2"],
        "clauses_renumbered": {},
        "clauses_unchanged": ["1.1", "1.2", "2.1", "3.1", "3.2", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "7.1",
                              "8.1", "8.2", "8.3", "9.2", "10.1", "10.2", "11.1", "11.2", "12.1", "13.1", "13.2",
                              "A.1|Bilag A.1|Bilag A A.1", "A.2|Bilag A.2|Bilag A A.2", "A.3|Bilag A.3|Bilag A A.3",
                              "A.4|Bilag A.4|Bilag A A.4", "C.1|Bilag C.1|Bilag C C.1", "C.2|Bilag C.2|Bilag C C.2",
                              "C.3|Bilag C.3|Bilag C C.3", "C.4|Bilag C.4|Bilag C C.4"],
        "verdicts": {"breach_notification.deadline_hours": "b_stricter",
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
                     "retention.days": "same"},
        "presence": {"processor_own_use": "only_b", "breach_notification": "both", "liability": "both"},
        "conflicts": ["breach_notification", "processor_own_use"],
        "findings_b_only": ["processor_anonymisation_reuse"],
        "findings_a_only": [],
        "b_attributes": {"breach_notification": {"deadline_hours": 24},
                         "processor_own_use": {"anonymisation": True},
                         "sub_processors": {"listed": NG_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Lawyer's redline of a Danish DPA: v1 as a Chromium PDF (header 'version 1.0 · april 2026', 'Side N af M') against the supplier's v2 returned as a DOCX WITH WORD TRACKED CHANGES (b.docx: every edit is a w:ins / w:del revision by 'Torben Lauritsen (Nøglehuset ApS)', dated 2026-09-14, plus one Word comment anchored in 9.1; header 'version 2.0 – udkast med ændringsmarkeringer'). CONVENTION: B is read with all revisions ACCEPTED, i.e. deleted text (w:delText) is not in B and inserted text is; a reader that keeps deleted runs will see '4824 timer' in 9.1 and a still-present 12.2 (LibreOffice's plain-text export does exactly that). The comment text is not part of any clause. Changes: new 3.3 (inserted paragraph: anonymised data for the processor's own purposes, statistics it may sell) -> added, processor_own_use only_b, anonymisation A stricter, processor_anonymisation_reuse B-only; 9.1 '48' deleted, '24' inserted -> changed, B stricter; 12.2 (insurance) deleted as a whole paragraph -> removed (no renumbering: it was the last clause of section 12); Bilag B gains an inserted table row (Tallinje Analyse ApS) -> changed annex, listed differs. Every other clause, headings included, is unchanged and keeps its number. Liability stays present (12.1), so removing the insurance clause changes no presence.",
    })

    # ---------------------------------------------------------------- 2
    pair = "en-petloop-vs-eu-standard"
    write(pair, "a.json", analysis("a.docx", "en", SCC_PRESENT, ["processor_own_use", "governing_law", "records"],
                                   SCC_ATTRS, [], SCC_NOTES))
    write(pair, "b.json", analysis("b.pdf", "en", PET_PRESENT, ["processor_own_use", "records"], PET_ATTRS,
                                   PET_REQUIRED, PET_NOTES))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.pdf", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "transfers", "deletion_return", "costs", "retention"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "sub_processors.authorisation": "same",
                     "sub_processors.notice_days": "a_stricter",
                     "sub_processors.objection_right": "a_stricter",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "transfers.stance": "a_stricter",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "a_stricter",
                     "audits.notice_days": "differs",
                     "audits.cost_bearer": "differs",
                     "costs.assistance_paid": "a_stricter",
                     "processor_own_use.anonymisation": "same",
                     "retention.days": "a_stricter"},
        "presence": {"governing_law": "only_b", "processor_own_use": "neither", "records": "neither",
                     "precedence": "both", "breach_notification": "both", "transfers": "both"},
        "findings_a_only": [],
        "findings_b_only": ["breach_no_deadline", "sub_processor_objection_restricted", "assistance_paid",
                            "audit_restricted"],
        "b_attributes": PET_ATTRS,
        "notes": "Procurement: the customer's benchmark is the Commission's Art. 28 standard contractual clauses (Implementing Decision (EU) 2021/915, text from EUR-Lex, options chosen: Regulation (EU) 2016/679, Clause 7.7 Option 2 with 30 days; Annexes completed by the customer), a.docx, against the vendor's own DPA, b.pdf (LibreOffice export). A is longer than the set's 800-1,500 words (about 3,300) because the Commission's text is used whole. A is stricter: 48 h (set in Annex III, the elements agreed under Clause 9) vs 'without undue delay' only (null is least strict); 30 vs 14 days' notice; objection free vs only on reasonable grounds (restricted); transfers only on documented instructions vs authorised to the listed sub-processors (instruction_only over listed); deletion certified vs not confirmed; assistance included vs billed at EUR 165/hour; retention 35 vs 90 days. AUDITS ARE NOT A CONFLICT: the clauses say 'reasonable notice' and nothing on costs (both null), so B's 45 days and controller-pays give 'differs' twice (null notice and null cost bearer order as differs) and no ordered verdict; audit_restricted is still a B-only finding. transfers.mechanism is not compared (7.8(b) of the clauses names the Commission's SCCs as a permitted tool; whether that is A's mechanism is left open). Presence: governing law only in B (10.2); precedence in both (Clause 4 Hierarchy / 1.3). Liability presence not asserted (7.7(d) 'fully responsible').",
    })

    # ---------------------------------------------------------------- 3
    pair = "nb-barnehagedagbok-innsatt-kapittel"
    write(pair, "a.json", analysis("a.md", "nb", BH_V1_PRESENT, ["processor_own_use"], BH_V1_ATTRS, [],
                                   dict(BH_NOTES, findings=CLEAN_NOTE, md="Markdown: '## 5. Underleverandører' headings, clause numbers in bold ('**5.2** …'), Vedlegg 1 items as a Markdown ordered list ('1. …'), Vedlegg 2 as a pipe table.")))
    write(pair, "b.json", analysis("b.pdf", "nb", BH_V2_PRESENT, ["processor_own_use"], BH_V2_ATTRS, [],
                                   dict(BH_NOTES, findings=CLEAN_NOTE, v2="reportlab PDF (numbers drawn as bullets, header 'versjon 2, juni 2026', 'Side N av M'). New section 6 (access control and logging) inserted, old 6-11 are 7-12; 7.1 allows transfers to the listed sub-processors under the SCCs (Decision (EU) 2021/914) -> listed, scc (clean: a tool is named); 9.2 notice 30 days (not more than 30: no audit_restricted); records moved to 3.4; Vedlegg 2 gains Supportly Inc., Austin, Texas, USA.")))
    write(pair, "gold.json", {
        "a": "a.md", "b": "b.pdf", "kind": "versions",
        "clauses_changed": ["7.1", "9.2", "Vedlegg 2"],
        "clauses_added": ["6.1", "6.2"],
        "clauses_removed": [],
        "clauses_renumbered": {"4.3": "3.4", "4.4": "4.3", "7.1": "8.1", "7.2": "8.2", "7.3": "8.3", "8.1": "9.1",
                               "9.1": "10.1", "9.2": "10.2", "10.1": "11.1", "10.2": "11.2", "11.1": "12.1"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2", "5.3",
                              "Vedlegg 1 1", "Vedlegg 1 2", "Vedlegg 1 3", "Vedlegg 1 4"],
        "verdicts": {"transfers.stance": "a_stricter",
                     "transfers.mechanism": "differs",
                     "audits.notice_days": "a_stricter",
                     "audits.cost_bearer": "same",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "breach_notification.deadline_hours": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "retention.days": "same"},
        "presence": {"transfers": "both", "records": "both", "processor_own_use": "neither"},
        "conflicts": ["transfers", "audits"],
        "findings_a_only": [],
        "findings_b_only": [],
        "b_attributes": {"transfers": {"stance": "listed", "mechanism": "scc"}, "audits": {"notice_days": 30},
                         "sub_processors": {"listed": BH_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Norwegian (bokmål) DPA, v1 as Markdown (a.md) against v2 as a reportlab PDF (b.pdf, 'Side N av M'). INSERTED SECTION: a new section 6 'Tilgangsstyring og logging' (6.1, 6.2, added) pushes old sections 6-11 to 7-12. MOVED CLAUSE: 4.3 (record of processing activities) moves to section 3 as 3.4 with the same text, so old 4.4 becomes 4.3 - a tool aligning by number would pair A 4.3 with B 4.3, whose texts differ. Changed (B ids): 7.1 (A 6.1) transfers from 'ikke tillatt' (prohibited) to allowed to the sub-processors in Vedlegg 2 under the Commission's SCCs (A stricter; mechanism null -> scc differs); 9.2 (A 8.2) inspection notice 10 -> 30 days (fewer is stricter: A stricter); Vedlegg 2 gains a US support company (changed annex, listed differs). Every other clause keeps its text; those after the inserted section are renumbered. No finding in either version (B names its transfer tool; 30 days' notice is not more than 30). The Vedlegg 1 items are cited 'Vedlegg 1 N' (never bare 'N').",
    })

    # ---------------------------------------------------------------- 4
    pair = "de-lagerfix-vs-muster-avv"
    write(pair, "a.json", analysis("a.html", "de", OM_PRESENT, ["processor_own_use", "precedence", "records"], OM_ATTRS,
                                   [{"id": "audit_restricted", "clause": "8.2|§ 8 (2)|8"}], OM_NOTES))
    write(pair, "b.json", analysis("b.docx", "de", LF_PRESENT, ["processor_own_use", "records"], LF_ATTRS, LF_REQUIRED,
                                   LF_NOTES))
    write(pair, "gold.json", {
        "a": "a.html", "b": "b.docx", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "transfers", "deletion_return", "audits", "costs",
                      "retention"],
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
                     "deletion_return.confirmation": "a_stricter",
                     "audits.notice_days": "b_stricter",
                     "audits.cost_bearer": "b_stricter",
                     "costs.assistance_paid": "a_stricter",
                     "processor_own_use.anonymisation": "same",
                     "retention.days": "b_stricter"},
        "presence": {"precedence": "only_b", "liability": "both", "governing_law": "both", "records": "neither",
                     "processor_own_use": "neither"},
        "findings_a_only": ["audit_restricted"],
        "findings_b_only": ["sub_processor_objection_restricted", "assistance_paid"],
        "b_attributes": LF_ATTRS,
        "notes": "Procurement with verdicts in BOTH directions: the customer's own template (a.html, a page of its supplier portal, § 1-10 with (1)-(4)) against the supplier's AVV (b.docx, Ziffer style 1.-10. / 1.1 produced by Word automatic numbering: no number is typed in the text). A stricter: 24 vs 48 hours; specific (case-by-case) vs general authorisation of sub-processors; transfers only on instruction vs to the listed sub-processors on SCCs; written confirmation of deletion vs none; free vs billed assistance. B stricter: 30 days' notice of a new sub-processor vs A's two-week request period (14; more days is stricter); 7 vs 14 days' audit notice (fewer is stricter); processor vs controller paying for inspections; access logs 30 vs 90 days. sub_processors holds verdicts in both directions (authorisation A stricter, notice B stricter). objection_right: A has no general authorisation (null) vs B restricted -> differs, not ordered. Findings: audit_restricted only in A (controller pays); objection restricted and paid assistance only in B. Refs on the A side are '§ N (k)' written as 'N.k|§ N (k)'.",
    })

    # ---------------------------------------------------------------- 5
    pair = "sv-klubbportalen-delat-avsnitt"
    write(pair, "a.json", analysis("a.txt", "sv", KP_V1_PRESENT, ["processor_own_use", "records"], KP_V1_ATTRS, [],
                                   dict(KP_NOTES, findings=CLEAN_NOTE, txt="Plain text, one paragraph per line with blank lines between, annex headings in capitals ('BILAGA 1 INSTRUKTION'), the Bilaga 2 table as lines 'Name - place - task'.")))
    write(pair, "b.json", analysis("b.docx", "sv", KP_V2_PRESENT, ["processor_own_use", "records"], KP_V2_ATTRS, [],
                                   dict(KP_NOTES, findings=CLEAN_NOTE, v2="python-docx with typed numbers, header 'version 2 (juni 2026)', 'Sida N av M'. Section 3 split into 3 'Säkerhet' and 4 'Sekretess'; old 4-11 are 5-12; 8.2 merges old 7.2 and 7.3; section 9 heading 'Revision och inspektion' (was 'Granskning'); Bilaga 1 1.4 logs 60 days; Bilaga 2 without Smsbolaget i Lund AB.")))
    write(pair, "gold.json", {
        "a": "a.txt", "b": "b.docx", "kind": "versions",
        "clauses_changed": ["Bilaga 1 1.4|Bilaga 1", "Bilaga 2"],
        "clauses_added": [],
        "clauses_removed": [],
        "clauses_renumbered": {"3.3": "4.1", "3.4": "4.2", "4.1": "5.1", "4.2": "5.2", "4.3": "5.3", "5.1": "6.1",
                               "6.1": "7.1", "6.2": "7.2", "6.3": "7.3", "7.1": "8.1", "9.1": "10.1", "9.2": "10.2",
                               "10.1": "11.1", "10.2": "11.2", "11.1": "12.1", "11.2": "12.2"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "Bilaga 1 1.1", "Bilaga 1 1.2",
                              "Bilaga 1 1.3", "Bilaga 1 1.5"],
        "verdicts": {"retention.days": "b_stricter",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "breach_notification.deadline_hours": "same",
                     "transfers.stance": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "costs.assistance_paid": "same"},
        "presence": {"retention": "both", "confidentiality": "both", "audits": "both", "processor_own_use": "neither"},
        "conflicts": ["retention"],
        "findings_a_only": [],
        "findings_b_only": [],
        "b_attributes": {"retention": {"days": 60}, "sub_processors": {"listed": KP_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Swedish PUB-avtal, v1 as plain text (a.txt) against v2 as python-docx (b.docx). SECTION SPLIT: 3 'Säkerhet och sekretess' (3.1-3.4) becomes 3 'Säkerhet' (3.1, 3.2) and a new heading 4 'Sekretess' over the unchanged old 3.3/3.4 (now 4.1/4.2); every later section moves up by one (renumbered, same text). MERGE: old 7.2 (content of the notice) and 7.3 (information in phases) become one clause 8.2 (two 'merged' rows; in no list). HEADING CHANGED: 8 'Granskning' -> 9 'Revision och inspektion' over clauses whose text is unchanged (old 8.1/8.2 = new 9.1/9.2); like blind-11, clauses under a changed heading are in no list. Changed: Bilaga 1 1.4 log retention 180 -> 60 days (B stricter, the only conflict) and Bilaga 2 loses a row (Smsbolaget i Lund AB: listed differs). No finding in either version. Bilaga 1 items are cited 'Bilaga 1 1.4', never bare '1.4'.",
    })

    # ---------------------------------------------------------------- 6
    pair = "en-quillstack-us-stil"
    qs_req = [{"id": "sub_processor_objection_restricted", "clause": "4.2|Section 4.2"}]
    write(pair, "a.json", analysis("a.pdf", "en", QS_PRESENT, ["processor_own_use", "records"], QS_V1_ATTRS, qs_req, QS_NOTES))
    write(pair, "b.json", analysis("b.pdf", "en", QS_PRESENT, ["processor_own_use", "records"], QS_V2_ATTRS, qs_req,
                                   dict(QS_NOTES, v2="LibreOffice PDF export of the vendor's 'comments 2' draft: definitions re-ordered alphabetically (letters follow the new order), Section 4.2 'ten (10) days', Section 7.1 '72 hours', a sentence appended to Section 8.1 (penetration-test summary).")))
    write(pair, "gold.json", {
        "a": "a.pdf", "b": "b.pdf", "kind": "versions",
        "clauses_changed": sec("4.2", "7.1", "8.1"),
        "clauses_added": [],
        "clauses_removed": [],
        "clauses_renumbered": {},
        "clauses_unchanged": sec("1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.3", "5.1", "5.2", "5.3",
                                 "6.1", "6.2", "7.2", "8.2", "9.1", "9.2", "10.1", "10.2") +
                             ["Schedule 1 1", "Schedule 1 2", "Schedule 1 3", "Schedule 2", "Schedule 3"],
        "verdicts": {"sub_processors.notice_days": "a_stricter",
                     "sub_processors.objection_right": "same",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "same",
                     "breach_notification.deadline_hours": "same",
                     "breach_notification.without_undue_delay": "same",
                     "transfers.stance": "same",
                     "transfers.mechanism": "same",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "costs.assistance_paid": "same",
                     "retention.days": "same"},
        "presence": {"sub_processors": "both", "breach_notification": "both", "processor_own_use": "neither"},
        "conflicts": ["sub_processors"],
        "findings_a_only": [],
        "findings_b_only": [],
        "findings_b_required": ["sub_processor_objection_restricted"],
        "b_attributes": {"sub_processors": {"notice_days": 10}, "breach_notification": {"deadline_hours": 72}},
        "notes": "US-style DPA, the execution version (a.pdf, Chromium, header 'EXECUTION VERSION') against the vendor's second round of comments (b.pdf, LibreOffice export of a python-docx file, header 'Quillstack comments 2'). Clause labels are 'Section 4.2' under 'ARTICLE 4 – SUB-PROCESSORS'; refs are written '4.2|Section 4.2'. Changed: Section 4.2 (sub-processor notice 'thirty (30)' -> 'ten (10) days': A stricter, the only conflict; 10 days raises no finding), Section 7.1 ('seventy-two (72) hours' -> '72 hours': the words changed, so the clause is changed, but the value is the same: deadline verdict same), Section 8.1 (a sentence appended at the end). DEFINITIONS RE-ORDERED: the seven definitions of Section 1.1 are sorted alphabetically in B and re-lettered, their texts unchanged (only the final ';' / '.' moved with the last item): A 1.1(a) 'Customer Data' is B 1.1(c). Whether a tool aligns them as renumbered depends on whether it splits the (a) items from Section 1.1, so no definition ref and not 1.1 itself is in any list. The objection right is restricted in both versions (findings_b_required, neither A-only nor B-only).",
    })
    print("wrote 6 gold.json and 12 analysis gold files")


if __name__ == "__main__":
    main()
