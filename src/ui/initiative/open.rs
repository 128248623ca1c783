//! From the first phase to an application (issue 29, docs/rules.md §10): the lead opens its
//! candidate joint project (a `hakemus-joint-project` file from the ministry's workshop), or a
//! proposer its own initiative (`hakemus-initiative`, a project of its own), on the drafts page of
//! the files app, and gets a new application draft already filled in
//! (`domain::initiative::application::application_draft`, its carried texts marked in the user's
//! language). The drafts page (`ui::drafts`) hands any file to [`read`] first: the first phase's
//! files are read here, by their own strict readers, and every other file is left to it.
//!
//! What was made is said on the drafts page and, once, by the drafter when it opens the draft
//! (`storage::leave_made_from`): the sentence is made here, in the user's language, so that the
//! drafter needs none of the first phase's words.

use crate::domain::draft::RawDraft;
use crate::domain::formats::initiative::{
    format_of, read_initiative, read_joint_project, INITIATIVE_FORMAT, JOINT_PROJECT_FORMAT,
};
use crate::domain::formats::reader::Note;
use crate::domain::initiative::application::application_draft;
use crate::domain::initiative::workshop::JointProject;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::initiative::{import_error, made_from, I};
use crate::i18n::T;
use crate::ui::form::text;
use crate::ui::language::use_lang;
use leptos::prelude::*;

/// A new application draft made of a first phase's file.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    pub draft: RawDraft,
    /// Its name in the list of drafts: the project's title.
    pub title: String,
    /// The invisible characters the file held, by place (as any import says them).
    pub notes: Vec<Note>,
    /// What was made, in the user's language: "Hakemusluonnos tehtiin yhteishankeaihiosta ”…”;
    /// hakijoina on 3 kuntaa."
    pub said: String,
}

/// Reads `bytes` if it is one of the first phase's files: a candidate project or an initiative
/// becomes a new draft; an expression of interest is refused with the reason (it goes to the
/// ministry); a file that names one of these formats but is not one is refused with the reader's
/// located error. `None` for every other file, which the drafts page reads as before.
pub fn read(bytes: &[u8], lang: Lang) -> Option<Result<Made, String>> {
    let refused = |e| import_error(lang, &e);
    let read = match format_of(bytes)? {
        JOINT_PROJECT_FORMAT => read_joint_project(bytes, lang).map(|r| (r.file.project, r.notes, false)),
        INITIATIVE_FORMAT => {
            read_initiative(bytes, lang).map(|r| (JointProject::of_initiative(&r.file.initiative), r.notes, true))
        }
        _ => return Some(Err(I::InterestIsNotOpened.get(lang).into())),
    };
    Some(
        read.map(|(project, notes, initiative)| made(&project, notes, initiative, lang))
            .map_err(refused),
    )
}

/// The draft of `project`, its name and what is said of it; `initiative`: made of one initiative.
fn made(project: &JointProject, notes: Vec<Note>, initiative: bool, lang: Lang) -> Made {
    let draft = application_draft(project, &lang);
    let title = match draft.project.name_fi.trim() {
        "" => T::UntitledDraft.get(lang).to_string(),
        name => name.to_string(),
    };
    let said = made_from(lang, initiative, &title, draft.applicants.len());
    Made {
        draft,
        title,
        notes,
        said,
    }
}

/// The drafts page's hint that its import opens these files too.
#[component]
pub fn OpensFirstPhase() -> impl IntoView {
    let lang = use_lang();
    view! { <p id="opens-first-phase">{text(lang, I::OpensFirstPhase)}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::questions::Question;

    const PROJECT: &str = include_str!("../../../tests/fixtures/initiative/joint-project.json");
    const INITIATIVE: &str = include_str!("../../../tests/fixtures/initiative/initiative.json");
    const INTEREST: &str = include_str!("../../../tests/fixtures/initiative/interest.json");

    fn applicants(d: &RawDraft) -> Vec<&str> {
        d.applicants.iter().map(|a| a.municipality.as_str()).collect()
    }

    #[test]
    fn a_candidate_project_becomes_a_draft_of_its_group() {
        let made = read(PROJECT.as_bytes(), Lang::Fi).unwrap().unwrap();
        assert_eq!(made.title, "Lomakkeet yhdessä");
        assert_eq!(applicants(&made.draft), ["Kiuruvesi", "Vieremä", "Lapinlahti"]);
        assert_eq!(made.draft.targets, ["customer-oriented-processes"]);
        assert!(
            made.draft.answers[&Question::Goals.id()].starts_with("Ehdotuksesta ”Sähköiset lomakkeet” (Kiuruvesi):\n")
        );
        assert_eq!(
            made.said,
            "Hakemusluonnos tehtiin yhteishankeaihiosta ”Lomakkeet yhdessä”; hakijoina on 3 kuntaa."
        );
        let sv = read(PROJECT.as_bytes(), Lang::Sv).unwrap().unwrap();
        assert!(
            sv.draft.answers[&Question::Goals.id()].starts_with("Ur förslaget ”Sähköiset lomakkeet” (Kiuruvesi):\n")
        );
    }

    #[test]
    fn an_initiative_becomes_a_draft_of_its_proposer() {
        let made = read(INITIATIVE.as_bytes(), Lang::En).unwrap().unwrap();
        assert_eq!(made.draft.applicants[0].municipality, "Kiuruvesi");
        assert!(made
            .said
            .starts_with("An application draft was made from the initiative “"));
    }

    #[test]
    fn an_interest_or_a_broken_file_is_refused_and_other_files_are_left_alone() {
        assert_eq!(
            read(INTEREST.as_bytes(), Lang::Fi),
            Some(Err(I::InterestIsNotOpened.get(Lang::Fi).to_string()))
        );
        let broken = PROJECT.replacen("\"lead\": \"Kiuruvesi\"", "\"lead\": \"Turku\"", 1);
        let said = read(broken.as_bytes(), Lang::Fi).unwrap().unwrap_err();
        assert!(said.contains("project.lead"), "{said}");
        assert_eq!(read(b"{\"format\": \"hakemus-application\"}", Lang::Fi), None);
        assert_eq!(read(b"not json", Lang::Fi), None);
    }
}
