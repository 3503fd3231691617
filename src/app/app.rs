//! The root component: owns the state and the engine, turns engine events into actions.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use yew::prelude::*;

use crate::components::header::Header;
use crate::components::input_panel::InputPanel;
use crate::components::results::Results;
use crate::dom;
use crate::engine::{Engine, EngineEvent};
use crate::protocol::{JobId, WordKind, WordMark};
use crate::i18n::{self, I18n, UiLang};
use crate::components::playbook::PlaybookPanel;
use crate::components::portfolio::PortfolioPanel;
use crate::state::{Action, Compare, Mark, PlaybookSetting, Side, SlotError, State};

/// The bundled example pair: our standard (A) and a supplier's DPA (B).
pub const EXAMPLE_PAIR: [&str; 2] =
    ["examples/smtp-dk-standardkontraktsbestemmelser.pdf", "examples/marketing-bureau-databehandleraftale.pdf"];
/// The EU Commission's standard contractual clauses (2021/915), English and German (EUR-Lex).
pub const REFERENCE: [(&str, &str); 2] = [("en", "reference/eu-scc-2021-915.en.txt"), ("de", "reference/eu-scc-2021-915.de.txt")];
/// What a deployment may put beside index.html: the organisation's playbook and standard DPA.
const DEPLOYED_PLAYBOOK: &str = "playbook.json";
const DEPLOYED_STANDARD: [&str; 4] = ["standard.pdf", "standard.docx", "standard.txt", "standard.md"];

/// The bundled version pair: an agreement and its next version.
pub const EXAMPLE_VERSIONS: [&str; 2] =
    ["examples/smtp-dk-standardkontraktsbestemmelser.txt", "examples/smtp-dk-standardkontraktsbestemmelser-v2.txt"];

/// What the portfolio's pool runs while the user picks files ([`crate::engine::Engine::warm_up_pool`]):
/// one document of each kind the portfolio reads (a PDF of each producer the examples have, a
/// Word file and a text with line-end hyphens), so that V8 optimises the code of every reader
/// before the files arrive.
pub const WARM_UP_DOCUMENTS: [&str; 4] = [
    "examples/smtp-dk-standardkontraktsbestemmelser.pdf",
    "examples/marketing-bureau-databehandleraftale.pdf",
    "examples/marketing-bureau-databehandleraftale.docx",
    "examples/smtp-dk-standardkontraktsbestemmelser-v2.txt",
];

/// Loads a file into a side: queues its analysis and records it.
pub type OnFile = Callback<(Side, String, Rc<Vec<u8>>)>;

/// A file for a side, with when the user asked for it (for the time to results).
type LoadRequest = (Side, String, Rc<Vec<u8>>, Option<f64>);

/// The MIME type of a .docx.
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Word files being written, by job: the name to download them as.
type PendingWord = Rc<RefCell<HashMap<JobId, String>>>;

/// A Word file written by the engine is downloaded; a Word job that fails is reported on the
/// console (the documents and their results are untouched). Anything else is an action.
fn on_engine_event(event: EngineEvent, pending: &PendingWord, dispatch: &dyn Fn(Action)) {
    let job = match &event {
        EngineEvent::Word { job, .. }
        | EngineEvent::Failed { job, .. }
        | EngineEvent::Crashed { job, .. }
        | EngineEvent::TimedOut { job, .. }
        | EngineEvent::Unavailable { job, .. } => Some(*job),
        _ => None,
    };
    let name = job.and_then(|job| pending.try_borrow_mut().ok().and_then(|mut p| p.remove(&job)));
    match (event, name) {
        (EngineEvent::Word { bytes, .. }, Some(name)) => {
            let _ = dom::download_bytes(&name, DOCX_MIME, &bytes);
        }
        (EngineEvent::Word { .. }, None) => {}
        (event, Some(name)) => {
            let why = match event {
                EngineEvent::Failed { message_en, .. } => message_en,
                EngineEvent::Crashed { detail, .. } | EngineEvent::Unavailable { detail, .. } => detail,
                EngineEvent::TimedOut { seconds, .. } => format!("stopped after {seconds} s"),
                _ => String::new(),
            };
            web_sys::console::warn_1(&format!("klausul: {name} could not be written: {why}").into());
        }
        (event, None) => dispatch(to_action(event)),
    }
}

fn to_action(event: EngineEvent) -> Action {
    match event {
        EngineEvent::Word { job, .. } => Action::Progress { job, step: crate::protocol::Stage::Reporting.into() },
        EngineEvent::Rows(rows) => Action::PortfolioRows(rows),
        EngineEvent::Progress { job, step } => Action::Progress { job, step },
        EngineEvent::Analyzed { job, result } => Action::Analyzed { job, result },
        EngineEvent::Compared { job, result } => Action::Compared { job, result, at: dom::now() },
        EngineEvent::Failed { job, file, message_en, message_da } => {
            Action::Failed { job, file: Some(file), error: SlotError { en: message_en, da: message_da, crashed: false } }
        }
        EngineEvent::Crashed { job, detail } => {
            web_sys::console::warn_1(&format!("klausul: engine worker crashed on job {job}: {detail}").into());
            Action::Failed { job, file: None, error: SlotError::ui("error.crashed", &[], true) }
        }
        EngineEvent::TimedOut { job, seconds } => Action::Failed {
            job,
            file: None,
            error: SlotError::ui("error.timed_out", &[("seconds", &seconds.to_string())], true),
        },
        EngineEvent::Unavailable { job, detail } => {
            Action::Failed { job, file: None, error: SlotError::ui("error.unavailable", &[("detail", &detail)], true) }
        }
    }
}

/// A bundled or deployed file that could not be fetched: the error shows in its side.
fn on_load_error_for(dispatcher: &UseReducerDispatcher<State>) -> Callback<(Side, String, String)> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |(side, name, message): (Side, String, String)| {
        web_sys::console::warn_1(&format!("klausul: could not load {name}: {message}").into());
        dispatcher.dispatch(Action::Load { side, name, bytes: Rc::new(Vec::new()), job: 0, at: None });
        dispatcher.dispatch(Action::Failed { job: 0, file: None, error: SlotError::ui("error.load", &[("message", &message)], false) });
    })
}

/// The file name of a file bundled with the app (`examples/x.pdf` → `x.pdf`).
fn bundled_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// Fetches a file bundled with the app (a relative URL) into a side; an error shows in that side.
fn fetch_into(load: &Callback<LoadRequest>, on_load_error: &Callback<(Side, String, String)>, side: Side, url: &'static str, clicked: Option<f64>) {
    let (load, on_load_error) = (load.clone(), on_load_error.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let name = bundled_name(url).to_string();
        match dom::fetch_bytes(url).await {
            Ok(bytes) => load.emit((side, name, Rc::new(bytes), clicked)),
            Err(e) => on_load_error.emit((side, name, e)),
        }
    });
}

/// The page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State {
        lang: UiLang::initial(),
        playbook: dom::load(PlaybookSetting::STORAGE_KEY).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default(),
        ..State::default()
    });
    let dispatcher = state.dispatcher();
    let pending: PendingWord = use_memo((), |_| Rc::new(RefCell::new(HashMap::new()))).as_ref().clone();
    let engine = {
        let dispatcher = dispatcher.clone();
        let pending = pending.clone();
        use_memo((), move |_| Engine::new(Callback::from(move |e| on_engine_event(e, &pending, &|a| dispatcher.dispatch(a)))))
    };
    let i18n = I18n { lang: state.lang };

    // The UI language: <html lang>, remembered.
    use_effect_with(state.lang, |lang| {
        dom::set_document_lang(lang.code());
    });

    // Compare as soon as both analyses are there.
    {
        let engine = engine.clone();
        let dispatcher = dispatcher.clone();
        let pair = state.pair_key();
        let running_or_done = match &state.compare {
            Compare::Running { key, .. } | Compare::Done { key, .. } | Compare::Failed { key, .. } => Some(key.clone()),
            Compare::None => None,
        };
        let inputs = Side::BOTH.map(|s| state.result(s).cloned());
        use_effect_with((pair, running_or_done), move |(pair, current)| {
            if let (Some(pair), [Some(a), Some(b)]) = (pair, inputs) {
                if current.as_ref() != Some(pair) {
                    let job = engine.compare(&a, &b);
                    dispatcher.dispatch(Action::CompareStarted { job, key: pair.clone() });
                }
            }
        });
    }

    // Reviewer marks: load for the documents on show, save on change.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(state.marks_storage_key(), move |key| {
            if let Some(key) = key {
                let marks: BTreeMap<String, Mark> =
                    dom::load(key).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
                dispatcher.dispatch(Action::MarksLoaded { key: key.clone(), marks });
            }
        });
    }
    use_effect_with((state.marks_key.clone(), state.marks.clone()), |(key, marks)| {
        if let Some(key) = key {
            if marks.is_empty() {
                dom::remove(key);
            } else if let Ok(json) = serde_json::to_string(marks) {
                dom::save(key, &json);
            }
        }
    });

    // The playbook: kept in this browser; a change re-reads the documents against it.
    {
        let setting = state.playbook.clone();
        use_effect_with(setting, |setting| {
            if let Ok(json) = serde_json::to_string(setting) {
                dom::save(PlaybookSetting::STORAGE_KEY, &json);
            }
        });
    }
    // What the deployment put beside index.html, fetched once from the app's own origin.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let playbook = match dom::fetch_optional(DEPLOYED_PLAYBOOK).await {
                    Some(bytes) => {
                        let json = String::from_utf8_lossy(&bytes).into_owned();
                        match klausul::playbook::Playbook::parse(&json) {
                            Ok(_) => Some(json),
                            Err(e) => {
                                web_sys::console::warn_1(&format!("klausul: {DEPLOYED_PLAYBOOK} is not used: {e}").into());
                                None
                            }
                        }
                    }
                    None => None,
                };
                let mut standard = None;
                for name in DEPLOYED_STANDARD {
                    if let Some(bytes) = dom::fetch_optional(name).await {
                        standard = Some((name.to_string(), Rc::new(bytes)));
                        break;
                    }
                }
                if playbook.is_some() || standard.is_some() {
                    dispatcher.dispatch(Action::Deployed { playbook, standard });
                }
            });
        });
    }

    // A document replaced or removed while it is read: its worker is stopped.
    let running_jobs = Side::BOTH.map(|s| state.slot(s).and_then(|slot| slot.job));
    // Loads a document; `at` is when the user asked for it (for the time to results).
    let playbook = state.playbook.active();
    let load: Callback<LoadRequest> = {
        let engine = engine.clone();
        let dispatcher = dispatcher.clone();
        Callback::from(move |(side, name, bytes, at): LoadRequest| {
            if let Some(old) = running_jobs[side.index()] {
                engine.cancel(old);
            }
            let job = engine.analyze(&name, bytes.clone(), playbook.clone());
            dispatcher.dispatch(Action::Load { side, name, bytes, job, at });
        })
    };
    let on_file: OnFile = load.reform(|(side, name, bytes)| (side, name, bytes, dom::now()));
    // A playbook switched on, off or changed: the loaded documents are read again against it.
    {
        let load = load.clone();
        let slots: Vec<(Side, String, Rc<Vec<u8>>)> = Side::BOTH
            .into_iter()
            .filter_map(|side| state.slot(side).filter(|s| !s.bytes.is_empty()).map(|s| (side, s.name.clone(), s.bytes.clone())))
            .collect();
        let first = use_mut_ref(|| true);
        use_effect_with(state.playbook.active(), move |_| {
            let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if !is_first {
                for (side, name, bytes) in slots {
                    load.emit((side, name, bytes, dom::now()));
                }
            }
        });
    }
    let on_playbook = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |setting| dispatcher.dispatch(Action::SetPlaybook(setting)))
    };
    // Our standard (deployed) or the EU clauses into A, fetched from the app's own origin.
    let on_standard = {
        let load = load.clone();
        let standard = state.standard.clone();
        Callback::from(move |()| {
            if let Some((name, bytes)) = standard.clone() {
                load.emit((Side::A, name, bytes, dom::now()));
            }
        })
    };
    let on_reference = {
        let load = load.clone();
        let on_load_error = on_load_error_for(&dispatcher);
        let engine = engine.clone();
        let b_lang = state.result(Side::B).and_then(|r| r.analysis.document.language).map(|l| l.as_str());
        Callback::from(move |()| {
            engine.warm_up();
            let url = REFERENCE.iter().find(|(l, _)| Some(*l) == b_lang).unwrap_or(&REFERENCE[0]).1;
            fetch_into(&load, &on_load_error, Side::A, url, dom::now());
        })
    };
    let on_load_error = on_load_error_for(&dispatcher);
    let on_example = {
        let load = load.clone();
        let on_load_error = on_load_error.clone();
        let engine = engine.clone();
        Callback::from(move |urls: [&'static str; 2]| {
            engine.warm_up();
            let clicked = dom::now();
            // Both fetched at once; each starts its analysis as soon as it is in.
            for (side, url) in Side::BOTH.into_iter().zip(urls) {
                fetch_into(&load, &on_load_error, side, url, clicked);
            }
        })
    };
    let on_warm_up = {
        let engine = engine.clone();
        Callback::from(move |()| engine.warm_up())
    };
    // Heading for the portfolio (opening its section, reaching its file buttons, dragging files
    // over its drop zone) also has the pool's workers run the engine on the bundled warm-up
    // documents, so that V8 optimises its code before the files arrive (again on a later visit
    // to the buttons, until the pool has run enough documents).
    let on_pool_warm_up = {
        let engine = engine.clone();
        Callback::from(move |()| {
            engine.warm_up();
            if engine.wants_pool_warm_up() {
                let engine = engine.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let mut documents = Vec::new();
                    for url in WARM_UP_DOCUMENTS {
                        if let Ok(bytes) = dom::fetch_bytes(url).await {
                            documents.push((bundled_name(url).to_string(), Rc::new(bytes)));
                        }
                    }
                    engine.warm_up_pool(documents);
                });
            }
        })
    };
    let on_lang = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |lang: UiLang| {
            dom::save(i18n::STORAGE_KEY, lang.code());
            dispatcher.dispatch(Action::SetLang(lang));
        })
    };
    let on_action = {
        let engine = engine.clone();
        let dispatcher = dispatcher.clone();
        Callback::from(move |a: Action| {
            let stopped: Vec<Side> = match &a {
                Action::Clear(side) => vec![*side],
                Action::ClearAll => Side::BOTH.to_vec(),
                _ => Vec::new(),
            };
            for job in stopped.into_iter().filter_map(|s| running_jobs[s.index()]) {
                engine.cancel(job);
            }
            dispatcher.dispatch(a)
        })
    };

    // A Word file: the redline of A to B, or the review of B (or of the only document), with the
    // reviewer's marks on that document; written in a worker and downloaded when it arrives.
    let on_word = {
        let engine = engine.clone();
        let state = state.clone();
        Callback::from(move |(kind, author): (WordKind, String)| {
            let [a, b] = Side::BOTH.map(|s| state.result(s).cloned());
            let stem = |d: &Rc<crate::engine::DocResult>| crate::components::export::stem(&d.analysis.document.name).to_string();
            let (docs, side, name) = match (kind, &a, &b) {
                (WordKind::Redline, Some(a), Some(b)) => ([Some(a.clone()), Some(b.clone())], Side::B, format!("klausul-{}-vs-{}-redline.docx", stem(a), stem(b))),
                (WordKind::Review, _, Some(b)) => ([Some(b.clone()), None], Side::B, format!("klausul-{}-review.docx", stem(b))),
                (WordKind::Review, Some(a), None) => ([Some(a.clone()), None], Side::A, format!("klausul-{}-review.docx", stem(a))),
                _ => return,
            };
            let prefix = format!("{}:", side.as_str());
            let marks = state
                .marks
                .iter()
                .filter_map(|(key, mark)| {
                    let key = key.strip_prefix(&prefix)?;
                    Some(WordMark {
                        key: key.to_string(),
                        accepted: mark.status == crate::state::MarkStatus::Accepted,
                        dismissed: mark.status == crate::state::MarkStatus::Dismissed,
                        note: mark.note.clone(),
                    })
                })
                .collect();
            let author = if author.trim().is_empty() { "Klausul".to_string() } else { author.trim().to_string() };
            let job = engine.word(kind, [docs[0].as_deref(), docs[1].as_deref()], &author, &dom::now_iso(), state.lang.code(), marks);
            if let Ok(mut p) = pending.try_borrow_mut() {
                p.insert(job, name);
            }
        })
    };

    // The portfolio: the files are queued in the engine at once, which hands them to a pool of
    // workers, as many as the device has cores (at most 8); each worker reads its file itself.
    let on_portfolio_add = {
        let dispatcher = dispatcher.clone();
        let engine = engine.clone();
        let playbook = state.playbook.active();
        let standard = state.result(Side::A).cloned();
        Callback::from(move |files: Vec<(String, web_sys::File)>| {
            engine.review_rows(&files, playbook.clone(), standard.as_deref(), |jobs| {
                let added = files.iter().cloned().zip(jobs).map(|((name, file), job)| (name, file, job)).collect();
                dispatcher.dispatch(Action::PortfolioAdd(added));
            });
        })
    };
    let on_portfolio_clear = {
        let dispatcher = dispatcher.clone();
        let engine = engine.clone();
        Callback::from(move |()| {
            engine.cancel_portfolio();
            dispatcher.dispatch(Action::PortfolioClear)
        })
    };
    // A row opens its file as B (our standard, if loaded, stays A): read again, never kept.
    let on_portfolio_open = {
        let load = load.clone();
        let files: Vec<(String, web_sys::File)> = state.portfolio.files.iter().map(|f| (f.name.clone(), f.file.clone())).collect();
        Callback::from(move |i: usize| {
            if let Some((name, file)) = files.get(i).cloned() {
                let load = load.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(bytes) = dom::read_file(&file).await {
                        load.emit((Side::B, name, Rc::new(bytes), dom::now()));
                        dom::focus_id("results");
                    }
                });
            }
        })
    };
    let playbook_name = state
        .playbook
        .active()
        .and_then(|j| serde_json::from_str::<klausul::playbook::Playbook>(&j).ok())
        .map(|p| p.name);
    let standard_name = state.result(Side::A).map(|r| r.analysis.document.name.clone());

    html! {
        <ContextProvider<I18n> context={i18n}>
            <Header lang={state.lang} {on_lang} />
            <main id="main">
                <InputPanel
                    state={state.clone()}
                    {on_file}
                    on_example={on_example}
                    {on_warm_up}
                    on_action={on_action.clone()}
                    standard={state.standard.as_ref().map(|(n, _)| n.clone())}
                    {on_standard}
                    {on_reference}
                />
                <PlaybookPanel setting={state.playbook.clone()} org={state.org_playbook.clone()} on_change={on_playbook} />
                <PortfolioPanel portfolio={state.portfolio.clone()} playbook={playbook_name} standard={standard_name}
                    on_add={on_portfolio_add} on_clear={on_portfolio_clear} on_open={on_portfolio_open} on_warm_up={on_pool_warm_up} />
                <Results state={state.clone()} {on_action} {on_word} />
            </main>
            <footer class="site-footer">
                <p>{ i18n.t("footer.privacy") }</p>
            </footer>
        </ContextProvider<I18n>>
    }
}
