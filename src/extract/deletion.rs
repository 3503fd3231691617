//! Deletion and return at the end of the processing: trigger and period.

use super::*;

/// How many words after "until" the request may come ("until it receives the Customer's written
/// election").
const UNTIL_ASKED: usize = 8;

pub(super) fn deletion(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let (mut conditional_end, mut end_delete, mut on_request, mut end_return, mut confirm) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // The clause whose last sentence named the end of the service: "When your subscription
    // ends, you may export your data for 30 days. After that period, we delete all data."
    let mut end_before: Option<usize> = None;
    for s in ctx.sentences(&[Category::DeletionReturn]) {
        if ctx.is_heading(s) {
            continue;
        }
        let follows_end = end_before == Some(s.clause) && ctx.has(s, "after_that");
        end_before = ctx.has(s, "end_of_service").then_some(s.clause);
        // "shall continue to host the data until it receives the Customer's written election":
        // the data stay until the controller asks, so their deletion waits for a request. Not
        // "until the request or the end of the agreement", nor "if it makes no choice by the end".
        let until = ctx.hits(s, "until");
        let kept_until_asked = until.iter().find(|u| {
            let asks = ctx.hits(s, "asks").into_iter().find(|r| r.first >= u.last && r.first <= u.last + UNTIL_ASKED);
            asks.is_some_and(|r| !ctx.negated(s, r.first, 2))
                && !ctx.a(s).concept("end_of_service").any(|e| e.first >= u.first && e.first < s.to)
                && !ctx.near(s, "earlier", u.first, u.last, 0, UNTIL_ASKED)
        });
        if let Some(u) = kept_until_asked {
            conditional_end.push(ctx.hit_evidence(s, u));
        }
        let delete = ctx.hits(s, "delete");
        let ret = ctx.hits(s, "return");
        if delete.is_empty() && ret.is_empty() {
            continue;
        }
        for h in ctx.hits(s, "confirm") {
            confirm.push(ctx.hit_evidence(s, &h));
        }
        // "until the data are deleted" states a condition, not a duty to delete.
        let delete: Vec<Hit> = delete.into_iter().filter(|d| !until.iter().any(|u| u.first < d.first) && !ctx.negated(s, d.first, 3)).collect();
        // "… and certify the deletion upon request": the request qualifies the certificate.
        let confirms = ctx.hits(s, "confirm");
        // "… også selv om foreningen ikke har anmodet om det": a request denied is none.
        let req: Vec<Hit> = ctx.hits(s, "on_request").into_iter().filter(|r| !confirms.iter().any(|c| c.last <= r.first) && !ctx.negated(s, r.first, 3)).collect();
        // "at the end of the work, or earlier on request": the request adds a trigger, it does
        // not make deletion at the end conditional.
        let earlier = |r: &Hit| ctx.near(s, "earlier", r.first, r.first, 3, 0);
        let req_conditional: Vec<Hit> = req.iter().copied().filter(|r| !earlier(r)).collect();
        let end = ctx.has(s, "end_of_service") || follows_end;
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
