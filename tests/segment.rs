//! Segmentation: whole documents against outlines written by reading them (`tests/segment/`), the
//! fixtures through ingest and as bare lines, agreement between formats, and one-line cases.
//!
//! Every document is tried in two forms where it can be: as ingest reads it, and with every
//! non-empty line of the text as its own paragraph (the worst case a PDF can produce).
//!
//! The outlines were made by reading each document and writing down where every clause starts
//! and what it is called (`tests/segment/boundaries/*.spec`); `boundaries/outline.py` only copied
//! the first and last eight words out of the document.

use std::collections::BTreeSet;
use std::path::Path;

use klausul::segment::segment;
use klausul::{slice_chars, Clause, Document, Format, ParagraphKind};

mod outline {
    /// One line of an outline: `id <TAB> first eight words <TAB> last eight words`.
    pub struct Entry {
        pub id: String,
        /// `None` when the outline does not pin the start (`…`).
        pub first: Option<Vec<String>>,
        /// `None` when the outline does not pin the end (`…`).
        pub last: Option<Vec<String>>,
    }

    pub fn parse(text: &str) -> Vec<Entry> {
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                assert_eq!(cols.len(), 3, "outline line needs three columns: {l}");
                let (first, last) = (cols[1].trim(), cols[2].trim());
                Entry {
                    id: cols[0].trim().to_string(),
                    first: (first != "…").then(|| words(first)),
                    last: (last != "…").then(|| words(last)),
                }
            })
            .collect()
    }

    /// Words without punctuation or case; a hyphen ending a word before a lower-case word joins
    /// the two (`hen- blik` is `henblik`), so line-wrap hyphenation does not count.
    pub fn words(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut joined = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '-' && i > 0 && chars[i - 1].is_alphabetic() {
                let mut j = i + 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if j > i + 1 && j < chars.len() && chars[j].is_lowercase() {
                    i = j;
                    continue;
                }
            }
            joined.push(c);
            i += 1;
        }
        joined
            .split_whitespace()
            .map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect()
    }
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read_text(path: &str) -> String {
    String::from_utf8(read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every non-empty line its own paragraph.
fn lines_document(name: &str, text: &str) -> Document {
    Document::from_paragraphs(name, String::new(), Format::Txt, text.lines().map(|l| (l.to_string(), ParagraphKind::Body)))
}

fn ingest_document(path: &str) -> Document {
    klausul::ingest(&read(path), path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What must hold of any segmentation: spans in order, text = span with `\n` as space, unique ids.
fn check_invariants(doc: &Document, clauses: &[Clause]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    let mut end = 0;
    for c in clauses {
        if !ids.insert(c.id.clone()) {
            errors.push(format!("id {:?} twice", c.id));
        }
        if c.span[0] < end || c.span[1] < c.span[0] || c.span[1] > doc.chars {
            errors.push(format!("{}: span {:?} out of order", c.id, c.span));
        }
        end = c.span[1];
        let slice = slice_chars(&doc.text, c.span[0], c.span[1]).replace('\n', " ");
        if c.text != slice {
            errors.push(format!("{}: text is not its span", c.id));
        }
    }
    errors
}

/// Checks the clauses against an outline. `complete`: the outline lists every clause, in order.
fn check_outline(doc: &Document, outline_text: &str, only: Option<&BTreeSet<String>>, complete: bool) -> Vec<String> {
    let clauses = segment(doc);
    let mut errors = check_invariants(doc, &clauses);
    let entries = outline::parse(outline_text);
    for e in entries.iter().filter(|e| only.is_none_or(|o| o.contains(&e.id))) {
        let Some(c) = clauses.iter().find(|c| c.id == e.id) else {
            errors.push(format!("{}: missing", e.id));
            continue;
        };
        let words = outline::words(&c.text);
        if let Some(first) = &e.first {
            if !words.starts_with(first) {
                errors.push(format!("{}: starts {:?}, outline {:?}", e.id, &words[..words.len().min(8)], first));
            }
        }
        if let Some(last) = &e.last {
            if !words.ends_with(last) {
                errors.push(format!("{}: ends {:?}, outline {:?}", e.id, &words[words.len().saturating_sub(8)..], last));
            }
        }
    }
    if complete {
        let got: Vec<&str> = clauses.iter().map(|c| c.id.as_str()).collect();
        let want: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        if got != want {
            let extra: Vec<&&str> = got.iter().filter(|g| !want.contains(g)).collect();
            let missing: Vec<&&str> = want.iter().filter(|w| !got.contains(w)).collect();
            errors.push(format!("ids differ from the outline; extra {extra:?}, missing {missing:?}"));
        }
    }
    errors
}

fn assert_clean(what: &str, errors: Vec<String>) {
    assert!(errors.is_empty(), "{what}:\n  {}", errors.join("\n  "));
}

mod own_documents {
    //! Realistic agreements written for these tests, each with an outline written by reading it.
    use super::*;

    const DOCUMENTS: [&str; 12] = [
        "tests/segment/articles-sections-en.txt",
        "tests/segment/lettered-sections-da.md",
        "tests/segment/roman-sections-through-da.txt",
        "tests/segment/auftragsverarbeitung-de.txt",
        "tests/segment/saas-dpa-en.md",
        "tests/segment/databehandleravtale-no.txt",
        "tests/segment/docx-numbering-restart-da.txt",
        "tests/segment/pdf-lines-headers-en.txt",
        "tests/segment/unnumbered-dpa-en.md",
        "tests/segment/us-sections-dotted-en.txt",
        "tests/segment/run-in-titles-en.txt",
        "tests/segment/run-in-bold-da.md",
    ];

    fn outline_of(path: &str) -> String {
        let stem = path.rsplit_once('.').map_or(path, |(s, _)| s);
        read_text(&format!("{stem}.outline"))
    }

    #[test]
    fn as_ingest_reads_them() {
        for path in DOCUMENTS.into_iter().filter(|p| !p.contains("pdf-lines")) {
            let doc = ingest_document(path);
            assert_clean(&format!("{path} (ingest)"), check_outline(&doc, &outline_of(path), None, true));
        }
    }

    /// Plain text without blank lines: only an ingest that starts a paragraph at every numbered
    /// line gives the segmenter its paragraphs.
    #[test]
    fn pdf_like_lines_as_ingest_reads_them() {
        for path in DOCUMENTS.into_iter().filter(|p| p.contains("pdf-lines")) {
            let doc = ingest_document(path);
            assert_clean(&format!("{path} (ingest)"), check_outline(&doc, &outline_of(path), None, true));
        }
    }

    #[test]
    fn one_line_per_paragraph() {
        for path in DOCUMENTS {
            let doc = lines_document(path, &read_text(path));
            assert_clean(&format!("{path} (lines)"), check_outline(&doc, &outline_of(path), None, true));
        }
    }
}

mod fixtures {
    //! The two real agreements and the v2, against outlines written by reading them.
    use super::*;

    const SMTP: &str = "smtp-dk-standardkontraktsbestemmelser";
    const SMTP_V2: &str = "smtp-dk-standardkontraktsbestemmelser-v2";
    const MARKETING: &str = "marketing-bureau-databehandleraftale";

    fn outline_of(stem: &str) -> String {
        read_text(&format!("tests/segment/fixtures/{stem}.outline"))
    }

    /// Clause ids the gold files cite for a document (either spelling of `C.4|Bilag C.4` that the
    /// outline uses).
    fn cited_ids(stem: &str) -> BTreeSet<String> {
        let outline_ids: BTreeSet<String> = outline::parse(&outline_of(stem)).into_iter().map(|e| e.id).collect();
        let mut refs: Vec<String> = Vec::new();
        let json = |path: &str| -> serde_json::Value { serde_json::from_slice(&read(path)).expect("gold JSON") };
        let gold_path = format!("tests/fixtures/expected/{}.json", if stem == SMTP_V2 { SMTP } else { stem });
        if stem != SMTP_V2 {
            let gold = json(&gold_path);
            for list in gold["categories_present"].as_object().into_iter().flat_map(|m| m.values()) {
                refs.extend(list.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)));
            }
            for f in gold["findings_required"].as_array().into_iter().flatten() {
                refs.extend(f["clause"].as_str().map(String::from));
            }
        }
        if stem != MARKETING {
            let pair = json("tests/fixtures/expected/pair-smtp-dk-v1-vs-v2.json");
            let side = if stem == SMTP { 0 } else { 1 };
            for r in pair["clauses_changed"].as_array().into_iter().flatten() {
                refs.extend(r.as_str().map(String::from));
            }
            if side == 1 {
                refs.extend(pair["clauses_added"].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)));
            }
            for (a, b) in pair["clauses_renumbered"].as_object().into_iter().flatten() {
                refs.push(if side == 0 { a.clone() } else { b.as_str().unwrap_or_default().to_string() });
            }
        }
        let mut ids = BTreeSet::new();
        for r in refs {
            let found = r.split('|').find(|alt| outline_ids.contains(*alt));
            let id = found.unwrap_or_else(|| panic!("{stem}: the outline has no clause for the cited {r:?}"));
            ids.insert(id.to_string());
        }
        ids
    }

    #[test]
    fn cited_ids_are_in_the_outlines() {
        for stem in [SMTP, SMTP_V2, MARKETING] {
            assert!(cited_ids(stem).len() >= 10, "{stem}");
        }
    }

    #[test]
    fn txt_as_bare_lines_matches_the_outline() {
        for stem in [SMTP, SMTP_V2, MARKETING] {
            let path = format!("tests/fixtures/{stem}.txt");
            let doc = lines_document(&path, &read_text(&path));
            assert_clean(&path, check_outline(&doc, &outline_of(stem), None, true));
        }
    }

    fn through_ingest(ext: &str, stems: &[&str]) {
        let mut errors = Vec::new();
        for stem in stems {
            let path = format!("tests/fixtures/{stem}.{ext}");
            let cited = cited_ids(stem);
            let found = match klausul::ingest(&read(&path), &path) {
                Ok(doc) => check_outline(&doc, &outline_of(stem), Some(&cited), false),
                Err(e) => vec![format!("cannot be read: {e}")],
            };
            let bad: BTreeSet<&str> = found.iter().filter_map(|e| e.split(':').next()).collect();
            let good = if bad.contains("cannot be read") { 0 } else { cited.iter().filter(|id| !bad.contains(id.as_str())).count() };
            eprintln!("{path}: {good} of {} cited clauses match the outline", cited.len());
            errors.extend(found.into_iter().map(|e| format!("{path}: {e}")));
        }
        assert_clean(ext, errors);
    }

    #[test]
    fn txt_through_ingest_has_the_cited_clauses() {
        through_ingest("txt", &[SMTP, SMTP_V2, MARKETING]);
    }

    #[test]
    fn pdf_through_ingest_has_the_cited_clauses() {
        through_ingest("pdf", &[SMTP, MARKETING]);
    }

    #[test]
    fn docx_through_ingest_has_the_cited_clauses() {
        through_ingest("docx", &[SMTP, MARKETING]);
    }

    /// |ids(TXT) ∩ ids(other)| / |ids(TXT) ∪ ids(other)|, or 0 when a file cannot be read.
    fn agreement(stem: &str, ext: &str) -> f64 {
        let ids = |ext: &str| -> Option<BTreeSet<String>> {
            let path = format!("tests/fixtures/{stem}.{ext}");
            let doc = klausul::ingest(&read(&path), &path).ok()?;
            Some(segment(&doc).into_iter().map(|c| c.id).collect())
        };
        let (Some(a), Some(b)) = (ids("txt"), ids(ext)) else { return 0.0 };
        let union = a.union(&b).count();
        if union == 0 {
            return 0.0;
        }
        a.intersection(&b).count() as f64 / union as f64
    }

    #[test]
    fn formats_agree_on_clause_ids() {
        let mut low = Vec::new();
        for stem in [SMTP, MARKETING] {
            for ext in ["pdf", "docx"] {
                let j = agreement(stem, ext);
                eprintln!("{stem}: txt vs {ext}: {j:.3}");
                if j < 0.98 {
                    low.push(format!("{stem} txt vs {ext}: {j:.3}"));
                }
            }
        }
        assert!(low.is_empty(), "id agreement below 0.98: {low:?}");
    }
}

mod cases {
    //! One-line cases: a few lines in, the clause ids out.
    use super::*;

    /// Segments `lines` (each its own paragraph, `#`-prefixed lines as headings of that level)
    /// and compares the ids, joined by spaces.
    fn check(lines: &[&str], expected: &str) {
        let paras = lines.iter().map(|l| {
            let level = l.chars().take_while(|&c| c == '#').count();
            if level > 0 {
                (l[level..].trim().to_string(), ParagraphKind::Heading(level as u8))
            } else if let Some(item) = l.strip_prefix("- ") {
                (item.to_string(), ParagraphKind::ListItem(0))
            } else {
                (l.to_string(), ParagraphKind::Body)
            }
        });
        let doc = Document::from_paragraphs("case.txt", String::new(), Format::Txt, paras);
        let clauses = segment(&doc);
        assert_clean("invariants", check_invariants(&doc, &clauses));
        let ids: Vec<&str> = clauses.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.join(" | "), expected, "lines: {lines:#?}");
    }

    /// A Word "Title" and "Heading 1" are the same level: the first is the document's title, and
    /// a top-level heading after the preamble starts the first section like every later one,
    /// rather than ending the preamble's text.
    #[test]
    fn the_first_top_level_heading_after_the_title_starts_a_clause() {
        check(
            &[
                "#Databehandleraftale",
                "Mellem Kunden A/S og Skyfil ApS.",
                "#Behandling efter instruks",
                "1. Databehandleren behandler kun personoplysninger efter instruks.",
                "2. Databehandleren underretter den dataansvarlige om ulovlige instrukser.",
                "#Underdatabehandlere",
                "3. Databehandleren har en generel godkendelse.",
                "#Brud på persondatasikkerheden",
                "4. Databehandleren underretter senest 48 timer efter bruddet.",
            ],
            "Databehandleraftale | Behandling efter instruks | 1 | 2 | Underdatabehandlere | 3 | Brud på persondatasikkerheden | 4",
        );
        // A heading right under the title is its subtitle.
        check(
            &["#Data Processing Agreement", "#Version 2", "Between the Customer and the Supplier.", "1. The Supplier processes data on instructions.", "2. The Supplier keeps data confidential.", "3. The Supplier notifies breaches."],
            "Data Processing Agreement | 1 | 2 | 3",
        );
    }

    #[test]
    fn restarts_are_made_absolute() {
        check(
            &["7. Anvendelse af underdatabehandlere", "1. Databehandleren skal opfylde betingelserne.", "2. Databehandleren må ikke.", "8. Overførsel til tredjelande", "1. Enhver overførsel kræver instruks."],
            "7 | 7.1 | 7.2 | 8 | 8.1",
        );
        // After 3.3, a title is section 4, running text is 3.4.
        check(&["3. Ansvar", "1. Første.", "2. Anden.", "3. Tredje.", "4. Fjerde punkt om ansvar gælder også her.", "4. Fortrolighed"], "3 | 3.1 | 3.2 | 3.3 | 3.4 | 4");
        check(&["14. Ikrafttræden og ophør", "1. Træder i kraft.", "2. Kan genforhandles.", "3. Gælder så længe.", "4. Kan opsiges.", "5. Underskrift"], "14 | 14.1 | 14.2 | 14.3 | 14.4 | 14.5");
        // `1.` after a paragraph is not a sub-list of it: a footnote or a reference.
        check(&["5. Fortrolighed", "1. Adgang gives kun til medarbejdere.", "2. Listen gennemgås.", "1 Henvisninger til medlemsstat forstås som EØS."], "5 | 5.1 | 5.2");
    }

    /// A section whose number was lost (`16`): `17.1` after `15.2` still starts a clause after a
    /// finished sentence, at most two sections on; a sentence that runs on is not cut.
    #[test]
    fn a_section_skipped_in_the_numbering() {
        check(
            &["15.1 The parties keep each other's information confidential.", "15.2 This clause survives termination.", "17.1 The processor shall indemnify the controller against fines.", "18.1 Notices are given in writing."],
            "15.1 | 15.2 | 17.1 | 18.1",
        );
        check(&["4.1 Tekst om ansvar.", "4.2 Ansvaret for tab, som den ene part påfører den anden part, er begrænset til", "6.1 Millioner kroner om året."], "4.1 | 4.2");
        check(&["4.1 Tekst om ansvar.", "9.1 Uden for rækkefølgen."], "4.1");
    }

    #[test]
    fn letters_and_romans_nest() {
        check(
            &["7.3 The processor shall:", "(a) notify the controller;", "(b) assist the controller, in particular:", "(i) with audits;", "(ii) with assessments; and", "(c) keep records.", "7.4 Costs are borne by each party."],
            "7.3 | 7.3.a | 7.3.b | 7.3.b.i | 7.3.b.ii | 7.3.c | 7.4",
        );
        check(&["7.3 The processor shall:", "7.3.a notify the controller;", "7.3.b assist the controller.", "7.4 Costs."], "7.3 | 7.3.a | 7.3.b | 7.4");
        // `i.` after `h.` is a letter, not a roman one.
        check(&["9.1 Retten til:", "g. sletning", "h. dataportabilitet", "i. indsigelse", "j. ikke at være genstand for profilering"], "9.1");
        check(&["1.3 Gældende regulering, dvs.:", "(i) Persondataloven", "(ii) Persondataforordningen", "2. Omfang"], "1.3 | 1.3.i | 1.3.ii | 2");
        check(&["9.1 Retten til:", "a. indsigt", "b. berigtigelse", "c. sletning", "d. begrænsning", "e. underretning", "f. portabilitet", "g. sletning", "h. dataportabilitet", "i. indsigelse"], "9.1 | 9.1.a | 9.1.b | 9.1.c | 9.1.d | 9.1.e | 9.1.f | 9.1.g | 9.1.h | 9.1.i");
    }

    /// Paragraphs numbered straight through Roman sections go on from the number reached; Roman
    /// sections under a decimal clause do not take the next decimal clause as theirs.
    #[test]
    fn numbers_through_roman_sections() {
        check(
            &["I. SCOPE", "1. This agreement covers the payroll service.", "2. It applies from signature.", "II. INSTRUCTIONS", "3. The processor acts only on instructions.", "4. It tells the controller of unlawful instructions."],
            "I | I.1 | I.2 | II | II.3 | II.4",
        );
        check(
            &["2. Security", "I. Physical measures", "1. Doors are locked.", "2. Visitors sign in.", "II. Technical measures", "Data are encrypted at rest.", "3. Confidentiality", "The staff are bound by confidentiality."],
            "2 | 2.I | 2.I.1 | 2.I.2 | 2.II | 3",
        );
    }

    /// Roman sections whose clauses carry the section's number in digits (`II. Definitioner` /
    /// `2.1 …`) are those decimal sections: their clauses sit under them, and no section title
    /// is left at the end of the clause before it.
    #[test]
    fn roman_sections_whose_clauses_carry_their_number() {
        check(
            &["I. Bakgrund", "1.1 Parterna har ingått ett tjänsteavtal.", "1.2 Avtalet gäller behandlingen.", "II. Definitioner", "2.1 Begrepp har samma betydelse som i förordningen.", "III. Instruktioner", "3.1 Biträdet följer instruktionerna."],
            "1 | 1.1 | 1.2 | 2 | 2.1 | 3 | 3.1",
        );
        check(&["I. SCOPE", "1.1 This addendum covers the payroll service.", "II. INSTRUCTIONS", "2.1 The processor acts only on instructions."], "1 | 1.1 | 2 | 2.1");
    }

    /// `5) Underleverandører` over `a.` items titles its section like `5. Underleverandører`
    /// would: the items carry the title as their heading.
    #[test]
    fn numbers_in_parentheses_title_their_sections() {
        let lines = ["1) Baggrund", "a. Leverandøren hoster Kundens webshop.", "b. Aftalen gælder behandlingen.", "2) Underleverandører", "a. Kunden giver Leverandøren lov til at bruge underleverandører."];
        check(&lines, "1 | 1.a | 1.b | 2 | 2.a");
        let doc = Document::from_paragraphs("case.txt", String::new(), Format::Txt, lines.iter().map(|l| (l.to_string(), ParagraphKind::Body)));
        let clauses = segment(&doc);
        let heading = |id: &str| clauses.iter().find(|c| c.id == id).and_then(|c| c.heading.clone());
        assert_eq!(heading("1.b").as_deref(), Some("Baggrund"));
        assert_eq!(heading("2.a").as_deref(), Some("Underleverandører"));
    }

    /// `Bilag 3 til hovedaftalen` right under the agreement's title makes the agreement an annex
    /// of another contract, and its clauses stay its own; further down, `Bilag 1 til
    /// databehandleraftalen` is one of its annexes.
    #[test]
    fn an_agreement_that_is_an_annex_of_another_contract() {
        check(
            &["Databehandleraftale", "Bilag 3 til hovedaftale om drift af bookingsystemet", "1. Formål", "1.1 Aftalen gælder behandlingen.", "2. Instruks", "2.1 Databehandleren følger instruksen.", "Bilag 1 til databehandleraftalen", "1. Behandlingens formål"],
            "Databehandleraftale | 1 | 1.1 | 2 | 2.1 | Bilag 1 | Bilag 1 1",
        );
        check(&["Data Processing Agreement", "Schedule 4 to the Master Services Agreement", "1. Scope", "1.1 This agreement applies.", "2. Instructions", "2.1 The processor follows them."], "Data Processing Agreement | 1 | 1.1 | 2 | 2.1");
    }

    /// An Art. 28(3) list whose letters were lost: each item is an obligation of its own, so
    /// each is a clause, as a lettered item would be. A list of short items (data types, names)
    /// and a list of three stays one clause.
    #[test]
    fn a_list_of_obligations_without_letters() {
        let items = [
            "The processor shall:",
            "process the personal data only on documented instructions from the controller, unless required to do so by Union or Member State law;",
            "ensure that the persons authorised to process the personal data have committed themselves to confidentiality or are under a statutory duty;",
            "take all the technical and organisational measures required pursuant to Article 32 of the GDPR to protect the personal data;",
            "respect the conditions for engaging another processor laid down in Article 28(2) and (4) of the GDPR and in this agreement;",
            "at the choice of the controller, delete or return all the personal data to the controller after the end of the provision of the services.",
            "Governing law",
            "This agreement is governed by the laws of Denmark.",
        ];
        check(&items, "¶1 | ¶2 | ¶3 | ¶4 | ¶5 | Governing law");
        let numbered: Vec<&str> = ["4. Obligations of the processor", "4.1 The processor shall:"].into_iter().chain(items[1..6].iter().copied()).chain(["4.2 The processor keeps records."]).collect();
        check(&numbered, "4 | 4.1 | 4.1 ¶2 | 4.1 ¶3 | 4.1 ¶4 | 4.1 ¶5 | 4.2");
        let danish = [
            "Databehandleren skal:",
            "kun behandle personoplysningerne efter dokumenteret instruks fra den dataansvarlige, medmindre det kræves i henhold til EU-retten eller national ret;",
            "sikre, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed eller er underlagt tavshedspligt;",
            "iværksætte alle de tekniske og organisatoriske foranstaltninger, der kræves i henhold til databeskyttelsesforordningens artikel 32;",
            "overholde betingelserne for at gøre brug af en anden databehandler, jf. artikel 28, stk. 2 og 4, i databeskyttelsesforordningen;",
            "efter den dataansvarliges valg slette eller tilbagelevere alle personoplysninger til den dataansvarlige, når tjenesterne er leveret.",
        ];
        let ids = segment(&lines_document("l.txt", &danish.join("\n"))).len();
        assert_eq!(ids, 5, "each Danish obligation is a clause");
        // Short items and a list of three long ones stay where they are.
        check(&["Databehandleraftale", "Behandlingen omfatter:", "navn;", "adresse;", "e-mail;", "telefonnummer;", "kundenummer."], "Databehandleraftale");
        check(&items[..4].iter().copied().chain(["Governing law"]).collect::<Vec<_>>(), "Preamble | Governing law");
    }

    #[test]
    fn numbers_inside_sentences_start_nothing() {
        check(&["1. Formål", "1.1 Aftalen er indgået i henhold til forordning (EU) 2016/679 af", "27. april 2016 om beskyttelse af fysiske personer.", "1.2 Den gælder fra", "1. januar 2024 og indtil videre."], "1 | 1.1 | 1.2");
        check(&["8.4 Instruksen om overførsel skal angives i bilag", "C.6.", "8.5 Disse bestemmelser er ikke standardkontraktsbestemmelser."], "8.4 | 8.5");
        check(&["Vertrag", "§ 3 Unterauftragsverarbeiter", "(1) Änderungen werden mindestens", "14 Tage im Voraus", "angekündigt.", "(2) Widerspruch ist möglich."], "Vertrag | 3 | 3.1 | 3.2");
        check(&["3. Security", "3.1 The processor keeps personal data for", "30 days after termination and deletes it.", "2 faktor login er påkrævet.", "3.2 Backups are encrypted."], "3 | 3.1 | 3.2");
        check(&["5. Fortrolighed", "5.1 Medarbejderne er underlagt tavshedspligt.", "12", "5.2 Adgangen gennemgås løbende.", "1 Henvisninger til medlemsstat skal forstås som EØS-medlemsstater."], "5 | 5.1 | 5.2");
        check(&["Article 28 Processor", "Article 28(3)(a) of the GDPR requires documented instructions.", "Article 29 Processing under the authority"], "28 | 29");
    }

    #[test]
    fn annexes_take_their_own_numbering() {
        check(&["1. Scope", "1.1 This DPA applies.", "Annex I – Details of processing", "1. Subject matter", "1.1 Hosting.", "ANNEX II", "TECHNICAL AND ORGANISATIONAL MEASURES", "1. Access control"], "1 | 1.1 | Annex I | Annex I 1 | Annex I 1.1 | Annex II | Annex II 1");
        check(&["1. Formål", "1.1 Tekst.", "Bilag C Instruks", "C.1. Genstand", "Tekst om genstand.", "C.2 Sikkerhed", "Tekst om sikkerhed."], "1 | 1.1 | Bilag C | C.1 | C.2");
        // A reference that wraps onto a line of its own is not an annex.
        check(&["6.1 Databehandleren må kun overføre oplysninger i det omfang dette fremgår af", "bilag 6 til denne aftale.", "6.2 Tekst."], "6.1 | 6.2");
        check(&["4.1 The processor implements the measures described in", "Annex II.", "4.2 Text."], "4.1 | 4.2");
        check(&["1. Scope", "1.1 The following schedules form part of this DPA:", "- Schedule A: List of parties", "1.2 Text.", "Schedule A", "List of parties", "The exporter is the customer."], "1 | 1.1 | 1.2 | Schedule A");
    }

    /// A Word table of two columns holding the clauses (number | text, or the same clause in two
    /// languages) is read as numbered lines; a numbered table of names, or of more columns, stays
    /// a table.
    #[test]
    fn clauses_in_a_table() {
        check(
            &[
                "Databehandleraftale",
                "| Pkt. | Bestemmelse |",
                "| 1 | Formål |",
                "| 1.1 | Leverandøren behandler personoplysninger for Kunden efter hovedaftalen. |",
                "| 1.2 | Aftalen gælder, så længe hovedaftalen løber og data behandles. |",
                "| 2 | Sikkerhed |",
                "| 2.1 | Leverandøren beskytter data med kryptering og styring af adgang. |",
            ],
            "Databehandleraftale | 1 | 1.1 | 1.2 | 2 | 2.1",
        );
        check(
            &["1. Purpose", "1.1 The Vendor hosts the booking system.", "2. Sub-processors", "2.1 The Vendor uses these sub-processors:", "| 1. | Acme Hosting Ltd, Dublin |", "| 2. | Mailfly GmbH, Berlin |", "| 3. | Smsbud AB, Malmö |", "3. Security", "3.1 The Vendor encrypts data."],
            "1 | 1.1 | 2 | 2.1 | 3 | 3.1",
        );
        // The same clauses in two languages side by side, each cell opening with the number.
        check(
            &[
                "Databehandleraftale / Data Processing Agreement",
                "| Dansk | English |",
                "| mellem Fjordhavn ApS og Skyline Oy | between Fjordhavn ApS and Skyline Oy |",
                "| 1 Formål | 1 Purpose |",
                "| 1.1 Leverandøren behandler personoplysninger for Kunden efter hovedaftalen. | 1.1 The Supplier processes personal data for the Customer under the main agreement. |",
                "| 1.2 Aftalen gælder, så længe hovedaftalen løber og Leverandøren behandler data. | 1.2 This agreement applies as long as the main agreement runs and the Supplier processes data. |",
                "| 2 Sikkerhed | 2 Security |",
                "| 2.1 Leverandøren krypterer alle data under transport. | 2.1 The Supplier encrypts all data in transit. |",
            ],
            "Databehandleraftale / Data Processing Agreement | 1 | 1.1 | 1.2 | 2 | 2.1",
        );
        // Nor is a numbered table of more columns, whatever its cells say.
        check(
            &[
                "1. Formål",
                "1.1 Biträdet behandlar uppgifter för dessa ändamål:",
                "| 1 | Tillhandahålla tjänsten | Göra det möjligt för användarna att logga in och genomföra kurser |",
                "| 2 | Skicka påminnelser | Påminna användarna om kurser som inte är slutförda via e-post |",
                "| 3 | Ta fram statistik | Sammanställa rapporter om genomförda utbildningar för kunden |",
                "2. Säkerhet",
                "2.1 Biträdet krypterar uppgifterna.",
            ],
            "1 | 1.1 | 2 | 2.1",
        );
    }

    /// Recitals lettered under their own heading end where the articles start, numbered in
    /// another style: the articles' sections are not the recitals'.
    #[test]
    fn articles_after_lettered_recitals() {
        check(
            &[
                "DATA PROCESSING AGREEMENT",
                "BETWEEN",
                "(1) HARBOURVIEW MARINAS LIMITED, a company registered in Malta; and",
                "(2) TIDELOG SYSTEMS LIMITED, a company registered in Cyprus.",
                "RECITALS",
                "(A) The Contractor licenses its berth booking platform to the Company.",
                "(B) This Agreement sets out the terms on which the Contractor processes personal data.",
                "ARTICLE I — DEFINITIONS",
                "1.1 In this Agreement, GDPR means Regulation (EU) 2016/679.",
                "1.2 Headings do not affect the interpretation of this Agreement.",
                "ARTICLE II — SCOPE",
                "2.1 The Contractor processes booking data for the Company.",
            ],
            "DATA PROCESSING AGREEMENT | BETWEEN | BETWEEN 1 | BETWEEN 2 | RECITALS | RECITALS A | RECITALS B | 1 | 1.1 | 1.2 | 2 | 2.1",
        );
        // The same in Danish, numbered sections after a lettered preamble.
        check(
            &[
                "DATABEHANDLERAFTALE",
                "PARTER",
                "(1) HAVNELYS ApS, CVR-nr. 12345678, Havnegade 1, 8000 Aarhus, og",
                "(2) BOOKVÆRK A/S, CVR-nr. 87654321, Strandvej 2, 2100 København.",
                "BAGGRUND",
                "(A) Leverandøren stiller et bookingsystem til rådighed for Kunden.",
                "(B) Denne aftale fastlægger vilkårene for Leverandørens behandling af personoplysninger.",
                "1. DEFINITIONER",
                "1.1 Begreberne har samme betydning som i databeskyttelsesforordningen.",
                "2. OMFANG",
                "2.1 Leverandøren behandler bookingdata for Kunden.",
            ],
            "DATABEHANDLERAFTALE | PARTER | PARTER 1 | PARTER 2 | BAGGRUND | BAGGRUND A | BAGGRUND B | 1 | 1.1 | 2 | 2.1",
        );
    }

    #[test]
    fn a_table_of_contents_is_not_clauses() {
        check(&["DATABEHANDLERAFTALE", "Bilag 1 Hovedydelsen", "Bilag 2 Sikkerhed", "Bilag 3 Underdatabehandlere", "1 BAGGRUND", "1.1 Tekst.", "BILAG 1", "HOVEDYDELSEN", "1 FORMÅL"], "DATABEHANDLERAFTALE | 1 | 1.1 | Bilag 1 | Bilag 1 1");
        // The list merged into one paragraph: the first entry alone still is no annex.
        check(&["DATABEHANDLERAFTALE", "Bilag 1 Hovedydelsen", "Bilag 2 Sikkerhed Bilag 3 Underdatabehandlere Bilag 4 Den dataansvarliges forpligtelser Bilag 5 Overførsel", "1 BAGGRUND", "1.1 Tekst.", "BILAG 1", "HOVEDYDELSEN", "1 FORMÅL"], "DATABEHANDLERAFTALE | 1 | 1.1 | Bilag 1 | Bilag 1 1");
        check(&["Indholdsfortegnelse", "1. Præambel ........ 2", "2. Instruks ........ 3", "3. Sikkerhed ....... 4", "1. Præambel", "1.1 Tekst.", "2. Instruks", "2.1 Tekst."], "Indholdsfortegnelse | 1 | 1.1 | 2 | 2.1");
        // Ingest dropped the entries (dot leaders): the line before the text is the first section.
        check(&["DATABEHANDLERAFTALE", "1. Indhold", "2. Præambel", "1. Disse Bestemmelser fastsætter databehandlerens rettigheder og forpligtelser, når denne behandler personoplysninger.", "2. Tekst."], "DATABEHANDLERAFTALE | 1 | 2 | 2.1 | 2.2");
    }

    #[test]
    fn keywords_and_paragraph_signs() {
        check(&["§ 1 Gegenstand", "(1) Der Auftragnehmer verarbeitet Daten.", "(2) Die Dauer richtet sich nach dem Hauptvertrag.", "§ 2 Weisungen", "(1) Weisungen erfolgen schriftlich."], "1 | 1.1 | 1.2 | 2 | 2.1");
        check(&["Klausul 1 Formål", "Klausul 2 Instruks", "Databehandleren følger instruks."], "1 | 2");
        // Abbreviated keywords: `Pkt. 2.1`, `Sec. 3`, `Ziff. 1`; a reference inside a sentence
        // (`jf. pkt. 2.1`) starts nothing.
        check(&["Pkt. 1 Formål", "Pkt. 1.1 Leverandøren behandler oplysninger for Kunden.", "Pkt. 2 Instruks", "Pkt. 2.1 Leverandøren følger Kundens instruks, jf. pkt. 1.1."], "1 | 1.1 | 2 | 2.1");
        check(&["Sec. 1 Scope", "Sec. 1.1 The Vendor processes data for the Customer.", "Sec. 2 Security", "The Vendor keeps the data safe."], "1 | 1.1 | 2");
        check(&["Ziff. 1 Gegenstand", "Ziff. 1.1 Der Anbieter verarbeitet Daten des Kunden.", "Ziff. 2 Weisungen"], "1 | 1.1 | 2");
        check(&["Article 1 – Definitions", "1. In this DPA, personal data has the meaning in the GDPR.", "2. Terms in capitals are defined in the main agreement.", "Article 2 – Scope", "This DPA applies to all processing under the main agreement."], "1 | 1.1 | 1.2 | 2");
        check(&["Clause 1", "Purpose and scope", "(a) The purpose of these clauses is compliance.", "SECTION II – OBLIGATIONS OF THE PARTIES", "Clause 8", "Data protection safeguards", "8.1 Instructions", "(a) The importer acts on instructions.", "Clause 9", "Use of sub-processors"], "1 | 1.a | SECTION II – OBLIGATIONS OF THE PARTIES | 8 | 8.1 | 8.1.a | 9");
        check(&["I. GENERAL PROVISIONS", "1. This agreement governs the processing.", "II. SECURITY", "1. The processor encrypts data."], "I | I.1 | II | II.1");
        // After a clause word a title may list several topics in more than ten words.
        check(
            &["§ 1 Gegenstand", "(1) Der Auftragnehmer betreibt die Buchungssoftware.", "§ 2 Gegenstand und Zweck der Verarbeitung, Arten der Daten, Kreis der Betroffenen", "(1) Die Einzelheiten ergeben sich aus Anlage 1."],
            "1 | 1.1 | 2 | 2.1",
        );
        check(&["Article 1 Nature and purpose of the processing, types of data and data subjects", "The details are set out in Annex 1.", "Article 2 Security", "The processor encrypts data."], "1 | 2");
    }

    /// Swedish statute style: the paragraph sign after the number (`1 §`), each opening running
    /// text, under plain headings; `enligt 12 §` inside a sentence starts nothing.
    #[test]
    fn numbers_before_the_paragraph_sign() {
        check(
            &[
                "AVTAL OM PERSONUPPGIFTSBITRÄDE",
                "Syfte",
                "1 § Detta avtal gäller behandlingen av personuppgifter i bokningstjänsten.",
                "2 § Avtalet har företräde framför tjänsteavtalet.",
                "Säkerhet",
                "3 § Biträdet ska skydda uppgifterna med lämpliga åtgärder.",
                "Hjälp enligt 3 § ingår i avgiften.",
                "4\u{a0}§ Biträdet ska föra logg över åtkomst.",
            ],
            "AVTAL OM PERSONUPPGIFTSBITRÄDE | 1 | 2 | Säkerhet | 3 | 4",
        );
        // The sign before the number, numbered straight through plain headings, each paragraph
        // opening its running text: a run of them is clauses.
        check(
            &[
                "AVTAL OM PERSONUPPGIFTSBITRÄDE",
                "Syfte",
                "§ 1 Detta avtal gäller behandlingen av personuppgifter i bokningstjänsten.",
                "§ 2 Avtalet har företräde framför tjänsteavtalet.",
                "Säkerhet",
                "§ 3 Biträdet ska skydda uppgifterna med lämpliga åtgärder.",
                "§ 4 Biträdet ska föra logg över åtkomst.",
            ],
            "AVTAL OM PERSONUPPGIFTSBITRÄDE | 1 | 2 | Säkerhet | 3 | 4",
        );
        // A reference at the start of a line, alone, starts nothing.
        check(
            &["1. Scope", "1.1 The Supplier processes staff data for the Customer.", "Article 28 of the GDPR requires this agreement to be in writing.", "2. Instructions", "2.1 The Supplier follows written instructions."],
            "1 | 1.1 | 2 | 2.1",
        );
    }

    /// The parties listed `(1)`, `(2)` before the first section belong to the block before it;
    /// `1. Definitions` starts the document's own numbering, as a plain line or a Word heading.
    #[test]
    fn parties_listed_before_the_first_section() {
        let lines = |heading: &str| {
            [
                "DATA PROCESSING AGREEMENT".to_string(),
                "This agreement is made between:".to_string(),
                "(1) Harbour Fitness Limited, a company registered in Ireland (\"Customer\"); and".to_string(),
                "(2) Loopline B.V., a company registered in the Netherlands (\"Supplier\").".to_string(),
                format!("{heading}1. Definitions"),
                "1.1 Terms have the meaning given in the GDPR.".to_string(),
                format!("{heading}2. Processing"),
                "2.1 The Supplier processes member data for the Customer.".to_string(),
            ]
        };
        for heading in ["", "#"] {
            let lines = lines(heading);
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            check(&lines, "DATA PROCESSING AGREEMENT | 1 | 1.1 | 2 | 2.1");
        }
    }

    /// The parties `(1)`, `(2)` and then recitals `(A)`, `(B)` under a heading of their own before
    /// `1. Definitions`: neither list takes the sections' numbers (no `2.B.3`, no `1 (2)`); the
    /// recitals stay under their heading.
    #[test]
    fn parties_and_recitals_before_the_first_section() {
        check(
            &[
                "Data Processing Addendum",
                "THIS ADDENDUM is made on the date of the last signature below BETWEEN:",
                "(1) LANTERNWAY SOFTWARE, INC., a Delaware corporation (\"Lanternway\"); and",
                "(2) the customer named in the order form (the \"Customer\").",
                "BACKGROUND",
                "(A) Lanternway provides the Customer with an online rostering service.",
                "(B) In doing so Lanternway processes personal data on the Customer's behalf.",
                "1. Definitions",
                "1.1 Terms have the meaning given in the GDPR.",
                "2. Personnel",
                "2.1 Lanternway staff are bound by confidentiality.",
                "3. Security",
                "3.1 Lanternway encrypts personal data at rest.",
            ],
            "Data Processing Addendum | BACKGROUND | BACKGROUND ¶2 | 1 | 1.1 | 2 | 2.1 | 3 | 3.1",
        );
        check(
            &[
                "Databehandleraftale",
                "Denne aftale er indgået mellem:",
                "(1) Skovbryn Regnskab ApS, CVR-nr. 11223344 (\"Kunden\"), og",
                "(2) Lønvægten A/S, CVR-nr. 44332211 (\"Leverandøren\").",
                "BAGGRUND",
                "(A) Leverandøren leverer et lønsystem til Kunden.",
                "(B) Leverandøren behandler derfor personoplysninger på Kundens vegne.",
                "1. Definitioner",
                "1.1 Begreberne har samme betydning som i databeskyttelsesforordningen.",
                "2. Sikkerhed",
                "2.1 Leverandøren krypterer personoplysningerne.",
            ],
            "Databehandleraftale | BAGGRUND | 1 | 1.1 | 2 | 2.1",
        );
    }

    /// A table of contents after the parties is a clause of its own; it does not title the
    /// parties' block, which keeps what it says about them.
    #[test]
    fn contents_after_the_parties() {
        check(
            &[
                "Vereinbarung zur Auftragsverarbeitung zwischen der Stadtwerke Nordheim GmbH, Am Markt 2, 37154 Northeim, und der Zählwerk Service GmbH, Hafenstraße 9, 28217 Bremen",
                "Inhaltsverzeichnis",
                "1. Gegenstand . . . . . . . . . . . . . . . 2",
                "2. Weisungen . . . . . . . . . . . . . . . . 2",
                "1. Gegenstand",
                "1.1 Der Auftragsverarbeiter liest die Zähler ab.",
                "2. Weisungen",
                "2.1 Weisungen erfolgen in Textform.",
            ],
            "Preamble | Inhaltsverzeichnis | 1 | 1.1 | 2 | 2.1",
        );
    }

    #[test]
    fn headings_without_numbers() {
        check(&["#Data Processing Agreement", "#Scope", "This agreement covers the service.", "#Confidentiality", "Staff are bound by confidentiality."], "Data Processing Agreement | Scope | Confidentiality");
        check(&["Data Processing Agreement", "SCOPE", "This agreement covers the hosting service.", "SUB-PROCESSORS", "The processor may engage sub-processors."], "Data Processing Agreement | SCOPE | SUB-PROCESSORS");
        check(&["The processor shall process data only on instructions.", "The processor shall keep the data confidential."], "¶1 | ¶2");
        // A signature form is no heading.
        check(&["1. Ophør", "1.1 Aftalen gælder til ophør.", "1.2 Den kan opsiges skriftligt.", "Navn Tine Hansen", "Stilling Partner", "Telefonnummer +45 42 52 30 75", "E-mail tine@example.dk", "Underskrift"], "1 | 1.1 | 1.2");
        check(&["1. Kontakt", "1.1 Parterne kontakter hinanden.", "1.2 Ændringer meddeles.", "Navn Tine Hansen", "E-mail tine@example.dk", "Bilag A Oplysninger om behandlingen", "A.1. Formålet er lønberegning."], "1 | 1.1 | 1.2 | Bilag A | A.1");
        // An annex lost its heading: the heading line after the last numbered clause starts a block.
        check(&["1. Kontakt", "1.1 Parterne kan kontakte hinanden.", "1.2 Parterne orienterer hinanden om ændringer.", "De behandlede oplysninger", "Oplysningerne vedrører kunder og medarbejdere hos den dataansvarlige."], "1 | 1.1 | 1.2 | De behandlede oplysninger");
    }

    #[test]
    fn heading_kinds_from_the_source_format() {
        check(&["#Databehandleraftale", "##1. Formål", "Aftalen regulerer behandlingen.", "##2. Sikkerhed", "- a) kryptering", "- b) adgangsstyring", "##Bilag A – Instruks", "Instruksen er som følger."], "Databehandleraftale | 1 | 2 | 2.a | 2.b | Bilag A");
    }

    #[test]
    fn numbering_restarting_under_plain_headings() {
        check(
            &["#Data Processing Agreement", "##Scope", "1. This agreement applies to the hosting service.", "2. It forms part of the main agreement.", "##Security", "1. The processor encrypts personal data.", "2. Access is logged."],
            "Data Processing Agreement | Scope | Scope 1 | Scope 2 | Security | Security 1 | Security 2",
        );
    }

    #[test]
    fn the_title_names_the_preamble() {
        check(&["DATABEHANDLERAVTALE mellom Fjordlys AS og Skyhavn AS", "1. Formål", "1.1 Tekst.", "1.2 Tekst."], "DATABEHANDLERAVTALE | 1 | 1.1 | 1.2");
        check(&["This agreement is made between Fjordlys AS and Skyhavn AS.", "1. Scope", "1.1 Text.", "1.2 Text."], "Preamble | 1 | 1.1 | 1.2");
    }

    #[test]
    fn ids_are_never_empty() {
        check(&["#:", "Text that follows a heading without letters."], "¶1 | ¶2");
        check(&["#:", "1. Scope", "1.1 Text.", "1.2 More text."], "Preamble | 1 | 1.1 | 1.2");
    }

    #[test]
    fn repeated_ids_are_numbered() {
        check(&["1. Scope", "1.1 Text.", "1. Scope", "1.1 Text again."], "1 | 1.1 | 1 (2) | 1.1 (2)");
    }

    #[test]
    fn empty_numbers_join_the_clause_before() {
        check(&["1. Sletning", "1.1 Data slettes ved ophør.", "1.1.1", "BILAG 1", "1 FORMÅL"], "1 | 1.1 | Bilag 1 | Bilag 1 1");
    }
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_lines_give_valid_clauses(lines in proptest::collection::vec("(§ ?[0-9]{1,3}|\\(?[a-z]\\)|[0-9]{1,2}(\\.[0-9]{1,2}){0,2}\\.?|Bilag [A-C1-3]|ANNEX I|[A-Z]\\.[0-9])? ?[A-Za-zæøå ,.:]{0,40}", 0..40)) {
            let doc = lines_document("p.txt", &lines.join("\n"));
            let clauses = segment(&doc);
            prop_assert!(check_invariants(&doc, &clauses).is_empty());
            if doc.chars > 0 {
                prop_assert!(!clauses.is_empty());
                prop_assert_eq!(clauses[0].span[0], 0);
                prop_assert_eq!(clauses[clauses.len() - 1].span[1], doc.chars);
            }
        }

        #[test]
        fn any_text_and_kinds_never_panic(paras in proptest::collection::vec(("\\PC{0,60}", 0u8..6), 0..30)) {
            let kinds = paras.into_iter().map(|(text, k)| {
                let kind = match k {
                    0 | 1 => ParagraphKind::Body,
                    2 => ParagraphKind::Heading(k),
                    3 => ParagraphKind::ListItem(1),
                    4 => ParagraphKind::TableRow,
                    _ => ParagraphKind::Heading(1),
                };
                (text, kind)
            });
            let doc = Document::from_paragraphs("p.md", String::new(), Format::Md, kinds);
            let clauses = segment(&doc);
            prop_assert!(check_invariants(&doc, &clauses).is_empty());
            prop_assert!(clauses.iter().all(|c| !c.id.trim().is_empty()));
        }
    }
}

/// An agreement sent in an e-mail ("Emne: …" / "Dato: …" / "Hej Jonas"): its title is the line
/// in capitals under the greeting, not the subject line.
#[test]
fn an_agreement_in_an_email_is_titled_by_its_own_title() {
    let lines = [
        "Emne: Databehandleraftale for webshop",
        "Dato: 12. januar 2026",
        "Hej Jonas",
        "Som lovet sender jeg her vores databehandleraftale.",
        "DATABEHANDLERAFTALE",
        "Mellem Cykelhuset ApS og Webværket ApS.",
        "1) Baggrund",
        "a. Webværket hoster Kundens webshop.",
        "2) Instruks",
        "a. Webværket behandler kun oplysninger efter instruks.",
        "3) Sletning",
        "a. Webværket sletter oplysningerne ved ophør.",
    ];
    let doc = Document::from_paragraphs("mail.txt", String::new(), Format::Txt, lines.iter().map(|l| (l.to_string(), ParagraphKind::Body)));
    let clauses = segment(&doc);
    assert_eq!(clauses[0].id, "DATABEHANDLERAFTALE", "{:?}", clauses.iter().map(|c| &c.id).collect::<Vec<_>>());
}
