//! Clauses with categories → per-category presence and normalised attributes.
//!
//! Each rule reads the clauses of its category sentence by sentence and looks for concepts of the
//! document's lexicon occurring together (a deadline in a sentence about notifying, not near the
//! supervisory authority; a general authorisation in a sentence about sub-processors, not about
//! transfers). Every value that is not the default cites the words it was read from.

use std::collections::BTreeMap;

use crate::classify::language;
use crate::lexicon::{lexicon, Analysed, Analyser, Hit, Lexicon, Unit};
use crate::{slice_chars, taxonomy, Category, CategoryResult, Clause, Document, Evidence, ParagraphKind, Party, Value};

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
    let ctx = Ctx { lex, document, clauses, analysed };
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
    for (cat, name, value, ev) in [breach(&ctx), sub_processors(&ctx), transfers(&ctx), deletion(&ctx), audits(&ctx), other(&ctx)].into_iter().flatten() {
        set(cat, name, value, ev);
    }
    out
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

struct Ctx<'a> {
    lex: &'a Analyser<'a>,
    document: &'a Document,
    clauses: &'a [Clause],
    analysed: Vec<Analysed>,
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
            .collect()
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

    /// A negation word (or a prohibition) shortly before token `at` in the sentence.
    fn negated(&self, s: Sentence, at: usize, window: usize) -> bool {
        let a = self.a(s);
        let from = at.saturating_sub(window).max(s.from);
        (from..at).any(|i| self.lex.is_negation(&a.tokens[i].surface)) || a.concept("prohibit").any(|h| h.last <= at && h.last + window >= at && h.first >= s.from)
    }

    /// Is a concept within `before` tokens before or `after` tokens after tokens `[first, last)`?
    fn near(&self, s: Sentence, concept: &str, first: usize, last: usize, before: usize, after: usize) -> bool {
        let from = first.saturating_sub(before).max(s.from);
        let to = (last + after).min(s.to);
        self.a(s).concept(concept).any(|h| h.first < to && h.last > from)
    }

    fn durations(&self, s: Sentence) -> Vec<Duration> {
        durations(self.lex, self.a(s), s.from, s.to)
    }

    /// The parties a sentence names, by first token.
    fn party_hits(&self, s: Sentence) -> Vec<(usize, Side)> {
        let subs: Vec<Hit> = self.hits(s, "sub_processor");
        let mut out = Vec::new();
        for h in self.hits(s, "controller") {
            out.push((h.first, Side::Controller));
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

fn breach(ctx: &Ctx) -> Vec<Found> {
    let mut undue = Vec::new();
    let mut deadlines: Vec<(u32, Evidence)> = Vec::new();
    for s in ctx.sentences(&[Category::BreachNotification]) {
        if !ctx.has(s, "notify") {
            continue;
        }
        // The controller's own duty towards the authority is not the processor's deadline.
        let foreign = |first: usize, last: usize| ctx.near(s, "authority", first, last, 10, 8) || ctx.near(s, "controller_duty", first, last, 12, 2);
        for h in ctx.hits(s, "undue_delay") {
            if !foreign(h.first, h.last) {
                undue.push(ctx.hit_evidence(s, &h));
            }
        }
        for d in ctx.durations(s) {
            if !foreign(d.first, d.last) && d.hours() > 0 && d.hours() <= 720 {
                deadlines.push((d.hours(), ctx.evidence(s.clause, d.first, d.last)));
            }
        }
    }
    let mut out = Vec::new();
    if !undue.is_empty() {
        out.push((Category::BreachNotification, "without_undue_delay", Value::Bool(true), undue));
    }
    if let Some((h, ev)) = deadlines.into_iter().min_by_key(|(h, _)| *h) {
        out.push((Category::BreachNotification, "deadline_hours", Value::Number(h), vec![ev]));
    }
    out
}

fn sub_processors(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let sentences = ctx.sentences(&[Category::SubProcessors]);
    let (mut specific, mut general) = (Vec::new(), Vec::new());
    for &s in &sentences {
        if ctx.has(s, "either_authorisation") {
            continue;
        }
        let about_transfers = ctx.has(s, "third_country") || ctx.has(s, "transfer");
        if about_transfers && !ctx.has(s, "sub_processor") {
            continue;
        }
        let spec = ctx.hits(s, "specific_authorisation");
        let mut gen = ctx.hits(s, "general_authorisation");
        // "prior specific or general written authorisation" restates the law, it chooses nothing.
        if !spec.is_empty() && !gen.is_empty() {
            continue;
        }
        // "The Processor may engage sub-processors" allows them without asking, unless the same
        // sentence makes it conditional ("only with the Controller's prior written approval").
        let conditional = spec.len() + ctx.hits(s, "prior_approval").len() > 0 || ctx.has(s, "only") || ctx.has(s, "prohibit");
        if !conditional {
            gen.extend(ctx.hits(s, "may_engage").into_iter().filter(|h| !ctx.negated(s, h.first, 3)));
        }
        specific.extend(spec.iter().map(|h| ctx.hit_evidence(s, h)));
        general.extend(gen.iter().map(|h| ctx.hit_evidence(s, h)));
    }
    // Without the words "specific" or "general", a bar on sub-processors without the
    // controller's prior written approval asks for approval of each one: specific.
    if specific.is_empty() && general.is_empty() {
        for &s in &sentences {
            if ctx.has(s, "either_authorisation") || !ctx.has(s, "sub_processor") || ctx.has(s, "third_country") {
                continue;
            }
            let approvals = ctx.hits(s, "prior_approval");
            let barred = ctx.has(s, "only") || ctx.has(s, "prohibit") || ctx.has(s, "exception") || approvals.iter().any(|h| ctx.negated(s, h.first, 4));
            if barred {
                specific.extend(approvals.iter().map(|h| ctx.hit_evidence(s, h)));
            }
        }
    }
    let authorisation = match (specific.is_empty(), general.is_empty()) {
        (false, false) => Some("both"),
        (false, true) => Some("specific"),
        (true, false) => Some("general"),
        (true, true) => None,
    };
    if let Some(a) = authorisation {
        let ev = specific.iter().chain(&general).cloned().collect();
        out.push((Category::SubProcessors, "authorisation", Value::Text(a.into()), ev));
    }
    // Notice of changes: a period next to a notice word, not the controller's period to object.
    let mut notice: Option<(u32, Evidence)> = None;
    for &s in &sentences {
        for d in ctx.durations(s) {
            if ctx.near(s, "notice", d.first, d.last, 4, 4) && !ctx.near(s, "object", d.first, d.last, 6, 0) {
                let days = d.days();
                if notice.as_ref().is_none_or(|(n, _)| days > *n) {
                    notice = Some((days, ctx.evidence(s.clause, d.first, d.last)));
                }
            }
        }
    }
    if let Some((d, ev)) = notice {
        out.push((Category::SubProcessors, "notice_days", Value::Number(d), vec![ev]));
    }
    if matches!(authorisation, Some("general" | "both")) {
        let (mut free, mut restricted) = (Vec::new(), Vec::new());
        for &s in &sentences {
            let objections = ctx.hits(s, "object");
            for h in &ctx.hits(s, "cannot_refuse") {
                restricted.push(ctx.hit_evidence(s, h));
            }
            for h in &objections {
                // Termination as the answer to an objection, here or in the next sentences.
                let a = ctx.a(s);
                let terminates = a.concept("terminate").any(|t| t.first >= s.from && t.first <= h.last + 60);
                // "may object without giving reasons" is the free right; "on reasonable grounds" restricts it.
                let toks = &ctx.a(s).tokens;
                let grounds = ctx.hits(s, "restricted_grounds").into_iter().any(|g| {
                    let waived = g.first > h.last && (h.last..g.first).rev().take(4).any(|t| ctx.lex.is_negation(&toks[t].surface));
                    g.first + 10 >= h.first && g.last <= h.last + 10 && !waived
                });
                // "may not object" is the controller that cannot refuse.
                if grounds || terminates || ctx.negated(s, h.first, 3) {
                    restricted.push(ctx.hit_evidence(s, h));
                } else {
                    free.push(ctx.hit_evidence(s, h));
                }
            }
        }
        let (value, ev) = if !restricted.is_empty() {
            ("restricted", restricted)
        } else if !free.is_empty() {
            ("free", free)
        } else {
            ("none", Vec::new())
        };
        out.push((Category::SubProcessors, "objection_right", Value::Text(value.into()), ev));
    }
    let flow: Vec<Evidence> = sentences.iter().flat_map(|&s| ctx.hits(s, "flow_down").into_iter().map(move |h| (s, h))).map(|(s, h)| ctx.hit_evidence(s, &h)).collect();
    if !flow.is_empty() {
        out.push((Category::SubProcessors, "flow_down", Value::Bool(true), flow));
    }
    if let Some((parties, ev)) = listed(ctx) {
        out.push((Category::SubProcessors, "listed", Value::Parties(parties), ev));
    }
    out
}

/// The sub-processor list of an annex: table rows or short lines under a heading that names
/// sub-processors. `None` when the document has no such list; `Some([])` when a list heading
/// ("List of sub-processors") has nothing under it. An explicit list heading wins over a bare
/// "Sub-processors" heading, and the first list found wins over later ones (a data-flow figure).
fn listed(ctx: &Ctx) -> Option<(Vec<Party>, Vec<Evidence>)> {
    struct Section {
        explicit: bool,
        parties: Vec<Party>,
        evidence: Vec<Evidence>,
        columns: Option<(usize, Option<usize>)>,
        header_seen: bool,
        /// Paragraphs of running text read past before the first name.
        prose: u8,
    }
    let doc = ctx.document;
    let lex = ctx.lex;
    let mut sections: Vec<Section> = Vec::new();
    let mut open = false;
    for p in &doc.paragraphs {
        let text = doc.paragraph_text(p);
        if p.kind != ParagraphKind::TableRow && text.contains(": ") {
            if let Some(parties) = inline_list(lex, text) {
                let clause = clause_at(ctx, p.start);
                let evidence = parties.iter().map(|_| Evidence { clause: clause.clone(), span: [p.start, p.end] }).collect();
                sections.push(Section { explicit: false, parties, evidence, columns: None, header_seen: false, prose: 0 });
                open = false;
                continue;
            }
        }
        // Only a short line can open a list; only an open list needs its lines read.
        if !open && text.split_whitespace().count() > 12 {
            continue;
        }
        let a = lex.analyse(text);
        let words = a.tokens.len();
        let names_subs = a.concept("sub_processor").next().is_some() || a.concept("list_heading").next().is_some();
        // "List of sub-processors", not the bare word the sub-processor concept already names.
        let explicit = a.concept("list_heading").any(|h| !a.concept("sub_processor").any(|s| s.first <= h.first && s.last >= h.last));
        let short = words <= 10 && !text.trim_end().ends_with(['.', ':']);
        // "The sub-processors approved at the date of this Agreement are:" introduces a list too.
        let lead_in = !open && names_subs && words <= 25 && text.trim_end().ends_with(':');
        if p.kind != ParagraphKind::TableRow && names_subs && ((short && heading_shaped(text)) || lead_in) {
            sections.push(Section { explicit, parties: Vec::new(), evidence: Vec::new(), columns: None, header_seen: false, prose: 0 });
            open = true;
            continue;
        }
        let Some(sec) = sections.last_mut().filter(|_| open) else { continue };
        let clause = clause_at(ctx, p.start);
        if p.kind == ParagraphKind::TableRow {
            let cells: Vec<&str> = text.split(" | ").map(|c| c.trim().trim_matches('*').trim()).collect();
            if sec.columns.is_none() {
                let name_col = cells.iter().position(|c| lex.analyse(c).concept("name_column").next().is_some());
                let loc_col = cells.iter().position(|c| lex.analyse(c).concept("location_column").next().is_some());
                if let Some(n) = name_col {
                    sec.columns = Some((n, loc_col));
                    sec.explicit = true;
                    continue;
                }
                sec.columns = Some((0, None));
            }
            let (n, l) = sec.columns.unwrap_or((0, None));
            let name = cells.get(n).copied().unwrap_or("").to_string();
            if name.is_empty() || name.chars().all(|c| c == '-' || c == ':' || c == ' ') {
                continue;
            }
            let location = l.and_then(|l| cells.get(l)).map(|s| s.to_string()).filter(|s| !s.is_empty()).or_else(|| country_in(lex, text));
            sec.parties.push(Party { name, location });
            sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
            continue;
        }
        let trimmed = text.trim();
        // "(Rumænien)" under a name is that name's location.
        if trimmed.starts_with('(') && trimmed.ends_with(')') && words <= 4 {
            if let Some(last) = sec.parties.last_mut() {
                if last.location.is_none() {
                    last.location = Some(trimmed.trim_matches(['(', ')']).trim().to_string());
                }
            }
            continue;
        }
        // A lead-in ("… the following sub-processors:") or a column header line is no item.
        let header = a.concept("name_column").count() + a.concept("location_column").count() >= 2 && words <= 8;
        if trimmed.ends_with(':') || header {
            sec.header_seen |= header;
            continue;
        }
        // Numbered lines are clauses or contents entries, not names.
        let numbered = trimmed.chars().next().is_some_and(|c| c.is_ascii_digit());
        let limit = if sec.header_seen { 30 } else { 8 };
        let list_like = matches!(p.kind, ParagraphKind::ListItem(_)) || words <= limit;
        let next_annex = a.concept("annex").any(|h| h.first == 0);
        if all_caps(trimmed) || next_annex {
            open = false;
            continue;
        }
        if numbered {
            if !list_like {
                open = false;
            }
            continue;
        }
        // "GetGeek AB (Org. nr …), provides network operations": a name leading a long line.
        let entity = crate::assess::Law::get().leading_entity(&strip_bullet(trimmed));
        if !list_like || (sec.prose > 0 && !matches!(p.kind, ParagraphKind::ListItem(_))) {
            if let Some(name) = entity {
                sec.parties.push(Party { name, location: country_in(lex, trimmed) });
                sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
            } else if list_like && heading_shaped(trimmed) {
                open = false;
            } else if sec.parties.is_empty() && sec.prose < 6 {
                // An introduction ("The Processor uses its affiliates …") before the names.
                sec.prose += 1;
            } else {
                open = false;
            }
            continue;
        }
        // "Till Personuppgiftsbiträdesavtal för tjänsten X" under "Bilaga 2 – Lista över underbiträden".
        let subtitle = sec.parties.is_empty() && trimmed.split_whitespace().next().is_some_and(crate::segment::is_annex_connector);
        if subtitle {
            continue;
        }
        // A line that repeats the heading word before the first name ("Underdatabehandlere platform.").
        let mut item = strip_bullet(trimmed);
        if let Some(h) = a.concept("sub_processor").chain(a.concept("list_heading")).find(|h| h.first == 0) {
            let end = a.tokens[h.last - 1].end as usize;
            let skipped = trimmed.chars().count() - item.chars().count();
            item = strip_bullet(&item.chars().skip(end.saturating_sub(skipped)).collect::<String>());
        }
        if item.is_empty() {
            continue;
        }
        let open_paren = item.find('(');
        let close_paren = open_paren.and_then(|o| item[o..].find(')').map(|c| o + c));
        // "(Rumænien)" is a place; "(Org. nr: 559073-1039)" or "(d/b/a Acme)" is not.
        let place_like = |inner: &str| country_in(lex, inner).is_some() || (!inner.contains(|c: char| c.is_ascii_digit() || c == ':') && inner.split_whitespace().count() <= 4);
        let (name, location) = match (open_paren, close_paren) {
            (Some(o), Some(c)) if c > o && place_like(&item[o + 1..c]) => (item[..o].trim().to_string(), Some(item[o + 1..c].trim().to_string())),
            (Some(o), Some(c)) if c > o => (item[..o].trim().to_string(), country_in(lex, &item[c..])),
            _ => match country_span(lex, &item) {
                // In a flattened table row the name comes before the country.
                Some((s, e)) if sec.header_seen && s > 0 => {
                    let name: String = item.chars().take(s as usize).collect();
                    (name.trim().to_string(), Some(slice_chars(&item, s, e).to_string()))
                }
                _ => (item.clone(), country_in(lex, &item)),
            },
        };
        if name.is_empty() {
            continue;
        }
        sec.parties.push(Party { name, location });
        sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
    }
    let pick = sections
        .iter()
        .find(|s| s.explicit && !s.parties.is_empty())
        .or_else(|| sections.iter().find(|s| !s.parties.is_empty()))
        .or_else(|| sections.iter().find(|s| s.explicit))?;
    Some((pick.parties.clone(), pick.evidence.clone()))
}

/// Names listed in the sentence that introduces them: "The Processor uses the following
/// sub-processors: Amazon Web Services EMEA SARL (Ireland), Stripe Inc. (USA)." Every item must read
/// as a name (capitalised, a few words), or the sentence is running text and lists nothing.
fn inline_list(lex: &Analyser, text: &str) -> Option<Vec<Party>> {
    let (lead, rest) = text.split_once(": ")?;
    let a = lex.analyse(lead);
    let names_subs = a.concept("sub_processor").next().is_some() || a.concept("list_heading").next().is_some();
    if !names_subs || a.tokens.len() > 25 {
        return None;
    }
    let body = rest.trim().trim_end_matches('.').trim();
    // A full stop inside ends the sentence, unless it closes an entity suffix ("Postmark Inc. (USA)").
    let law = crate::assess::Law::get();
    let words: Vec<&str> = body.split_whitespace().collect();
    let sentence_inside = words.windows(2).any(|w| w[0].ends_with('.') && !law.is_entity_suffix(w[0]) && w[1].starts_with(char::is_uppercase));
    if body.is_empty() || words.len() > 40 || sentence_inside {
        return None;
    }
    let mut items = Vec::new();
    let (mut depth, mut cur) = (0i32, String::new());
    for c in body.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && (c == ',' || c == ';') {
            items.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    items.push(cur);
    let mut parties = Vec::new();
    for item in items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
        let capitalised = item.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capitalised || item.split_whitespace().count() > 8 {
            return None;
        }
        let (name, location) = match (item.find('('), item.rfind(')')) {
            (Some(o), Some(c)) if c > o => (item[..o].trim().to_string(), Some(item[o + 1..c].trim().to_string())),
            _ => (item.to_string(), country_in(lex, item)),
        };
        parties.push(Party { name, location });
    }
    (!parties.is_empty()).then_some(parties)
}

fn country_span(lex: &Analyser, text: &str) -> Option<(u32, u32)> {
    let a = lex.analyse(text);
    let h = a.concept("country").next()?;
    let [s, e] = a.span(h.first, h.last);
    Some((s, e))
}

fn heading_shaped(text: &str) -> bool {
    let t = text.trim();
    let sentence_inside = t.char_indices().any(|(i, c)| c == '.' && i > 6 && t[i + 1..].starts_with(' '));
    t.chars().next().is_some_and(char::is_alphanumeric) && !t.contains(['[', ']', '(']) && !sentence_inside
}

fn all_caps(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 3 && letters.iter().all(|c| c.is_uppercase())
}

fn strip_bullet(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(').trim();
    // "o Name": a circle bullet that text extraction turned into a letter.
    let t = match t.strip_prefix("o ") {
        Some(rest) if rest.chars().next().is_some_and(char::is_uppercase) => rest,
        _ => t,
    };
    t.trim().to_string()
}

fn country_in(lex: &Analyser, text: &str) -> Option<String> {
    let a = lex.analyse(text);
    let h = a.concept("country").next()?;
    let [s, e] = a.span(h.first, h.last);
    Some(slice_chars(text, s, e).to_string())
}

fn clause_at(ctx: &Ctx, offset: u32) -> String {
    ctx.clauses.iter().find(|c| c.span[0] <= offset && offset < c.span[1].max(c.span[0] + 1)).map_or_else(String::new, |c| c.id.clone())
}

fn transfers(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let (mut general, mut listed, mut prohibited, mut instruction) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut mechanisms: BTreeMap<usize, Vec<Evidence>> = BTreeMap::new();
    const MECHANISMS: [&str; 5] = ["scc", "bcr", "adequacy", "dpf", "derogation"];
    for s in ctx.sentences(&[Category::Transfers]) {
        let transfer = ctx.hits(s, "transfer");
        let third = ctx.hits(s, "third_country");
        // A clause about transfers names its tool in a sentence of its own ("Where relevant, the
        // standard contractual clauses apply").
        let whole = ctx.a(s);
        let primary = ctx.clauses[s.clause].categories.first() == Some(&Category::Transfers);
        let clause_transfers = whole.concept("transfer").next().is_some() || whole.concept("third_country").next().is_some();
        if (primary && clause_transfers) || !transfer.is_empty() || !third.is_empty() {
            for (mi, m) in MECHANISMS.iter().enumerate() {
                for h in ctx.hits(s, m) {
                    if !ctx.negated(s, h.first, 4) {
                        mechanisms.entry(mi).or_default().push(ctx.hit_evidence(s, &h));
                    }
                }
            }
        }
        if transfer.is_empty() && third.is_empty() {
            continue;
        }
        let about_subs_only = ctx.has(s, "sub_processor") && transfer.is_empty();
        let ev = |hits: &[Hit]| hits.iter().map(|h| ctx.hit_evidence(s, h)).collect::<Vec<_>>();
        let prohibit = ctx.has(s, "prohibit") || transfer.iter().any(|h| ctx.negated(s, h.first, 4));
        let restricted = ctx.has(s, "instruction") || ctx.has(s, "exception") || ctx.has(s, "only");
        // "to any country or territory": no destination is named, whoever gives the permission.
        let anywhere = ctx.hits(s, "any_country");
        if !anywhere.is_empty() && !transfer.is_empty() && !prohibit {
            general.extend(ev(&anywhere));
            continue;
        }
        // "… to the locations in the list of sub-processors in Annex B": named recipients.
        let named_list = ctx.has(s, "annex");
        let gen = ctx.hits(s, "general_authorisation");
        if !gen.is_empty() && !about_subs_only {
            if named_list {
                listed.extend(ev(&gen));
            } else {
                general.extend(ev(&gen));
            }
            continue;
        }
        if ctx.has(s, "permission") && !transfer.is_empty() && !third.is_empty() && !prohibit && !restricted {
            if named_list {
                listed.extend(ev(&transfer));
            } else {
                general.extend(ev(&transfer));
            }
            continue;
        }
        let names = ctx.hits(s, "third_country_name");
        if !names.is_empty() && !prohibit && !transfer.is_empty() {
            listed.extend(ev(&names));
            continue;
        }
        // A prohibition with its exception close by ("shall not transfer ... without the
        // controller's instruction") restricts; an instruction mentioned later does not.
        // "shall not transfer or allow its sub-processors to transfer personal data to a third
        // country or an international organisation without your prior consent": the exception
        // follows the last transfer word and its destination.
        let reach = transfer.last().map_or(s.to, |h| (h.last + 16).min(s.to));
        let excepted = ["instruction", "exception", "only"].iter().any(|c| ctx.a(s).has(c, s.from, reach));
        if prohibit && !excepted && !transfer.is_empty() {
            prohibited.extend(ev(&transfer));
            continue;
        }
        if restricted && ctx.has(s, "instruction") && (prohibit || ctx.has(s, "only") || ctx.has(s, "exception")) {
            instruction.extend(ev(&transfer));
        }
    }
    let stance = [("general_authorisation", general), ("listed", listed), ("prohibited", prohibited), ("instruction_only", instruction)]
        .into_iter()
        .find(|(_, e)| !e.is_empty());
    if let Some((s, ev)) = stance {
        out.push((Category::Transfers, "stance", Value::Text(s.into()), ev));
    }
    if let Some((mi, ev)) = mechanisms.into_iter().next() {
        out.push((Category::Transfers, "mechanism", Value::Text(MECHANISMS[mi].into()), ev));
    }
    out
}

fn deletion(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let (mut conditional_end, mut end_delete, mut on_request, mut end_return, mut confirm) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for s in ctx.sentences(&[Category::DeletionReturn]) {
        let delete = ctx.hits(s, "delete");
        let ret = ctx.hits(s, "return");
        if delete.is_empty() && ret.is_empty() {
            continue;
        }
        for h in ctx.hits(s, "confirm") {
            confirm.push(ctx.hit_evidence(s, &h));
        }
        // "until the data are deleted" states a condition, not a duty to delete.
        let until = ctx.hits(s, "until");
        let delete: Vec<Hit> = delete.into_iter().filter(|d| !until.iter().any(|u| u.first < d.first) && !ctx.negated(s, d.first, 3)).collect();
        // "… and certify the deletion upon request": the request qualifies the certificate.
        let confirms = ctx.hits(s, "confirm");
        let req: Vec<Hit> = ctx.hits(s, "on_request").into_iter().filter(|r| !confirms.iter().any(|c| c.last <= r.first)).collect();
        // "at the end of the work, or earlier on request": the request adds a trigger, it does
        // not make deletion at the end conditional.
        let earlier = |r: &Hit| ctx.near(s, "earlier", r.first, r.first, 3, 0);
        let req_conditional: Vec<Hit> = req.iter().copied().filter(|r| !earlier(r)).collect();
        let end = ctx.has(s, "end_of_service");
        let ev = |hits: &[Hit]| hits.iter().map(|h| ctx.hit_evidence(s, h)).collect::<Vec<_>>();
        if !delete.is_empty() {
            match (req.is_empty(), end) {
                (false, true) if req_conditional.is_empty() => end_delete.extend(ev(&delete)),
                (false, true) => conditional_end.extend(ev(&req_conditional)),
                (false, false) => on_request.extend(ev(&req)),
                (true, true) => end_delete.extend(ev(&delete)),
                (true, false) => {}
            }
        } else if end && req.is_empty() {
            end_return.extend(ev(&ret));
        }
    }
    let trigger = if !conditional_end.is_empty() {
        Some(("on_request", conditional_end.into_iter().chain(on_request).collect()))
    } else if !end_delete.is_empty() {
        Some(("end_of_service", end_delete))
    } else if !on_request.is_empty() {
        Some(("on_request", on_request))
    } else if !end_return.is_empty() {
        Some(("end_of_service", end_return))
    } else {
        None
    };
    if let Some((t, ev)) = trigger {
        out.push((Category::DeletionReturn, "trigger", Value::Text(t.into()), ev));
    }
    if !confirm.is_empty() {
        out.push((Category::DeletionReturn, "confirmation", Value::Bool(true), confirm));
    }
    out
}

/// Who bears the cost a sentence speaks of, with the words that say so.
fn cost_bearer(ctx: &Ctx, s: Sentence) -> Vec<(Side, Evidence)> {
    let mut out = Vec::new();
    let parties = ctx.party_hits(s);
    for h in ctx.hits(s, "shared_cost") {
        out.push((Side::Controller, ctx.hit_evidence(s, &h)));
        out.push((Side::Processor, ctx.hit_evidence(s, &h)));
    }
    for h in ctx.hits(s, "own_cost") {
        // "Own" refers to the subject: the last party before it that a verb follows ("the
        // Processor shall ... at its own cost"), else the first party named.
        let modals = ctx.hits(s, "modal");
        let subject = parties
            .iter()
            .rev()
            .find(|(i, _)| *i < h.first && modals.iter().any(|m| m.first == i + 1 || m.first == i + 2))
            .or_else(|| parties.iter().find(|(i, _)| *i < h.first))
            .or_else(|| parties.iter().find(|(i, _)| *i >= h.last));
        if let Some((_, p)) = subject {
            out.push((*p, ctx.hit_evidence(s, &h)));
        }
    }
    for h in ctx.hits(s, "free_of_charge") {
        out.push((Side::Processor, ctx.hit_evidence(s, &h)));
    }
    for h in ctx.hits(s, "payer_marker") {
        if ctx.negated(s, h.first, 2) {
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
    // "at its own cost", "free of charge for you": the cost word is part of a phrase already read.
    let own: Vec<Hit> = ctx.hits(s, "own_cost").into_iter().chain(ctx.hits(s, "free_of_charge")).collect();
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
        if !ctx.negated(s, h.first, 4) && !ctx.near(s, "free_of_charge", h.first, h.last, 3, 3) {
            out.push((Side::Controller, ctx.hit_evidence(s, &h)));
        }
    }
    out.retain(|(p, _)| *p != Side::Sub);
    out
}

fn audits(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let sentences = ctx.sentences(&[Category::Audits]);
    let mut notice: Option<(u32, Evidence)> = None;
    let (mut processor, mut controller) = (Vec::new(), Vec::new());
    let mut forms: BTreeMap<usize, Vec<Evidence>> = BTreeMap::new();
    const FORMS: [&str; 4] = ["report", "questionnaire", "inspection", "meeting"];
    for &s in &sentences {
        for d in ctx.durations(s) {
            if ctx.near(s, "notice", d.first, d.last, 4, 4) {
                let days = d.days();
                if notice.as_ref().is_none_or(|(n, _)| days > *n) {
                    notice = Some((days, ctx.evidence(s.clause, d.first, d.last)));
                }
            }
        }
        let bearers = cost_bearer(ctx, s);
        // A sentence that puts a cost on the controller makes any processor cost in it the exception.
        // "Each party bears its own costs" is shared, whatever else the sentence says.
        let controller_here = bearers.iter().any(|(p, _)| *p == Side::Controller) && !ctx.has(s, "shared_cost");
        for (p, ev) in bearers {
            match p {
                Side::Controller => controller.push(ev),
                Side::Processor if !controller_here => processor.push(ev),
                _ => {}
            }
        }
        let reports = ctx.hits(s, "report");
        for (fi, f) in FORMS.iter().enumerate() {
            for h in ctx.hits(s, f) {
                // "audit report" is a report, not an inspection.
                if *f != "report" && reports.iter().any(|r| r.first <= h.first && r.last >= h.last) {
                    continue;
                }
                forms.entry(fi).or_default().push(ctx.hit_evidence(s, &h));
            }
        }
    }
    if let Some((d, ev)) = notice {
        out.push((Category::Audits, "notice_days", Value::Number(d), vec![ev]));
    }
    let bearer = match (processor.is_empty(), controller.is_empty()) {
        (false, true) => Some(("processor", processor)),
        (true, false) => Some(("controller", controller)),
        (false, false) => Some(("shared", processor.into_iter().chain(controller).collect())),
        (true, true) => None,
    };
    if let Some((b, ev)) = bearer {
        out.push((Category::Audits, "cost_bearer", Value::Text(b.into()), ev));
    }
    if !forms.is_empty() {
        let names = forms.keys().map(|i| FORMS[*i].to_string()).collect();
        let ev = forms.into_values().flatten().collect();
        out.push((Category::Audits, "form", Value::Texts(names), ev));
    }
    out
}

/// Costs, own use, retention, processing location and scope.
fn other(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    // Paid assistance: a fee for assistance, or any fee in a clause about costs.
    let costs = ctx.of(&[Category::Costs]);
    let mut paid = Vec::new();
    let assisting = [
        Category::Costs,
        Category::ControllerAssistance,
        Category::DataSubjectRights,
        Category::BreachNotification,
        Category::DeletionReturn,
        Category::Audits,
        Category::InstructionChanges,
    ];
    for s in ctx.sentences(&assisting) {
        // A fee counts when the clause is about assistance; the service's own price does not.
        let whole = ctx.a(s).tokens.len();
        let about_assistance = ctx.has(s, "assistance") || (costs.contains(&s.clause) && ctx.a(s).has("assistance", 0, whole));
        if !about_assistance {
            continue;
        }
        let a = ctx.a(s);
        let charged = a.within("paid", s.from, s.to).any(|h| !ctx.negated(s, h.first, 4) && !ctx.near(s, "free_of_charge", h.first, h.last, 3, 3));
        let at_controller_cost = ctx.has(s, "assistance") && cost_bearer(ctx, s).iter().any(|(p, _)| *p == Side::Controller);
        if charged || at_controller_cost {
            let hits: Vec<Hit> = ctx.hits(s, "paid").into_iter().chain(ctx.hits(s, "cost")).collect();
            match hits.first() {
                Some(h) => paid.push(ctx.hit_evidence(s, h)),
                None => paid.push(ctx.evidence(s.clause, s.from, s.to)),
            }
        }
    }
    if !paid.is_empty() {
        out.push((Category::Costs, "assistance_paid", Value::Bool(true), paid));
    }
    // Own use: permission to anonymise (or aggregate) and use the data.
    let mut anon = Vec::new();
    for s in ctx.sentences(&[Category::ProcessorOwnUse]) {
        for h in ctx.hits(s, "anonymise") {
            // Statistics "for the Controller" are the controller's purpose, not the processor's own.
            let own = ctx.hits(s, "own_purposes").into_iter().any(|o| !ctx.near(s, "controller", o.last, o.last, 0, 3));
            let allowed = ctx.has(s, "permission") || own;
            let forbidden = ctx.negated(s, h.first, 6) || ctx.hits(s, "prohibit").iter().any(|p| p.first < h.first);
            if allowed && !forbidden {
                anon.push(ctx.hit_evidence(s, &h));
            }
        }
    }
    if !anon.is_empty() {
        out.push((Category::ProcessorOwnUse, "anonymisation", Value::Bool(true), anon));
    }
    // Retention: the longest period stated for keeping or deleting data.
    let mut longest: Option<(u32, Evidence)> = None;
    for s in ctx.sentences(&[Category::Retention]) {
        // A retention table ("Activity logs | 12 months | …") states its periods in rows that
        // repeat no retention word; the clause's own heading or text says what they are.
        let whole = ctx.a(s);
        let table = ctx.clauses[s.clause].categories.first() == Some(&Category::Retention)
            && ctx.clauses[s.clause].text.contains(" | ")
            && (whole.concept("retain").next().is_some() || whole.concept("delete").next().is_some());
        if !ctx.has(s, "retain") && !ctx.has(s, "delete") && !table {
            continue;
        }
        for d in ctx.durations(s) {
            if ctx.near(s, "notice", d.first, d.last, 3, 3) {
                continue;
            }
            let days = d.days();
            if longest.as_ref().is_none_or(|(n, _)| days > *n) {
                longest = Some((days, ctx.evidence(s.clause, d.first, d.last)));
            }
        }
    }
    if let Some((d, ev)) = longest {
        out.push((Category::Retention, "days", Value::Number(d), vec![ev]));
    }
    // Processing places: countries and the words after "location:".
    let mut places: Vec<String> = Vec::new();
    let mut place_ev = Vec::new();
    for s in ctx.sentences(&[Category::ProcessingLocation]) {
        let text = &ctx.clauses[s.clause].text;
        for h in ctx.hits(s, "country") {
            let [a, b] = ctx.a(s).span(h.first, h.last);
            let place = slice_chars(text, a, b).to_string();
            if !places.iter().any(|p| p.eq_ignore_ascii_case(&place)) {
                places.push(place);
                place_ev.push(ctx.hit_evidence(s, &h));
            }
        }
    }
    // "Location of the servers: X" or the label on one line and the place on the next.
    let loc_clauses = ctx.of(&[Category::ProcessingLocation]);
    let mut pending_label = false;
    for p in &ctx.document.paragraphs {
        let Some(ci) = loc_clauses.iter().copied().find(|i| ctx.clauses[*i].span[0] <= p.start && p.start < ctx.clauses[*i].span[1]) else {
            pending_label = false;
            continue;
        };
        let text = ctx.document.paragraph_text(p);
        let a = ctx.lex.analyse(text);
        let labelled = a.concept("location").next().is_some();
        let mut place = None;
        if pending_label && a.tokens.len() <= 12 {
            place = Some(strip_bullet(text).trim_end_matches(['.', ';']).trim().to_string());
        } else if labelled {
            if let Some((_, after)) = text.split_once(':') {
                let after = after.trim().trim_end_matches(['.', ';']).trim();
                if !after.is_empty() && after.split_whitespace().count() <= 12 {
                    place = Some(after.to_string());
                }
            }
        }
        pending_label = labelled && text.trim_end().ends_with(':');
        // "The list is at: https://…" points somewhere else; it names no place.
        let web = |p: &str| p.contains("://") || p.contains("www.") || p.contains('@');
        if let Some(place) = place.filter(|p| !p.is_empty() && !web(p)) {
            if !places.iter().any(|x| x.eq_ignore_ascii_case(&place)) {
                places.push(place);
                place_ev.push(Evidence { clause: ctx.clauses[ci].id.clone(), span: [p.start, p.end] });
            }
        }
    }
    if !places.is_empty() {
        out.push((Category::ProcessingLocation, "places", Value::Texts(places), place_ev));
    }
    out.extend(scope(ctx));
    out
}

/// Data types and data subjects: the items listed under their headings in the scope clauses.
fn scope(ctx: &Ctx) -> Vec<Found> {
    let doc = ctx.document;
    let lex = ctx.lex;
    let mut types: Vec<(String, Evidence)> = Vec::new();
    let mut subjects: Vec<(String, Evidence)> = Vec::new();
    let scope_spans: Vec<(usize, [u32; 2])> = ctx.of(&[Category::Scope]).into_iter().map(|i| (i, ctx.clauses[i].span)).collect();
    let mut current: Option<bool> = None; // Some(true) = types, Some(false) = subjects
    let mut items_at_heading = 0;
    // Under a heading, bulleted items end where plain text resumes.
    let mut saw_list_item = false;
    // A table under the heading: its first row may be the column names.
    let mut rows_seen = false;
    let is_row = |p: &crate::Paragraph| p.kind == ParagraphKind::TableRow || doc.paragraph_text(p).contains(" | ");
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let Some((ci, _)) = scope_spans.iter().find(|(_, sp)| sp[0] <= p.start && p.start < sp[1]) else {
            current = None;
            continue;
        };
        let text = doc.paragraph_text(p);
        let a = lex.analyse(text);
        let t = a.concept("data_types_heading").next().copied();
        let sub = a.concept("data_subjects_heading").next().copied();
        let heading = match (t, sub) {
            // "Categories of data subjects" holds "categories of data": the longer label wins.
            (Some(x), Some(y)) => Some(if (x.first, y.last) <= (y.first, x.last) { (true, x) } else { (false, y) }),
            (Some(x), None) => Some((true, x)),
            (None, Some(y)) => Some((false, y)),
            (None, None) => None,
        };
        if let Some((is_types, h)) = heading {
            let [_, end] = a.span(h.first, h.last);
            // A table row labelled in its first cell: "Data subjects | Employees, customers".
            let first_cell = text.find(" | ").map(|bar| text[..bar].chars().count());
            let labelled_row = h.first == 0 && first_cell.is_some_and(|c| end as usize <= c);
            if a.tokens.len() <= 12 || text.trim_end().ends_with(':') || labelled_row {
                // A labelled row holds its own items; the next row has its own label.
                current = (!labelled_row).then_some(is_types);
                items_at_heading = if is_types { types.len() } else { subjects.len() };
                saw_list_item = false;
                rows_seen = false;
                // Items after a colon on the heading line itself, or in the row's next cell.
                let rest: String = text.chars().skip(end as usize).collect();
                let after = if labelled_row { rest.split_once('|') } else { rest.split_once(':') };
                if let Some(after) = after.map(|(_, r)| r.trim()).filter(|r| !r.is_empty()) {
                    let list = if is_types { &mut types } else { &mut subjects };
                    for item in after.split([',', ';', '|']).map(|x| strip_bullet(x).trim_end_matches('.').trim().to_string()).filter(|x| !x.is_empty()) {
                        list.push((item, Evidence { clause: ctx.clauses[*ci].id.clone(), span: [p.start, p.end] }));
                    }
                }
                continue;
            }
        }
        let Some(is_types) = current else { continue };
        // Another labelled block ("Location of the servers:") after some items ends the list.
        let items_so_far = if is_types { types.len() } else { subjects.len() };
        let after_bullets = saw_list_item && !matches!(p.kind, ParagraphKind::ListItem(_));
        let row = is_row(p);
        // "4.2 Nature of the processing": the next numbered sub-section ends the list.
        let section_number = text.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches('.');
            w.contains('.') && w.split('.').all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        });
        let too_long = a.tokens.len() > 15 && !row;
        if too_long || after_bullets || section_number || (text.trim_end().ends_with(':') && items_so_far > items_at_heading) {
            current = None;
            continue;
        }
        // "The data subjects concerned are:" introduces the items; it is none of them.
        if text.trim_end().ends_with(':') && !row {
            continue;
        }
        saw_list_item |= matches!(p.kind, ParagraphKind::ListItem(_));
        let item = if row {
            let cells: Vec<&str> = text.split(" | ").map(str::trim).collect();
            let next_row = doc.paragraphs.get(pi + 1).is_some_and(is_row);
            let header = !rows_seen
                && next_row
                && cells.len() >= 2
                && cells.iter().all(|c| c.split_whitespace().count() <= 3 && !c.contains(|ch: char| ch.is_ascii_digit() || ch == '['));
            rows_seen = true;
            if header {
                continue;
            }
            // The first cell names the category ("Contact data | e-mail, phone"); a row number
            // ("3 | …") is no name.
            let first = cells.iter().copied().find(|c| !c.chars().all(|ch| ch.is_ascii_digit() || ch == '.')).unwrap_or("");
            strip_bullet(first).trim_end_matches(['.', ',', ';', ':']).trim().to_string()
        } else {
            strip_bullet(text).trim_end_matches(['.', ',', ';', ':']).trim().to_string()
        };
        if !item.is_empty() {
            let list = if is_types { &mut types } else { &mut subjects };
            list.push((item, Evidence { clause: ctx.clauses[*ci].id.clone(), span: [p.start, p.end] }));
        }
    }
    let mut out = Vec::new();
    for (name, items) in [("data_types", types), ("data_subjects", subjects)] {
        if !items.is_empty() {
            let (values, ev): (Vec<String>, Vec<Evidence>) = items.into_iter().unzip();
            out.push((Category::Scope, name, Value::Texts(values), ev));
        }
    }
    out
}
