//! One opened application for the reviewer: read only (`/reviewer/:fp`), and its assessment against
//! the call's criteria (`/reviewer/:fp/assessment`). The read-only page has no form control at all;
//! the assessment page edits only the review, never the application.

use crate::domain::formats::review::{Mark, Review};
use crate::domain::reviewer::assessment;
use crate::domain::reviewer::panel::{self, ApplicationPanel, Standing};
use crate::domain::vocabulary::criteria::{CriterionRule, Score};
use crate::i18n::reviewer::R;
use crate::i18n::{self, questions, T};
use crate::ui::check::application_parts;
use crate::ui::field::{Cite, FieldFrame};
use crate::ui::form::tr;
use crate::ui::language::use_lang;
use crate::ui::reviewer::state::{use_reviewer, Opened};
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The opened application the URL names, if it is open in this tab.
fn opened_from_url() -> Memo<Option<Opened>> {
    let reviewer = use_reviewer();
    let page = crate::ui::routes::use_page();
    Memo::new(move |_| page.with(|p| p.fingerprint().and_then(|fp| reviewer.find(fp))))
}

fn project_name(o: &Opened, l: crate::domain::vocabulary::locale::Lang) -> String {
    let name = o.draft.project.name();
    if name.is_empty() {
        R::UnnamedProject.get(l).to_string()
    } else {
        name.to_string()
    }
}

/// While the applications (and, for the assessment, the reviews) kept in the browser are read.
fn loading(l: crate::domain::vocabulary::locale::Lang) -> AnyView {
    view! {
        <h1>{T::ReviewerTitle.get(l)}</h1>
        <p role="status" id="reviewer-loading">{T::Loading.get(l)}</p>
    }
    .into_any()
}

/// The page for a URL whose application is not open (after a reload, say).
fn not_open(l: crate::domain::vocabulary::locale::Lang) -> AnyView {
    view! {
        <h1>{T::ReviewerTitle.get(l)}</h1>
        <p>{R::NotOpenHere.get(l)}</p>
        <p><A href="/reviewer">{R::BackToApplications.get(l)}</A></p>
    }
    .into_any()
}

#[component]
pub fn ApplicationView() -> impl IntoView {
    let lang = use_lang();
    let opened = opened_from_url();
    set_title(
        move |l| {
            opened
                .with(|o| o.as_ref().map(|o| project_name(o, l)))
                .unwrap_or_else(|| T::ReviewerTitle.get(l).into())
        },
        || false,
    );
    let reviewer = use_reviewer();
    move || {
        let l = lang.get();
        if !reviewer.opened_ready.get() {
            return loading(l);
        }
        let Some(o) = opened.get() else {
            return not_open(l);
        };
        let errors = o.analysis.errors().count();
        let warnings = o.analysis.warnings().count();
        view! {
            <p class="no-print"><A href="/reviewer">{R::BackToApplications.get(l)}</A></p>
            <h1 id="application-title">{project_name(&o, l)}</h1>
            <p class="lead">{R::ReadOnlyNote.get(l)}</p>
            <dl class="review-list application-meta">
                <div class="review-row"><dt>{R::FileLabel.get(l)}</dt><dd>{o.source.clone()}</dd></div>
                <div class="review-row"><dt>{R::ExportedAt.get(l)}</dt><dd>{crate::ui::files::local_date_time(l, &o.exported_at)}</dd></div>
                <div class="review-row"><dt>{T::FieldCall.get(l)}</dt><dd>{o.analysis.call.name(l).to_string()}</dd></div>
                <div class="review-row"><dt>{R::FingerprintLabel.get(l)}</dt><dd class="fingerprint">{o.fingerprint.clone()}</dd></div>
                <div class="review-row"><dt>{T::ErrorsCount.get(l)}</dt><dd id="application-errors">{errors}</dd></div>
                <div class="review-row"><dt>{T::WarningsCount.get(l)}</dt><dd>{warnings}</dd></div>
            </dl>
            <p class="actions no-print">
                <A href=format!("/reviewer/{}/assessment", o.fingerprint) attr:class="button">{R::AssessThis.get(l)}</A>
                " "
                <button type="button" class="button secondary" on:click=move |_| { let _ = window().print(); }>
                    {R::PrintPage.get(l)}
                </button>
            </p>
            {application_parts(l, &o.draft, &o.analysis, false)}
        }
        .into_any()
    }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    let opened = opened_from_url();
    set_title(
        move |l| {
            let name = opened
                .with(|o| o.as_ref().map(|o| project_name(o, l)))
                .unwrap_or_default();
            format!("{}: {name}", R::AssessmentTitle.get(l))
        },
        || false,
    );
    move || {
        let l = lang.get();
        // The form shows the review as stored: it is built once the stored reviews are read (its
        // controls take their values when built, so that typing is never overwritten).
        if !(reviewer.opened_ready.get() && reviewer.reviews_ready.get()) {
            return loading(l);
        }
        let Some(o) = opened.get() else {
            return not_open(l);
        };
        let fp = o.fingerprint.clone();
        let review = reviewer
            .reviews
            .with_untracked(|r| r.get(&fp).cloned())
            .unwrap_or_default();
        let call = o.analysis.call;
        // A memo: the status region changes (and is announced) only when the total does, not on
        // every keystroke of a note.
        let total = {
            let fp = fp.clone();
            Memo::new(move |_| {
                let total = reviewer.reviews.with(|r| match r.get(&fp) {
                    Some(review) => assessment::total(review, call),
                    None => assessment::total(&Review::default(), call),
                });
                i18n::assessment_total(lang.get(), &total)
            })
        };
        // The panel (read only in nested closures, so a keystroke never rebuilds the page).
        let declared = {
            let fp = fp.clone();
            Memo::new(move |_| {
                reviewer
                    .reviews
                    .with(|r| r.get(&fp).is_some_and(|r| r.conflict.is_some()))
            })
        };
        let members = Memo::new(move |_| reviewer.members());
        let ap = {
            let fp = fp.clone();
            Memo::new(move |_| members.with(|m| panel::application(m, &fp, call)))
        };
        let shown = {
            let fp = fp.clone();
            Memo::new(move |_| {
                let blind = reviewer.blind.get();
                reviewer
                    .reviews
                    .with(|r| panel::others_visible(blind, r.get(&fp), call))
            })
        };
        let names = Memo::new(move |_| {
            let l = lang.get();
            members.with(|m| {
                m.iter()
                    .enumerate()
                    .map(|(i, m)| {
                        let name = i18n::member_name(l, &m.reviewer, i + 1);
                        if i == 0 {
                            format!("{name} {}", R::YouSuffix.get(l))
                        } else {
                            name
                        }
                    })
                    .collect::<Vec<String>>()
            })
        });
        let view_panel = PanelView {
            ap,
            shown,
            names,
            declared,
        };
        let criteria = call
            .criteria
            .iter()
            .enumerate()
            .map(|(i, r)| criterion_view(l, i + 1, i, r, &o, review.mark(r.criterion), view_panel))
            .collect_view();
        let summary_o = o.clone();
        view! {
            <p class="no-print"><A href="/reviewer">{R::BackToApplications.get(l)}</A></p>
            <h1>{R::AssessmentTitle.get(l)} ": " {project_name(&o, l)}</h1>
            <p class="lead">{R::AssessmentIntro.get(l)}</p>
            <p><A href=format!("/reviewer/{fp}")>{R::ShowApplication.get(l)}</A></p>
            <ReviewsSaveProblem />
            <p class="assessment-total" role="status" id="assessment-total">
                <strong>{R::TotalScore.get(l)} ": "</strong> {total}
            </p>
            {conflict_view(l, &o, declared)}
            {panel_summary(view_panel)}
            {criteria}
            <FieldFrame id="overall-note" label=tr(R::OverallNote) label_class="label">
                <textarea id="overall-note" class="input" rows="5"
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        reviewer.change(&summary_o, lang.get_untracked(), |r, now| r.set_summary(text, now));
                    }
                    prop:value=review.summary.clone()
                ></textarea>
            </FieldFrame>
            <p class="assessment-total" aria-hidden="true">
                <strong>{R::TotalScore.get(l)} ": "</strong> {total}
            </p>
            <p><A href="/reviewer">{R::BackToApplications.get(l)}</A></p>
        }
        .into_any()
    }
}

/// What the assessment page shows of the panel.
#[derive(Clone, Copy)]
struct PanelView {
    ap: Memo<ApplicationPanel>,
    /// Blind mode's rule: whether the others' scores show.
    shown: Memo<bool>,
    /// The members' names, the reviewer first ("Anna (sinä)").
    names: Memo<Vec<String>>,
    /// The reviewer has declared a conflict of interest.
    declared: Memo<bool>,
}

impl PanelView {
    fn has_others(&self) -> bool {
        self.names.with(|n| n.len() > 1)
    }
}

/// The conflict of interest: the pointer when the reviewer's municipality applies, the declaration
/// and its reason.
fn conflict_view(l: crate::domain::vocabulary::locale::Lang, o: &Opened, declared: Memo<bool>) -> impl IntoView {
    let reviewer = use_reviewer();
    let lang = use_lang();
    let fp = o.fingerprint.clone();
    let current_reason = {
        let fp = fp.clone();
        move || {
            reviewer.reviews.with_untracked(|r| {
                r.get(&fp)
                    .and_then(|r| r.conflict.as_ref())
                    .map(|c| c.reason.clone())
                    .unwrap_or_default()
            })
        }
    };
    let own = {
        let draft = o.draft.clone();
        move || {
            let who = reviewer.identity.get();
            let l = lang.get();
            let applies = !panel::own_municipality_applies(&who, &draft).is_empty();
            who.municipality
                .as_deref()
                .and_then(crate::domain::vocabulary::register::by_code)
                .filter(|_| applies)
                .map(|m| {
                    view! {
                        <div class="notice own-municipality" id="own-municipality">
                            <p><strong>{R::OwnMunicipalityApplies.get(l)}</strong> ". " {i18n::own_municipality_notice(l, m.name(l))}</p>
                        </div>
                    }
                })
        }
    };
    let on_declare = {
        let (o, current_reason) = (o.clone(), current_reason.clone());
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let reason = current_reason();
            reviewer.change(&o, lang.get_untracked(), |r, now| {
                if on {
                    r.declare_conflict(reason, now)
                } else {
                    r.withdraw_conflict(now)
                }
            });
        }
    };
    let fp_kept = StoredValue::new(fp.clone());
    let reason_now = move || {
        reviewer.reviews.with_untracked(|r| {
            r.get(&fp_kept.get_value())
                .and_then(|r| r.conflict.as_ref())
                .map(|c| c.reason.clone())
                .unwrap_or_default()
        })
    };
    let on_reason = {
        let o = o.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            reviewer.change(&o, lang.get_untracked(), |r, now| r.declare_conflict(text, now));
        }
    };
    view! {
        <section class="conflict review-part no-print" aria-labelledby="conflict-title">
            <h2 id="conflict-title">{R::ConflictTitle.get(l)}</h2>
            {own}
            <div class="field">
                <label class="checkbox">
                    <input type="checkbox" id="conflict-declared" aria-describedby="conflict-hint"
                        prop:checked=declared.get_untracked() on:change=on_declare />
                    {R::ConflictDeclare.get(l)}
                </label>
                <p class="hint" id="conflict-hint">{R::ConflictHint.get(l)}</p>
            </div>
            {move || declared.get().then(|| {
                let on_reason = on_reason.clone();
                view! {
                    <FieldFrame id="conflict-reason" label=tr(R::ConflictReason) label_class="label">
                        <textarea id="conflict-reason" class="input" rows="2" prop:value=reason_now() on:input=on_reason></textarea>
                    </FieldFrame>
                }
            })}
        </section>
    }
}

/// The panel's totals of the application: each reviewer's, the mean and the spread, and who stood
/// aside (hidden in blind mode until the reviewer's own scoring is done).
fn panel_summary(p: PanelView) -> impl IntoView {
    let lang = use_lang();
    move || {
        if !p.has_others() {
            return ().into_any();
        }
        let l = lang.get();
        if !p.shown.get() {
            return view! { <p class="panel-hidden" id="panel-hidden">{R::PanelHidden.get(l)}</p> }.into_any();
        }
        let names = p.names.get();
        p.ap.with(|ap| {
            let rows = ap
                .standings
                .iter()
                .zip(names.iter())
                .map(|(s, name)| view! { <tr><th scope="row">{name.clone()}</th><td class="num">{i18n::standing(l, s)}</td></tr> })
                .collect_view();
            let aside: Vec<_> = ap
                .standings
                .iter()
                .zip(names.iter())
                .filter_map(|(s, name)| match s {
                    Standing::StoodAside { reason } if reason.is_empty() => Some(view! { <li>{name.clone()}</li> }.into_any()),
                    Standing::StoodAside { reason } => Some(view! { <li>{name.clone()} ": " {reason.clone()}</li> }.into_any()),
                    _ => None,
                })
                .collect();
            let spread = ap.spread.map_or("–".to_string(), |s| s.to_string());
            view! {
                <section class="panel-summary review-part" aria-labelledby="panel-summary-title" id="panel-summary">
                    <h2 id="panel-summary-title">{R::PanelScoresTitle.get(l)}</h2>
                    <table class="panel-totals">
                        <caption>{R::PanelScoresTitle.get(l)}</caption>
                        <thead><tr><th scope="col">{R::ColReviewer.get(l)}</th><th scope="col">{R::TotalScore.get(l)}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <dl class="review-list">
                        <div class="review-row"><dt>{R::ColMean.get(l)}</dt><dd id="panel-mean">{i18n::mean(l, ap.mean)}</dd></div>
                        <div class="review-row"><dt>{R::ColSpread.get(l)} " (" {crate::i18n::reviewer::R::SpreadAbbr.get(l)} ")"</dt><dd id="panel-spread">{spread}</dd></div>
                    </dl>
                    {(!aside.is_empty()).then(|| view! {
                        <h3>{R::StoodAsideTitle.get(l)}</h3>
                        <ul id="stood-aside">{aside}</ul>
                    })}
                </section>
            }
            .into_any()
        })
    }
}

/// One criterion across the panel: every reviewer's score and reasons, and a disagreement said in
/// words (not by colour).
fn criterion_panel(index: usize, c: crate::domain::vocabulary::criteria::Criterion, p: PanelView) -> impl IntoView {
    let lang = use_lang();
    move || {
        if !p.has_others() || !p.shown.get() {
            return ().into_any();
        }
        let l = lang.get();
        let names = p.names.get();
        p.ap.with(|ap| {
            let Some(row) = ap.criteria.get(index) else {
                return ().into_any();
            };
            let rows = row
                .marks
                .iter()
                .zip(ap.standings.iter())
                .zip(names.iter())
                .map(|((mark, standing), name)| {
                    let score = match (standing, mark.as_ref().and_then(|m| m.score)) {
                        (Standing::StoodAside { .. }, _) => R::StoodAside.get(l).to_string(),
                        (_, Some(s)) => s.value().to_string(),
                        (_, None) => "–".to_string(),
                    };
                    let note = match mark.as_ref().map(|m| m.note.trim()) {
                        Some(n) if !n.is_empty() => n.to_string(),
                        _ if mark.as_ref().and_then(|m| m.score).is_some() => R::NoReason.get(l).to_string(),
                        _ => String::new(),
                    };
                    view! { <tr><th scope="row">{name.clone()}</th><td class="num">{score}</td><td>{note}</td></tr> }
                })
                .collect_view();
            view! {
                {row.disagrees.then(|| view! { <p class="disagreement" id=format!("disagreement-{}", c.id())><strong>{R::Disagreement.get(l)}</strong></p> })}
                <table class="panel-scores">
                    <caption>{i18n::panel_scores_caption(l, c)}</caption>
                    <thead><tr>
                        <th scope="col">{R::ColReviewer.get(l)}</th>
                        <th scope="col">{R::ScoreLabel.get(l)}</th>
                        <th scope="col">{R::ColReason.get(l)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    }
}

/// One criterion: its wording and source, the applicant's related answers, the score and the note,
/// and the panel's scores of it.
fn criterion_view(
    l: crate::domain::vocabulary::locale::Lang,
    n: usize,
    index: usize,
    rule: &CriterionRule,
    o: &Opened,
    mark: Mark,
    p: PanelView,
) -> impl IntoView {
    let c = rule.criterion;
    let reviewer = use_reviewer();
    let lang = use_lang();
    let id = c.id();
    let heading = format!("criterion-{id}");
    let labelled_by = heading.clone();
    let asked: Vec<_> = c
        .related_questions()
        .iter()
        .filter(|q| o.analysis.call.questions.contains(q))
        .map(|q| {
            let answer = o.draft.answers.get(&q.id()).cloned().unwrap_or_default();
            let answer = if answer.trim().is_empty() {
                "–".to_string()
            } else {
                answer
            };
            view! {
                <div class="review-row"><dt>{questions::label(l, *q)}</dt><dd>{answer}</dd></div>
            }
        })
        .collect();
    // The score and the note of the mark as it is now (both are needed to set either).
    let current = {
        let fp = o.fingerprint.clone();
        move || {
            reviewer
                .reviews
                .with_untracked(|r| r.get(&fp).map(|r| r.mark(c)).unwrap_or_default())
        }
    };
    let set_score = {
        let (o, current) = (o.clone(), current.clone());
        move |score: Option<Score>| {
            let mark = Mark { score, ..current() };
            reviewer.set_mark(&o, lang.get_untracked(), c, mark);
        }
    };
    let options = {
        let (id, current) = (id.clone(), current.clone());
        move || {
            let now = current().score;
            std::iter::once(None)
                .chain(Score::all().map(Some))
                .map(|score| {
                    let value = score.map_or("none".to_string(), |s| s.value().to_string());
                    let label = score.map_or(R::ScoreNone.get(l), |s| i18n::score(l, s));
                    let set = set_score.clone();
                    view! {
                        <label class="checkbox">
                            <input type="radio" name=format!("score-{id}") value=value
                                prop:checked=now == score on:change=move |_| set(score) />
                            {label}
                        </label>
                    }
                })
                .collect_view()
        }
    };
    let note_id = format!("note-{id}");
    let on_note = {
        let o = o.clone();
        move |ev: leptos::ev::Event| {
            let mark = Mark {
                note: event_target_value(&ev),
                ..current()
            };
            reviewer.set_mark(&o, lang.get_untracked(), c, mark);
        }
    };
    view! {
        <section class="criterion review-part" aria-labelledby=labelled_by>
            <h2 id=heading>{n} ". " {i18n::criterion(l, c)}</h2>
            <Cite citation=rule.citation />
            {(!asked.is_empty()).then(|| view! {
                <details class="related-answers">
                    <summary>{R::RelatedAnswers.get(l)}</summary>
                    <dl class="review-list">{asked}</dl>
                </details>
            })}
            // Named by the legend and the criterion's heading: "Pisteet 1. Yhteiskunnallinen …".
            // Absent while a conflict is declared, with the reason said instead.
            {let id = id.clone(); move || if p.declared.get() {
                view! { <p class="conflict-declared">{R::ConflictDeclared.get(l)}</p> }.into_any()
            } else {
                let options = options.clone();
                view! {
                    <fieldset class="radios scores" aria-labelledby=format!("score-label-{id} criterion-{id}")>
                        <legend id=format!("score-label-{id}")>{R::ScoreLabel.get(l)}</legend>
                        {options()}
                    </fieldset>
                }.into_any()
            }}
            // Named by its label (the frame's `{note_id}-label`) and the criterion's heading.
            <FieldFrame id=note_id.clone() label=tr(R::CriterionNote) label_class="label">
                <textarea id=note_id.clone() class="input" rows="3" aria-labelledby=format!("{note_id}-label criterion-{id}") prop:value=mark.note.clone() on:input=on_note></textarea>
            </FieldFrame>
            {criterion_panel(index, c, p)}
        </section>
    }
}

/// A lasting alert when the reviews could not be saved, with the way out: download them.
#[component]
pub fn ReviewsSaveProblem() -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    view! {
        <Show when=move || reviewer.save_error.with(Option::is_some)>
            <div class="error-summary" role="alert" id="reviews-save-problem">
                <p>{move || R::ReviewsSaveFailed.get(lang.get())}</p>
                <p>
                    <button type="button" class="button" on:click=move |_| reviewer.download()>
                        {move || R::DownloadReviews.get(lang.get())}
                    </button>
                </p>
            </div>
        </Show>
        <ReviewClashes />
    }
}

/// The parts of reviews this tab and another changed differently (issue 28, item 1): each said in
/// words with both versions — the stored one (the other tab's) and this tab's — and the choice.
#[component]
fn ReviewClashes() -> impl IntoView {
    use crate::domain::reviewer::assessment::Part;
    use crate::domain::vocabulary::criteria::Criterion;
    use crate::i18n::reviewer::R;
    let lang = use_lang();
    let reviewer = use_reviewer();
    let mark_text = move |l, r: &Review, id: &str| {
        let m = r.marks.get(id).cloned().unwrap_or_default();
        let score = m
            .score
            .map(|s| s.value().to_string())
            .unwrap_or_else(|| R::ClashNone.get(l).to_string());
        if m.note.is_empty() {
            score
        } else {
            format!("{score} – \u{201c}{}\u{201d}", m.note)
        }
    };
    let version = move |l, r: &Review, part: &Part| match part {
        Part::Mark(id) => mark_text(l, r, id),
        Part::Summary => format!("\u{201c}{}\u{201d}", r.summary),
        Part::Conflict => r
            .conflict
            .as_ref()
            .map(|c| c.reason.clone())
            .unwrap_or_else(|| "–".into()),
        Part::Whole => match &r.conflict {
            Some(c) => format!("{}: {}", R::ClashConflict.get(l), c.reason),
            None => format!(
                "{} / {}",
                r.marks.values().filter(|m| m.score.is_some()).count(),
                r.marks.len()
            ),
        },
    };
    view! {
        <Show when=move || reviewer.clashes.with(|c| !c.is_empty())>
            <div class="error-summary" role="alert" id="review-clashes">
                <h2>{move || R::ClashTitle.get(lang.get())}</h2>
                <p>{move || R::ClashIntro.get(lang.get())}</p>
                <ul>
                    {move || {
                        let l = lang.get();
                        reviewer.clashes.get().into_iter().enumerate().map(|(i, c)| {
                            let what = match &c.part {
                                Part::Mark(id) => Criterion::from_id(id).map(|k| i18n::reviewer::criterion(l, k).to_string()).unwrap_or_else(|| id.clone()),
                                Part::Summary => R::ClashSummary.get(l).to_string(),
                                Part::Conflict => R::ClashConflict.get(l).to_string(),
                                Part::Whole => R::ClashWhole.get(l).to_string(),
                            };
                            let text = format!(
                                "{}: {what}. {} {}; {} {}.",
                                c.mine.application.project,
                                R::ClashStored.get(l),
                                version(l, &c.theirs, &c.part),
                                R::ClashThisTab.get(l),
                                version(l, &c.mine, &c.part),
                            );
                            view! {
                                <li class="clash">
                                    <p>{text}</p>
                                    <p>
                                        <button type="button" class="button" on:click=move |_| reviewer.settle(i, true)>{R::ClashKeepMine.get(l)}</button>
                                        " "
                                        <button type="button" class="button secondary" on:click=move |_| reviewer.settle(i, false)>{R::ClashKeepStored.get(l)}</button>
                                    </p>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
