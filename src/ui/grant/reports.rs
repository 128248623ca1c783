//! The interim reports (`/grant/<id>/reports`, väliraportit, docs/rules.md §11.4): the reporting
//! periods with their dates editable (the ministry announces them; `grant::periods` checks them),
//! and per period its interim report, made on demand: the progress, the stage of the intended
//! impacts, each indicator's value now (its baseline and target from the application), and the
//! figures of `grant::report::InterimFigures` — the period's and the cumulative realised costs by
//! category and by applicant, without VAT, the VAT and the eligible apart, against the plan — as
//! tables, with a chart of planned against realised drawn as SVG (`role="img"` named by its title
//! and summary, patterns and line styles besides colour, the same figures in the table beside it):
//! per category bars, and cumulative by month lines. "Tallenna väliraportti tiedostoksi" makes the
//! `hakemus-interim-report` file and marks the report sent.

use crate::domain::draft::LineId;
use crate::domain::formats::grant_reports::{interim_report as report_file, interim_report_file_name, to_json};
use crate::domain::grant::finding::Place;
use crate::domain::grant::ledger::Totals;
use crate::domain::grant::model::{RawGrant, RawInterimReport, RawPeriod};
use crate::domain::grant::report::{against_plan, cumulative_by_month, indicator_rows, plan, MonthPoint};
use crate::domain::rules::budget::Sums;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant_reporting::Gt;
use crate::ui::applicants::applicant_label;
use crate::ui::checked::{Checked, CheckedField, Messages};
use crate::ui::form::text;
use crate::ui::grant::reporting::{
    save_file, sent_said, start_page, BackToProject, Checks, FindingSummary, Removal, RemovedNotice,
};
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn on_reports(p: &Place) -> bool {
    matches!(p, Place::Periods | Place::Period { .. } | Place::Report { .. })
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let (open, lang, checks, id) = start_page(Gt::ReportsTitle);
    let grant = open.grant;
    let periods = Memo::new(move |_| grant.with(|g| g.periods.iter().map(|p| p.id).collect::<Vec<_>>()));
    let removal = Removal::new();
    let add = move |_| {
        let new = grant.with_untracked(|g| g.next_id.max(1));
        open.edit(|g| {
            let id = g.take_id();
            g.periods.push(RawPeriod {
                id,
                ..RawPeriod::default()
            });
        });
        crate::ui::dom::focus_after_render(format!("period-{new}-start"));
    };
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gt::ReportsTitle)}</h1>
        <p class="lead">{text(lang, Gt::ReportsIntro)}</p>
        <FindingSummary checks on=on_reports />
        <h2 id="report-periods-title">{text(lang, Gt::PeriodsTitle)}</h2>
        <p id="period-date-hint" class="hint">{text(lang, Gt::DateHint)}</p>
        <Messages id="periods" shown=checks.shown("periods".to_string()) />
        <div class="table-scroll" role="region" aria-labelledby="report-periods-title" tabindex="0" id="periods">
            <table id="report-periods">
                <thead>
                    <tr>
                        <th scope="col" id="period-col-n">{text(lang, Gt::PeriodN)}</th>
                        <th scope="col" id="period-col-start">{text(lang, Gt::PeriodStart)}</th>
                        <th scope="col" id="period-col-end">{text(lang, Gt::PeriodEnd)}</th>
                        <th scope="col" id="period-col-due">{text(lang, Gt::PeriodDue)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || periods.get().into_iter().enumerate() key=|(_, id)| *id let:row>
                        <PeriodRow id=row.1 number=row.0 + 1 checks />
                    </For>
                </tbody>
            </table>
        </div>
        <button type="button" id="add-period" class="button secondary" on:click=add>"+ " {text(lang, Gt::AddPeriod)}</button>
        <For each=move || periods.get().into_iter().enumerate() key=|(_, id)| *id let:row>
            <PeriodReport period=row.1 number=row.0 + 1 checks removal />
        </For>
        <RemovedNotice removal />
    }
}

#[component]
fn PeriodRow(id: LineId, number: usize, checks: Checks) -> impl IntoView {
    let open = expect_context::<Open>();
    let initial = open
        .grant
        .with_untracked(|g| g.periods.iter().find(|p| p.id == id).cloned().unwrap_or_default());
    let cell = move |key: &'static str, value: String, set: fn(&mut RawPeriod, String)| {
        let field = format!("period-{id}-{key}");
        let shown = checks.shown(field.clone());
        let leave = {
            let field = field.clone();
            move |_| checks.leave(&field)
        };
        let invalid = move || shown.with(|s| s.iter().any(|f| f.is_error())).then_some("true");
        view! {
            <td>
                <input type="text" class="date" id=field.clone() autocomplete="off"
                    aria-labelledby=format!("period-col-{key} period-{id}-head")
                    aria-describedby=format!("period-date-hint {field}-messages") aria-invalid=invalid
                    prop:value=value on:blur=leave
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        open.edit(|g| if let Some(p) = g.periods.iter_mut().find(|p| p.id == id) { set(p, v) });
                    } />
                <Messages id=field shown />
            </td>
        }
    };
    view! {
        <tr>
            <th scope="row" id=format!("period-{id}-head")>{number}</th>
            {cell("start", initial.start.clone(), |p, v| p.start = v)}
            {cell("end", initial.end.clone(), |p, v| p.end = v)}
            {cell("due", initial.due.clone(), |p, v| p.due = v)}
        </tr>
    }
}

/// A period's interim report, or the button that starts it.
#[component]
fn PeriodReport(period: LineId, number: usize, checks: Checks, removal: Removal) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let report = Memo::new(move |_| {
        open.grant
            .with(|g| g.reports.iter().find(|r| r.period == period).map(|r| r.id))
    });
    let start = move |_| {
        let new = open.grant.with_untracked(|g| g.next_id.max(1));
        open.edit(|g| {
            let id = g.take_id();
            g.reports.push(RawInterimReport {
                id,
                period,
                ..RawInterimReport::default()
            });
        });
        crate::ui::dom::focus_after_render(format!("report-{new}-progress"));
    };
    view! {
        <section class="interim-report" aria-labelledby=format!("period-{period}-report-title")>
            <h2 id=format!("period-{period}-report-title")>{text(lang, Gt::ReportOf)} " " {number}</h2>
            {move || match report.get() {
                None => view! {
                    <button type="button" class="button secondary" id=format!("period-{period}-start-report") on:click=start>
                        {text(lang, Gt::StartReport)} <span class="visually-hidden">" " {number}</span>
                    </button>
                }.into_any(),
                Some(id) => view! { <InterimReport id number checks removal /> }.into_any(),
            }}
        </section>
    }
}

/// Each indicator of the application: its baseline and target, and a field for its value
/// (`{prefix}-indicator-{id}`, as `Place::dom_id` names it), labelled by its column and row.
#[component]
pub fn IndicatorTable(
    prefix: String,
    values: BTreeMap<LineId, String>,
    now: Gt,
    checks: Checks,
    set: Callback<(LineId, String)>,
    /// Under a section's `h2` (an interim report's), its heading an `h3`; else an `h2`.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let rows = open.grant.with_untracked(|g| indicator_rows(g, &values));
    let title = format!("{prefix}-indicators-title");
    let heading = move |id: String| {
        if nested {
            view! { <h3 id=id>{text(lang, Gt::IndicatorsTitle)}</h3> }.into_any()
        } else {
            view! { <h2 id=id>{text(lang, Gt::IndicatorsTitle)}</h2> }.into_any()
        }
    };
    if rows.is_empty() {
        return view! { {heading(title)}<p>{text(lang, Gt::NoIndicators)}</p> }.into_any();
    }
    let body = rows
        .into_iter()
        .map(|r| {
            let field = format!("{prefix}-indicator-{}", r.id);
            let head = format!("{field}-head");
            let shown = checks.shown(field.clone());
            let leave = {
                let field = field.clone();
                move |_| checks.leave(&field)
            };
            let iid = r.id;
            view! {
                <tr>
                    <th scope="row" id=head.clone()>{r.name}</th>
                    <td>{r.baseline}</td>
                    <td>{r.target}</td>
                    <td>
                        <input type="text" id=field.clone() autocomplete="off"
                            aria-labelledby=format!("{prefix}-col-now {head}") aria-describedby=format!("{field}-messages")
                            prop:value=r.now on:blur=leave on:input=move |ev| set.run((iid, event_target_value(&ev))) />
                        <Messages id=field shown />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {heading(title.clone())}
        <div class="table-scroll" role="region" aria-labelledby=title tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{text(lang, Gt::Indicator)}</th>
                        <th scope="col">{text(lang, Gt::Baseline)}</th>
                        <th scope="col">{text(lang, Gt::Target)}</th>
                        <th scope="col" id=format!("{prefix}-col-now")>{text(lang, now)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn InterimReport(id: LineId, number: usize, checks: Checks, removal: Removal) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let remove = move |_| {
        removal.remove(
            open,
            Gt::ReportRemoved,
            id,
            |g| &mut g.reports,
            format!("report-{id}-progress"),
        );
    };
    let initial = grant.with_untracked(|g| g.reports.iter().find(|r| r.id == id).cloned().unwrap_or_default());
    let setter = move |set: fn(&mut RawInterimReport, String)| {
        Callback::new(move |v: String| {
            open.edit(|g: &mut RawGrant| {
                if let Some(r) = g.reports.iter_mut().find(|r| r.id == id) {
                    set(r, v);
                }
            })
        })
    };
    let indicator_set = Callback::new(move |(i, v): (LineId, String)| {
        open.edit(|g| {
            if let Some(r) = g.reports.iter_mut().find(|r| r.id == id) {
                r.indicators.insert(i, v);
            }
        })
    });
    let status = RwSignal::new(String::new());
    let save = move |_| {
        save_file(
            open,
            checks,
            status,
            lang.get_untracked(),
            move |p| matches!(p, Place::Report { id: r, .. } if *r == id),
            |g, at| report_file(g, id, at).map(|f| (interim_report_file_name(&f), to_json(&f))),
            move |g, at| {
                if let Some(r) = g.reports.iter_mut().find(|r| r.id == id) {
                    r.sent_at = at;
                }
            },
        )
    };
    let sent = move || {
        grant.with(|g| {
            sent_said(
                lang.get(),
                g.reports.iter().find(|r| r.id == id).map(|r| r.sent_at.as_str()),
            )
        })
    };
    let prefix = format!("report-{id}");
    view! {
        <CheckedField id=format!("{prefix}-progress") label=Gt::Progress value=initial.progress.clone() rows=5 checks set=setter(|r, v| r.progress = v) />
        <CheckedField id=format!("{prefix}-impacts") label=Gt::Impacts value=initial.impacts.clone() rows=5 checks set=setter(|r, v| r.impacts = v) />
        <IndicatorTable prefix=prefix.clone() values=initial.indicators.clone() now=Gt::ValueNow checks set=indicator_set nested=true />
        <ReportFigures id checks />
        <p id=format!("{prefix}-sent")>{sent}</p>
        <button type="button" class="button" id=format!("{prefix}-save") on:click=save>{text(lang, Gt::SaveReport)}</button>
        <p role="status" id=format!("{prefix}-status")>{move || status.get()}</p>
        <button type="button" class="button secondary small" id=format!("{prefix}-remove") on:click=remove>
            {text(lang, Gt::RemoveReport)} <span class="visually-hidden">" " {number}</span>
        </button>
    }
}

/// A row of a figures table: its name, planned, the period's and the cumulative sums.
struct FigureRow {
    name: String,
    planned: Sums,
    period: Sums,
    cumulative: Sums,
}

fn rows_of<K: Ord + Clone>(
    planned: &BTreeMap<K, Sums>,
    period: &BTreeMap<K, Sums>,
    cumulative: &BTreeMap<K, Sums>,
    name: impl Fn(&K) -> String,
) -> Vec<FigureRow> {
    against_plan(planned, cumulative)
        .into_iter()
        .map(|r| FigureRow {
            name: name(&r.key),
            period: period.get(&r.key).copied().unwrap_or_default(),
            planned: r.planned,
            cumulative: r.realised,
        })
        .collect()
}

fn bearer_name(g: &RawGrant, lang: Lang, key: &str) -> String {
    g.application
        .applicants
        .iter()
        .enumerate()
        .find(|(_, a)| a.id.to_string() == key)
        .map_or_else(|| key.to_string(), |(i, a)| applicant_label(a, i, lang))
}

/// The tables of one kind of row (category or applicant), with a total row.
fn figures_table(
    lang: Lang,
    id: String,
    caption: Gt,
    key: Gt,
    rows: Vec<FigureRow>,
    total: FigureRow,
) -> impl IntoView {
    let money = move |m: Money| view! { <td class="num">{m.format(lang)}</td> };
    let row = move |r: FigureRow, total: bool| {
        let name = if total {
            view! { <th scope="row" class="total">{r.name}</th> }
        } else {
            view! { <th scope="row" class="">{r.name}</th> }
        };
        view! {
            <tr class:total=total>
                {name}
                {money(r.planned.net)}
                {money(r.period.net)}
                {money(r.period.vat)}
                {money(r.cumulative.net)}
                {money(r.cumulative.vat)}
                {money(r.cumulative.eligible)}
            </tr>
        }
    };
    let body = rows.into_iter().map(|r| row(r, false)).collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=format!("{id}-caption") tabindex="0">
            <table id=id.clone() class="figures-table">
                <caption id=format!("{id}-caption")>{caption.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{key.get(lang)}</th>
                        <th scope="col">{Gt::PlannedNet.get(lang)}</th>
                        <th scope="col">{Gt::PeriodNet.get(lang)}</th>
                        <th scope="col">{Gt::PeriodVat.get(lang)}</th>
                        <th scope="col">{Gt::CumulativeNet.get(lang)}</th>
                        <th scope="col">{Gt::CumulativeVat.get(lang)}</th>
                        <th scope="col">{Gt::CumulativeEligible.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>{row(total, true)}</tfoot>
            </table>
        </div>
    }
}

#[component]
fn ReportFigures(id: LineId, checks: Checks) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    // The plan in force (the application's, with the money the accepted changes moved; docs/rules.md
    // §12.2) changes only when a change decision is taken in, on the changes page, which this page
    // is made again after: computed once here, not at every keystroke. The applicants' names and
    // the project's months are the application's (read untracked); the figures are the review's.
    let planned = StoredValue::new(grant.with_untracked(plan));
    move || {
        let l = lang.get();
        let Some(fig) = checks
            .review
            .with(|r| r.reports.iter().find(|f| f.report == id).cloned())
        else {
            return ().into_any();
        };
        let p = planned.get_value();
        let total = |this: &Totals, cum: &Totals| FigureRow {
            name: Gt::Total.get(l).to_string(),
            planned: p.all,
            period: this.all,
            cumulative: cum.all,
        };
        let by_category = rows_of(
            &p.by_category,
            &fig.this_period.by_category,
            &fig.cumulative.by_category,
            |c| crate::i18n::category(l, *c).to_string(),
        );
        let bars: Vec<(String, Money, Money)> = by_category
            .iter()
            .map(|r| (r.name.clone(), r.planned.net, r.cumulative.net))
            .collect();
        let by_bearer = grant.with_untracked(|g| {
            rows_of(
                &p.by_bearer,
                &fig.this_period.by_bearer,
                &fig.cumulative.by_bearer,
                |k| bearer_name(g, l, k),
            )
        });
        let months = checks
            .review
            .with(|r| grant.with_untracked(|g| cumulative_by_month(g, &p, &r.ledger)));
        let prefix = format!("report-{id}");
        view! {
            <h3>{move || crate::i18n::grant_reports::label(lang.get(), crate::i18n::grant_reports::Label::Cumulative)}</h3>
            {figures_table(l, format!("{prefix}-by-category"), Gt::ByCategory, Gt::Category, by_category, total(&fig.this_period, &fig.cumulative))}
            {figures_table(l, format!("{prefix}-by-bearer"), Gt::ByBearer, Gt::Applicant, by_bearer, total(&fig.this_period, &fig.cumulative))}
            {category_chart(l, &prefix, &bars)}
            {month_chart(l, &prefix, &months)}
        }
        .into_any()
    }
}

const WIDTH: f64 = 640.0;

/// `value` of `max` as a length of `span` (zero for none or below zero).
fn scale(value: Money, max: Money, span: f64) -> f64 {
    if max.is_zero() || value <= Money::ZERO {
        return 0.0;
    }
    let ratio = value.as_decimal() / max.as_decimal();
    ratio.to_string().parse::<f64>().unwrap_or(0.0) * span
}

/// The legend: planned as an outlined, hatched mark, realised as a solid one.
fn legend(lang: Lang, y: f64, line: bool) -> impl IntoView {
    let (planned, realised) = if line {
        (
            view! { <line x1="0" y1="6" x2="24" y2="6" class="chart-planned-line" /> }.into_any(),
            view! { <line x1="0" y1="6" x2="24" y2="6" class="chart-realised-line" /> }.into_any(),
        )
    } else {
        (
            view! { <rect width="24" height="12" class="chart-planned" /> }.into_any(),
            view! { <rect width="24" height="12" class="chart-realised" /> }.into_any(),
        )
    };
    view! {
        <g transform=format!("translate(0 {y})")>
            {planned}
            <text x="30" y="11">{Gt::Planned.get(lang)}</text>
            <g transform="translate(200 0)">{realised}<text x="30" y="11">{Gt::Realised.get(lang)}</text></g>
        </g>
    }
}

/// Planned against realised (cumulative, without VAT) per category, as bars; the same figures are
/// in the table by category above it.
fn category_chart(lang: Lang, prefix: &str, bars: &[(String, Money, Money)]) -> impl IntoView {
    let id = format!("{prefix}-chart-category");
    let max = bars.iter().flat_map(|b| [b.1, b.2]).max().unwrap_or(Money::ZERO);
    let (label_w, bar_w, row_h) = (200.0, WIDTH - 200.0 - 120.0, 44.0);
    let height = 30.0 + row_h * bars.len() as f64;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, (name, planned, realised))| {
            let y = 30.0 + row_h * i as f64;
            let (pw, rw) = (scale(*planned, max, bar_w), scale(*realised, max, bar_w));
            view! {
                <g>
                    <text x="0" y=y + 16.0>{name.clone()}</text>
                    <rect x=label_w y=y + 2.0 width=pw height="16" class="chart-planned" />
                    <text x=label_w + pw + 6.0 y=y + 15.0>{planned.format(lang)}</text>
                    <rect x=label_w y=y + 20.0 width=rw height="16" class="chart-realised" />
                    <text x=label_w + rw + 6.0 y=y + 33.0>{realised.format(lang)}</text>
                </g>
            }
        })
        .collect_view();
    let summary = bars
        .iter()
        .map(|(n, p, r)| {
            format!(
                "{n}: {} {}, {} {}",
                Gt::Planned.get(lang),
                p.format(lang),
                Gt::Realised.get(lang),
                r.format(lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart">
            <svg id=id.clone() role="img" aria-labelledby=format!("{id}-title {id}-desc") viewBox=format!("0 0 {WIDTH} {height}") width="100%">
                <title id=format!("{id}-title")>{Gt::ChartCategoryTitle.get(lang)}</title>
                <desc id=format!("{id}-desc")>{summary}</desc>
                {pattern_defs()}
                {legend(lang, 0.0, false)}
                {rows}
            </svg>
            <figcaption>{Gt::ChartCategoryTitle.get(lang)} ". " {Gt::ChartSummary.get(lang)}</figcaption>
        </figure>
    }
}

fn pattern_defs() -> impl IntoView {
    view! {
        <defs>
            <pattern id="chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" class="chart-hatch-line" />
            </pattern>
        </defs>
    }
}

/// Planned against realised cumulated by month, as two lines (planned dashed), with the months'
/// figures in a table below.
fn month_chart(lang: Lang, prefix: &str, months: &[MonthPoint]) -> impl IntoView {
    let id = format!("{prefix}-chart-month");
    let max = months
        .iter()
        .flat_map(|m| [m.planned, m.realised])
        .max()
        .unwrap_or(Money::ZERO);
    let (left, top, w, h) = (10.0, 30.0, WIDTH - 20.0, 200.0);
    let step = if months.len() > 1 {
        w / (months.len() - 1) as f64
    } else {
        0.0
    };
    let points = |f: fn(&MonthPoint) -> Money| {
        months
            .iter()
            .enumerate()
            .map(|(i, m)| format!("{:.1},{:.1}", left + step * i as f64, top + h - scale(f(m), max, h)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let month_name = |m: &MonthPoint| format!("{}/{}", m.month.1, m.month.0);
    let last = months.last();
    let summary = last.map_or_else(String::new, |m| {
        format!(
            "{}: {} {}, {} {}",
            month_name(m),
            Gt::Planned.get(lang),
            m.planned.format(lang),
            Gt::Realised.get(lang),
            m.realised.format(lang)
        )
    });
    let table_id = format!("{id}-table");
    let body = months
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_name(m)}</th>
                    <td class="num">{m.planned.format(lang)}</td>
                    <td class="num">{m.realised.format(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg id=id.clone() role="img" aria-labelledby=format!("{id}-title {id}-desc") viewBox=format!("0 0 {WIDTH} {}", top + h + 10.0) width="100%">
                <title id=format!("{id}-title")>{Gt::ChartMonthTitle.get(lang)}</title>
                <desc id=format!("{id}-desc")>{summary}</desc>
                {legend(lang, 0.0, true)}
                <line x1=left y1=top + h x2=left + w y2=top + h class="chart-axis" />
                <polyline points=points(|m| m.planned) class="chart-planned-line" />
                <polyline points=points(|m| m.realised) class="chart-realised-line" />
            </svg>
            <figcaption>{Gt::ChartMonthTitle.get(lang)} ". " {Gt::MonthAssumption.get(lang)}</figcaption>
        </figure>
        <div class="table-scroll" role="region" aria-labelledby=format!("{table_id}-caption") tabindex="0">
            <table id=table_id.clone()>
                <caption id=format!("{table_id}-caption")>{Gt::ChartMonthTitle.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{Gt::Month.get(lang)}</th>
                        <th scope="col">{Gt::Planned.get(lang)}</th>
                        <th scope="col">{Gt::Realised.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
