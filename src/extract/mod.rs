//! Clauses with categories → per-category presence and normalised attributes.
//!
//! Each rule reads the clauses of its category sentence by sentence and looks for concepts of the
//! document's lexicon occurring together (a deadline in a sentence about notifying, not near the
//! supervisory authority; a general authorisation in a sentence about sub-processors, not about
//! transfers). Every value that is not the default cites the words it was read from.

mod audits;
mod breach;
mod deletion;
mod other;
mod parties;
mod sub_processors;
mod transfers;

use std::collections::BTreeMap;

use crate::classify::language;
use crate::lexicon::{lexicon, Analysed, Analyser, Hit, Lexicon, Unit};
use crate::{slice_chars, taxonomy, Category, CategoryResult, Clause, Cue, Document, Evidence, Paragraph, ParagraphKind, Party, Value};

/// Every taxonomy category with its clauses and attributes.
pub fn extract(document: &Document, clauses: &[Clause]) -> BTreeMap<Category, CategoryResult> {
    let lex = lexicon(language(document));
    let analyser = lex.analyser();
    let analysed: Vec<Analysed> = clauses.iter().map(|c| analyser.analyse(&clause_text(document, c))).collect();
    extract_analysed(&analyser, document, clauses, analysed)
}

/// [`extract`] with each clause's [`clause_text`] already analysed by `lex`, which the rules go
/// on using for the other texts they read.
pub(crate) fn extract_analysed<'a>(lex: &'a Analyser<'a>, document: &Document, clauses: &[Clause], analysed: Vec<Analysed>) -> BTreeMap<Category, CategoryResult> {
    let mut ctx = Ctx { lex, document, clauses, analysed, aliases: Vec::new(), unchosen: Vec::new() };
    ctx.unchosen = unchosen(&ctx);
    // The processor's name first: the rules that ask who pays or who agrees know it by its name too.
    let named = parties::parties(&ctx);
    ctx.aliases = parties::aliases(&ctx, &named);
    let mut out: BTreeMap<Category, CategoryResult> = Category::ALL
        .into_iter()
        .map(|c| {
            let ids: Vec<String> = clauses.iter().filter(|cl| cl.categories.contains(&c)).map(|cl| cl.id.clone()).collect();
            (c, CategoryResult { present: !ids.is_empty(), clauses: ids, attributes: taxonomy::default_attributes(c), evidence: BTreeMap::new() })
        })
        .collect();
    let mut set = |cat: Category, name: &str, value: Value, evidence: Vec<Evidence>| {
        if let Some(r) = out.get_mut(&cat) {
            if r.attributes.contains_key(name) {
                r.attributes.insert(name.to_string(), value);
                let evidence = merge(evidence);
                if !evidence.is_empty() {
                    r.evidence.insert(name.to_string(), evidence);
                }
            }
        }
    };
    for (cat, name, value, ev) in [breach::breach(&ctx), sub_processors::sub_processors(&ctx), transfers::transfers(&ctx), deletion::deletion(&ctx), audits::audits(&ctx), other::other(&ctx), named].into_iter().flatten() {
        set(cat, name, value, ev);
    }
    out
}

/// The clause that names the processor (`… og Kvist ApS, CVR …, herefter »Databehandleren«`)
/// is where the agreement names its parties: it carries `parties_contacts`, its name the cue,
/// when it has room among its categories (at most three). A stage after [`extract`], which
/// reads the name.
pub fn parties_where_named(clauses: &mut [Clause], categories: &mut BTreeMap<Category, CategoryResult>) {
    let Some(result) = categories.get_mut(&Category::PartiesContacts) else { return };
    let Some(named) = result.evidence.get("processor_name").and_then(|e| e.first()).cloned() else { return };
    let Some(clause) = clauses.iter_mut().find(|c| c.id == named.clause) else { return };
    if clause.categories.contains(&Category::PartiesContacts) {
        return;
    }
    if clause.categories.len() >= 3 {
        return;
    }
    clause.categories.retain(|c| *c != Category::Unclassified);
    clause.categories.push(Category::PartiesContacts);
    clause.cues.push(Cue { category: Category::PartiesContacts, span: named.span });
    // In document order among the category's clauses.
    let order = |id: &str| clauses.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
    result.clauses.push(named.clause.clone());
    result.clauses.sort_by_key(|id| order(id));
    result.present = true;
}

type Found = (Category, &'static str, Value, Vec<Evidence>);

/// Evidence in document order, overlapping spans of one clause merged.
fn merge(mut evidence: Vec<Evidence>) -> Vec<Evidence> {
    evidence.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.clause.cmp(&b.clause)));
    let mut out: Vec<Evidence> = Vec::with_capacity(evidence.len());
    for e in evidence {
        match out.last_mut() {
            Some(last) if last.clause == e.clause && e.span[0] <= last.span[1] => last.span[1] = last.span[1].max(e.span[1]),
            _ => out.push(e),
        }
    }
    out
}

/// The clause's text with its paragraph breaks (same char offsets as `Clause::text`).
pub(crate) fn clause_text(document: &Document, clause: &Clause) -> String {
    let raw = document.slice(clause.span[0], clause.span[1]);
    if raw.chars().count() == clause.text.chars().count() {
        raw.to_string()
    } else {
        clause.text.clone()
    }
}

/// Whether a paragraph is a table row: marked so by its format, or cells joined by ` | ` (a
/// Markdown or text table).
fn is_table_row(doc: &Document, p: &Paragraph) -> bool {
    let text = doc.paragraph_text(p);
    (p.kind == ParagraphKind::TableRow || text.contains(" | ")) && !clause_row(text)
}

/// A clause laid out as a table row, its number in the first cell and its sentences in the
/// second ("10.2 | Databehandleren sender årligt …"), as some agreements are published: running
/// text, not the cells of a table.
fn clause_row(text: &str) -> bool {
    let cells: Vec<&str> = text.split(" | ").map(str::trim).collect();
    let number = |c: &str| c.len() <= 8 && c.chars().any(|ch| ch.is_ascii_digit()) && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ".§() ".contains(ch));
    cells.len() == 2 && number(cells[0]) && cells[1].split_whitespace().count() >= 8 && cells[1].ends_with(['.', ';', ':'])
}

/// How many items before it [`Ctx::intro`] looks back for the sentence that opens a list.
const LIST_ITEMS: usize = 12;

struct Ctx<'a> {
    lex: &'a Analyser<'a>,
    document: &'a Document,
    clauses: &'a [Clause],
    analysed: Vec<Analysed>,
    /// The names the agreement calls the processor by (`Vandrix`), from its parties.
    aliases: Vec<parties::Alias>,
    /// The sentences (clause, first token) that are options not chosen: see [`unchosen`].
    unchosen: Vec<(usize, usize)>,
}

/// The sentences after an unchecked box (`☐ Transfers take place on the SCCs.`) in a form whose
/// choice is marked by a checked one (`☒ No transfers take place.`): options not chosen, which
/// say nothing of the agreement. The box opens the sentence or one of its lines (a lead-in ending
/// in a colon goes with it). As (clause, first token).
fn unchosen(ctx: &Ctx) -> Vec<(usize, usize)> {
    let law = crate::assess::Law::get();
    if !law.has_checked_box(&ctx.document.text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (ci, clause) in ctx.clauses.iter().enumerate() {
        let tokens = &ctx.analysed[ci].tokens;
        let chars: Vec<char> = clause_text(ctx.document, clause).chars().collect();
        for (from, to) in ctx.analysed[ci].sentences() {
            if to <= from {
                continue;
            }
            let start = from.checked_sub(1).map_or(0, |i| tokens[i].end as usize).min(chars.len());
            let end = (tokens[to - 1].end as usize).clamp(start, chars.len());
            let text: String = chars[start..end].iter().collect();
            let first = (tokens[from].start as usize).saturating_sub(start);
            let gap: String = text.chars().take(first).collect();
            if law.has_unchecked_box(&gap) || text.lines().skip(1).any(|l| law.has_unchecked_box(&l.chars().take(4).collect::<String>())) {
                out.push((ci, from));
            }
        }
    }
    out
}

/// A sentence of a clause: clause index and token range.
#[derive(Clone, Copy)]
struct Sentence {
    clause: usize,
    from: usize,
    to: usize,
}

impl<'a> Ctx<'a> {
    fn of(&self, cats: &[Category]) -> Vec<usize> {
        (0..self.clauses.len()).filter(|i| self.clauses[*i].categories.iter().any(|c| cats.contains(c))).collect()
    }

    fn sentences(&self, cats: &[Category]) -> Vec<Sentence> {
        self.of(cats)
            .into_iter()
            .flat_map(|ci| self.analysed[ci].sentences().into_iter().map(move |(from, to)| Sentence { clause: ci, from, to }))
            .filter(|s| !self.unchosen.contains(&(s.clause, s.from)))
            .collect()
    }

    /// Whether a sentence is only the clause's own heading at its start ("Sletning ved ophør"
    /// over the paragraph of a section without numbers): a title names a topic and states nothing.
    fn is_heading(&self, s: Sentence) -> bool {
        let clause = &self.clauses[s.clause];
        let Some(heading) = clause.heading.as_deref() else { return false };
        let [a, b] = self.a(s).span(s.from, s.to);
        s.from == 0 && slice_chars(&clause.text, a, b).trim_end_matches(['.', ':']).trim() == heading.trim_end_matches(['.', ':']).trim()
    }

    /// The sentence after `s` in its clause when only a semicolon parts them ("… findet nicht
    /// statt; sie bedarf einer vorherigen Weisung …"): the second half of one statement.
    fn after_semicolon(&self, s: Sentence) -> Option<Sentence> {
        let a = self.a(s);
        let (last, next) = (a.tokens.get(s.to.checked_sub(1)?)?, a.tokens.get(s.to)?);
        let gap = slice_chars(&self.clauses[s.clause].text, last.end, next.start);
        let to = a.sentences().into_iter().find(|&(from, _)| from == s.to)?.1;
        gap.contains(';').then_some(Sentence { clause: s.clause, from: s.to, to })
    }

    fn a(&self, s: Sentence) -> &Analysed {
        &self.analysed[s.clause]
    }

    fn has(&self, s: Sentence, concept: &str) -> bool {
        self.a(s).has(concept, s.from, s.to)
    }

    fn hits(&self, s: Sentence, concept: &str) -> Vec<Hit> {
        self.a(s).within(concept, s.from, s.to).copied().collect()
    }

    fn evidence(&self, clause: usize, first: usize, last: usize) -> Evidence {
        let c = &self.clauses[clause];
        let [s, e] = self.analysed[clause].span(first, last);
        Evidence { clause: c.id.clone(), span: [c.span[0] + s, c.span[0] + e] }
    }

    fn hit_evidence(&self, s: Sentence, h: &Hit) -> Evidence {
        self.evidence(s.clause, h.first, h.last)
    }

    /// The sentence that introduces the list a clause is an item of ("notify the controller
    /// without undue delay:" before "(c) after becoming aware of a personal data breach;"): the
    /// last sentence of the nearest clause before it that ends in a colon, over siblings that
    /// end as list items do (";", "; and", ","). None for a clause that is no list item.
    fn intro(&self, clause: usize) -> Option<Sentence> {
        let item_end = |t: &str| {
            let t = t.trim_end();
            let t = [" and", " or", " og", " eller", " och", " samt", " und", " oder"].iter().find_map(|c| t.strip_suffix(c)).unwrap_or(t);
            t.ends_with([';', ','])
        };
        for j in (clause.saturating_sub(LIST_ITEMS)..clause).rev() {
            let text = self.clauses[j].text.trim_end();
            if text.ends_with(':') {
                let (from, to) = *self.analysed[j].sentences().last()?;
                return Some(Sentence { clause: j, from, to });
            }
            if !item_end(text) {
                return None;
            }
        }
        None
    }

    /// A negation word (or a prohibition) shortly before token `at` in the sentence.
    fn negated(&self, s: Sentence, at: usize, window: usize) -> bool {
        let a = self.a(s);
        let from = at.saturating_sub(window).max(s.from);
        (from..at).any(|i| self.lex.is_negation(&a.tokens[i].surface)) || a.concept("prohibit").any(|h| h.last <= at && h.last + window >= at && h.first >= s.from)
    }

    /// Is the word right after token `at` a negation: the verb-second order of the Nordic
    /// languages and German puts it after a finite verb ("Vi overfører ikke", "Wir übermitteln
    /// keine"), and English after a verb with its object's "no" ("We transfer no data"). The
    /// "uden" of "behandles uden for EU" is a place, not a negation.
    fn negated_after(&self, s: Sentence, at: usize) -> bool {
        let a = self.a(s);
        let next = at + 1;
        next < s.to && self.lex.is_negation(&a.tokens[next].surface) && !a.concept("outside").any(|h| h.first == next)
    }

    /// Is the fee word `h` part of what its sentence calls free ("Assistance … is covered by the
    /// subscription … and not invoiced separately", "Audits, including the time spent on them,
    /// are free of charge"): a free-of-charge phrase, not negated, with no exception, contrast
    /// ("but", "men", "jedoch"), word for paying or charging ("…, which are covered by the
    /// subscription, Customer shall pay for assistance at … rates") or semicolon between the two.
    fn said_free(&self, s: Sentence, h: &Hit) -> bool {
        let a = self.a(s);
        let text = &self.clauses[s.clause].text;
        a.concept("free_of_charge").filter(|f| f.first >= s.from && f.last <= s.to && !self.negated(s, f.first, 3)).any(|f| {
            let (lo, hi) = if f.last <= h.first { (f.last, h.first) } else if h.last <= f.first { (h.last, f.first) } else { return true };
            let gap = slice_chars(text, a.tokens[lo - 1].end, a.tokens[hi].start);
            !gap.contains(';') && !["exception", "contrast", "pay", "charge"].iter().any(|c| a.has(c, lo, hi))
        })
    }

    /// Is a concept within `before` tokens before or `after` tokens after tokens `[first, last)`?
    fn near(&self, s: Sentence, concept: &str, first: usize, last: usize, before: usize, after: usize) -> bool {
        let from = first.saturating_sub(before).max(s.from);
        let to = (last + after).min(s.to);
        self.a(s).concept(concept).any(|h| h.first < to && h.last > from)
    }

    /// Is period `d` a notice period: a notice word on either side ("30 dages varsel", "notice
    /// of 30 days"), or a word for "before" after it ("30 days before", "30 dage inden")? Before
    /// the period that word means "within" ("inden 30 dage").
    fn notice_period(&self, s: Sentence, d: &Duration, reach: usize) -> bool {
        self.near(s, "notice", d.first, d.last, reach, reach) || self.near(s, "notice_after", d.last, d.last, 0, 3)
    }

    fn durations(&self, s: Sentence) -> Vec<Duration> {
        durations(self.lex, self.a(s), s.from, s.to)
    }

    /// The parties a sentence names, by first token: role words, and the processor's name
    /// ([`parties::aliases`]).
    fn party_hits(&self, s: Sentence) -> Vec<(usize, Side)> {
        let subs: Vec<Hit> = self.hits(s, "sub_processor");
        let mut out = Vec::new();
        for h in self.hits(s, "controller") {
            out.push((h.first, Side::Controller));
        }
        let text = &self.clauses[s.clause].text;
        for alias in &self.aliases {
            out.extend((s.from..s.to).filter(|&i| alias.at(self.a(s), text, i)).map(|i| (i, Side::Processor)));
        }
        for h in self.hits(s, "processor") {
            if !subs.iter().any(|x| x.first <= h.first && x.last >= h.last) {
                out.push((h.first, Side::Processor));
            }
        }
        for h in subs {
            out.push((h.first, Side::Sub));
        }
        out.sort_by_key(|(i, _)| *i);
        out.dedup_by_key(|(i, _)| *i);
        out
    }
}

/// A party a sentence names; sub-processors count as neither side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Controller,
    Processor,
    Sub,
}

/// A stated period: value, unit, and the tokens it was read from.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Duration {
    value: u32,
    unit: Unit,
    first: usize,
    last: usize,
}

impl Duration {
    fn hours(&self) -> u32 {
        let v = self.value;
        match self.unit {
            Unit::Hours => v,
            Unit::Days | Unit::BusinessDays => v.saturating_mul(24),
            Unit::Weeks => v.saturating_mul(168),
            Unit::Months => v.saturating_mul(720),
            Unit::Years => v.saturating_mul(8760),
        }
    }

    fn days(&self) -> u32 {
        let v = self.value;
        match self.unit {
            Unit::Hours => v.div_ceil(24),
            Unit::Days | Unit::BusinessDays => v,
            Unit::Weeks => v.saturating_mul(7),
            Unit::Months => v.saturating_mul(30),
            Unit::Years => v.saturating_mul(365),
        }
    }
}

/// Periods in tokens `[from, to)`: a number (digits or words, "two (2)", "forty-eight"), then a
/// unit ("business days", "kalenderdage", "timer").
fn durations(lex: &Lexicon, a: &Analysed, from: usize, to: usize) -> Vec<Duration> {
    let t = &a.tokens;
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let Some(mut value) = t[i].number else {
            i += 1;
            continue;
        };
        let first = i;
        let mut j = i + 1;
        // "forty-eight", "twenty four"
        if (20..=90).contains(&value) && value % 10 == 0 {
            if let Some(m) = t.get(j).filter(|_| j < to).and_then(|x| x.number) {
                if (1..10).contains(&m) {
                    value += m;
                    j += 1;
                }
            }
        }
        // "two (2)", "2 (two)"
        if t.get(j).filter(|_| j < to).and_then(|x| x.number) == Some(value) {
            j += 1;
        }
        // A one-letter unit ("48h") counts only glued to its number, so "28(3)(h)" is no period.
        let glued = |k: usize| k > 0 && t.get(k).is_some_and(|x| x.surface.chars().count() > 1 || x.start == t[k - 1].end);
        if let Some(unit) = t.get(j).filter(|_| j < to && glued(j)).and_then(|x| lex.unit(&x.surface)) {
            let mut last = j + 1;
            let mut unit = unit;
            // "business days", "calendar days": the qualifier decides, the day word is consumed.
            if let Some(next) = t.get(last).filter(|_| last < to).and_then(|x| lex.unit(&x.surface)) {
                if matches!(next, Unit::Days | Unit::BusinessDays) && matches!(unit, Unit::Days | Unit::BusinessDays) {
                    if unit == Unit::Days {
                        unit = next;
                    }
                    last += 1;
                } else if next == Unit::Hours && unit == Unit::BusinessDays {
                    // "eight business hours", "4 working hours": hours, not days.
                    unit = Unit::Hours;
                    last += 1;
                }
            }
            out.push(Duration { value, unit, first, last });
            i = last;
        } else {
            i = j;
        }
    }
    out
}

fn strip_bullet(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(').trim();
    let t = strip_list_marker(t);
    // "o Name": a circle bullet that text extraction turned into a letter.
    let t = match t.strip_prefix("o ") {
        Some(rest) if rest.chars().next().is_some_and(char::is_uppercase) => rest,
        _ => t,
    };
    t.trim().to_string()
}

/// The text after a list item's own marker: "a) ", "(iv) ", "2. ", "b. ", "(B) ", and "C. " before
/// a lower-case word (so that "A. P. Møller" keeps its initial).
fn strip_list_marker(t: &str) -> &str {
    let Some((marker, rest)) = t.split_once(' ') else { return t };
    let inner = marker.strip_prefix('(').unwrap_or(marker);
    let closed = inner.strip_suffix(')');
    let Some(label) = closed.or_else(|| (!marker.starts_with('(')).then(|| inner.strip_suffix('.')).flatten()) else { return t };
    let upper_marker = closed.is_some() || rest.trim_start().starts_with(char::is_lowercase);
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase() || (upper_marker && b.is_ascii_uppercase()));
    let roman = (1..=4).contains(&label.len()) && label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    let digits = (1..=2).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_digit());
    if (letter || roman || digits) && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        t
    }
}

/// "Each party bears its own costs": the `shared_cost` phrases, and an `own_cost` phrase whose
/// subject is each party ("Hver part afholder sine egne omkostninger", "Varje part står för sina
/// egna kostnader"): "each party" at most six words before it, with none of the sentence's
/// `parties` named between.
fn shared_cost(ctx: &Ctx, s: Sentence, parties: &[(usize, Side)]) -> Vec<Hit> {
    let mut out = ctx.hits(s, "shared_cost");
    let tokens = &ctx.a(s).tokens;
    for own in ctx.hits(s, "own_cost") {
        // "… foreningen betaler sine egne omkostninger og databehandleren sine", "the Customer
        // bears its own costs and the Supplier its own": the other party, after "and", with no
        // more than a possessive before the sentence ends.
        let elliptic = parties.iter().find(|(i, _)| {
            *i > own.last && *i <= own.last + 2 && (own.last..*i).any(|k| ctx.lex.is_conjunction(&tokens[k].surface.to_lowercase())) && s.to.saturating_sub(*i + 1) <= 2
        });
        if let Some((i, _)) = elliptic {
            out.push(Hit { last: i + 1, ..own });
            continue;
        }
        let each = ctx.a(s).concept("each_party").rfind(|e| e.first >= s.from && e.last <= own.first && e.last + 10 >= own.first).copied();
        if let Some(e) = each {
            if !parties.iter().any(|(i, _)| *i >= e.last && *i < own.first) && !out.iter().any(|x| x.first < own.last && own.first < x.last) {
                out.push(Hit { last: own.last, ..e });
            }
        }
    }
    out
}

/// Who bears the cost a sentence speaks of, with the words that say so, and whether the sentence
/// shares it ("each party bears its own costs", [`shared_cost`]).
fn cost_bearer(ctx: &Ctx, s: Sentence) -> (Vec<(Side, Evidence)>, bool) {
    let mut out = Vec::new();
    let parties = ctx.party_hits(s);
    let shared = shared_cost(ctx, s, &parties);
    for h in &shared {
        out.push((Side::Controller, ctx.hit_evidence(s, h)));
        out.push((Side::Processor, ctx.hit_evidence(s, h)));
    }
    let modals = ctx.hits(s, "modal");
    // The subject of a phrase at token `at`: the last party before it that a verb follows.
    let subject_before = |at: usize| parties.iter().rev().find(|(i, _)| *i < at && modals.iter().any(|m| m.first == i + 1 || m.first == i + 2));
    // "C.7 Procedurer for den dataansvarliges revision: Databehandleren indhenter …": a short lead
    // before a colon names the topic, and its party is no subject.
    let (tokens, text) = (&ctx.a(s).tokens, &ctx.clauses[s.clause].text);
    let lead_end = (s.from + 1..s.to.min(s.from + 10)).find(|&j| slice_chars(text, tokens[j - 1].end, tokens[j].start).contains(':')).unwrap_or(s.from);
    for h in ctx.hits(s, "own_cost") {
        if shared.iter().any(|x| x.first <= h.first && x.last >= h.last) {
            continue;
        }
        // "Own" refers to the subject: the last party before it that a verb follows ("the
        // Processor shall ... at its own cost"), else the first party named after any lead.
        let subject = subject_before(h.first)
            .or_else(|| parties.iter().find(|(i, _)| *i >= lead_end && *i < h.first))
            .or_else(|| parties.iter().find(|(i, _)| *i < h.first))
            .or_else(|| parties.iter().find(|(i, _)| *i >= h.last));
        if let Some((_, p)) = subject {
            out.push((*p, ctx.hit_evidence(s, &h)));
        }
    }
    let free = ctx.hits(s, "free_of_charge");
    let gives = ctx.hits(s, "gives");
    for h in &free {
        // "Customer will provide Brightpath with a copy of any audit report free of charge": the
        // controller gives the processor something; the processor bears no cost by it ("You may
        // audit us … at no charge" is the processor's cost).
        let controller_gives = subject_before(h.first).is_some_and(|&(i, side)| {
            side == Side::Controller && gives.iter().any(|g| g.first > i && parties.iter().any(|&(j, p)| p == Side::Processor && g.first < j && j < h.first))
        });
        if !controller_gives {
            out.push((Side::Processor, ctx.hit_evidence(s, h)));
        }
    }
    // Whether a payer is named outright ("the Processor shall bear …"); then "fees" in the same
    // sentence ("including the auditor's fees") are among the costs that payer bears.
    let before_markers = out.len();
    // A negation inside a phrase with a gap ("at no additional expense to") names no payer.
    let negation_in = |h: &Hit| (h.first..h.last).any(|i| ctx.lex.is_negation(&ctx.a(s).tokens[i].surface));
    for h in ctx.hits(s, "payer_marker") {
        if ctx.negated(s, h.first, 2) || negation_in(&h) {
            continue;
        }
        if let Some((_, p)) = parties.iter().find(|(i, _)| *i >= h.first && *i <= h.last + 4) {
            out.push((*p, ctx.hit_evidence(s, &h)));
        } else if ctx.a(s).concept("controller").any(|c| c.first >= h.first && c.last <= h.last) {
            out.push((Side::Controller, ctx.hit_evidence(s, &h)));
        } else if let Some((_, p)) = parties.iter().rev().find(|(i, _)| *i < h.first && *i + 3 >= h.first) {
            // "The Controller shall bear the costs": the payer is the subject just before.
            out.push((*p, ctx.hit_evidence(s, &h)));
        }
    }
    // "The Customer shall not pay for …", "Kommunen betaler ikke for …": the other side bears it.
    for h in ctx.hits(s, "pay") {
        if !ctx.negated(s, h.first, 2) && !ctx.negated_after(s, h.last - 1) {
            continue;
        }
        let other = match parties.iter().rev().find(|(i, _)| *i < h.first && *i + 4 >= h.first) {
            Some((_, Side::Controller)) => Side::Processor,
            Some((_, Side::Processor)) => Side::Controller,
            _ => continue,
        };
        out.push((other, ctx.hit_evidence(s, &h)));
    }
    // "The Processor does not charge for audits", "Databehandleren opkræver ikke betaling",
    // "Biträdet tar inte ut någon ersättning": a party that charges nothing bears the cost.
    // "at no additional charge" is read as free of charge already, with no party charging.
    for h in ctx.hits(s, "charge") {
        if free.iter().any(|f| f.first <= h.first && f.last >= h.last) {
            continue;
        }
        if !(negation_in(&h) || ctx.negated(s, h.first, 2) || ctx.negated_after(s, h.first)) {
            continue;
        }
        if let Some((_, p)) = parties.iter().rev().find(|(i, _)| *i < h.first && *i + 4 >= h.first) {
            out.push((*p, ctx.hit_evidence(s, &h)));
        }
    }
    let payer_named = out.len() > before_markers;
    // "at its own cost", "free of charge for you": the cost word is part of a phrase already read.
    let own: Vec<Hit> = ctx.hits(s, "own_cost").into_iter().chain(free).collect();
    for h in ctx.hits(s, "cost") {
        // "bears no costs", "afholder ingen omkostninger": nobody is named as payer.
        if own.iter().any(|o| o.first <= h.first && o.last >= h.last) || ctx.negated(s, h.first, 2) {
            continue;
        }
        if let Some((_, p)) = parties.iter().find(|(i, _)| *i + 3 >= h.first && *i <= h.last + 2) {
            out.push((*p, ctx.hit_evidence(s, &h)));
        }
    }
    for h in ctx.hits(s, "paid") {
        if !payer_named && !ctx.negated(s, h.first, 4) && !ctx.near(s, "free_of_charge", h.first, h.last, 3, 3) && !ctx.said_free(s, &h) {
            out.push((Side::Controller, ctx.hit_evidence(s, &h)));
        }
    }
    out.retain(|(p, _)| *p != Side::Sub);
    (out, !shared.is_empty())
}

#[cfg(test)]
mod tests {
    use super::strip_bullet;

    #[test]
    fn list_markers_go_but_initials_stay() {
        let cases = [
            ("a) kunder", "kunder"),
            ("(iv) log data", "log data"),
            ("2. navn og adresse", "navn og adresse"),
            ("(B) employees of the customer", "employees of the customer"),
            ("C) Kunder", "Kunder"),
            ("C. contact details", "contact details"),
            ("- A. P. Møller – Mærsk A/S", "A. P. Møller – Mærsk A/S"),
            ("A. Hansen ApS", "A. Hansen ApS"),
        ];
        for (item, expected) in cases {
            assert_eq!(strip_bullet(item), expected, "{item}");
        }
    }
}
