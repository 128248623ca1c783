//! Check your answers (GOV.UK pattern): the whole application read-only, part by part, each with a
//! change link and its findings; "ready to submit" only when no rule reports an error. A page of the
//! files app (`/review`, `ui::files_app`): its links to the form's pages are page loads of the
//! drafter's, which opens a field named in the address with every message shown
//! (`session::arrive_at_field`). The reviewer's app shows the same parts read only.

use crate::domain::draft::{ApplicantKind, RawDraft, YesNo};
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::applicants::display_name;
use crate::domain::rules::finding::{FieldPath, Finding};
use crate::domain::rules::risks::score;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::questions::QuestionGroup;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::files_app::Fa;
use crate::i18n::{self, questions, T};
use crate::ui::applicants::applicant_label;
use crate::ui::language::use_lang;
use crate::ui::summary::{place_and_message, plain_page_title, section_title};
use leptos::prelude::*;

/// A row of the summary list: what was asked, what was answered ("Ei annettu" when nothing was).
fn row(l: Lang, key: String, value: String) -> impl IntoView {
    let empty = value.trim().is_empty();
    let value = if empty { Fa::NotGiven.get(l).to_string() } else { value };
    view! {
        <div class="review-row">
            <dt>{key}</dt>
            <dd class:not-given=empty>{value}</dd>
        </div>
    }
}

/// "Label: value" pairs of one item joined with "; ", each value "Ei annettu" when empty (no
/// ", ." left by an empty field).
fn pairs(l: Lang, items: &[(&str, String)]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|(label, value)| {
            let value = if value.trim().is_empty() {
                Fa::NotGiven.get(l)
            } else {
                value.trim()
            };
            format!("{label}: {value}")
        })
        .collect();
    parts.join("; ")
}

/// A date as typed, in the language's format (d.m.yyyy) where it is one; as typed otherwise.
fn date_as_shown(l: Lang, typed: &str) -> String {
    crate::domain::vocabulary::dates::parse_date(typed.trim())
        .map_or_else(|| typed.trim().to_string(), |d| i18n::date(l, d))
}

/// An amount as typed, in the language's format where it is one; as typed otherwise.
fn money_as_shown(l: Lang, typed: &str) -> String {
    Money::parse(typed.trim()).map_or_else(|_| typed.trim().to_string(), |m| m.format(l))
}

/// The number of the item a finding's field belongs to (applicant, line, package, risk or
/// indicator), 1-based, for the place it is named by ("Osatoteuttaja 2, sähköposti").
fn number_of(d: &RawDraft, path: FieldPath) -> Option<usize> {
    match path {
        FieldPath::Applicant { id, .. } => d.applicants.iter().position(|x| x.id == id),
        FieldPath::BudgetLine { id, .. } => d.budget.lines.iter().position(|x| x.id == id),
        FieldPath::WorkPackage { id, .. } => d.schedule.iter().position(|x| x.id == id),
        FieldPath::Risk { id, .. } => d.risks.iter().position(|x| x.id == id),
        FieldPath::Indicator { id, .. } => d.indicators.iter().position(|x| x.id == id),
        _ => None,
    }
    .map(|i| i + 1)
}

/// A finding named by its place, with the applicant's name where it is about one
/// ("Osatoteuttaja 2 (Iisalmi), sähköposti: …").
fn finding_text(l: Lang, d: &RawDraft, f: &Finding) -> String {
    let number = number_of(d, f.path);
    let mut place = i18n::place(l, f.path, number);
    if let FieldPath::Applicant { id, .. } = f.path {
        if let Some(name) = d
            .applicants
            .iter()
            .find(|x| x.id == id)
            .and_then(|x| display_name(x, l))
        {
            if let Some((head, rest)) = place.split_once(", ") {
                place = format!("{head} ({name}), {rest}");
            } else {
                place = format!("{place} ({name})");
            }
        }
    }
    place_and_message(&place, &i18n::finding_message(l, f))
}

/// A finding as a link to its field on its part's page (the drafter's), or as text (the reviewer's,
/// read only). The link loads the drafter's page, which shows every message and focuses the field
/// (a budget line's is built first, wherever it is in a long budget).
fn finding_link(l: Lang, d: &RawDraft, section: Section, f: &Finding, link: bool) -> AnyView {
    let text = finding_text(l, d, f);
    if !link {
        return text.into_any();
    }
    let href = format!("/{}#{}", section.slug(), f.path.dom_id());
    view! { <a href=href rel="external">{text}</a> }.into_any()
}

/// Check your answers for `draft` (the tab's, as stored) and its `analysis`.
#[component]
pub fn CheckAnswersPage(draft: RwSignal<RawDraft>, analysis: Memo<Analysis>) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: T| text.get(lang.get());
    let f = move |text: Fa| text.get(lang.get());
    plain_page_title(T::ReviewTitle);
    let errors = Memo::new(move |_| analysis.with(|a| a.errors().cloned().collect::<Vec<Finding>>()));
    // Errors and warnings alike are listed below each part; the box above lists the errors.
    let warnings = Memo::new(move |_| analysis.with(|a| a.warnings().count()));
    view! {
        <h1>{move || t(T::ReviewTitle)}</h1>
        <p class="lead">{move || f(Fa::ReviewIntro)}</p>
        <div id="submit-status" class=move || if errors.with(Vec::is_empty) { "error-summary clean" } else { "error-summary" }>
            {move || if errors.with(Vec::is_empty) {
                view! { <p class="ok" id="ready">{f(Fa::ReadyToSubmit)}</p> }.into_any()
            } else {
                // Every error, named and linked to its field, part by part in the form's order.
                let l = lang.get();
                let items = draft.with(|d| analysis.with(|a| {
                    Section::ALL
                        .into_iter()
                        .filter(|s| s.asked_by(a.call))
                        .flat_map(|s| s.findings(a).filter(|f| f.is_error()).map(move |f| (s, f)))
                        .map(|(s, f)| view! { <li>{finding_link(l, d, s, f, true)}</li> })
                        .collect_view()
                }));
                view! {
                    <h2>{f(Fa::NotReady)}</h2>
                    <p>{t(T::ErrorsCount)} ": " {errors.with(Vec::len)}</p>
                    <ul id="submit-errors">{items}</ul>
                }.into_any()
            }}
            <p>{move || t(T::WarningsCount)} ": " {warnings}</p>
        </div>
        {move || {
            let l = lang.get();
            draft.with(|d| analysis.with(|a| application_parts(l, d, a, true)))
        }}
    }
}

/// The whole application read-only, part by part as in the form, each with its findings; with
/// `change_links`, each part links to its page of the form (the drafter's check-your-answers).
pub fn application_parts(l: Lang, d: &RawDraft, a: &Analysis, change_links: bool) -> AnyView {
    Section::ALL
        .into_iter()
        .filter(|s| s.asked_by(a.call))
        .map(|section| part(l, section, d, a, change_links))
        .collect_view()
        .into_any()
}

fn part(l: Lang, section: Section, d: &RawDraft, a: &Analysis, change_link: bool) -> impl IntoView {
    let content = part_rows(l, section, d, a);
    let findings: Vec<Finding> = section.findings(a).cloned().collect();
    let id = format!("review-{}", section.slug());
    let labelled_by = id.clone();
    // Long parts begin a new page when printed.
    let class = match section {
        Section::Answers(_) | Section::Budget | Section::Risks => "review-part print-new-page",
        _ => "review-part",
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <div class="review-head">
                <h2 id=id>{section_title(l, section)}</h2>
                {change_link.then(|| view! {
                    // The name states the part ("Muuta: Hakijat"); aria-label, as a hidden span's text
                    // gets a stray space before it in Chromium's name ("Muuta : Hakijat").
                    <a href=format!("/{}", section.slug()) rel="external"
                        aria-label=format!("{}: {}", Fa::Change.get(l), section_title(l, section))>
                        {Fa::Change.get(l)}
                    </a>
                })}
            </div>
            {content}
            {(section == Section::Budget).then(|| budget_lines(l, d, a))}
            {(!findings.is_empty()).then(|| view! {
                <ul class="review-findings">
                    {findings.into_iter().map(|f| view! {
                        <li class=if f.is_error() { "field-error" } else { "field-warning" }>
                            <span class="visually-hidden">
                                {if f.is_error() { T::ErrorPrefix.get(l) } else { T::WarningPrefix.get(l) }} ": "
                            </span>
                            {finding_link(l, d, section, &f, change_link)}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The budget's lines as a table (read-only), with the eligible base, VAT and totals in the foot.
fn budget_lines(l: Lang, d: &RawDraft, a: &Analysis) -> impl IntoView {
    let money = |m: Option<Money>| m.map(|m| m.format(l)).unwrap_or_default();
    let bearer = |id: &str| applicant_by_id(l, d, id);
    let rows = d
        .budget
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let result = a.line(line.id);
            let category = result
                .and_then(|r| r.category)
                .map(|c| i18n::category(l, c).to_string())
                .unwrap_or_else(|| line.category.clone());
            let eligible = result.is_some_and(|r| r.eligible);
            view! {
                <tr>
                    <th scope="row" class="num">{i + 1}</th>
                    <td>{category}</td>
                    <td>{line.description.clone()}</td>
                    <td>{bearer(&line.bearer)}</td>
                    <td>{line.year.clone()}</td>
                    <td class="num">{result.and_then(|r| r.net).map(|m| m.format(l)).unwrap_or_else(|| line.amount.clone())}</td>
                    <td class="num">{money(result.and_then(|r| r.vat))}</td>
                    <td class="num">{if line.vat_rate.is_empty() { String::new() } else { format!("{} %", line.vat_rate) }}</td>
                    <td class="num">{if eligible { money(result.and_then(|r| r.net)) } else { T::Excluded.get(l).to_string() }}</td>
                    <td>{line_details(l, line)}</td>
                </tr>
            }
        })
        .collect_view();
    let t = &a.totals;
    view! {
        // Focusable, so that a keyboard can scroll it when it is wider than the screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label=T::CostLines.get(l)>
            <table class="review-budget">
                <caption>{T::CostLines.get(l)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{T::ColLine.get(l)}</th>
                        <th scope="col">{T::ColCategory.get(l)}</th>
                        <th scope="col">{T::ColDescription.get(l)}</th>
                        <th scope="col">{T::ColBearer.get(l)}</th>
                        <th scope="col">{T::ColYear.get(l)}</th>
                        <th scope="col">{T::ColNet.get(l)}</th>
                        <th scope="col">{T::ColVat.get(l)}</th>
                        <th scope="col">{T::ColVatRate.get(l)}</th>
                        <th scope="col">{T::ColEligible.get(l)}</th>
                        <th scope="col">{Fa::ColNotes.get(l)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot class="totals">
                    <tr>
                        <th scope="row" colspan="8">{T::EligibleBase.get(l)}</th>
                        <td class="num">{money(Some(t.eligible_base))}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// What else a line says: an amount typed with VAT, a VAT amount typed over the computed one, an
/// internal charge (and whether it rests on booked costs), a licence's justification.
fn line_details(l: Lang, line: &crate::domain::draft::RawBudgetLine) -> String {
    let mut details = Vec::new();
    if line.basis == crate::domain::draft::AmountBasis::Gross {
        details.push(format!(
            "{}: {}",
            T::ColIncludesVat.get(l),
            money_as_shown(l, &line.amount)
        ));
    }
    if !line.vat_override.trim().is_empty() {
        details.push(format!(
            "{}: {}",
            T::ColVat.get(l),
            money_as_shown(l, &line.vat_override)
        ));
    }
    if line.internal_charge {
        details.push(T::InternalCharge.get(l).to_string());
        if line.internal_charge_actual {
            details.push(T::InternalChargeActual.get(l).to_string());
        }
    }
    if !line.justification.trim().is_empty() {
        details.push(format!(
            "{}: {}",
            T::LicenceJustification.get(l),
            line.justification.trim()
        ));
    }
    details.join("; ")
}

/// The applicant a field names by id: its name, else "Hankehallinnoija" / "Osatoteuttaja 2"; empty
/// when no applicant has the id.
fn applicant_by_id(l: Lang, d: &RawDraft, id: &str) -> String {
    d.applicants
        .iter()
        .position(|x| x.id.to_string() == id)
        .map(|i| applicant_label(&d.applicants[i], i, l))
        .unwrap_or_default()
}

/// A list of rows as the page shows a part (or an applicant).
fn list(rows: Vec<AnyView>) -> AnyView {
    view! { <dl class="review-list">{rows}</dl> }.into_any()
}

/// The read-only rows of one part, as lists: every field the application file carries.
fn part_rows(l: Lang, section: Section, d: &RawDraft, a: &Analysis) -> AnyView {
    let yes_no = |b: bool| {
        if b {
            Fa::Confirmed.get(l)
        } else {
            Fa::NotConfirmed.get(l)
        }
        .to_string()
    };
    let applicant = |id: &str| applicant_by_id(l, d, id);
    let r = |key: T, value: String| row(l, key.get(l).into(), value).into_any();
    match section {
        Section::Project => {
            let p = &d.project;
            list(vec![
                r(T::FieldCall, a.call.name(l).into()),
                r(T::FieldNameFi, p.name_fi.clone()),
                r(T::FieldNameSv, p.name_sv.clone()),
                r(T::FieldNameEn, p.name_en.clone()),
                r(T::FieldSummary, p.summary.clone()),
                r(T::FieldStart, date_as_shown(l, &p.start)),
                r(T::FieldEnd, date_as_shown(l, &p.end)),
            ])
        }
        Section::Applicants => {
            let applicants = d.applicants.iter().enumerate().map(|(i, x)| {
                let who = if i == 0 {
                    T::Lead.get(l).to_string()
                } else {
                    format!("{} {}", T::Partner.get(l), i + 1)
                };
                let heading = match display_name(x, l) {
                    Some(name) => format!("{who}: {name}"),
                    None => who,
                };
                let mut rows = Vec::new();
                match x.kind {
                    ApplicantKind::Municipality => {
                        // As the screen shows it, with the register's code; what was typed where it
                        // names no municipality.
                        let shown = match crate::domain::formats::application::resolved(x) {
                            Some(m) => format!("{} ({})", if l == Lang::Sv { &m.name_sv } else { &m.name_fi }, m.code),
                            None => x.municipality.clone(),
                        };
                        rows.push(r(T::ApplicantKind, T::KindMunicipality.get(l).into()));
                        rows.push(r(T::FieldMunicipality, shown));
                    }
                    ApplicantKind::Authority => {
                        rows.push(r(T::ApplicantKind, T::KindAuthority.get(l).into()));
                        rows.push(r(T::FieldAuthorityName, x.name.clone()));
                    }
                }
                rows.push(r(T::FieldBusinessId, x.business_id.clone()));
                rows.push(r(T::FieldContactName, x.contact_name.clone()));
                rows.push(r(T::FieldContactEmail, x.contact_email.clone()));
                rows.push(r(T::FieldContactPhone, x.contact_phone.clone()));
                rows.push(r(T::FieldSignatoryName, x.signatory_name.clone()));
                rows.push(r(T::FieldSignatoryTitle, x.signatory_title.clone()));
                if i == 0 {
                    rows.push(r(T::LeadResponsibleLabel, yes_no(d.lead_responsible)));
                } else {
                    rows.push(r(T::FieldRole, x.role.clone()));
                    rows.push(r(T::FieldCommitment, x.commitment.clone()));
                }
                rows.push(r(T::FieldOwnFinancing, money_as_shown(l, &x.own_financing)));
                rows.push(r(T::FieldDecisionBody, x.decision_body.clone()));
                rows.push(r(T::FieldDecisionDate, date_as_shown(l, &x.decision_date)));
                rows.push(r(T::FieldDecisionSection, x.decision_section.clone()));
                rows.push(r(T::FieldDecisionPlanned, x.decision_planned.clone()));
                view! {
                    <h3 class="review-applicant">{heading}</h3>
                    {list(rows)}
                }
                .into_any()
            });
            let population = list(vec![r(T::PopulationCovered, i18n::integer(l, a.applicants.population))]);
            applicants.chain(std::iter::once(population)).collect_view().into_any()
        }
        Section::Targets => {
            let targets: Vec<String> = d
                .targets
                .iter()
                .filter_map(|x| Target::from_id(x))
                .map(|x| i18n::target(l, x).to_string())
                .collect();
            let rows = std::iter::once(r(T::TargetsTitle, targets.join("; ")))
                .chain(a.call.exclusions.iter().map(|rule| {
                    let answer = match d.exclusions.get(rule.exclusion.id()).copied().unwrap_or_default() {
                        YesNo::Yes => T::Yes.get(l),
                        YesNo::No => T::No.get(l),
                        YesNo::Unanswered => Fa::NotAnswered.get(l),
                    };
                    row(l, i18n::exclusion_question(l, rule.exclusion).into(), answer.into()).into_any()
                }))
                .chain(std::iter::once(r(T::MunicipalTaskTitle, yes_no(d.municipal_task))))
                .collect();
            list(rows)
        }
        Section::Answers(group) => {
            let maturity = (group == QuestionGroup::StateAndGoals).then(|| {
                let level = |s: &str| {
                    if s.is_empty() {
                        String::new()
                    } else {
                        i18n::maturity_level(l, s)
                    }
                };
                vec![
                    r(T::MaturityNow, level(&d.maturity_now)),
                    r(T::MaturityTarget, level(&d.maturity_target)),
                ]
            });
            let rows = maturity
                .into_iter()
                .flatten()
                .chain(a.call.questions.iter().filter(|q| q.group() == group).map(|q| {
                    row(
                        l,
                        questions::label(l, *q).into(),
                        d.answers.get(&q.id()).cloned().unwrap_or_default(),
                    )
                    .into_any()
                }))
                .collect();
            list(rows)
        }
        Section::Schedule => list(
            d.schedule
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let name = named(l, &w.name, T::WorkPackage, i);
                    let value = pairs(
                        l,
                        &[
                            (T::FieldStart.get(l), date_as_shown(l, &w.start)),
                            (T::FieldEnd.get(l), date_as_shown(l, &w.end)),
                            (T::FieldResponsible.get(l), applicant(&w.responsible)),
                        ],
                    );
                    row(l, name, value).into_any()
                })
                .collect(),
        ),
        Section::Budget => {
            let t = &a.totals;
            let money = |m: Money| m.format(l);
            list(vec![
                r(T::CostLines, d.budget.lines.len().to_string()),
                r(T::EligibleBase, money(t.eligible_base)),
                r(T::MaxGrant, money(t.max_grant)),
                r(T::RequestedGrant, money_as_shown(l, &d.budget.requested_grant)),
                r(T::OwnFinancing, t.own_financing.map(money).unwrap_or_default()),
            ])
        }
        Section::Risks => list(
            d.risks
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    let name = named(l, &x.description, T::Risk, i);
                    let value = pairs(
                        l,
                        &[
                            (T::FieldLikelihood.get(l), x.likelihood.clone()),
                            (T::FieldImpact.get(l), x.impact.clone()),
                            (T::RiskScore.get(l), score(x).map(|s| s.to_string()).unwrap_or_default()),
                            (T::FieldMitigation.get(l), x.mitigation.clone()),
                            (T::FieldOwner.get(l), applicant(&x.owner)),
                        ],
                    );
                    row(l, name, value).into_any()
                })
                .collect(),
        ),
        Section::Monitoring => list(
            d.indicators
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    let name = named(l, &x.name, T::Indicator, i);
                    let value = pairs(
                        l,
                        &[
                            (T::FieldBaseline.get(l), x.baseline.clone()),
                            (T::FieldTargetValue.get(l), x.target.clone()),
                            (T::FieldMethod.get(l), x.method.clone()),
                            (T::FieldTiming.get(l), x.timing.clone()),
                        ],
                    );
                    row(l, name, value).into_any()
                })
                .collect(),
        ),
    }
}

/// An item's name, or "Riski 2" where it has none.
fn named(l: Lang, name: &str, kind: T, i: usize) -> String {
    if name.trim().is_empty() {
        format!("{} {}", kind.get(l), i + 1)
    } else {
        name.trim().to_string()
    }
}
