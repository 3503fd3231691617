"""Second versions (v2) of the version pairs of tests/blind-14, derived from the v1 sources by
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


# ---------------------------------------------------------------- pair 1 (da): v2 as Word tracked changes
NOEGLE_NEW_33 = ("N: 3.3 Uanset punkt 3.1 må databehandleren anonymisere oplysninger om fejlmeldinger og nøgleudlevering "
                 "og anvende de anonymiserede oplysninger til egne formål, herunder statistik over vedligeholdelse i "
                 "almene boliger, som databehandleren kan offentliggøre eller sælge til tredjemand.")


def noeglehuset_v2():
    """The ACCEPTED v2 (all tracked changes accepted)."""
    s = read("da-noeglehuset-v1.txt")
    s = sub1(s, "forbyder en sådan underretning.\nN: 3.2 Databehandleren underretter straks boligforeningen, hvis en "
                "instruks efter databehandlerens opfattelse er i strid med databeskyttelsesforordningen eller anden "
                "databeskyttelseslovgivning.",
             "forbyder en sådan underretning.\nN: 3.2 Databehandleren underretter straks boligforeningen, hvis en "
             "instruks efter databehandlerens opfattelse er i strid med databeskyttelsesforordningen eller anden "
             "databeskyttelseslovgivning.\n" + NOEGLE_NEW_33)
    s = sub1(s, "og senest 48 timer herefter.", "og senest 24 timer herefter.")
    s = sub1(s, "N: 12.2 Databehandleren opretholder i hele aftalens løbetid en erhvervsansvars- og cyberforsikring med en "
                "dækning på mindst 5 mio. kr. pr. skade og fremsender på anmodning dokumentation for forsikringen.\n", "")
    s = sub1(s, "T: Beskedcentralen ApS | 40 29 87 13 | Kongensgade 61, 6700 Esbjerg, Danmark | Udsendelse af sms-beskeder til lejere",
             "T: Beskedcentralen ApS | 40 29 87 13 | Kongensgade 61, 6700 Esbjerg, Danmark | Udsendelse af sms-beskeder til lejere\n"
             "T: Tallinje Analyse ApS | 44 02 19 56 | Torvegade 3, 6700 Esbjerg, Danmark | Anonymisering af data og udarbejdelse af statistik")
    return s


# ---------------------------------------------------------------- pair 2 (en): the 2021/915 clauses as a benchmark
SCC_EN = "/work/shared/references/eu-scc-2021-915.en.txt"


def scc_benchmark():
    """The Commission's Art. 28 clauses (Implementing Decision (EU) 2021/915, text from EUR-Lex via
    shared/references), with the options chosen (Regulation (EU) 2016/679; Clause 7.7 Option 2 with
    30 days) and Annexes I-IV completed by the customer (scc-annexes.txt). Returned as line markup."""
    s = open(SCC_EN, encoding="utf-8").read()
    s = sub1(s, "ensure compliance with [choose relevant option: OPTION 1: Article 28(3) and (4) of Regulation (EU) 2016/679",
             "ensure compliance with Article 28(3) and (4) of Regulation (EU) 2016/679")
    s = re.sub(r"\(General Data Protection Regulation\)\] / \[OPTION 2: Article 29\(3\).*?Decision No 1247/2002/EC\]\.",
               "(General Data Protection Regulation).", s, count=1)
    i = s.index("(a) OPTION 1: PRIOR SPECIFIC AUTHORISATION")
    j = s.index("OPTION 2: GENERAL WRITTEN AUTHORISATION: ")
    s = s[:i] + "(a) " + s[j + len("OPTION 2: GENERAL WRITTEN AUTHORISATION: "):]
    s = sub1(s, "sub-processors at least [SPECIFY TIME PERIOD] in advance", "sub-processors at least 30 days in advance")
    s = sub1(s, "(4) the obligations in [OPTION 1] Article 32 of Regulation (EU) 2016/679/ [OPTION 2] Articles 33 and 36 to 38 of Regulation (EU) 2018/1725.",
             "(4) the obligations in Article 32 of Regulation (EU) 2016/679.")
    s = sub1(s, "pursuant to [OPTION 1] Article 33(3) of Regulation (EU) 2016/679/ [OPTION 2] Article 34(3) of Regulation (EU) 2018/1725, shall",
             "pursuant to Article 33(3) of Regulation (EU) 2016/679, shall")
    s = sub1(s, "pursuant to [OPTION 1] Article 34 of Regulation (EU) 2016/679 / [OPTION 2] Article 35 of Regulation (EU) 2018/1725, with",
             "pursuant to Article 34 of Regulation (EU) 2016/679, with")
    s = sub1(s, "under [OPTION 1] Articles 33 and 34 of Regulation (EU) 2016/679 / [OPTION 2] Articles 34 and 35 of Regulation (EU) 2018/1725.",
             "under Articles 33 and 34 of Regulation (EU) 2016/679.")
    assert "OPTION" not in s.split("ANNEX I\n")[0] and "[SPECIFY" not in s.split("ANNEX I\n")[0]
    clauses = s.split("\nANNEX I\n")[0].strip().split("\n")
    assert clauses[0] == "Standard contractual clauses"
    clauses = clauses[1:]
    out = ["TITLE: Standard contractual clauses",
           "SUB: Commission Implementing Decision (EU) 2021/915, Annex – Ardmore Veterinary Clinics Ltd / Petloop Software B.V.",
           "C: Source: EUR-Lex, Commission Implementing Decision (EU) 2021/915, © European Union. Options chosen and Annexes completed by Ardmore Veterinary Clinics Ltd."]
    k = 0
    while k < len(clauses):
        line = clauses[k].strip()
        k += 1
        if not line:
            continue
        if re.fullmatch(r"SECTION [IV]+", line):
            nxt = clauses[k].strip() if k < len(clauses) else ""
            if nxt and not nxt.startswith("Clause"):
                out.append(f"U: {line} – {nxt}")
                k += 1
            else:
                out.append(f"U: {line}")
        elif re.match(r"^Clause \d+", line):
            out.append(f"H: {line} – {clauses[k].strip()}")
            k += 1
        elif re.match(r"^\d+\.\d+\.? ", line):
            out.append(f"H2: {line}")
        elif re.match(r"^\((\w+)\) ", line):
            out.append(f"I: {line}")
        else:
            out.append(f"P: {line}")
    return "\n".join(out) + "\n" + read("en-scc-annexes.txt")


# ---------------------------------------------------------------- pair 3 (nb): section inserted, transfers opened, moved clause
def barnehage_v2():
    s = read("nb-barnehagedagbok-v1.txt")
    protokoll = ("Databehandleren skal føre en protokoll over behandlingsaktivitetene som utføres på vegne av den "
                 "behandlingsansvarlige, i samsvar med personvernforordningen artikkel 30 nr. 2.")
    # 4.3 moved to section 3 as 3.4 (text unchanged); 4.4 becomes 4.3
    s = sub1(s, "N: 4.3 " + protokoll + "\n", "")
    s = sub1(s, "N: 4.4 Bistand etter dette punktet", "N: 4.3 Bistand etter dette punktet")
    s = sub1(s, "og som kreves etter personvernforordningen artikkel 32.\n",
             "og som kreves etter personvernforordningen artikkel 32.\nN: 3.4 " + protokoll + "\n")
    # sections 6-11 become 7-12
    out = []
    in_annex = False
    for line in s.split("\n"):
        if line.startswith("ANNEX:"):
            in_annex = True
        m = re.match(r"^(H: )(\d+)(\. .*)$", line) or re.match(r"^(N: )(\d+)(\.\d+ .*)$", line)
        if m and not in_annex and int(m.group(2)) >= 6:
            line = f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}"
        out.append(line)
    s = "\n".join(out)
    # the inserted section 6
    s = sub1(s, "H: 7. Overføring til tredjeland",
             "H: 6. Tilgangsstyring og logging\n"
             "N: 6.1 Databehandlerens ansatte skal bare ha tilgang til opplysninger om barn når det er nødvendig for "
             "brukerstøtte eller feilretting, og hver tilgang skal godkjennes av en leder hos databehandleren.\n"
             "N: 6.2 All tilgang til opplysninger om barn skal logges med tidspunkt, bruker og formål, og den "
             "behandlingsansvarlige kan når som helst be om utskrift av loggen for sine barnehager.\n"
             "H: 7. Overføring til tredjeland")
    # transfers: prohibited -> allowed to the listed sub-processors under the SCCs
    s = sub1(s, "N: 7.1 Overføring av personopplysninger til land utenfor EØS eller til internasjonale organisasjoner er "
                "ikke tillatt. Dette gjelder også fjerntilgang fra land utenfor EØS, for eksempel ved brukerstøtte.",
             "N: 7.1 Overføring av personopplysninger til land utenfor EØS er tillatt til de underleverandørene i "
             "vedlegg 2 som er etablert utenfor EØS, og bare for de oppgavene som står der. Overføringen skjer på "
             "grunnlag av EU-kommisjonens standardkontraktsbestemmelser etter gjennomføringsbeslutning (EU) 2021/914.")
    # audit notice 10 -> 30 days
    s = sub1(s, "skal gi minst 10 dagers skriftlig varsel", "skal gi minst 30 dagers skriftlig varsel")
    s = sub1(s, "T: Meldingsbua AS | Bergen, Norge | Utsending av SMS-varsler",
             "T: Meldingsbua AS | Bergen, Norge | Utsending av SMS-varsler\n"
             "T: Supportly Inc. | Austin, Texas, USA | Brukerstøtte via chat og e-post")
    return s


# ---------------------------------------------------------------- pair 5 (sv): section split, clauses merged, heading changed
def klubbportalen_v2():
    s = read("sv-klubbportalen-v1.txt")
    # sections 4-11 become 5-12 (section 3 is split in two)
    out = []
    in_annex = False
    for line in s.split("\n"):
        if line.startswith("ANNEX:"):
            in_annex = True
        m = re.match(r"^(H: )(\d+)(\. .*)$", line) or re.match(r"^(N: )(\d+)(\.\d+ .*)$", line)
        if m and not in_annex and int(m.group(2)) >= 4:
            line = f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}"
        out.append(line)
    s = "\n".join(out)
    # split: 3 'Säkerhet och sekretess' -> 3 'Säkerhet' (3.1, 3.2) + 4 'Sekretess' (old 3.3, 3.4 as 4.1, 4.2)
    s = sub1(s, "H: 3. Säkerhet och sekretess", "H: 3. Säkerhet")
    s = sub1(s, "N: 3.3 Biträdet ska se till", "H: 4. Sekretess\nN: 4.1 Biträdet ska se till")
    s = sub1(s, "N: 3.4 Sekretessen gäller även", "N: 4.2 Sekretessen gäller även")
    # merge: old 7.2 + 7.3 -> new 8.2
    s = sub1(s, "de åtgärder som har vidtagits.\nN: 8.3 Om det inte är möjligt att lämna all information samtidigt får "
                "informationen lämnas",
             "de åtgärder som har vidtagits; om det inte är möjligt att lämna all information samtidigt får "
             "informationen lämnas")
    # heading changed over unchanged clauses
    s = sub1(s, "H: 9. Granskning", "H: 9. Revision och inspektion")
    # retention 180 -> 60 days
    s = sub1(s, "sparas i 180 dagar och raderas", "sparas i 60 dagar och raderas")
    # one sub-processor removed from Bilaga 2
    s = sub1(s, "\nT: Smsbolaget i Lund AB | Lund, Sverige | Utskick av sms-påminnelser", "")
    return s


# ---------------------------------------------------------------- pair 6 (en, US style): definitions re-ordered, value rewritten
def quillstack_v2():
    s = read("en-quillstack-v1.txt")
    lines = s.split("\n")
    idx = [k for k, l in enumerate(lines) if re.match(r"^I: \([a-g]\) ", l)]
    assert len(idx) == 7 and idx == list(range(idx[0], idx[0] + 7))
    texts = [re.sub(r"^I: \([a-g]\) ", "", lines[k]).rstrip(";.") for k in idx]
    texts.sort(key=lambda t: t.split('"')[1].lower())
    for n, (k, t) in enumerate(zip(idx, texts)):
        lines[k] = f"I: ({'abcdefg'[n]}) {t}" + ("." if n == 6 else ";")
    s = "\n".join(lines)
    # notice of new sub-processors 30 -> 10 days
    s = sub1(s, "at least thirty (30) days before the new Sub-processor", "at least ten (10) days before the new Sub-processor")
    # same value, written differently
    s = sub1(s, "in any event within seventy-two (72) hours after becoming aware", "in any event within 72 hours after becoming aware")
    # a sentence appended
    s = sub1(s, "conducted by Customer or an independent auditor mandated by Customer.",
             "conducted by Customer or an independent auditor mandated by Customer. On request, Quillstack shall also "
             "provide an executive summary of its most recent penetration test.")
    return s
