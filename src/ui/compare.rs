//! Two exported files of the same application compared field by field, on the drafts page and the
//! reviewer's list: an earlier and a later file, then a table of what changed. The comparison is
//! `domain::exchange::compare`; places and values are worded by `i18n::compared_place` and
//! `i18n::compared_value`. Nothing is stored: the files are read for the comparison only.

use crate::domain::draft::RawDraft;
use crate::domain::exchange::clarification::{Finding, Problem};
use crate::domain::exchange::compare::{compare, Change, Place};
use crate::domain::formats::reader::ImportError;
use crate::domain::rules::finding::FieldPath;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::clarification::{finding, Cl};
use crate::i18n::files_app::Fa;
use crate::i18n::{self, T};
use crate::ui::dom::focus_after_render;
use crate::ui::field::message_line;
use crate::ui::files::{import_file, FileDrop};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One of the two files: the one read (its name and application), and why the last one chosen was
/// refused (the one read before it stays).
#[derive(Clone, Copy)]
struct Side {
    read: RwSignal<Option<(String, RawDraft)>>,
    refused: RwSignal<Option<ImportError>>,
}

impl Side {
    fn new() -> Self {
        Side {
            read: RwSignal::new(None),
            refused: RwSignal::new(None),
        }
    }
}

/// The 1-based position of the item a change is about, in the version that has it (the later one
/// first); none for a field outside the lists.
pub(crate) fn number(place: &Place, earlier: &RawDraft, later: &RawDraft) -> Option<usize> {
    let position = |d: &RawDraft| match place {
        Place::Applicant(id) | Place::Field(FieldPath::Applicant { id, .. }) => {
            d.applicants.iter().position(|a| a.id == *id)
        }
        Place::Line(id) | Place::Field(FieldPath::BudgetLine { id, .. }) => {
            d.budget.lines.iter().position(|l| l.id == *id)
        }
        Place::Risk(id) | Place::Field(FieldPath::Risk { id, .. }) => d.risks.iter().position(|r| r.id == *id),
        Place::Package(id) | Place::Field(FieldPath::WorkPackage { id, .. }) => {
            d.schedule.iter().position(|w| w.id == *id)
        }
        Place::Indicator(id) | Place::Field(FieldPath::Indicator { id, .. }) => {
            d.indicators.iter().position(|i| i.id == *id)
        }
        Place::Field(_) => None,
    };
    position(later).or_else(|| position(earlier)).map(|i| i + 1)
}

/// A value as the table shows it: a field's value for reading, a whole item's summary (a line's
/// amount in euros, its category by name), "(not there)" for an item added or removed.
pub(crate) fn shown(lang: Lang, place: &Place, value: &Option<String>, version: &RawDraft) -> String {
    match (value, place) {
        (None, _) => T::NotThere.get(lang).to_string(),
        (Some(v), Place::Field(path)) => i18n::compared_value(lang, *path, v, &version.applicants),
        (Some(v), at) => i18n::compared_summary(lang, at, v),
    }
}

/// The two file inputs and the comparison, under their own `<h2>`. Ids start with `id_prefix`
/// (`{id_prefix}-earlier`, `{id_prefix}-later`, `{id_prefix}-result`), unique per page.
#[component]
pub fn CompareFiles(id_prefix: &'static str) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: T| text.get(lang.get());
    let (earlier, later) = (Side::new(), Side::new());
    let result_id = format!("{id_prefix}-result");
    let changes = Memo::new(move |_| {
        earlier.read.with(|e| {
            later.read.with(|l| match (e, l) {
                (Some((_, before)), Some((_, after))) => Some(compare(before, after)),
                _ => None,
            })
        })
    });

    let choose = {
        let result_id = result_id.clone();
        move |side: Side| {
            let result_id = result_id.clone();
            Callback::new(move |list: web_sys::FileList| {
                let Some(file) = list.get(0) else { return };
                let lang = lang.get_untracked();
                let result_id = result_id.clone();
                spawn_local(async move {
                    match import_file(&file, lang).await {
                        Ok(imported) => {
                            side.refused.set(None);
                            side.read.set(Some((file.name(), imported.draft)));
                            if changes.with_untracked(Option::is_some) {
                                focus_after_render(result_id); // the screen reader hears the result
                            }
                        }
                        Err(e) => side.refused.set(Some(e)),
                    }
                });
            })
        }
    };
    let input = move |side: Side, id: String, label: T| {
        let (error_id, read_id) = (format!("{id}-error"), format!("{id}-read"));
        view! {
            <div class="compare-file">
                <FileDrop id=id label hint=T::DropHint on_files=choose(side) />
                {move || side.refused.get().map(|e| view! {
                    <p class="field-error" role="alert" id=error_id.clone()>
                        <span class="visually-hidden">{t(T::ErrorPrefix)} ": "</span>
                        {i18n::import_error(lang.get(), &e)}
                    </p>
                })}
                {move || side.read.with(|r| r.as_ref().map(|(name, _)| view! {
                    <p class="hint" id=read_id.clone()>{Fa::CompareFileRead.get(lang.get())} ": " <strong>{name.clone()}</strong></p>
                }))}
            </div>
        }
    };

    let result = move || {
        let lang = lang.get();
        changes.with(|changes| {
            let changes: &Vec<Change> = changes.as_ref()?;
            let (heading_id, labelled_by) = (result_id.clone(), result_id.clone());
            let body = if changes.is_empty() {
                view! { <p class="banner good">{Fa::NoDifferences.get(lang)}</p> }.into_any()
            } else {
                let rows = earlier.read.with(|e| {
                    later.read.with(|l| {
                        let (Some((_, before)), Some((_, after))) = (e, l) else {
                            return Vec::new();
                        };
                        changes
                            .iter()
                            .map(|c| {
                                let place = i18n::compared_place(lang, &c.place, number(&c.place, before, after));
                                let was = shown(lang, &c.place, &c.before, before);
                                let is = shown(lang, &c.place, &c.after, after);
                                view! {
                                    <tr>
                                        <th scope="row">{place}</th>
                                        <td>{was}</td>
                                        <td>{is}</td>
                                    </tr>
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                });
                view! {
                    <table class="compare" aria-labelledby=labelled_by>
                        <thead>
                            <tr>
                                <th scope="col">{T::ColItem.get(lang)}</th>
                                <th scope="col">{Fa::ColBefore.get(lang)}</th>
                                <th scope="col">{Fa::ColAfter.get(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            };
            Some(view! {
                <h3 id=heading_id tabindex="-1">{Fa::CompareResult.get(lang)}</h3>
                {body}
            })
        })
    };

    let (title_id, labelled_by) = (format!("{id_prefix}-title"), format!("{id_prefix}-title"));
    view! {
        <section class="compare-files" aria-labelledby=labelled_by>
            <h2 id=title_id>{text(lang, Fa::CompareTitle)}</h2>
            <p>{text(lang, Fa::CompareIntro)}</p>
            {input(earlier, format!("{id_prefix}-earlier"), T::CompareEarlier)}
            {input(later, format!("{id_prefix}-later"), T::CompareLater)}
            {result}
        </section>
    }
}

/// A clarification's answer compared with the application asked about (docs/rules.md §12.1), the
/// one table the lead's page and the ministry's list show: each change a row with the original and
/// the revised value, a change outside the asked parts marked at its row (`tr.outside`) with its
/// finding's words. `labelled_by` is the id of the heading above it.
pub fn answer_changes(
    lang: Lang,
    before: &RawDraft,
    after: &RawDraft,
    findings: &[Finding],
    labelled_by: String,
) -> AnyView {
    let changes = compare(before, after);
    if changes.is_empty() {
        return view! { <p class="no-changes">{Cl::NoChanges.get(lang)}</p> }.into_any();
    }
    let rows = changes
        .iter()
        .map(|c| {
            let place = i18n::compared_place(lang, &c.place, number(&c.place, before, after));
            let error = findings
                .iter()
                .find(|f| matches!(&f.problem, Problem::OutsideParts { change, .. } if change == c))
                .map(|f| message_line(lang, Severity::Error, finding(lang, f, &after.applicants), None::<&str>));
            let outside = error.is_some();
            view! {
                <tr class:outside=outside>
                    <th scope="row">{place}{error}</th>
                    <td>{shown(lang, &c.place, &c.before, before)}</td>
                    <td>{shown(lang, &c.place, &c.after, after)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="compare" aria-labelledby=labelled_by>
            <thead>
                <tr>
                    <th scope="col">{T::ColItem.get(lang)}</th>
                    <th scope="col">{Cl::ColOriginal.get(lang)}</th>
                    <th scope="col">{Cl::ColNow.get(lang)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
