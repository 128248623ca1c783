//! The reviewer's view (`/reviewer`): many exported applications at once, read only. Each file goes
//! through the same strict import as a drafter's; a file that fails is listed with its reason and
//! the others still load. Nothing here writes to storage or to the files.

use crate::domain::analysis::analyse;
use crate::domain::applications::{summary_csv, summary_row, summary_total, CsvHeadings, SummaryRow};
use crate::domain::targets::Target;
use crate::i18n::{self, T};
use crate::ui::files::{self, FileDrop};
use crate::ui::store::use_store;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
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
}

fn sort_rows(rows: &mut [SummaryRow], column: Column, ascending: bool) {
    rows.sort_by(|a, b| {
        let order = match column {
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
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::ReviewerTitle);
    let rows = RwSignal::new(Vec::<SummaryRow>::new());
    let failed = RwSignal::new(Vec::<(String, String)>::new());
    let sort = RwSignal::new((Column::File, true));
    let target_filter = RwSignal::new(String::new());
    let lead_filter = RwSignal::new(String::new());

    let load = Callback::new(move |list: web_sys::FileList| {
        let lang = store.lang.get_untracked();
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        spawn_local(async move {
            let mut new_rows = Vec::new();
            let mut new_failed = Vec::new();
            for file in files {
                match files::import_file(&file, lang).await {
                    Ok(imported) => {
                        let analysis = analyse(&imported.draft);
                        new_rows.push(summary_row(&file.name(), &imported.draft, &analysis, lang));
                    }
                    Err(e) => new_failed.push((file.name(), i18n::import_error(lang, &e))),
                }
            }
            rows.update(|r| r.extend(new_rows));
            failed.update(|f| f.extend(new_failed));
        });
    });

    let shown = Memo::new(move |_| {
        let mut shown: Vec<SummaryRow> = rows.with(|rows| {
            rows.iter()
                .filter(|r| target_filter.with(|f| f.is_empty() || r.targets.contains(f)))
                .filter(|r| lead_filter.with(|f| f.is_empty() || &r.lead == f))
                .cloned()
                .collect()
        });
        let (column, ascending) = sort.get();
        sort_rows(&mut shown, column, ascending);
        shown
    });
    let leads = Memo::new(move |_| {
        let mut leads: Vec<String> =
            rows.with(|r| r.iter().map(|r| r.lead.clone()).filter(|l| !l.is_empty()).collect());
        leads.sort();
        leads.dedup();
        leads
    });
    let targets = Memo::new(move |_| {
        let mut ids: Vec<String> = rows.with(|r| r.iter().flat_map(|r| r.targets.clone()).collect());
        ids.sort();
        ids.dedup();
        ids
    });

    let money = move |m: Option<crate::domain::money::Money>| m.map(|m| m.format(store.lang.get())).unwrap_or_default();
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
                <button type="button" class="sort" title=move || t(T::SortBy) on:click=move |_| {
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
        let text = shown.with_untracked(|r| summary_csv(r, &h));
        let _ = files::download(
            &format!("hakemukset-{}.csv", files::today()),
            &text,
            "text/csv;charset=utf-8",
        );
    };

    view! {
        <h1>{move || t(T::ReviewerTitle)}</h1>
        <p class="lead">{move || t(T::ReviewerIntro)}</p>
        <FileDrop id="reviewer-files" label=T::ChooseFiles hint=T::DropFilesHint multiple=true on_files=load />
        <Show when=move || failed.with(|f| !f.is_empty())>
            <div class="error-summary" role="alert" id="files-not-read">
                <h2>{move || t(T::FilesNotRead)}</h2>
                <ul>
                    {move || failed.get().into_iter().map(|(name, why)| view! { <li><strong>{name}</strong> ": " {why}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{move || t(T::NoApplicationsYet)}</p> }>
            <div class="filters">
                <div class="field">
                    <label for="filter-target" class="label">{move || t(T::FilterTarget)}</label>
                    <select id="filter-target" class="input" on:change=move |ev| target_filter.set(event_target_value(&ev))>
                        <option value="">{move || t(T::FilterAll)}</option>
                        {move || targets.get().into_iter().map(|id| {
                            let label = Target::from_id(&id).map_or(id.clone(), |x| i18n::target(store.lang.get(), x).to_string());
                            view! { <option value=id>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-lead" class="label">{move || t(T::FilterLead)}</label>
                    <select id="filter-lead" class="input" on:change=move |ev| lead_filter.set(event_target_value(&ev))>
                        <option value="">{move || t(T::FilterAll)}</option>
                        {move || leads.get().into_iter().map(|l| { let value = l.clone(); view! { <option value=value>{l}</option> } }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="table-scroll">
                <table class="applications" id="applications">
                    <caption>{move || t(T::ApplicationsTable)}</caption>
                    <thead>
                        <tr>
                            {header(Column::File, T::ColFile)}
                            {header(Column::Lead, T::ColLead)}
                            <th scope="col">{move || t(T::ColPartners)}</th>
                            {header(Column::Project, T::ColProject)}
                            {header(Column::Requested, T::ColRequested)}
                            {header(Column::Eligible, T::ColEligibleCosts)}
                            {header(Column::Share, T::ColShare)}
                            {header(Column::Errors, T::ColErrors)}
                            {header(Column::Warnings, T::ColWarnings)}
                        </tr>
                    </thead>
                    <tbody>
                        {move || shown.get().into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.source.clone()}</th>
                                <td>{r.lead.clone()}</td>
                                <td>{r.partners.join(", ")}</td>
                                <td>{r.project.clone()}</td>
                                <td class="num">{money(r.requested)}</td>
                                <td class="num">{money(Some(r.eligible_base))}</td>
                                <td class="num">{share(r.grant_percent)}</td>
                                <td class="num">{r.errors}</td>
                                <td class="num">{r.warnings}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        {move || shown.with(|r| summary_total(r)).map(|total| view! {
                            <tr>
                                <th scope="row" colspan="4">{move || t(T::TotalRow)} " (" {total.applications} ")"</th>
                                <td class="num" id="total-requested">{money(Some(total.requested))}</td>
                                <td class="num" id="total-eligible">{money(Some(total.eligible_base))}</td>
                                <td colspan="3"></td>
                            </tr>
                        })}
                    </tfoot>
                </table>
            </div>
            <p><button type="button" class="button secondary" id="download-csv" on:click=csv>{move || t(T::DownloadCsv)}</button></p>
        </Show>
    }
}
