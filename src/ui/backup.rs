//! The backup on the drafts page (`#backup`): a backup of everything this browser holds for the app
//! as one file, the time of the last one made here, and a restore from such a file with the summary
//! of what it added, found here already, kept beside what is here, and left out with the reason.
//! The file and the plan are `domain::formats::backup`; reading and writing, `storage::backup`.

use crate::domain::formats::backup::{self, Item, Kind, Summary, MAX_BACKUP_BYTES};
use crate::domain::formats::reader::ImportError;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::backup::{self as words, B};
use crate::i18n::{self, T};
use crate::storage::backup as store;
use crate::storage::SaveError;
use crate::ui::dom::focus_after_render;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;

/// What the last restore did.
#[derive(Clone)]
enum Outcome {
    Refused(String),
    Restored(Summary),
}

/// Why storage could not do it, in words.
fn storage_problem(lang: Lang, e: &SaveError) -> String {
    match e {
        SaveError::Quota => T::SaveQuota.get(lang).to_string(),
        SaveError::Unavailable => T::SaveUnavailable.get(lang).to_string(),
        SaveError::Conflict | SaveError::Damaged => T::SaveOther.get(lang).to_string(),
        SaveError::Other(detail) => format!("{} {detail}", T::SaveOther.get(lang)),
    }
}

/// The section: make a backup, restore one. `on_restored` is told once a restore has written, so
/// that the page shows what it added.
#[component]
pub fn BackupSection(#[prop(optional)] on_restored: Option<Callback<()>>) -> impl IntoView {
    let lang = use_lang();
    let last = RwSignal::new(store::last_backup());
    // The last backup made in this visit: its file name, or why it was not made.
    let made = RwSignal::new(None::<Result<String, String>>);
    let outcome = RwSignal::new(None::<Outcome>);

    let make = move |_| {
        spawn_local(async move {
            let at = files::now_rfc3339();
            let result = match store::gather().await {
                Err(e) => Err(storage_problem(lang.get_untracked(), &e)),
                Ok(contents) => {
                    let text = backup::export(&contents, &at);
                    let name = backup::file_name(&files::today());
                    if text.len() > MAX_BACKUP_BYTES {
                        Err(words::too_large(lang.get_untracked(), text.len(), MAX_BACKUP_BYTES))
                    } else if files::download(&name, &text, "application/json").is_err() {
                        Err(B::NotDownloaded.get(lang.get_untracked()).to_string())
                    } else {
                        store::note_backup(&at);
                        last.set(Some(at));
                        Ok(name)
                    }
                }
            };
            made.set(Some(result));
        })
    };

    let restore = move |read: Result<Vec<u8>, ImportError>| {
        let lang_now = lang.get_untracked();
        let file = match read.and_then(|bytes| backup::import(&bytes)) {
            Ok(file) => file,
            Err(e) => {
                outcome.set(Some(Outcome::Refused(i18n::import_error(lang_now, &e))));
                focus_after_render("restore-result".into());
                return;
            }
        };
        spawn_local(async move {
            let date = files::local_date(lang_now, &file.made_at);
            let copy_title = |name: &str| words::copy_title(lang_now, name, &date);
            let next = match store::restore(&file, &files::now_rfc3339(), &copy_title).await {
                Ok(summary) => {
                    if let Some(then) = on_restored {
                        then.run(());
                    }
                    Outcome::Restored(summary)
                }
                Err(e) => Outcome::Refused(storage_problem(lang_now, &e)),
            };
            outcome.set(Some(next));
            focus_after_render("restore-result".into());
        });
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        match files::start_reading_capped(&file, MAX_BACKUP_BYTES) {
            Err(e) => restore(Err(e)),
            Ok(reading) => spawn_local(async move { restore(reading.await) }),
        }
    });

    let last_line = move || match last.get() {
        Some(at) => words::last_backup(lang.get(), &files::local_date_time(lang.get(), &at)),
        None => B::NoneYet.get(lang.get()).to_string(),
    };
    let made_line = move || {
        made.get().map(|result| match result {
            Ok(name) => view! { <p class="ok">{text(lang, B::Made)} " " <strong>{name}</strong></p> }.into_any(),
            Err(why) => view! { <p class="error-message">{text(lang, B::NotMade)} " " {why}</p> }.into_any(),
        })
    };
    let result = move || {
        outcome.get().map(|o| match o {
            Outcome::Refused(message) => view! {
                <div class="error-summary" id="restore-result" tabindex="-1" role="alert">
                    <h4>{text(lang, B::NotRestored)}</h4>
                    <p class="error-message">{message}</p>
                    <p>{text(lang, T::ImportUnchanged)}</p>
                </div>
            }
            .into_any(),
            Outcome::Restored(summary) => view! { <RestoreSummary summary /> }.into_any(),
        })
    };

    view! {
        <section class="backup" aria-labelledby="backup">
            <h2 id="backup">{text(lang, B::Title)}</h2>
            <p>{text(lang, B::Intro)}</p>
            <p id="last-backup">{last_line}</p>
            <p><button type="button" class="button" id="make-backup" on:click=make>{text(lang, B::Make)}</button></p>
            <div role="status" id="backup-made">{made_line}</div>
            <h3 id="restore-backup">{text(lang, B::RestoreTitle)}</h3>
            <p>{text(lang, B::RestoreIntro)}</p>
            {result}
            <FileDrop id="restore-file" label=B::Choose hint=T::DropHint on_files=on_files />
        </section>
    }
}

/// What a restore did: counts of what was added and what was here already, by kind; each thing kept
/// beside a version here, and each left out, named, with what happened to it.
#[component]
fn RestoreSummary(summary: Summary) -> impl IntoView {
    let lang = use_lang();
    let counts = |items: &[Item]| {
        let mut by_kind = BTreeMap::<Kind, usize>::new();
        for i in items {
            *by_kind.entry(i.kind).or_default() += 1;
        }
        by_kind
    };
    let named = move |i: &Item| {
        let lang = lang.get();
        let when = if i.kind == Kind::Proposal {
            files::local_date_time(lang, &i.name)
        } else {
            String::new()
        };
        words::item(lang, i, &when)
    };
    let counted = move |id: &'static str, heading: B, items: &[Item]| {
        let by_kind = counts(items);
        (!by_kind.is_empty()).then(|| {
            view! {
                <h5>{text(lang, heading)}</h5>
                <ul id=id>
                    {by_kind.into_iter().map(|(kind, n)| view! { <li>{move || words::count(lang.get(), kind, n)}</li> }).collect_view()}
                </ul>
            }
        })
    };
    let (added, already) = (
        counted("restore-added", B::Added, &summary.added),
        counted("restore-already", B::Already, &summary.already),
    );
    let kept = summary.kept_both.clone();
    let kept_both = (!kept.is_empty()).then(|| {
        view! {
            <h5>{text(lang, B::KeptBoth)}</h5>
            <ul id="restore-kept-both">
                {kept.into_iter().map(|i| view! { <li>{move || words::kept_both(lang.get(), &i, &named(&i))}</li> }).collect_view()}
            </ul>
        }
    });
    let left = summary.skipped.clone();
    let skipped = (!left.is_empty()).then(|| {
        view! {
            <h5>{text(lang, B::Skipped)}</h5>
            <ul id="restore-skipped">
                {left.into_iter().map(|(i, why)| view! { <li>{move || words::skipped(lang.get(), &named(&i), &why)}</li> }).collect_view()}
            </ul>
        }
    });
    let nothing = (!summary.changes()).then(|| view! { <p>{text(lang, B::NothingNew)}</p> });
    view! {
        <div class="banner good" id="restore-result" tabindex="-1" role="status">
            <h4>{text(lang, B::Restored)}</h4>
            {nothing}
            {added}
            {kept_both}
            {already}
            {skipped}
        </div>
    }
}
