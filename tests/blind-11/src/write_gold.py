#!/usr/bin/env python3
"""Write the gold files of tests/blind-11: per pair gold.json (comparison, score.py comparison),
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


# ====================================================================== the documents
# ---- Lagerlinjen v1 (pair 1 A, pair 8 B)
LAGER_V1_PRESENT = {
    "background": ["1.1|1.2"],
    "precedence": ["1.3"],
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
    "term_termination": ["12.1"],
    "scope": ["Bilag A|A.1|A.2|A.3"],
    "retention": ["C.3|Bilag C.3|Bilag C C.3"],
    "processing_location": ["C.4|Bilag C.4|Bilag C C.4"],
}
LAGER_LISTED_V1 = [{"name": "Nordlys Hosting A/S", "location": "Kokbjerg 2, 6000 Kolding, Danmark"},
                   {"name": "Pakkepost Norden ApS", "location": "Vestre Ringvej 40, 7100 Vejle, Danmark"}]
LAGER_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": LAGER_LISTED_V1},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "processor", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
LAGER_V1_NOTES = {
    "purpose": "A plumbing wholesaler (Brøndmark VVS A/S) and its warehouse/order SaaS (Lagerlinjen ApS), on the structure of the Danish Datatilsynet template (sections, Bilag A-C, C.1-C.5), in our own words. Clean: no finding.",
    "values": "9.1 'uden unødig forsinkelse ... og senest 24 timer' -> 24 (trap: 9.3 the controller's 72 timer). 6.1 general, 6.2 30 days, objection 'uden at angive en begrundelse' -> free, 6.3 flow-down. 7.1/7.2 only on documented instruction, none given -> instruction_only, no transfer tool named -> mechanism null. 10.1 end of services, 10.2 written confirmation. 11.2 ISAE 3000 + inspection on 14 days, processor's costs included in the subscription -> processor. 8.3 assistance covered by the subscription -> assistance_paid false. C.3 logs and backups 30 days.",
    "categories": "No own use, no governing law, no records, no procedure for changing instructions -> absent. Liability not scored (6.4 says the processor remains fully 'ansvarlig' for sub-processors, which a classifier may tag).",
}

LAGER_V2_MAP = {"8.1": "9.1", "8.2": "9.2", "8.3": "9.3", "9.1": "10.1", "10.1": "11.1", "10.2": "11.2",
                "11.1": "12.1", "11.2": "12.2", "12.1": "13.1"}
LAGER_V2_PRESENT = renumber(LAGER_V1_PRESENT, LAGER_V2_MAP)
LAGER_V2_PRESENT["processor_own_use"] = ["8.1"]
LAGER_V2_ATTRS = copy.deepcopy(LAGER_V1_ATTRS)
LAGER_V2_ATTRS["breach_notification"]["deadline_hours"] = 48
LAGER_V2_ATTRS["processor_own_use"]["anonymisation"] = True
LAGER_V2_ATTRS["sub_processors"]["listed"] = LAGER_LISTED_V1 + [
    {"name": "Skyhavn Analytics ApS", "location": "Åboulevarden 22, 8000 Aarhus C, Danmark"}]

# ---- Clinicflow v1 / v2 (pair 2)
CLINIC_V1_PRESENT = {
    "background": ["1.1"],
    "precedence": ["3.1"],
    "scope": ["4.1", "Annex I"],
    "instructions": ["5.1"],
    "security": ["5.3", "Annex II"],
    "confidentiality": ["5.4"],
    "audits": ["5.5"],
    "sub_processors": ["6.1", "6.2", "6.4", "Annex III"],
    "transfers": ["7.1"],
    "data_subject_rights": ["8.1"],
    "controller_assistance": ["8.2"],
    "breach_notification": ["9.1"],
    "deletion_return": ["10.3"],
    "retention": ["Annex I 4|Annex I"],
}
CLINIC_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 36, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Pohjola Datacenter Oy", "location": "Helsinki, Finland"},
                                  {"name": "Viestintä Gateway Oy", "location": "Tampere, Finland"}]},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 20, "cost_bearer": "shared", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 60},
}
CLINIC_NOTES = {
    "purpose": "An Irish physiotherapy practice and its Finnish appointment/patient-notes SaaS, on the structure of the Commission's Art. 28 clauses (Implementing Decision (EU) 2021/915: Sections I-III, Clause N, N.N, (a)), paraphrased. Health data.",
    "values": "9.1 'without undue delay and in any event no later than thirty-six (36) hours' -> 36 (trap 9.3/9.4 'seventy-two (72) hours'). 6.1 general + Annex III, 'thirty (30) days' (v2 'fourteen (14) days'), 'may object without stating reasons' -> free; 6.2 flow-down. 7.1 only on documented instructions, 7.2 none given -> instruction_only, mechanism null. 10.3 deletion at the controller's choice after termination, 'certify' -> confirmation. 5.5 certificate + pen-test summary (report) and on-site inspections on 'twenty (20) days', 'each Party shall bear its own costs' -> shared. Annex I 4 'Application logs are kept for sixty (60) days' -> 60.",
    "categories": "No own use, records, governing law or instruction-change procedure -> absent. costs not scored in v1 (5.5's audit-cost sentence may be tagged costs). Liability not scored (6.4 'fully responsible').",
}
CLINIC_V2_PRESENT = copy.deepcopy(CLINIC_V1_PRESENT)
CLINIC_V2_PRESENT["costs"] = ["8.3"]
CLINIC_V2_ATTRS = copy.deepcopy(CLINIC_V1_ATTRS)
CLINIC_V2_ATTRS["sub_processors"]["notice_days"] = 14
CLINIC_V2_ATTRS["costs"]["assistance_paid"] = True

# ---- Tenantdesk v1 / v2 (pair 3; v1 is also pair 7 A)
TENANT_V1_PRESENT = {
    "background": ["1.1|1.2|1"],
    "scope": ["2.1", "Schedule 1"],
    "instructions": ["2.2", "2.3"],
    "controller_obligations": ["3.1"],
    "confidentiality": ["4.1"],
    "security": ["4.2", "Schedule 2"],
    "retention": ["4.4"],
    "processing_location": ["5.1"],
    "transfers": ["5.2"],
    "sub_processors": ["6.1", "6.2", "6.3", "Schedule 3"],
    "data_subject_rights": ["7.1"],
    "controller_assistance": ["8.1", "8.2"],
    "costs": ["8.3"],
    "records": ["8.4"],
    "breach_notification": ["9.1"],
    "audits": ["10.1", "10.2"],
    "deletion_return": ["11.1", "11.2"],
    "liability": ["12.1"],
    "term_termination": ["13.1"],
    "governing_law": ["13.2"],
}
TENANT_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 72, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Emerald Cloud Hosting Limited", "location": "Dublin, Ireland"},
                                  {"name": "Severn Datacentres Ltd", "location": "Bristol, United Kingdom"},
                                  {"name": "Notifyly SMS Ltd", "location": "Cork, Ireland"}]},
    "transfers": {"mechanism": "adequacy"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "processor", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 90},
}
TENANT_NOTES = {
    "purpose": "An Irish housing association (Customer) and a UK repairs/tenancy portal (Supplier). Plain text, one paragraph per line, blank lines between, headings 'N. CAPITALS', definitions '(a)'-'(g)' under 1.1, schedules with '1.' items, signatures as two lines at the end.",
    "values": "9.1 'within 72 hours' (v2: 'seventy-two (72) hours') -> 72, not over 72. 6.1 general + Schedule 3, 6.2 'thirty (30) days', 'for any reason' -> free; 6.3 flow-down. 5.2 UK adequacy decision -> mechanism adequacy; stance not scored (the UK is named and everything else needs a documented instruction: 'listed' or 'instruction_only' are both defensible). 11.1/11.2 deletion at the end within 30 days, confirmed in writing. 10.1 ISO 27001 + pen-test summary, 10.2 inspection on 'fourteen (14) days' (v2 'forty-five (45) days'), 'Supplier shall bear its own costs' -> processor. 8.3 assistance included in the fees. 4.4 logs 90 days, backups 35 days -> 90 (trap: 11.1's 30 days, 7.1's two Business Days).",
    "processor_own_use": "4.3 prohibits own use 'whether in identifiable, aggregated or anonymised form' -> anonymisation false; the category is in neither list (a prohibition clause may or may not be tagged).",
    "categories": "No precedence clause (the DPA only 'forms part of' the Services Agreement) and no instruction-change procedure -> absent.",
}
TENANT_V2_PRESENT = copy.deepcopy(TENANT_V1_PRESENT)
TENANT_V2_PRESENT["records"] = ["4.5"]
TENANT_V2_ATTRS = copy.deepcopy(TENANT_V1_ATTRS)
TENANT_V2_ATTRS["audits"]["notice_days"] = 45

# ---- Foreningsnettet v1 (no numbers) / v2 (numbered) (pair 4)
FN_V1_PRESENT = {
    "background": ["Aftalens formål"],
    "scope": ["Hvilke oplysninger behandles"],
    "instructions": ["Foreningens instruks"],
    "confidentiality": ["Fortrolighed"],
    "security": ["Sikkerhed"],
    "retention": ["Sikkerhed"],
    "sub_processors": ["Underdatabehandlere"],
    "transfers": ["Overførsel til lande uden for EU"],
    "data_subject_rights": ["Hjælp til foreningen"],
    "controller_assistance": ["Hjælp til foreningen"],
    "breach_notification": ["Brud på sikkerheden"],
    "deletion_return": ["Sletning ved ophør"],
    "audits": ["Kontrol"],
    "term_termination": ["Varighed og ophør"],
    "governing_law": ["Lovvalg"],
}
FN_V1_ATTRS = {
    "breach_notification": {"deadline_hours": None, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 30, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Vestjysk Serverdrift A/S", "location": "Esbjerg, Danmark"},
                                  {"name": "Betalingsbroen A/S", "location": "København, Danmark"}]},
    "transfers": {"stance": "prohibited", "mechanism": None},
    "deletion_return": {"trigger": "on_request", "confirmation": False},
    "audits": {"notice_days": 30, "cost_bearer": "shared", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 60},
}
FN_NOTES = {
    "purpose": "A Danish club-administration SaaS's click-through DPA. v1 (a.html) is the 2025 web page: headings only, NO clause numbers, one paragraph per clause; v2 (b.docx) is the 2026 Word version with '1.' headings and '1.1' clauses. The v1 gold cites headings (textual refs: a paragraph's id is its heading, the next ones 'Heading ¶2', …).",
    "values": "Brud på sikkerheden: only 'uden unødig forsinkelse' in v1 -> null, breach_no_deadline (v2 adds 'senest 36 timer'). Underdatabehandlere: general, two named in the text with towns, 30 days, objection only if 'saglig' and the remedy is to terminate -> restricted (both versions), flow-down. Overførsel: 'overfører ikke oplysninger til lande uden for EU/EØS' -> prohibited. Sletning ved ophør v1: 30-day export, then deletion 'når foreningen anmoder om det' -> on_request, no confirmation (v2: automatic deletion, confirmed by e-mail). Kontrol: ISAE 3000 + inspection on 30 days, each party its own costs -> shared (not restricted: exactly 30). Sikkerhed ¶2: logs and backups 60 days. Assistance included in the subscription.",
    "categories": "No records, no own use, no precedence -> absent. 'Ændringer af aftalen' is about amending the agreement, not changing instructions: instruction_changes not scored. controller_obligations (the third paragraph under 'Hvilke oplysninger behandles') not scored on v1.",
}
FN_V2_PRESENT = {
    "background": ["1.1|Aftalens formål"],
    "scope": ["2.1|2.2"],
    "controller_obligations": ["2.3"],
    "instructions": ["3.1", "3.2"],
    "confidentiality": ["4.1"],
    "security": ["5.1"],
    "retention": ["5.2"],
    "sub_processors": ["6.1", "6.2", "6.3"],
    "transfers": ["7.1"],
    "data_subject_rights": ["8.1"],
    "controller_assistance": ["8.2"],
    "breach_notification": ["9.1"],
    "deletion_return": ["10.1"],
    "audits": ["11.1"],
    "term_termination": ["12.1"],
    "governing_law": ["14.1"],
}
FN_V2_ATTRS = copy.deepcopy(FN_V1_ATTRS)
FN_V2_ATTRS["breach_notification"]["deadline_hours"] = 36
FN_V2_ATTRS["deletion_return"] = {"trigger": "end_of_service", "confirmation": True}

# ---- Belegwerk v1 / v2 (pair 5)
BW_V1_PRESENT = {
    "scope": ["2.1|§ 2 (1)", "2.2|§ 2 (2)"],
    "instructions": ["3.1|§ 3 (1)"],
    "confidentiality": ["4.1|§ 4 (1)|4"],
    "security": ["5.1|§ 5 (1)", "Anlage 1"],
    "sub_processors": ["6.1|§ 6 (1)", "6.2|§ 6 (2)", "6.3|§ 6 (3)", "Anlage 2"],
    "transfers": ["6.4|§ 6 (4)"],
    "audits": ["7.1|§ 7 (1)", "7.2|§ 7 (2)"],
    "breach_notification": ["8.1|§ 8 (1)"],
    "data_subject_rights": ["9.1|§ 9 (1)"],
    "controller_assistance": ["9.2|§ 9 (2)"],
    "deletion_return": ["10.1|§ 10 (1)"],
    "precedence": ["11.2|§ 11 (2)"],
    "governing_law": ["11.3|§ 11 (3)"],
    "retention": ["Anlage 1"],
}
BW_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 28, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Mainhost Rechenzentren AG", "location": "Frankfurt am Main, Deutschland"},
                                  {"name": "Postwerk Digital GmbH", "location": "Leipzig, Deutschland"}]},
    "transfers": {"stance": "instruction_only", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 14, "cost_bearer": "processor", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
BW_NOTES = {
    "purpose": "A Bavarian joinery and its cloud bookkeeping/payroll provider: a German AVV in statute style ('§ 6 Unterauftragsverarbeiter', paragraphs '(1)'), Anlage 1 items 'a)'. § N (k) is clause N.k; the gold also gives '§ N (k)'.",
    "values": "§ 8 (1) 'unverzüglich, spätestens jedoch innerhalb von 48 Stunden' -> 48 (v2: 'ohne schuldhaftes Zögern, in jedem Fall aber binnen 24 Stunden' -> 24; 'ohne schuldhaftes Zögern' is the statutory definition of unverzüglich, so without_undue_delay stays true). Trap: § 8 (4)/(3) the controller's 72 Stunden. § 6 (2) 'vier Wochen' -> 28, 'ohne Angabe von Gründen' -> free; § 6 (3) flow-down. § 6 (4) no processing outside the EU/EEA without prior documented instruction -> instruction_only, mechanism null. § 7 (2) inspection on 'zwei Wochen' (14); v1 processor bears its own costs -> processor. § 10 deletion after the end at the controller's choice, written confirmation (trap: § 147 AO retention). Anlage 1 d) backups 30 Tage. § 9 (3) assistance free.",
    "categories": "No own use, no records -> absent. liability not scored (§ 6 (3) 'Er haftet … für die Einhaltung dieser Pflichten'). term_termination not scored (§ 1 (2) ties the term to the main contract).",
}
BW_V2_PRESENT = copy.deepcopy(BW_V1_PRESENT)
BW_V2_PRESENT["sub_processors"] = ["6.1|§ 6 (1)", "6.2|§ 6 (2)", "6.3|§ 6 (3)"]
BW_V2_ATTRS = copy.deepcopy(BW_V1_ATTRS)
BW_V2_ATTRS["breach_notification"]["deadline_hours"] = 24
BW_V2_ATTRS["sub_processors"]["listed"] = None
BW_V2_ATTRS["audits"]["cost_bearer"] = "controller"
del BW_V2_ATTRS["costs"]

# ---- Tandvårdsjournal v1 / v2 (pair 6)
TV_V1_PRESENT = {
    "parties_contacts": ["1.1"],
    "precedence": ["1.2"],
    "instructions": ["3.1", "3.2"],
    "controller_obligations": ["3.3"],
    "confidentiality": ["4.1"],
    "security": ["5.1"],
    "sub_processors": ["6.1", "6.2", "6.3", "Bilaga 2"],
    "transfers": ["7.1"],
    "data_subject_rights": ["8.1"],
    "controller_assistance": ["8.2"],
    "breach_notification": ["9.1"],
    "audits": ["11.1", "11.2"],
    "deletion_return": ["12.1", "12.2"],
    "term_termination": ["13.1"],
    "governing_law": ["14.1"],
    "scope": ["Bilaga 1"],
    "retention": ["Bilaga 1 1.4|Bilaga 1"],
    "processing_location": ["Bilaga 1 1.5|Bilaga 1"],
}
TV_V1_ATTRS = {
    "breach_notification": {"deadline_hours": 24, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 45, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Västkustens Datacenter AB", "location": "Göteborg, Sverige"},
                                  {"name": "Kallelsetjänst Sverige AB", "location": "Jönköping, Sverige"}]},
    "transfers": {"stance": "prohibited", "mechanism": None},
    "deletion_return": {"trigger": "end_of_service", "confirmation": True},
    "audits": {"notice_days": 15, "cost_bearer": "processor", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": False},
    "processor_own_use": {"anonymisation": False},
    "retention": {"days": 30},
}
TV_NOTES = {
    "purpose": "A Swedish public dental clinic company and its dental-records SaaS: personuppgiftsbiträdesavtal with sections 1-14, Bilaga 1 (instruction, items 1.1-1.5) and Bilaga 2 (table of underbiträden). Bilaga items are 'Bilaga 1 1.4'.",
    "values": "9.1 'utan onödigt dröjsmål och senast inom 24 timmar' -> 24 (trap 9.2: 72 timmar). 6.2 '45 dagar', 'utan att ange skäl' -> free; 6.3 flow-down. v1 7.1/7.2 no transfer and no access from outside the EU/EEA -> prohibited. v2: 7.1 transfers only to the sub-processors in Bilaga 2, 7.2 approves access by Brightdesk Support Inc., Austin, Texas, USA; no transfer tool named anywhere -> listed, mechanism null, transfer_without_mechanism. Granskning: ISAE 3402 + inspection on 15 days, processor its own costs. Radering within 60 days after the end, confirmed (trap for retention). Bilaga 1 1.4 access logs 30 days (v2 90).",
    "categories": "No own use, no records -> absent. Section 10 'Försäkring' (v1 only, liability insurance) is not scored as liability.",
}
TV_V2_PRESENT = renumber(TV_V1_PRESENT, {"11.1": "10.1", "11.2": "10.2", "12.1": "11.1", "12.2": "11.2",
                                         "13.1": "12.1", "14.1": "13.1"})
TV_V2_PRESENT["transfers"] = ["7.1", "7.2"]
TV_V2_ATTRS = copy.deepcopy(TV_V1_ATTRS)
TV_V2_ATTRS["transfers"] = {"stance": "listed", "mechanism": None}
TV_V2_ATTRS["retention"]["days"] = 90
TV_V2_ATTRS["sub_processors"]["listed"] = TV_V1_ATTRS["sub_processors"]["listed"] + [
    {"name": "Brightdesk Support Inc.", "location": "Austin, Texas, USA"}]

# ---- Fixpoint (pair 7 B)
FIX_PRESENT = {
    "scope": ["1.2", "Annex 1"],
    "instructions": ["2.1"],
    "confidentiality": ["3.1"],
    "security": ["4.1", "Annex 2"],
    "retention": ["4.2"],
    "sub_processors": ["5.1", "5.2", "5.3", "5.4", "Annex 3"],
    "transfers": ["6.1"],
    "data_subject_rights": ["7.1"],
    "controller_assistance": ["7.2"],
    "costs": ["7.3"],
    "breach_notification": ["8.1"],
    "audits": ["9.1", "9.2"],
    "deletion_return": ["10.1"],
    "processor_own_use": ["11.1"],
    "precedence": ["12.1"],
    "governing_law": ["12.2"],
}
FIX_ATTRS = {
    "breach_notification": {"deadline_hours": None, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 10, "objection_right": "restricted", "flow_down": True,
                       "listed": [{"name": "Rheinwolke Hosting GmbH", "location": "Frankfurt, Germany"},
                                  {"name": "Pinewire Messaging Inc.", "location": "Denver, Colorado, USA"},
                                  {"name": "Tessellate Support Pvt Ltd", "location": "Pune, India"}]},
    "transfers": {"stance": "listed", "mechanism": "scc"},
    "deletion_return": {"trigger": "end_of_service", "confirmation": False},
    "audits": {"notice_days": 30, "cost_bearer": "controller"},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": True},
}
FIX_REQUIRED = [{"id": "processor_anonymisation_reuse", "clause": "11.1|11"},
                {"id": "assistance_paid", "clause": "7.3|9.2"},
                {"id": "breach_no_deadline", "clause": "8.1|8"},
                {"id": "sub_processor_objection_restricted", "clause": "5.3"},
                {"id": "audit_restricted", "clause": "9.2"}]
FIX_NOTES = {
    "purpose": "A UK field-service / repairs SaaS vendor's own click-through DPA (version 3.4), printed by wkhtmltopdf (no page furniture). Compared in pair 7 with the DPA the housing association signed with its previous supplier (Tenantdesk).",
    "values": "8.1 only 'without undue delay' -> null, breach_no_deadline. 5.1 general + Annex 3 (three named entities with towns: Germany, USA, India), 5.2 'ten (10) days', 5.3 objection 'only on reasonable grounds', 'sole remedy is to terminate' -> restricted; 5.4 'no less protective' terms -> flow_down true. 6.1 transfers to the countries of the listed sub-processors on SCCs 2021/914 -> listed, scc. 9.2 audit on 'thirty (30) days' at Customer's cost incl. Fixpoint's time -> controller, audit_restricted (and assistance_paid by the set's convention; 7.3 is the main ground). 10.1 deletion within 180 days after termination under the vendor's schedule, no confirmation -> end_of_service, false. 11.1 aggregated and anonymised data for its own purposes -> processor_anonymisation_reuse. 4.2 logs 'twelve (12) months' -> retention.days 365 (or 360): left out of the gold, only the verdict against Tenantdesk's 90 is scored. audits.form left out (9.2 'conduct an audit' does not say inspection).",
    "categories": "No records clause -> absent. No DPA term clause as such (10.1 is about deletion): term_termination not scored. liability not scored (5.4 'remains responsible').",
}

# ---- Ruteplan (pair 8 A)
RUTE_PRESENT = {
    "scope": ["1.1|1.2|1.3"],
    "controller_obligations": ["1.4"],
    "instructions": ["2.1", "2.2"],
    "instruction_changes": ["2.2"],
    "confidentiality": ["3.1"],
    "security": ["3.2", "Bilag 2"],
    "retention": ["3.3"],
    "sub_processors": ["4.1", "4.2", "4.3", "Bilag 1"],
    "transfers": ["5.1"],
    "processor_own_use": ["6.1"],
    "data_subject_rights": ["7.1"],
    "controller_assistance": ["7.1"],
    "costs": ["7.2"],
    "breach_notification": ["8.1"],
    "audits": ["9.1", "9.2"],
    "deletion_return": ["10.1"],
    "liability": ["11.1"],
    "term_termination": ["12.1"],
    "governing_law": ["13.1"],
}
RUTE_ATTRS = {
    "breach_notification": {"deadline_hours": 48, "without_undue_delay": True},
    "sub_processors": {"authorisation": "general", "notice_days": 14, "objection_right": "free", "flow_down": True,
                       "listed": [{"name": "Fynsky Hosting A/S", "location": "Odense, Danmark"},
                                  {"name": "Mapwise Routing Ltd", "location": "Dublin, Irland"},
                                  {"name": "Signalbird Inc.", "location": "Seattle, USA"}]},
    "transfers": {"stance": "general_authorisation", "mechanism": "scc"},
    "deletion_return": {"trigger": "on_request", "confirmation": False},
    "audits": {"notice_days": 30, "cost_bearer": "controller", "form": ["report", "inspection"]},
    "costs": {"assistance_paid": True},
    "processor_own_use": {"anonymisation": True},
    "retention": {"days": 180},
}
RUTE_REQUIRED = [{"id": "processor_anonymisation_reuse", "clause": "6.1|6"},
                 {"id": "transfer_general_authorisation", "clause": "5.1|5"},
                 {"id": "assistance_paid", "clause": "7.2|9.2"},
                 {"id": "deletion_on_request_only", "clause": "10.1|10"},
                 {"id": "audit_restricted", "clause": "9.2"}]
RUTE_NOTES = {
    "purpose": "A Danish route-planning SaaS vendor's standard DPA (version 2026.1), python-docx with typed numbers. Compared in pair 8 with the DPA the customer signed with its warehouse-system supplier (Lagerlinjen v1), used as the customer's benchmark.",
    "values": "8.1 'senest 48 timer' -> 48. 4.1 general + Bilag 1 (three named entities incl. Seattle, USA), 4.2 '14 dages varsel', objection 'uden begrundelse' -> free, 4.3 flow-down. 5.1 transfers to any country outside the EU/EEA where the processor or sub-processors have operations or support, on SCCs -> general_authorisation, scc (transfer_without_mechanism forbidden). 6.1 anonymise and use for own purposes incl. training route models -> processor_anonymisation_reuse. 7.2 assistance billed at 1.100 kr. per hour -> assistance_paid. 9.2 inspection on 30 days (not over 30) but the controller pays the processor's time -> controller, audit_restricted. 10.1 deletion only 'når den dataansvarlige skriftligt anmoder om det', data kept until then -> on_request, no confirmation. 3.3 GPS positions and logs 180 days.",
    "categories": "No records, no precedence -> absent. 2.2 also says changes of instructions are agreed in writing and may be billed when they go beyond the standard set-up: instruction_changes present; that fee is for CHANGED instructions, not for Art. 28(3)(e)-(h) assistance, so it is not the ground of assistance_paid (7.2 is). Liability 11.1-11.2 (cap, not for Art. 82 claims).",
}

CLEAN_NOTE = "Clean document: every finding id is forbidden."


# ====================================================================== pairs
def write(pair, name, obj):
    with open(os.path.join(SET, pair, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    # ---------------------------------------------------------------- 1
    pair = "da-lagerstyring-indsat-afsnit"
    write(pair, "a.json", analysis("a.pdf", "da", LAGER_V1_PRESENT,
                                   ["processor_own_use", "governing_law", "records", "instruction_changes"],
                                   LAGER_V1_ATTRS, [], dict(LAGER_V1_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.docx", "da", LAGER_V2_PRESENT, ["governing_law", "records", "instruction_changes"],
                                   LAGER_V2_ATTRS, [{"id": "processor_anonymisation_reuse", "clause": "8.1|8"}],
                                   dict(LAGER_V1_NOTES, v2="Version 2.0 inserts section 8 'Databehandlerens brug af anonymiserede data' (8.1: anonymise and use for own purposes incl. product development and sector statistics -> processor_anonymisation_reuse), so old 8-13 are 9-14; 10.1 breach 'senest 48 timer'; Bilag B gains a third row (Skyhavn Analytics ApS, Aarhus)."),
                                   ))
    write(pair, "gold.json", {
        "a": "a.pdf", "b": "b.docx", "kind": "versions",
        "clauses_changed": ["10.1", "10.3", "13.2", "Bilag B", "C.5|Bilag C.5|Bilag C C.5"],
        "clauses_added": ["8.1", "8.2"],
        "clauses_removed": [],
        "clauses_renumbered": {"8.1": "9.1", "8.2": "9.2", "8.3": "9.3", "9.2": "10.2", "10.1": "11.1",
                               "10.2": "11.2", "11.1": "12.1", "11.2": "12.2", "12.1": "13.1", "13.1": "14.1"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3",
                              "6.4", "7.1", "7.2", "A.1|Bilag A.1|Bilag A A.1", "A.2|Bilag A.2|Bilag A A.2",
                              "A.3|Bilag A.3|Bilag A A.3", "A.4|Bilag A.4|Bilag A A.4", "C.1|Bilag C.1|Bilag C C.1",
                              "C.2|Bilag C.2|Bilag C C.2", "C.3|Bilag C.3|Bilag C C.3", "C.4|Bilag C.4|Bilag C C.4"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "processor_own_use.anonymisation": "a_stricter",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "deletion_return.trigger": "same",
                     "audits.notice_days": "same",
                     "retention.days": "same"},
        "presence": {"processor_own_use": "only_b", "breach_notification": "both", "governing_law": "neither"},
        "conflicts": ["breach_notification", "processor_own_use"],
        "findings_b_only": ["processor_anonymisation_reuse"],
        "findings_a_only": [],
        "b_attributes": {"breach_notification": {"deadline_hours": 48}, "processor_own_use": {"anonymisation": True},
                         "sub_processors": {"listed": LAGER_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Lawyer's redline of a Danish DPA, v1 (Chromium PDF, header 'version 1.0 · marts 2026', 'Side N af M') against the supplier's v2 (python-docx, header 'version 2.0 – september 2026'): the headers differ and must not count as changes. v2 INSERTS a whole section 8 (anonymised data for the processor's own purposes), so every clause of old sections 8-13 moves up by one. Old 8.1-8.3, 9.2, 10.1-10.2, 11.1-11.2, 12.1 and 13.1 keep their text exactly (renumbered_unchanged_text). Three clauses moved AND changed only because a cross-reference was updated to the new numbering: 9.3 -> 10.3 ('efter punkt 8.2' -> 'punkt 9.2'), 12.2 -> 13.2 ('Punkt 10 og 11' -> 'Punkt 11 og 12') and Bilag C.5 ('jf. punkt 11.2' -> 'punkt 12.2'); the substance is unchanged, but the words differ, so they are 'changed' (a redline shows the new numbers) and kept out of clauses_unchanged; a tool that reports them as renumbered is not wrong in substance, which is why they are listed by their B ids only. Old 9.1 -> 10.1: 24 -> 48 timer (changed). Bilag B: one table row added (Skyhavn Analytics ApS) -> the annex is changed, not a new clause. Added: 8.1 and 8.2 (and the heading 8). Verdicts: 24 h is stricter than 48 h; anonymisation false (A, default) is stricter than true (B). No finding is A-only."})

    # ---------------------------------------------------------------- 2
    pair = "en-clinicflow-opdelt-og-betalt"
    write(pair, "a.json", analysis("a.docx", "en", CLINIC_V1_PRESENT,
                                   ["processor_own_use", "records", "governing_law", "instruction_changes"],
                                   CLINIC_V1_ATTRS, [], dict(CLINIC_NOTES, findings=CLEAN_NOTE,
                                                             docx="LibreOffice-saved DOCX with real Word list numbering: 'Clause %1' on Heading 1, '%1.%2' on body paragraphs, '(%3)' items; no number typed. Annex items are typed '1.' with a tab.")))
    write(pair, "b.json", analysis("b.pdf", "en", CLINIC_V2_PRESENT,
                                   ["processor_own_use", "records", "governing_law", "instruction_changes"],
                                   CLINIC_V2_ATTRS, [{"id": "assistance_paid", "clause": "8.3"}],
                                   dict(CLINIC_NOTES, v2="Draft 2 (LibreOffice PDF export of a python-docx file with typed numbers and 'Clause N – Heading' headings): 6.1 'fourteen (14) days'; new 8.3 assistance under Clauses 8 and 9 charged at hourly rates (EUR 140) -> assistance_paid; 9.1 split into 9.1 (deadline) and 9.2 (content), old 9.2/9.3 are 9.3/9.4; typo 'the the' fixed in 10.1.")))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.pdf", "kind": "versions",
        "clauses_changed": ["6.1"],
        "clauses_added": ["8.3"],
        "clauses_removed": [],
        "clauses_renumbered": {"9.2": "9.3", "9.3": "9.4"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1", "1.2", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2", "5.3", "5.4", "5.5", "6.2",
                              "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "10.2", "10.3", "Annex II", "Annex III"],
        "verdicts": {"sub_processors.notice_days": "a_stricter",
                     "costs.assistance_paid": "a_stricter",
                     "breach_notification.deadline_hours": "same",
                     "sub_processors.objection_right": "same",
                     "sub_processors.flow_down": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "retention.days": "same"},
        "presence": {"processor_own_use": "neither", "transfers": "both", "breach_notification": "both"},
        "conflicts": ["sub_processors", "costs"],
        "findings_b_only": ["assistance_paid"],
        "findings_a_only": [],
        "b_attributes": {"sub_processors": {"notice_days": 14}, "costs": {"assistance_paid": True},
                         "breach_notification": {"deadline_hours": 36}},
        "notes": "Execution copy (a.docx: LibreOffice-saved, Word list numbering, numbers exist only in numbering.xml) against the processor's Draft 2 (b.pdf: LibreOffice PDF export, typed numbers, different header 'Draft 2 (Processor's comments …)'). Changes: 6.1 notice 'thirty (30)' -> 'fourteen (14)' days (A stricter); new 8.3 paid assistance (added; costs.assistance_paid A stricter, assistance_paid B-only); 9.1 SPLIT into 9.1 (deadline sentence) and 9.2 (content sentence): the schema aligns it as two 'split' rows, so it is in no gold list; old 9.2 and 9.3 move to 9.3 and 9.4 with identical text (renumbered). 10.1: only the typo 'the the' -> 'the' was fixed; whether a tool shows that as changed or unchanged is left open, so 10.1 is in no list. Annex I is unchanged too but left out because its items ('Annex I 1' …) may be split differently by different readers; Annex II/III are unchanged. The breach deadline (36 h) is the same in both versions although its sentence moved."})

    # ---------------------------------------------------------------- 3
    pair = "en-tenantdesk-flyttet-klausul"
    tenant_abs = ["precedence", "instruction_changes"]
    write(pair, "a.json", analysis("a.txt", "en", TENANT_V1_PRESENT, tenant_abs, TENANT_V1_ATTRS, [],
                                   dict(TENANT_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.md", "en", TENANT_V2_PRESENT, tenant_abs, TENANT_V2_ATTRS,
                                   [{"id": "audit_restricted", "clause": "10.2"}],
                                   dict(TENANT_NOTES, v2="Markdown v2: definitions re-ordered alphabetically (letters follow the new order), 8.4 (records) moved to 4.5, a sentence added at the end of 6.2, '72 hours' written 'seventy-two (72) hours' in 9.1, audit notice 'forty-five (45) days' in 10.2 -> more than 30 -> audit_restricted.")))
    write(pair, "gold.json", {
        "a": "a.txt", "b": "b.md", "kind": "versions",
        "clauses_changed": ["6.2", "9.1", "10.2"],
        "clauses_added": [],
        "clauses_removed": [],
        "clauses_renumbered": {"8.4": "4.5"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.2", "2.1", "2.2", "2.3", "3.1", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "6.1",
                              "6.3", "7.1", "8.1", "8.2", "8.3", "9.2", "10.1", "11.1", "11.2", "12.1", "13.1",
                              "13.2", "Schedule 1", "Schedule 2", "Schedule 3"],
        "verdicts": {"audits.notice_days": "a_stricter",
                     "breach_notification.deadline_hours": "same",
                     "breach_notification.without_undue_delay": "same",
                     "retention.days": "same",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "audits.cost_bearer": "same",
                     "transfers.mechanism": "same"},
        "presence": {"records": "both", "audits": "both"},
        "conflicts": ["audits"],
        "findings_b_only": ["audit_restricted"],
        "findings_a_only": [],
        "b_attributes": {"audits": {"notice_days": 45}, "breach_notification": {"deadline_hours": 72}},
        "notes": "The customer's signed text (a.txt, plain text) against the supplier's marked-up proposal saved as Markdown (b.md). MOVED: 8.4 (record of processing activities, under 'Assistance') becomes 4.5 under 'Supplier's obligations' with identical text -> renumbered/moved, not removed + added. Changed: 6.2 (a sentence added at the end of a long clause: status page), 9.1 ('72 hours' -> 'seventy-two (72) hours': the words changed, so the clause is 'changed', but the value is the same -> verdict same), 10.2 (audit notice 14 -> 45 days: A stricter, audit_restricted B-only). The definitions in 1.1 were RE-ORDERED alphabetically: the items (a)-(g) keep their texts (only the final ';'/'.' moved with the last item) but get new letters, e.g. A 1.1(a) 'Data Protection Law' is B 1.1(c); a good aligner pairs them as renumbered, but because a tool may keep the items inside 1.1, no definition ref is in the gold. 1.1's own sentence is unchanged. Markdown headings ('## 6. SUB-PROCESSORS', '# Data Processing Agreement' for the all-caps title) and '**Signed for Customer:**' are formatting, not changes; the signature lines are left out of the lists."})

    # ---------------------------------------------------------------- 4
    pair = "da-foreningsnettet-uden-numre"
    fn_abs = ["records", "processor_own_use", "precedence"]
    write(pair, "a.json", analysis("a.html", "da", FN_V1_PRESENT, fn_abs, FN_V1_ATTRS,
                                   [{"id": "breach_no_deadline", "clause": "Brud på sikkerheden"},
                                    {"id": "deletion_on_request_only", "clause": "Sletning ved ophør"},
                                    {"id": "sub_processor_objection_restricted", "clause": "Underdatabehandlere"}],
                                   FN_NOTES))
    write(pair, "b.json", analysis("b.docx", "da", FN_V2_PRESENT, fn_abs, FN_V2_ATTRS,
                                   [{"id": "sub_processor_objection_restricted", "clause": "6.2|6"}], FN_NOTES))
    write(pair, "gold.json", {
        "a": "a.html", "b": "b.docx", "kind": "versions",
        "clauses_changed": ["Brud på sikkerheden|9.1", "Sletning ved ophør|10.1"],
        "clauses_added": [],
        "clauses_removed": [],
        "clauses_unchanged": ["Aftalens formål|1.1", "Fortrolighed|4.1", "Overførsel til lande uden for EU|7.1",
                              "Kontrol|11.1", "Varighed og ophør|12.1", "Ændringer af aftalen|13.1", "Lovvalg|14.1"],
        "verdicts": {"breach_notification.deadline_hours": "b_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "deletion_return.trigger": "b_stricter",
                     "deletion_return.confirmation": "b_stricter",
                     "sub_processors.objection_right": "same",
                     "sub_processors.notice_days": "same",
                     "transfers.stance": "same",
                     "audits.cost_bearer": "same",
                     "retention.days": "same"},
        "presence": {"breach_notification": "both", "deletion_return": "both", "records": "neither"},
        "conflicts": ["breach_notification", "deletion_return"],
        "findings_a_only": ["breach_no_deadline", "deletion_on_request_only"],
        "findings_b_only": [],
        "findings_b_required": ["sub_processor_objection_restricted"],
        "b_attributes": {"breach_notification": {"deadline_hours": 36, "without_undue_delay": True},
                         "deletion_return": {"trigger": "end_of_service", "confirmation": True}},
        "notes": "v1 is the vendor's web page (a.html) with NO clause numbers, headings only; v2 is the Word version (b.docx) with '1.'-'14.' headings and typed '1.1' clauses. Refs are 'Heading|N.N': the A side of a row is found by its heading (textual ref, a heading matches as whole words), the B side by its number. Every clause except two has the same text in both versions; only the numbers were added, so those rows are unchanged/renumbered. Changed: 'Brud på sikkerheden' / 9.1 adds 'og senest 36 timer efter …' (B stricter; breach_no_deadline A-only) and 'Sletning ved ophør' / 10.1 replaces deletion on request by automatic deletion with e-mail confirmation (B stricter on trigger and confirmation; deletion_on_request_only A-only). Trivial edit kept out of the lists: 'Sikkerhed' second paragraph / 5.2 'der efter' -> 'derefter' (a typo). The web page's site header, navigation and footer lines ('Senest opdateret …', the address line 'Foreningsnettet ApS · Dalgasgade 31 …') are page furniture that the Word version does not carry; a tool may show the address line as removed, so no removed clause is asserted. The objection right is restricted in both versions ('Er indsigelsen saglig …' + termination), so sub_processor_objection_restricted is reported for both (findings_b_required) and is neither A-only nor B-only."})

    # ---------------------------------------------------------------- 5
    pair = "de-belegwerk-anlage-entfernt"
    bw_abs = ["processor_own_use", "records"]
    write(pair, "a.json", analysis("a.pdf", "de", BW_V1_PRESENT, bw_abs, BW_V1_ATTRS, [], dict(BW_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.pdf", "de", BW_V2_PRESENT, bw_abs, BW_V2_ATTRS,
                                   [{"id": "sub_processor_list_missing", "clause": "6.1|§ 6 (1)|6"},
                                    {"id": "audit_restricted", "clause": "7.2|§ 7 (2)|7"}],
                                   dict(BW_NOTES, v2="Stand Juni 2026 (Chromium PDF): § 6 (1) sub-processors named only 'auf Anfrage' and Anlage 2 deleted -> general authorisation without a list, listed null, sub_processor_list_missing; § 7 heading 'Nachweise und Kontrollen', § 7 (2) the controller reimburses the processor's effort at hourly rates -> controller, audit_restricted; § 8 (1) 24 hours; § 8 (2)+(3) merged into (2), old (4) is (3). costs.assistance_paid and the assistance_paid finding are NOT scored on v2: § 9 (3) keeps assistance free, but the set's convention (blind-10) also counts billed audits as paid assistance, so either answer is defensible."),
                                   unsure=("assistance_paid",)))
    write(pair, "gold.json", {
        "a": "a.pdf", "b": "b.pdf", "kind": "versions",
        "clauses_changed": ["6.1|§ 6 (1)", "7.2|§ 7 (2)", "8.1|§ 8 (1)"],
        "clauses_added": [],
        "clauses_removed": ["Anlage 2"],
        "clauses_renumbered": {"8.4|§ 8 (4)": "8.3|§ 8 (3)"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1|§ 1 (1)", "1.2|§ 1 (2)", "2.1|§ 2 (1)", "2.2|§ 2 (2)", "2.3|§ 2 (3)",
                              "3.1|§ 3 (1)", "3.2|§ 3 (2)", "4.1|§ 4 (1)", "5.1|§ 5 (1)", "5.2|§ 5 (2)",
                              "6.2|§ 6 (2)", "6.3|§ 6 (3)", "6.4|§ 6 (4)", "9.1|§ 9 (1)", "9.2|§ 9 (2)",
                              "9.3|§ 9 (3)", "10.1|§ 10 (1)", "10.2|§ 10 (2)", "11.1|§ 11 (1)", "11.2|§ 11 (2)",
                              "11.3|§ 11 (3)"],
        "verdicts": {"breach_notification.deadline_hours": "b_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "audits.cost_bearer": "a_stricter",
                     "audits.notice_days": "same",
                     "sub_processors.listed": "differs",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "deletion_return.trigger": "same",
                     "retention.days": "same"},
        "presence": {"sub_processors": "both", "audits": "both", "processor_own_use": "neither"},
        "conflicts": ["breach_notification", "audits"],
        "findings_b_only": ["sub_processor_list_missing", "audit_restricted"],
        "findings_a_only": [],
        "b_attributes": {"breach_notification": {"deadline_hours": 24}, "audits": {"cost_bearer": "controller"},
                         "sub_processors": {"listed": None}},
        "notes": "German AVV in § style: v1 reportlab PDF (header 'Stand: Januar 2026', 'Seite N von M' on the canvas) against v2 Chromium PDF (header 'Stand: Juni 2026'); the page furniture differs and is no change. REMOVED ANNEX: Anlage 2 (table of sub-processors) is gone and § 6 (1) now names sub-processors only on request (changed; listed differs; sub_processor_list_missing B-only). CHANGED HEADING: § 7 'Kontrollrechte des Verantwortlichen' -> 'Nachweise und Kontrollen'; § 7 (1) keeps its text, but whether a tool counts a new heading as a change of the clause under it is open, so § 7 (1) is in no list. § 7 (2): the processor no longer bears its own audit costs, the controller reimburses them (A stricter on cost_bearer, audit_restricted B-only). § 8 (1): deadline TIGHTENED 48 -> 24 hours while the sentence around it was rewritten ('unverzüglich, spätestens jedoch innerhalb von 48 Stunden, nachdem sie ihm bekannt geworden ist' -> 'Wird … bekannt, unterrichtet er … ohne schuldhaftes Zögern, in jedem Fall aber binnen 24 Stunden ab Kenntnis, telefonisch und in Textform'): B stricter; a tool must still align the rewritten sentence with its old version. MERGED: § 8 (2) and (3) become one § 8 (2) (two 'merged' rows; in no list); § 8 (4) becomes § 8 (3) with the same text (renumbered). Anlage 1 is unchanged but only its items ('a)'…) carry text, so it is left out of clauses_unchanged. assistance_paid is not compared (see b.json notes)."})

    # ---------------------------------------------------------------- 6
    pair = "sv-tandvardsjournal-avsnitt-struket"
    tv_abs = ["processor_own_use", "records"]
    write(pair, "a.json", analysis("a.docx", "sv", TV_V1_PRESENT, tv_abs, TV_V1_ATTRS, [], dict(TV_NOTES, findings=CLEAN_NOTE)))
    write(pair, "b.json", analysis("b.pdf", "sv", TV_V2_PRESENT, tv_abs, TV_V2_ATTRS,
                                   [{"id": "transfer_without_mechanism", "clause": "7.2|7.1|7"}], TV_NOTES))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.pdf", "kind": "versions",
        "clauses_changed": ["7.1", "7.2", "Bilaga 1 1.4|Bilaga 1", "Bilaga 2"],
        "clauses_added": [],
        "clauses_removed": ["10.1|10"],
        "clauses_renumbered": {"11.1": "10.1", "11.2": "10.2", "12.1": "11.1", "12.2": "11.2", "13.1": "12.1",
                               "14.1": "13.1"},
        "renumbered_unchanged_text": True,
        "clauses_unchanged": ["1.1", "1.2", "2.1", "3.1", "3.2", "3.3", "4.1", "5.1", "6.1", "6.2", "6.3", "8.1",
                              "8.2", "9.1", "9.2", "Bilaga 1 1.1", "Bilaga 1 1.2", "Bilaga 1 1.3", "Bilaga 1 1.5"],
        "verdicts": {"transfers.stance": "a_stricter",
                     "retention.days": "a_stricter",
                     "sub_processors.listed": "differs",
                     "breach_notification.deadline_hours": "same",
                     "sub_processors.notice_days": "same",
                     "sub_processors.objection_right": "same",
                     "audits.notice_days": "same",
                     "audits.cost_bearer": "same",
                     "deletion_return.trigger": "same"},
        "presence": {"transfers": "both", "retention": "both", "processor_own_use": "neither"},
        "conflicts": ["transfers", "retention"],
        "findings_b_only": ["transfer_without_mechanism"],
        "findings_a_only": [],
        "b_attributes": {"transfers": {"stance": "listed", "mechanism": None}, "retention": {"days": 90},
                         "sub_processors": {"listed": TV_V2_ATTRS["sub_processors"]["listed"]}},
        "notes": "Swedish PUB-avtal: v1 python-docx (footer 'Sida N av M', header 'PUB-avtal v1.0') against v1.1 as a LibreOffice PDF (header 'v1.1 (reviderad)'). A whole SECTION DELETED: 10 'Försäkring' (10.1, liability insurance) is removed, so 11-14 become 10-13 with unchanged text (renumbered; note that B's 10.1 is A's 11.1, so a tool must not align A 10.1 with B 10.1 by number). Transfers opened: 7.1 and 7.2 rewritten (no transfers at all -> transfers to the sub-processors in Bilaga 2, and access by a US support company, with no transfer tool): A stricter, transfer_without_mechanism B-only. Bilaga 2 gains one row (a changed annex, not a new clause). Bilaga 1 1.4 log retention 30 -> 90 days (A stricter). Bilaga 1 items are cited 'Bilaga 1 1.4' (not '1.4', which is a different clause id)."})

    # ---------------------------------------------------------------- 7
    pair = "en-fixpoint-vs-standard"
    write(pair, "a.json", analysis("a.html", "en", TENANT_V1_PRESENT, tenant_abs, TENANT_V1_ATTRS, [],
                                   dict(TENANT_NOTES, findings=CLEAN_NOTE,
                                        html="The Tenantdesk v1 text of pair 3 published on the customer's intranet: <h2> headings, one <p> per paragraph, site nav and footer.")))
    write(pair, "b.json", analysis("b.pdf", "en", FIX_PRESENT, ["records"], FIX_ATTRS, FIX_REQUIRED, FIX_NOTES))
    write(pair, "gold.json", {
        "a": "a.html", "b": "b.pdf", "kind": "agreements",
        "conflicts": ["breach_notification", "sub_processors", "audits", "costs", "processor_own_use",
                      "deletion_return", "retention"],
        "verdicts": {"breach_notification.deadline_hours": "a_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "sub_processors.authorisation": "same",
                     "sub_processors.notice_days": "a_stricter",
                     "sub_processors.objection_right": "a_stricter",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "transfers.mechanism": "differs",
                     "deletion_return.trigger": "same",
                     "deletion_return.confirmation": "a_stricter",
                     "audits.notice_days": "a_stricter",
                     "audits.cost_bearer": "a_stricter",
                     "costs.assistance_paid": "a_stricter",
                     "processor_own_use.anonymisation": "a_stricter",
                     "retention.days": "a_stricter"},
        "presence": {"records": "only_a", "precedence": "only_b", "governing_law": "both",
                     "breach_notification": "both", "sub_processors": "both"},
        "findings_b_only": ["processor_anonymisation_reuse", "assistance_paid", "breach_no_deadline",
                            "sub_processor_objection_restricted", "audit_restricted"],
        "findings_a_only": [],
        "b_attributes": FIX_ATTRS,
        "notes": "Procurement: the housing association's own signed DPA with its previous supplier (A, the Tenantdesk text of pair 3 as an intranet HTML page) used as the standard, against a new supplier's click-through DPA (B, wkhtmltopdf PDF). A is stricter on everything ordered: 72 h vs no hour limit (null is least strict), 30 vs 10 days' notice, free vs restricted objection, confirmation of deletion vs none, audit notice 14 vs 30 days (fewer is stricter), processor vs controller paying for audits, free vs paid assistance, no own use (A 4.3 prohibits it) vs anonymised own use, retention 90 days vs twelve months. transfers.stance is not compared (A's stance is 'listed' or 'instruction_only', see a.json; B is 'listed'); mechanisms differ (adequacy for the UK vs SCCs). Presence: records only in A (8.4), a precedence rule only in B (12.1). processor_own_use presence is not asserted: A's 4.3 is a prohibition, which a classifier may or may not tag, but the attribute verdict (false vs true) and the conflict are certain. Liability presence is not asserted (B 5.4 'remains responsible' may be tagged). B's retention.days (12 months = 365 or 360) is not in b_attributes."})

    # ---------------------------------------------------------------- 8
    pair = "da-ruteplan-vs-standard"
    write(pair, "a.json", analysis("a.docx", "da", RUTE_PRESENT, ["records", "precedence"], RUTE_ATTRS, RUTE_REQUIRED,
                                   RUTE_NOTES))
    write(pair, "b.json", analysis("b.txt", "da", LAGER_V1_PRESENT,
                                   ["processor_own_use", "governing_law", "records", "instruction_changes"],
                                   LAGER_V1_ATTRS, [],
                                   dict(LAGER_V1_NOTES, findings=CLEAN_NOTE,
                                        txt="The Lagerlinjen v1 text of pair 1 saved as plain text: one paragraph per line, blank lines between, annex headings in capitals ('BILAG B UNDERDATABEHANDLERE'), the sub-processor table as lines 'Name - CVR - address - description', signatures as lines of four-space-separated columns.")))
    write(pair, "gold.json", {
        "a": "a.docx", "b": "b.txt", "kind": "agreements",
        "conflicts": ["processor_own_use", "transfers", "breach_notification", "deletion_return", "retention",
                      "sub_processors", "audits", "costs"],
        "verdicts": {"processor_own_use.anonymisation": "b_stricter",
                     "transfers.stance": "b_stricter",
                     "transfers.mechanism": "differs",
                     "breach_notification.deadline_hours": "b_stricter",
                     "breach_notification.without_undue_delay": "same",
                     "deletion_return.trigger": "b_stricter",
                     "deletion_return.confirmation": "b_stricter",
                     "retention.days": "b_stricter",
                     "sub_processors.authorisation": "same",
                     "sub_processors.notice_days": "b_stricter",
                     "sub_processors.objection_right": "same",
                     "sub_processors.flow_down": "same",
                     "sub_processors.listed": "differs",
                     "audits.notice_days": "b_stricter",
                     "audits.cost_bearer": "b_stricter",
                     "costs.assistance_paid": "b_stricter"},
        "presence": {"processor_own_use": "only_a", "governing_law": "only_a", "precedence": "only_b",
                     "records": "neither", "transfers": "both"},
        "findings_a_only": ["processor_anonymisation_reuse", "transfer_general_authorisation", "assistance_paid",
                            "deletion_on_request_only", "audit_restricted"],
        "findings_b_only": [],
        "b_attributes": LAGER_V1_ATTRS,
        "notes": "Procurement, the other way round: A is the new supplier's standard DPA (Ruteplan, python-docx), B is the customer's benchmark, the DPA it signed with its warehouse-system supplier (the Lagerlinjen v1 text of pair 1 as plain text). B is stricter on every ordered attribute where they differ: no own use vs anonymised own use, transfers only on instruction vs a general authorisation on SCCs, 24 vs 48 hours, automatic deletion with confirmation vs deletion on request, retention 30 vs 180 days, 30 vs 14 days' notice of new sub-processors, audit notice 14 vs 30 days (fewer is stricter), processor vs controller paying for inspections, free vs billed assistance. Mechanism: scc vs null (differs, no order). Presence: own use and governing law only in A; a precedence rule only in B (1.3). The five findings of A are A-only; B is clean."})
    print("wrote 8 gold.json and 16 analysis gold files")


if __name__ == "__main__":
    main()
