//! The portfolio review: many supplier DPAs at once (files or a whole folder), one row each with
//! the columns of `klausul review`, analysed by a pool of workers; sortable, filterable, exported
//! as the CLI's CSV and JSON. Only the rows are kept; opening a row reads its file again.

use std::rc::Rc;

use klausul::review::{Review, Row, Status, COLUMNS};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::dom;
use crate::i18n::use_i18n;
use crate::state::Portfolio;

/// Props of [`PortfolioPanel`].
#[derive(Properties, PartialEq)]
pub struct PortfolioProps {
    /// The portfolio.
    pub portfolio: Portfolio,
    /// The playbook's name, when one is in use (the JSON names it, as the CLI's `--playbook`).
    pub playbook: Option<String>,
    /// Our standard's file name, when A holds one (the JSON names it, as the CLI's `--against`).
    pub standard: Option<String>,
    /// Files to add.
    pub on_add: Callback<Vec<(String, web_sys::File)>>,
    /// Empty the portfolio.
    pub on_clear: Callback<()>,
    /// Open a row's file as B (our standard stays A).
    pub on_open: Callback<usize>,
    /// The user heads for the file buttons: start the engine's workers.
    pub on_warm_up: Callback<()>,
}

/// The files of a file list that Klausul reads (.pdf, .docx, .txt, .md).
fn readable(list: Option<web_sys::FileList>) -> Vec<(String, web_sys::File)> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter(|f| {
            let n = f.name().to_lowercase();
            [".pdf", ".docx", ".txt", ".md"].iter().any(|e| n.ends_with(e))
        })
        .map(|f| (f.name(), f))
        .collect()
}

/// The review of the rows made so far, as the CLI writes it.
pub fn review(portfolio: &Portfolio, playbook: Option<String>, standard: Option<String>) -> Review {
    let rows: Vec<Row> = portfolio.files.iter().filter_map(|f| f.row.as_deref().cloned()).collect();
    let mut r = Review::new(rows);
    r.playbook = playbook;
    r.standard = standard;
    r
}

/// The portfolio panel.
#[function_component(PortfolioPanel)]
pub fn portfolio_panel(props: &PortfolioProps) -> Html {
    let i18n = use_i18n();
    let sort = use_state(|| (0usize, false)); // (column, descending)
    let filter = use_state(String::new);
    let p = &props.portfolio;

    let on_files = {
        let on_add = props.on_add.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                let files = readable(input.files());
                input.set_value("");
                if !files.is_empty() {
                    on_add.emit(files);
                }
            }
        })
    };
    let on_drop = {
        let on_add = props.on_add.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = readable(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                on_add.emit(files);
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default()))
    };
    // The report is made when a button is pressed, not on every render (a render per row).
    let export = |csv: bool| {
        let (portfolio, playbook, standard) = (p.clone(), props.playbook.clone(), props.standard.clone());
        Callback::from(move |_: MouseEvent| {
            let r = review(&portfolio, playbook.clone(), standard.clone());
            if csv {
                if let Ok(text) = klausul::review::csv(&r) {
                    let _ = dom::download("klausul-review.csv", "text/csv", &text);
                }
            } else {
                let _ = dom::download("klausul-review.json", "application/json", &klausul::review::render::json(&r));
            }
        })
    };

    // The rows on show: filtered by any cell, sorted by the chosen column (numbers as numbers).
    let q = filter.to_lowercase();
    let mut rows: Vec<(usize, Vec<String>, Rc<Row>)> = p
        .files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.row.clone().map(|r| (i, r.cells(), r)))
        .filter(|(_, cells, _)| q.is_empty() || cells.iter().any(|c| c.to_lowercase().contains(&q)))
        .collect();
    let (col, desc) = *sort;
    rows.sort_by(|a, b| {
        let (x, y) = (&a.1[col.min(a.1.len() - 1)], &b.1[col.min(b.1.len() - 1)]);
        let ord = match (x.parse::<f64>(), y.parse::<f64>()) {
            (Ok(m), Ok(n)) => m.total_cmp(&n),
            _ => x.cmp(y),
        }
        .then_with(|| a.2.file.cmp(&b.2.file));
        if desc { ord.reverse() } else { ord }
    });
    let pending: Vec<&str> = p.files.iter().filter(|f| f.row.is_none()).map(|f| f.name.as_str()).collect();
    let header = |i: usize, name: &str| {
        let sort = sort.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let (c, d) = *sort;
            sort.set((i, if c == i { !d } else { false }));
        });
        let state = if col == i { if desc { "descending" } else { "ascending" } } else { "none" };
        html! { <th scope="col" aria-sort={state}><button type="button" class="btn-link pf-sort" {onclick}>{ name.to_string() }</button></th> }
    };
    // One callback for every row, the same from render to render, so that a row whose data did
    // not change is not drawn again (the table is drawn once per batch of new rows).
    let on_open_now = use_mut_ref(|| props.on_open.clone());
    *on_open_now.borrow_mut() = props.on_open.clone();
    let open = use_memo((), move |_| Callback::from(move |i: usize| on_open_now.borrow().emit(i)));
    let open_title = i18n.t("portfolio.open");

    html! {
        <section class="portfolio-panel no-print" aria-labelledby="portfolio-title">
            <details open={!p.files.is_empty()}>
                // Opening the section is the first sign of a portfolio on its way (the summary's
                // click comes from the keyboard too): the warm-up starts then, a second or more
                // before the pointer reaches the file buttons.
                <summary onclick={props.on_warm_up.reform(|_: MouseEvent| ())}><h2 id="portfolio-title">{ i18n.t("portfolio.title") }</h2>
                    if !p.files.is_empty() {
                        <span class="pf-progress" data-testid="portfolio-progress" aria-live="polite">
                            { i18n.f("portfolio.progress", &[("n", &p.done().to_string()), ("total", &p.files.len().to_string())]) }
                        </span>
                    }
                </summary>
                <p class="pf-intro">{ i18n.t("portfolio.intro") }</p>
                // Files dragged in from outside fire no pointer events: the drag's arrival starts
                // the warm-up as the pointer's does.
                <div class="pf-drop" ondrop={on_drop} ondragover={on_dragover}
                    ondragenter={props.on_warm_up.reform(|_: DragEvent| ())}
                    onpointerenter={props.on_warm_up.reform(|_: PointerEvent| ())} onfocusin={props.on_warm_up.reform(|_: FocusEvent| ())}>
                    <label class="btn btn-small">{ i18n.t("portfolio.files") }
                        <input type="file" id="portfolio-files" class="visually-hidden" multiple=true accept=".pdf,.docx,.txt,.md,.html,.htm" onchange={on_files.clone()} />
                    </label>
                    <label class="btn btn-small">{ i18n.t("portfolio.folder") }
                        <input type="file" id="portfolio-folder" class="visually-hidden" webkitdirectory=true multiple=true onchange={on_files} />
                    </label>
                    <span class="pf-hint">{ i18n.t("portfolio.drop") }</span>
                </div>
                if !p.files.is_empty() {
                    <div class="pf-bar">
                        <label>{ i18n.t("portfolio.filter") }<input type="search" id="portfolio-filter" value={(*filter).clone()} oninput={on_filter} /></label>
                        <button type="button" class="btn btn-small" id="portfolio-export-csv" onclick={export(true)}>{ "CSV" }</button>
                        <button type="button" class="btn btn-small" id="portfolio-export-json" onclick={export(false)}>{ "JSON" }</button>
                        <button type="button" class="btn btn-small" onclick={props.on_clear.reform(|_| ())}>{ i18n.t("portfolio.clear") }</button>
                    </div>
                    <div class="table-wrap pf-wrap" role="region" aria-label={i18n.t("portfolio.table")} tabindex="0">
                        <table class="pf-table">
                            <thead><tr>{ for COLUMNS.iter().enumerate().filter(|(i, _)| *i != 1).map(|(i, c)| header(i, c)) }</tr></thead>
                            <tbody>
                                { for rows.iter().map(|(i, _, row)| html! {
                                    <PortfolioRow key={*i} index={*i} row={row.clone()} on_open={(*open).clone()} title={open_title.clone()} />
                                }) }
                                { for pending.iter().map(|n| html! {
                                    <tr class="pf-row pf-pending"><th scope="row">{ n.to_string() }</th><td colspan={(COLUMNS.len() - 2).to_string()}>{ i18n.t("portfolio.pending") }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </section>
    }
}

/// Props of [`PortfolioRow`].
#[derive(Properties, PartialEq)]
struct RowProps {
    /// The file's index in the portfolio.
    index: usize,
    row: Rc<Row>,
    /// Opens the file (by index).
    on_open: Callback<usize>,
    /// The open button's title.
    title: String,
}

/// One row of the table; drawn again only when its row (or the language) changes.
#[function_component(PortfolioRow)]
fn portfolio_row(props: &RowProps) -> Html {
    let row = &props.row;
    let status_class = match row.status {
        Status::Ok => "pf-ok",
        Status::NotADpa => "pf-not-dpa",
        Status::Error => "pf-error",
    };
    let onclick = {
        let (on_open, i) = (props.on_open.clone(), props.index);
        Callback::from(move |_: MouseEvent| on_open.emit(i))
    };
    let severity_cell = |name: &str, value: String| -> Html {
        let sev = match name {
            "findings_high" => Some("high"),
            "findings_medium" => Some("medium"),
            "findings_low" => Some("low"),
            _ => None,
        };
        match sev {
            Some(s) if value != "0" && !value.is_empty() => html! { <span class={classes!("badge", format!("sev-{s}"))}>{ value }</span> },
            _ => html! { { value } },
        }
    };
    let mut cells = row.cells().into_iter().enumerate().filter(|(k, _)| *k != 1);
    let first = cells.next().map(|(_, v)| v).unwrap_or_default();
    html! {
        <tr class={classes!("pf-row", status_class)} data-file={row.file.clone()} data-status={row.status.as_str()}>
            <th scope="row"><button type="button" class="btn-link" {onclick} title={props.title.clone()}>{ first }</button></th>
            { for cells.map(|(k, v)| html! { <td>{ severity_cell(COLUMNS.get(k).copied().unwrap_or_default(), v) }</td> }) }
        </tr>
    }
}
