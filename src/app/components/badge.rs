//! Badges that never rely on colour alone: an icon and a word for severities, verdicts, presence.

use klausul::{Presence, Severity, Verdict};
use yew::prelude::*;

use crate::components::icon::{Icon, IconKind};
use crate::i18n::use_i18n;

/// Props of [`SeverityBadge`].
#[derive(Properties, PartialEq)]
pub struct SeverityBadgeProps {
    /// The severity.
    pub severity: Severity,
}

/// A finding's severity.
#[function_component(SeverityBadge)]
pub fn severity_badge(props: &SeverityBadgeProps) -> Html {
    let i18n = use_i18n();
    let icon = match props.severity {
        Severity::High => IconKind::Alert,
        Severity::Medium => IconKind::Alert,
        Severity::Low => IconKind::Info,
        Severity::Info => IconKind::Info,
    };
    let sev = props.severity.as_str();
    html! {
        <span class={classes!("badge", format!("sev-{sev}"))}>
            <Icon kind={icon} />{ i18n.t(&format!("severity.{sev}")) }
        </span>
    }
}

/// Props of [`VerdictBadge`].
#[derive(Properties, PartialEq)]
pub struct VerdictBadgeProps {
    /// Where the category occurs.
    pub presence: Presence,
    /// Who is stricter (None when nothing to compare).
    pub verdict: Option<Verdict>,
    /// The two sides take different positions.
    pub conflict: bool,
}

/// The verdict of a category (or attribute).
#[function_component(VerdictBadge)]
pub fn verdict_badge(props: &VerdictBadgeProps) -> Html {
    let i18n = use_i18n();
    let (class, icon, key) = match (props.presence, props.verdict) {
        (Presence::OnlyA, _) => ("v-only-a", IconKind::Alert, "verdict.only_a"),
        (Presence::OnlyB, _) => ("v-only-b", IconKind::Alert, "verdict.only_b"),
        (Presence::Neither, _) => ("v-neither", IconKind::Cross, "verdict.neither"),
        (Presence::Both, Some(Verdict::AStricter)) => ("v-a", IconKind::Up, "verdict.a_stricter"),
        (Presence::Both, Some(Verdict::BStricter)) => ("v-b", IconKind::Down, "verdict.b_stricter"),
        (Presence::Both, Some(Verdict::Differs)) => ("v-differs", IconKind::NotEqual, "verdict.differs"),
        (Presence::Both, _) => ("v-same", IconKind::Equal, "verdict.same"),
    };
    html! {
        <span class="verdict-cell">
            <span class={classes!("badge", class)}><Icon kind={icon} />{ i18n.t(key) }</span>
            if props.conflict {
                <span class="badge v-conflict"><Icon kind={IconKind::Alert} />{ i18n.t("verdict.conflict") }</span>
            }
        </span>
    }
}
