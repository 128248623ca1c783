//! The ministry deciding change requests (`/follow-up/changes`, "Muutoshakemukset", docs/rules.md
//! §12.2). The lead's `hakemus-change-request` files are opened, several at once — each taken or
//! refused with its located reason next to the input and in the error summary, the same request
//! twice refused —; each open request is shown part by part (a later end, money moved: from, to,
//! amount, a change of content), with the lead's reason, and decided part by part: the outcome as
//! radio buttons (accepted, accepted with changes — then the end or the amount accepted —,
//! rejected) and a reason each, with the decider and the date. What is missing
//! (`reviewer::change_decision::check_deciding`) is said at its field once the field is left or the
//! save button is pressed, and in the error summary; "Tallenna päätös" saves the
//! `hakemus-change-decision` file only without it. The requests and the decisions as typed are
//! kept in this browser (`storage::change_decisions`) on every change, so a reload loses nothing.

use crate::domain::formats::grant_change::{file_name, read_change_request, to_json, CHANGE_DECISION_FORMAT};
use crate::domain::grant::change::schedule_in_force;
use crate::domain::grant::model::{ChangeKind, Outcome, RawChangePart, RawGrant};
use crate::domain::reviewer::change_decision::{
    check_deciding, decision_file, DecidingField, DecidingFinding, RawDeciding, RawPartDeciding,
};
use crate::domain::reviewer::follow_up::latest_grant;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::i18n::{self, T};
use crate::storage::change_decisions as kept;
use crate::ui::dom::{after_press, focus_after_render, focus_now};
use crate::ui::field::{message_line, FieldFrame};
use crate::ui::files::{self as browser, local_date, FileDrop};
use crate::ui::follow_up::app::HOME;
use crate::ui::follow_up::state::{today, FollowUp, Storing};
use crate::ui::form::{text, tr};
use crate::ui::grant::changes::side_name;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeSet;

/// The file input's id (the error summary's links move focus to it).
pub const FILE_INPUT: &str = "change-request-file";
const SUMMARY_ID: &str = "error-summary";

/// The requests being decided, and which of their messages are shown (provided to the page's
/// parts by context).
#[derive(Clone, Copy)]
struct Deciding {
    kept: RwSignal<Vec<RawDeciding>>,
    /// Each request's findings, in the requests' order.
    findings: Memo<Vec<Vec<DecidingFinding>>>,
    /// The fields left (by id): their messages are shown.
    left: RwSignal<BTreeSet<String>>,
    /// The requests whose save button was pressed: all their messages are shown.
    pressed: RwSignal<BTreeSet<usize>>,
    storing: RwSignal<Storing>,
}

impl Deciding {
    /// Changes request `i` and keeps the whole record in storage at once.
    fn edit(self, i: usize, change: impl FnOnce(&mut RawDeciding)) {
        self.kept.update(|k| {
            if let Some(d) = k.get_mut(i) {
                change(d);
            }
        });
        self.store();
    }

    fn store(self) {
        if self.storing.get_untracked() == Storing::Unreadable {
            return;
        }
        let saved = self.kept.with_untracked(|k| kept::save(k));
        self.storing.set(Storing::after(saved));
    }

    /// Marks a field left once the press that left it has landed (`dom::after_press`).
    fn leave(self, id: String) {
        if self.left.with_untracked(|l| l.contains(&id)) {
            return;
        }
        let left = self.left;
        after_press(move || {
            left.try_update(|l| l.insert(id));
        });
    }

    /// The messages of a field of request `i`, once they are to be shown.
    fn shown(self, i: usize, field: DecidingField) -> Memo<Vec<String>> {
        let lang = use_lang();
        let id = field_id(i, field);
        Memo::new(move |_| {
            if !(self.pressed.with(|p| p.contains(&i)) || self.left.with(|l| l.contains(&id))) {
                return Vec::new();
            }
            let l = lang.get();
            self.findings.with(|f| {
                f.get(i)
                    .into_iter()
                    .flatten()
                    .filter(|f| f.field == field)
                    .map(|f| words::deciding_message(l, &f.message))
                    .collect()
            })
        })
    }
}

/// The id of a field of request `i` (its control's; an outcome's is its fieldset's).
fn field_id(i: usize, field: DecidingField) -> String {
    match field {
        DecidingField::Decider => format!("deciding-{i}-decider"),
        DecidingField::DecidedOn => format!("deciding-{i}-decided-on"),
        DecidingField::Outcome(p) => format!("deciding-{i}-part-{p}-outcome"),
        DecidingField::End(p) => format!("deciding-{i}-part-{p}-end"),
        DecidingField::Amount(p) => format!("deciding-{i}-part-{p}-amount"),
        DecidingField::Reason(p) => format!("deciding-{i}-part-{p}-reason"),
    }
}

/// Where the error summary's link takes the focus: the control (an outcome's first radio button).
fn target_id(i: usize, field: DecidingField) -> String {
    match field {
        DecidingField::Outcome(_) => format!("{}-accepted", field_id(i, field)),
        _ => field_id(i, field),
    }
}

/// The three outcomes, with their labels and the suffix of their radio button's id.
const OUTCOMES: [(Outcome, Fp, &str); 3] = [
    (Outcome::Accepted, Fp::OutcomeAccepted, "accepted"),
    (
        Outcome::AcceptedWithChanges,
        Fp::OutcomeAcceptedWithChanges,
        "accepted-with-changes",
    ),
    (Outcome::Rejected, Fp::OutcomeRejected, "rejected"),
];

fn kind_name(kind: ChangeKind) -> Fp {
    match kind {
        ChangeKind::EndDate => Fp::KindEndDate,
        ChangeKind::MoveMoney => Fp::KindMoveMoney,
        ChangeKind::Content => Fp::KindContent,
    }
}

/// A date as a file writes it (ISO), as the language writes it.
fn shown_date(lang: Lang, iso: &str) -> String {
    parse_iso_date(iso).map_or_else(|| iso.to_string(), |d| i18n::date(lang, d))
}

/// The error summary's problems: the files refused, then the findings of every request whose save
/// button was pressed, each `(target id, sentence)`.
fn problems(lang: Lang, d: Deciding, refused: &[(String, String)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = refused
        .iter()
        .map(|(name, why)| (FILE_INPUT.to_string(), format!("{name}: {why}")))
        .collect();
    let pressed = d.pressed.get();
    d.kept.with(|k| {
        d.findings.with(|all| {
            for (i, found) in all.iter().enumerate().filter(|(i, _)| pressed.contains(i)) {
                let Some(r) = k.get(i) else { continue };
                let request = format!("{} {}", Fp::ChangeRequestHeading.get(lang), r.request.request_id);
                for f in found {
                    let part = match f.field {
                        DecidingField::Decider | DecidingField::DecidedOn => None,
                        DecidingField::Outcome(p)
                        | DecidingField::End(p)
                        | DecidingField::Amount(p)
                        | DecidingField::Reason(p) => r.request.parts.iter().position(|x| x.id == p),
                    };
                    let place = match part {
                        Some(n) => format!("{request}, {} {}", Fp::ChangePart.get(lang), n + 1),
                        None => request.clone(),
                    };
                    out.push((
                        target_id(i, f.field),
                        format!("{place}: {}", words::deciding_message(lang, &f.message)),
                    ));
                }
            }
        })
    });
    out
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| Fp::ChangesTitle.get(l).to_string(), || false);
    let (start, storing) = Storing::start(kept::load());
    let all = RwSignal::new(start);
    let d = Deciding {
        kept: all,
        findings: Memo::new(move |_| all.with(|k| k.iter().map(check_deciding).collect())),
        left: RwSignal::new(BTreeSet::new()),
        pressed: RwSignal::new(BTreeSet::new()),
        storing: RwSignal::new(storing),
    };
    provide_context(d);
    // The files chosen last: `(name, Ok(said) | Err(why))`.
    let outcomes = RwSignal::new(Vec::<(String, Result<String, String>)>::new());
    let refused = Memo::new(move |_| {
        outcomes.with(|o| {
            o.iter()
                .filter_map(|(n, r)| r.as_ref().err().map(|e| (n.clone(), e.clone())))
                .collect::<Vec<_>>()
        })
    });
    let summary = Memo::new(move |_| refused.with(|r| problems(lang.get(), d, r)));
    let on_files = Callback::new(move |files: web_sys::FileList| {
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let mut said = Vec::with_capacity(files.len());
            for file in files {
                let name = file.name();
                let read = browser::read_file(&file).await.and_then(|b| read_change_request(&b));
                let outcome = match read {
                    Err(e) => Err(i18n::import_error(l, &e)),
                    Ok(read) if all.with_untracked(|k| k.iter().any(|x| x.same_request(&read.file))) => {
                        Err(Fp::ChangeAlreadyOpen.get(l).to_string())
                    }
                    Ok(read) => {
                        let sentence = words::change_opened(l, read.file.request_id, &read.file.project.name);
                        let opened = RawDeciding::open(&name, read.file, today());
                        if all.try_update(|k| k.push(opened)).is_none() {
                            return;
                        }
                        d.store();
                        Ok(sentence)
                    }
                };
                said.push((name, outcome));
            }
            let any_refused = said.iter().any(|(_, o)| o.is_err());
            outcomes.try_set(said);
            if any_refused {
                focus_after_render(SUMMARY_ID.into());
            }
        });
    });
    let shown_outcomes = move || {
        let l = lang.get();
        outcomes
            .get()
            .into_iter()
            .map(|(name, o)| match o {
                Ok(s) => view! { <li class="ok">{format!("{name}: {s}")}</li> }.into_any(),
                Err(why) => {
                    let sentence = format!("{name} {} {why}", Fp::ChangeNotOpened.get(l));
                    view! { <li>{message_line(l, Severity::Error, sentence, None::<()>)}</li> }.into_any()
                }
            })
            .collect_view()
    };
    let storage_said = move || match d.storing.get() {
        Storing::Fine => None,
        Storing::Failed => Some(Fp::ChangesSaveFailed),
        Storing::Unreadable => Some(Fp::ChangesStoredUnreadable),
    };
    let count = Memo::new(move |_| all.with(Vec::len));
    view! {
        <p><A href=HOME>{text(lang, Fp::BackToFollowUp)}</A></p>
        <h1>{text(lang, Fp::ChangesTitle)}</h1>
        <p class="lead">{text(lang, Fp::ChangesIntro)}</p>
        <div role="status">
            {move || storage_said().map(|s| view! { <p class="save-status error" id="changes-storage">{text(lang, s)}</p> })}
        </div>
        <Show when=move || !summary.with(Vec::is_empty)>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" role="alert">
                <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                <ul>
                    {move || summary.get().into_iter().map(|(target, message)| view! {
                        <li>
                            <a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_now(&target); }>{message}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
        <section aria-labelledby="change-open-title" class="open-files">
            <h2 id="change-open-title">{text(lang, Fp::ChangeFileLabel)}</h2>
            <div class="field">
                <FileDrop id=FILE_INPUT label=Fp::ChangeFileLabel hint=T::DropHint multiple=true
                    described_by=format!("{FILE_INPUT}-hint2 {FILE_INPUT}-outcome") on_files />
                <p class="hint" id=format!("{FILE_INPUT}-hint2")>{text(lang, Fp::ChangeFileHint2)}</p>
                <div id=format!("{FILE_INPUT}-outcome")>
                    <Show when=move || !outcomes.with(Vec::is_empty)>
                        <ul class="file-outcomes" id="change-request-outcomes">{shown_outcomes}</ul>
                    </Show>
                </div>
            </div>
        </section>
        <Show when=move || count.get() == 0>
            <p id="no-change-requests">{text(lang, Fp::NoChangeRequests)}</p>
        </Show>
        <For each=move || 0..count.get() key=|i| *i let:i>
            <RequestDecision i />
        </For>
    }
}

/// One request: who asks and when, each part asked and decided, the decider and the date, and the
/// save button.
#[component]
fn RequestDecision(i: usize) -> impl IntoView {
    let d = expect_context::<Deciding>();
    let lang = use_lang();
    let Some(start) = d.kept.with_untracked(|k| k.get(i).cloned()) else {
        return ().into_any();
    };
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let l = lang.get_untracked();
        d.pressed.update(|p| {
            p.insert(i);
        });
        let at = browser::now_rfc3339();
        let Some(file) = d.kept.with_untracked(|k| k.get(i).and_then(|x| decision_file(x, &at))) else {
            status.set(Fp::DecisionHasErrors.get(l).to_string());
            focus_after_render(SUMMARY_ID.into());
            return;
        };
        let name = d
            .kept
            .with_untracked(|k| file_name(CHANGE_DECISION_FORMAT, &k[i].request.project.name, file.request_id));
        if browser::download(&name, &to_json(&file), "application/json").is_ok() {
            d.edit(i, |x| x.saved_at = at);
            status.set(format!("{} {name}", Fp::DecisionSaved.get(l)));
        }
    };
    let r = start.request.clone();
    let title = format!("deciding-{i}-title");
    let title_id = title.clone();
    let facts = move || {
        let l = lang.get();
        view! {
            <dl class="grant-facts">
                <dt>{Fp::ChangeLead.get(l)}</dt>
                <dd>{format!("{} ({})", r.project.lead, r.project.lead_business_id)}</dd>
                <dt>{Fp::ChangeSent.get(l)}</dt>
                <dd>{local_date(l, &r.sent_at)}</dd>
                <dt>{Fp::ChangeFileName.get(l)}</dt>
                <dd>{start.file_name.clone()}</dd>
            </dl>
        }
    };
    // What the follow-up knows of the grant (its latest file received): the end in force and the
    // applicants' names, which the request's file does not carry (docs/rules.md §12.2).
    // (The page shows before the follow-up is read, and again once it is: `FollowUpApp`.)
    let follow_up = use_context::<FollowUp>();
    let project_id = start.request.project.id.clone();
    // A memo: the grant is cloned once per change of the follow-up, not on every read by a part.
    let known = Memo::new(move |_| {
        let follow_up = follow_up?;
        let index = follow_up
            .record
            .with(|r| r.grants.iter().position(|g| g.project_id == project_id))?;
        follow_up.opened.with(|o| o.get(index).and_then(latest_grant).cloned())
    });
    let parts = start.request.parts.clone();
    let start_decider = start.decider.clone();
    let start_date = start.decided_on.clone();
    view! {
        <section class="change-request" id=format!("deciding-{i}") aria-labelledby=title.clone()>
            <h2 id=title_id>
                {text(lang, Fp::ChangeRequestHeading)} " " {start.request.request_id} ": " {start.request.project.name.clone()}
            </h2>
            {facts}
            {parts.into_iter().enumerate().map(|(n, part)| {
                let typed = start.parts.iter().find(|p| p.part == part.id).cloned().unwrap_or_default();
                view! { <PartDecision i number=n + 1 part typed known /> }
            }).collect_view()}
            <DecisionField i field=DecidingField::Decider label=Fp::Decider hint=Fp::DeciderHint value=start_decider
                set=Callback::new(move |v| d.edit(i, |x| x.decider = v)) />
            <DecisionField i field=DecidingField::DecidedOn label=Fp::DecidedOn hint=Fp::DecidedOnHint value=start_date
                set=Callback::new(move |v| d.edit(i, |x| x.decided_on = v)) />
            <button type="button" class="button" id=format!("deciding-{i}-save") on:click=save>{text(lang, Fp::SaveDecision)}</button>
            <p role="status" id=format!("deciding-{i}-status")>{move || status.get()}</p>
        </section>
    }
    .into_any()
}

/// The messages of a field (`{id}-messages`), before its control.
#[component]
fn Messages(id: String, shown: Memo<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=format!("{id}-messages") class="field-messages">
            {move || {
                let l = lang.get();
                shown.get().into_iter().map(|m| message_line(l, Severity::Error, m, None::<()>)).collect_view()
            }}
        </div>
    }
}

/// A text field of request `i` (a part's when `field` names one), in the app's field frame: the
/// label, the hint, the messages, the control. What is typed is kept as typed (`set`).
#[component]
fn DecisionField(
    i: usize,
    field: DecidingField,
    label: Fp,
    #[prop(optional)] hint: Option<Fp>,
    #[prop(optional)] multiline: bool,
    value: String,
    set: Callback<String>,
) -> impl IntoView {
    let d = expect_context::<Deciding>();
    let id = field_id(i, field);
    let shown = d.shown(i, field);
    let described = match hint {
        Some(_) => format!("{id}-hint {id}-messages"),
        None => format!("{id}-messages"),
    };
    let invalid = move || shown.with(|s| !s.is_empty()).then_some("true");
    let input = move |ev: leptos::ev::Event| set.run(event_target_value(&ev));
    let leave = {
        let id = id.clone();
        move |_| d.leave(id.clone())
    };
    let control = if multiline {
        view! { <textarea id=id.clone() rows="4" aria-describedby=described aria-invalid=invalid prop:value=value on:input=input on:blur=leave></textarea> }.into_any()
    } else {
        view! { <input type="text" id=id.clone() autocomplete="off" aria-describedby=described aria-invalid=invalid prop:value=value on:input=input on:blur=leave /> }.into_any()
    };
    view! {
        <FieldFrame id=id.clone() label=tr(label) hint=hint.map(tr)>
            <Messages id=id.clone() shown />
            {control}
        </FieldFrame>
    }
}

/// Sets a part's decision of request `i`, whichever part `set` is given.
fn set_part(d: Deciding, i: usize, part: u64, set: impl FnOnce(&mut RawPartDeciding)) {
    d.edit(i, |x| {
        if x.part_mut(part).is_none() {
            x.parts.push(RawPartDeciding {
                part,
                ..RawPartDeciding::default()
            });
        }
        if let Some(p) = x.part_mut(part) {
            set(p);
        }
    });
}

/// A part of request `i`: what it asks with the lead's reason, then the decision: the outcome, the
/// value accepted instead (with accepted-with-changes, for a later end or money moved) and the
/// reason.
#[component]
fn PartDecision(
    i: usize,
    number: usize,
    part: RawChangePart,
    typed: RawPartDeciding,
    known: Memo<Option<RawGrant>>,
) -> impl IntoView {
    let d = expect_context::<Deciding>();
    let lang = use_lang();
    let p = part.id;
    let outcome = RwSignal::new(typed.outcome);
    let group = field_id(i, DecidingField::Outcome(p));
    let shown = d.shown(i, DecidingField::Outcome(p));
    let asked = {
        let part = part.clone();
        move || {
            let l = lang.get();
            let row = |k: Fp, v: String| view! { <dt>{k.get(l)}</dt><dd>{v}</dd> };
            let what = match part.kind {
                ChangeKind::EndDate => {
                    // The end in force now, where a file of the grant has come.
                    let now = known.with(|g| g.as_ref().and_then(|g| schedule_in_force(g).end));
                    view! {
                        {now.map(|d| row(Fp::EndInForce, i18n::date(l, d)))}
                        {row(Fp::AskedEnd, shown_date(l, &part.end))}
                    }
                    .into_any()
                }
                ChangeKind::MoveMoney => {
                    let amount =
                        Money::parse_exchange(&part.amount).map_or_else(|| part.amount.clone(), |m| m.format(l));
                    let side = |x: &str| known.with(|g| side_name(g.as_ref(), l, part.by, x));
                    view! {
                        {row(Fp::AskedFrom, side(&part.from))}
                        {row(Fp::AskedTo, side(&part.to))}
                        {row(Fp::AskedAmount, amount)}
                    }
                    .into_any()
                }
                ChangeKind::Content => row(Fp::AskedText, part.text.clone()).into_any(),
            };
            view! {
                <dl class="grant-facts" id=format!("deciding-{i}-part-{p}-asked")>
                    {what}
                    {row(Fp::LeadReason, part.reason.clone())}
                </dl>
            }
        }
    };
    // Leaving the radio buttons (not moving between them) marks the choice left.
    let focusout = {
        let group = group.clone();
        move |ev: leptos::ev::FocusEvent| {
            let inside = ev
                .related_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                .zip(document().get_element_by_id(&group))
                .is_some_and(|(t, g)| g.contains(Some(&t)));
            if !inside {
                d.leave(group.clone());
            }
        }
    };
    let radios = OUTCOMES
        .into_iter()
        .map(|(o, label, suffix)| {
            let id = format!("{group}-{suffix}");
            view! {
                <label class="checkbox" for=id.clone()>
                    <input type="radio" id=id.clone() name=group.clone() value=suffix prop:checked=move || outcome.get() == Some(o)
                        on:change=move |_| {
                            outcome.set(Some(o));
                            set_part(d, i, p, |x| x.outcome = Some(o));
                        } />
                    {text(lang, label)}
                </label>
            }
        })
        .collect_view();
    let changed_value = move || {
        (outcome.get() == Some(Outcome::AcceptedWithChanges)).then(|| {
            let now = d
                .kept
                .with_untracked(|k| k.get(i).and_then(|x| x.parts.iter().find(|x| x.part == p).cloned()))
                .unwrap_or_default();
            match part.kind {
                ChangeKind::EndDate => view! {
                    <DecisionField i field=DecidingField::End(p) label=Fp::DecisionEnd hint=Fp::DecisionEndHint value=now.end
                        set=Callback::new(move |v| set_part(d, i, p, |x| x.end = v)) />
                }
                .into_any(),
                ChangeKind::MoveMoney => view! {
                    <DecisionField i field=DecidingField::Amount(p) label=Fp::DecisionAmount hint=Fp::DecisionAmountHint value=now.amount
                        set=Callback::new(move |v| set_part(d, i, p, |x| x.amount = v)) />
                }
                .into_any(),
                ChangeKind::Content => ().into_any(),
            }
        })
    };
    view! {
        <div class="change-part" id=format!("deciding-{i}-part-{p}")>
            <h3>{text(lang, Fp::ChangePart)} " " {number} ": " {text(lang, kind_name(part.kind))}</h3>
            {asked}
            <fieldset class="radios" id=group.clone() aria-describedby=format!("{group}-messages") on:focusout=focusout>
                <legend>{text(lang, Fp::Outcome)}</legend>
                <Messages id=group.clone() shown />
                {radios}
            </fieldset>
            {changed_value}
            <DecisionField i field=DecidingField::Reason(p) label=Fp::DecisionReason multiline=true value=typed.reason
                set=Callback::new(move |v| set_part(d, i, p, |x| x.reason = v)) />
        </div>
    }
}
