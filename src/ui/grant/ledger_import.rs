//! The accounts page's import from the municipality's accounting system (`grant::csv`, docs/rules.md
//! §11): the user chooses or drops a CSV file and sees it as read — the encoding used, the
//! delimiter, the header and the first rows — then the column each entry field is read from (the
//! guess preselected: the mapping remembered from the last file first), the applicant who bore the
//! costs and the category where the file does not say. Importing appends every row, or, when a row
//! cannot be read, nothing: each such row is named with its line and reasons in an error summary,
//! and only an explicit second button takes the readable rows. The mapping used is remembered in
//! the project (`RawGrant::csv_mapping`).

use crate::domain::formats::reader::ImportError;
use crate::domain::grant::csv::{
    self, Defaults, Field, Import, Mapping, MappingError, Table, Unreadable, MAX_CSV_BYTES,
};
use crate::domain::grant::model::RawEntry;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::CostCategory;
use crate::i18n::grant::{self as words, G};
use crate::i18n::{self, T};
use crate::ui::dom::focus_after_render;
use crate::ui::field::message_line;
use crate::ui::files::{start_reading_capped, FileDrop};
use crate::ui::form::text;
use crate::ui::grant::entry_checks::EntryChecks;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use leptos::prelude::*;

/// The ids the tests and the summary's links use.
pub const FILE_INPUT: &str = "csv-file";
pub const STATUS_ID: &str = "csv-status";
pub const SUMMARY_ID: &str = "csv-summary";
/// How many of the file's rows the preview shows.
const PREVIEW_ROWS: usize = 5;

/// A file chosen: its name, and its table or why it is none.
#[derive(Debug, Clone, PartialEq)]
struct Chosen {
    name: String,
    table: Result<Table, Problem>,
}

#[derive(Debug, Clone, PartialEq)]
enum Problem {
    Csv(csv::CsvError),
    File(ImportError),
}

/// What the last import did.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// These many entries were appended.
    Imported(usize),
    /// Nothing was imported: these rows cannot be read; the others could be, on request.
    Refused {
        unreadable: Vec<Unreadable>,
        readable: usize,
    },
    /// Nothing was imported: these fields have no column.
    Missing(Vec<Field>),
}

/// A field's name on the page (the entry table's heading; the amount with VAT its own).
fn field_name(field: Field) -> G {
    match field {
        Field::Date => G::ColDate,
        Field::Voucher => G::ColVoucher,
        Field::Category => G::ColCategory,
        Field::Bearer => G::ColBearer,
        Field::Description => G::ColDescription,
        Field::Net => G::ColNet,
        Field::Vat => G::ColVat,
        Field::Gross => G::ColGross,
    }
}

#[component]
pub fn CsvImport(checks: EntryChecks) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let chosen = RwSignal::new(None::<Chosen>);
    let mapping = RwSignal::new(Mapping::default());
    // The ledger's bearers (in a partner's copy, the partner), the first by default.
    let names = open
        .grant
        .with_untracked(|g| crate::ui::grant::ledger::bearer_options(g, lang.get_untracked()));
    let first_bearer = names.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let applicants = StoredValue::new(names);
    let bearer = RwSignal::new(first_bearer);
    let category = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    // The readable rows of a file refused, kept for the user's explicit choice.
    let readable = StoredValue::new(Vec::<RawEntry>::new());
    let on_files = Callback::new(move |files: web_sys::FileList| {
        let Some(file) = files.get(0) else { return };
        let name = file.name();
        let reading = start_reading_capped(&file, MAX_CSV_BYTES);
        leptos::task::spawn_local(async move {
            let bytes = match reading {
                Ok(r) => r.await,
                Err(e) => Err(e),
            };
            let table = bytes
                .map_err(Problem::File)
                .and_then(|b| csv::preview(&b).map_err(Problem::Csv));
            if let Ok(t) = &table {
                let remembered = open.grant.with_untracked(|g| g.csv_mapping.clone());
                mapping.try_set(csv::guess_mapping(&t.headers, &remembered));
            }
            outcome.try_set(None);
            chosen.try_set(Some(Chosen { name, table }));
        });
    });
    let append = move |entries: Vec<RawEntry>, headers: Vec<String>| {
        let n = entries.len();
        let remembered = mapping.with_untracked(|m| m.remembered(&headers));
        // The file's table goes before the project grows (a city's export is megabytes of cells).
        chosen.set(None);
        checks.touch_all();
        open.edit_entries(move |g| {
            g.csv_mapping = remembered;
            g.append_entries(entries)
        });
        outcome.set(Some(Outcome::Imported(n)));
        readable.set_value(Vec::new());
        focus_after_render(STATUS_ID.into());
    };
    let import = move |_| {
        let Some((headers, result)) = chosen.with_untracked(|c| {
            let c = c.as_ref()?;
            let t = c.table.as_ref().ok()?;
            let defaults = Defaults {
                file: c.name.clone(),
                bearer: bearer.get_untracked(),
                category: CostCategory::from_id(&category.get_untracked()),
                applicants: applicants.get_value(),
            };
            let result = mapping.with_untracked(|m| csv::import(t, m, &defaults));
            Some((t.headers.clone(), result))
        }) else {
            return;
        };
        match result {
            Err(MappingError::Missing(fields)) => {
                outcome.set(Some(Outcome::Missing(fields)));
                focus_after_render(SUMMARY_ID.into());
            }
            Ok(Import::All(entries)) => append(entries, headers),
            Ok(Import::Partly {
                readable: ok,
                unreadable,
            }) => {
                let n = ok.len();
                readable.set_value(ok);
                outcome.set(Some(Outcome::Refused {
                    unreadable,
                    readable: n,
                }));
                focus_after_render(SUMMARY_ID.into());
            }
        }
    };
    let import_readable = move |_| {
        let headers = chosen.with_untracked(|c| {
            c.as_ref()
                .and_then(|c| c.table.as_ref().ok())
                .map(|t| t.headers.clone())
                .unwrap_or_default()
        });
        let entries = readable.try_update_value(std::mem::take).unwrap_or_default();
        append(entries, headers);
    };
    let table = move || chosen.with(|c| c.as_ref().is_some_and(|c| c.table.is_ok()));
    let problem = move || {
        let l = lang.get();
        chosen.with(|c| match c.as_ref().map(|c| &c.table) {
            Some(Err(Problem::Csv(e))) => Some(words::csv_error(l, e)),
            Some(Err(Problem::File(e))) => Some(i18n::import_error(l, e)),
            _ => None,
        })
    };
    view! {
        <section class="csv-import" aria-labelledby="csv-title">
            <h2 id="csv-title">{text(lang, G::CsvTitle)}</h2>
            <p>{text(lang, G::CsvIntro)}</p>
            <div class="field">
                <FileDrop id=FILE_INPUT label=G::CsvFile hint=T::DropHint accept=".csv,text/csv,text/plain" on_files />
                <p class="chosen-file" id="csv-file-chosen">
                    {move || chosen.with(|c| c.as_ref().map(|c| format!("{} {}", G::FileChosen.get(lang.get()), c.name)))}
                </p>
                <div id="csv-file-msg">
                    {move || problem().map(|m| message_line(lang.get(), Severity::Error, m, None::<()>))}
                </div>
            </div>
            <CsvSummary outcome problem=Signal::derive(problem) on_readable=Callback::new(import_readable) />
            <div role="status" id=STATUS_ID tabindex="-1" class="csv-status">
                {move || match outcome.get() {
                    Some(Outcome::Imported(n)) => Some(words::imported(lang.get(), n)),
                    _ => None,
                }}
            </div>
            // Built again for every file chosen: its headers are the selects' options.
            {move || table().then(|| view! {
                <Preview chosen />
                <fieldset class="csv-mapping">
                    <legend>{text(lang, G::CsvMappingTitle)}</legend>
                    {Field::ALL.into_iter().map(|f| view! { <ColumnChoice field=f chosen mapping /> }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="csv-bearer">{text(lang, G::CsvDefaultBearer)}</label>
                    <select id="csv-bearer" on:change=move |ev| bearer.set(event_target_value(&ev))>
                        {applicants.get_value().into_iter().map(|(id, name)| {
                            let selected = bearer.get_untracked() == id;
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="csv-category">{text(lang, G::CsvDefaultCategory)}</label>
                    <select id="csv-category" on:change=move |ev| category.set(event_target_value(&ev))>
                        <option value="">{text(lang, G::CsvNoDefaultCategory)}</option>
                        {move || {
                            let l = lang.get();
                            open.grant.with_untracked(|g| crate::ui::grant::ledger::category_options(g, l))
                                .into_iter()
                                .map(|(v, name)| view! { <option value=v.clone() selected=category.get_untracked() == v>{name}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
                <button type="button" id="csv-import" class="button" on:click=import>{text(lang, G::CsvImport)}</button>
            })}
        </section>
    }
}

/// Why nothing was imported: the rows that cannot be read (line and reasons), the fields with no
/// column, or the file that is no table; with the button that takes the readable rows only.
#[component]
fn CsvSummary(
    outcome: RwSignal<Option<Outcome>>,
    problem: Signal<Option<String>>,
    on_readable: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let shown = move || {
        problem.with(Option::is_some) || matches!(outcome.get(), Some(Outcome::Refused { .. } | Outcome::Missing(_)))
    };
    let items = move || {
        let l = lang.get();
        let mut items: Vec<String> = problem.get().into_iter().collect();
        match outcome.get() {
            Some(Outcome::Refused { unreadable, .. }) => items.extend(
                unreadable
                    .iter()
                    .map(|u| words::unreadable_row(l, u, |f| field_name(f).get(l))),
            ),
            Some(Outcome::Missing(fields)) => {
                items.extend(fields.into_iter().map(|f| words::no_column(l, field_name(f).get(l))))
            }
            _ => {}
        }
        items.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()
    };
    let readable = move || match outcome.get() {
        Some(Outcome::Refused { readable, .. }) if readable > 0 => Some(readable),
        _ => None,
    };
    view! {
        <Show when=shown>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1">
                <h2>{text(lang, G::CsvNotImported)}</h2>
                <ul>{items}</ul>
                {move || readable().map(|n| view! {
                    <button type="button" id="csv-import-readable" class="button secondary" on:click=move |_| on_readable.run(())>
                        {words::import_readable(lang.get(), n)}
                    </button>
                })}
            </div>
        </Show>
    }
}

/// The file as read: encoding, delimiter, the header and the first rows.
#[component]
fn Preview(chosen: RwSignal<Option<Chosen>>) -> impl IntoView {
    let lang = use_lang();
    let with_table =
        move |f: &dyn Fn(&Table) -> AnyView| chosen.with(|c| c.as_ref().and_then(|c| c.table.as_ref().ok()).map(f));
    view! {
        <dl class="csv-read">
            <div>
                <dt>{text(lang, G::CsvEncoding)}</dt>
                <dd id="csv-encoding">{move || with_table(&|t| words::encoding(lang.get(), t.encoding).into_any())}</dd>
            </div>
            <div>
                <dt>{text(lang, G::CsvDelimiter)}</dt>
                <dd id="csv-delimiter">{move || with_table(&|t| words::delimiter(lang.get(), t.delimiter).into_any())}</dd>
            </div>
            <div>
                <dt>{text(lang, G::CsvRows)}</dt>
                <dd id="csv-rows">{move || with_table(&|t| i18n::integer(lang.get(), t.rows.len() as u64).into_any())}</dd>
            </div>
        </dl>
        <div class="table-scroll" role="region" aria-labelledby="csv-preview-title" tabindex="0">
            <table id="csv-preview">
                <caption id="csv-preview-title">{text(lang, G::CsvPreviewTitle)}</caption>
                {move || with_table(&|t| {
                    let head = t.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view();
                    let rows = t
                        .rows
                        .iter()
                        .take(PREVIEW_ROWS)
                        .map(|r| {
                            let cells = r.cells.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view();
                            view! { <tr><th scope="row">{r.line}</th>{cells}</tr> }
                        })
                        .collect_view();
                    view! {
                        <thead><tr><th scope="col">{G::CsvLine.get(lang.get())}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    }
                    .into_any()
                })}
            </table>
        </div>
    }
}

/// The column a field is read from: a select of the file's headers (or none), the guess chosen.
#[component]
fn ColumnChoice(field: Field, chosen: RwSignal<Option<Chosen>>, mapping: RwSignal<Mapping>) -> impl IntoView {
    let lang = use_lang();
    let id = format!("csv-map-{}", field.id());
    let headers = chosen.with_untracked(|c| {
        c.as_ref()
            .and_then(|c| c.table.as_ref().ok())
            .map(|t| t.headers.clone())
            .unwrap_or_default()
    });
    let current = mapping.with_untracked(|m| m.columns.get(&field).copied());
    let change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        mapping.update(|m| m.choose(field, v.parse::<usize>().ok()));
    };
    let options = headers
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            let selected = current == Some(i);
            view! { <option value=i.to_string() selected=selected>{h}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{text(lang, field_name(field))}</label>
            <select id=id on:change=change prop:value=move || mapping.with(|m| m.columns.get(&field).map_or(String::new(), |i| i.to_string()))>
                <option value="">{text(lang, G::CsvNotRead)}</option>
                {options}
            </select>
        </div>
    }
}
