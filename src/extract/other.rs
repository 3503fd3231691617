//! Costs, the processor's own use, retention, processing location and scope.

use super::*;

/// Costs, own use, retention, processing location and scope.
pub(super) fn other(ctx: &Ctx) -> Vec<Found> {
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
    let sentences = ctx.sentences(&assisting);
    // Clauses that say the assistance is free: a fee in another sentence of theirs ("The
    // subscription fees are payable annually") is the service's price.
    let free_clauses: Vec<usize> = sentences.iter().filter(|&&s| ctx.has(s, "assistance") && ctx.has(s, "free_of_charge")).map(|s| s.clause).collect();
    for &s in &sentences {
        // A fee counts when the clause is about assistance; the service's own price does not.
        let whole = ctx.a(s).tokens.len();
        // "Professional services … are charged at EUR 140 per hour … and are not assistance under
        // this Agreement": fees for what the sentence says is no assistance.
        let assistance = ctx.hits(s, "assistance");
        if !assistance.is_empty() && assistance.iter().all(|h| ctx.negated(s, h.first, 3)) {
            continue;
        }
        let here = !assistance.is_empty();
        let about_assistance = here || (costs.contains(&s.clause) && !free_clauses.contains(&s.clause) && ctx.a(s).has("assistance", 0, whole));
        if !about_assistance {
            continue;
        }
        let a = ctx.a(s);
        // "… the hourly rate in Schedule 2 does not apply to it": a fee said not to apply.
        let charged = a.within("paid", s.from, s.to).any(|h| !ctx.negated(s, h.first, 4) && !ctx.near(s, "free_of_charge", h.first, h.last, 3, 3) && !ctx.said_free(s, h) && !ctx.near(s, "not_chosen", h.last, h.last, 0, 8));
        let at_controller_cost = ctx.has(s, "assistance") && cost_bearer(ctx, s).0.iter().any(|(p, _)| *p == Side::Controller);
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
    let own_use = ctx.sentences(&[Category::ProcessorOwnUse]);
    for (k, &s) in own_use.iter().enumerate() {
        // "The Supplier may not use the data for its own purposes. This also applies to
        // statistics, even when the data are anonymised first.": the ban carries over.
        let before = k.checked_sub(1).map(|j| own_use[j]).filter(|p| p.clause == s.clause);
        let anonymise = ctx.hits(s, "anonymise");
        if anonymise.is_empty() {
            continue;
        }
        // "… shall not use the data for any purpose of its own. This includes …" carries it too.
        let banned = |p: Sentence| ctx.has(p, "prohibit") || ctx.hits(p, "own_purposes").iter().any(|o| ctx.negated(p, o.first, 6));
        let carried_ban = ctx.has(s, "applies_also") && before.is_some_and(banned);
        // Statistics "for the Controller" are the controller's purpose, not the processor's own.
        let own = ctx.hits(s, "own_purposes").into_iter().any(|o| !ctx.near(s, "controller", o.last, o.last, 0, 3));
        let permissions = ctx.hits(s, "permission");
        let allowed = !permissions.is_empty() || own;
        let prohibitions = ctx.hits(s, "prohibit");
        // "Processing for its own purposes, also in anonymised form, is excluded": a prohibition
        // after the cue closes a sentence that grants nothing ("ist nicht gestattet" holds a
        // permission word, inside the prohibition).
        let grants = permissions.iter().any(|g| !prohibitions.iter().any(|p| p.first <= g.first && g.last <= p.last));
        for h in anonymise {
            let forbidden = carried_ban || ctx.negated(s, h.first, 6) || prohibitions.iter().any(|p| p.first < h.first || !grants);
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
        // "Within 30 days after termination the Processor will delete …, unless retention is
        // required by law" is the deadline for deletion at the end (deletion_return), not how
        // long data are kept during the service; a retention word there only names the exception.
        let kept = ctx.hits(s, "retain").iter().any(|r| !ctx.near(s, "exception", r.first, r.first, 3, 0));
        if ctx.has(s, "end_of_service") && ctx.has(s, "delete") && !kept && !table {
            continue;
        }
        for d in ctx.durations(s) {
            // "We tell you 30 days before we delete" is a notice; "may remain in backups for up
            // to 35 days before it is overwritten" is how long they stay.
            let before = ctx.near(s, "notice_after", d.last, d.last, 0, 3);
            if ctx.near(s, "notice", d.first, d.last, 3, 3) || (before && ctx.has(s, "notify")) {
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
        let outside = ctx.hits(s, "outside");
        for h in ctx.hits(s, "country") {
            // "If the customer picks a site outside Germany": no place of the processing, unless
            // the sentence denies it ("never processed outside the EEA").
            if outside.iter().any(|o| o.last <= h.first && h.first <= o.last + 1 && !ctx.negated(s, o.first, 8)) {
                continue;
            }
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

/// The number a line starts with, as `1.` or `1)`: its value and punctuation.
fn list_number(text: &str) -> Option<(u32, char)> {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let punct = t[digits..].chars().next().filter(|c| matches!(c, '.' | ')'))?;
    let spaced = t[digits + 1..].starts_with(char::is_whitespace);
    if digits == 0 || digits > 2 || !spaced {
        return None;
    }
    Some((t[..digits].parse().ok()?, punct))
}

/// A blank of a template, not an item: `[CATEGORIES]`, `<insert>`, `______`.
fn placeholder(item: &str) -> bool {
    let t = item.trim().trim_start_matches(['-', '•', '*', '–']).trim();
    let enclosed = [('[', ']'), ('<', '>'), ('{', '}')].iter().any(|&(open, close)| t.starts_with(open) && t.ends_with(close));
    enclosed || (!t.is_empty() && t.chars().all(|c| matches!(c, '_' | '.' | '…' | ' ')))
}

/// Whether the table row at `pi` names its columns: a row of as many cells follows, and every
/// other cell is a short name (no list, no number, no blank to fill in). A row of a label and its
/// items ("Data subjects | Employees, customers") has a list, or is followed by another label.
fn column_names(ctx: &Ctx, pi: usize, text: &str) -> bool {
    let doc = ctx.document;
    let cells: Vec<&str> = text.split(" | ").map(str::trim).collect();
    let Some(next) = doc.paragraphs.get(pi + 1).map(|p| doc.paragraph_text(p)) else { return false };
    let next_cells: Vec<&str> = next.split(" | ").map(str::trim).collect();
    cells.len() >= 2
        && next_cells.len() == cells.len()
        && cells[1..].iter().all(|c| !c.is_empty() && c.split_whitespace().count() <= 3 && !c.contains(|ch: char| ch.is_ascii_digit() || matches!(ch, ',' | ';' | '[' | '<')))
        && !next_cells[0].ends_with(':')
        && {
            let label = ctx.lex.analyse(next_cells[0]);
            label.concept("data_types_heading").next().is_none() && label.concept("data_subjects_heading").next().is_none()
        }
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
    // The heading's own list number ("2." in "2. Types of personal data:") and list level, and
    // whether the items under it are numbered the same way ("1." … "3." under "2.").
    let mut heading_number: Option<(u32, char)> = None;
    let mut heading_level: Option<u8> = None;
    let mut items_numbered = false;
    let is_row = |p: &crate::Paragraph| is_table_row(doc, p);
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
            // "Type of data | Retention | Reason" over rows of as many cells: the label names the
            // first column, and the rows below hold the items.
            let column_header = labelled_row && column_names(ctx, pi, text);
            // A short line is a heading, not a list item in lower case that names the label
            // ("oplysningspligten ved indsamling hos den registrerede").
            let item = text.trim_start().chars().next().is_some_and(char::is_lowercase);
            if (a.tokens.len() <= 12 && !item) || text.trim_end().ends_with(':') || labelled_row {
                // A labelled row holds its own items; the next row has its own label.
                current = (!labelled_row || column_header).then_some(is_types);
                items_at_heading = if is_types { types.len() } else { subjects.len() };
                saw_list_item = false;
                rows_seen = column_header;
                heading_number = list_number(text);
                heading_level = match p.kind {
                    ParagraphKind::ListItem(l) => Some(l),
                    _ => None,
                };
                items_numbered = false;
                if column_header {
                    continue;
                }
                // Items after a colon on the heading line itself, or in the row's next cell.
                let rest: String = text.chars().skip(end as usize).collect();
                let after = if labelled_row { rest.split_once('|') } else { rest.split_once(':') };
                if let Some(after) = after.map(|(_, r)| r.trim()).filter(|r| !r.is_empty()) {
                    let list = if is_types { &mut types } else { &mut subjects };
                    let before = list.len();
                    let items = after.split([',', ';', '|']).filter(|x| !placeholder(x));
                    for item in items.map(|x| strip_bullet(x).trim_end_matches('.').trim().to_string()).filter(|x| !x.is_empty()) {
                        list.push((item, Evidence { clause: ctx.clauses[*ci].id.clone(), span: [p.start, p.end] }));
                    }
                    // "Types of personal data: names, e-mail addresses." holds its whole list: the
                    // next line ("Duration: the term of the agreement") is no item, unless bullets
                    // go on with the list.
                    let bullets_follow = doc.paragraphs.get(pi + 1).is_some_and(|n| matches!(n.kind, ParagraphKind::ListItem(_)));
                    if !labelled_row && list.len() > before && !bullets_follow {
                        current = None;
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
        // "Contact data – names, e-mail addresses and …": the label is the item, however long
        // the line (what it holds is in the clause).
        let label = if row { None } else { crate::classify::data_label(text, &a) };
        let too_long = a.tokens.len() > 15 && !row && label.is_none();
        // "3. Sub-processors: …" after "2. Types of personal data:": the heading's next sibling.
        let number = list_number(text);
        let deeper = heading_level.is_some_and(|h| matches!(p.kind, ParagraphKind::ListItem(l) if l > h));
        let same_style = heading_number.zip(number).filter(|((_, hp), (_, np))| hp == np);
        let sibling = !items_numbered && !deeper && same_style.is_some_and(|((h, _), (n, _))| n == h + 1);
        items_numbered |= same_style.is_some();
        if too_long || after_bullets || section_number || sibling || (text.trim_end().ends_with(':') && items_so_far > items_at_heading) {
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
            if placeholder(first) {
                continue;
            }
            strip_bullet(first).trim_end_matches(['.', ',', ';', ':']).trim().to_string()
        } else if placeholder(text) {
            continue;
        } else if let Some(label) = label {
            strip_bullet(label).trim().to_string()
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
