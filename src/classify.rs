//! Clauses → categories, with the cue phrases that decided them.
//!
//! Each clause is scored per category from the cue phrases of the document's lexicon found in its
//! body, plus those in its heading and its parent section's heading (strong evidence, but the
//! body alone must be able to carry a category: many DPAs have no headings). The categories within
//! half of the best score and above a floor are kept, at most three.

use std::collections::BTreeMap;

use crate::lexicon::{lexicon, Analysed, Analyser, Target};
use crate::taxonomy::Cover;
use crate::{Category, Clause, Cue, Document, Lang};

/// A category needs at least this much evidence (one strong cue, or a heading cue and a weak one).
const FLOOR: f32 = 3.0;
/// Other categories must reach this share of the best one.
const RELATIVE: f32 = 0.34;
/// A clause carries at most this many categories (taxonomy.md §1).
const MAX_CATEGORIES: usize = 3;
/// How many cue-less paragraphs in a row go on with the topic of a classified one before them.
const CONTINUED_PARAGRAPHS: usize = 3;
/// A section needs this many paragraphs led by one category before its other cue-less
/// paragraphs take that category as their topic.
const SECTION_TOPIC_MIN: usize = 3;
/// After this many paragraphs in a row about other topics, a section's heading no longer counts
/// for the rest of its paragraphs (see [`Drift`]).
const DRIFT: usize = 3;
/// A section's heading does not count for its paragraphs when fewer than this share of those
/// with a topic of their own name the heading's topic (see [`Drift`]).
const OFF_TOPIC_SHARE: f32 = 0.25;
/// How much a cue in the clause's own heading counts, relative to the body.
const OWN_HEADING: f32 = 1.5;
/// How much a cue in the parent section's heading (or the nearest heading line before) counts.
const PARENT_HEADING: f32 = 1.0;
/// A phrase found again in the same clause adds this share of its weight, at most twice.
const REPEAT: f32 = 0.25;
/// Each further cue of a category counts this much of the one before.
const DECAY: f32 = 0.6;
/// A label that names a kind of data has at most this many words ("End-customer contract data").
const DATA_LABEL_WORDS: usize = 6;
/// A required (or covered) category that no clause carries is still covered by the clause with
/// the most evidence for it, if that evidence reaches this (it lost only to stronger topics of
/// the same clause): an agreement is not "missing" an item its words cover.
const COVERAGE_FLOOR: f32 = 3.0;

/// Sets `categories`, `score` and `cues` on each clause.
pub fn classify(document: &Document, clauses: &mut [Clause]) {
    let analyser = lexicon(language(document)).analyser();
    let bodies: Vec<Analysed> = clauses.iter().map(|c| analyser.analyse(&c.text)).collect();
    let bodies: Vec<&Analysed> = bodies.iter().collect();
    classify_analysed(&analyser, clauses, &bodies);
}

/// [`classify`] with each clause's text already analysed: `bodies[i]` must have the tokens and
/// hits of `clauses[i].text` (it may end a sentence at a paragraph break too: classify only asks
/// whether a clause is one sentence), so that the pipeline analyses each clause once for classify
/// and extract.
pub(crate) fn classify_analysed(analyser: &Analyser, clauses: &mut [Clause], bodies: &[&Analysed]) {
    let contexts = context_headings(clauses);
    // Many clauses share a heading; score each heading once.
    let mut heading_cache: crate::hash::FxMap<String, Heading> = crate::hash::FxMap::default();
    let mut heading = |h: &str| heading_cache.entry(h.to_string()).or_insert_with(|| Heading::new(analyser, h)).clone();
    // Every clause's scores, for the required categories no clause gets.
    let mut all_scores: Vec<BTreeMap<Category, f32>> = Vec::with_capacity(clauses.len());
    let body_scores: Vec<BTreeMap<Category, f32>> = bodies.iter().map(|b| category_scores(b, true)).collect();
    let context_headings: Vec<Option<Heading>> = contexts.iter().map(|h| h.as_deref().map(&mut heading)).collect();
    let mut drift = Drift::new(clauses, &context_headings, &body_scores);
    for (i, clause) in clauses.iter_mut().enumerate() {
        // A table of contents that ingest could not break into entries names every topic.
        if clause.heading.as_deref().is_some_and(crate::segment::is_contents_heading) {
            clause.score = 0.0;
            clause.categories = vec![Category::Unclassified];
            clause.cues = Vec::new();
            all_scores.push(BTreeMap::new());
            continue;
        }
        let mut scores = body_scores[i].clone();
        let context = context_headings[i].as_ref().filter(|h| drift.speaks_for(&clause.id, &h.scores, &body_scores[i]));
        if let Some(h) = &clause.heading {
            add_scaled(&mut scores, &heading(h).shared(&body_scores[i]), OWN_HEADING);
        }
        if let Some(h) = &context {
            add_scaled(&mut scores, &h.shared(&body_scores[i]), PARENT_HEADING);
        }
        let chosen = choose(&scores);
        all_scores.push(scores);
        clause.score = chosen.first().map_or(0.0, |(_, s)| confidence(*s));
        clause.categories = if chosen.is_empty() { vec![Category::Unclassified] } else { chosen.iter().map(|(c, _)| *c).collect() };
        clause.cues = cues(bodies[i], &clause.categories, clause.span[0]);
    }
    data_lines(clauses, bodies);
    scope_labels(clauses, bodies);
    signature_blocks(clauses);
    reached_from_abroad(clauses, bodies);
    continue_topics(clauses);
    continue_lists(clauses);
    cover(clauses, &all_scores, bodies);
}

/// The lines after a scope clause that each name a kind of personal data and what it holds
/// ("Contact data – names, e-mail addresses", "Kontaktoplysninger: navn og telefon") are part of
/// the scope, whatever their words touch: "payment information" there is a type of data, not a
/// clause about costs. A clause of more than that one sentence keeps its categories: what follows
/// the list (where the data are kept, for how long) has topics of its own.
fn data_lines(clauses: &mut [Clause], bodies: &[&Analysed]) {
    for i in 1..clauses.len() {
        let one_sentence = || bodies[i].tokens.iter().rev().skip(1).all(|t| !t.sentence_end);
        if clauses[i - 1].categories.contains(&Category::Scope)
            && clauses[i].categories != [Category::Scope]
            && one_sentence()
            && data_label(&clauses[i].text, bodies[i]).is_some()
        {
            if !clauses[i].categories.contains(&Category::Scope) {
                clauses[i].score = clauses[i - 1].score / 2.0;
            }
            clauses[i].categories = vec![Category::Scope];
            clauses[i].cues.retain(|c| c.category == Category::Scope);
        }
    }
}

/// A signature block the segmenter split off after the last clause (places, dates, the parties'
/// names, the signatories and their titles) names the parties and who signs for them, whatever
/// words it happens to hold.
fn signature_blocks(clauses: &mut [Clause]) {
    for clause in clauses.iter_mut().filter(|c| c.heading.is_none() && crate::segment::is_signature_block(&c.id)) {
        settle(clause, Category::PartiesContacts);
    }
}

/// Gives a clause one category that a rule has decided, at least the floor's confidence, and
/// only the cues that argue for it.
fn settle(clause: &mut Clause, category: Category) {
    clause.categories = vec![category];
    clause.score = clause.score.max(confidence(FLOOR));
    clause.cues.retain(|c| c.category == category);
}

/// A line labelled with what the scope lists ("Registrerede: elever, forældre …", "Categories of
/// data subjects: customers and staff") is about the scope, whatever the heading above it says
/// (a Danish "Bilag 1 – Instruks" holds the description of the processing). A definition after
/// the label is no list.
fn scope_labels(clauses: &mut [Clause], bodies: &[&Analysed]) {
    for (clause, body) in clauses.iter_mut().zip(bodies) {
        if clause.categories.contains(&Category::Scope) {
            continue;
        }
        let Some(colon) = clause.text.find(':') else { continue };
        let label_chars = clause.text[..colon].chars().count() as u32;
        let words = body.tokens.iter().take_while(|t| t.end <= label_chars).count();
        // The label alone, or after the clause's number ("2.3 Registrerede:").
        let labelled = ["data_subjects_heading", "data_types_heading"]
            .iter()
            .any(|c| body.concept(c).any(|h| h.last == words && h.first <= 1 && (h.first == 0 || body.tokens[0].number.is_some())));
        // A list after the label, not a definition ("Data Subject: The person to whom …").
        let listed = clause.text[colon..].contains([',', ';']);
        if labelled && listed && (1..=DATA_LABEL_WORDS).contains(&words) {
            settle(clause, Category::Scope);
        }
    }
}

/// A clause that names a third country and has the data kept or reached there ("Our support team
/// in Pune, India can access customer data", "Deren Mitarbeitende können … zugreifen") is about a
/// transfer, whatever its heading: staff or a subsidiary abroad that see the data receive it.
fn reached_from_abroad(clauses: &mut [Clause], bodies: &[&Analysed]) {
    for (clause, body) in clauses.iter_mut().zip(bodies) {
        let cats = &clause.categories;
        if cats.contains(&Category::Transfers) || cats.contains(&Category::DataSubjectRights) || cats.len() >= MAX_CATEGORIES {
            continue;
        }
        // Access anywhere in the clause ("… in Pune, India. Its staff can access …"); keeping
        // right before the country ("stored in the United States"), as `processed` is everywhere.
        let stored_in = |country: &crate::lexicon::Hit| body.concept("stored").find(|v| v.last <= country.first && v.last + 4 >= country.first);
        let Some((country, verb)) = body.concept("third_country_name").find_map(|c| reaches_data(body).or_else(|| stored_in(c)).map(|v| (c, v))) else { continue };
        if clause.categories == [Category::Unclassified] {
            clause.categories.clear();
            clause.score = confidence(FLOOR);
        }
        clause.categories.push(Category::Transfers);
        for h in [country, verb] {
            let [s, e] = body.span(h.first, h.last);
            clause.cues.push(Cue { category: Category::Transfers, span: [clause.span[0] + s, clause.span[0] + e] });
        }
    }
}

/// Where a clause speaks of reaching the data: an access word with a data noun at most six words
/// away ("can access customer data", "auf Kundendaten zugreifen"), not any document that is
/// "accessible".
pub(crate) fn reaches_data(body: &Analysed) -> Option<&crate::lexicon::Hit> {
    body.concept("access").find(|a| body.concept("data_noun").any(|d| d.first <= a.last + 6 && a.first <= d.last + 6))
}

/// The label of a line that names a kind of data (at most [`DATA_LABEL_WORDS`] words, the last a
/// data noun: "Contact data", "Stammdaten"), then a colon or a dash and what it holds. A defined
/// term ("'Personal Data' means …") and a sentence with a verb have none. `body` is `text`
/// analysed.
pub(crate) fn data_label<'t>(text: &'t str, body: &Analysed) -> Option<&'t str> {
    let sep = [":", " – ", " — ", " - ", " | "].iter().filter_map(|s| text.find(s)).min()?;
    let label = &text[..sep];
    if label.contains(['"', '“', '”', '‘', '’', '\'', '«', '»', '„']) {
        return None;
    }
    let chars = label.chars().count() as u32;
    let words = body.tokens.iter().take_while(|t| t.end <= chars).count();
    let verb_soon = (words + 3).min(body.tokens.len());
    let named = (1..=DATA_LABEL_WORDS).contains(&words)
        && words < body.tokens.len()
        && body.concept("data_noun").any(|h| h.last == words)
        && !body.has("modal", 0, verb_soon)
        && !body.has("defines", 0, verb_soon);
    named.then_some(label)
}

/// An item of a list its parent clause introduces ("… ensure compliance with:" / "c. the right
/// of access") that names no topic of its own goes on with the parent's first topic; it carries
/// no cues and half the parent's score.
fn continue_lists(clauses: &mut [Clause]) {
    let index: crate::hash::FxMap<String, usize> = clauses.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
    for i in 0..clauses.len() {
        if clauses[i].categories != [Category::Unclassified] {
            continue;
        }
        let Some(p) = parent_ids(&clauses[i].id).first().and_then(|p| index.get(p)).copied().filter(|&p| p < i) else { continue };
        let parent = &clauses[p];
        if parent.categories[0] != Category::Unclassified && parent.text.trim_end().ends_with(':') {
            let (topic, score) = (parent.categories[0], parent.score / 2.0);
            clauses[i].categories = vec![topic];
            clauses[i].score = score;
        }
    }
}

/// Whether a section's heading still speaks for its paragraphs. A heading names what its section
/// is about, but the paragraphs under one heading can be about something else: an annex of
/// security measures under "Appendix 2 to the Standard Contractual Clauses", or a whole document
/// under a heading the segmenter took for a section. The heading does not count for a section's
/// paragraphs when few of those with a topic of their own name the heading's topic
/// ([`OFF_TOPIC_SHARE`]), nor for the rest of a section after [`DRIFT`] paragraphs in a row about
/// other topics.
struct Drift {
    /// Per section: paragraphs with a topic of their own, and how many of them name a topic of the
    /// section's heading.
    sections: BTreeMap<String, (usize, usize)>,
    section: String,
    off_topic: usize,
}

impl Drift {
    fn new(clauses: &[Clause], contexts: &[Option<Heading>], bodies: &[BTreeMap<Category, f32>]) -> Self {
        let mut sections: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for ((clause, context), body) in clauses.iter().zip(contexts).zip(bodies) {
            if let (true, Some(heading)) = (clause.id.contains('¶'), context) {
                if !choose(body).is_empty() {
                    let e = sections.entry(section_of(&clause.id).to_string()).or_default();
                    e.0 += 1;
                    e.1 += usize::from(Self::on_topic(&heading.scores, body));
                }
            }
        }
        Drift { sections, section: String::new(), off_topic: 0 }
    }

    fn on_topic(heading: &BTreeMap<Category, f32>, body: &BTreeMap<Category, f32>) -> bool {
        heading.iter().any(|(c, s)| *s > 0.0 && body.get(c).is_some_and(|b| *b > 0.0))
    }

    fn speaks_for(&mut self, id: &str, heading: &BTreeMap<Category, f32>, body: &BTreeMap<Category, f32>) -> bool {
        if !id.contains('¶') {
            return true;
        }
        let section = section_of(id);
        if let Some(&(with_topic, on)) = self.sections.get(section) {
            if with_topic >= DRIFT && (on as f32) < OFF_TOPIC_SHARE * with_topic as f32 {
                return false;
            }
        }
        if section != self.section {
            self.section = section.to_string();
            self.off_topic = 0;
        }
        if self.off_topic >= DRIFT {
            return false;
        }
        if Self::on_topic(heading, body) {
            self.off_topic = 0;
        } else if !choose(body).is_empty() {
            self.off_topic += 1;
        }
        self.off_topic < DRIFT
    }
}

/// A required (or covered, see `cover` in `data/taxonomy.toml`) category that no clause carries
/// goes to the clause with the most evidence for it (see [`COVERAGE_FLOOR`]): added when the
/// clause has room, or (required ones only) in place of the clause's weakest category when
/// another clause carries that one too (so no category is lost).
fn cover(clauses: &mut [Clause], scores: &[BTreeMap<Category, f32>], bodies: &[&Analysed]) {
    for def in crate::taxonomy::categories().iter().filter(|d| d.required || d.cover.is_some()) {
        if clauses.iter().any(|c| c.categories.contains(&def.id)) {
            continue;
        }
        // No clause carries it, so every clause with enough evidence for it lost it: best first.
        // A category that is not required is covered only where a cue of the kind its `cover`
        // says is found: a period ("kept for 14 days"), not a word that names it ("unless
        // retention is required by law").
        let stated = |i: usize| {
            let cues = || bodies[i].hits.iter().filter_map(|h| match h.target {
                Target::Category(c, w) if c == def.id && w > 0.0 => Some((h, w)),
                _ => None,
            });
            match def.cover {
                _ if def.required => true,
                Some(Cover::Period) => cues().any(|(h, _)| bodies[i].tokens[h.first..h.last].iter().any(|t| t.number.is_some())),
                Some(Cover::Strong) => cues().any(|(_, w)| w >= FLOOR),
                None => false,
            }
        };
        let mut candidates: Vec<(f32, usize)> = scores
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.get(&def.id).filter(|s| **s >= COVERAGE_FLOOR).map(|s| (*s, i)))
            .filter(|&(_, i)| stated(i))
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(_, i) in candidates.iter() {
            // The words that make the case for it are shown like any other cue.
            let new_cues = cues(bodies[i], &[def.id], clauses[i].span[0]);
            if clauses[i].categories == [Category::Unclassified] {
                clauses[i].categories = vec![def.id];
                clauses[i].cues = new_cues;
                break;
            }
            if clauses[i].categories.len() < MAX_CATEGORIES {
                clauses[i].categories.push(def.id);
                clauses[i].cues.extend(new_cues);
                break;
            }
            // Only a required category takes the place of another.
            if !def.required {
                continue;
            }
            let carried_elsewhere = |c: Category| clauses.iter().enumerate().any(|(j, cl)| j != i && cl.categories.contains(&c));
            let weakest = clauses[i]
                .categories
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(_, c)| carried_elsewhere(**c))
                .min_by(|a, b| scores[i].get(a.1).unwrap_or(&0.0).total_cmp(scores[i].get(b.1).unwrap_or(&0.0)))
                .map(|(k, _)| k);
            if let Some(k) = weakest {
                let gone = std::mem::replace(&mut clauses[i].categories[k], def.id);
                clauses[i].cues.retain(|c| c.category != gone);
                clauses[i].cues.extend(new_cues);
                break;
            }
        }
    }
}

/// A paragraph clause without cues of its own (`Security ¶4`: "Visitors sign in at the
/// reception.") goes on with the topic of the paragraph before it in the same section, if that
/// one was classified by its own words; it carries no cues and half that clause's score.
fn continue_topics(clauses: &mut [Clause]) {
    let section = |id: &str| section_of(id).to_string();
    // How many clauses back the last one classified by its own words is (None: none yet).
    let mut since_own = clauses.first().and_then(|c| (c.categories[0] != Category::Unclassified).then_some(0));
    // Per section, how often each category led a paragraph classified by its own words: a long
    // annex of security measures is about security even where a line names no security word.
    let mut own: BTreeMap<String, BTreeMap<Category, usize>> = BTreeMap::new();
    if let Some(c) = clauses.first().filter(|c| c.categories[0] != Category::Unclassified) {
        *own.entry(section(&c.id)).or_default().entry(c.categories[0]).or_default() += 1;
    }
    for i in 1..clauses.len() {
        let (before, rest) = clauses.split_at_mut(i);
        let (prev, cur) = (&before[i - 1], &mut rest[0]);
        let unclassified = cur.categories == [Category::Unclassified];
        let near = since_own.is_some_and(|n| n < CONTINUED_PARAGRAPHS);
        let same_section = cur.id.contains('¶') && section(&prev.id) == section(&cur.id);
        if unclassified && near && prev.categories[0] != Category::Unclassified && same_section {
            cur.categories = vec![prev.categories[0]];
            cur.score = prev.score / 2.0;
            since_own = since_own.map(|n| n + 1);
        } else if let Some(topic) = unclassified.then(|| section_topic(own.get(&section(&cur.id)))).flatten().filter(|_| cur.id.contains('¶')) {
            cur.categories = vec![topic];
            cur.score = 0.25;
        } else {
            since_own = if unclassified { None } else { Some(0) };
            if !unclassified {
                *own.entry(section(&cur.id)).or_default().entry(cur.categories[0]).or_default() += 1;
            }
        }
    }
    // A section about one topic lends it to its other paragraphs that have room for it: a line
    // of an annex of security measures is about security, whatever else its words touch ("Upon
    // termination of employment, all access is removed."). Only under a heading: a document's
    // unheaded paragraphs are no section.
    for cur in clauses.iter_mut().filter(|c| c.id.contains('¶') && c.categories[0] != Category::Unclassified) {
        let key = section(&cur.id);
        if let Some(topic) = section_topic(own.get(&key)).filter(|_| !key.is_empty()) {
            if !cur.categories.contains(&topic) && cur.categories.len() < MAX_CATEGORIES {
                cur.categories.push(topic);
            }
        }
    }
}

/// The topic of a section: the category that led most of its paragraphs classified by their own
/// words, when at least [`SECTION_TOPIC_MIN`] did and it led at least half of them.
fn section_topic(counts: Option<&BTreeMap<Category, usize>>) -> Option<Category> {
    let counts = counts?;
    let total: usize = counts.values().sum();
    let (cat, n) = counts.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))?;
    (*n >= SECTION_TOPIC_MIN && 2 * n >= total).then_some(*cat)
}

/// The document's language, or the lexicon that finds the most cues when it is unknown.
pub fn language(document: &Document) -> Lang {
    if let Some(lang) = document.language {
        return lang;
    }
    let sample: String = document.text.chars().take(20_000).collect();
    Lang::ALL
        .into_iter()
        .map(|l| (l, lexicon(l).analyse(&sample).hits.len()))
        .max_by_key(|(_, n)| *n)
        .map_or(Lang::En, |(l, _)| l)
}

/// Category → weight of the distinct cue phrases found, with diminishing returns: the best cue
/// counts fully and each further one `DECAY` times the one before, so that a long clause with
/// many weak cues does not drown a short, decisive one.
fn category_scores(analysed: &Analysed, repeats: bool) -> BTreeMap<Category, f32> {
    // Phrases that stem alike ("transfer", "transfers", "transferred") find the same words: the
    // words count once for a category, with the heaviest of those phrases; a cue against the
    // category on the same words ("haftungsbeschränkt" in a company name) overrules them.
    let mut by_span: BTreeMap<(Category, usize, usize), (usize, f32)> = BTreeMap::new();
    for hit in &analysed.hits {
        if let Target::Category(cat, weight) = hit.target {
            let e = by_span.entry((cat, hit.first, hit.last)).or_insert((hit.phrase, weight));
            let better = if (weight < 0.0) != (e.1 < 0.0) { weight < 0.0 } else { weight.abs() > e.1.abs() || (weight == e.1 && hit.phrase < e.0) };
            if better {
                *e = (hit.phrase, weight);
            }
        }
    }
    let mut per_phrase: BTreeMap<usize, (Category, f32, u32)> = BTreeMap::new();
    for ((cat, _, _), (phrase, weight)) in by_span {
        per_phrase.entry(phrase).or_insert((cat, weight, 0)).2 += 1;
    }
    let mut weights: BTreeMap<Category, Vec<f32>> = BTreeMap::new();
    for (cat, weight, count) in per_phrase.into_values() {
        let extra = if repeats && weight > 0.0 { REPEAT * weight * (count.saturating_sub(1).min(2)) as f32 } else { 0.0 };
        weights.entry(cat).or_default().push(weight + extra);
    }
    weights
        .into_iter()
        .map(|(cat, mut ws)| {
            ws.sort_by(|a, b| b.total_cmp(a));
            let (mut sum, mut factor) = (0.0, 1.0);
            for w in ws {
                if w > 0.0 {
                    sum += w * factor;
                    factor *= DECAY;
                } else {
                    sum += w;
                }
            }
            (cat, sum)
        })
        .collect()
}

/// A heading's category scores, and its topics: the categories its cues point to, grouped where
/// cues share words ("Ändringar av instruktionen" is one topic, though its words point both to
/// changes of instructions and to instructions).
#[derive(Clone)]
struct Heading {
    scores: BTreeMap<Category, f32>,
    topics: Vec<Vec<Category>>,
}

impl Heading {
    fn new(analyser: &Analyser, heading: &str) -> Self {
        let analysed = analyser.analyse(heading);
        // Each topic: its categories and the spans of words its cues found.
        type Topic = (Vec<Category>, Vec<(usize, usize)>);
        let mut topics: Vec<Topic> = Vec::new();
        for hit in &analysed.hits {
            let Target::Category(cat, weight) = hit.target else { continue };
            if weight <= 0.0 {
                continue;
            }
            let span = (hit.first, hit.last);
            let overlaps = |spans: &[(usize, usize)]| spans.iter().any(|&(a, b)| a < span.1 && span.0 < b);
            // Merge every topic this hit shares words or a category with.
            let mut merged = (vec![cat], vec![span]);
            topics.retain_mut(|(cats, spans)| {
                let joins = cats.contains(&cat) || overlaps(spans);
                if joins {
                    merged.0.append(cats);
                    merged.1.append(spans);
                }
                !joins
            });
            merged.0.sort();
            merged.0.dedup();
            topics.push(merged);
        }
        Heading { scores: category_scores(&analysed, false), topics: topics.into_iter().map(|(cats, _)| cats).collect() }
    }

    /// What the heading says for a clause under it (`body`: the clause's own scores). A heading
    /// that names several topics ("Bistand, revision og ophør", "Confidentiality and security")
    /// shares them out among its clauses: each takes the topics its own words touch, and all of
    /// them only if its words touch none and name no topic of their own ("Audit, termination and
    /// general" says nothing about a liability cap under it).
    fn shared(&self, body: &BTreeMap<Category, f32>) -> BTreeMap<Category, f32> {
        let touched = |topic: &Vec<Category>| topic.iter().any(|c| body.get(c).is_some_and(|b| *b > 0.0));
        let own_topic = || body.values().any(|b| *b >= FLOOR);
        if self.topics.len() < 2 || (!self.topics.iter().any(touched) && !own_topic()) {
            return self.scores.clone();
        }
        // None of its topics when the clause's words touch none but name their own.
        let kept: Vec<Category> = self.topics.iter().filter(|t| touched(t)).flatten().copied().collect();
        self.scores.iter().filter(|(c, s)| **s <= 0.0 || kept.contains(c)).map(|(c, s)| (*c, *s)).collect()
    }
}

fn add_scaled(into: &mut BTreeMap<Category, f32>, from: &BTreeMap<Category, f32>, factor: f32) {
    for (cat, s) in from {
        *into.entry(*cat).or_insert(0.0) += s * factor;
    }
}

/// The categories kept, best first.
fn choose(scores: &BTreeMap<Category, f32>) -> Vec<(Category, f32)> {
    let mut ranked: Vec<(Category, f32)> = scores.iter().map(|(c, s)| (*c, *s)).filter(|(_, s)| *s >= FLOOR).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let top = ranked.first().map_or(0.0, |(_, s)| *s);
    ranked.retain(|(_, s)| *s >= top * RELATIVE);
    ranked.truncate(MAX_CATEGORIES);
    ranked
}

/// Maps a score onto 0..1: the floor gives 0.5, twice the floor 0.67.
fn confidence(score: f32) -> f32 {
    let s = score.max(0.0);
    s / (s + FLOOR)
}

fn cues(body: &Analysed, categories: &[Category], offset: u32) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    for hit in &body.hits {
        if let Target::Category(cat, weight) = hit.target {
            if weight > 0.0 && categories.contains(&cat) {
                let [s, e] = body.span(hit.first, hit.last);
                let cue = Cue { category: cat, span: [offset + s, offset + e] };
                if !out.contains(&cue) {
                    out.push(cue);
                }
            }
        }
    }
    out
}

/// For each clause, the heading of the section it sits in: the parent clause's heading (by
/// numbering, `7.3` → `7`, `Bilag C.6` → `Bilag C`), or else the nearest heading-like clause
/// before it (a short line without a full stop), so that paragraphs without headings still see
/// the section they are in.
fn context_headings(clauses: &[Clause]) -> Vec<Option<String>> {
    let by_id: BTreeMap<&str, usize> = clauses.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let mut last_heading: Option<String> = None;
    // The numbered clause whose heading that is: "3" does not sit in section "1" just because
    // its own heading is glued to its text.
    let mut heading_from: Option<&str> = None;
    let mut out = Vec::with_capacity(clauses.len());
    for clause in clauses {
        let numbered = |id: &str| id.starts_with(|c: char| c.is_ascii_digit());
        if let Some(from) = heading_from {
            if numbered(from) && numbered(&clause.id) && !parent_ids(&clause.id).iter().any(|p| p == from) {
                last_heading = None;
                heading_from = None;
            }
        }
        let parent = parent_ids(&clause.id).into_iter().find_map(|p| by_id.get(p.as_str()).map(|i| &clauses[*i]));
        let from_parent = parent.and_then(|p| {
            p.heading.clone().filter(|h| Some(h) != clause.heading.as_ref()).or_else(|| heading_like(&p.text).then(|| p.text.clone()))
        });
        // A heading line opens a new section: the previous one is no context for it.
        let opens_section = clause.heading.is_none() && heading_like(&clause.text);
        // The parent's heading line is often the clause's own heading again.
        let same = |c: &String| clause.heading.as_ref().is_some_and(|h| c.contains(h.as_str()));
        let from_parent = from_parent.filter(|c| !same(c));
        let context = from_parent.or_else(|| if clause.heading.is_none() && !opens_section { last_heading.clone() } else { None });
        out.push(context);
        if let Some(h) = &clause.heading {
            last_heading = Some(h.clone());
            heading_from = Some(&clause.id);
        } else if heading_like(&clause.text) {
            last_heading = Some(clause.text.clone());
            heading_from = Some(&clause.id);
        }
    }
    out
}

/// The section a paragraph clause sits in: `Annex 2 ¶7` → `Annex 2`.
fn section_of(id: &str) -> &str {
    id.split('¶').next().unwrap_or("").trim()
}

/// `7.3.1` → [`7.3`, `7`]; `Bilag C.6` → [`Bilag C`]; `Bilag 3 2.1` → [`Bilag 3 2`, `Bilag 3`].
fn parent_ids(id: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = id.trim_end_matches('.').to_string();
    while let Some(pos) = cur.rfind(['.', ' ']) {
        cur.truncate(pos);
        let trimmed = cur.trim_end_matches('.').to_string();
        if trimmed.is_empty() {
            break;
        }
        out.push(trimmed.clone());
        cur = trimmed;
    }
    out
}

/// A short line that names a section: at most ten words, no full stop at the end, no brackets.
fn heading_like(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    let first_ok = t.chars().next().is_some_and(char::is_alphanumeric);
    (1..=10).contains(&words)
        && t.chars().count() <= 90
        && first_ok
        && !t.ends_with(['.', ',', ';', ':'])
        && !t.contains(['[', ']', '@'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_follow_the_numbering() {
        assert_eq!(parent_ids("7.3.1"), vec!["7.3", "7"]);
        assert_eq!(parent_ids("Bilag C.6"), vec!["Bilag C", "Bilag"]);
        assert_eq!(parent_ids("7"), Vec::<String>::new());
    }

    #[test]
    fn heading_lines_are_short_and_unpunctuated() {
        assert!(heading_like("7. Anvendelse af underdatabehandlere"));
        assert!(heading_like("C.5 Lokalitet for behandling"));
        assert!(!heading_like("Databehandleren skal slette alle data."));
        assert!(!heading_like("Navn [NAVN]"));
        assert!(!heading_like("(Rumænien)"));
    }
}
