//! The reviewer's view (`/reviewer`): many exported applications at once, read only. Each file goes
//! through the same strict import as a drafter's; a file that fails is listed with its reason and
//! the others still load. The applications are never stored or changed; the reviews (see
//! `application`) are listed, exported and imported here.

use crate::domain::formats::application;
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::review;
use crate::domain::formats::review::Reviewer;
use crate::domain::reviewer::assessment::{self, ImportPlan, Merged};
use crate::domain::reviewer::panel::{self, ApplicationPanel, Whose};
use crate::domain::reviewer::summary::{
    summary_csv_with_panel, summary_row, summary_total, CsvHeadings, PanelHeadings, SummaryRow,
};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::reviewer::R;
use crate::i18n::{self, T};
use crate::ui::compare::CompareFiles;
use crate::ui::dom::{css_properties, css_string};
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
    Lead,
    Project,
    Requested,
    Eligible,
    Share,
    Errors,
    Warnings,
    Mean,
    Spread,
    Score,
}

type Row = (String, SummaryRow, &'static CallProfile);

/// An application's numbers of the assessment, as the table shows them (none where a cell is empty
/// or hidden in blind mode, so that the order tells nothing the cells do not).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Scores {
    points: Option<u32>,
    mean: Option<Decimal>,
    spread: Option<u32>,
}

/// Sorts the rows; `scores` gives an application's assessment numbers. Rows that tie keep their
/// order, and projects of the same name are ordered by their files.
fn sort_rows(rows: &mut [Row], column: Column, ascending: bool, scores: impl Fn(&str, &'static CallProfile) -> Scores) {
    rows.sort_by(|(fa, a, ca), (fb, b, cb)| {
        let order = match column {
            Column::Score => scores(fa, ca).points.cmp(&scores(fb, cb).points),
            Column::Mean => scores(fa, ca).mean.cmp(&scores(fb, cb).mean),
            Column::Spread => scores(fa, ca).spread.cmp(&scores(fb, cb).spread),
            Column::Lead => a.lead.cmp(&b.lead),
            Column::Project => a.project.cmp(&b.project).then_with(|| a.source.cmp(&b.source)),
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
    // The headings a phone shows beside the panel's cells (style/reviewer.css).
    let table = NodeRef::<leptos::html::Table>::new();
    css_properties(table, move || {
        let l = lang.get();
        let q = |x: R| css_string(x.get(l));
        vec![
            ("--mean", q(R::ColMean)),
            ("--spread", q(R::ColSpread)),
            ("--score", q(R::ColScore)),
            ("--requested", q(R::ColRequested)),
        ]
    });
    let t = move |text: R| text.get(lang.get());
    plain_page_title(T::ReviewerTitle);
    let reviewer = use_reviewer();
    let sort = RwSignal::new((Column::Project, true));
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
            reviewer.add(R::PastedText.get(lang).to_string(), Some(text), result);
        }
    };
    // "Tuo omat arviosi tiedostosta": the reviewer's own file from another browser. Another
    // reviewer's file goes to the panel, never over the reviewer's own; a newer review replaces the
    // one here only when the reviewer says so, and what it replaced is kept (`replaced`).
    let own_import = RwSignal::new(None::<OwnImport>);
    let take_own = move |source: String, bytes: Vec<u8>, file: review::Imported, decided: Option<Whose>| {
        let own = reviewer.identity.get_untracked();
        let whose = decided.unwrap_or_else(|| panel::whose(&own, file.reviewer.as_ref()));
        let outcome = match whose {
            Whose::Other => {
                let name = file.reviewer.map(|r| r.name).unwrap_or_default();
                reviewer.add_panel_files(vec![(source.clone(), Ok(bytes))]);
                OwnImport::ToPanel(if name.trim().is_empty() { source } else { name })
            }
            Whose::Unsure => OwnImport::Ask { source, bytes, file },
            Whose::Own => {
                // The file names the reviewer and this browser does not: now it does.
                if let Some(who) = file
                    .reviewer
                    .filter(|r| own.name.trim().is_empty() && !r.name.trim().is_empty())
                {
                    reviewer.set_identity(who);
                }
                let plan = reviewer.reviews.with_untracked(|r| assessment::plan(r, file.reviews));
                if plan.replacing.is_empty() {
                    OwnImport::Done(reviewer.import_own(plan, false))
                } else {
                    OwnImport::Confirm(plan)
                }
            }
        };
        own_import.set(Some(outcome));
    };
    let import_reviews = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            let source = file.name();
            spawn_local(async move {
                let read = files::read_file(&file)
                    .await
                    .and_then(|bytes| review::import_file(&bytes).map(|f| (bytes, f)));
                match read {
                    Ok((bytes, f)) => take_own(source, bytes, f, None),
                    Err(e) => own_import.set(Some(OwnImport::Failed(e))),
                }
            });
        }
    });
    // The review's total of an application, if it has a review.
    let total_of = move |fp: &str, call: &'static CallProfile| {
        reviewer
            .reviews
            .with(|r| r.get(fp).map(|review| assessment::total(review, call)))
    };

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
    // Blind mode's rule, per application.
    let visible = move |fp: &str, call: &'static CallProfile| {
        let blind = reviewer.blind.get();
        reviewer.reviews.with(|r| panel::others_visible(blind, r.get(fp), call))
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
        match column {
            Column::Mean | Column::Spread => panels.with(|p| {
                sort_rows(&mut shown, column, ascending, |fp, call| {
                    let ap = p.get(fp).filter(|_| visible(fp, call));
                    Scores {
                        mean: ap.and_then(|a| a.mean),
                        spread: ap.and_then(|a| a.spread),
                        ..Scores::default()
                    }
                })
            }),
            _ => sort_rows(&mut shown, column, ascending, |fp, call| Scores {
                points: total_of(fp, call).map(|t| t.points),
                ..Scores::default()
            }),
        }
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

    let own_municipality = Memo::new(move |_| {
        let who = reviewer.identity.get();
        reviewer
            .opened
            .with(|o| panel::own_municipality_applications(&who, o.iter().map(|x| (x.fingerprint.as_str(), &*x.draft))))
    });
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
    let header = move |column: Column, label: R| {
        let aria_sort = move || match sort.get() {
            (c, true) if c == column => "ascending",
            (c, false) if c == column => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort" title=text(lang, R::SortBy) on:click=move |_| {
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
            source: R::ColFile.get(l),
            lead: R::ColLead.get(l),
            partners: R::ColPartners.get(l),
            project: R::ColProject.get(l),
            requested: R::ColRequested.get(l),
            eligible_base: R::ColEligibleCosts.get(l),
            grant_percent: R::ColShare.get(l),
            errors: R::ColErrors.get(l),
            warnings: R::ColWarnings.get(l),
            total: R::TotalRow.get(l),
        };
        // The panel's columns as the table shows them: the others by name, the mean, the spread,
        // the own assessment; hidden in blind mode where the table hides them.
        let names = others.get_untracked();
        let spread_heading = format!("{} ({})", R::ColSpread.get(l), R::SpreadAbbr.get(l));
        let p = PanelHeadings {
            members: &names,
            mean: R::ColMean.get(l),
            spread: &spread_heading,
            own: R::ColScore.get(l),
            not_reviewed: R::NotAssessed.get(l),
            stood_aside: R::StoodAside.get(l),
            incomplete: R::Incomplete.get(l),
            hidden: R::HiddenScore.get(l),
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
        <p class="lead">{text(lang, R::ReviewerIntro)}</p>
        <p><A href="/reviewer/decision" attr:id="to-proposal">{move || crate::i18n::decision::D::ToProposal.get(lang.get())}</A></p>
        // The first phase's workshop is a page of another app: a page load.
        <p><a href="/initiatives/workshop" rel="external" id="to-workshop">{move || R::ToWorkshop.get(lang.get())}</a></p>
        <section class="reviewer-identity" aria-labelledby="identity-title">
            <h2 id="identity-title">{text(lang, R::ReviewerIdentityTitle)}</h2>
            <p>{text(lang, R::ReviewerIdentityIntro)}</p>
            <FieldFrame id="reviewer-name" label=tr(R::ReviewerName) label_class="label">
                <input id="reviewer-name" class="input" type="text" autocomplete="name" prop:value=move || reviewer.identity.with(|r| r.name.clone()) on:change=set_name />
            </FieldFrame>
            <FieldFrame id="reviewer-organisation" label=tr(R::ReviewerOrganisation) label_class="label" hint=Some(tr(R::ReviewerOrganisationHint))>
                <input id="reviewer-organisation" class="input" type="text" autocomplete="organization" aria-describedby="reviewer-organisation-hint reviewer-municipality"
                    prop:value=move || reviewer.identity.with(|r| r.organisation.clone()) on:change=set_organisation />
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
                    {text(lang, R::BlindMode)}
                </label>
            </div>
        </section>
        <FileDrop id="reviewer-files" label=T::ChooseFiles hint=T::DropFilesHint multiple=true on_files=load />
        <FieldFrame id="reviewer-paste" label=tr(T::PasteLabel) label_class="label">
            <textarea id="reviewer-paste" class="input" rows="4" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="open-pasted" on:click=open_pasted>{text(lang, R::OpenPasted)}</button></p>
        <Show when=move || reviewer.not_opened.with(|f| !f.is_empty())>
            <div class="error-summary" role="alert" id="files-not-read">
                <h2>{text(lang, R::FilesNotRead)}</h2>
                <ul>
                    {move || {
                        let l = lang.get();
                        reviewer.not_opened.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why.message(l)}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <NotKept />
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{text(lang, R::NoApplicationsYet)}</p> }>
            <div class="filters">
                <FieldFrame id="filter-target" label=tr(R::FilterTarget) label_class="label">
                    <select id="filter-target" class="input" on:change=move |ev| target_filter.set(event_target_value(&ev))>
                        <option value="">{text(lang, R::FilterAll)}</option>
                        {move || targets.get().into_iter().map(|id| {
                            let label = Target::from_id(&id).map_or(id.clone(), |x| i18n::target(lang.get(), x).to_string());
                            view! { <option value=id>{label}</option> }
                        }).collect_view()}
                    </select>
                </FieldFrame>
                <FieldFrame id="filter-lead" label=tr(R::FilterLead) label_class="label">
                    <select id="filter-lead" class="input" on:change=move |ev| lead_filter.set(event_target_value(&ev))>
                        <option value="">{text(lang, R::FilterAll)}</option>
                        {move || leads.get().into_iter().map(|l| { let value = l.clone(); view! { <option value=value>{l}</option> } }).collect_view()}
                    </select>
                </FieldFrame>
            </div>
            <div class="table-scroll">
                <table class="applications" id="applications" node_ref=table>
                    <caption>
                        {text(lang, R::ApplicationsTable)}
                        <span class="caption-note" id="spread-hint">{move || R::SpreadHint.get(lang.get())}</span>
                    </caption>
                    <thead>
                        <tr>
                            {header(Column::Project, R::ColProject)}
                            {header(Column::Lead, R::ColLead)}
                            <th scope="col">{text(lang, R::ColPartners)}</th>
                            {header(Column::Requested, R::ColRequested)}
                            {header(Column::Eligible, R::ColEligibleCosts)}
                            {header(Column::Share, R::ColShare)}
                            {header(Column::Errors, R::ColErrors)}
                            {header(Column::Warnings, R::ColWarnings)}
                            // The own assessment stays the last column, after the panel's.
                            <th scope="col">{text(lang, T::ColActions)}</th>
                            {move || others.get().into_iter().map(|name| view! { <th scope="col">{name}</th> }).collect_view()}
                            {header(Column::Mean, R::ColMean)}
                            {header(Column::Spread, R::ColSpread)}
                            {header(Column::Score, R::ColScore)}
                        </tr>
                    </thead>
                    <tbody>
                        {move || shown.get().into_iter().map(|(fp, r, call)| {
                            // The row is named by its project; its file's name is secondary.
                            let project = if r.project.trim().is_empty() { t(R::UnnamedProject).to_string() } else { r.project.clone() };
                            let (source, project_again) = (r.source.clone(), project.clone());
                            let (view_href, assess_href) = (format!("/reviewer/{fp}"), format!("/reviewer/{fp}/assessment"));
                            let score_text = {
                                let fp = fp.clone();
                                move || total_of(&fp, call).map_or_else(|| t(R::AssessThis).to_string(), |t| format!("{} / {}", t.points, t.max))
                            };
                            let score_label = {
                                let score_text = score_text.clone();
                                move || format!("{}: {project_again}", score_text())
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
                                    let hidden = || R::HiddenScore.get(l).to_string();
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
                                <th scope="row">
                                    <A href=view_href>{project}</A>
                                    <span class="file-name">{source}</span>
                                </th>
                                <td>{r.lead_with_code()}</td>
                                <td>{r.partners_with_codes()}</td>
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
                                        <span class="own-municipality">{move || t(R::OwnMunicipalityApplies)}</span>
                                    </Show>
                                </td>
                            </tr>
                        }}).collect_view()}
                    </tbody>
                    <tfoot>
                        {move || shown.with(|r| summary_total(r.iter().map(|(_, r, _)| r))).map(|total| view! {
                            <tr>
                                <th scope="row" colspan="3">{text(lang, R::TotalRow)} " (" {total.applications} ")"</th>
                                <td class="num" id="total-requested">{money(Some(total.requested))}</td>
                                <td class="num" id="total-eligible">{money(Some(total.eligible_base))}</td>
                                <td colspan=move || (4 + others.with(Vec::len) + 3).to_string()></td>
                            </tr>
                        })}
                    </tfoot>
                </table>
            </div>
            <p><button type="button" class="button secondary" id="download-csv" on:click=csv>{text(lang, R::DownloadCsv)}</button></p>
        </Show>
        <section class="panel" aria-labelledby="panel-title">
            <h2 id="panel-title">{text(lang, R::PanelTitle)}</h2>
            <p>{text(lang, R::PanelIntro)}</p>
            <FileDrop id="panel-files" label=T::ChoosePanelFiles hint=T::DropPanelHint multiple=true on_files=load_panel />
            <Show when=move || reviewer.panel_not_read.with(|f| !f.is_empty())>
                <div class="error-summary" role="alert" id="panel-not-read">
                    <h3>{text(lang, R::PanelFilesNotRead)}</h3>
                    <ul>
                        {move || {
                            let l = lang.get();
                            reviewer.panel_not_read.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why.message(l)}</li> }).collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <h3>{text(lang, R::PanelMembers)}</h3>
            <Show when=move || reviewer.panel.with(|p| !p.is_empty()) fallback=move || view! { <p>{text(lang, R::NoPanelFiles)}</p> }>
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
            <h2 id="reviews-title">{text(lang, R::ReviewsTitle)}</h2>
            <p>{text(lang, R::ReviewsIntro)}</p>
            <ReviewsSaveProblem />
            {move || reviewer.unreadable.get().map(|text| view! {
                <div class="error-summary" role="alert">
                    <p>{t(R::ReviewsUnreadable)}</p>
                    <p><button type="button" class="button secondary" on:click=move |_| {
                        let _ = files::download("arviot-lukukelvoton.json", &text, "application/json");
                    }>{t(R::DownloadUnreadableReviews)}</button></p>
                </div>
            })}
            <p id="reviews-stored">{move || i18n::reviews_stored(lang.get(), reviewer.reviews.with(|r| r.len()))}</p>
            <p><button type="button" class="button secondary" id="download-reviews" on:click=download_reviews>{text(lang, R::DownloadReviews)}</button></p>
            <Show when=move || unreasoned.with(|u| !u.is_empty())>
                <div class="error-summary" id="unreasoned">
                    <h3 id="unreasoned-title" tabindex="-1">{text(lang, R::UnreasonedTitle)}</h3>
                    <p>{text(lang, R::UnreasonedIntro)}</p>
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
                    }>{text(lang, R::DownloadAnyway)}</button></p>
                </div>
            </Show>
            <FileDrop id="reviews-file" label=T::ChooseReviewsFile hint=T::DropReviewsHint on_files=import_reviews />
            {move || own_import.get().map(|outcome| own_import_view(lang.get(), outcome, own_import, take_own))}
            <Replaced />
        </section>
    }
}

/// Where an import of the reviewer's own file stands.
#[derive(Clone)]
enum OwnImport {
    Failed(ImportError),
    Done(Merged),
    /// Another reviewer's file, opened in the panel (their name, else the file's).
    ToPanel(String),
    /// Only one of the file and this browser names a reviewer: the reviewer says whose it is.
    Ask {
        source: String,
        bytes: Vec<u8>,
        file: review::Imported,
    },
    /// Newer reviews would replace those here: the reviewer says whether.
    Confirm(ImportPlan),
}

/// What the import of the reviewer's own file did, or what it asks.
fn own_import_view(
    l: crate::domain::vocabulary::locale::Lang,
    outcome: OwnImport,
    own_import: RwSignal<Option<OwnImport>>,
    take_own: impl Fn(String, Vec<u8>, review::Imported, Option<Whose>) + Clone + Send + Sync + 'static,
) -> AnyView {
    let reviewer = use_reviewer();
    let status = |text: String| view! { <p class="ok" role="status" id="reviews-imported">{text}</p> }.into_any();
    match outcome {
        OwnImport::Done(merged) => status(i18n::reviews_merged(l, &merged)),
        OwnImport::ToPanel(name) => status(i18n::reviewer::file_to_panel(l, &name)),
        OwnImport::Failed(e) => view! {
            <div class="error-summary" role="alert" id="reviews-imported">
                <h3>{R::ReviewsNotImported.get(l)}</h3>
                <p class="error-message">{i18n::import_error(l, &e)}</p>
            </div>
        }
        .into_any(),
        OwnImport::Ask { source, bytes, file } => {
            let question = i18n::reviewer::whose_question(
                l,
                file.reviewer.as_ref().map_or("", |r| r.name.as_str()),
                &reviewer.identity.with_untracked(|r| r.name.clone()),
            );
            let mine = {
                let (source, bytes, file, take_own) = (source.clone(), bytes.clone(), file.clone(), take_own.clone());
                move |_| take_own(source.clone(), bytes.clone(), file.clone(), Some(Whose::Own))
            };
            let theirs = move |_| take_own(source.clone(), bytes.clone(), file.clone(), Some(Whose::Other));
            crate::ui::dom::focus_after_render("whose-title".into());
            view! {
                <div class="notice" id="reviews-imported">
                    <h3 id="whose-title" tabindex="-1">{R::WhoseTitle.get(l)}</h3>
                    <p>{question}</p>
                    <p class="actions">
                        <button type="button" class="button" id="whose-mine" on:click=mine>{R::WhoseMine.get(l)}</button>
                        " "
                        <button type="button" class="button secondary" id="whose-other" on:click=theirs>{R::WhoseOther.get(l)}</button>
                    </p>
                </div>
            }
            .into_any()
        }
        OwnImport::Confirm(plan) => {
            let items = plan
                .replacing
                .iter()
                .map(|r| {
                    let total = |review: &review::Review| {
                        crate::domain::vocabulary::call::by_id(&review.application.call)
                            .map(|call| i18n::assessment_total(l, &assessment::total(review, call)))
                            .unwrap_or_default()
                    };
                    let at = |review: &review::Review| files::local_date_time(l, &review.updated_at);
                    let project = if r.file.application.project.is_empty() {
                        r.file.application.source.clone()
                    } else {
                        r.file.application.project.clone()
                    };
                    let text = i18n::reviewer::replacement(
                        l,
                        &project,
                        &total(&r.here),
                        &at(&r.here),
                        &total(&r.file),
                        &at(&r.file),
                    );
                    view! { <li>{text}</li> }
                })
                .collect_view();
            let added =
                (!plan.added.is_empty()).then(|| view! { <p>{i18n::reviewer::added_anyway(l, plan.added.len())}</p> });
            let plan = StoredValue::new(plan);
            let choose = move |replace: bool| {
                let merged = reviewer.import_own(plan.get_value(), replace);
                own_import.set(Some(OwnImport::Done(merged)));
            };
            crate::ui::dom::focus_after_render("replace-title".into());
            view! {
                <div class="notice" id="reviews-imported">
                    <h3 id="replace-title" tabindex="-1">{R::ReplaceTitle.get(l)}</h3>
                    <ul id="replacing">{items}</ul>
                    {added}
                    <p>{R::ReplaceIntro.get(l)}</p>
                    <p class="actions">
                        <button type="button" class="button" id="replace-yes" on:click=move |_| choose(true)>{R::ReplaceYes.get(l)}</button>
                        " "
                        <button type="button" class="button secondary" id="replace-no" on:click=move |_| choose(false)>{R::ReplaceNo.get(l)}</button>
                    </p>
                </div>
            }
            .into_any()
        }
    }
}

/// The copy of the reviewer's own reviews that an import replaced, with the way back.
#[component]
fn Replaced() -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    let restored = RwSignal::new(None::<usize>);
    view! {
        <Show when=move || reviewer.replaced.with(|r| !r.is_empty())>
            <div class="notice" id="replaced">
                <h3>{move || R::ReplacedTitle.get(lang.get())}</h3>
                <p>{move || i18n::reviewer::replaced_intro(lang.get(), reviewer.replaced.with(|r| r.len()))}</p>
                <ul>
                    {move || reviewer.replaced.with(|r| r.values().map(|r| {
                        let name = if r.application.project.is_empty() { r.application.source.clone() } else { r.application.project.clone() };
                        view! { <li>{name}</li> }
                    }).collect_view())}
                </ul>
                <p class="actions">
                    <button type="button" class="button" id="restore-replaced" on:click=move |_| restored.set(Some(reviewer.restore_replaced()))>
                        {move || R::RestoreReplaced.get(lang.get())}
                    </button>
                    " "
                    <button type="button" class="button secondary" id="forget-replaced" on:click=move |_| reviewer.forget_replaced()>
                        {move || R::ForgetReplaced.get(lang.get())}
                    </button>
                </p>
            </div>
        </Show>
        {move || restored.get().map(|n| view! { <p class="ok" role="status" id="replaced-restored">{i18n::reviewer::restored(lang.get(), n)}</p> })}
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
