//! The lead's partners page (`/partners`): a request file for each partner, the import of a
//! partner's contribution (file, drop or paste), the comparison to choose from before anything
//! changes, and every contribution received, with the undo of a merge. The flow and its rules are
//! `domain::exchange::partner`; this page only shows them.

use crate::domain::draft::LineId;
use crate::domain::exchange::compare::Place;
use crate::domain::exchange::partner::{self, Incoming, Item, ItemKey, Kind, MergeError, Refusal, UndoRefusal};
use crate::domain::formats::partner::{file_name, read_contribution, to_json, ReadContribution};
use crate::domain::formats::reader::ImportError;
use crate::domain::rules::finding::FieldPath;
use crate::domain::rules::partners::{partner_status, PartnerStatus};
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{self, T};
use crate::ui::applicants::applicant_label;
use crate::ui::dom::{focus_after_render, new_uuid};
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::store::{use_store, AppStore};
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::collections::BTreeMap;

/// Where a partner's part stands, in words: "Pyydetty 27.11.2026 klo 9.05".
pub fn status_text(lang: Lang, status: &PartnerStatus) -> String {
    let (label, at) = match status {
        PartnerStatus::NotRequested => return T::StatusNotRequested.get(lang).into(),
        PartnerStatus::Requested { at } => (T::StatusRequested, at),
        PartnerStatus::Returned { at } => (T::StatusReturned, at),
        PartnerStatus::Merged { at } => (T::StatusMerged, at),
        PartnerStatus::ChangedSinceMerged { at } => (T::StatusChangedSinceMerged, at),
    };
    format!("{} {}", label.get(lang), files::local_date_time(lang, at))
}

/// The CSS class of a status tag (the task list's colours).
pub fn status_class(status: &PartnerStatus) -> &'static str {
    match status {
        PartnerStatus::NotRequested => "tag status-notstarted",
        PartnerStatus::Requested { .. } | PartnerStatus::Returned { .. } => "tag status-inprogress",
        PartnerStatus::Merged { .. } => "tag status-complete",
        PartnerStatus::ChangedSinceMerged { .. } => "tag status-haserrors",
    }
}

/// Each partner (not the lead) with its status, in the applicants' order: `(id, label, status)`.
pub fn partner_statuses(store: AppStore) -> Memo<Vec<(LineId, String, PartnerStatus)>> {
    Memo::new(move |_| {
        let lang = store.lang.get();
        store.draft.with(|d| {
            d.applicants
                .iter()
                .enumerate()
                .skip(1)
                .map(|(i, a)| (a.id, applicant_label(a, i, lang), partner_status(d, a.id)))
                .collect()
        })
    })
}

fn refusal_text(lang: Lang, r: &Refusal) -> String {
    match r {
        Refusal::OtherProject => T::RefusedOtherProject.get(lang).into(),
        Refusal::UnknownRequest => T::RefusedUnknownRequest.get(lang).into(),
        Refusal::PartnerRemoved => T::RefusedPartnerRemoved.get(lang).into(),
        Refusal::NotTheRequestsPartner => T::RefusedNotTheRequestsPartner.get(lang).into(),
        Refusal::IdentityChanged {
            field,
            requested,
            theirs,
        } => format!(
            "{} {}: {} ”{requested}”, {} ”{theirs}”.",
            T::RefusedIdentityChanged.get(lang),
            i18n::applicant_field_label(lang, *field),
            T::InTheRequest.get(lang),
            T::InTheContribution.get(lang),
        ),
        Refusal::AlreadyMerged { at } => {
            format!("{} {}.", T::AlreadyMergedOn.get(lang), files::local_date_time(lang, at))
        }
    }
}

/// What the last action on the page said.
#[derive(Clone, PartialEq)]
enum Said {
    RequestMade { partner: String },
    Refused(String),
    NothingChanged,
    Merged,
    Undone,
    UndoRefused,
    CopyFailed,
}

/// A contribution being looked at: what it would do, and the lead's choices so far.
#[derive(Clone, PartialEq)]
struct Pending {
    incoming: Incoming,
    /// Its index among its request's returns (it is kept).
    index: usize,
    partner: String,
}

#[component]
pub fn PartnersPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    plain_page_title(T::PartnersTitle);
    let partners = partner_statuses(store);
    let said = RwSignal::new(None::<Said>);
    let pending = RwSignal::new(None::<Pending>);
    // The lead's choices for the open contribution, and whether the lead asked to merge with
    // conflicts unresolved (their messages are shown then). Apart from `pending`, so that a choice
    // does not build the comparison again (and take the focus away from the radio button).
    let choices = RwSignal::new(BTreeMap::<ItemKey, bool>::new());
    let asked = RwSignal::new(false);

    // A contribution read (or one kept, looked at again): refused with the reason, or kept and compared.
    let look_at = move |c: ReadContribution| {
        let l = lang.get_untracked();
        let received = store.draft.with_untracked(|d| partner::receive(d, &c));
        match received {
            Err(r) => {
                said.set(Some(Said::Refused(refusal_text(l, &r))));
                pending.set(None);
                focus_after_render("contribution-result".into());
            }
            Ok(incoming) => {
                let now = files::now_rfc3339();
                let index = store
                    .draft
                    .try_update(|d| partner::keep(d, &incoming, &c, &now))
                    .unwrap_or_default();
                if incoming.items.is_empty() {
                    store.draft.update(|d| {
                        let _ = partner::merge(d, &incoming, index, &BTreeMap::new(), &now);
                    });
                    said.set(Some(Said::NothingChanged));
                    pending.set(None);
                    focus_after_render("contribution-result".into());
                    return;
                }
                let partner = store.draft.with_untracked(|d| {
                    d.applicants
                        .iter()
                        .position(|a| a.id == incoming.applicant)
                        .map(|i| applicant_label(&d.applicants[i], i, l))
                        .unwrap_or_default()
                });
                choices.set(
                    incoming
                        .items
                        .iter()
                        .filter(|i| !i.conflict)
                        .map(|i| (i.key, true))
                        .collect(),
                );
                asked.set(false);
                said.set(None);
                pending.set(Some(Pending {
                    incoming,
                    index,
                    partner,
                }));
                focus_after_render("merge-title".into());
            }
        }
    };
    let read = move |result: Result<ReadContribution, ImportError>| match result {
        Ok(c) => look_at(c),
        Err(e) => {
            said.set(Some(Said::Refused(i18n::import_error(lang.get_untracked(), &e))));
            pending.set(None);
            focus_after_render("contribution-result".into());
        }
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            let l = lang.get_untracked();
            spawn_local(async move {
                read(match files::read_file(&file).await {
                    Ok(bytes) => read_contribution(&bytes, l),
                    Err(e) => Err(e),
                })
            });
        }
    });
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let on_paste = move |_| {
        if let Some(area) = pasted.get() {
            read(read_contribution(area.value().as_bytes(), lang.get_untracked()));
        }
    };
    let do_merge = move |_| {
        let Some(p) = pending.get_untracked() else { return };
        let now = files::now_rfc3339();
        let result = store
            .draft
            .try_update(|d| partner::merge(d, &p.incoming, p.index, &choices.get_untracked(), &now));
        match result {
            Some(Ok(())) => {
                pending.set(None);
                said.set(Some(Said::Merged));
                focus_after_render("contribution-result".into());
            }
            Some(Err(MergeError::Unresolved(keys))) => {
                asked.set(true);
                if let Some(first) = p.incoming.items.iter().position(|i| keys.contains(&i.key)) {
                    focus_after_render(format!("item-{first}-take"));
                }
            }
            Some(Err(MergeError::Stale)) | None => {
                pending.set(None);
                said.set(Some(Said::Refused(t(T::RefusedPartnerRemoved).into())));
                focus_after_render("contribution-result".into());
            }
        }
    };

    let result = move || {
        said.get().map(|s| match s {
            Said::Refused(message) => view! {
                <div class="error-summary" id="contribution-result" tabindex="-1" role="alert">
                    <h2>{move || t(T::ContributionRefused)}</h2>
                    <p class="error-message">{message}</p>
                    <p>{move || t(T::ImportUnchanged)}</p>
                </div>
            }
            .into_any(),
            Said::RequestMade { partner } => view! {
                <div class="banner good" id="contribution-result" tabindex="-1" role="status">
                    <p><strong>{partner}</strong> ": " {move || t(T::RequestMade)}</p>
                </div>
            }
            .into_any(),
            Said::NothingChanged | Said::Merged | Said::Undone | Said::UndoRefused | Said::CopyFailed => {
                let (class, text) = match s {
                    Said::NothingChanged => ("banner good", T::NothingChanged),
                    Said::Merged => ("banner good", T::MergeDone),
                    Said::Undone => ("banner good", T::MergeUndone),
                    Said::CopyFailed => ("banner warn", T::CopyFailed),
                    _ => ("banner warn", T::UndoChangedSince),
                };
                view! { <p class=class id="contribution-result" tabindex="-1" role="status">{move || t(text)}</p> }
                    .into_any()
            }
        })
    };

    let partner_ids = move || partners.with(|p| p.iter().map(|(id, _, _)| *id).collect::<Vec<LineId>>());
    let look_at = Callback::new(look_at);
    view! {
        <h1>{move || t(T::PartnersTitle)}</h1>
        <p class="lead">{move || t(T::PartnersIntro)}</p>
        <Show
            when=move || partners.with(|p| !p.is_empty())
            fallback=move || view! {
                <p class="empty">{move || t(T::NoPartners)} " " <A href="/applicants">{move || t(T::ApplicantsTitle)}</A></p>
            }
        >
            <table class="partners">
                <caption class="visually-hidden">{move || t(T::PartnersTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(T::ColPartner)}</th>
                        <th scope="col">{move || t(T::PartnerStatusLabel)}</th>
                        <th scope="col">{move || t(T::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=partner_ids key=|id| *id let:id>
                        <RequestRow id partners said />
                    </For>
                </tbody>
            </table>
        </Show>
        <div aria-live="polite">{result}</div>
        {move || pending.get().map(|p| view! { <MergeView pending=p choices asked on_merge=do_merge /> })}

        <h2 id="import-contribution">{move || t(T::ImportContributionTitle)}</h2>
        <FileDrop id="contribution-file" label=T::ChooseFile hint=T::DropHint on_files=on_files />
        <FieldFrame id="contribution-text" label=tr(T::PasteLabel) label_class="label">
            <textarea id="contribution-text" class="input" rows="5" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="import-contribution-pasted" on:click=on_paste>{move || t(T::ImportContribution)}</button></p>

        <Returns look_at said />
    }
}

/// One partner: its status, the message to send with a request, and the request as a file or text.
#[component]
fn RequestRow(
    id: LineId,
    partners: Memo<Vec<(LineId, String, PartnerStatus)>>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let this = Memo::new(move |_| partners.with(|p| p.iter().find(|(i, _, _)| *i == id).cloned()));
    let name = move || this.with(|p| p.as_ref().map(|(_, n, _)| n.clone()).unwrap_or_default());
    let status = move || {
        this.with(|p| {
            p.as_ref()
                .map(|(_, _, s)| s.clone())
                .unwrap_or(PartnerStatus::NotRequested)
        })
    };
    let message = NodeRef::<leptos::html::Textarea>::new();
    let message_id = format!("request-{id}-message");
    let make = move || -> Option<(String, String)> {
        let text = message.get().map(|m| m.value()).unwrap_or_default();
        let now = files::now_rfc3339();
        let file = store
            .draft
            .try_update(|d| partner::make_request(d, id, &new_uuid(), &new_uuid(), &now, &text))
            .flatten()?;
        said.set(Some(Said::RequestMade { partner: name() }));
        Some((file_name("pyynto", &name(), &files::today()), to_json(&file)))
    };
    let download = move |_| {
        if let Some((file, text)) = make() {
            let _ = files::download(&file, &text, "application/json");
        }
    };
    let copy = move |_| {
        if let Some((_, text)) = make() {
            spawn_local(async move {
                if files::copy(&text).await.is_err() {
                    said.set(Some(Said::CopyFailed));
                }
            });
        }
    };
    let name_id = format!("partner-{id}-name");
    view! {
        <tr>
            <th scope="row" id=name_id.clone()>{name}</th>
            <td><strong id=format!("partner-{id}-status") class=move || status_class(&status())>{move || status_text(lang.get(), &status())}</strong></td>
            <td class="draft-actions">
                <FieldFrame id=message_id.clone() label=tr(T::RequestMessageLabel) label_class="label" bare=true>
                    <textarea id=message_id.clone() class="input" rows="2" node_ref=message></textarea>
                </FieldFrame>
                <button type="button" class="button small" id=format!("request-{id}-download")
                    aria-describedby=name_id.clone() on:click=download>{move || t(T::MakeRequest)}</button>
                <button type="button" class="button small secondary" id=format!("request-{id}-copy")
                    aria-describedby=name_id on:click=copy>{move || t(T::CopyRequest)}</button>
            </td>
        </tr>
    }
}

/// How a row of an item is named: the field's label.
fn row_label(lang: Lang, path: FieldPath) -> String {
    match path {
        FieldPath::BudgetLine { field, .. } => i18n::field_label(lang, field).into(),
        FieldPath::Applicant { field, .. } => i18n::applicant_field_label(lang, field).into(),
        other => i18n::place(lang, other, None),
    }
}

/// How an item is named: a field by its label, a line by what it does and its description, amount
/// and category.
fn item_label(lang: Lang, item: &Item) -> String {
    match item.key {
        ItemKey::Applicant(field) => i18n::applicant_field_label(lang, field).into(),
        ItemKey::Line(id) => {
            let kind = match item.kind {
                Kind::Add => T::KindAdd,
                Kind::Change => T::KindChange,
                Kind::Remove => T::KindRemove,
            };
            let summary = i18n::compared_summary(lang, &Place::Line(id), item.summary.as_deref().unwrap_or_default());
            format!("{}: {summary}", kind.get(lang))
        }
    }
}

/// The comparison of a contribution with the lead's part, item by item, with a choice for each.
#[component]
fn MergeView(
    pending: Pending,
    choices: RwSignal<BTreeMap<ItemKey, bool>>,
    asked: RwSignal<bool>,
    on_merge: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let applicants = store.draft.with_untracked(|d| d.applicants.clone());
    let items = pending.incoming.items.clone();
    let base_column = if pending.incoming.base_is_request {
        T::ColInRequest
    } else {
        T::ColInLastReturn
    };
    let unresolved = move |key: ItemKey| choices.with(|c| !c.contains_key(&key));
    let choose = move |key: ItemKey, take: bool| {
        choices.update(|c| {
            c.insert(key, take);
        })
    };
    let item_view = move |(n, item): (usize, Item)| {
        let l = lang.get_untracked();
        let key = item.key;
        let legend = item_label(l, &item);
        let value = {
            let applicants = applicants.clone();
            move |path: FieldPath, v: &Option<String>| match v {
                None => T::NotThere.get(l).to_string(),
                Some(v) => i18n::compared_value(l, path, v, &applicants),
            }
        };
        let rows = item
            .rows
            .iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{row_label(l, r.path)}</th>
                        <td>{value(r.path, &r.base)}</td>
                        <td>{value(r.path, &r.lead)}</td>
                        <td class="theirs">{value(r.path, &r.theirs)}</td>
                    </tr>
                }
            })
            .collect_view();
        let initial = choices.with_untracked(|c| c.get(&key).copied());
        let name = format!("item-{n}");
        let error_id = format!("item-{n}-error");
        let show_error = move || asked.get() && unresolved(key);
        view! {
            <fieldset class="merge-item" class:conflict=item.conflict aria-describedby=move || show_error().then(|| error_id.clone())>
                <legend>{legend}</legend>
                {item.conflict.then(|| view! { <p class="hint">{move || t(T::ConflictNote)}</p> })}
                <Show when=show_error>
                    <p class="error-message" id=format!("item-{n}-error")>
                        <span class="visually-hidden">{move || t(T::ErrorPrefix)} ": "</span>
                        {move || t(T::ChooseWhichStays)}
                    </p>
                </Show>
                <table class="compare">
                    <thead>
                        <tr>
                            <th scope="col">{move || t(T::ColItem)}</th>
                            <th scope="col">{move || t(base_column)}</th>
                            <th scope="col">{move || t(T::ColInApplication)}</th>
                            <th scope="col">{move || t(T::ColFromPartner)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <div class="radios inline">
                    <label class="checkbox">
                        <input type="radio" name=name.clone() id=format!("item-{n}-take") prop:checked=initial == Some(true)
                            on:change=move |_| choose(key, true) />
                        {move || t(T::TakeTheirs)}
                    </label>
                    <label class="checkbox">
                        <input type="radio" name=name id=format!("item-{n}-keep") prop:checked=initial == Some(false)
                            on:change=move |_| choose(key, false) />
                        {move || t(T::KeepMine)}
                    </label>
                </div>
            </fieldset>
        }
    };
    view! {
        <section class="merge" aria-labelledby="merge-title">
            <h2 id="merge-title" tabindex="-1">{move || t(T::MergeTitle)} ": " {pending.partner.clone()}</h2>
            <p>{move || t(T::MergeIntro)}</p>
            {items.into_iter().enumerate().map(item_view).collect_view()}
            <p class="actions">
                <button type="button" class="button" id="merge-chosen" on:click=on_merge>{move || t(T::MergeChosen)}</button>
            </p>
        </section>
    }
}

/// Every contribution received, newest first: when, from whom, merged or not; one not merged can be
/// looked at again, the latest merge of a partner undone.
#[component]
fn Returns(look_at: Callback<ReadContribution>, said: RwSignal<Option<Said>>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let rows = Memo::new(move |_| {
        let l = lang.get();
        store.draft.with(|d| {
            let mut rows = Vec::new();
            for (r_index, req) in d.partner_requests.iter().enumerate() {
                let partner = d
                    .applicants
                    .iter()
                    .position(|a| a.id == req.applicant)
                    .map(|i| applicant_label(&d.applicants[i], i, l))
                    .unwrap_or_default();
                for (index, ret) in req.returns.iter().enumerate() {
                    // Undo is offered for the latest merged return of the request.
                    let latest_merged = req.returns.iter().rposition(|r| !r.merged_at.is_empty()) == Some(index);
                    rows.push((
                        r_index,
                        index,
                        partner.clone(),
                        ret.received_at.clone(),
                        ret.merged_at.clone(),
                        latest_merged,
                    ));
                }
            }
            rows.sort_by(|a, b| b.3.cmp(&a.3));
            rows
        })
    });
    let reopen = move |request: usize, index: usize| {
        if let Some(c) = store.draft.with_untracked(|d| partner::kept(d, request, index)) {
            look_at.run(c);
        }
    };
    let undo = move |request: usize, index: usize| {
        let result = store.draft.try_update(|d| partner::undo(d, request, index));
        said.set(Some(match result {
            Some(Ok(())) => Said::Undone,
            Some(Err(UndoRefusal::ChangedSince)) => Said::UndoRefused,
            _ => Said::Refused(T::RefusedPartnerRemoved.get(lang.get_untracked()).into()),
        }));
        focus_after_render("contribution-result".into());
    };
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <h2 id="returns">{text(lang, T::ReturnsTitle)}</h2>
            <table class="drafts">
                <caption class="visually-hidden">{text(lang, T::ReturnsTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(lang, T::ColPartner)}</th>
                        <th scope="col">{text(lang, T::ColReceived)}</th>
                        <th scope="col">{text(lang, T::PartnerStatusLabel)}</th>
                        <th scope="col">{text(lang, T::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(request, index, partner, received, merged, latest)| {
                        let l = lang.get();
                        let name_id = format!("return-{request}-{index}-name");
                        let status = if merged.is_empty() {
                            T::StatusReturned.get(l).to_string()
                        } else {
                            format!("{} {}", T::StatusMerged.get(l), files::local_date_time(l, &merged))
                        };
                        view! {
                            <tr>
                                <th scope="row" id=name_id.clone()>{partner}</th>
                                <td>{files::local_date_time(l, &received)}</td>
                                <td>{status}</td>
                                <td class="draft-actions">
                                    {merged.is_empty().then(|| view! {
                                        <button type="button" class="button small secondary" aria-describedby=name_id.clone()
                                            id=format!("return-{request}-{index}-review")
                                            on:click=move |_| reopen(request, index)>{T::ReviewContribution.get(l)}</button>
                                    })}
                                    {(!merged.is_empty() && latest).then(|| view! {
                                        <button type="button" class="button small secondary" aria-describedby=name_id.clone()
                                            id=format!("return-{request}-{index}-undo")
                                            on:click=move |_| undo(request, index)>{T::UndoMerge.get(l)}</button>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}
