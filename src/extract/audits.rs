//! Audits and inspections: form and who bears the cost.

use super::*;

/// How many words may stand between a notice word and its period ("nach Anmeldung mit einer
/// Frist von in der Regel 14 Tagen").
const AUDIT_NOTICE_REACH: usize = 6;

pub(super) fn audits(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let sentences = ctx.sentences(&[Category::Audits]);
    let mut notice: Option<(u32, Evidence)> = None;
    let (mut processor, mut controller) = (Vec::new(), Vec::new());
    let mut forms: BTreeMap<usize, Vec<Evidence>> = BTreeMap::new();
    const FORMS: [&str; 4] = ["report", "questionnaire", "inspection", "meeting"];
    for &s in &sentences {
        // "once a year", "every 12 months", "once in any twelve-month period": how often, not
        // how long before.
        let frequencies = ctx.hits(s, "frequency");
        let tokens = &ctx.a(s).tokens;
        for d in ctx.durations(s) {
            // Or at most two words between, none a unit, and no notice word right after ("once a
            // year on 30 days' notice", "én gang årligt med 30 dages varsel").
            let noticed = ctx.near(s, "notice", d.first, d.last, 0, 2);
            let how_often = frequencies.iter().any(|f| {
                f.last <= d.first && (f.last + 1 >= d.first || (f.last + 3 >= d.first && !noticed && (f.last..d.first).all(|i| ctx.lex.unit(&tokens[i].surface).is_none())))
            });
            if !how_often && ctx.notice_period(s, &d, AUDIT_NOTICE_REACH) {
                let days = d.days();
                if notice.as_ref().is_none_or(|(n, _)| days > *n) {
                    notice = Some((days, ctx.evidence(s.clause, d.first, d.last)));
                }
            }
        }
        let (bearers, shared) = cost_bearer(ctx, s);
        // A sentence that puts a cost on the controller makes any processor cost in it the exception.
        // "Each party bears its own costs" is shared, whatever else the sentence says.
        let controller_here = bearers.iter().any(|(p, _)| *p == Side::Controller) && !shared;
        for (p, ev) in bearers {
            match p {
                Side::Controller => controller.push(ev),
                Side::Processor if !controller_here => processor.push(ev),
                _ => {}
            }
        }
        // A heading line ("4. Audits", "Revision og tilsyn") names the topic, not a form.
        let words = ctx.a(s).tokens[s.from..s.to].iter().filter(|t| t.number.is_none()).count();
        if words <= 3 {
            continue;
        }
        let reports = ctx.hits(s, "report");
        // "Any right to audit or inspect is satisfied by … its SOC 2 report": the report stands in
        // for the inspection.
        let replaced_by_report = |at: usize| ctx.hits(s, "satisfied_by").iter().any(|r| r.first >= at && reports.iter().any(|rep| rep.first >= r.last));
        // "We do not permit on-site audits", "on-site audits are not permitted": none is offered.
        // A limit ("may not audit more than once a year", "not without 30 days' notice") still
        // offers one, and "does not charge for the audit" denies a charge, not the audit.
        let limited = !frequencies.is_empty() || ctx.has(s, "notice");
        let denied = |h: &Hit| {
            let tokens = &ctx.a(s).tokens;
            let before = h.first.saturating_sub(4).max(s.from);
            let not_permitted = (before..h.first).any(|i| ctx.lex.is_negation(&tokens[i].surface)) && ctx.hits(s, "permission").iter().any(|p| p.first >= before && p.last <= h.first);
            let prohibited = ctx.hits(s, "prohibit").iter().any(|p| (p.last <= h.first && p.last + 4 >= h.first) || (p.first >= h.last && p.first <= h.last + 3));
            !limited && (not_permitted || prohibited)
        };
        for (fi, f) in FORMS.iter().enumerate() {
            for h in ctx.hits(s, f) {
                // "audit report" is a report, not an inspection.
                if *f != "report" && reports.iter().any(|r| r.first <= h.first && r.last >= h.last) {
                    continue;
                }
                if *f == "inspection" && (replaced_by_report(h.last) || denied(&h)) {
                    continue;
                }
                let ev = ctx.hit_evidence(s, &h);
                // A table's cells name what its rows are ("Calendly | Meeting scheduling", a
                // sub-processor's service), not how the controller audits.
                if in_table_row(ctx.document, ev.span[0]) {
                    continue;
                }
                forms.entry(fi).or_default().push(ev);
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

/// Whether document char `at` lies in a table row.
fn in_table_row(doc: &Document, at: u32) -> bool {
    let k = doc.paragraphs.partition_point(|p| p.start <= at);
    k.checked_sub(1).and_then(|k| doc.paragraphs.get(k)).is_some_and(|p| is_table_row(doc, p))
}
