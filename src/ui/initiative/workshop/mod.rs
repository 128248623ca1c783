//! The ministry's workshop (`/initiatives/workshop`, seed 000: "Ehdotusten keruu ‒ Yhdessä
//! työstäminen ‒ Työpaja 27.9."): any number of initiative and interest files opened, the table of
//! candidate projects by target with filters, joins with a chosen lead and title (undoable),
//! interests naming only a target taken in or not, each candidate's file for its lead; and the
//! printable workshop list (`/initiatives/workshop/print`, [`WorkshopPrintPage`]). The domain does
//! the work (`domain::initiative::workshop`); these pages show it and keep it
//! (`storage::initiative_workshop`).

mod print;
pub mod state;

pub use print::WorkshopPrintPage;

use crate::domain::initiative::workshop::{Candidate, CandidateKey, Part, TargetGroup, Workshop};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::initiative::{self as words, I};
use crate::i18n::T;
use crate::storage::SaveError;
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use state::{joint_project_file, use_workshop, Doc, Outcome, WorkshopState};

/// A municipality's value in the workshop's choices: the register's code, or as typed.
fn who_value(m: &crate::domain::initiative::workshop::Who) -> String {
    m.register.map_or_else(|| m.typed.clone(), |r| r.code.clone())
}

/// The words for why a municipality is in a group.
fn parts(lang: Lang, parts: &[Part]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for p in parts {
        let w = match p {
            Part::Proposes(_) => I::WorkshopPartProposes,
            Part::OnBoard(_) => I::WorkshopPartOnBoard,
            Part::Interested(_) => I::WorkshopPartInterested,
        }
        .get(lang);
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words.join(", ")
}

/// A contact as one line: name, e-mail, phone (those given).
pub(crate) fn contact_line(c: &crate::domain::initiative::model::RawContact) -> String {
    [&c.name, &c.email, &c.phone]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A municipality of a group as a list item: its name, why it is there, its contact.
pub(crate) fn member_item(l: Lang, m: &crate::domain::initiative::workshop::Member) -> impl IntoView {
    let contact = contact_line(&m.contact);
    let contact = (!contact.is_empty()).then(|| format!(" – {contact}"));
    view! { <li>{m.who.name(l).to_string()} " (" {parts(l, &m.parts)} ")" {contact}</li> }
}

/// The filters' choice of target: every target, one, or "no target".
fn group_value(g: &TargetGroup) -> String {
    g.target.map_or_else(|| "none".to_string(), |t| t.id().to_string())
}

fn target_name(lang: Lang, t: Option<Target>) -> String {
    t.map_or_else(
        || I::WorkshopNoTarget.get(lang).to_string(),
        |t| crate::i18n::target(lang, t).to_string(),
    )
}

/// Whether the candidate matches the municipality filter (a key) and the text filter (lower case).
fn matches(c: &Candidate, lang: Lang, municipality: &str, needle: &str) -> bool {
    let p = &c.project;
    let who_ok = municipality.is_empty()
        || p.members().iter().any(|m| m.who.key() == municipality)
        || p.candidates
            .iter()
            .any(|x| crate::domain::initiative::workshop::Who::of(&x.municipality).key() == municipality);
    if !who_ok {
        return false;
    }
    if needle.is_empty() {
        return true;
    }
    let mut hay: Vec<String> = vec![p.title.clone()];
    for i in &p.initiatives {
        hay.push(i.title.clone());
        hay.push(i.earlier_work.clone());
        for d in crate::domain::initiative::model::Description::ALL {
            hay.push(d.of(&i.descriptions).to_string());
        }
    }
    for m in p.members() {
        hay.push(m.who.name(lang).to_string());
        hay.push(m.who.typed.clone());
    }
    for x in p.interests.iter().chain(&p.candidates) {
        hay.push(x.municipality.clone());
        hay.push(x.need.clone());
    }
    hay.iter().any(|h| h.to_lowercase().contains(needle))
}

/// The ministry's workshop page.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| I::WorkshopTitle.get(l).to_string(), || false);
    let state = use_workshop();
    let on_files = Callback::new(move |list: web_sys::FileList| state.open_files(list, lang.get_untracked()));

    view! {
        <h1>{text(lang, I::WorkshopTitle)}</h1>
        <p class="lead">{text(lang, I::WorkshopIntro)}</p>
        <SaveProblem state />
        <p><a href="/initiatives/workshop/print" id="to-workshop-print">{text(lang, I::WorkshopToPrint)}</a></p>
        <section aria-labelledby="workshop-files-title">
            <h2 id="workshop-files-title">{text(lang, I::WorkshopFilesTitle)}</h2>
            <FileDrop id="workshop-files" label=I::WorkshopChooseFiles hint=T::DropFilesHint multiple=true on_files />
            <Outcomes state />
            <OpenedFiles state />
            <state::RemovedNotice state />
        </section>
        <WorkshopTable state />
        <Candidates state />
    }
}

/// The write that did not happen, said on the page.
#[component]
fn SaveProblem(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    move || {
        state.problem.get().map(|e| {
            let key = if e == SaveError::Damaged { I::WorkshopSaveDamaged } else { I::WorkshopSaveFailed };
            view! { <div class="error-summary" role="alert" id="workshop-save-problem"><p>{key.get(lang.get())}</p></div> }
        })
    }
}

/// What became of each file chosen last.
#[component]
fn Outcomes(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div role="status" id="workshop-outcomes">
            <Show when=move || state.outcomes.with(|o| !o.is_empty())>
                <h3>{text(lang, I::WorkshopOutcomes)}</h3>
                <ul>
                    {move || {
                        let l = lang.get();
                        state.outcomes.get().into_iter().map(|o| match o {
                            Outcome::Read { source, interest, same } => {
                                let read = if interest { I::WorkshopReadInterest } else { I::WorkshopReadInitiative };
                                let same = same.map(|newer| if newer { I::WorkshopReplaced } else { I::WorkshopOlderKept }.get(l));
                                view! { <li class="outcome read"><strong>{source}</strong> ": " {read.get(l)} " " {same}</li> }.into_any()
                            }
                            Outcome::Refused { source, error } => view! {
                                <li class="outcome refused"><strong>{source}</strong> ": " {I::WorkshopRefused.get(l)} " "
                                    <span class="error-message">{words::import_error(l, &error)}</span></li>
                            }.into_any(),
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </div>
    }
}

/// The files open, each with its remove.
#[component]
fn OpenedFiles(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Show when=move || state.opened.with(|o| !o.is_empty()) fallback=move || view! { <p id="workshop-no-files">{text(lang, I::WorkshopNoFiles)}</p> }>
            <ul class="workshop-opened" id="workshop-opened">
                {move || {
                    let l = lang.get();
                    state.opened.get().into_iter().enumerate().map(|(k, f)| {
                        let (kind, name) = match &f.doc {
                            Doc::Initiative(i) => (I::Initiative, format!("”{}” ({})", i.title.trim(), crate::domain::initiative::workshop::Who::of(&i.municipality).name(l))),
                            Doc::Interest(x) => (I::Interest, crate::domain::initiative::workshop::Who::of(&x.municipality).name(l).to_string()),
                        };
                        let source = f.source.clone();
                        view! {
                            <li>
                                {kind.get(l)} ": " {name} " " <span class="file-name">{f.source.clone()}</span> " "
                                <button type="button" class="button secondary small remove-file" id=format!("remove-file-{k}") on:click=move |_| state.remove(k)>
                                    {I::WorkshopRemove.get(l)}<span class="visually-hidden">": " {source}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
        </Show>
    }
}

/// The table by target, its filters, and the join of the rows chosen.
#[component]
fn WorkshopTable(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    let target_filter = RwSignal::new(String::new());
    let who_filter = RwSignal::new(String::new());
    let text_filter = RwSignal::new(String::new());
    // The candidates chosen for a join, by their first initiative.
    let selected = RwSignal::new(Vec::<String>::new());
    let join_error = RwSignal::new(false);
    let joined = RwSignal::new(None::<String>);
    // The lead chosen for the next join: kept while rows are ticked (the options are rebuilt then).
    let lead_chosen = RwSignal::new(String::new());
    let title_input = NodeRef::<leptos::html::Input>::new();

    // The municipalities the filter offers: (key, name), by name.
    let municipalities = Memo::new(move |_| {
        let l = lang.get();
        let mut all: Vec<(String, String)> = Vec::new();
        state.table.with(|t| {
            for c in &t.candidates {
                let whos = c.project.members().into_iter().map(|m| m.who).chain(
                    c.project
                        .candidates
                        .iter()
                        .map(|x| crate::domain::initiative::workshop::Who::of(&x.municipality)),
                );
                for who in whos {
                    if !all.iter().any(|(k, _)| *k == who.key()) {
                        all.push((who.key(), who.name(l).to_string()));
                    }
                }
            }
        });
        all.sort_by(|a, b| a.1.cmp(&b.1));
        all
    });
    // The rows shown: (group, candidate) positions, and how many rows there are in all.
    let rows = Memo::new(move |_| {
        let l = lang.get();
        let target = target_filter.get();
        let who = who_filter.get();
        let needle = text_filter.get().trim().to_lowercase();
        state.table.with(|t| {
            let mut shown: Vec<(usize, Vec<usize>)> = Vec::new();
            let mut all = 0;
            for (g, group) in t.groups.iter().enumerate() {
                all += group.candidates.len();
                if !target.is_empty() && group_value(group) != target {
                    continue;
                }
                let ks: Vec<usize> = group
                    .candidates
                    .iter()
                    .copied()
                    .filter(|&k| matches(&t.candidates[k], l, &who, &needle))
                    .collect();
                if !ks.is_empty() {
                    shown.push((g, ks));
                }
            }
            (shown, all)
        })
    });
    // The municipalities of the candidates chosen, for the lead's choice.
    let leads = Memo::new(move |_| {
        let l = lang.get();
        let chosen = selected.get();
        let mut out: Vec<(String, String)> = Vec::new();
        state.table.with(|t| {
            for c in t
                .candidates
                .iter()
                .filter(|c| chosen.contains(&c.project.initiatives[0].id))
            {
                for m in c.project.members() {
                    let value = who_value(&m.who);
                    if !out.iter().any(|(v, _)| *v == value) {
                        out.push((value, m.who.name(l).to_string()));
                    }
                }
            }
        });
        out
    });
    let join = move |_| {
        let chosen = selected.get_untracked();
        let ids: Vec<String> = state.table.with_untracked(|t| {
            t.candidates
                .iter()
                .filter(|c| chosen.contains(&c.project.initiatives[0].id))
                .flat_map(|c| c.project.initiatives.iter().map(|i| i.id.clone()))
                .collect()
        });
        if ids.len() < 2 {
            join_error.set(true);
            joined.set(None);
            return;
        }
        // The lead chosen, while it is among the municipalities offered; else the first offered.
        let offered = leads.get_untracked();
        let lead = lead_chosen.get_untracked();
        let lead = if offered.iter().any(|(v, _)| *v == lead) {
            lead
        } else {
            offered.first().map(|(v, _)| v.clone()).unwrap_or_default()
        };
        let lead_name = offered
            .iter()
            .find(|(v, _)| *v == lead)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        let title = title_input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        state.change(|w| {
            w.join(&refs, &lead, &title);
        });
        if let Some(i) = title_input.get_untracked() {
            i.set_value("");
        }
        selected.set(Vec::new());
        lead_chosen.set(String::new());
        join_error.set(false);
        joined.set(Some(words::workshop_joined(lang.get_untracked(), &lead_name)));
    };

    view! {
        <section aria-labelledby="workshop-table-title">
            <h2 id="workshop-table-title">{text(lang, I::WorkshopTableTitle)}</h2>
            <Show when=move || state.table.with(|t| !t.candidates.is_empty()) fallback=move || view! { <p>{text(lang, I::WorkshopNoCandidates)}</p> }>
                <fieldset class="filters">
                    <legend>{text(lang, I::WorkshopFilters)}</legend>
                    <FieldFrame id="workshop-filter-target" label=tr(I::WorkshopFilterTarget) label_class="label">
                        <select id="workshop-filter-target" class="input" on:change=move |ev| target_filter.set(event_target_value(&ev))>
                            <option value="">{text(lang, I::WorkshopFilterAll)}</option>
                            {move || {
                                let l = lang.get();
                                state.table.with(|t| t.groups.iter().map(|g| {
                                    let value = group_value(g);
                                    let chosen = value == target_filter.get_untracked();
                                    view! { <option value=value selected=chosen>{target_name(l, g.target)}</option> }
                                }).collect_view())
                            }}
                        </select>
                    </FieldFrame>
                    <FieldFrame id="workshop-filter-municipality" label=tr(I::WorkshopFilterMunicipality) label_class="label">
                        <select id="workshop-filter-municipality" class="input" on:change=move |ev| who_filter.set(event_target_value(&ev))>
                            <option value="">{text(lang, I::WorkshopFilterAll)}</option>
                            {move || municipalities.get().into_iter().map(|(key, name)| {
                                let chosen = key == who_filter.get_untracked();
                                view! { <option value=key selected=chosen>{name}</option> }
                            }).collect_view()}
                        </select>
                    </FieldFrame>
                    <FieldFrame id="workshop-filter-text" label=tr(I::WorkshopFilterText) label_class="label">
                        <input id="workshop-filter-text" class="input" type="search" on:input=move |ev| text_filter.set(event_target_value(&ev)) />
                    </FieldFrame>
                    <p role="status" id="workshop-shown">
                        {move || {
                            let (shown, all) = rows.get();
                            words::workshop_shown(lang.get(), shown.iter().map(|(_, ks)| ks.len()).sum(), all)
                        }}
                    </p>
                </fieldset>
                {move || {
                    let l = lang.get();
                    let (shown, _) = rows.get();
                    state.table.with(|t| shown.into_iter().map(|(g, ks)| {
                        let group = &t.groups[g];
                        let heading = format!("workshop-group-{}", group_value(group));
                        let (heading_h3, heading_table) = (heading.clone(), heading.clone());
                        let rows = ks.into_iter().map(|k| candidate_row(l, state, selected, &t.candidates[k], &format!("{g}-{k}"))).collect_view();
                        view! {
                            <section class="workshop-group" aria-labelledby=heading>
                                <h3 id=heading_h3>{target_name(l, group.target)}</h3>
                                <div class="table-scroll">
                                    <table class="workshop-table" aria-labelledby=heading_table>
                                        <thead>
                                            <tr>
                                                <th scope="col">{I::WorkshopColSelect.get(l)}</th>
                                                <th scope="col">{I::WorkshopColInitiative.get(l)}</th>
                                                <th scope="col">{I::WorkshopColProposers.get(l)}</th>
                                                <th scope="col">{I::WorkshopColInterested.get(l)}</th>
                                                <th scope="col" class="num">{I::WorkshopColCount.get(l)}</th>
                                            </tr>
                                        </thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                            </section>
                        }
                    }).collect_view())
                }}
                <Unplaced state />
                <section class="workshop-join" aria-labelledby="workshop-join-title">
                    <h2 id="workshop-join-title">{text(lang, I::WorkshopJoinTitle)}</h2>
                    <p>{text(lang, I::WorkshopJoinIntro)}</p>
                    <FieldFrame id="workshop-join-lead" label=tr(I::WorkshopLead) label_class="label">
                        <select id="workshop-join-lead" class="input" on:change=move |ev| lead_chosen.set(event_target_value(&ev))>
                            {move || {
                                let chosen = lead_chosen.get();
                                leads.get().into_iter().map(|(value, name)| {
                                    let on = value == chosen;
                                    view! { <option value=value prop:selected=on>{name}</option> }
                                }).collect_view()
                            }}
                        </select>
                    </FieldFrame>
                    <FieldFrame id="workshop-join-title-input" label=tr(I::WorkshopProjectTitle) label_class="label" hint=Some(tr(I::WorkshopProjectTitleHint))>
                        <input id="workshop-join-title-input" class="input" type="text" aria-describedby="workshop-join-title-input-hint" node_ref=title_input />
                    </FieldFrame>
                    <Show when=move || join_error.get()>
                        <p class="error-message" id="workshop-join-error" role="alert">{text(lang, I::WorkshopJoinTooFew)}</p>
                    </Show>
                    <p><button type="button" class="button" id="workshop-join" on:click=join>{text(lang, I::WorkshopJoin)}</button></p>
                    <p role="status" id="workshop-join-status">{move || joined.get()}</p>
                </section>
            </Show>
        </section>
    }
}

/// Applies `f` to the workshop once the browser has moved focus where the user sent it (a change
/// event comes before the focus moves on), and puts focus back on that element, by its id, once the
/// table and the candidates are built again: they are rebuilt whole on every change, which would
/// leave a keyboard user on the page's body. Without an element to go back to, focus goes to
/// `fallback` (an id).
fn change_keeping_focus(state: WorkshopState, fallback: Option<&'static str>, f: impl FnOnce(&mut Workshop) + 'static) {
    request_animation_frame(move || {
        let active = document().active_element().map(|e| e.id()).filter(|id| !id.is_empty());
        state.change(f);
        request_animation_frame(
            move || match active.filter(|id| document().get_element_by_id(id).is_some()) {
                Some(id) => crate::ui::dom::focus_now(&id),
                None => {
                    if let Some(id) = fallback {
                        crate::ui::dom::focus_now(id);
                    }
                }
            },
        );
    });
}

/// One row of the table: the candidate project under one of its targets.
fn candidate_row(
    l: Lang,
    state: WorkshopState,
    selected: RwSignal<Vec<String>>,
    c: &Candidate,
    place: &str,
) -> AnyView {
    let p = &c.project;
    let first = p.initiatives[0].id.clone();
    let check_id = format!("workshop-select-{place}");
    let chosen = {
        let first = first.clone();
        move || selected.with(|s| s.contains(&first))
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        selected.update(|s| {
            s.retain(|x| *x != first);
            if on {
                s.push(first.clone());
            }
        });
    };
    let joined = matches!(c.key, CandidateKey::Join(_)).then(|| {
        let titles = p
            .initiatives
            .iter()
            .map(|i| view! { <li>{i.title.trim().to_string()}</li> })
            .collect_view();
        view! { <p class="joined-from">{I::WorkshopJoinedFrom.get(l)}</p><ul>{titles}</ul> }
    });
    let proposers = p
        .members()
        .into_iter()
        .filter(|m| m.parts.iter().any(|x| !matches!(x, Part::Interested(_))))
        .map(|m| view! { <li>{m.who.name(l).to_string()} " (" {parts(l, &m.parts)} ")"</li> })
        .collect_view();
    let first_initiative = p.initiatives[0].id.clone();
    let interested = p
        .interests
        .iter()
        .map(|x| (x, true))
        .chain(p.candidates.iter().map(|x| (x, false)))
        .map(|(x, in_group)| {
            let name = crate::domain::initiative::workshop::Who::of(&x.municipality)
                .name(l)
                .to_string();
            let named = p.initiatives.iter().any(|i| x.names(&i.id));
            let note_and_button = (!named).then(|| {
                // The entry to toggle: the one that took it in, else a new one by the first initiative.
                let taken_by = state.workshop.with_untracked(|w| {
                    w.taken
                        .iter()
                        .find(|t| t.interest == x.id && p.initiatives.iter().any(|i| i.id == t.initiative))
                        .map(|t| t.initiative.clone())
                });
                let initiative = taken_by.unwrap_or_else(|| first_initiative.clone());
                let interest = x.id.clone();
                let (note, label, class) = if in_group {
                    (
                        I::WorkshopTaken,
                        I::WorkshopLeaveOut,
                        "button secondary small leave-out",
                    )
                } else {
                    (I::WorkshopByTarget, I::WorkshopTakeIn, "button secondary small take-in")
                };
                let hidden = format!(": {name}");
                let button_id = format!("take-{place}-{interest}");
                view! {
                    " (" {note.get(l)} ") "
                    <button type="button" id=button_id class=class on:click=move |_| {
                        let (interest, initiative) = (interest.clone(), initiative.clone());
                        change_keeping_focus(state, None, move |w| w.toggle_taken(&interest, &initiative));
                    }>
                        {label.get(l)}<span class="visually-hidden">{hidden}</span>
                    </button>
                }
            });
            let class = if in_group {
                "interest in-group"
            } else {
                "interest candidate"
            };
            view! { <li class=class>{name} {note_and_button}</li> }
        })
        .collect_view();
    let (in_group, with) = p.counts();
    let title = p.title.clone();
    view! {
        <tr>
            <td>
                <input type="checkbox" id=check_id.clone() class="workshop-select" prop:checked=chosen on:change=toggle />
                <label for=check_id>{I::WorkshopColSelect.get(l)}<span class="visually-hidden">": " {title.clone()}</span></label>
            </td>
            <th scope="row">{title} {joined}</th>
            <td><ul class="plain">{proposers}</ul></td>
            <td><ul class="plain">{interested}</ul></td>
            <td class="num count">{words::workshop_count(l, in_group, with)}</td>
        </tr>
    }
    .into_any()
}

/// The interests listed under no candidate project: kept, and shown apart.
#[component]
fn Unplaced(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    let unplaced = Memo::new(move |_| {
        let l = lang.get();
        let interests: Vec<String> = state.opened.with(|o| {
            o.iter()
                .filter_map(|f| match &f.doc {
                    Doc::Interest(x) => Some(
                        crate::domain::initiative::workshop::Who::of(&x.municipality)
                            .name(l)
                            .to_string(),
                    ),
                    Doc::Initiative(_) => None,
                })
                .collect()
        });
        state.table.with(|t| {
            t.unplaced
                .iter()
                .filter_map(|&k| interests.get(k).cloned())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || unplaced.with(|u| !u.is_empty())>
            <h3>{text(lang, I::WorkshopUnplaced)}</h3>
            <ul id="workshop-unplaced">{move || unplaced.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        </Show>
    }
}

/// The candidate projects with their members: a join's lead and title changed, a join undone, each
/// candidate's file for its lead.
#[component]
fn Candidates(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    let status = RwSignal::new(None::<(I, String)>);
    let export = move |k: usize| {
        let project = state
            .table
            .with_untracked(|t| t.candidates.get(k).map(|c| c.project.clone()));
        if let Some(project) = project {
            let (name, text) = joint_project_file(&project, &files::now_rfc3339());
            let done = files::download(&name, &text, "application/json").is_ok();
            status.set(Some(if done {
                (I::WorkshopExported, name)
            } else {
                (I::WorkshopExportFailed, String::new())
            }));
        }
    };
    view! {
        <Show when=move || state.table.with(|t| !t.candidates.is_empty())>
            <section aria-labelledby="workshop-candidates-title">
                <h2 id="workshop-candidates-title" tabindex="-1">{text(lang, I::WorkshopCandidatesTitle)}</h2>
                <p role="status" id="workshop-export-status">{move || status.get().map(|(k, name)| if name.is_empty() { k.get(lang.get()).to_string() } else { format!("{} {name}", k.get(lang.get())) })}</p>
                <ol class="workshop-candidates" id="workshop-candidates">
                    {move || {
                        let l = lang.get();
                        state.table.with(|t| t.candidates.iter().enumerate().map(|(k, c)| candidate_item(l, state, k, c, export, status)).collect_view())
                    }}
                </ol>
            </section>
        </Show>
    }
}

fn candidate_item(
    l: Lang,
    state: WorkshopState,
    k: usize,
    c: &Candidate,
    export: impl Fn(usize) + Copy + Send + Sync + 'static,
    status: RwSignal<Option<(I, String)>>,
) -> AnyView {
    let p = &c.project;
    let members = p.members().into_iter().map(|m| member_item(l, &m)).collect_view();
    let join_controls = match c.key {
        CandidateKey::Join(id) => {
            let lead_id = format!("workshop-lead-{id}");
            let title_id = format!("workshop-title-{id}");
            let lead_now = crate::domain::initiative::workshop::Who::of(&p.lead).key();
            let options = p
                .members()
                .into_iter()
                .map(|m| {
                    let chosen = m.who.key() == lead_now;
                    view! { <option value=who_value(&m.who) selected=chosen>{m.who.name(l).to_string()}</option> }
                })
                .collect_view();
            let title_now = state
                .workshop
                .with_untracked(|w| w.joins.iter().find(|j| j.id == id).map(|j| j.title.clone()))
                .unwrap_or_default();
            let initiatives = p
                .initiatives
                .iter()
                .map(|i| view! { <li>{i.title.trim().to_string()}</li> })
                .collect_view();
            Some(view! {
                <p>{I::WorkshopJoinedFrom.get(l)}</p>
                <ul>{initiatives}</ul>
                <FieldFrame id=lead_id.clone() label=tr(I::WorkshopLead) label_class="label">
                    <select id=lead_id class="input" on:change=move |ev| {
                        let lead = event_target_value(&ev);
                        change_keeping_focus(state, None, move |w| w.set_lead(id, &lead));
                    }>{options}</select>
                </FieldFrame>
                <FieldFrame id=title_id.clone() label=tr(I::WorkshopProjectTitle) label_class="label">
                    <input id=title_id class="input" type="text" value=title_now on:change=move |ev| {
                        let title = event_target_value(&ev);
                        change_keeping_focus(state, None, move |w| w.set_title(id, &title));
                    } />
                </FieldFrame>
                <p>
                    <button type="button" class="button secondary undo-join" on:click=move |_| {
                        change_keeping_focus(state, Some("workshop-candidates-title"), move |w| {
                            w.undo(id);
                        });
                        status.set(Some((I::WorkshopUndone, String::new())));
                    }>
                        {I::WorkshopUndo.get(l)}<span class="visually-hidden">": " {p.title.clone()}</span>
                    </button>
                </p>
            })
        }
        CandidateKey::Initiative(_) => None,
    };
    let lead = p
        .members()
        .into_iter()
        .next()
        .map(|m| m.who.name(l).to_string())
        .unwrap_or_default();
    view! {
        <li class="workshop-candidate">
            <h3>{p.title.clone()}</h3>
            <p>{I::WorkshopLead.get(l)} ": " <strong class="candidate-lead">{lead}</strong></p>
            <p>{I::WorkshopMembers.get(l)}</p>
            <ul class="candidate-members">{members}</ul>
            {join_controls}
            <p>
                <button type="button" class="button export-candidate" on:click=move |_| export(k)>
                    {I::WorkshopExport.get(l)}<span class="visually-hidden">": " {p.title.clone()}</span>
                </button>
            </p>
        </li>
    }
    .into_any()
}
