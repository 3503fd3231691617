//! Breach notification: the processor's deadline for notifying the controller.

use super::*;

pub(super) fn breach(ctx: &Ctx) -> Vec<Found> {
    let mut undue = Vec::new();
    let mut deadlines: Vec<(u32, Evidence)> = Vec::new();
    for s in ctx.sentences(&[Category::BreachNotification]) {
        // "… notify the controller without undue delay: (a) …; (c) after becoming aware of a
        // personal data breach": the item's deadline is in the sentence that opens the list.
        let opened = (s.from == 0 && !ctx.has(s, "notify")).then(|| ctx.intro(s.clause)).flatten();
        let s = opened.filter(|&intro| notifies_controller(ctx, intro)).unwrap_or(s);
        if !ctx.has(s, "notify") {
            continue;
        }
        // The controller's own duty towards the authority is not the processor's deadline, nor
        // is a support ticket's response time ("a response time of eight (8) business hours").
        // So is a sentence that notifies an authority named before the period and never the
        // controller ("The Customer remains responsible for notifying any breach to the
        // Information Commissioner's Office, which must be done … not later than 72 hours …").
        let to_authority = !notifies_controller(ctx, s);
        let authority_before = |first: usize| to_authority && ctx.a(s).concept("authority").any(|h| h.first >= s.from && h.last <= first);
        let foreign = |first: usize, last: usize| {
            ctx.near(s, "authority", first, last, 10, 8) || ctx.near(s, "controller_duty", first, last, 12, 2) || ctx.near(s, "service_level", first, last, 6, 4) || authority_before(first)
        };
        for h in ctx.hits(s, "undue_delay") {
            if !foreign(h.first, h.last) {
                undue.push(ctx.hit_evidence(s, &h));
            }
        }
        for d in ctx.durations(s) {
            // "on at least 30 days' prior written notice … unless a breach has occurred": a
            // period of notice ahead (an audit's, a change's) is no deadline after a breach.
            let ahead = ctx.near(s, "notice", d.last, d.last, 0, 3);
            // "keeps the Customer informed at least every 24 hours": how often, not how soon.
            let every = ctx.near(s, "frequency", d.first, d.first, 2, 0);
            if !foreign(d.first, d.last) && !ahead && !every && d.hours() > 0 && d.hours() <= 720 {
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

/// Whether a sentence has someone notify the controller ("promptly notify the controller
/// about:"), not the processor ("by giving written notice to the processor if:").
fn notifies_controller(ctx: &Ctx, s: Sentence) -> bool {
    ctx.hits(s, "notify").iter().any(|n| ctx.near(s, "controller", n.last, n.last, 0, 4))
}
