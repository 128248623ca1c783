//! Check your answers (GOV.UK pattern): the whole application read-only, part by part, each with a
//! change link and its findings; "ready to submit" only when no rule reports an error.

use crate::domain::draft::{ApplicantKind, RawDraft, YesNo};
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::applicants::display_name;
use crate::domain::rules::finding::Finding;
use crate::domain::rules::risks::score;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::questions::QuestionGroup;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::{self, questions, T};
use crate::ui::applicants::applicant_label;
use crate::ui::store::use_store;
use crate::ui::summary::{section_title, set_title};
use leptos::prelude::*;
use leptos_router::components::A;

/// A row of the summary list: what was asked, what was answered.
fn row(key: String, value: String) -> impl IntoView {
    let value = if value.trim().is_empty() {
        "–".to_string()
    } else {
        value
    };
    view! {
        <div class="review-row">
            <dt>{key}</dt>
            <dd>{value}</dd>
        </div>
    }
}

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    set_title(
        move |lang| T::ReviewTitle.get(lang).to_string(),
        move || store.show_all.get() && store.analysis.with(|a| a.errors().next().is_some()),
    );
    let errors = Memo::new(move |_| store.analysis.with(|a| a.errors().cloned().collect::<Vec<Finding>>()));
    let warnings = Memo::new(move |_| store.analysis.with(|a| a.warnings().count()));
    view! {
        <h1>{move || t(T::ReviewTitle)}</h1>
        <p class="lead">{move || t(T::ReviewIntro)}</p>
        <div id="submit-status" class=move || if errors.with(Vec::is_empty) { "error-summary clean" } else { "error-summary" }>
            {move || if errors.with(Vec::is_empty) {
                view! { <p class="ok" id="ready">{t(T::ReadyToSubmit)}</p> }.into_any()
            } else {
                view! {
                    <p><strong>{t(T::NotReady)}</strong> " " {t(T::ErrorsCount)} ": " {errors.with(Vec::len)}</p>
                }.into_any()
            }}
            <p>{move || t(T::WarningsCount)} ": " {warnings}</p>
        </div>
        {move || {
            let l = lang.get();
            store.draft.with(|d| store.analysis.with(|a| application_parts(l, d, a, true)))
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
                    <A href=format!("/{}", section.slug())
                        attr:aria-label=format!("{}: {}", T::Change.get(l), section_title(l, section))>
                        {T::Change.get(l)}
                    </A>
                })}
            </div>
            <dl class="review-list">{content}</dl>
            {(section == Section::Budget).then(|| budget_lines(l, d, a))}
            {(!findings.is_empty()).then(|| view! {
                <ul class="review-findings">
                    {findings.into_iter().map(|f| view! {
                        <li class=if f.is_error() { "field-error" } else { "field-warning" }>
                            <span class="visually-hidden">
                                {if f.is_error() { T::ErrorPrefix.get(l) } else { T::WarningPrefix.get(l) }} ": "
                            </span>
                            {i18n::finding_message(l, &f)}
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
                    <td class="num">{if eligible { money(result.and_then(|r| r.net)) } else { T::Excluded.get(l).to_string() }}</td>
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
                        <th scope="col">{T::ColEligible.get(l)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot class="totals">
                    <tr>
                        <th scope="row" colspan="7">{T::EligibleBase.get(l)}</th>
                        <td class="num">{money(Some(t.eligible_base))}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
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

/// The read-only rows of one part.
fn part_rows(l: Lang, section: Section, d: &RawDraft, a: &Analysis) -> AnyView {
    let yes_no = |b: bool| if b { T::Confirmed.get(l) } else { T::NotConfirmed.get(l) }.to_string();
    let applicant = |id: &str| applicant_by_id(l, d, id);
    match section {
        Section::Project => {
            let p = &d.project;
            vec![
                row(T::FieldCall.get(l).into(), a.call.name(l).into()),
                row(T::FieldNameFi.get(l).into(), p.name_fi.clone()),
                row(T::FieldNameSv.get(l).into(), p.name_sv.clone()),
                row(T::FieldNameEn.get(l).into(), p.name_en.clone()),
                row(T::FieldSummary.get(l).into(), p.summary.clone()),
                row(
                    T::FieldStart.get(l).into(),
                    a.period.start.map(|x| i18n::date(l, x)).unwrap_or(p.start.clone()),
                ),
                row(
                    T::FieldEnd.get(l).into(),
                    a.period.end.map(|x| i18n::date(l, x)).unwrap_or(p.end.clone()),
                ),
            ]
            .into_iter()
            .collect_view()
            .into_any()
        }
        Section::Applicants => d
            .applicants
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let who = if i == 0 {
                    T::Lead.get(l).to_string()
                } else {
                    format!("{} {}", T::Partner.get(l), i + 1)
                };
                let kind = match x.kind {
                    ApplicantKind::Municipality => T::KindMunicipality,
                    ApplicantKind::Authority => T::KindAuthority,
                };
                let mut text = format!(
                    "{} ({}), {}; {}, {}, {}",
                    display_name(x, l).unwrap_or_default(),
                    kind.get(l),
                    x.business_id,
                    x.contact_name,
                    x.contact_email,
                    x.contact_phone
                );
                if i > 0 {
                    text.push_str(&format!(
                        ". {}: {}. {}: {}",
                        T::FieldRole.get(l),
                        x.role,
                        T::FieldCommitment.get(l),
                        x.commitment
                    ));
                }
                row(who, text)
            })
            .chain(std::iter::once(row(
                T::PopulationCovered.get(l).into(),
                i18n::integer(l, a.applicants.population),
            )))
            .collect_view()
            .into_any(),
        Section::Targets => {
            let targets: Vec<String> = d
                .targets
                .iter()
                .filter_map(|x| Target::from_id(x))
                .map(|x| i18n::target(l, x).to_string())
                .collect();
            std::iter::once(row(T::TargetsTitle.get(l).into(), targets.join("; ")))
                .chain(a.call.exclusions.iter().map(|rule| {
                    let answer = match d.exclusions.get(rule.exclusion.id()).copied().unwrap_or_default() {
                        YesNo::Yes => T::Yes.get(l),
                        YesNo::No => T::No.get(l),
                        YesNo::Unanswered => T::NotAnswered.get(l),
                    };
                    row(i18n::exclusion_question(l, rule.exclusion).into(), answer.into())
                }))
                .chain(std::iter::once(row(
                    T::MunicipalTaskTitle.get(l).into(),
                    yes_no(d.municipal_task),
                )))
                .collect_view()
                .into_any()
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
                    row(T::MaturityNow.get(l).into(), level(&d.maturity_now)),
                    row(T::MaturityTarget.get(l).into(), level(&d.maturity_target)),
                ]
            });
            maturity
                .into_iter()
                .flatten()
                .chain(a.call.questions.iter().filter(|q| q.group() == group).map(|q| {
                    row(
                        questions::label(l, *q).into(),
                        d.answers.get(&q.id()).cloned().unwrap_or_default(),
                    )
                }))
                .collect_view()
                .into_any()
        }
        Section::Schedule => d
            .schedule
            .iter()
            .map(|w| {
                row(
                    w.name.clone(),
                    format!("{} – {}; {}", w.start, w.end, applicant(&w.responsible)),
                )
            })
            .collect_view()
            .into_any(),
        Section::Budget => {
            let t = &a.totals;
            let money = |m: crate::domain::vocabulary::money::Money| m.format(l);
            vec![
                row(T::CostLines.get(l).into(), d.budget.lines.len().to_string()),
                row(T::EligibleBase.get(l).into(), money(t.eligible_base)),
                row(T::MaxGrant.get(l).into(), money(t.max_grant)),
                row(
                    T::RequestedGrant.get(l).into(),
                    t.requested_grant.map(money).unwrap_or_default(),
                ),
                row(
                    T::OwnFinancing.get(l).into(),
                    t.own_financing.map(money).unwrap_or_default(),
                ),
            ]
            .into_iter()
            .collect_view()
            .into_any()
        }
        Section::Risks => d
            .risks
            .iter()
            .map(|r| {
                let s = score(r).map(|s| s.to_string()).unwrap_or_default();
                row(
                    r.description.clone(),
                    format!(
                        "{} {}; {}: {}; {}",
                        T::RiskScore.get(l),
                        s,
                        T::FieldOwner.get(l),
                        applicant(&r.owner),
                        r.mitigation
                    ),
                )
            })
            .collect_view()
            .into_any(),
        Section::Monitoring => d
            .indicators
            .iter()
            .map(|x| {
                row(
                    x.name.clone(),
                    format!("{} → {}; {}; {}", x.baseline, x.target, x.method, x.timing),
                )
            })
            .collect_view()
            .into_any(),
    }
}
