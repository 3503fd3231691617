//! The summary: per document language, clauses, required items covered, findings by severity;
//! and whether the pair looks like two versions or two agreements.

use std::rc::Rc;

use klausul::{Analysis, Lang, PairKind, Severity};
use yew::prelude::*;

use crate::components::badge::SeverityBadge;
use crate::engine::{ComparisonResult, DocResult};
use crate::i18n::{use_i18n, I18n};
use crate::state::{is_reference, Side};

/// Props of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// A's and B's analyses (either may be missing: a single review).
    pub docs: [Option<Rc<DocResult>>; 2],
    /// The comparison, when there are two.
    pub comparison: Option<Rc<ComparisonResult>>,
    /// Click to results time, ms.
    pub duration: Option<f64>,
}

/// How many of the required (Art. 28(3)) categories the document covers, out of how many.
pub fn required_covered(analysis: &Analysis) -> (usize, usize) {
    let required: Vec<_> = klausul::taxonomy::categories().iter().filter(|c| c.required).collect();
    let covered = required.iter().filter(|c| analysis.categories.get(&c.id).is_some_and(|r| r.present)).count();
    (covered, required.len())
}

fn column(i18n: &I18n, side: Side, doc: &DocResult) -> Html {
    let a = &doc.analysis;
    let (covered, required) = required_covered(a);
    let language = a.document.language.map(|l| i18n.t(&format!("lang.{}", l.as_str()))).unwrap_or_else(|| i18n.t("lang.unknown"));
    let reference = is_reference(&a.document.name);
    let count = |s: Severity| if reference { 0 } else { a.findings.iter().filter(|f| f.severity == s).count() };
    let deviations = a.findings.iter().filter(|f| f.source == klausul::FindingSource::Playbook).count();
    html! {
        <div class={classes!("summary-col", format!("summary-{}", side.as_str()))} data-testid={format!("summary-{}", side.as_str())}>
            <h3><span class="side-letter" aria-hidden="true">{ side.letter() }</span>{ a.document.name.clone() }</h3>
            <dl class="facts">
                <div><dt>{ i18n.t("doc.language") }</dt><dd>{ language }</dd></div>
                <div><dt>{ i18n.t("doc.clauses") }</dt><dd>{ a.clauses.len() }</dd></div>
                <div><dt>{ i18n.t("summary.required") }</dt>
                    <dd class={classes!("required", (covered < required).then_some("gap"))}>
                        { i18n.f("summary.covered", &[("x", &covered.to_string()), ("n", &required.to_string())]) }
                    </dd></div>
                <div><dt>{ i18n.t("summary.findings") }</dt>
                    <dd class="sev-counts">
                        { for [Severity::High, Severity::Medium, Severity::Low, Severity::Info].into_iter().filter(|s| count(*s) > 0).map(|s| html! {
                            <span class="sev-count"><SeverityBadge severity={s} />{ format!(" {}", count(s)) }</span>
                        }) }
                        if a.findings.is_empty() || reference { { i18n.t("summary.no_findings") } }
                    </dd></div>
                if let Some(pb) = a.playbook.as_ref().filter(|_| !reference) {
                    <div><dt>{ i18n.t("playbook.summary") }</dt>
                        <dd class="pb-deviations" data-testid={format!("playbook-{}", side.as_str())}>{
                            if deviations == 0 { i18n.f("playbook.no_deviations", &[("name", &pb.name)]) }
                            else { i18n.f("playbook.deviations", &[("n", &deviations.to_string()), ("name", &pb.name)]) }
                        }</dd></div>
                }
            </dl>
        </div>
    }
}

/// A's and B's languages when both are read, known and different ([`klausul::different_languages`]):
/// the comparison is by category (no redline), and the summary says so.
pub fn different_languages(docs: &[Option<Rc<DocResult>>; 2]) -> Option<(Lang, Lang)> {
    let [Some(a), Some(b)] = docs else { return None };
    klausul::different_languages(&a.analysis, &b.analysis)
}

fn languages_note(i18n: &I18n, docs: &[Option<Rc<DocResult>>; 2]) -> Option<String> {
    let (la, lb) = different_languages(docs)?;
    let name = |l: Lang| i18n.t(&format!("lang.{}", l.as_str()));
    Some(i18n.f("summary.languages", &[("a", &name(la)), ("b", &name(lb))]))
}

/// The summary.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let i18n = use_i18n();
    let kind = props.comparison.as_ref().map(|c| match c.comparison.kind {
        PairKind::Versions => i18n.t("summary.kind_versions"),
        PairKind::Agreements => i18n.t("summary.kind_agreements"),
    });
    html! {
        <section class="summary card" aria-labelledby="summary-title">
            <h2 id="summary-title">{ i18n.t("summary.title") }</h2>
            if let Some(kind) = kind {
                <p class="pair-kind" data-testid="pair-kind">{ kind }</p>
            }
            if let Some(note) = languages_note(&i18n, &props.docs) {
                <p class="languages-note" data-testid="languages-note">{ note }</p>
            }
            if props.docs[0].as_ref().is_some_and(|d| is_reference(&d.analysis.document.name)) {
                <p class="reference-note" data-testid="reference-note">{ i18n.t("summary.reference") }</p>
            }
            <div class="summary-cols">
                { for Side::BOTH.iter().filter_map(|s| props.docs[s.index()].as_ref().map(|d| column(&i18n, *s, d))) }
            </div>
            if let Some(ms) = props.duration {
                <p class="timing">{ i18n.f("summary.timing", &[("ms", &format!("{}", ms.round()))]) }</p>
            }
        </section>
    }
}
