"""Second versions (v2) of the version pairs of tests/blind-16, derived from the v1 sources by
explicit edits, so that every difference between two versions is listed here and nowhere else.
Each function returns the v2 source text (line markup of markup.py)."""
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


def line_starting(s, prefix):
    lines = [l for l in s.split("\n") if l.startswith(prefix)]
    if len(lines) != 1:
        raise ValueError(f"{len(lines)} lines start with {prefix!r}")
    return lines[0]


# ---------------------------------------------------------------- pair 2 (nb): definitions removed, clauses moved, days in words
def timeboka_v2():
    s = read("nb-timeboka-v1.txt")
    # 1. the definitions section (1.1-1.4) is removed
    defs = "\n".join(l for l in s.split("\n") if l.startswith("H: 1. Definisjoner") or re.match(r"^N: 1\.\d ", l))
    s = sub1(s, defs + "\n", "")
    # 2. 3.2 (confidentiality) moves to section 2 (after 2.3), same text
    taus = line_starting(s, "N: 3.2 ")
    s = sub1(s, taus + "\n", "")
    s = sub1(s, (a := line_starting(s, "N: 2.3 ")) + "\n", a + "\n" + taus.replace("N: 3.2 ", "N: 2.4 ") + "\n")
    # 3. 6.2 (access logs) moves to section 3 (after 3.1), same text
    logs = line_starting(s, "N: 6.2 ")
    s = sub1(s, logs + "\n", "")
    s = sub1(s, (a := line_starting(s, "N: 3.1 ")) + "\n", a + "\n" + logs.replace("N: 6.2 ", "N: 3.2 ") + "\n")
    # 4. every section number goes down by one (2-8 -> 1-7)
    out = []
    in_annex = False
    for line in s.split("\n"):
        if line.startswith("ANNEX:"):
            in_annex = True
        m = re.match(r"^(H: )(\d+)(\. .*)$", line) or re.match(r"^(N: )(\d+)(\.\d+ .*)$", line)
        if m and not in_annex:
            line = f"{m.group(1)}{int(m.group(2)) - 1}{m.group(3)}"
        out.append(line)
    s = "\n".join(out)
    # 5. values rewritten: 'tretti dager' -> '14 dager' (sub-processor notice), 'seksti dager' -> '90 dager' (deletion)
    s = sub1(s, "senest tretti dager før en ny underleverandør", "senest 14 dager før en ny underleverandør")
    s = sub1(s, "slette dem innen seksti dager", "slette dem innen 90 dager")
    return s


# ---------------------------------------------------------------- pair 4 (sv): '§ 1' flat numbering -> '1.1' sections
KORKORT_SECTIONS = ["Inledning", "Behandlingen", "Säkerhet och sekretess", "Underbiträden", "Tredjeland",
                    "Incidenter och bistånd", "Granskning", "Avslut"]
KORKORT_NEW_24 = ("N: 2.4 Portalen får anonymisera uppgifter om bokningar och provresultat och använda de "
                  "anonymiserade uppgifterna för egna ändamål, bland annat för att ta fram statistik över "
                  "andelen godkända prov, som Portalen får publicera eller sälja till andra trafikskolor.")


def korkort_map():
    """{'§ n': 'k.m'}: the v1 paragraph numbers and their v2 numbers."""
    s = read("sv-korkort-v1.txt")
    out, sec, k = {}, 0, 0
    for line in s.split("\n"):
        if line.startswith("U: "):
            sec += 1
            k = 0
        m = re.match(r"^N: (§ \d+) ", line)
        if m:
            k += 1
            out[m.group(1)] = f"{sec}.{k}"
    return out


def korkort_v2():
    s = read("sv-korkort-v1.txt")
    mapping = korkort_map()
    out, sec = [], 0
    for line in s.split("\n"):
        if line.startswith("U: "):
            sec += 1
            assert line[3:] == KORKORT_SECTIONS[sec - 1]
            line = f"H: {sec}. {line[3:]}"
        m = re.match(r"^N: (§ \d+) (.*)$", line)
        if m:
            line = f"N: {mapping[m.group(1)]} {m.group(2)}"
        out.append(line)
    s = "\n".join(out)
    s = sub1(s, "version 1 (januari 2026)", "version 2 (maj 2026)")
    # real changes: a new 2.4 (anonymised data for the processor's own purposes), breach 24 -> 48 hours,
    # a sub-processor's data centre moves (Bilaga 2)
    s = sub1(s, (a := line_starting(s, "N: 2.3 ")) + "\n", a + "\n" + KORKORT_NEW_24 + "\n")
    s = sub1(s, "och senast inom 24 timmar efter att Portalen", "och senast inom 48 timmar efter att Portalen")
    s = sub1(s, "T: Smålandshallen Drift AB | Jönköping, Sverige |", "T: Smålandshallen Drift AB | Växjö, Sverige |")
    return s


# ---------------------------------------------------------------- pair 5 (de): § inserted, transfers opened, Meldefrist, Anlage 2 row
GASTLINK_NEW_4 = ("H: § 4 Datenschutzbeauftragte\n"
                  "N: (1) Der Auftragsverarbeiter hat Frau Dr. Henrike Salzmann als Datenschutzbeauftragte benannt. "
                  "Sie ist unter datenschutz@gastlink.example erreichbar.\n"
                  "N: (2) Einen Wechsel der Datenschutzbeauftragten teilt der Auftragsverarbeiter dem Verantwortlichen "
                  "unverzüglich in Textform mit.\n")


def gastlink_v2():
    s = read("de-gastlink-v1.txt")
    s = sub1(s, "Stand: Februar 2026", "Stand: Juli 2026")
    # § 4-§ 11 become § 5-§ 12
    out = []
    for line in s.split("\n"):
        m = re.match(r"^H: § (\d+) (.*)$", line)
        if m and int(m.group(1)) >= 4:
            line = f"H: § {int(m.group(1)) + 1} {m.group(2)}"
        out.append(line)
    s = "\n".join(out)
    s = sub1(s, "H: § 5 Vertraulichkeit und Sicherheit\n", GASTLINK_NEW_4 + "H: § 5 Vertraulichkeit und Sicherheit\n")
    # § 7 (old § 6): processing location and transfers
    s = sub1(s, "N: (1) Die Verarbeitung findet ausschließlich in Rechenzentren in Deutschland statt.",
             "N: (1) Die Verarbeitung findet in Rechenzentren in Deutschland statt; Ausnahmen ergeben sich aus Anlage 2.")
    s = sub1(s, "N: (2) Eine Übermittlung in ein Drittland oder an eine internationale Organisation erfolgt nur auf "
                "dokumentierte Weisung des Verantwortlichen und nur unter den Voraussetzungen der Art. 44 ff. DSGVO.",
             "N: (2) Eine Übermittlung in ein Drittland erfolgt nur an die in Anlage 2 genannten Unterauftragsverarbeiter "
             "mit Sitz außerhalb der EU und des EWR und auf Grundlage der Standardvertragsklauseln nach dem "
             "Durchführungsbeschluss (EU) 2021/914 der Kommission.")
    # § 9 (old § 8): Meldefrist
    s = sub1(s, "unverzüglich, spätestens innerhalb von 48 Stunden nach Kenntnis", "innerhalb von 72 Stunden nach Kenntnis")
    # Anlage 2: one row changed (DE -> US)
    s = sub1(s, "T: Mailbote GmbH | Leipzig, DE | Versand von Buchungsbestätigungen per E-Mail",
             "T: Mailbote Inc. | Wilmington, US | Versand von Buchungsbestätigungen per E-Mail")
    return s
