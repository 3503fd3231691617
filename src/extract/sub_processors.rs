//! Sub-processors: authorisation, notice, objection right, flow-down and the listed sub-processors.

use super::*;

pub(super) fn sub_processors(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let sentences = ctx.sentences(&[Category::SubProcessors]);
    let (mut specific, mut general) = (Vec::new(), Vec::new());
    for &s in &sentences {
        // "(Option 1, prior specific authorisation, has not been chosen.)" names the option the
        // parties left out.
        if ctx.has(s, "either_authorisation") || ctx.has(s, "not_chosen") {
            continue;
        }
        let about_transfers = ctx.has(s, "third_country") || ctx.has(s, "transfer");
        if about_transfers && !ctx.has(s, "sub_processor") {
            continue;
        }
        let (composed_spec, composed_gen) = composed_authorisations(ctx, s);
        let spec = with_composed(ctx.hits(s, "specific_authorisation"), composed_spec);
        let mut gen = with_composed(ctx.hits(s, "general_authorisation"), composed_gen);
        // "prior specific or general written authorisation" restates the law, it chooses nothing.
        if !spec.is_empty() && !gen.is_empty() {
            continue;
        }
        // "The Processor may engage sub-processors" allows them without asking, unless the same
        // sentence makes it conditional ("only with the Controller's prior written approval").
        let conditional = spec.len() + ctx.hits(s, "prior_approval").len() > 0 || ctx.has(s, "only") || ctx.has(s, "prohibit");
        if !conditional {
            gen.extend(ctx.hits(s, "may_engage").into_iter().filter(|h| !ctx.negated(s, h.first, 3)));
            gen.extend(controller_agrees(ctx, s));
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
            // Not the period to end the main agreement that an objection may lead to ("… den
            // Hauptvertrag mit einer Frist von einem Monat zu kündigen").
            if ctx.notice_period(s, &d, 4) && !ctx.near(s, "object", d.first, d.last, 6, 0) && !ctx.near(s, "terminate", d.first, d.last, 8, 6) {
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
        // "without having to justify", "uden at skulle begrunde": grounds waived by a negation
        // right before them, whichever side of the objection they stand.
        let waived = |s: Sentence, g: &Hit| {
            let toks = &ctx.a(s).tokens;
            (g.first.saturating_sub(4).max(s.from)..g.first).any(|t| ctx.lex.is_negation(&toks[t].surface))
        };
        // A clause that lets the controller object for any reason (or without giving one) keeps
        // that right free in its later sentences, where termination follows only if the
        // objection cannot be met.
        let free_clauses: Vec<usize> = sentences
            .iter()
            .filter(|&&s| !ctx.hits(s, "object").is_empty() && (ctx.has(s, "any_grounds") || ctx.hits(s, "restricted_grounds").iter().any(|g| waived(s, g))))
            .map(|s| s.clause)
            .collect();
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
                let grounds = ctx.hits(s, "restricted_grounds").into_iter().any(|g| {
                    // "If the Customer has a legitimate concern about a new sub-processor, it
                    // may object": a condition put before the objection reaches further back.
                    g.first + 16 >= h.first && g.last <= h.last + 10 && !waived(s, &g)
                });
                // "may object for any reason": free, even where termination follows if the
                // objection cannot be met.
                let any_grounds = ctx.near(s, "any_grounds", h.first, h.last, 3, 12) || free_clauses.contains(&s.clause);
                // "may not object" is the controller that cannot refuse; in "skal ikke begrunde
                // sin indsigelse" the negation waives the grounds, not the objection.
                let grounds_waived = ctx.hits(s, "restricted_grounds").iter().any(|g| g.last <= h.first && g.last + 2 >= h.first && waived(s, g));
                let denied = ctx.negated(s, h.first, 3) && !grounds_waived;
                if grounds || (terminates && !any_grounds) || denied {
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

/// Authorisations put together from their words: a "general" or "specific" word, up to three
/// words such as "prior" or "written", then a word for the approval ("general prior written
/// authorisation", "allmänt förhandsgodkännande", "generel skriftlig forudgående godkendelse",
/// "særskilt godkendelse"), as (specific, general).
fn composed_authorisations(ctx: &Ctx, s: Sentence) -> (Vec<Hit>, Vec<Hit>) {
    let a = ctx.a(s);
    let (mut specific, mut general) = (Vec::new(), Vec::new());
    for noun in ctx.hits(s, "approval_noun") {
        let mut start = noun.first;
        for _ in 0..3 {
            match a.concept("approval_modifier").find(|m| m.last == start && m.first >= s.from) {
                Some(m) => start = m.first,
                None => break,
            }
        }
        let ending_here = |concept: &str| a.concept(concept).find(|w| w.last == start && w.first >= s.from).copied();
        if let Some(w) = ending_here("general_word") {
            general.push(Hit { last: noun.last, ..w });
        } else if let Some(w) = ending_here("specific_word") {
            specific.push(Hit { last: noun.last, ..w });
        }
    }
    (specific, general)
}

/// "Customer hereby agrees that we may retain our current sub-processors", "erklärt er sich mit
/// einem Rechenzentrumsbetreiber als Subunternehmer einverstanden": the controller agrees to
/// sub-processors in a sentence without a condition, a general authorisation. The controller is
/// the last party named before the word (sub-processors aside), at most four words before a verb
/// (`agrees`: "consents" further on may be the noun), anywhere before a word that ends the
/// clause (`agrees_late`: German's "einverstanden"). Only in a sentence that names sub-processors
/// and no annex: approving the sub-processors an annex lists is what a specific authorisation
/// does too.
fn controller_agrees(ctx: &Ctx, s: Sentence) -> Vec<Hit> {
    if !ctx.has(s, "sub_processor") || ctx.has(s, "annex") {
        return Vec::new();
    }
    let parties = ctx.party_hits(s);
    let (tokens, text) = (&ctx.a(s).tokens, &ctx.clauses[s.clause].text);
    // "… with the controller, the appropriate consents have been obtained": a comma between them
    // parts the controller from the word.
    let comma_between = |from: usize, to: usize| text.chars().skip(tokens[from].end as usize).take((tokens[to].start - tokens[from].end) as usize).any(|c| c == ',');
    // `reach`: at most so many words after the controller, with no comma between; `None`:
    // anywhere after it.
    let by_controller = |h: &Hit, reach: Option<usize>| {
        parties.iter().rev().find(|(i, p)| *i < h.first && *p != Side::Sub).is_some_and(|(i, p)| {
            *p == Side::Controller && reach.is_none_or(|r| i + r >= h.first && !comma_between(*i, h.first))
        })
    };
    let verbs = ctx.hits(s, "agrees").into_iter().filter(|h| by_controller(h, Some(4)));
    let late = ctx.hits(s, "agrees_late").into_iter().filter(|h| by_controller(h, None));
    verbs.chain(late).filter(|h| !ctx.negated(s, h.first, 3)).collect()
}

/// `listed` hits with the composed ones that no listed hit overlaps.
fn with_composed(mut listed: Vec<Hit>, composed: Vec<Hit>) -> Vec<Hit> {
    let new: Vec<Hit> = composed.into_iter().filter(|c| !listed.iter().any(|l| l.first < c.last && c.first < l.last)).collect();
    listed.extend(new);
    listed
}

/// The sub-processor list of an annex: table rows or short lines under a heading that names
/// sub-processors. `None` when the document has no such list; `Some([])` when a list heading
/// ("List of sub-processors") has nothing under it. An explicit list heading wins over a bare
/// "Sub-processors" heading, and the first list found wins over later ones (a data-flow figure).
fn listed(ctx: &Ctx) -> Option<(Vec<Party>, Vec<Evidence>)> {
    struct Section {
        explicit: bool,
        /// Opened by a lead-in that does not name sub-processors: only lines that start with a
        /// company name are items.
        weak: bool,
        parties: Vec<Party>,
        evidence: Vec<Evidence>,
        columns: Option<(usize, Option<usize>)>,
        header_seen: bool,
        /// Paragraphs of running text read past before the first name.
        prose: u8,
        /// The last item was a line of cells ("Name – task – place").
        cells: bool,
        /// The items are records of labelled fields ("Name: …", "Address: …").
        fields: bool,
    }
    let doc = ctx.document;
    let lex = ctx.lex;
    let law = crate::assess::Law::get();
    let mut sections: Vec<Section> = Vec::new();
    let mut open = false;
    for p in &doc.paragraphs {
        let text = doc.paragraph_text(p);
        if p.kind != ParagraphKind::TableRow && text.contains(": ") {
            if let Some(parties) = inline_list(lex, text) {
                let clause = clause_at(ctx, p.start);
                let evidence = parties.iter().map(|_| Evidence { clause: clause.clone(), span: [p.start, p.end] }).collect();
                sections.push(Section { explicit: false, weak: false, parties, evidence, columns: None, header_seen: false, prose: 0, cells: false, fields: false });
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
        // So does "We use today:" inside a clause about sub-processors; its items must then name
        // companies (see `weak`).
        let ends_colon = text.trim_end().ends_with(':');
        let in_sub_clause = !open && ends_colon && words <= 25 && clause_carries(ctx, p.start, Category::SubProcessors);
        let lead_in = !open && (names_subs || in_sub_clause) && words <= 25 && ends_colon;
        if p.kind != ParagraphKind::TableRow && ((names_subs && short && heading_shaped(text)) || lead_in) {
            sections.push(Section { explicit, weak: !names_subs, parties: Vec::new(), evidence: Vec::new(), columns: None, header_seen: false, prose: 0, cells: false, fields: false });
            open = true;
            continue;
        }
        let Some(sec) = sections.last_mut().filter(|_| open) else { continue };
        let here = clause_of(ctx, p.start);
        let clause = here.map_or_else(String::new, |c| c.id.clone());
        // The next section's title ("9. Overførsel til tredjelande"; "8. Transfers outside the
        // EEA", a list item of its own in a web page numbered by nested lists) ends the list: a
        // list of sub-processors never runs on into the next section.
        if here.is_some_and(|c| p.end <= c.span[1] && section_title(c)) {
            open = false;
            continue;
        }
        // A signature table after the list ("Växjö den 15 januari 2026 | …", "For Storvang
        // kommune | For Leksebroen AS") ends it.
        if crate::segment::is_signature_row(text) {
            open = false;
            continue;
        }
        if p.kind == ParagraphKind::TableRow {
            let cells: Vec<&str> = text.split(" | ").map(|c| c.trim().trim_matches('*').trim()).collect();
            if sec.columns.is_none() {
                let analysed: Vec<_> = cells.iter().map(|c| lex.analyse(c)).collect();
                let column = |concept: &str| analysed.iter().position(|a| a.concept(concept).next().is_some());
                let name_col = column("name_column");
                // A country or location column says where the data are; an address only where the
                // company sits.
                let loc_col = column("location_column").or_else(|| column("address_column"));
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
            let location = l
                .and_then(|l| cells.get(l))
                .map(|s| s.to_string())
                .filter(|s| !s.is_empty())
                .or_else(|| cells.iter().enumerate().filter(|&(k, _)| k != n).find_map(|(_, c)| place_cell(lex, c)))
                .or_else(|| country_in(lex, text));
            sec.parties.push(Party { name, location });
            sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
            continue;
        }
        let trimmed = text.trim();
        // The records of the Commission's Annex IV and the like: "1. Name: Kaskinen Datacenter
        // Oy", "Address: Kilonkartanontie 9, 02610 Espoo, Finland", "Contact person's name …: …".
        // A name field opens an item, an address or location field gives its place, and the other
        // fields of the record are no items.
        if let Some(field) = labelled_field(lex, &strip_bullet(&strip_label(trimmed))) {
            match field {
                Field::Name(name, location) => {
                    sec.parties.push(Party { name, location });
                    sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
                    sec.fields = true;
                    continue;
                }
                Field::Place(place) if sec.fields => {
                    if let Some(last) = sec.parties.last_mut().filter(|l| l.location.is_none()) {
                        last.location = Some(place);
                    }
                    continue;
                }
                Field::Other if sec.fields => continue,
                _ => {}
            }
        }
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
        let header = a.concept("name_column").count() + a.concept("location_column").count() + a.concept("address_column").count() >= 2 && words <= 8;
        if trimmed.ends_with(':') || header {
            sec.header_seen |= header;
            continue;
        }
        // A signature block after the list ends it ("Signed for …", "Oslo, 1. oktober 2025").
        if law.opens_signature(trimmed) {
            open = false;
            continue;
        }
        // Numbered lines (`4.2`, `§ 8`) are clauses or contents entries, not names.
        let numbered = trimmed.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '§');
        let limit = if sec.header_seen { 30 } else { 8 };
        let list_like = matches!(p.kind, ParagraphKind::ListItem(_)) || words <= limit;
        let next_annex = a.concept("annex").any(|h| h.first == 0);
        if all_caps(trimmed) || next_annex {
            open = false;
            continue;
        }
        // "1. Cloudhavn ApS, Copenhagen, Denmark - hosting": a numbered line that starts with a
        // company name is an item; other numbered lines are clauses or contents entries.
        let numbered_entity = numbered.then(|| strip_label(trimmed)).filter(|rest| law.leading_entity(rest).is_some());
        let trimmed = numbered_entity.as_deref().unwrap_or(trimmed);
        if numbered && numbered_entity.is_none() {
            // A short numbered line may be an entry of contents; a `§` line opens the next section.
            if !list_like || trimmed.starts_with('§') {
                open = false;
            }
            continue;
        }
        // Under a weak lead-in a line names a company, is a bullet, or has the cells of the
        // items before it ("Supportplatform – chat" after "Postflow Inc. – e-mail – USA").
        let same_shape = sec.cells && list_like && split_cells(&strip_bullet(trimmed)).len() >= 2;
        if sec.weak
            && !same_shape
            && law.leading_entity(&strip_bullet(trimmed)).is_none()
            && !matches!(p.kind, ParagraphKind::ListItem(_))
            && !trimmed.starts_with(['-', '–', '•', '*'])
        {
            open = false;
            continue;
        }
        // "GetGeek AB (Org. nr …), provides network operations": a name leading a long line.
        let entity = law.leading_entity(&strip_bullet(trimmed));
        if !list_like || (sec.prose > 0 && !matches!(p.kind, ParagraphKind::ListItem(_))) {
            let cells = split_cells(&strip_bullet(trimmed));
            if let Some(name) = entity {
                let location = place_after(lex, &name, &cells[0]).or_else(|| country_in(lex, trimmed));
                sec.parties.push(Party { name, location });
                sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
                sec.cells = cells.len() >= 2;
            } else if same_shape {
                let (name, place) = name_and_place(lex, &cells[0]);
                let location = place.or_else(|| cells[1..].iter().find_map(|c| country_in(lex, c)));
                sec.parties.push(Party { name, location });
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
        // "- (a) The Organiser gives Tixora a general authorisation to engage sub-processors …": a
        // bullet whose words run past ten before any comma, bracket or dash is a sentence of the
        // clause, not a name.
        let bare = strip_bullet(trimmed);
        let head_words = bare.split([',', '(', ';', ':', '–', '—']).next().map_or(0, |h| h.split_whitespace().count());
        if head_words > 10 && law.leading_entity(&bare).is_none() {
            if sec.parties.is_empty() && sec.prose < 6 {
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
        let mut item = bare;
        if let Some(h) = a.concept("sub_processor").chain(a.concept("list_heading")).find(|h| h.first == 0) {
            let end = a.tokens[h.last - 1].end as usize;
            let skipped = trimmed.chars().count() - item.chars().count();
            item = strip_bullet(&item.chars().skip(end.saturating_sub(skipped)).collect::<String>());
        }
        if item.is_empty() {
            continue;
        }
        // "Signatures" after a list of companies ends the list.
        let companies = !sec.parties.is_empty() && sec.parties.iter().all(|p| law.identifies_company(&p.name));
        if companies && !law.identifies_company(&item) && item.split_whitespace().count() <= 3 && country_in(lex, &item).is_none() {
            open = false;
            continue;
        }
        // "Zendesk Inc. – support tooling – USA": cells of a list line, the name first.
        let separated: Vec<String> = split_cells(&item);
        sec.cells = separated.len() >= 2;
        if separated.len() >= 2 && !separated[0].contains('(') {
            let (name, place) = name_and_place(lex, &separated[0]);
            let location = place.or_else(|| separated[1..].iter().find_map(|c| place_cell(lex, c)));
            sec.parties.push(Party { name, location });
            sec.evidence.push(Evidence { clause, span: [p.start, p.end] });
            continue;
        }
        let open_paren = item.find('(');
        let close_paren = open_paren.and_then(|o| item[o..].find(')').map(|c| o + c));
        // "(Rumænien)" is a place; "(Org. nr: 559073-1039)" or "(d/b/a Acme)" is not.
        // "(hosting and backups)" in lower case is the task.
        let place_like = |inner: &str| {
            country_in(lex, inner).is_some() || (!inner.contains(|c: char| c.is_ascii_digit() || c == ':') && inner.split_whitespace().count() <= 4 && inner.trim().starts_with(char::is_uppercase))
        };
        let (name, location) = match (open_paren, close_paren) {
            (Some(o), Some(c)) if c > o && place_like(&item[o + 1..c]) => (item[..o].trim().to_string(), Some(item[o + 1..c].trim().to_string())),
            // "Ravenscar Hosting Ltd, York, United Kingdom (hosting)": the place after the name.
            (Some(o), Some(c)) if c > o => {
                let (name, place) = name_and_place(lex, item[..o].trim().trim_end_matches(','));
                (name, place.or_else(|| country_in(lex, &item[c..])))
            }
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
        .or_else(|| sections.iter().find(|s| !s.parties.is_empty()));
    match pick {
        Some(pick) => Some((pick.parties.clone(), pick.evidence.clone())),
        None => prose_names(ctx).or_else(|| sections.iter().find(|s| s.explicit).map(|s| (s.parties.clone(), s.evidence.clone()))),
    }
}

/// Companies named with their place in the running text of a clause about sub-processors:
/// "Today we use Serverhuset Falkenberg GmbH (Germany) for hosting and Mailbird Inc. (USA) for
/// e-mail.", "… benyttes Serverhuset Fyn ApS, Odense, til hosting". A name ends with a legal form
/// and its country follows in brackets, or its town between commas.
fn prose_names(ctx: &Ctx) -> Option<(Vec<Party>, Vec<Evidence>)> {
    let law = crate::assess::Law::get();
    let (mut parties, mut evidence) = (Vec::new(), Vec::new());
    for clause in ctx.clauses.iter().filter(|c| c.categories.contains(&Category::SubProcessors)) {
        let words: Vec<&str> = clause.text.split_whitespace().collect();
        for i in 1..words.len().saturating_sub(1) {
            if !law.is_entity_suffix(words[i].trim_end_matches([',', ';'])) {
                continue;
            }
            let place = if words[i + 1].starts_with('(') {
                // The bracket, which may run over several words: "(San Francisco, USA)".
                let mut inner = String::new();
                for w in &words[i + 1..words.len().min(i + 6)] {
                    inner.push_str(w);
                    inner.push(' ');
                    if w.contains(')') {
                        break;
                    }
                }
                let inner = inner.trim().trim_start_matches('(').split(')').next().unwrap_or("").trim().to_string();
                country_in(ctx.lex, &inner).map(|_| place_part(&inner)).or_else(|| place_of_servers(ctx.lex, &inner))
            } else {
                town_after(&words[i..])
            };
            let Some(place) = place else { continue };
            // The capitalised words before the legal form make the name; a comma may stand just
            // before the form ("Nimbleridge Cloud, Inc.").
            let start = (0..i)
                .rev()
                .take(5)
                .take_while(|&j| words[j].chars().next().is_some_and(char::is_uppercase) && (!words[j].ends_with([',', '.', ';', ':']) || (j + 1 == i && words[j].ends_with(','))))
                .last();
            let Some(start) = start else { continue };
            let name = words[start..=i].join(" ").trim_end_matches([',', ';']).to_string();
            if parties.iter().any(|p: &Party| p.name == name) {
                continue;
            }
            parties.push(Party { name, location: Some(place) });
            evidence.push(Evidence { clause: clause.id.clone(), span: clause.span });
        }
    }
    (!parties.is_empty()).then_some((parties, evidence))
}

/// One line of a record of labelled fields (see [`labelled_field`]).
enum Field {
    /// "Name: Kaskinen Datacenter Oy", and the place when the address follows on the line.
    Name(String, Option<String>),
    /// "Address: Kilonkartanontie 9, 02610 Espoo, Finland" → "Espoo, Finland".
    Place(String),
    /// Any other field ("Contact person's name, position and contact details: …").
    Other,
}

/// A line "Label: value" whose label is short and is, as a whole, a name column's word ("Name",
/// "Navn", "Firma"), an address or a location column's word; any other short label is another
/// field. `None` for a line that is no field.
fn labelled_field(lex: &Analyser, line: &str) -> Option<Field> {
    let (label, value) = line.split_once(':')?;
    let value = value.trim();
    let a = lex.analyse(label);
    if a.tokens.is_empty() || a.tokens.len() > 8 || value.is_empty() || !label.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let whole = |concept: &str| a.concept(concept).any(|h| h.first == 0 && h.last == a.tokens.len());
    if whole("name_column") {
        // "Namn: Mälarhallen Datacenter AB, Serverleden 4, Västerås, Sverige. Behandling: …": the
        // name ends with its legal form; the address after it runs to the end of the sentence.
        if let Some(name) = crate::assess::Law::get().leading_entity(value) {
            let rest = value.strip_prefix(name.as_str()).unwrap_or("").trim_start_matches([',', ' ']);
            let address = rest.split(". ").next().unwrap_or("").trim().trim_end_matches('.');
            let place = address.starts_with(char::is_uppercase).then(|| town_of_address(address));
            return Some(Field::Name(name, place));
        }
        return Some(Field::Name(value.trim_end_matches(['.', ';']).to_string(), None));
    }
    if whole("address_column") || whole("location_column") {
        return Some(Field::Place(town_of_address(value)));
    }
    Some(Field::Other)
}

/// The town and country of a postal address: the street (a part with a number before the part
/// with the postcode) and the postcode go. "Hanauer Landstraße 300, 60314 Frankfurt am Main" →
/// "Frankfurt am Main"; an address without a postcode keeps its parts without digits.
fn town_of_address(address: &str) -> String {
    let parts: Vec<&str> = address.trim_end_matches('.').split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let postcode = |p: &str| p.split_whitespace().next().is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
    let from = parts.iter().position(|p| postcode(p));
    let kept: Vec<String> = match from {
        Some(i) => {
            let town: Vec<&str> = parts[i].split_whitespace().skip_while(|w| w.chars().any(|c| c.is_ascii_digit()) || w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')).collect();
            std::iter::once(town.join(" ")).chain(parts[i + 1..].iter().map(|p| p.to_string())).filter(|p| !p.is_empty()).collect()
        }
        None => parts.iter().filter(|p| !p.chars().any(|c| c.is_ascii_digit())).map(|p| p.to_string()).collect(),
    };
    if kept.is_empty() {
        address.trim().to_string()
    } else {
        kept.join(", ")
    }
}

/// "(servere i København)", "(data centres in Frankfurt)": a bracket that says where the servers
/// are names the place in the capitalised words after that, one or two small words ("i", "in")
/// between. `None` without a location word or a capitalised place after it.
fn place_of_servers(lex: &Analyser, inner: &str) -> Option<String> {
    let a = lex.analyse(inner);
    let h = a.concept("location").next()?;
    let rest: Vec<&str> = slice_chars(inner, a.span(h.first, h.last)[1], inner.chars().count() as u32).split_whitespace().collect();
    let start = rest.iter().take(3).position(|w| w.starts_with(char::is_uppercase))?;
    let place: Vec<&str> = rest[start..].iter().take_while(|w| place_word(w)).copied().collect();
    (!place.is_empty()).then(|| place.join(" ").trim_end_matches(',').to_string())
}

/// "Serverhuset Fyn ApS, Odense, til hosting", "Vestjysk Serverdrift A/S, Esbjerg, Danmark, til
/// hosting": after a name that ends in its legal form and a comma, one to four capitalised words
/// (a town, and its country after another comma) set off by a comma, then the running text in
/// lower case ("til", "for"). A task in brackets may close the place instead of the comma:
/// "Nordvik Drift A/S, Aarhus, Danmark (drift og hosting) og …". `words` starts at the legal form.
fn town_after(words: &[&str]) -> Option<String> {
    if !words.first()?.ends_with(',') {
        return None;
    }
    let task_bracket = |w: &str| w.strip_prefix('(').is_some_and(|t| t.starts_with(char::is_lowercase));
    let end = (1..words.len().min(6)).take_while(|&k| place_word(words[k])).find(|&k| {
        let next = words.get(k + 1);
        (words[k].ends_with(',') && next.is_some_and(|w| w.starts_with(char::is_lowercase))) || (!words[k].ends_with(',') && next.is_some_and(|w| task_bracket(w)))
    })?;
    Some(words[1..=end].join(" ").trim_end_matches(',').to_string())
}

/// A word of a town or country: capitalised, letters and hyphens only (a comma after it aside).
fn place_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.trim_end_matches(',').chars().all(|c| c.is_alphabetic() || c == '-')
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
    // "A AS, Oslo, Norge – drift; B AB, Malmö, Sverige – SMS": items set apart by semicolons,
    // each a list line with its place after the name.
    let semis: Vec<&str> = body.split(';').map(str::trim).filter(|i| !i.is_empty()).collect();
    if semis.len() >= 2 && semis.iter().any(|i| i.contains(',')) {
        let mut parties = Vec::new();
        for item in semis {
            let cells = split_cells(item);
            let (name, place) = name_and_place(lex, cells.first().map_or(item, String::as_str));
            if !name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || name.split_whitespace().count() > 8 {
                return None;
            }
            let location = place.or_else(|| cells.iter().find_map(|c| country_in(lex, c)));
            parties.push(Party { name, location });
        }
        return Some(parties);
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
    // "… B.V. (Amsterdam) for receipts and Helpdeskly Inc. (USA) for support": a conjunction
    // before a capitalised word starts the next name.
    let items: Vec<String> = items
        .iter()
        .flat_map(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
            for (k, w) in words.iter().enumerate() {
                let next_capital = words.get(k + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
                if k > 0 && lex.is_conjunction(w) && next_capital {
                    parts.push(Vec::new());
                } else if let Some(last) = parts.last_mut() {
                    last.push(w);
                }
            }
            parts.into_iter().map(|p| p.join(" ")).collect::<Vec<_>>()
        })
        .collect();
    if let Some(parties) = names_with_places(lex, &items) {
        return Some(parties);
    }
    let mut parties = Vec::new();
    for item in items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
        let capitalised = item.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capitalised || item.split_whitespace().count() > 8 {
            return None;
        }
        let (name, location) = match (item.find('('), item.rfind(')')) {
            (Some(o), Some(c)) if c > o => (item[..o].trim().to_string(), Some(place_part(&item[o + 1..c]))),
            _ => (item.to_string(), country_in(lex, item)),
        };
        parties.push(Party { name, location });
    }
    (!parties.is_empty()).then_some(parties)
}

/// "Stackfjord Hosting ApS, Kolding, Danmark (drift) og Paykas A/S, København, Danmark (…)": in a
/// list whose names end in their legal form, the capitalised words between commas after a name
/// are its place, and a bracket in lower case says what it does. `None` unless every item is a
/// name or a place and the first is a name.
fn names_with_places(lex: &Analyser, items: &[String]) -> Option<Vec<Party>> {
    let law = crate::assess::Law::get();
    let is_name = |head: &str| head.split_whitespace().count() >= 2 && head.split_whitespace().last().is_some_and(|w| law.is_entity_suffix(w));
    let mut parties: Vec<Party> = Vec::new();
    let mut commas = false;
    for item in items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
        let (head, bracket) = match (item.find('('), item.rfind(')')) {
            (Some(o), Some(c)) if c > o => (item[..o].trim(), Some(&item[o + 1..c])),
            _ => (item, None),
        };
        // A bracket names a place only if it has one ("(Dublin, Ireland)", not "(hosting)").
        let bracket_place = bracket.filter(|b| b.chars().any(char::is_uppercase) && country_in(lex, b).is_some()).map(place_part);
        if is_name(head) {
            parties.push(Party { name: head.to_string(), location: bracket_place });
            commas = false;
            continue;
        }
        let place_words = (1..=3).contains(&head.split_whitespace().count()) && head.split_whitespace().all(place_word);
        let last = parties.last_mut().filter(|_| place_words)?;
        last.location = Some(match (&last.location, commas) {
            (Some(l), true) => format!("{l}, {head}"),
            _ => head.to_string(),
        });
        commas = true;
    }
    (parties.len() >= 2 || parties.iter().any(|p| p.location.is_some())).then_some(parties)
}

/// The place in a bracket that also says what the sub-processor does: "(hosting, United States)"
/// → "United States". Leading parts in lower case name the task; "(Dublin, Ireland)" stays whole.
fn place_part(inner: &str) -> String {
    let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    let first_place = parts.iter().position(|p| p.starts_with(|c: char| !c.is_lowercase())).unwrap_or(0);
    parts[first_place..].join(", ")
}

/// The place a table cell gives: the whole cell when it is a place with its country ("Växjö,
/// Sverige", "Tammerfors, Finland": a few capitalised words, no digits), else the country it
/// names ("Data centre in Germany" → "Germany").
fn place_cell(lex: &Analyser, cell: &str) -> Option<String> {
    let country = country_in(lex, cell)?;
    let cell = cell.trim().trim_end_matches('.');
    let place = cell.split_whitespace().count() <= 5 && !cell.contains(|c: char| c.is_ascii_digit()) && cell.split(',').all(|p| p.trim().starts_with(char::is_uppercase));
    Some(if place { cell.to_string() } else { country })
}

fn country_span(lex: &Analyser, text: &str) -> Option<(u32, u32)> {
    let a = lex.analyse(text);
    let h = a.concept("country").next()?;
    let [s, e] = a.span(h.first, h.last);
    Some((s, e))
}

fn heading_shaped(text: &str) -> bool {
    let t = text.trim();
    // A full stop and a capital after it; "pr. 1. marts 2025" ends no sentence.
    let sentence_inside = t.char_indices().any(|(i, c)| c == '.' && i > 6 && t[i + 1..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)));
    t.chars().next().is_some_and(char::is_alphanumeric) && !t.contains(['[', ']', '(']) && !sentence_inside
}

fn all_caps(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 3 && letters.iter().all(|c| c.is_uppercase())
}

/// The cells of a list line separated by dashes with spaces around them, bars or tabs, or by a
/// colon after a company's name and place ("Skyline Drift A/S, Glostrup: hosting").
fn split_cells(item: &str) -> Vec<String> {
    let mut cells = vec![item.to_string()];
    for sep in [" – ", " — ", " - ", " | ", "\t"] {
        cells = cells.iter().flat_map(|c| c.split(sep).map(str::to_string).collect::<Vec<_>>()).collect();
    }
    if let Some((head, task)) = cells[0].split_once(": ") {
        if crate::assess::Law::get().leading_entity(head).is_some() {
            let (head, task) = (head.to_string(), task.to_string());
            cells.splice(0..1, [head, task]);
        }
    }
    cells.into_iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect()
}

fn country_in(lex: &Analyser, text: &str) -> Option<String> {
    let a = lex.analyse(text);
    let h = a.concept("country").next()?;
    let [s, e] = a.span(h.first, h.last);
    Some(slice_chars(text, s, e).to_string())
}

/// A cell's company name and the place written after it: "Skyhavn AS, Oslo, Norge" → the name
/// that ends with its legal form and "Oslo, Norge"; the whole cell and no place when it names no
/// company.
fn name_and_place(lex: &Analyser, cell: &str) -> (String, Option<String>) {
    match crate::assess::Law::get().leading_entity(cell) {
        Some(n) => {
            let place = place_after(lex, &n, cell);
            (n, place)
        }
        None => (cell.to_string(), None),
    }
}

/// The place written after a company's name in the same cell: "Skyhavn AS, Oslo, Norge" →
/// "Oslo, Norge", when it names a country.
fn place_after(lex: &Analyser, name: &str, cell: &str) -> Option<String> {
    let mut rest = cell.strip_prefix(name)?.trim_matches([',', ' ', '.', ';']);
    // "Manchester, United Kingdom (hosting and backups); and": the list's "and" and the task in
    // brackets are not the place.
    loop {
        let before = rest;
        if let Some((head, last)) = rest.rsplit_once(' ') {
            if lex.is_conjunction(last) {
                rest = head.trim_end_matches([',', ' ', ';']);
            }
        }
        if let (Some(open), true) = (rest.rfind(" ("), rest.ends_with(')')) {
            if country_in(lex, &rest[open..]).is_none() {
                rest = rest[..open].trim_end_matches([',', ' ', ';']);
            }
        }
        if rest == before {
            break;
        }
    }
    (!rest.is_empty() && country_in(lex, rest).is_some()).then(|| rest.to_string())
}

/// Whether the clause at `offset` carries `category`.
fn clause_carries(ctx: &Ctx, offset: u32, category: Category) -> bool {
    ctx.clauses.iter().any(|c| c.span[0] <= offset && offset < c.span[1].max(c.span[0] + 1) && c.categories.contains(&category))
}

/// A line without its number: "1. Cloudhavn ApS" → "Cloudhavn ApS".
fn strip_label(line: &str) -> String {
    line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')').trim().to_string()
}

/// Whether a clause is only its number and title: a section's heading line.
fn section_title(c: &Clause) -> bool {
    // A section of the agreement (`8`), not an item of an annex whose line reads as a title
    // (`Vedlegg 1 2`: "Betalfiks AS, Trondheim, Norge – …").
    let Some(h) = c.heading.as_deref().map(str::trim).filter(|h| !h.is_empty() && !h.contains(',') && !c.id.contains(' ')) else { return false };
    c.text.trim_end().ends_with(h) && c.text.split_whitespace().count() <= h.split_whitespace().count() + 1
}

/// The clause that holds offset `offset`.
fn clause_of<'a>(ctx: &Ctx<'a>, offset: u32) -> Option<&'a Clause> {
    ctx.clauses.iter().find(|c| c.span[0] <= offset && offset < c.span[1].max(c.span[0] + 1))
}

fn clause_at(ctx: &Ctx, offset: u32) -> String {
    clause_of(ctx, offset).map_or_else(String::new, |c| c.id.clone())
}
