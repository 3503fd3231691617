//! The playbook panel: the organisation's positions, built with a form (no JSON typing), from a
//! preset, the deployment's `playbook.json` or an imported file; exported as
//! `klausul.playbook/1` JSON; switched on and off. The form is turned into a playbook and checked
//! by the engine's own validator ([`Playbook::parse`]) before it is used, so the page and the CLI
//! accept exactly the same playbooks.

use klausul::playbook::{Fallback, Note, Playbook, Rule, PLAYBOOK_SCHEMA, PRESETS};
use klausul::taxonomy::{self, AttributeKind};
use klausul::{Category, Severity};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::dom;
use crate::i18n::{use_i18n, UiLang};
use crate::state::PlaybookSetting;

/// Props of [`PlaybookPanel`].
#[derive(Properties, PartialEq)]
pub struct PlaybookProps {
    /// The playbook in use (or switched off).
    pub setting: PlaybookSetting,
    /// The organisation's playbook, when the deployment has one.
    pub org: Option<String>,
    /// A new setting (valid JSON, or switched off).
    pub on_change: Callback<PlaybookSetting>,
}

/// One rule as the form holds it: every field as the user typed it.
#[derive(Debug, Clone, PartialEq, Default)]
struct RuleForm {
    category: String,
    /// Empty: the category is required.
    attribute: String,
    /// `max`, `min`, `allowed`, `includes`, `equals`, `within` (unused when required).
    test: String,
    /// Number, comma-separated values, `true`/`false`, or a region.
    value: String,
    severity: String,
    /// `deviation` or `ok`.
    unstated: String,
    fb_value: String,
    fb_severity: String,
    note: String,
}

fn severity_id(s: Severity) -> String {
    s.as_str().to_string()
}

fn test_of(max: Option<f64>, min: Option<f64>, allowed: &Option<Vec<String>>, includes: &Option<Vec<String>>, equals: Option<bool>, within: &Option<String>) -> (String, String) {
    let num = |n: f64| if n.fract() == 0.0 { format!("{}", n as i64) } else { n.to_string() };
    if let Some(n) = max {
        ("max".into(), num(n))
    } else if let Some(n) = min {
        ("min".into(), num(n))
    } else if let Some(v) = allowed {
        ("allowed".into(), v.join(", "))
    } else if let Some(v) = includes {
        ("includes".into(), v.join(", "))
    } else if let Some(b) = equals {
        ("equals".into(), b.to_string())
    } else if let Some(w) = within {
        ("within".into(), w.clone())
    } else {
        (String::new(), String::new())
    }
}

impl RuleForm {
    fn from_rule(r: &Rule, lang: UiLang) -> Self {
        let (test, value) = test_of(r.max, r.min, &r.allowed, &r.includes, r.equals, &r.within);
        let (fb_value, fb_severity) = match &r.fallback {
            Some(f) => (test_of(f.max, f.min, &f.allowed, &f.includes, f.equals, &f.within).1, severity_id(f.severity)),
            None => (String::new(), String::new()),
        };
        let note = r.note.as_ref().map(|n| if lang == UiLang::Da && !n.da.is_empty() { n.da.clone() } else { n.en.clone() }).unwrap_or_default();
        RuleForm {
            category: r.category.clone(),
            attribute: r.attribute.clone().unwrap_or_default(),
            test,
            value,
            severity: severity_id(r.severity),
            unstated: r.unstated.clone().unwrap_or_else(|| "deviation".into()),
            fb_value,
            fb_severity,
            note,
        }
    }

    /// The rule this form describes; `None` fields are left for the validator to name.
    fn to_rule(&self, lang: UiLang, old_note: Option<&Note>) -> Rule {
        let list = |v: &str| -> Vec<String> { v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect() };
        let severity = |s: &str| serde_json::from_value::<Severity>(serde_json::Value::String(s.to_string())).unwrap_or(Severity::Medium);
        let mut rule = Rule {
            category: self.category.clone(),
            attribute: (!self.attribute.is_empty()).then(|| self.attribute.clone()),
            required: self.attribute.is_empty().then_some(true),
            max: None,
            min: None,
            allowed: None,
            includes: None,
            equals: None,
            within: None,
            unstated: (self.unstated == "ok").then(|| "ok".to_string()),
            severity: severity(&self.severity),
            fallback: None,
            note: None,
        };
        let set = |test: &str, value: &str, max: &mut Option<f64>, min: &mut Option<f64>, allowed: &mut Option<Vec<String>>, includes: &mut Option<Vec<String>>, equals: &mut Option<bool>, within: &mut Option<String>| match test {
            // A number that does not parse is sent as NaN, which the validator refuses by rule.
            "max" => *max = Some(value.trim().parse().unwrap_or(f64::NAN)),
            "min" => *min = Some(value.trim().parse().unwrap_or(f64::NAN)),
            "allowed" => *allowed = Some(list(value)),
            "includes" => *includes = Some(list(value)),
            "equals" => *equals = Some(value.trim() == "true"),
            "within" => *within = Some(value.trim().to_string()),
            _ => {}
        };
        if !self.attribute.is_empty() {
            set(&self.test, &self.value, &mut rule.max, &mut rule.min, &mut rule.allowed, &mut rule.includes, &mut rule.equals, &mut rule.within);
            if !self.fb_value.trim().is_empty() {
                let mut f = Fallback { max: None, min: None, allowed: None, includes: None, equals: None, within: None, severity: severity(if self.fb_severity.is_empty() { "low" } else { &self.fb_severity }) };
                set(&self.test, &self.fb_value, &mut f.max, &mut f.min, &mut f.allowed, &mut f.includes, &mut f.equals, &mut f.within);
                rule.fallback = Some(f);
            }
        }
        if !self.note.trim().is_empty() {
            let mut note = old_note.cloned().unwrap_or(Note { da: String::new(), en: String::new() });
            match lang {
                UiLang::Da => note.da = self.note.trim().to_string(),
                UiLang::En => note.en = self.note.trim().to_string(),
            }
            rule.note = Some(note);
        }
        rule
    }
}

/// The tests that fit an attribute kind.
fn tests_for(kind: Option<AttributeKind>) -> &'static [&'static str] {
    match kind {
        Some(AttributeKind::Number) => &["max", "min"],
        Some(AttributeKind::Bool) => &["equals"],
        Some(AttributeKind::Enum) => &["allowed"],
        Some(AttributeKind::Texts) => &["includes", "within"],
        Some(AttributeKind::Parties) => &["within"],
        _ => &["allowed"],
    }
}

fn attribute_kind(category: &str, attribute: &str) -> Option<(AttributeKind, Vec<String>)> {
    let c = Category::from_id(category)?;
    taxonomy::category(c).attributes.iter().find(|a| a.name == attribute).map(|a| (a.kind, a.values.clone()))
}

fn select_value(e: &Event) -> String {
    e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

fn input_value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// The playbook panel.
#[function_component(PlaybookPanel)]
pub fn playbook_panel(props: &PlaybookProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let parsed: Option<Playbook> = props.setting.json.as_deref().and_then(|j| serde_json::from_str(j).ok());
    let name = use_state(|| parsed.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let rules = use_state(|| parsed.as_ref().map(|p| p.rules.iter().map(|r| RuleForm::from_rule(r, lang)).collect::<Vec<_>>()).unwrap_or_default());
    let notes = use_state(|| parsed.as_ref().map(|p| p.rules.iter().map(|r| r.note.clone()).collect::<Vec<_>>()).unwrap_or_default());
    let message = use_state(|| None::<(bool, String)>);
    // A playbook set from outside (deployment, import, preset) refills the form.
    {
        let (name, rules, notes) = (name.clone(), rules.clone(), notes.clone());
        use_effect_with(props.setting.json.clone(), move |json| {
            if let Some(p) = json.as_deref().and_then(|j| serde_json::from_str::<Playbook>(j).ok()) {
                name.set(p.name.clone());
                rules.set(p.rules.iter().map(|r| RuleForm::from_rule(r, lang)).collect());
                notes.set(p.rules.iter().map(|r| r.note.clone()).collect());
            }
        });
    }

    let to_json = {
        let (name, rules, notes) = (name.clone(), rules.clone(), notes.clone());
        move || -> Result<String, String> {
            let pb = Playbook {
                schema: PLAYBOOK_SCHEMA.to_string(),
                name: name.trim().to_string(),
                rules: rules.iter().enumerate().map(|(i, r)| r.to_rule(lang, notes.get(i).and_then(Option::as_ref))).collect(),
            };
            let json = serde_json::to_string_pretty(&pb).map_err(|e| e.to_string())?;
            Playbook::parse(&json).map_err(|e| e.to_string())?;
            Ok(json)
        }
    };
    let apply = {
        let to_json = to_json.clone();
        let on_change = props.on_change.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| match to_json() {
            Ok(json) => {
                on_change.emit(PlaybookSetting { json: Some(json), enabled: true });
                message.set(Some((true, i18n.t("playbook.applied"))));
            }
            Err(e) => message.set(Some((false, e))),
        })
    };
    let export = {
        let to_json = to_json.clone();
        let message = message.clone();
        let name = name.clone();
        Callback::from(move |_: MouseEvent| match to_json() {
            Ok(json) => {
                let file = format!("{}.playbook.json", if name.trim().is_empty() { "klausul" } else { name.trim() }.replace(['/', '\\', ' '], "-"));
                let _ = dom::download(&file, "application/json", &json);
            }
            Err(e) => message.set(Some((false, e))),
        })
    };
    let use_json = {
        let on_change = props.on_change.clone();
        let message = message.clone();
        Callback::from(move |json: String| match Playbook::parse(&json) {
            Ok(_) => {
                on_change.emit(PlaybookSetting { json: Some(json), enabled: true });
                message.set(Some((true, i18n.t("playbook.applied"))));
            }
            Err(e) => message.set(Some((false, e.to_string()))),
        })
    };
    let on_preset = {
        let use_json = use_json.clone();
        let org = props.org.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            let json = if v == "organisation" { org.clone() } else { klausul::playbook::preset(&v).map(str::to_string) };
            if let Some(json) = json {
                use_json.emit(json);
            }
        })
    };
    let on_import = {
        let use_json = use_json.clone();
        let message = message.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let use_json = use_json.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match dom::read_file(&file).await.map(|b| String::from_utf8_lossy(&b).into_owned()) {
                    Ok(json) => use_json.emit(json),
                    Err(e) => message.set(Some((false, e))),
                }
            });
        })
    };
    let on_toggle = {
        let on_change = props.on_change.clone();
        let setting = props.setting.clone();
        Callback::from(move |e: Event| {
            let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            on_change.emit(PlaybookSetting { enabled: on, ..setting.clone() });
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(input_value(&e)))
    };
    let add_rule = {
        let (rules, notes) = (rules.clone(), notes.clone());
        Callback::from(move |_: MouseEvent| {
            let mut v = (*rules).clone();
            v.push(RuleForm { category: "breach_notification".into(), attribute: "deadline_hours".into(), test: "max".into(), value: "48".into(), severity: "medium".into(), unstated: "deviation".into(), ..RuleForm::default() });
            rules.set(v);
            let mut n = (*notes).clone();
            n.push(None);
            notes.set(n);
        })
    };

    let cat_label = |c: &klausul::taxonomy::CategoryDef| i18n.pick(&c.da, &c.en).to_string();
    let row = |i: usize, r: &RuleForm| -> Html {
        let edit = |f: fn(&mut RuleForm, String)| {
            let rules = rules.clone();
            move |v: String| {
                let mut all = (*rules).clone();
                if let Some(r) = all.get_mut(i) {
                    f(r, v);
                }
                rules.set(all);
            }
        };
        let on_select = |f: fn(&mut RuleForm, String)| {
            let edit = edit(f);
            Callback::from(move |e: Event| edit(select_value(&e)))
        };
        let on_input = |f: fn(&mut RuleForm, String)| {
            let edit = edit(f);
            Callback::from(move |e: InputEvent| edit(input_value(&e)))
        };
        let remove = {
            let (rules, notes) = (rules.clone(), notes.clone());
            Callback::from(move |_: MouseEvent| {
                let mut v = (*rules).clone();
                let mut n = (*notes).clone();
                if i < v.len() {
                    v.remove(i);
                }
                if i < n.len() {
                    n.remove(i);
                }
                rules.set(v);
                notes.set(n);
            })
        };
        let category = Category::from_id(&r.category);
        let attrs: Vec<String> = category.map(|c| taxonomy::category(c).attributes.iter().map(|a| a.name.clone()).collect()).unwrap_or_default();
        let kind = attribute_kind(&r.category, &r.attribute);
        let hint = match &kind {
            Some((AttributeKind::Enum, values)) => values.join(", "),
            Some((AttributeKind::Bool, _)) => "true, false".to_string(),
            Some((AttributeKind::Texts | AttributeKind::Parties, _)) if r.test == "within" => "eu_eea".to_string(),
            _ => String::new(),
        };
        let id = |f: &str| format!("pb-{f}-{i}");
        let sev_options = |current: &str, allow_none: bool| -> Html {
            html! {<>
                if allow_none { <option value="" selected={current.is_empty()}>{ "—" }</option> }
                { for ["high", "medium", "low", "info"].iter().map(|s| html! { <option value={*s} selected={current == *s}>{ i18n.t(&format!("severity.{s}")) }</option> }) }
            </>}
        };
        html! {
            <tr class="pb-rule" data-rule={i.to_string()}>
                <td><select id={id("category")} aria-label={i18n.t("playbook.category")} onchange={on_select(|r, v| { r.category = v; r.attribute.clear(); r.test.clear(); r.value.clear(); })}>
                    { for taxonomy::categories().iter().map(|c| html! { <option value={c.id.as_str()} selected={c.id.as_str() == r.category}>{ cat_label(c) }</option> }) }
                </select></td>
                <td><select id={id("attribute")} aria-label={i18n.t("playbook.attribute")} onchange={on_select(|r, v| {
                        let tests = tests_for(attribute_kind(&r.category, &v).map(|k| k.0));
                        r.test = if v.is_empty() { String::new() } else { tests[0].to_string() };
                        r.attribute = v;
                        r.value.clear();
                    })}>
                    <option value="" selected={r.attribute.is_empty()}>{ i18n.t("playbook.required") }</option>
                    { for attrs.iter().map(|a| html! { <option value={a.clone()} selected={*a == r.attribute}>{ a.clone() }</option> }) }
                </select></td>
                <td>
                    if !r.attribute.is_empty() {
                        <select id={id("test")} aria-label={i18n.t("playbook.test")} onchange={on_select(|r, v| r.test = v)}>
                            { for tests_for(kind.as_ref().map(|k| k.0)).iter().map(|t| html! { <option value={*t} selected={r.test == *t}>{ i18n.t(&format!("playbook.test_{t}")) }</option> }) }
                        </select>
                        <input type="text" id={id("value")} size="10" aria-label={i18n.t("playbook.value")} placeholder={hint.clone()} value={r.value.clone()} oninput={on_input(|r, v| r.value = v)} />
                    }
                </td>
                <td><select id={id("severity")} aria-label={i18n.t("playbook.severity")} onchange={on_select(|r, v| r.severity = v)}>{ sev_options(&r.severity, false) }</select></td>
                <td>
                    if !r.attribute.is_empty() {
                        <input type="text" id={id("fallback")} size="6" aria-label={i18n.t("playbook.fallback")} placeholder={i18n.t("playbook.fallback")} value={r.fb_value.clone()} oninput={on_input(|r, v| r.fb_value = v)} />
                        <select id={id("fallback-severity")} aria-label={i18n.t("playbook.fallback_severity")} onchange={on_select(|r, v| r.fb_severity = v)}>{ sev_options(&r.fb_severity, true) }</select>
                        <label class="pb-unstated"><input type="checkbox" checked={r.unstated == "ok"} onchange={{
                            let edit = edit(|r, v| r.unstated = v);
                            Callback::from(move |e: Event| {
                                let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                                edit(if on { "ok".into() } else { "deviation".into() })
                            })
                        }} />{ i18n.t("playbook.unstated_ok") }</label>
                    }
                </td>
                <td><input type="text" id={id("note")} aria-label={i18n.t("playbook.note")} placeholder={i18n.t("playbook.note")} value={r.note.clone()} oninput={on_input(|r, v| r.note = v)} /></td>
                <td><button type="button" class="btn btn-small" aria-label={i18n.f("playbook.remove", &[("n", &(i + 1).to_string())])} onclick={remove}>{ "×" }</button></td>
            </tr>
        }
    };

    let in_use = props.setting.enabled && props.setting.json.is_some();
    html! {
        <section class="playbook-panel no-print" aria-labelledby="playbook-title">
            <details>
                <summary><h2 id="playbook-title">{ i18n.t("playbook.title") }</h2>
                    <span class="pb-status" data-testid="playbook-status">{
                        match (&parsed, in_use) {
                            (Some(p), true) => i18n.f("playbook.in_use", &[("name", &p.name), ("n", &p.rules.len().to_string())]),
                            (Some(p), false) => i18n.f("playbook.off", &[("name", &p.name)]),
                            (None, _) => i18n.t("playbook.none"),
                        }
                    }</span>
                </summary>
                <p class="pb-intro">{ i18n.t("playbook.intro") }</p>
                <div class="pb-bar">
                    <label><input type="checkbox" id="playbook-on" checked={in_use} disabled={props.setting.json.is_none()} onchange={on_toggle} />{ i18n.t("playbook.switch") }</label>
                    <label>{ i18n.t("playbook.preset") }
                        <select id="playbook-preset" onchange={on_preset}>
                            <option value="" selected=true>{ "—" }</option>
                            if props.org.is_some() { <option value="organisation">{ i18n.t("playbook.organisation") }</option> }
                            { for PRESETS.iter().map(|(n, _)| html! { <option value={*n}>{ *n }</option> }) }
                        </select>
                    </label>
                    <label>{ i18n.t("playbook.import") }
                        <input type="file" id="playbook-import" accept=".json,application/json" onchange={on_import} />
                    </label>
                </div>
                <label class="pb-name">{ i18n.t("playbook.name") }
                    <input type="text" id="playbook-name" value={(*name).clone()} oninput={on_name} />
                </label>
                <div class="pb-table-wrap">
                    <table class="pb-rules">
                        <thead><tr>
                            <th scope="col">{ i18n.t("playbook.category") }</th>
                            <th scope="col">{ i18n.t("playbook.attribute") }</th>
                            <th scope="col">{ i18n.t("playbook.test") }</th>
                            <th scope="col">{ i18n.t("playbook.severity") }</th>
                            <th scope="col">{ i18n.t("playbook.fallback") }</th>
                            <th scope="col">{ i18n.t("playbook.note") }</th>
                            <th scope="col"><span class="visually-hidden">{ i18n.t("playbook.remove_col") }</span></th>
                        </tr></thead>
                        <tbody>{ for rules.iter().enumerate().map(|(i, r)| row(i, r)) }</tbody>
                    </table>
                </div>
                <div class="pb-bar">
                    <button type="button" class="btn btn-small" id="playbook-add-rule" onclick={add_rule}>{ i18n.t("playbook.add_rule") }</button>
                    <button type="button" class="btn btn-small btn-primary" id="playbook-apply" onclick={apply}>{ i18n.t("playbook.apply") }</button>
                    <button type="button" class="btn btn-small" id="playbook-export" onclick={export}>{ i18n.t("playbook.export") }</button>
                </div>
                if let Some((ok, text)) = (*message).clone() {
                    <p class={classes!("pb-message", (!ok).then_some("pb-error"))} role="status" id="playbook-message">{ text }</p>
                }
            </details>
        </section>
    }
}
