//! Third-country transfers: stance and mechanism.

use super::*;

/// Words of instruction and approval. Beside a prohibition they make an exception ("… without
/// the controller's prior approval", "uten at den behandlingsansvarlige har godkjent"); in a
/// grant they restrict nothing ("has given its approval to transfers to the countries in
/// Annex 2").
const APPROVAL: [&str; 3] = ["instruction", "approval_noun", "approved"];

/// How far before the transfer word an "only" still restricts it ("may only be transferred").
const ONLY_BEFORE: usize = 3;

pub(super) fn transfers(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let (mut general, mut listed, mut prohibited, mut instruction) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // Weaker readings, used only when no sentence states a stance outright: transfers that "take
    // place under" a transfer tool (allowed, with a safeguard), and processing "only within the
    // EU/EEA" with no exception (kept in).
    let (mut by_tool, mut kept_in) = (Vec::new(), Vec::new());
    let mut mechanisms: BTreeMap<usize, Vec<Evidence>> = BTreeMap::new();
    const MECHANISMS: [&str; 5] = ["scc", "bcr", "adequacy", "dpf", "derogation"];
    for s in ctx.sentences(&[Category::Transfers, Category::ProcessingLocation]) {
        let mut transfer = ctx.hits(s, "transfer");
        let third = ctx.hits(s, "third_country");
        // "Data may be stored and processed in the United States": keeping the data in a named
        // third country is a transfer there, in a clause about transfers or about where the data
        // are processed.
        // So is a named third country whose people reach the data ("Our subsidiary in Pune, India
        // provides second-line support. Its staff can access customer data.").
        let mut stored_abroad = false;
        let in_transfers = ctx.clauses[s.clause].categories.contains(&Category::Transfers);
        if transfer.is_empty() && third.is_empty() {
            let stored = ctx.hits(s, "stored");
            // Not "… except from the United States". In a clause about transfers, access to
            // the system is enough ("… give Supportly in India remote access to the system").
            let reached = (crate::classify::reaches_data(ctx.a(s)).is_some() || (in_transfers && ctx.has(s, "access"))) && !ctx.has(s, "exception");
            // "processes Customer Personal Data in the United Kingdom": a little farther away, the
            // place must follow "in" / "i".
            let tokens = &ctx.a(s).tokens;
            let after_in = |n: &Hit| (n.first.saturating_sub(2)..n.first).any(|i| matches!(&*tokens[i].surface, "in" | "i"));
            // "ist berechtigt, die Daten in den Vereinigten Staaten sowie in jedem anderen Land zu
            // verarbeiten": allowed in a named country and anywhere else, whatever the word order.
            // The courts "of any country in the UK" are no place of processing.
            let anywhere_allowed = ctx.has(s, "any_country") && ctx.has(s, "permission") && !stored.is_empty();
            transfer = ctx
                .hits(s, "third_country_name")
                .into_iter()
                .filter(|n| reached || anywhere_allowed || stored.iter().any(|v| v.last <= n.first && (v.last + 4 >= n.first || (v.last + 8 >= n.first && after_in(n)))))
                .collect();
            stored_abroad = !transfer.is_empty();
        }
        if !stored_abroad && !in_transfers {
            continue;
        }
        // A clause about transfers names its tool in a sentence of its own ("Where relevant, the
        // standard contractual clauses apply").
        let whole = ctx.a(s);
        let primary = ctx.clauses[s.clause].categories.first() == Some(&Category::Transfers);
        let clause_transfers = ["transfer", "third_country", "third_country_name"].iter().any(|c| whole.concept(c).next().is_some());
        if (primary && clause_transfers) || !transfer.is_empty() || !third.is_empty() {
            for (mi, m) in MECHANISMS.iter().enumerate() {
                for h in ctx.hits(s, m) {
                    if !ctx.negated(s, h.first, 4) {
                        mechanisms.entry(mi).or_default().push(ctx.hit_evidence(s, &h));
                    }
                }
            }
        }
        // "… let the sub-processors listed in Appendix 1 process the data at their locations",
        // "The only exception is the sub-processor in Switzerland listed in Schedule 2",
        // "… bortsett fra til underleverandøren i Canada som er oppført i vedlegg 1": in a clause
        // about transfers, the recipients an annex lists.
        // "… nur auf dokumentierte Weisung des Verantwortlichen oder an die in Anlage 2 genannten
        // Unterauftragsverarbeiter": besides the condition, the recipients an annex lists (not
        // "only on instruction and at the sub-processors in Annex 3", both at once).
        let instructions = ctx.hits(s, "instruction");
        let listed_after_condition = || {
            ctx.hits(s, "sub_processor").iter().any(|p| {
                let or = |i: &Hit| ctx.a(s).has("alternative", i.last, p.first);
                instructions.iter().any(|i| i.last < p.first && !ctx.negated(s, i.first, 3) && or(i)) && ctx.near(s, "annex", p.first, p.last, 4, 4)
            })
        };
        let subs_listed = ctx.has(s, "annex")
            && ctx.has(s, "sub_processor")
            // An instruction given ("hereby instructs"), not a condition ("only on the
            // controller's instruction").
            && (ctx.has(s, "exception") || ctx.has(s, "approved") || (!instructions.is_empty() && !ctx.has(s, "only")) || listed_after_condition())
            && (!ctx.has(s, "prohibit") || ctx.has(s, "exception"))
            && !ctx.has(s, "any_country");
        // "(a) to the Sub-processors listed in section 7 …" under "We transfer … only:": the
        // recipients a list names, with no annex word, condition or ban in the sentence.
        let named_subs = !ctx.has(s, "annex")
            && !ctx.has(s, "prohibit")
            && !ctx.has(s, "any_country")
            && !APPROVAL.iter().any(|c| ctx.has(s, c))
            && ctx.hits(s, "sub_processor").iter().any(|p| ctx.near(s, "listed_in", p.last, p.last, 0, 2));
        if (subs_listed || named_subs) && in_transfers {
            let hits = ctx.hits(s, "sub_processor");
            listed.extend(hits.iter().map(|h| ctx.hit_evidence(s, h)));
            continue;
        }
        if transfer.is_empty() && third.is_empty() {
            // "Personal data is processed only within the EU/EEA."
            let within = ctx.hits(s, "within_eea");
            if !within.is_empty() && ctx.has(s, "only") {
                kept_in.extend(within.iter().map(|h| ctx.hit_evidence(s, h)));
            }
            continue;
        }
        let about_subs_only = ctx.has(s, "sub_processor") && transfer.is_empty();
        let ev = |hits: &[Hit]| hits.iter().map(|h| ctx.hit_evidence(s, h)).collect::<Vec<_>>();
        // "We do not transfer", and with the verb before its negation "Vi overfører ikke",
        // "Wir übermitteln keine Daten", "We transfer no data".
        let prohibit = ctx.has(s, "prohibit") || transfer.iter().any(|h| ctx.negated(s, h.first, 4) || ctx.negated_after(s, h.first));
        // "The Customer authorises the Supplier to transfer …" grants; the word that grants (whose
        // stem an instruction or approval shares) restricts nothing.
        let grants = ctx.hits(s, "permission");
        let instructed = instructions.iter().any(|h| !grants.iter().any(|g| g.first <= h.first && h.first < g.last));
        let restricted = instructed || ctx.has(s, "exception") || ctx.has(s, "only");
        // "… og kan ikke i sig selv danne grundlag for en overførsel": a permission word denied
        // grants nothing.
        let granted = grants.iter().any(|g| !ctx.negated(s, g.first, 2) && !ctx.negated_after(s, g.last - 1));
        // "to any country or territory": no destination is named, whoever gives the permission;
        // "may process the data in the United States and in any other country where …" as well.
        let anywhere = ctx.hits(s, "any_country");
        if !anywhere.is_empty() && (!transfer.is_empty() || granted) && !prohibit {
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
        if granted && !transfer.is_empty() && !third.is_empty() && !prohibit && !restricted {
            if named_list {
                listed.extend(ev(&transfer));
            } else {
                general.extend(ev(&transfer));
            }
            continue;
        }
        // "Processing outside the EU takes place only by the sub-processors named in Annex 2":
        // the recipients the annex lists.
        if named_list && ctx.has(s, "only") && !transfer.is_empty() && !prohibit && !ctx.has(s, "instruction") {
            listed.extend(ev(&transfer));
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
        // Further on, an exception that names an approval ("…, or allow it to be accessed from
        // such a country, unless the Festival has instructed it to do so") restricts too.
        let approval_after = |h: &Hit| APPROVAL.iter().any(|c| ctx.a(s).has(c, h.last, (h.last + 8).min(s.to)));
        // "only" restricts the transfer it stands by, not the place named earlier in the sentence
        // ("… behandles alene i Danmark, og Leverandøren må ikke overføre dem …").
        let first_transfer = transfer.first().map_or(s.from, |t| t.first);
        let only = ctx.hits(s, "only").iter().any(|o| o.first < reach && o.last + ONLY_BEFORE >= first_transfer);
        let excepted = only
            || APPROVAL.iter().chain(&["exception"]).any(|c| ctx.a(s).has(c, s.from, reach))
            || ctx.hits(s, "exception").iter().any(|h| transfer.first().is_some_and(|t| h.first > t.first) && approval_after(h));
        // "… findet nicht statt; sie bedarf einer vorherigen dokumentierten Weisung": the half
        // after a semicolon that asks for an approval and names no transfer of its own excepts.
        let excepted_after = || {
            ctx.after_semicolon(s).is_some_and(|n| {
                APPROVAL.iter().any(|c| ctx.has(n, c)) && (ctx.has(n, "requires") || ctx.has(n, "only") || ctx.has(n, "exception")) && !ctx.has(n, "transfer") && !ctx.has(n, "prohibit")
            })
        };
        if prohibit && !excepted && !transfer.is_empty() {
            if excepted_after() {
                instruction.extend(ev(&transfer));
            } else {
                prohibited.extend(ev(&transfer));
            }
            continue;
        }
        // "Processing outside the EU/EEA requires the Controller's prior consent."
        let required = ctx.has(s, "requires");
        if APPROVAL.iter().any(|c| ctx.has(s, c)) && (prohibit || required || ctx.has(s, "only") || ctx.has(s, "exception")) {
            instruction.extend(ev(if transfer.is_empty() { &third } else { &transfer }));
            continue;
        }
        // "Such transfers take place under the standard contractual clauses": allowed, with a tool.
        if !prohibit && !transfer.is_empty() {
            let tools: Vec<Hit> = ["scc", "bcr", "adequacy", "dpf"].iter().flat_map(|m| ctx.hits(s, m)).filter(|h| !ctx.negated(s, h.first, 4)).collect();
            if !tools.is_empty() {
                by_tool.extend(ev(&transfer));
                by_tool.extend(ev(&tools));
            }
        }
    }
    let stance = [
        ("general_authorisation", general),
        ("listed", listed),
        ("prohibited", prohibited),
        ("instruction_only", instruction),
        ("general_authorisation", by_tool),
        ("prohibited", kept_in),
    ]
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
