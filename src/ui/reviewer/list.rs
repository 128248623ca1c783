//! The reviewer's view (`/reviewer`): many exported applications at once, read only. Each file goes
//! through the same strict import as a drafter's; a file that fails is listed with its reason and
//! the others still load. The applications are never stored or changed; the reviews (see
//! `application`) are listed, exported and imported here.

use crate::domain::formats::application;
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::review;
use crate::domain::formats::review::Reviewer;
use crate::domain::reviewer::assessment::{self, Merged};
use crate::domain::reviewer::panel::{self, ApplicationPanel};
use crate::domain::reviewer::summary::{
    summary_csv_with_panel, summary_row, summary_total, CsvHeadings, PanelHeadings, SummaryRow,
};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::reviewer::R;
use crate::i18n::{self, T};
use crate::ui::compare::CompareFiles;
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::language::use_lang;
use crate::ui::reviewer::application::ReviewsSaveProblem;
use crate::ui::reviewer::state::use_reviewer;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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
    let lang = use_lang();
    let t = move |text: T| text.get(lang.get());
    plain_page_title(T::ReviewerTitle);
    let reviewer = use_reviewer();
    let sort = RwSignal::new((Column::File, true));
    let target_filter = RwSignal::new(String::new());
    let lead_filter = RwSignal::new(String::new());
    // One summary row per opened application, in the current language, with its fingerprint.
    let rows = Memo::new(move |_| {
        let lang = lang.get();
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
        let lang = lang.get_untracked();
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Every file's reading starts at once; each is imported as it is awaited, and all are
        // added to the list together.
        let reading: Vec<_> = files.iter().map(|f| (f.name(), files::start_reading(f))).collect();
        spawn_local(async move {
            let mut results = Vec::with_capacity(reading.len());
            for (name, read) in reading {
                let (text, result) = match read {
                    Ok(bytes) => match bytes.await {
                        Ok(b) => (
                            Some(String::from_utf8_lossy(&b).into_owned()),
                            application::import(&b, lang),
                        ),
                        Err(e) => (None, Err(e)),
                    },
                    Err(e) => (None, Err(e)),
                };
                results.push((name, text, result));
            }
            reviewer.add_all(results);
        });
    });
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let open_pasted = move |_| {
        if let Some(area) = pasted.get() {
            let lang = lang.get_untracked();
            let text = area.value();
            let result = application::import(text.as_bytes(), lang);
            if result.is_ok() {
                area.set_value("");
            }
            reviewer.add(T::PastedText.get(lang).to_string(), Some(text), result);
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

    // The panel: the reviewer's own reviews first, then the other reviewers' files.
    let members = Memo::new(move |_| reviewer.members());
    let others = Memo::new(move |_| {
        let l = lang.get();
        members.with(|m| {
            m.iter()
                .enumerate()
                .skip(1)
                .map(|(i, m)| i18n::member_name(l, &m.reviewer, i + 1))
                .collect::<Vec<_>>()
        })
    });
    let panels = Memo::new(move |_| {
        members.with(|m| {
            rows.with(|rows| {
                rows.iter()
                    .map(|(fp, _, call)| (fp.clone(), panel::application(m, fp, call)))
                    .collect::<BTreeMap<String, ApplicationPanel>>()
            })
        })
    });
    let own_municipality = Memo::new(move |_| {
        let who = reviewer.identity.get();
        reviewer
            .opened
            .with(|o| panel::own_municipality_applications(&who, o.iter().map(|x| (x.fingerprint.as_str(), &*x.draft))))
    });
    // Blind mode's rule, per application.
    let visible = move |fp: &str, call: &'static CallProfile| {
        let blind = reviewer.blind.get();
        reviewer.reviews.with(|r| panel::others_visible(blind, r.get(fp), call))
    };
    // Scores without reasons, listed when the reviewer asks to download (see `download_reviews`).
    let unreasoned = RwSignal::new(Vec::<panel::Unreasoned>::new());
    // Scores need reasons; a score without one is flagged before the export, with links to each
    // criterion, and the reviewer may still download after confirming. Not blocked: the export is
    // also the reviewer's backup and the way to hand work over, and a score may be self-evident
    // (a 0 for a question left unanswered); blocking would keep work in one browser.
    let download_reviews = move |_| {
        let missing = reviewer.reviews.with_untracked(|r| panel::unreasoned(r.values()));
        if missing.is_empty() {
            unreasoned.set(Vec::new());
            reviewer.download();
        } else {
            unreasoned.set(missing);
            crate::ui::dom::focus_after_render("unreasoned-title".into());
        }
    };
    let load_panel = Callback::new(move |list: web_sys::FileList| {
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        let reading: Vec<_> = files.iter().map(|f| (f.name(), files::start_reading(f))).collect();
        spawn_local(async move {
            let mut results = Vec::with_capacity(reading.len());
            for (name, read) in reading {
                let bytes = match read {
                    Ok(bytes) => bytes.await,
                    Err(e) => Err(e),
                };
                results.push((name, bytes));
            }
            reviewer.add_panel_files(results);
        });
    });
    let identity_now = reviewer.identity.get_untracked();
    let set_name = move |ev: leptos::ev::Event| {
        let who = reviewer.identity.get_untracked();
        reviewer.set_identity(Reviewer::typed(&event_target_value(&ev), &who.organisation));
    };
    let set_organisation = move |ev: leptos::ev::Event| {
        let who = reviewer.identity.get_untracked();
        reviewer.set_identity(Reviewer::typed(&who.name, &event_target_value(&ev)));
    };

    let money =
        move |m: Option<crate::domain::vocabulary::money::Money>| m.map(|m| m.format(lang.get())).unwrap_or_default();
    let share = move |p: Option<Decimal>| {
        p.map(|p| i18n::percent(lang.get(), p / Decimal::ONE_HUNDRED))
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
        let l = lang.get_untracked();
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
        // The panel's columns as the table shows them: the others by name, the mean, the spread,
        // the own assessment; hidden in blind mode where the table hides them.
        let names = others.get_untracked();
        let p = PanelHeadings {
            members: &names,
            mean: T::ColMean.get(l),
            spread: T::ColSpread.get(l),
            own: T::ColScore.get(l),
            not_reviewed: T::NotAssessed.get(l),
            stood_aside: T::StoodAside.get(l),
            incomplete: T::Incomplete.get(l),
            hidden: T::HiddenScore.get(l),
        };
        let blind = reviewer.blind.get_untracked();
        // The panel of each row as the table has it (`panels`), not worked out again.
        let text = shown.with_untracked(|rows| {
            panels.with_untracked(|panels| {
                reviewer.reviews.with_untracked(|reviews| {
                    let cells = rows.iter().filter_map(|(fp, r, call)| {
                        let shown = panel::others_visible(blind, reviews.get(fp), call);
                        Some((r, panels.get(fp)?, shown))
                    });
                    summary_csv_with_panel(cells, &h, &p)
                })
            })
        });
        let _ = files::download(
            &format!("hakemukset-{}.csv", files::today()),
            &text,
            "text/csv;charset=utf-8",
        );
    };

    view! {
        <h1>{text(lang, T::ReviewerTitle)}</h1>
        <p class="lead">{text(lang, T::ReviewerIntro)}</p>
        <p><A href="/reviewer/decision" attr:id="to-proposal">{move || crate::i18n::decision::D::ToProposal.get(lang.get())}</A></p>
        <section class="reviewer-identity" aria-labelledby="identity-title">
            <h2 id="identity-title">{text(lang, T::ReviewerIdentityTitle)}</h2>
            <p>{text(lang, T::ReviewerIdentityIntro)}</p>
            <FieldFrame id="reviewer-name" label=tr(T::ReviewerName) label_class="label">
                <input id="reviewer-name" class="input" type="text" autocomplete="name" prop:value=identity_now.name.clone() on:change=set_name />
            </FieldFrame>
            <FieldFrame id="reviewer-organisation" label=tr(T::ReviewerOrganisation) label_class="label" hint=Some(tr(T::ReviewerOrganisationHint))>
                <input id="reviewer-organisation" class="input" type="text" autocomplete="organization" aria-describedby="reviewer-organisation-hint reviewer-municipality"
                    prop:value=identity_now.organisation.clone() on:change=set_organisation />
            </FieldFrame>
            <p id="reviewer-municipality" role="status">
                {move || {
                    let l = lang.get();
                    reviewer.identity.with(|r| r.municipality.as_deref().and_then(crate::domain::vocabulary::register::by_code).map(|m| i18n::reviewer_municipality(l, m.name(l))))
                }}
            </p>
            <div class="field">
                <label class="checkbox">
                    <input type="checkbox" id="blind-mode" prop:checked=move || reviewer.blind.get()
                        on:change=move |ev| reviewer.set_blind(event_target_checked(&ev)) />
                    {text(lang, T::BlindMode)}
                </label>
            </div>
        </section>
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
                        let l = lang.get();
                        reviewer.not_opened.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why.message(l)}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <NotKept />
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{text(lang, T::NoApplicationsYet)}</p> }>
            <div class="filters">
                <FieldFrame id="filter-target" label=tr(T::FilterTarget) label_class="label">
                    <select id="filter-target" class="input" on:change=move |ev| target_filter.set(event_target_value(&ev))>
                        <option value="">{text(lang, T::FilterAll)}</option>
                        {move || targets.get().into_iter().map(|id| {
                            let label = Target::from_id(&id).map_or(id.clone(), |x| i18n::target(lang.get(), x).to_string());
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
                // The headings a phone shows beside the panel's cells (style/reviewer.css), as CSS strings.
                <table class="applications" id="applications" style=move || {
                    let l = lang.get();
                    let q = |x: T| x.get(l).replace(['\\', '"'], "");
                    format!(
                        "--mean:\"{}\";--spread:\"{}\";--score:\"{}\";--requested:\"{}\"",
                        q(T::ColMean),
                        q(T::ColSpread),
                        q(T::ColScore),
                        q(T::ColRequested)
                    )
                }>
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
                            // The own assessment stays the last column, after the panel's.
                            <th scope="col">{text(lang, T::ColActions)}</th>
                            {move || others.get().into_iter().map(|name| view! { <th scope="col">{name}</th> }).collect_view()}
                            <th scope="col">{text(lang, T::ColMean)}</th>
                            <th scope="col">{text(lang, T::ColSpread)}</th>
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
                            let close_label = {
                                let source = r.source.clone();
                                move || i18n::close_application(lang.get(), &source)
                            };
                            let close_fp = fp.clone();
                            let own_applies = {
                                let fp = fp.clone();
                                move || own_municipality.with(|o| o.contains(&fp))
                            };
                            let panel_cells = {
                                let fp = fp.clone();
                                move || {
                                    let l = lang.get();
                                    let shown = visible(&fp, call);
                                    let hidden = || T::HiddenScore.get(l).to_string();
                                    panels.with(|p| {
                                        let Some(ap) = p.get(&fp) else { return ().into_any() };
                                        let cells = ap.standings.iter().skip(1).map(|s| {
                                            let text = if shown { i18n::standing(l, s) } else { hidden() };
                                            view! { <td class="num panel-total">{text}</td> }
                                        }).collect_view();
                                        let mean = if shown { i18n::mean(l, ap.mean) } else { hidden() };
                                        let spread = if shown { ap.spread.map_or("–".to_string(), |s| s.to_string()) } else { hidden() };
                                        view! {
                                            {cells}
                                            <td class="num panel-mean">{mean}</td>
                                            <td class="num panel-spread">{spread}</td>
                                        }.into_any()
                                    })
                                }
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
                                <td>
                                    <button type="button" class="button secondary small close-application" on:click=move |_| reviewer.close(&close_fp)>
                                        {close_label}
                                    </button>
                                </td>
                                {panel_cells}
                                <td class="num">
                                    // The name says which file ("12 / 39: hakemus.json"); aria-label, as a
                                    // hidden span's text gets a stray space before it in Chromium's name.
                                    <A href=assess_href attr:aria-label=score_label>
                                        {score_text}
                                    </A>
                                    <Show when=own_applies.clone()>
                                        <span class="own-municipality">{move || t(T::OwnMunicipalityApplies)}</span>
                                    </Show>
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
                                <td colspan=move || (4 + others.with(Vec::len) + 3).to_string()></td>
                            </tr>
                        })}
                    </tfoot>
                </table>
            </div>
            <p><button type="button" class="button secondary" id="download-csv" on:click=csv>{text(lang, T::DownloadCsv)}</button></p>
        </Show>
        <section class="panel" aria-labelledby="panel-title">
            <h2 id="panel-title">{text(lang, T::PanelTitle)}</h2>
            <p>{text(lang, T::PanelIntro)}</p>
            <FileDrop id="panel-files" label=T::ChoosePanelFiles hint=T::DropPanelHint multiple=true on_files=load_panel />
            <Show when=move || reviewer.panel_not_read.with(|f| !f.is_empty())>
                <div class="error-summary" role="alert" id="panel-not-read">
                    <h3>{text(lang, T::PanelFilesNotRead)}</h3>
                    <ul>
                        {move || {
                            let l = lang.get();
                            reviewer.panel_not_read.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why.message(l)}</li> }).collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <h3>{text(lang, T::PanelMembers)}</h3>
            <Show when=move || reviewer.panel.with(|p| !p.is_empty()) fallback=move || view! { <p>{text(lang, T::NoPanelFiles)}</p> }>
                <ul class="panel-members" id="panel-members">
                    {move || {
                        let l = lang.get();
                        reviewer.panel.get().into_iter().enumerate().map(|(i, f)| {
                            let name = i18n::member_name(l, &f.reviewer, i + 2);
                            let label = i18n::panel_file(l, &name, &f.reviewer.organisation, &f.source, f.reviews.len());
                            let remove = i18n::remove_member(l, &name);
                            let key = f.key.clone();
                            view! {
                                <li>
                                    {label} " "
                                    <button type="button" class="button secondary small" on:click=move |_| reviewer.remove_panel_file(&key)>{remove}</button>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
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
            <p id="reviews-stored">{move || i18n::reviews_stored(lang.get(), reviewer.reviews.with(|r| r.len()))}</p>
            <p><button type="button" class="button secondary" id="download-reviews" on:click=download_reviews>{text(lang, T::DownloadReviews)}</button></p>
            <Show when=move || unreasoned.with(|u| !u.is_empty())>
                <div class="error-summary" id="unreasoned">
                    <h3 id="unreasoned-title" tabindex="-1">{text(lang, T::UnreasonedTitle)}</h3>
                    <p>{text(lang, T::UnreasonedIntro)}</p>
                    <ul>
                        {move || {
                            let l = lang.get();
                            unreasoned.get().into_iter().map(|u| {
                                let href = format!("/reviewer/{}/assessment#note-{}", u.fingerprint, u.criterion.id());
                                view! { <li><A href=href>{i18n::unreasoned(l, &u.project, u.criterion)}</A></li> }
                            }).collect_view()
                        }}
                    </ul>
                    <p><button type="button" class="button secondary" id="download-anyway" on:click=move |_| {
                        unreasoned.set(Vec::new());
                        reviewer.download();
                    }>{text(lang, T::DownloadAnyway)}</button></p>
                </div>
            </Show>
            <FileDrop id="reviews-file" label=T::ChooseReviewsFile hint=T::DropReviewsHint on_files=import_reviews />
            {move || reviews_outcome.get().map(|outcome| match outcome {
                Ok(merged) => view! { <p class="ok" role="status" id="reviews-imported">{i18n::reviews_merged(lang.get(), &merged)}</p> }.into_any(),
                Err(e) => view! {
                    <div class="error-summary" role="alert" id="reviews-imported">
                        <h3>{t(T::ReviewsNotImported)}</h3>
                        <p class="error-message">{i18n::import_error(lang.get(), &e)}</p>
                    </div>
                }.into_any(),
            })}
        </section>
    }
}

/// The files opened or loaded into the panel that could not be kept in the browser: said in words,
/// since they are gone at the next load.
#[component]
fn NotKept() -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    view! {
        <Show when=move || reviewer.not_kept.with(|n| !n.is_empty())>
            <div class="error-summary" role="alert" id="files-not-kept">
                <h2>{move || {
                    let one = reviewer.not_kept.with(|n| n.len() == 1);
                    if one { R::NotKeptTitleOne } else { R::NotKeptTitleMany }.get(lang.get())
                }}</h2>
                <ul>
                    {move || {
                        let l = lang.get();
                        reviewer.not_kept.get().into_iter().map(|(_, name, why)| {
                            let cause = if why == crate::storage::SaveError::Quota { R::NotKeptFull } else { R::NotKeptRefused };
                            view! { <li><strong>{name}</strong> ": " {cause.get(l)} " " {R::NotKeptThisTab.get(l)}</li> }
                        }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
