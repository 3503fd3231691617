//! Standalone HTML reports: one file, inline CSS, no scripts or external assets, print-friendly.
//! Every piece of document text is escaped.

use std::fmt::Write;

use super::markdown::{presence_key, status_key, verdict_label};
use super::{attributes, counts_line, quotes, required_covered, row_chunks, severity_counts, side_names, Labels};
use crate::{AlignStatus, Analysis, Category, Comparison, DiffOp, Severity, Verdict};

const STYLE: &str = "
:root { --high: #b3261e; --medium: #b26a00; --low: #35618f; --info: #5f6368; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f1f1f; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.no { color: #888; } td { overflow-wrap: break-word; }
.ids { color: #666; font-size: .8rem; font-weight: 400; }
.finding { border-left: 4px solid var(--info); padding: .3rem .9rem; margin: .8rem 0; page-break-inside: avoid; break-inside: avoid; }
.finding.high { border-color: var(--high); } .finding.medium { border-color: var(--medium); } .finding.low { border-color: var(--low); }
.finding h4 { margin: .2rem 0; } .meta { color: #555; font-size: .9rem; } code { font-size: .85em; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; background: #f7f7f7; border-left: 3px solid var(--line); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; color: #fff; font-size: .85rem; }
.badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); } .badge.info { background: var(--info); }
tr.conflict td.cat { font-weight: 600; } .stricter { font-weight: 600; }
mark { background: #fff1a8; } ins { background: #d8f5d8; text-decoration: none; } del { background: #fbd9d9; }
.row { margin: .6rem 0; page-break-inside: avoid; break-inside: avoid; } .quiet { color: #555; font-size: .9rem; } .note { border-left: 3px solid #888; padding-left: .6rem; }
footer { margin-top: 2rem; color: #777; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { page-break-after: avoid; break-after: avoid; } a { color: inherit; } }
";

/// Escapes text for HTML content and attribute values.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(title: &str, lang: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

fn severity_class(s: Severity) -> &'static str {
    s.as_str()
}

pub(super) fn analysis(a: &Analysis, l: &Labels) -> String {
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>\n<p class=\"meta\">{}</p>", esc(l.get("title")), esc(&a.document.name));
    summary(&mut b, a, l);
    findings(&mut b, a, l);
    categories(&mut b, a, l);
    let _ = writeln!(b, "<footer>{} {} {}</footer>", esc(l.get("engine")), esc(&a.engine.name), esc(&a.engine.version));
    page(&format!("{}: {}", l.get("title"), a.document.name), l.lang_code(), &b)
}

fn summary(b: &mut String, a: &Analysis, l: &Labels) {
    let (covered, required) = required_covered(a);
    let language = a.document.language.map(|x| x.as_str()).unwrap_or("?");
    let _ = writeln!(b, "<h2>{}</h2>\n<table>", esc(l.get("summary")));
    let _ = writeln!(b, "<tr><th>{}</th><td>{} ({}, {} {})</td></tr>", esc(l.get("document")), esc(&a.document.name), a.document.format, a.document.chars, esc(l.get("chars")));
    let _ = writeln!(b, "<tr><th>{}</th><td>{}</td></tr>", esc(l.get("language")), language);
    let _ = writeln!(b, "<tr><th>{}</th><td>{}</td></tr>", esc(l.get("clauses")), a.clauses.len());
    let _ = writeln!(b, "<tr><th>{}</th><td>{covered} / {required}</td></tr>", esc(l.get("required_covered")));
    if let Some(pb) = &a.playbook {
        let _ = writeln!(b, "<tr><th>{}</th><td>{}</td></tr>", esc(l.get("playbook")), esc(&pb.name));
    }
    let badges: Vec<String> = severity_counts(&a.findings)
        .into_iter()
        .map(|(s, n)| format!("<span class=\"badge {}\">{n} {}</span>", severity_class(s), esc(l.severity(s))))
        .collect();
    let badges = if badges.is_empty() { esc(l.get("none")) } else { badges.join(" ") };
    let _ = writeln!(b, "<tr><th>{}</th><td>{badges}</td></tr>", esc(l.get("findings")));
    for w in &a.document.warnings {
        let _ = writeln!(b, "<tr><th>{}</th><td>{}</td></tr>", esc(l.get("warning")), esc(w));
    }
    let _ = writeln!(b, "</table>");
}

fn findings(b: &mut String, a: &Analysis, l: &Labels) {
    let _ = writeln!(b, "<h2>{}</h2>", esc(l.get("findings")));
    if a.findings.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", esc(l.get("no_findings")));
        return;
    }
    for severity in [Severity::High, Severity::Medium, Severity::Low, Severity::Info] {
        let of: Vec<_> = a.findings.iter().filter(|f| f.severity == severity).collect();
        if of.is_empty() {
            continue;
        }
        let _ = writeln!(b, "<h3>{}</h3>", esc(l.severity(severity)));
        for f in of {
            let class = severity_class(f.severity);
            let _ = writeln!(b, "<section class=\"finding {class}\">");
            let _ = writeln!(b, "<h4>{} <code>{}</code></h4>", esc(&l.finding_title(&f.id)), esc(&f.id));
            let clauses = if f.clauses.is_empty() { l.key("none") } else { f.clauses.join(", ") };
            let _ = writeln!(b, "<p class=\"meta\">{}: {} · {}: {}</p>", esc(l.get("clauses")), esc(&clauses), esc(l.get("anchor")), esc(&f.anchor));
            for q in quotes(a, f) {
                let _ = writeln!(b, "<blockquote><strong>{}:</strong> {}<mark>{}</mark>{}</blockquote>", esc(&q.clause), esc(&q.before), esc(&q.words), esc(&q.after));
            }
            let _ = writeln!(b, "<p>{}</p>\n</section>", esc(l.message(f)));
        }
    }
}

fn categories(b: &mut String, a: &Analysis, l: &Labels) {
    let _ = writeln!(b, "<h2>{}</h2>\n<table>", esc(l.get("categories")));
    let _ = writeln!(b, "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>", esc(l.get("category")), esc(l.get("present")), esc(l.get("clauses")), esc(l.get("attributes")));
    for c in Category::ALL {
        let Some(r) = a.categories.get(&c) else { continue };
        let (class, present) = if r.present { ("", l.get("yes")) } else { (" class=\"no\"", l.get("not_present")) };
        let attrs: Vec<String> = attributes(a, c, l).iter().map(|(k, v)| format!("{}: {}", esc(k), esc(v))).collect();
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td{class}>{}</td><td>{}</td><td>{}</td></tr>",
            esc(l.category(c)),
            esc(present),
            esc(&r.clauses.join(", ")),
            attrs.join("<br>")
        );
    }
    let _ = writeln!(b, "</table>");
}

pub(super) fn comparison(c: &Comparison, l: &Labels) -> String {
    let mut b = String::new();
    let (a_name, b_name) = side_names(c);
    let _ = writeln!(b, "<h1>{}</h1>\n<p class=\"meta\">A: {} · B: {}</p>", esc(l.get("comparison_title")), esc(&a_name), esc(&b_name));
    let conflicts = c.categories.values().filter(|cc| cc.conflict).count();
    let (ca, ra) = required_covered(&c.a);
    let (cb, rb) = required_covered(&c.b);
    let kind = l.get(match c.kind {
        crate::PairKind::Versions => "kind.versions",
        crate::PairKind::Agreements => "kind.agreements",
    });
    let _ = writeln!(b, "<h2>{}</h2>\n<table>\n<tr><th></th><th>A</th><th>B</th></tr>", esc(l.get("summary")));
    let _ = writeln!(b, "<tr><th>{}</th><td>{}</td><td>{}</td></tr>", esc(l.get("document")), esc(&a_name), esc(&b_name));
    let _ = writeln!(b, "<tr><th>{}</th><td>{ca} / {ra}</td><td>{cb} / {rb}</td></tr>", esc(l.get("required_covered")));
    let _ = writeln!(b, "<tr><th>{}</th><td>{}</td><td>{}</td></tr>", esc(l.get("findings")), esc(&counts_line(&c.a.findings, l)), esc(&counts_line(&c.b.findings, l)));
    let _ = writeln!(b, "</table>\n<p>{}: {} · {}: {conflicts}</p>", esc(l.get("kind")), esc(kind), esc(l.get("conflicts")));

    let _ = writeln!(b, "<h2>{}</h2>\n<table>", esc(l.get("categories")));
    let _ = writeln!(
        b,
        "<tr><th>{}</th><th>{}</th><th>A</th><th>B</th><th>{}</th></tr>",
        esc(l.get("category")),
        esc(l.get("attribute")),
        esc(l.get("verdict"))
    );
    for (cat, cc) in &c.categories {
        let rows = cc.attributes.len().max(1);
        let class = if cc.conflict { " class=\"conflict\"" } else { "" };
        let mark = if cc.conflict { format!(" ⚠ {}", esc(l.get("conflict"))) } else { String::new() };
        let side = |name: &str, ids: &[String]| if ids.is_empty() { String::new() } else { format!("<br><span class=\"ids\">{name}: {}</span>", esc(&ids.join(", "))) };
        let head = format!(
            "<td class=\"cat\" rowspan=\"{rows}\">{}{mark}<br><span class=\"ids\">{}</span>{}{}</td>",
            esc(l.category(*cat)),
            esc(l.get(presence_key(cc.presence))),
            side("A", &cc.a_clauses),
            side("B", &cc.b_clauses)
        );
        if cc.attributes.is_empty() {
            let _ = writeln!(b, "<tr{class}>{head}<td></td><td></td><td></td><td></td></tr>");
        }
        for (i, (name, ac)) in cc.attributes.iter().enumerate() {
            let lead = if i == 0 { head.as_str() } else { "" };
            let stricter = matches!(ac.verdict, Verdict::AStricter | Verdict::BStricter);
            let verdict = if stricter { format!("<span class=\"stricter\">{}</span>", esc(&verdict_label(ac.verdict, l))) } else { esc(&verdict_label(ac.verdict, l)) };
            let _ = writeln!(b, "<tr{class}>{lead}<td>{}</td><td>{}</td><td>{}</td><td>{verdict}</td></tr>", esc(name), esc(&l.value(&ac.a)), esc(&l.value(&ac.b)));
        }
    }
    let _ = writeln!(b, "</table>");

    let _ = writeln!(b, "<h2>{}</h2>", esc(l.get("findings_diff")));
    for (key, ids) in [("a_only", &c.findings.a_only), ("b_only", &c.findings.b_only), ("both", &c.findings.both)] {
        let _ = writeln!(b, "<h3>{} ({})</h3>", esc(l.get(key)), ids.len());
        if !ids.is_empty() {
            let items: Vec<String> = ids.iter().map(|id| format!("<li>{} <code>{}</code></li>", esc(&l.finding_title(id)), esc(id))).collect();
            let _ = writeln!(b, "<ul>{}</ul>", items.join(""));
        }
    }

    let _ = writeln!(b, "<h2>{}</h2>", esc(l.get("alignment")));
    let note = l.languages_note(c);
    if let Some(note) = &note {
        let _ = writeln!(b, "<p class=\"note\">{}</p>", esc(note));
    }
    let mut quiet = Vec::new();
    for row in c.alignment.iter().filter(|_| note.is_none()) {
        let a = row.a.as_deref().unwrap_or("—");
        let bb = row.b.as_deref().unwrap_or("—");
        match row.status {
            AlignStatus::Unchanged => quiet.push(esc(a)),
            AlignStatus::Renumbered => quiet.push(format!("{} → {}", esc(a), esc(bb))),
            status => {
                let mut text = String::new();
                for chunk in &row_chunks(c, row) {
                    match chunk.op {
                        DiffOp::Equal => text.push_str(&esc(&chunk.text)),
                        DiffOp::Delete => {
                            let _ = write!(text, "<del>{}</del>", esc(&chunk.text));
                        }
                        DiffOp::Insert => {
                            let _ = write!(text, "<ins>{}</ins>", esc(&chunk.text));
                        }
                    }
                }
                let _ = writeln!(b, "<div class=\"row\"><h4>{} → {} <span class=\"meta\">({})</span></h4><p>{text}</p></div>", esc(a), esc(bb), esc(l.get(status_key(status))));
            }
        }
    }
    if !quiet.is_empty() {
        let _ = writeln!(b, "<p class=\"quiet\"><strong>{}:</strong> {}</p>", esc(l.get("unchanged_clauses")), quiet.join(", "));
    }
    let _ = writeln!(b, "<footer>{} {} {}</footer>", esc(l.get("engine")), esc(&c.engine.name), esc(&c.engine.version));
    page(&format!("{}: {} ↔ {}", l.get("comparison_title"), a_name, b_name), l.lang_code(), &b)
}
