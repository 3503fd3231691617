"""Second versions (v2) of the version pairs of tests/blind-11, derived from the v1 sources by
explicit edits, so that every difference between the two versions is listed here and nowhere else.

Each function returns the v2 source text (same line markup as v1, see markup.py), except
tenantdesk_v2, which returns the raw text of the v2 document before it is written as Markdown.
"""
import os
import re

from markup import HERE


def read(name):
    return open(os.path.join(HERE, name), encoding="utf-8").read()


def sub1(s, old, new):
    """Replace exactly one occurrence."""
    n = s.count(old)
    if n != 1:
        raise ValueError(f"{n} occurrences of {old[:60]!r}")
    return s.replace(old, new)


# ---------------------------------------------------------------- pair 1 (da): new section 8 inserted
def lagerstyring_v2():
    s = read("da-lagerstyring-v1.txt")
    lines = s.split("\n")
    out = []
    in_annex = False
    for line in lines:
        if line.startswith("ANNEX:"):
            in_annex = True
        m = re.match(r"^(H: )(\d+)(\. .*)$", line) or re.match(r"^(N: )(\d+)(\.\d+ .*)$", line)
        if m and not in_annex and int(m.group(2)) >= 8:
            line = f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}"
        out.append(line)
    s = "\n".join(out)
    # the inserted section
    s = sub1(s, "H: 9. Bistand til den dataansvarlige",
             "H: 8. Databehandlerens brug af anonymiserede data\n"
             "N: 8.1 Databehandleren må anonymisere personoplysninger, som behandles efter denne aftale, og må "
             "anvende de anonymiserede oplysninger til egne formål, herunder udvikling og forbedring af Lagerlinjen "
             "Pro og udarbejdelse af statistik over lagerforbrug i VVS-branchen.\n"
             "N: 8.2 Anonymiseringen sker efter databehandlerens interne procedure, så oplysningerne ikke længere kan "
             "henføres til en identificeret eller identificerbar fysisk person. Anonymiserede oplysninger er ikke "
             "omfattet af denne aftale.\n"
             "H: 9. Bistand til den dataansvarlige")
    # breach deadline 24 -> 48 hours
    s = sub1(s, "og senest 24 timer herefter.", "og senest 48 timer herefter.")
    # cross-references updated to the new numbers
    s = sub1(s, "med anmeldelsen til Datatilsynet efter punkt 8.2,", "med anmeldelsen til Datatilsynet efter punkt 9.2,")
    s = sub1(s, "N: 13.2 Punkt 10 og 11 gælder fortsat", "N: 13.2 Punkt 11 og 12 gælder fortsat")
    s = sub1(s, "ISAE 3000-erklæring, jf. punkt 11.2,", "ISAE 3000-erklæring, jf. punkt 12.2,")
    # one sub-processor added to the table in Bilag B
    s = sub1(s, "T: Pakkepost Norden ApS | 42 17 55 08 | Vestre Ringvej 40, 7100 Vejle, Danmark | Afsendelse af leveringsbeskeder pr. sms",
             "T: Pakkepost Norden ApS | 42 17 55 08 | Vestre Ringvej 40, 7100 Vejle, Danmark | Afsendelse af leveringsbeskeder pr. sms\n"
             "T: Skyhavn Analytics ApS | 43 08 71 25 | Åboulevarden 22, 8000 Aarhus C, Danmark | Udarbejdelse af statistik på anonymiserede data")
    return s


# ---------------------------------------------------------------- pair 2 (en): split, paid assistance, 30 -> 14 days
def clinicflow_v2():
    s = read("en-clinicflow-v1.txt")
    s = sub1(s, "at least thirty (30) days in advance", "at least fourteen (14) days in advance")
    s = sub1(s, "I: (d) the obligations in Article 32 of the GDPR.",
             "I: (d) the obligations in Article 32 of the GDPR.\n"
             "N: 8.3 The Processor may charge the Controller for assistance under this Clause 8 and under Clause 9 "
             "at its then-current hourly rates, currently EUR 140 per hour, save where the assistance is required "
             "because the Processor has failed to comply with these Clauses.")
    # 9.1 split in two; 9.2 and 9.3 become 9.3 and 9.4 with unchanged text
    s = sub1(s, "N: 9.3 The Processor shall cooperate", "N: 9.4 The Processor shall cooperate")
    s = sub1(s, "N: 9.2 Where, and insofar as,", "N: 9.3 Where, and insofar as,")
    s = sub1(s, "after having become aware of the breach. Such notification shall contain at least",
             "after having become aware of the breach.\nN: 9.2 Such notification shall contain at least")
    # typo fix only
    s = sub1(s, "may instruct the the Processor to suspend", "may instruct the Processor to suspend")
    return s


# ---------------------------------------------------------------- pair 3 (en): moved clause, reordered definitions
DEFS_V1 = ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]


def tenantdesk_v2():
    s = read("en-tenantdesk-v1.txt")
    # definitions re-ordered alphabetically (letters follow the new order; the texts are unchanged)
    m = re.search(r"\(a\) \"Data Protection Law\".*?public holiday in Ireland\.", s, re.S)
    items = re.findall(r"\([a-g]\) (\".*?)(?=\n\n\([a-g]\) |\Z)", m.group(0), re.S)
    assert len(items) == 7, items
    items = [i.rstrip(";.") for i in items]
    items.sort(key=lambda t: t.split('"')[1].lower())
    new = []
    for k, (lab, text) in enumerate(zip(DEFS_V1, items)):
        new.append(f"{lab} {text}" + ("." if k == len(items) - 1 else ";"))
    s = s.replace(m.group(0), "\n\n".join(new))
    # 8.4 (records) moved to section 4 as 4.5, text unchanged
    rec = ("Supplier shall maintain a written record of all categories of processing activities carried out on "
           "behalf of Customer in accordance with Article 30(2) GDPR and shall make it available to Customer on request.")
    s = sub1(s, "\n\n8.4 " + rec, "")
    s = sub1(s, "backups for no longer than thirty-five (35) days.",
             "backups for no longer than thirty-five (35) days.\n\n4.5 " + rec)
    # a sentence added at the end of a long clause
    s = sub1(s, "whether the Services can be provided without it.",
             "whether the Services can be provided without it. Supplier shall also publish each change on its "
             "customer status page at status.tenantdesk.example.")
    # same value, written differently
    s = sub1(s, "in any event within 72 hours after becoming aware of it",
             "in any event within seventy-two (72) hours after becoming aware of it")
    # audit notice 14 -> 45 days
    s = sub1(s, "on fourteen (14) days' written notice.", "on forty-five (45) days' written notice.")
    return s


# ---------------------------------------------------------------- pair 4 (da): v1 without numbers, v2 numbered
def foreningsnettet_v1():
    """The 2025 web page: no clause numbers, headings only; one typo."""
    s = read("da-foreningsnettet-base.txt")
    out = []
    for line in s.split("\n"):
        if line.startswith("H: "):
            line = "H: " + re.sub(r"^\d+\. ", "", line[3:])
        elif line.startswith("N: "):
            line = "P: " + re.sub(r"^\d+\.\d+ ", "", line[3:])
        out.append(line)
    s = "\n".join(out)
    s = sub1(s, "og slettes derefter automatisk.", "og slettes der efter automatisk.")
    return s


def foreningsnettet_v2():
    s = read("da-foreningsnettet-base.txt")
    s = sub1(s, "giver databehandleren foreningen besked uden unødig forsinkelse med en beskrivelse",
             "giver databehandleren foreningen besked uden unødig forsinkelse og senest 36 timer efter, at "
             "databehandleren er blevet opmærksom på bruddet, med en beskrivelse")
    s = sub1(s, "Databehandleren sletter foreningens oplysninger, når foreningen anmoder om det.",
             "Herefter sletter databehandleren automatisk alle foreningens oplysninger, også selv om foreningen "
             "ikke har anmodet om det, og bekræfter sletningen pr. e-mail til foreningens kontaktperson.")
    return s


# ---------------------------------------------------------------- pair 5 (de): Anlage 2 removed, § 8 rewritten
def belegwerk_v2():
    s = read("de-belegwerk-v1.txt")
    s = sub1(s, "Die bei Vertragsschluss eingesetzten Unterauftragsverarbeiter sind in Anlage 2 aufgeführt.",
             "Der Auftragsverarbeiter teilt dem Verantwortlichen die jeweils eingesetzten Unterauftragsverarbeiter "
             "auf Anfrage mit.")
    s = sub1(s, "H: § 7 Kontrollrechte des Verantwortlichen", "H: § 7 Nachweise und Kontrollen")
    s = sub1(s, "Der Auftragsverarbeiter trägt die ihm dabei entstehenden Kosten selbst.",
             "Der Verantwortliche erstattet dem Auftragsverarbeiter den ihm dabei entstehenden Aufwand zu den "
             "jeweils gültigen Stundensätzen.")
    s = sub1(s, "N: (1) Der Auftragsverarbeiter meldet dem Verantwortlichen eine Verletzung des Schutzes personenbezogener "
                "Daten unverzüglich, spätestens jedoch innerhalb von 48 Stunden, nachdem sie ihm bekannt geworden ist.",
             "N: (1) Wird dem Auftragsverarbeiter eine Verletzung des Schutzes personenbezogener Daten bekannt, "
             "unterrichtet er den Verantwortlichen ohne schuldhaftes Zögern, in jedem Fall aber binnen 24 Stunden "
             "ab Kenntnis, telefonisch und in Textform.")
    s = sub1(s, "N: (2) Die Meldung enthält mindestens die Angaben nach Art. 33 Abs. 3 DSGVO, soweit sie dem "
                "Auftragsverarbeiter vorliegen.\nN: (3) Angaben, die zum Zeitpunkt der Meldung noch nicht vorliegen, "
                "reicht der Auftragsverarbeiter unverzüglich nach.",
             "N: (2) Die Meldung enthält mindestens die Angaben nach Art. 33 Abs. 3 DSGVO, soweit sie dem "
             "Auftragsverarbeiter vorliegen; Angaben, die zum Zeitpunkt der Meldung noch nicht vorliegen, reicht "
             "der Auftragsverarbeiter unverzüglich nach.")
    s = sub1(s, "N: (4) Der Auftragsverarbeiter unterstützt den Verantwortlichen bei dessen Meldung",
             "N: (3) Der Auftragsverarbeiter unterstützt den Verantwortlichen bei dessen Meldung")
    i = s.index("ANNEX: Anlage 2 Unterauftragsverarbeiter")
    s = s[:i].rstrip("\n") + "\n"
    return s


# ---------------------------------------------------------------- pair 6 (sv): section 10 struck, transfers opened
def tandvard_v2():
    s = read("sv-tandvardsjournal-v1.txt")
    s = sub1(s, "N: 7.1 Biträdet får inte överföra personuppgifter till ett land utanför EU/EES eller till en internationell organisation.",
             "N: 7.1 Biträdet får överföra personuppgifter till ett land utanför EU/EES endast till de underbiträden "
             "och för de ändamål som anges i Bilaga 2.")
    s = sub1(s, "N: 7.2 Förbudet i punkt 7.1 gäller även åtkomst till personuppgifterna från ett land utanför EU/EES, exempelvis vid support eller felsökning.",
             "N: 7.2 Den personuppgiftsansvarige godkänner att Brightdesk Support Inc. i Austin, Texas, USA, får "
             "åtkomst till personuppgifter i journalsystemet när det behövs för felsökning i andra linjens support.")
    i = s.index("H: 10. Försäkring")
    j = s.index("H: 11. Granskning")
    s = s[:i] + s[j:]
    s = re.sub(r"^(H|N): (1[1-4])\.", lambda m: f"{m.group(1)}: {int(m.group(2)) - 1}.", s, flags=re.M)
    s = sub1(s, "åtkomstloggar sparas i 30 dagar i systemet", "åtkomstloggar sparas i 90 dagar i systemet")
    s = sub1(s, "T: Kallelsetjänst Sverige AB | Jönköping, Sverige | Utskick av kallelser via sms",
             "T: Kallelsetjänst Sverige AB | Jönköping, Sverige | Utskick av kallelser via sms\n"
             "T: Brightdesk Support Inc. | Austin, Texas, USA | Felsökning i andra linjens support")
    return s
