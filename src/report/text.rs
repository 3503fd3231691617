//! Terminal summaries; ANSI colours only when asked (the CLI asks on a tty).

use std::fmt::Write;

use super::markdown::{presence_key, status_key, verdict_label};
use super::{counts_line, quotes, required_covered, side_names, Labels};
use crate::{AlignStatus, Analysis, Comparison, Severity, Verdict};

/// Text and ANSI styles, or plain text.
struct Paint {
    color: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }

    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }

    fn severity(&self, sev: Severity, s: &str) -> String {
        let code = match sev {
            Severity::High => "1;31",
            Severity::Medium => "1;33",
            Severity::Low => "1;36",
            Severity::Info => "2",
        };
        self.wrap(code, s)
    }
}

/// Where finding details start, and where lines wrap.
const INDENT: usize = 8;
const WIDTH: usize = 100;

/// Word-wraps `text` to `width` columns, every line indented.
fn wrap(text: &str, indent: usize, width: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&pad);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&pad);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Terminal output shows document text, so control characters (an ESC in a PDF) are dropped.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

pub(super) fn analysis(a: &Analysis, l: &Labels, color: bool) -> String {
    let p = Paint { color };
    let mut out = String::new();
    let (covered, required) = required_covered(a);
    let language = a.document.language.map(|x| x.as_str()).unwrap_or("?");
    let _ = writeln!(out, "{}", p.bold(&clean(&a.document.name)));
    let _ = writeln!(out, "{}: {} · {}: {language} · {}: {} · {} {}", l.get("format"), a.document.format, l.get("language"), l.get("clauses"), a.clauses.len(), a.document.chars, l.get("chars"));
    let _ = writeln!(out, "{}: {covered} / {required}", l.get("required_covered"));
    if let Some(pb) = &a.playbook {
        let _ = writeln!(out, "{}: {}", l.get("playbook"), pb.name);
    }
    let _ = writeln!(out, "{}: {}", l.get("findings"), counts_line(&a.findings, l));
    for w in &a.document.warnings {
        let _ = writeln!(out, "{}: {}", p.severity(Severity::Medium, l.get("warning")), clean(w));
    }
    for f in &a.findings {
        out.push('\n');
        let sev = format!("{:<7}", l.severity(f.severity).to_uppercase());
        let clauses = if f.clauses.is_empty() { String::new() } else { format!("  [{}]", clean(&f.clauses.join(", "))) };
        let _ = writeln!(out, "{} {}{}", p.severity(f.severity, &sev), p.bold(&l.finding_title(&f.id)), clauses);
        for q in quotes(a, f).into_iter().take(1) {
            let quoted = format!("{}{}{}", p.dim(&clean(&q.before)), p.bold(&clean(&q.words)), p.dim(&clean(&q.after)));
            let _ = writeln!(out, "        {}: \u{201c}{quoted}\u{201d}", clean(&q.clause));
        }
        out.push_str(&wrap(&clean(l.message(f)), INDENT, WIDTH));
        let _ = writeln!(out, "        {}", p.dim(&format!("{}: {} · {}", l.get("anchor"), f.anchor, f.id)));
    }
    out
}

pub(super) fn comparison(c: &Comparison, l: &Labels, color: bool) -> String {
    let p = Paint { color };
    let mut out = String::new();
    let (a_name, b_name) = side_names(c);
    let _ = writeln!(out, "{} {}", p.bold(&format!("A: {}", clean(&a_name))), p.bold(&format!("  B: {}", clean(&b_name))));
    let (ca, ra) = required_covered(&c.a);
    let (cb, rb) = required_covered(&c.b);
    let _ = writeln!(out, "{}: A {ca} / {ra} · B {cb} / {rb}", l.get("required_covered"));
    let _ = writeln!(out, "{}: A {} · B {}", l.get("findings"), counts_line(&c.a.findings, l), counts_line(&c.b.findings, l));

    let conflicts: Vec<_> = c.categories.iter().filter(|(_, cc)| cc.conflict).collect();
    let _ = writeln!(out, "\n{} ({})", p.bold(l.get("conflicts")), conflicts.len());
    for (cat, cc) in conflicts {
        let _ = writeln!(out, "  {} ({})", l.category(*cat), l.get(presence_key(cc.presence)));
        for (name, ac) in &cc.attributes {
            if matches!(ac.verdict, Verdict::AStricter | Verdict::BStricter) {
                let verdict = verdict_label(ac.verdict, l);
                let _ = writeln!(out, "    {name}: A {} · B {} → {}", clean(&l.value(&ac.a)), clean(&l.value(&ac.b)), p.bold(&verdict));
            }
        }
    }
    let _ = writeln!(out, "\n{}", p.bold(l.get("findings_diff")));
    for (key, ids) in [("a_only", &c.findings.a_only), ("b_only", &c.findings.b_only), ("both", &c.findings.both)] {
        let _ = writeln!(out, "  {}: {}", l.get(key), if ids.is_empty() { l.key("none") } else { ids.join(", ") });
    }
    let _ = writeln!(out, "\n{}", p.bold(l.get("alignment")));
    if let Some(note) = l.languages_note(c) {
        let _ = writeln!(out, "  {note}");
        return out;
    }
    let statuses = [
        AlignStatus::Unchanged,
        AlignStatus::Renumbered,
        AlignStatus::Changed,
        AlignStatus::Moved,
        AlignStatus::Added,
        AlignStatus::Removed,
        AlignStatus::Split,
        AlignStatus::Merged,
    ];
    for status in statuses {
        let rows: Vec<_> = c.alignment.iter().filter(|r| r.status == status).collect();
        if rows.is_empty() {
            continue;
        }
        let ids: Vec<String> = rows
            .iter()
            .map(|r| match (&r.a, &r.b) {
                (Some(a), Some(b)) if a != b => format!("{} → {}", clean(a), clean(b)),
                (Some(a), _) => clean(a),
                (None, Some(b)) => clean(b),
                (None, None) => String::new(),
            })
            .collect();
        // Unchanged clauses are only counted: the terminal shows what moved.
        if status == AlignStatus::Unchanged {
            let _ = writeln!(out, "  {}: {}", l.get(status_key(status)), rows.len());
        } else {
            let _ = writeln!(out, "  {} ({}): {}", l.get(status_key(status)), rows.len(), ids.join(", "));
        }
    }
    out
}
