//! Markdown reports (GitHub-flavoured: tables, `~~deleted~~`, `++inserted++`).

use std::fmt::Write;

use super::{attributes, counts_line, quotes, required_covered, row_chunks, side_names, Labels};
use crate::{AlignStatus, Analysis, Category, Comparison, DiffOp, Severity, Verdict};

/// Escapes document text for Markdown prose and table cells.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '+' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn analysis(a: &Analysis, l: &Labels) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}: {}\n", l.get("title"), esc(&a.document.name));
    summary(&mut out, a, l);
    findings(&mut out, a, l, "##");
    categories(&mut out, a, l);
    let _ = writeln!(out, "---\n{} {} {}", l.get("engine"), a.engine.name, a.engine.version);
    out
}

fn summary(out: &mut String, a: &Analysis, l: &Labels) {
    let (covered, required) = required_covered(a);
    let language = a.document.language.map(|x| x.as_str()).unwrap_or("?");
    let _ = writeln!(out, "## {}\n", l.get("summary"));
    let _ = writeln!(out, "| | |\n|---|---|");
    let _ = writeln!(out, "| {} | {} ({}, {} {}) |", l.get("document"), esc(&a.document.name), a.document.format, a.document.chars, l.get("chars"));
    let _ = writeln!(out, "| {} | {} |", l.get("language"), language);
    let _ = writeln!(out, "| {} | {} |", l.get("clauses"), a.clauses.len());
    let _ = writeln!(out, "| {} | {covered} / {required} |", l.get("required_covered"));
    if let Some(pb) = &a.playbook {
        let _ = writeln!(out, "| {} | {} |", l.get("playbook"), esc(&pb.name));
    }
    let _ = writeln!(out, "| {} | {} |\n", l.get("findings"), counts_line(&a.findings, l));
    for w in &a.document.warnings {
        let _ = writeln!(out, "- {}: {}", l.get("warning"), esc(w));
    }
    if !a.document.warnings.is_empty() {
        out.push('\n');
    }
}

fn findings(out: &mut String, a: &Analysis, l: &Labels, level: &str) {
    let _ = writeln!(out, "{level} {}\n", l.get("findings"));
    if a.findings.is_empty() {
        let _ = writeln!(out, "{}\n", l.get("no_findings"));
        return;
    }
    for severity in [Severity::High, Severity::Medium, Severity::Low, Severity::Info] {
        let of: Vec<_> = a.findings.iter().filter(|f| f.severity == severity).collect();
        if of.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{level}# {}\n", l.severity(severity));
        for f in of {
            let _ = writeln!(out, "{level}## {} (`{}`)\n", esc(&l.finding_title(&f.id)), f.id);
            let clauses = if f.clauses.is_empty() { l.key("none") } else { f.clauses.iter().map(|c| esc(c)).collect::<Vec<_>>().join(", ") };
            let _ = writeln!(out, "{}: {} · {}: {}\n", l.get("clauses"), clauses, l.get("anchor"), esc(&f.anchor));
            for q in quotes(a, f) {
                let _ = writeln!(out, "> **{}:** {}**{}**{}\n", esc(&q.clause), esc(&q.before), esc(&q.words), esc(&q.after));
            }
            let _ = writeln!(out, "{}\n", esc(l.message(f)));
        }
    }
}

fn categories(out: &mut String, a: &Analysis, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.get("categories"));
    let _ = writeln!(out, "| {} | {} | {} | {} |\n|---|---|---|---|", l.get("category"), l.get("present"), l.get("clauses"), l.get("attributes"));
    for c in Category::ALL {
        let Some(r) = a.categories.get(&c) else { continue };
        let present = if r.present { l.get("yes") } else { l.get("no") };
        let clauses = r.clauses.iter().map(|c| esc(c)).collect::<Vec<_>>().join(", ");
        let attrs = attributes(a, c, l).iter().map(|(k, v)| format!("{k}: {}", esc(v))).collect::<Vec<_>>().join("<br>");
        let _ = writeln!(out, "| {} | {present} | {clauses} | {attrs} |", esc(l.category(c)));
    }
    out.push('\n');
}

pub(super) fn comparison(c: &Comparison, l: &Labels) -> String {
    let mut out = String::new();
    let (a_name, b_name) = side_names(c);
    let _ = writeln!(out, "# {}: {} ↔ {}\n", l.get("comparison_title"), esc(&a_name), esc(&b_name));
    let conflicts: Vec<Category> = c.categories.iter().filter(|(_, cc)| cc.conflict).map(|(k, _)| *k).collect();
    let _ = writeln!(out, "## {}\n\n| | A | B |\n|---|---|---|", l.get("summary"));
    let _ = writeln!(out, "| {} | {} | {} |", l.get("document"), esc(&a_name), esc(&b_name));
    let (ca, ra) = required_covered(&c.a);
    let (cb, rb) = required_covered(&c.b);
    let _ = writeln!(out, "| {} | {ca} / {ra} | {cb} / {rb} |", l.get("required_covered"));
    let _ = writeln!(out, "| {} | {} | {} |\n", l.get("findings"), counts_line(&c.a.findings, l), counts_line(&c.b.findings, l));
    let kind = l.get(match c.kind {
        crate::PairKind::Versions => "kind.versions",
        crate::PairKind::Agreements => "kind.agreements",
    });
    let _ = writeln!(out, "{}: {kind} · {}: {}\n", l.get("kind"), l.get("conflicts"), conflicts.len());

    let _ = writeln!(out, "## {}\n", l.get("categories"));
    let _ = writeln!(out, "| {} | A | B | {} | {} | A | B | {} |\n|---|---|---|---|---|---|---|---|", l.get("category"), l.get("present"), l.get("attribute"), l.get("verdict"));
    for (cat, cc) in &c.categories {
        let mark = if cc.conflict { format!(" ⚠ {}", l.get("conflict")) } else { String::new() };
        let presence = l.get(presence_key(cc.presence));
        let a_cl = cc.a_clauses.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", ");
        let b_cl = cc.b_clauses.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", ");
        if cc.attributes.is_empty() {
            let _ = writeln!(out, "| {}{mark} | {a_cl} | {b_cl} | {presence} | | | | |", esc(l.category(*cat)));
        }
        for (i, (name, ac)) in cc.attributes.iter().enumerate() {
            let head = if i == 0 { format!("{}{mark} | {a_cl} | {b_cl} | {presence}", esc(l.category(*cat))) } else { " | | | ".to_string() };
            let verdict = verdict_label(ac.verdict, l);
            let verdict = if matches!(ac.verdict, Verdict::AStricter | Verdict::BStricter) { format!("**{verdict}**") } else { verdict };
            let _ = writeln!(out, "| {head} | {name} | {} | {} | {verdict} |", esc(&l.value(&ac.a)), esc(&l.value(&ac.b)));
        }
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", l.get("findings_diff"));
    for (key, ids) in [("a_only", &c.findings.a_only), ("b_only", &c.findings.b_only), ("both", &c.findings.both)] {
        let _ = writeln!(out, "**{}** ({})\n", l.get(key), ids.len());
        for id in ids {
            let _ = writeln!(out, "- {} (`{id}`)", esc(&l.finding_title(id)));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", l.get("alignment"));
    let note = l.languages_note(c);
    if let Some(note) = &note {
        let _ = writeln!(out, "{}\n", esc(note));
    }
    let mut quiet = Vec::new();
    for row in c.alignment.iter().filter(|_| note.is_none()) {
        let a = row.a.as_deref().unwrap_or("—");
        let b = row.b.as_deref().unwrap_or("—");
        match row.status {
            AlignStatus::Unchanged => quiet.push(esc(a)),
            AlignStatus::Renumbered => quiet.push(format!("{} → {}", esc(a), esc(b))),
            status => {
                let _ = writeln!(out, "### {} → {} ({})\n", esc(a), esc(b), l.get(status_key(status)));
                let mut line = String::new();
                for chunk in &row_chunks(c, row) {
                    let t = esc(&chunk.text);
                    match chunk.op {
                        DiffOp::Equal => line.push_str(&t),
                        DiffOp::Delete => mark(&mut line, "~~", &t),
                        DiffOp::Insert => mark(&mut line, "++", &t),
                    }
                }
                let _ = writeln!(out, "{}\n", line.trim());
            }
        }
    }
    if !quiet.is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", l.get("unchanged_clauses"), quiet.join(", "));
    }
    let _ = writeln!(out, "---\n{} {} {}", l.get("engine"), c.engine.name, c.engine.version);
    out
}

/// Wraps the words of a chunk in a marker, keeping the surrounding spaces outside it (Markdown
/// does not close `~~ x ~~`).
fn mark(line: &mut String, marker: &str, text: &str) {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        line.push_str(text);
        return;
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let _ = write!(line, "{lead}{marker}{trimmed}{marker}{trail}");
}

pub(super) fn presence_key(p: crate::Presence) -> &'static str {
    match p {
        crate::Presence::Both => "presence.both",
        crate::Presence::OnlyA => "presence.only_a",
        crate::Presence::OnlyB => "presence.only_b",
        crate::Presence::Neither => "presence.neither",
    }
}

pub(super) fn status_key(s: AlignStatus) -> &'static str {
    match s {
        AlignStatus::Unchanged => "unchanged",
        AlignStatus::Renumbered => "renumbered",
        AlignStatus::Changed => "changed",
        AlignStatus::Moved => "moved",
        AlignStatus::Added => "added",
        AlignStatus::Removed => "removed",
        AlignStatus::Split => "split",
        AlignStatus::Merged => "merged",
    }
}

pub(super) fn verdict_label(v: Verdict, l: &Labels) -> String {
    l.key(match v {
        Verdict::Same => "verdict.same",
        Verdict::AStricter => "verdict.a_stricter",
        Verdict::BStricter => "verdict.b_stricter",
        Verdict::Differs => "verdict.differs",
    })
}
