//! The rules of taxonomy.md §3, in the order of `data/findings.toml`.

use std::collections::BTreeMap;

use super::law::{Law, Region};
use super::text::{Folded, Hit, PhraseSet};
use super::{finding, placeholder, Raw};
use crate::{taxonomy, Category, CategoryResult, Clause, Document, Evidence, Finding, Party, Value};

/// How many clauses a fallback citation names when extract left no evidence.
const FALLBACK_CLAUSES: usize = 5;
/// How far (chars) before a reference a disclaiming word counts ("om ophævelse af direktiv …").
const DISCLAIM_BEFORE: usize = 80;
/// How far after ("… is no longer a valid transfer mechanism"); far enough to pass a relative
/// clause between the reference and its verb ("Safe Harbor, on which … relied, was replaced").
const DISCLAIM_AFTER: usize = 160;
/// How many clauses after one option marker its counterpart may stand in.
const OPTION_WINDOW: usize = 2;
/// Shorter evidence is too common to count as the same words repeated.
const MIN_REPEAT: usize = 16;
/// Evidence kept per text finding.
const MAX_EVIDENCE: usize = 24;

/// What the rules read.
pub struct Context<'a> {
    document: &'a Document,
    clauses: &'a [Clause],
    categories: &'a BTreeMap<Category, CategoryResult>,
    texts: Vec<Folded>,
    law: &'static Law,
}

impl<'a> Context<'a> {
    /// Folds every clause once.
    pub fn new(document: &'a Document, clauses: &'a [Clause], categories: &'a BTreeMap<Category, CategoryResult>) -> Self {
        let texts = clauses.iter().map(|c| Folded::new(&c.text)).collect();
        Context { document, clauses, categories, texts, law: Law::get() }
    }

    /// Is the phrase at char `start` of `t` denied: a negation word of the document's language
    /// among the three words before it, in its sentence ("er ikke standardkontraktsbestemmelser",
    /// "do not constitute standard contractual clauses").
    fn denied(&self, t: &Folded, start: usize) -> bool {
        let Some(lang) = self.document.language else { return false };
        let lex = crate::lexicon::lexicon(lang);
        let (from, _) = t.sentence(start);
        let before: String = t.chars[from..start].iter().collect::<String>().to_lowercase();
        before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(3).any(|w| lex.is_negation(w))
    }

    fn category(&self, c: Category) -> Option<&CategoryResult> {
        self.categories.get(&c)
    }

    fn present(&self, c: Category) -> bool {
        self.category(c).is_some_and(|r| r.present)
    }

    fn attr(&self, c: Category, name: &str) -> &Value {
        const NULL: Value = Value::Null;
        self.category(c).and_then(|r| r.attributes.get(name)).unwrap_or(&NULL)
    }

    fn text_attr(&self, c: Category, name: &str) -> Option<&str> {
        self.attr(c, name).as_text()
    }

    /// The evidence of one attribute, or the category's first clauses when extract kept none.
    fn cite(&self, c: Category, attrs: &[&str]) -> Raw {
        let mut raw = Raw::default();
        if let Some(result) = self.category(c) {
            for ev in attrs.iter().filter_map(|a| result.evidence.get(*a)).flatten() {
                raw.add(ev.clone());
            }
            self.add_repeats(result, &mut raw);
            if raw.evidence.is_empty() {
                for id in result.clauses.iter().take(FALLBACK_CLAUSES) {
                    if let Some(clause) = self.clauses.iter().find(|cl| &cl.id == id) {
                        raw.add(Evidence { clause: clause.id.clone(), span: clause.span });
                    } else {
                        raw.clauses.push(id.clone());
                    }
                }
            }
        }
        raw
    }

    /// Agreements repeat themselves (a deletion rule in clause 11.3 and again in an annex): the
    /// same words in another clause of the category are cited too, in document order.
    fn add_repeats(&self, result: &CategoryResult, raw: &mut Raw) {
        let phrases: Vec<String> = raw
            .evidence
            .iter()
            .map(|ev| super::quote(self.document, ev))
            .filter(|q| q.chars().count() >= MIN_REPEAT && !q.ends_with('…'))
            .collect();
        if phrases.is_empty() {
            return;
        }
        let set = PhraseSet::folded(&phrases);
        for (i, clause) in self.clauses.iter().enumerate() {
            if result.clauses.contains(&clause.id) && !raw.clauses.contains(&clause.id) {
                if let Some(h) = set.find(&self.texts[i]).first() {
                    raw.add(self.evidence(i, h.start, h.end));
                }
            }
        }
        let order = |id: &String| self.clauses.iter().position(|c| &c.id == id).unwrap_or(usize::MAX);
        raw.evidence.sort_by_key(|e| (order(&e.clause), e.span[0]));
        raw.clauses.sort_by_key(order);
    }

    /// Where the words of a listed entry (a sub-processor's name) stand: in a clause of `c` if
    /// one has them, else in any clause.
    fn locate(&self, c: Category, words: &str) -> Option<Evidence> {
        let needle = words.trim().trim_matches(|ch: char| !ch.is_alphanumeric());
        if needle.chars().count() < 2 {
            return None;
        }
        let set = PhraseSet::folded([needle]);
        let hit_in = |i: usize| set.find(&self.texts[i]).first().map(|h| self.evidence(i, h.start, h.end));
        let in_category = (0..self.clauses.len()).filter(|&i| self.clauses[i].categories.contains(&c)).find_map(hit_in);
        in_category.or_else(|| (0..self.clauses.len()).find_map(hit_in))
    }

    /// Evidence for chars `[start, end)` of clause `i`'s text.
    fn evidence(&self, i: usize, start: usize, end: usize) -> Evidence {
        let clause = &self.clauses[i];
        let base = clause.span[0];
        let clamp = |x: usize| (base + x as u32).min(clause.span[1].max(base));
        Evidence { clause: clause.id.clone(), span: [clamp(start), clamp(end)] }
    }

    /// True when a disclaiming word stands near the hit, in its sentence.
    fn disclaimed(&self, i: usize, hit: Hit) -> bool {
        let text = &self.texts[i];
        let s = text.sentence(hit.start).0;
        let e = text.sentence(hit.end.saturating_sub(1).max(hit.start)).1;
        let from = hit.start.saturating_sub(DISCLAIM_BEFORE).max(s);
        let to = (hit.end + DISCLAIM_AFTER).min(e);
        let before = self.law.disclaim_before.find(text).iter().any(|h| h.start >= from && h.end <= hit.start);
        let after = self.law.disclaim_after.find(text).iter().any(|h| h.start >= hit.end && h.end <= to);
        before || after
    }

    /// Every hit of a phrase set in every clause that is not disclaimed, as evidence.
    fn scan(&self, set: impl Fn(&Folded) -> Vec<Hit>, check_disclaim: bool) -> Raw {
        let mut raw = Raw::default();
        for (i, text) in self.texts.iter().enumerate() {
            for hit in set(text) {
                if raw.evidence.len() < MAX_EVIDENCE && !(check_disclaim && self.disclaimed(i, hit)) {
                    raw.add(self.evidence(i, hit.start, hit.end));
                }
            }
        }
        raw
    }
}

/// A rule: what it found, or `None`.
type Rule = fn(&Context) -> Option<Raw>;

/// Runs every rule, in the rule table's order.
pub fn run(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for def in taxonomy::categories().iter().filter(|d| d.required) {
        if !ctx.present(def.id) {
            let mut raw = Raw::default();
            raw.vars.insert("category@da".into(), lower_first(&def.da));
            raw.vars.insert("category@en".into(), lower_first(&def.en));
            let id = format!("missing_required:{}", def.id.as_str());
            let anchor = (!def.anchor.is_empty()).then_some(def.anchor.as_str());
            out.extend(finding(&id, raw, ctx.document, ctx.clauses, anchor));
        }
    }
    let rules: [(&str, Rule); 16] = [
        ("transfer_general_authorisation", transfer_general_authorisation),
        ("transfer_invalid_mechanism", transfer_invalid_mechanism),
        ("processor_anonymisation_reuse", anonymisation),
        ("breach_deadline_over_72h", breach_over_72h),
        ("sub_processor_no_flow_down", no_flow_down),
        ("conflicting_options", conflicting_options),
        ("transfer_without_mechanism", transfer_without_mechanism),
        ("assistance_paid", assistance_paid),
        ("breach_no_deadline", breach_no_deadline),
        ("deletion_on_request_only", deletion_on_request),
        ("sub_processor_objection_restricted", objection_restricted),
        ("sub_processor_list_missing", list_missing),
        ("sub_processor_list_incomplete", list_incomplete),
        ("outdated_law_reference", outdated_law),
        ("audit_restricted", audit_restricted),
        ("template_placeholder", template_placeholder),
    ];
    for (id, rule) in rules {
        out.extend(rule(ctx).and_then(|raw| finding(id, raw, ctx.document, ctx.clauses, None)));
    }
    out
}

fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        // Keep acronyms ("GDPR …") as written.
        (Some(_), Some(second)) if second.is_uppercase() => label.to_string(),
        (Some(first), _) => first.to_lowercase().chain(label.chars().skip(1)).collect(),
        _ => String::new(),
    }
}

fn transfer_general_authorisation(ctx: &Context) -> Option<Raw> {
    (ctx.text_attr(Category::Transfers, "stance")? == "general_authorisation").then(|| ctx.cite(Category::Transfers, &["stance"]))
}

fn transfer_invalid_mechanism(ctx: &Context) -> Option<Raw> {
    let raw = ctx.scan(|t| ctx.law.invalid.find(t), true);
    (!raw.evidence.is_empty()).then_some(raw)
}

fn anonymisation(ctx: &Context) -> Option<Raw> {
    ctx.attr(Category::ProcessorOwnUse, "anonymisation")
        .as_bool()
        .then(|| ctx.cite(Category::ProcessorOwnUse, &["anonymisation"]))
}

fn breach_over_72h(ctx: &Context) -> Option<Raw> {
    let hours = ctx.attr(Category::BreachNotification, "deadline_hours").as_number()?;
    (hours > 72).then(|| {
        let mut raw = ctx.cite(Category::BreachNotification, &["deadline_hours"]);
        raw.vars.insert("hours".into(), hours.to_string());
        raw
    })
}

/// Sub-processors are allowed at all: some authorisation, or a list with entries.
fn sub_processors_allowed(ctx: &Context) -> bool {
    let authorised = ctx.text_attr(Category::SubProcessors, "authorisation").is_some();
    let listed = matches!(ctx.attr(Category::SubProcessors, "listed"), Value::Parties(p) if !p.is_empty());
    ctx.present(Category::SubProcessors) && (authorised || listed)
}

fn no_flow_down(ctx: &Context) -> Option<Raw> {
    (sub_processors_allowed(ctx) && !ctx.attr(Category::SubProcessors, "flow_down").as_bool())
        .then(|| ctx.cite(Category::SubProcessors, &["authorisation", "listed"]))
}

fn conflicting_options(ctx: &Context) -> Option<Raw> {
    let mut raw = Raw::default();
    if ctx.text_attr(Category::SubProcessors, "authorisation") == Some("both") {
        raw = ctx.cite(Category::SubProcessors, &["authorisation"]);
        raw.variant = Some("subprocessors");
    }
    for ev in option_markers(ctx).into_iter().chain(open_checkboxes(ctx)) {
        raw.add(ev);
    }
    (!raw.clauses.is_empty()).then_some(raw)
}

/// Both markers of a pair ("Mulighed 1" … "Mulighed 2") in one clause or close together, neither
/// in a sentence that says which one applies.
fn option_markers(ctx: &Context) -> Vec<Evidence> {
    let set = &ctx.law.option_markers;
    // (clause index, hit) of every marker not in a "… applies" sentence.
    let mut hits: Vec<(usize, Hit)> = Vec::new();
    for (i, text) in ctx.texts.iter().enumerate() {
        let found = set.find(text);
        // Which option applies is looked for only in a clause with markers.
        let chosen = if found.is_empty() { Vec::new() } else { ctx.law.option_chosen.find(text) };
        for hit in found {
            let s = text.sentence(hit.start).0;
        let e = text.sentence(hit.end.saturating_sub(1).max(hit.start)).1;
            if !chosen.iter().any(|c| c.start >= s && c.end <= e) {
                hits.push((i, hit));
            }
        }
    }
    let mut out = Vec::new();
    for &(i, a) in &hits {
        if a.phrase % 2 != 0 {
            continue;
        }
        let partner = hits.iter().find(|&&(j, b)| b.phrase == a.phrase + 1 && j >= i && j <= i + OPTION_WINDOW);
        if let Some(&(j, b)) = partner {
            out.push(ctx.evidence(i, a.start, a.end));
            out.push(ctx.evidence(j, b.start, b.end));
        }
    }
    out
}

/// A clause with two or more empty check boxes and none ticked.
fn open_checkboxes(ctx: &Context) -> Vec<Evidence> {
    let mut out = Vec::new();
    for (i, text) in ctx.texts.iter().enumerate() {
        let open = ctx.law.unchecked_boxes.find(text);
        // Two or three open boxes are alternatives; a longer row is a checklist left blank.
        if (2..=3).contains(&open.len()) && !ctx.law.checked_boxes.any(text) {
            out.extend(open.iter().take(2).map(|h| ctx.evidence(i, h.start, h.end)));
        }
    }
    out
}

/// A transfer mechanism (valid or not) named in a clause about transfers.
fn mechanism_named(ctx: &Context) -> bool {
    if !ctx.attr(Category::Transfers, "mechanism").is_null() {
        return true;
    }
    let about_transfers = |i: usize| {
        let cats = &ctx.clauses[i].categories;
        cats.contains(&Category::Transfers) || cats.contains(&Category::SubProcessors) || ctx.law.transfer_words.any(&ctx.texts[i])
    };
    // A tool named for one adequate country only ("For Switzerland there is an adequacy
    // decision", "Transfers to the UK take place under the SCCs") covers no other destination.
    let covers_more = |t: &Folded, tools: &[Hit]| {
        let (adequate, third) = (ctx.law.adequate.find(t), ctx.law.third.find(t));
        tools.iter().any(|h| {
            let (from, to) = t.sentence(h.start);
            let inside = |hits: &[Hit]| hits.iter().any(|c| c.start >= from && c.end <= to);
            !inside(&adequate) || inside(&third)
        })
    };
    // "These Clauses are not standard contractual clauses within the meaning of Article 46(2)": a
    // tool the text says it is not (the Danish template's clause 7.5 and the Commission's own).
    // The denial reaches a tool named right after a denied one ("… not standard contractual
    // clauses under Article 46(2)").
    let asserted = |t: &Folded| -> Vec<Hit> {
        let mut denied_until: Option<usize> = None;
        let mut out = Vec::new();
        for h in ctx.law.mechanisms.find(t) {
            let chained = denied_until.is_some_and(|end| end <= h.start && words_between(t, end, h.start) <= 3);
            if chained || ctx.denied(t, h.start) {
                denied_until = Some(h.end);
            } else {
                out.push(h);
            }
        }
        out
    };
    ctx.texts.iter().enumerate().any(|(i, t)| about_transfers(i) && (ctx.law.invalid.any(t) || covers_more(t, &asserted(t))))
}

/// How many words lie between chars `from` and `to` of `t`.
fn words_between(t: &Folded, from: usize, to: usize) -> usize {
    t.chars[from..to].iter().collect::<String>().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
}

fn transfer_without_mechanism(ctx: &Context) -> Option<Raw> {
    let stance = ctx.text_attr(Category::Transfers, "stance");
    let allowed = matches!(stance, Some("general_authorisation" | "listed"));
    let mut outside: Vec<String> = Vec::new();
    let mut outside_evidence = Raw::default();
    if let Value::Parties(parties) = ctx.attr(Category::SubProcessors, "listed") {
        for p in parties {
            if p.location.as_deref().is_some_and(|l| ctx.law.region(l) == Region::Third) {
                outside.push(party_label(p));
                if let Some(ev) = ctx.locate(Category::SubProcessors, &p.name) {
                    outside_evidence.add(ev);
                }
            }
        }
        if !outside.is_empty() && outside_evidence.evidence.is_empty() {
            outside_evidence = ctx.cite(Category::SubProcessors, &["listed"]);
        }
    }
    if let Value::Texts(places) = ctx.attr(Category::ProcessingLocation, "places") {
        let third: Vec<&String> = places.iter().filter(|p| ctx.law.region(p) == Region::Third).collect();
        if !third.is_empty() {
            outside.extend(third.into_iter().cloned());
            let more = ctx.cite(Category::ProcessingLocation, &["places"]);
            for ev in more.evidence {
                outside_evidence.add(ev);
            }
        }
    }
    if (!allowed && outside.is_empty()) || mechanism_named(ctx) || only_adequate_countries(ctx, stance) {
        return None;
    }
    if allowed {
        let mut raw = ctx.cite(Category::Transfers, &["stance"]);
        for ev in outside_evidence.evidence {
            raw.add(ev);
        }
        Some(raw)
    } else {
        let mut raw = outside_evidence;
        raw.variant = Some("location");
        raw.vars.insert("names".into(), outside.join(", "));
        Some(raw)
    }
}

/// Transfers to named countries that all have an adequacy decision ("til Storbritannien og
/// Schweiz") need no further tool.
fn only_adequate_countries(ctx: &Context, stance: Option<&str>) -> bool {
    if stance != Some("listed") {
        return false;
    }
    let transfer_clauses: Vec<usize> = (0..ctx.clauses.len()).filter(|&i| ctx.clauses[i].categories.contains(&Category::Transfers)).collect();
    let adequate = transfer_clauses.iter().any(|&i| ctx.law.adequate.any(&ctx.texts[i]));
    let third = transfer_clauses.iter().any(|&i| ctx.law.third.any(&ctx.texts[i]));
    adequate && !third
}

fn party_label(p: &Party) -> String {
    match &p.location {
        Some(l) if !l.trim().is_empty() => format!("{} ({})", p.name.trim(), l.trim()),
        _ => p.name.trim().to_string(),
    }
}

fn assistance_paid(ctx: &Context) -> Option<Raw> {
    ctx.attr(Category::Costs, "assistance_paid").as_bool().then(|| ctx.cite(Category::Costs, &["assistance_paid"]))
}

fn breach_no_deadline(ctx: &Context) -> Option<Raw> {
    if !ctx.present(Category::BreachNotification) || !ctx.attr(Category::BreachNotification, "deadline_hours").is_null() {
        return None;
    }
    let mut raw = ctx.cite(Category::BreachNotification, &["without_undue_delay"]);
    if !ctx.attr(Category::BreachNotification, "without_undue_delay").as_bool() {
        raw.variant = Some("silent");
    }
    Some(raw)
}

fn deletion_on_request(ctx: &Context) -> Option<Raw> {
    (ctx.text_attr(Category::DeletionReturn, "trigger")? == "on_request").then(|| ctx.cite(Category::DeletionReturn, &["trigger"]))
}

fn objection_restricted(ctx: &Context) -> Option<Raw> {
    let right = ctx.text_attr(Category::SubProcessors, "objection_right")?;
    let variant = match right {
        "restricted" => None,
        "none" => Some("none"),
        _ => return None,
    };
    let mut raw = ctx.cite(Category::SubProcessors, &["objection_right"]);
    if variant.is_some() && raw.evidence.is_empty() {
        raw = ctx.cite(Category::SubProcessors, &["authorisation"]);
    }
    raw.variant = variant;
    Some(raw)
}

fn list_missing(ctx: &Context) -> Option<Raw> {
    let general = matches!(ctx.text_attr(Category::SubProcessors, "authorisation"), Some("general" | "both"));
    (general && ctx.attr(Category::SubProcessors, "listed").is_null()).then(|| ctx.cite(Category::SubProcessors, &["authorisation"]))
}

fn list_incomplete(ctx: &Context) -> Option<Raw> {
    let Value::Parties(parties) = ctx.attr(Category::SubProcessors, "listed") else { return None };
    let lacking: Vec<&Party> = parties
        .iter()
        .filter(|p| !ctx.law.identifiable(&p.name) || p.location.as_deref().is_none_or(|l| !ctx.law.identifiable_place(l)))
        .collect();
    if lacking.is_empty() {
        return None;
    }
    let mut raw = Raw::default();
    for p in &lacking {
        if let Some(ev) = ctx.locate(Category::SubProcessors, &p.name) {
            raw.add(ev);
        }
    }
    if raw.evidence.is_empty() {
        raw = ctx.cite(Category::SubProcessors, &["listed"]);
    }
    let lacking: Vec<String> = lacking.iter().map(|p| format!("\"{}\"", party_label(p))).collect();
    raw.vars.insert("names".into(), lacking.join(", "));
    Some(raw)
}

fn outdated_law(ctx: &Context) -> Option<Raw> {
    let raw = ctx.scan(|t| ctx.law.outdated.find(t), true);
    (!raw.evidence.is_empty()).then_some(raw)
}

fn audit_restricted(ctx: &Context) -> Option<Raw> {
    let days = ctx.attr(Category::Audits, "notice_days").as_number().filter(|&d| d > 30);
    let controller_pays = ctx.text_attr(Category::Audits, "cost_bearer") == Some("controller");
    let mut attrs = Vec::new();
    if days.is_some() {
        attrs.push("notice_days");
    }
    if controller_pays {
        attrs.push("cost_bearer");
    }
    if attrs.is_empty() {
        return None;
    }
    let mut raw = ctx.cite(Category::Audits, &attrs);
    if let Some(d) = days {
        raw.vars.insert("days".into(), d.to_string());
    }
    Some(raw)
}

fn template_placeholder(ctx: &Context) -> Option<Raw> {
    let mut raw = Raw::default();
    for (i, text) in ctx.texts.iter().enumerate() {
        let clause = &ctx.clauses[i];
        let mut spans = placeholder::find(&text.chars, ctx.law);
        // Form fields need the line breaks, which the clause text has as spaces.
        if placeholder::may_have_fields(&clause.text) {
            let lines = crate::extract::clause_text(ctx.document, clause);
            if lines.chars().count() == text.chars.len() {
                spans.extend(placeholder::blank_fields(&lines, clause.heading.as_deref(), ctx.law));
                spans.sort_unstable();
                spans.dedup_by(|b, a| b.0 < a.1);
            }
        }
        for (s, e) in spans {
            if raw.evidence.len() < MAX_EVIDENCE {
                raw.add(ctx.evidence(i, s, e));
            } else if !raw.clauses.contains(&ctx.clauses[i].id) {
                raw.clauses.push(ctx.clauses[i].id.clone());
            }
        }
    }
    (!raw.clauses.is_empty()).then_some(raw)
}
