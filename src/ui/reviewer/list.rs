//! The reviewer's view (`/reviewer`): many exported applications at once, read only. Each file goes
//! through the same strict import as a drafter's; a file that fails is listed with its reason and
//! the others still load. The applications are never stored or changed; the reviews (see
//! `application`) are listed, exported and imported here.

use crate::domain::formats::application;
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::review;
use crate::domain::reviewer::assessment::{self, Merged};
use crate::domain::reviewer::summary::{summary_csv, summary_row, summary_total, CsvHeadings, SummaryRow};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::{self, T};
use crate::ui::compare::CompareFiles;
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::reviewer::application::ReviewsSaveProblem;
use crate::ui::reviewer::state::use_reviewer;
use crate::ui::store::use_store;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use rust_decimal::Decimal;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Column {
    File,
    Lead,
    Project,
    Requested,
    Eligible,
    Share,
    Errors,
    Warnings,
    Score,
}

type Row = (String, SummaryRow, &'static CallProfile);

/// Sorts the rows; `points` gives an application's review points (none when not reviewed).
fn sort_rows(
    rows: &mut [Row],
    column: Column,
    ascending: bool,
    points: impl Fn(&str, &'static CallProfile) -> Option<u32>,
) {
    rows.sort_by(|(fa, a, ca), (fb, b, cb)| {
        let order = match column {
            Column::Score => points(fa, ca).cmp(&points(fb, cb)),
            Column::File => a.source.cmp(&b.source),
            Column::Lead => a.lead.cmp(&b.lead),
            Column::Project => a.project.cmp(&b.project),
            Column::Requested => a.requested.cmp(&b.requested),
            Column::Eligible => a.eligible_base.cmp(&b.eligible_base),
            Column::Share => a.grant_percent.cmp(&b.grant_percent),
            Column::Errors => a.errors.cmp(&b.errors),
            Column::Warnings => a.warnings.cmp(&b.warnings),
        };
        if ascending {
            order
        } else {
            order.reverse()
        }
    });
}

#[component]
pub fn ReviewerPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::ReviewerTitle);
    let reviewer = use_reviewer();
    let sort = RwSignal::new((Column::File, true));
    let target_filter = RwSignal::new(String::new());
    let lead_filter = RwSignal::new(String::new());
    // One summary row per opened application, in the current language, with its fingerprint.
    let rows = Memo::new(move |_| {
        let lang = store.lang.get();
        reviewer.opened.with(|o| {
            o.iter()
                .map(|x| {
                    (
                        x.fingerprint.clone(),
                        summary_row(&x.source, &x.draft, &x.analysis, lang),
                        x.analysis.call,
                    )
                })
                .collect::<Vec<_>>()
        })
    });

    let load = Callback::new(move |list: web_sys::FileList| {
        let lang = store.lang.get_untracked();
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Every file's reading starts at once; each is imported as it is awaited, and all are
        // added to the list together.
        let reading: Vec<_> = files.iter().map(|f| (f.name(), files::start_reading(f))).collect();
        spawn_local(async move {
            let mut results = Vec::with_capacity(reading.len());
            for (name, read) in reading {
                let result = match read {
                    Ok(bytes) => bytes.await.and_then(|b| application::import(&b, lang)),
                    Err(e) => Err(e),
                };
                results.push((name, result));
            }
            reviewer.add_all(results);
        });
    });
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let open_pasted = move |_| {
        if let Some(area) = pasted.get() {
            let lang = store.lang.get_untracked();
            let result = application::import(area.value().as_bytes(), lang);
            if result.is_ok() {
                area.set_value("");
            }
            reviewer.add(T::PastedText.get(lang).to_string(), result);
        }
    };
    let reviews_outcome = RwSignal::new(None::<Result<Merged, ImportError>>);
    let import_reviews = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            spawn_local(async move {
                let result = match files::read_file(&file).await {
                    Ok(bytes) => review::import(&bytes),
                    Err(e) => Err(e),
                };
                let outcome = result.map(|imported| {
                    let merged = reviewer
                        .reviews
                        .try_update(|all| assessment::merge(all, imported))
                        .unwrap_or_default();
                    reviewer.save();
                    merged
                });
                reviews_outcome.set(Some(outcome));
            });
        }
    });
    // The review's total of an application, if it has a review.
    let total_of = move |fp: &str, call: &'static CallProfile| {
        reviewer
            .reviews
            .with(|r| r.get(fp).map(|review| assessment::total(review, call)))
    };

    let shown = Memo::new(move |_| {
        let mut shown: Vec<Row> = rows.with(|rows| {
            rows.iter()
                .filter(|(_, r, _)| target_filter.with(|f| f.is_empty() || r.targets.contains(f)))
                .filter(|(_, r, _)| lead_filter.with(|f| f.is_empty() || &r.lead == f))
                .cloned()
                .collect()
        });
        let (column, ascending) = sort.get();
        sort_rows(&mut shown, column, ascending, |fp, call| {
            total_of(fp, call).map(|t| t.points)
        });
        shown
    });
    let leads = Memo::new(move |_| {
        let mut leads: Vec<String> = rows.with(|r| {
            r.iter()
                .map(|(_, r, _)| r.lead.clone())
                .filter(|l| !l.is_empty())
                .collect()
        });
        leads.sort();
        leads.dedup();
        leads
    });
    let targets = Memo::new(move |_| {
        let mut ids: Vec<String> = rows.with(|r| r.iter().flat_map(|(_, r, _)| r.targets.clone()).collect());
        ids.sort();
        ids.dedup();
        ids
    });

    let money = move |m: Option<crate::domain::vocabulary::money::Money>| {
        m.map(|m| m.format(store.lang.get())).unwrap_or_default()
    };
    let share = move |p: Option<Decimal>| {
        p.map(|p| i18n::percent(store.lang.get(), p / Decimal::ONE_HUNDRED))
            .unwrap_or_default()
    };
    let header = move |column: Column, label: T| {
        let aria_sort = move || match sort.get() {
            (c, true) if c == column => "ascending",
            (c, false) if c == column => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort" title=text(lang, T::SortBy) on:click=move |_| {
                    sort.update(|(c, asc)| {
                        if *c == column {
                            *asc = !*asc;
                        } else {
                            *c = column;
                            *asc = true;
                        }
                    })
                }>
                    {move || t(label)}
                </button>
            </th>
        }
    };
    let csv = move |_| {
        let l = store.lang.get_untracked();
        let h = CsvHeadings {
            source: T::ColFile.get(l),
            lead: T::ColLead.get(l),
            partners: T::ColPartners.get(l),
            project: T::ColProject.get(l),
            requested: T::ColRequested.get(l),
            eligible_base: T::ColEligibleCosts.get(l),
            grant_percent: T::ColShare.get(l),
            errors: T::ColErrors.get(l),
            warnings: T::ColWarnings.get(l),
            total: T::TotalRow.get(l),
        };
        let text = shown.with_untracked(|r| summary_csv(r.iter().map(|(_, r, _)| r), &h));
        let _ = files::download(
            &format!("hakemukset-{}.csv", files::today()),
            &text,
            "text/csv;charset=utf-8",
        );
    };

    view! {
        <h1>{text(lang, T::ReviewerTitle)}</h1>
        <p class="lead">{text(lang, T::ReviewerIntro)}</p>
        <FileDrop id="reviewer-files" label=T::ChooseFiles hint=T::DropFilesHint multiple=true on_files=load />
        <FieldFrame id="reviewer-paste" label=tr(T::PasteLabel) label_class="label">
            <textarea id="reviewer-paste" class="input" rows="4" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="open-pasted" on:click=open_pasted>{text(lang, T::OpenPasted)}</button></p>
        <Show when=move || reviewer.not_opened.with(|f| !f.is_empty())>
            <div class="error-summary" role="alert" id="files-not-read">
                <h2>{text(lang, T::FilesNotRead)}</h2>
                <ul>
                    {move || {
                        let l = store.lang.get();
                        reviewer.not_opened.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why.message(l)}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{text(lang, T::NoApplicationsYet)}</p> }>
            <div class="filters">
                <FieldFrame id="filter-target" label=tr(T::FilterTarget) label_class="label">
                    <select id="filter-target" class="input" on:change=move |ev| target_filter.set(event_target_value(&ev))>
                        <option value="">{text(lang, T::FilterAll)}</option>
                        {move || targets.get().into_iter().map(|id| {
                            let label = Target::from_id(&id).map_or(id.clone(), |x| i18n::target(store.lang.get(), x).to_string());
                            view! { <option value=id>{label}</option> }
                        }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="filter-lead" label=tr(T::FilterLead) label_class="label">
                    <select id="filter-lead" class="input" on:change=move |ev| lead_filter.set(event_target_value(&ev))>
                        <option value="">{text(lang, T::FilterAll)}</option>
                        {move || leads.get().into_iter().map(|l| { let value = l.clone(); view! { <option value=value>{l}</option> } }).collect_view()}
                    </select>
                </FieldFrame>
            </div>
            <div class="table-scroll">
                <table class="applications" id="applications">
                    <caption>{text(lang, T::ApplicationsTable)}</caption>
                    <thead>
                        <tr>
                            {header(Column::File, T::ColFile)}
                            {header(Column::Lead, T::ColLead)}
                            <th scope="col">{text(lang, T::ColPartners)}</th>
                            {header(Column::Project, T::ColProject)}
                            {header(Column::Requested, T::ColRequested)}
                            {header(Column::Eligible, T::ColEligibleCosts)}
                            {header(Column::Share, T::ColShare)}
                            {header(Column::Errors, T::ColErrors)}
                            {header(Column::Warnings, T::ColWarnings)}
                            {header(Column::Score, T::ColScore)}
                        </tr>
                    </thead>
                    <tbody>
                        {move || shown.get().into_iter().map(|(fp, r, call)| {
                            let (source, source_again) = (r.source.clone(), r.source.clone());
                            let (view_href, assess_href) = (format!("/reviewer/{fp}"), format!("/reviewer/{fp}/assessment"));
                            let score_text = {
                                let fp = fp.clone();
                                move || total_of(&fp, call).map_or_else(|| t(T::AssessThis).to_string(), |t| format!("{} / {}", t.points, t.max))
                            };
                            let score_label = {
                                let score_text = score_text.clone();
                                move || format!("{}: {source_again}", score_text())
                            };
                            view! {
                            <tr>
                                <th scope="row"><A href=view_href>{source}</A></th>
                                <td>{r.lead.clone()}</td>
                                <td>{r.partners.join(", ")}</td>
                                <td>{r.project.clone()}</td>
                                <td class="num">{money(r.requested)}</td>
                                <td class="num">{money(Some(r.eligible_base))}</td>
                                <td class="num">{share(r.grant_percent)}</td>
                                <td class="num">{r.errors}</td>
                                <td class="num">{r.warnings}</td>
                                <td class="num">
                                    // The name says which file ("12 / 39: hakemus.json"); aria-label, as a
                                    // hidden span's text gets a stray space before it in Chromium's name.
                                    <A href=assess_href attr:aria-label=score_label>
                                        {score_text}
                                    </A>
                                </td>
                            </tr>
                        }}).collect_view()}
                    </tbody>
                    <tfoot>
                        {move || shown.with(|r| summary_total(r.iter().map(|(_, r, _)| r))).map(|total| view! {
                            <tr>
                                <th scope="row" colspan="4">{text(lang, T::TotalRow)} " (" {total.applications} ")"</th>
                                <td class="num" id="total-requested">{money(Some(total.requested))}</td>
                                <td class="num" id="total-eligible">{money(Some(total.eligible_base))}</td>
                                <td colspan="4"></td>
                            </tr>
                        })}
                    </tfoot>
                </table>
            </div>
            <p><button type="button" class="button secondary" id="download-csv" on:click=csv>{text(lang, T::DownloadCsv)}</button></p>
        </Show>
        <CompareFiles id_prefix="reviewer-compare" />
        <section class="reviews" aria-labelledby="reviews-title">
            <h2 id="reviews-title">{text(lang, T::ReviewsTitle)}</h2>
            <p>{text(lang, T::ReviewsIntro)}</p>
            <ReviewsSaveProblem />
            {move || reviewer.unreadable.get().map(|text| view! {
                <div class="error-summary" role="alert">
                    <p>{t(T::ReviewsUnreadable)}</p>
                    <p><button type="button" class="button secondary" on:click=move |_| {
                        let _ = files::download("arviot-lukukelvoton.json", &text, "application/json");
                    }>{t(T::DownloadUnreadableReviews)}</button></p>
                </div>
            })}
            <p id="reviews-stored">{move || i18n::reviews_stored(store.lang.get(), reviewer.reviews.with(|r| r.len()))}</p>
            <p><button type="button" class="button secondary" id="download-reviews" on:click=move |_| reviewer.download()>{text(lang, T::DownloadReviews)}</button></p>
            <FileDrop id="reviews-file" label=T::ChooseReviewsFile hint=T::DropReviewsHint on_files=import_reviews />
            {move || reviews_outcome.get().map(|outcome| match outcome {
                Ok(merged) => view! { <p class="ok" role="status" id="reviews-imported">{i18n::reviews_merged(store.lang.get(), &merged)}</p> }.into_any(),
                Err(e) => view! {
                    <div class="error-summary" role="alert" id="reviews-imported">
                        <h3>{t(T::ReviewsNotImported)}</h3>
                        <p class="error-message">{i18n::import_error(store.lang.get(), &e)}</p>
                    </div>
                }.into_any(),
            })}
        </section>
    }
}
