//! The backup, `hakemus-backup`: everything a browser holds for the app, as one versioned file,
//! and the plan of a restore.
//!
//! **The file.** `{format, schema_version, made_at, drafter, reviewer, first_phase, grant}`. `made_at` is
//! given by the caller (the domain has no clock). `drafter` holds every stored draft under its id (its record:
//! the raw draft with its partners' requests and contributions, title, revision, saved at) and the
//! recovery copies of drafts; `reviewer` holds who the reviewer is and blind mode, the reviews, the
//! reviews an import replaced, the reviews records set aside as unreadable, the funding proposal and
//! the version set aside beside it, the applications opened and the panel's review files, and the
//! reviewer's recovery copies of reviews, proposals and files not yet on disk when a tab was left;
//! `first_phase` (version 2) holds the first phase's records: the municipality's initiatives and
//! expressions of interest and the initiatives it received, each under its id, and the ministry's
//! workshop (the files it opened and its choices). A version 1 file, which has no `first_phase`, is
//! read as one whose first phase is empty. `grant` (version 3) holds the granted projects of the
//! grant's pages (after the decision), each its stored record under its id; a file of version 1 or
//! 2 is read as one without them. Version 4 adds the further clarification and the ministry's
//! follow-up (docs/rules.md §12): the lead's clarification records beside their drafts
//! (`drafter.clarifications`, each under its draft's id), the ministry's clarification record
//! (`reviewer.clarifications`), the ministry's follow-up (`follow_up`) and the second decision's
//! proposal, restored as the first's is (its version set aside and its recovery copies);
//! a file of versions 1 to 3 is read as one without them.
//!
//! Each record is carried as its **stored text**, a JSON string, not as a JSON value: so it comes
//! back byte for byte (a record of a newer version, with fields this one does not know, survives a
//! backup and a restore unchanged; a JSON value would be re-read and re-written, its keys sorted and
//! its numbers rewritten), a record this version cannot read is carried as it is and skipped alone
//! at a restore, and the file's strict reading (duplicate keys, depth) is not failed by one damaged
//! record. The schema names what each text holds (`contentMediaType`).
//!
//! **The restore** ([`restore`]) is pure: from the backup's contents and what this browser holds
//! now, what it will hold after, and a [`Summary`]. It only adds: what is missing is added; what is
//! already here (the same content) is skipped; where both hold different versions of the same
//! thing, the one here stays and the backup's is kept beside it where the app has a place for a
//! second version (a draft: an added draft under a title that says so; a review: the replaced
//! reviews, which "Palauta korvatut arviot" brings back; each proposal: the version set aside); where
//! that place is taken, it is skipped with the reason. A record that cannot be read is skipped and
//! counted, never fatal to the rest.
//!
//! The first phase's records are read here as plain JSON, not with the phase's own types: the
//! drafts page, which restores, carries none of the phase's code. An initiative or an interest
//! whose id is free here is added under it; one here with the same id and the same draft is here
//! already; one here that differs stays, and the backup's is added beside it under a new id (its
//! own with `-2`, `-3`, …), an initiative's title saying it came from the backup. An initiative
//! received that differs from the one here is left out (the one here stays; its file can be opened
//! again). The workshop: the backup's is added where there is none; where there is one, the files
//! it does not have are added to it (the workshop's page then treats them as files opened: of two
//! versions of an initiative, the newer is shown) and its choices (joins, leads) are taken only
//! where this workshop has made none; other choices here stay, and the backup's are left out.
//!
//! A granted project is read as plain JSON too (the drafts page carries none of the grant's code),
//! and restored as an initiative is: added under its id where that is free, here already where the
//! project as typed is the same, else kept beside under `<id>-2`, `-3`, … (its own `id` changed to
//! match), the project here unchanged.

use super::decision;
use super::reader::{from_json, open_capped, shape_error, ImportError, Problem, MAX_FILE_BYTES};
use super::record::{read_lenient, write_keeping, Kept};
use super::review::{self, Review};
use super::stored::{free_id, DraftRecord, KeptFileRecord, PendingFile, Recovery, MAX_ID};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The `format` of a backup.
pub const FORMAT: &str = "hakemus-backup";
/// The version this build writes: 2 added `first_phase`, 3 `grant`, 4 the clarification records
/// and `follow_up`; files of versions 1 to 3 are read too.
pub const SCHEMA_VERSION: u64 = 4;
/// The committed JSON Schema, equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-backup.schema.json");
/// The largest backup the app makes or reads: a backup holds many files' worth (each draft at most
/// `MAX_FILE_BYTES`), so its cap is its own. The app refuses to make a larger one, so that whatever
/// it makes, it can restore.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

fn record_text(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let _ = generator;
    schemars::json_schema!({
        "type": "string",
        "contentMediaType": "application/json",
    })
}

fn record_texts(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let _ = generator;
    schemars::json_schema!({
        "type": "array",
        "items": { "type": "string", "contentMediaType": "application/json" },
    })
}

fn optional_record_text(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let _ = generator;
    schemars::json_schema!({
        "type": ["string", "null"],
        "contentMediaType": "application/json",
    })
}

/// A stored draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct DraftEntry {
    /// Its id in the browser it was kept in (a restore keeps it when it is free there).
    #[schemars(range(min = 1, max = 9_007_199_254_740_991u64))]
    pub id: u64,
    /// The stored record as its JSON text, exactly as stored: `{revision, saved_at, title, draft}`,
    /// the draft holding what was typed and the lead's partner requests with every contribution
    /// received; fields of a newer version of the app kept as they are.
    #[schemars(schema_with = "record_text")]
    pub record: String,
}

/// A file the reviewer keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct KeptEntry {
    /// Its key: an application's fingerprint, or a panel member's key (`name:<name>`, `file:<file>`).
    pub key: String,
    /// The stored record as its JSON text: `{source, text, kept_at}`, the file's name and its own
    /// text (so an application's fingerprint stays the same).
    #[schemars(schema_with = "record_text")]
    pub record: String,
}

/// What the drafter's app keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct DrafterPart {
    /// Every stored draft, by id.
    #[serde(default)]
    pub drafts: Vec<DraftEntry>,
    /// Recovery copies: unsaved versions of drafts kept when their tab was left, each as its JSON
    /// text `{draft_id, base_revision, kept_at, draft}`.
    #[serde(default)]
    #[schemars(schema_with = "record_texts")]
    pub recoveries: Vec<String>,
    /// A request for further clarification opened as a draft (version 4): the request's file as it
    /// came and the answers typed so far, `{request, answers}`, each under the id of the draft made
    /// from it (docs/rules.md §12.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clarifications: Vec<LocalEntry>,
}

/// What the reviewer's app keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ReviewerPart {
    /// Who the reviewer says they are, as stored (JSON text `{name, organisation, municipality}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub identity: Option<String>,
    /// Blind mode, when it was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blind: Option<bool>,
    /// The reviewer's own reviews: the text of a `hakemus-review` file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub reviews: Option<String>,
    /// The reviews an import of the reviewer's own file replaced, kept to be put back ("Palauta
    /// korvatut arviot"): the text of a `hakemus-review` file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub replaced: Option<String>,
    /// Reviews records an earlier version could not read, set aside as they were (any text).
    #[serde(default)]
    pub set_aside: Vec<String>,
    /// Reviews not yet on disk when a tab was left: texts of `hakemus-review` files.
    #[serde(default)]
    #[schemars(schema_with = "record_texts")]
    pub review_recoveries: Vec<String>,
    /// The funding proposal: the text of a `hakemus-decision` file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub proposal: Option<String>,
    /// The version of the proposal set aside when two tabs saved different ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub proposal_aside: Option<String>,
    /// Proposals not yet on disk when a tab was left: texts of `hakemus-decision` files.
    #[serde(default)]
    #[schemars(schema_with = "record_texts")]
    pub proposal_recoveries: Vec<String>,
    /// The applications opened for review, by fingerprint.
    #[serde(default)]
    pub opened: Vec<KeptEntry>,
    /// The other reviewers' review files loaded into the panel, by member.
    #[serde(default)]
    pub panel: Vec<KeptEntry>,
    /// Files opened or loaded into the panel in a tab left before they were on disk: each a JSON
    /// list of `{opened, key, source, text}`.
    #[serde(default)]
    #[schemars(schema_with = "record_texts")]
    pub file_recoveries: Vec<String>,
    /// The ministry's record of further clarification (version 4): every request sent about a
    /// deferred application and every answer received, as a JSON list (docs/rules.md §12.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub clarifications: Option<String>,
    /// The second decision's proposal, on the deferred (version 4): the text of a `hakemus-decision`
    /// file, and the version set aside beside it when two tabs saved different ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub second_proposal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub second_proposal_aside: Option<String>,
    /// The second decision's proposals not yet on disk when a tab was left, as
    /// [`proposal_recoveries`](Self::proposal_recoveries) are the first's (version 4; written only
    /// when there are some, so that a backup without them reads in the build before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(schema_with = "record_texts")]
    pub second_proposal_recoveries: Vec<String>,
}

/// A first-phase record kept under an id (localStorage `<prefix><id>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct LocalEntry {
    /// The id it is kept under: the initiative's or interest's own id, which names it across
    /// browsers and files.
    #[schemars(length(min = 1))]
    pub id: String,
    /// The stored record as its JSON text, exactly as stored: `{created_at, value}`, the value the
    /// draft as typed.
    #[schemars(schema_with = "record_text")]
    pub record: String,
}

/// What the first phase's pages keep (the initiatives app, `initiatives.html`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct FirstPhasePart {
    /// The municipality's initiatives for joint projects, by id.
    #[serde(default)]
    pub initiatives: Vec<LocalEntry>,
    /// The municipality's expressions of interest, by id.
    #[serde(default)]
    pub interests: Vec<LocalEntry>,
    /// The initiatives received from other municipalities as files, by id.
    #[serde(default)]
    pub received: Vec<LocalEntry>,
    /// The ministry's workshop, as stored (JSON text `{files: [{source, text}], workshop}`: the
    /// initiative and interest files opened, each its own text, and the workshop's choices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub workshop: Option<String>,
}

/// What the grant's pages keep (the grant's app, `grant.html`, after the decision).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct GrantPart {
    /// The granted projects, each its stored record (`{revision, saved_at, grant}`, the project as
    /// typed: the decision's grant, the application, the accounts, the reports and claims) under the
    /// project's id.
    #[serde(default)]
    pub projects: Vec<LocalEntry>,
}

/// What the ministry's follow-up app keeps (`follow-up.html`, after the decision; version 4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct FollowUpPart {
    /// The follow-up as stored (`{revision, saved_at, follow_up}`: every grant followed, the
    /// grantees' files received as their text, the checks, the payments, the settlements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub record: Option<String>,
    /// The ministry's decisions on change requests in progress (a JSON list: each request's file as
    /// it came and the decision as typed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub change_decisions: Option<String>,
    /// The completion requests being written (a JSON list: each the grant's key, the received
    /// report's id and the request as typed). Absent where none is being written, so such a backup
    /// reads in the builds before it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "optional_record_text")]
    pub completion_drafts: Option<String>,
}

/// Everything a browser holds for the app (what a backup carries, and what a restore compares it
/// with).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contents {
    pub drafter: DrafterPart,
    pub reviewer: ReviewerPart,
    pub first_phase: FirstPhasePart,
    pub grant: GrantPart,
    pub follow_up: FollowUpPart,
}

/// A backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus backup", extend("additionalProperties" = false))]
pub struct BackupFile {
    #[schemars(extend("const" = "hakemus-backup"))]
    pub format: String,
    #[schemars(extend("const" = 4))]
    pub schema_version: u64,
    /// When the backup was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub made_at: String,
    pub drafter: DrafterPart,
    pub reviewer: ReviewerPart,
    /// The first phase's records (version 2; absent from a version 1 file).
    #[serde(default)]
    pub first_phase: FirstPhasePart,
    /// The granted projects (version 3; absent from a file of version 1 or 2).
    #[serde(default)]
    pub grant: GrantPart,
    /// The ministry's follow-up (version 4; absent from a file of versions 1 to 3).
    #[serde(default)]
    pub follow_up: FollowUpPart,
}

/// A backup as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub made_at: String,
    pub contents: Contents,
}

/// The JSON Schema of the backup, as committed under `schema/`.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(BackupFile)).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The backup as a file's text: pretty-printed UTF-8 with a final newline.
pub fn export(contents: &Contents, made_at: &str) -> String {
    let file = BackupFile {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        made_at: made_at.into(),
        drafter: contents.drafter.clone(),
        reviewer: contents.reviewer.clone(),
        first_phase: contents.first_phase.clone(),
        grant: contents.grant.clone(),
        follow_up: contents.follow_up.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file).expect("a backup is plain JSON");
    text.push('\n');
    text
}

/// The file name of a backup made on `date` (ISO 8601): `hakemus-varmuuskopio-2026-12-06.json`.
pub fn file_name(date: &str) -> String {
    format!("hakemus-varmuuskopio-{date}.json")
}

/// Reads a backup, strictly (the one reader, with the backup's own size cap; a newer version is
/// refused with its number). The records inside are not read here: a restore reads each, and skips
/// one it cannot read.
pub fn import(bytes: &[u8]) -> Result<Backup, ImportError> {
    let (text, _, _) = open_capped(bytes, FORMAT, SCHEMA_VERSION, MAX_BACKUP_BYTES)?;
    let file: BackupFile = from_json(text).map_err(shape_error)?;
    Ok(Backup {
        made_at: file.made_at,
        contents: Contents {
            drafter: file.drafter,
            reviewer: file.reviewer,
            first_phase: file.first_phase,
            grant: file.grant,
            follow_up: file.follow_up,
        },
    })
}

/// What a summary's item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Draft,
    /// An unsaved version of a draft (a recovery copy).
    DraftRecovery,
    /// A review of one application.
    Review,
    /// A review an import replaced, kept to be put back.
    ReplacedReview,
    /// A reviews record set aside as unreadable.
    SetAsideReviews,
    /// The funding proposal (a version of it).
    Proposal,
    /// An application opened for review.
    OpenedApplication,
    /// Another reviewer's review file in the panel.
    PanelFile,
    /// Who the reviewer is.
    Reviewer,
    /// The municipality's own initiative for a joint project.
    Initiative,
    /// The municipality's own expression of interest.
    Interest,
    /// An initiative received from another municipality.
    ReceivedInitiative,
    /// A file opened in the ministry's workshop.
    WorkshopFile,
    /// The workshop's choices: the initiatives joined, their leads and titles, interests taken in.
    Workshop,
    /// A granted project (after the decision): its accounts, reports and claims.
    GrantedProject,
    /// A request for further clarification opened as a draft, with the answers typed.
    Clarification,
    /// The ministry's record of further clarification: the requests sent and the answers received.
    MinistryClarifications,
    /// The ministry's follow-up of its grants.
    FollowUp,
    /// The ministry's decisions on change requests, in progress.
    ChangeDecisions,
    /// The ministry's completion requests being written, in progress.
    CompletionDrafts,
    /// The second decision's proposal (a version of it).
    SecondProposal,
}

/// One thing of the backup, as the summary names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// Its name as the user knows it: a draft's title (or project), a review's project, a file's
    /// name, the reviewer's name, a proposal's time (RFC 3339); empty when it has none.
    pub name: String,
    /// For a draft kept beside the one here: the title it was added under.
    pub copy: Option<String>,
}

impl Item {
    fn new(kind: Kind, name: impl Into<String>) -> Item {
        Item {
            kind,
            name: name.into(),
            copy: None,
        }
    }
}

/// Why something of the backup was not restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// This version of the app cannot read it (the reader's words).
    Unreadable(ImportError),
    /// Both hold a different version, and the place for a second one is taken by yet another (a
    /// replaced review of the same application, the proposal set aside).
    NoPlace,
    /// This browser's own record of the kind cannot be read, so nothing is merged into it.
    HereUnreadable,
    /// This browser names another reviewer; its reviewer stays.
    OtherReviewer,
    /// The panel holds one file per reviewer, and this browser has another file of this reviewer.
    OtherPanelFile,
    /// The browser had no room for it: an unsaved version is kept in localStorage (a few MB), which
    /// is written after the rest is on disk.
    NoRoom,
    /// This browser holds another version of it, which stays (an initiative received: its file
    /// can be opened again).
    OtherVersion,
    /// This browser's workshop has choices of its own, which stay.
    OtherWorkshop,
    /// This browser holds a record of its own of the kind, kept whole, which stays: the two are not
    /// merged (a draft's clarification answers, the ministry's clarification record, its follow-up).
    OwnRecord,
    /// The draft it belongs to was not restored, so neither was it.
    WithoutDraft,
}

/// What a restore did, item by item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: Vec<Item>,
    /// The same content was here already.
    pub already: Vec<Item>,
    /// Both held different versions: the one here stayed, the backup's was kept beside it.
    pub kept_both: Vec<Item>,
    pub skipped: Vec<(Item, Reason)>,
}

impl Summary {
    /// Whether the restore changes anything.
    pub fn changes(&self) -> bool {
        !self.added.is_empty() || !self.kept_both.is_empty()
    }

    /// Moves the unsaved versions added that the browser could not keep (`kept`, in the order they
    /// were added) from the added to the left out, with [`Reason::NoRoom`].
    pub fn not_kept(&mut self, kept: &[bool]) {
        self.not_kept_of(Kind::DraftRecovery, kept);
    }

    /// Moves the things of `kind` the browser could not keep to the left out, with
    /// [`Reason::NoRoom`]: `kept` tells, in the order they were written, first for those added, then
    /// for those kept beside a version here (as a restore lists them in what the browser holds after).
    pub fn not_kept_of(&mut self, kind: Kind, kept: &[bool]) {
        let mut written = kept.iter();
        for list in [&mut self.added, &mut self.kept_both] {
            for item in std::mem::take(list) {
                if item.kind == kind && written.next() == Some(&false) {
                    self.skipped.push((item, Reason::NoRoom));
                } else {
                    list.push(item);
                }
            }
        }
    }
}

/// A draft record read: the record and the fields it kept that this version does not know.
struct ReadDraft {
    record: DraftRecord,
    kept: Vec<Kept>,
}

impl ReadDraft {
    fn read(text: &str) -> Result<ReadDraft, ImportError> {
        read_lenient::<DraftRecord>(text).map(|l| ReadDraft {
            record: l.value,
            kept: l.kept,
        })
    }

    /// The same content: what was typed (with the exchange) and what a newer version kept. The title,
    /// the revision and the time saved are not content: a renamed draft is the same draft.
    fn same_content(&self, other: &ReadDraft) -> bool {
        self.record.draft == other.record.draft && self.kept == other.kept
    }

    /// The same thing in two versions: the same project by its id, or the same name.
    fn same_thing(&self, other: &ReadDraft) -> bool {
        let (a, b) = (&self.record.draft.project_id, &other.record.draft.project_id);
        if !a.is_empty() && !b.is_empty() {
            return a == b;
        }
        let name = self.record.display_name();
        !name.is_empty() && name == other.record.display_name()
    }
}

/// Reviews by fingerprint, from a review file's text (the reader's refusal if it cannot be read).
fn read_reviews(text: &str) -> Result<BTreeMap<String, Review>, ImportError> {
    review::import(text.as_bytes()).map(|reviews| {
        reviews
            .into_iter()
            .map(|r| (r.application.fingerprint.clone(), r))
            .collect()
    })
}

/// Two versions of a review with the same marks, overall note and conflict: the same review,
/// whenever each was changed and whatever its file was called.
fn same_review(a: &Review, b: &Review) -> bool {
    a.marks == b.marks && a.summary == b.summary && a.conflict == b.conflict
}

fn review_name(r: &Review) -> String {
    let a = &r.application;
    [&a.project, &a.lead, &a.fingerprint]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_default()
}

/// A reviews record as the browser holds it: readable (by fingerprint), absent, or unreadable.
enum Shelf {
    Readable(BTreeMap<String, Review>),
    Unreadable,
}

impl Shelf {
    fn of(text: &Option<String>) -> Shelf {
        match text.as_deref().map(read_reviews) {
            None => Shelf::Readable(BTreeMap::new()),
            Some(Ok(reviews)) => Shelf::Readable(reviews),
            Some(Err(_)) => Shelf::Unreadable,
        }
    }
}

/// Restores `backup` into what this browser holds (`here`): what it will hold after, and what was
/// done. Only adds (see the module's comment). `now` (RFC 3339) stamps a reviews record written
/// again; `copy_title` names a draft kept beside the one here from its name (the caller's words
/// and date: "Hanke (varmuuskopiosta 6.12.2026)").
pub fn restore(
    backup: &Contents,
    here: &Contents,
    now: &str,
    copy_title: &dyn Fn(&str) -> String,
) -> (Contents, Summary) {
    let mut after = here.clone();
    let mut summary = Summary::default();
    let ids = restore_drafts(backup, here, &mut after, &mut summary, copy_title);
    restore_recoveries(backup, &ids, &mut after, &mut summary);
    restore_reviews(backup, here, &mut after, &mut summary, now);
    restore_proposal(Which::First, backup, here, &mut after, &mut summary);
    restore_proposal(Which::Second, backup, here, &mut after, &mut summary);
    restore_files(backup, &mut after, &mut summary);
    restore_reviewer(backup, &mut after, &mut summary);
    restore_first_phase(backup, &mut after, &mut summary, copy_title);
    let new = restore_local(
        Kind::GrantedProject,
        &backup.grant.projects,
        &after.grant.projects,
        &mut summary,
        copy_title,
    );
    after.grant.projects.extend(new);
    restore_clarifications(backup, &ids, &mut after, &mut summary);
    after.reviewer.clarifications = restore_whole(
        Kind::MinistryClarifications,
        &backup.reviewer.clarifications,
        &here.reviewer.clarifications,
        |v| v,
        &mut summary,
    );
    after.follow_up.record = restore_whole(
        Kind::FollowUp,
        &backup.follow_up.record,
        &here.follow_up.record,
        |v| v.get("follow_up").cloned().unwrap_or(Value::Null),
        &mut summary,
    );
    after.follow_up.change_decisions = restore_whole(
        Kind::ChangeDecisions,
        &backup.follow_up.change_decisions,
        &here.follow_up.change_decisions,
        |v| v,
        &mut summary,
    );
    after.follow_up.completion_drafts = restore_whole(
        Kind::CompletionDrafts,
        &backup.follow_up.completion_drafts,
        &here.follow_up.completion_drafts,
        |v| v,
        &mut summary,
    );
    (after, summary)
}

/// A record kept whole, one per browser (the ministry's clarification record, its follow-up), read
/// as plain JSON (the drafts page, which restores, carries none of their code): added where this
/// browser has none; here already where this browser's holds the same (`content`: what was typed,
/// not when it was saved); else this browser's stays and the backup's is left out with
/// [`Reason::OwnRecord`] (assumed: the two are not merged, as two tabs' follow-ups are not).
/// Returns what this browser holds after.
fn restore_whole(
    kind: Kind,
    theirs: &Option<String>,
    here: &Option<String>,
    content: fn(Value) -> Value,
    summary: &mut Summary,
) -> Option<String> {
    let Some(text) = theirs else {
        return here.clone();
    };
    let item = Item::new(kind, "");
    let read = |t: &str| from_json::<Value>(t).map(content);
    let theirs = match read(text) {
        Ok(v) => v,
        Err(e) => {
            summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
            return here.clone();
        }
    };
    match here.as_deref().map(read) {
        None => {
            summary.added.push(item);
            Some(text.clone())
        }
        Some(Ok(mine)) if mine == theirs => {
            summary.already.push(item);
            here.clone()
        }
        Some(Ok(_)) => {
            summary.skipped.push((item, Reason::OwnRecord));
            here.clone()
        }
        Some(Err(_)) => {
            summary.skipped.push((item, Reason::HereUnreadable));
            here.clone()
        }
    }
}

/// The lead's clarification records, each beside the draft it belongs to as that draft is after
/// (`ids`: the backup's draft ids to this browser's): added where that draft has none; here already
/// where it has the same; else the one here stays ([`Reason::OwnRecord`]). A record whose draft
/// was not restored is left out with it.
fn restore_clarifications(backup: &Contents, ids: &BTreeMap<u64, u64>, after: &mut Contents, summary: &mut Summary) {
    for entry in &backup.drafter.clarifications {
        let draft = entry.id.parse::<u64>().ok().and_then(|id| ids.get(&id).copied());
        let name = draft
            .and_then(|id| after.drafter.drafts.iter().find(|d| d.id == id))
            .and_then(|d| ReadDraft::read(&d.record).ok())
            .map(|d| d.record.display_name())
            .unwrap_or_default();
        let item = Item::new(Kind::Clarification, name);
        let theirs = match from_json::<Value>(&entry.record) {
            Ok(v) => v,
            Err(e) => {
                summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
                continue;
            }
        };
        let Some(draft) = draft else {
            summary.skipped.push((item, Reason::WithoutDraft));
            continue;
        };
        let id = draft.to_string();
        match after.drafter.clarifications.iter().find(|e| e.id == id) {
            None => {
                after.drafter.clarifications.push(LocalEntry {
                    id,
                    record: entry.record.clone(),
                });
                summary.added.push(item);
            }
            Some(here) if from_json::<Value>(&here.record).ok().as_ref() == Some(&theirs) => summary.already.push(item),
            Some(_) => summary.skipped.push((item, Reason::OwnRecord)),
        }
    }
}

/// The drafts; returns where each of the backup's drafts is after, by its id in the backup.
fn restore_drafts(
    backup: &Contents,
    here: &Contents,
    after: &mut Contents,
    summary: &mut Summary,
    copy_title: &dyn Fn(&str) -> String,
) -> BTreeMap<u64, u64> {
    let mut at = BTreeMap::new();
    // Here's readable drafts, then those added: (id, read).
    let mut known: Vec<(u64, ReadDraft)> = here
        .drafter
        .drafts
        .iter()
        .filter_map(|d| Some((d.id, ReadDraft::read(&d.record).ok()?)))
        .collect();
    let originals = known.len();
    let mut taken: Vec<u64> = here.drafter.drafts.iter().map(|d| d.id).collect();
    for entry in &backup.drafter.drafts {
        let read = match ReadDraft::read(&entry.record) {
            Ok(read) => read,
            Err(e) => {
                summary
                    .skipped
                    .push((Item::new(Kind::Draft, ""), Reason::Unreadable(e)));
                continue;
            }
        };
        let name = read.record.display_name();
        if let Some((id, _)) = known.iter().find(|(_, k)| k.same_content(&read)) {
            at.insert(entry.id, *id);
            summary.already.push(Item::new(Kind::Draft, name));
            continue;
        }
        let same = known[..originals]
            .iter()
            .filter(|(_, k)| k.same_thing(&read))
            .min_by_key(|(id, _)| *id != entry.id);
        let (id, record, item) = match same {
            Some(_) => {
                let title = copy_title(&name);
                let mut copy = read.record.clone();
                copy.title = title.clone();
                let Ok(text) = write_keeping(&copy, &read.kept) else {
                    continue; // a record read is written again (the serializer does not fail on it)
                };
                let item = Item {
                    kind: Kind::Draft,
                    name,
                    copy: Some(title),
                };
                (free_id(&taken), text, item)
            }
            None => {
                let free = (1..=MAX_ID).contains(&entry.id) && !taken.contains(&entry.id);
                let id = if free { entry.id } else { free_id(&taken) };
                (id, entry.record.clone(), Item::new(Kind::Draft, name))
            }
        };
        taken.push(id);
        at.insert(entry.id, id);
        after.drafter.drafts.push(DraftEntry { id, record });
        if item.copy.is_some() {
            summary.kept_both.push(item);
        } else {
            summary.added.push(item);
        }
        known.push((id, read));
    }
    at
}

/// The drafts' recovery copies, each naming the draft it is an edit of as it is after.
fn restore_recoveries(backup: &Contents, ids: &BTreeMap<u64, u64>, after: &mut Contents, summary: &mut Summary) {
    let mut known: Vec<Recovery> = after
        .drafter
        .recoveries
        .iter()
        .filter_map(|t| from_json::<Recovery>(t).ok())
        .collect();
    for text in &backup.drafter.recoveries {
        if after.drafter.recoveries.contains(text) {
            summary.already.push(Item::new(Kind::DraftRecovery, ""));
            continue;
        }
        let mut recovery = match from_json::<Recovery>(text) {
            Ok(r) => r,
            Err(e) => {
                let item = Item::new(Kind::DraftRecovery, "");
                summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
                continue;
            }
        };
        recovery.draft_id = recovery.draft_id.and_then(|id| ids.get(&id).copied());
        let item = Item::new(Kind::DraftRecovery, recovery.draft.project.name().trim());
        if known.contains(&recovery) {
            summary.already.push(item);
            continue;
        }
        let Ok(text) = serde_json::to_string(&recovery) else {
            continue;
        };
        after.drafter.recoveries.push(text);
        known.push(recovery);
        summary.added.push(item);
    }
}

/// The reviews: the backup's recovery copies first (each newer than the reviews stored beside it),
/// then its stored reviews, then the ones it kept as replaced.
fn restore_reviews(backup: &Contents, here: &Contents, after: &mut Contents, summary: &mut Summary, now: &str) {
    let (b, h) = (&backup.reviewer, &here.reviewer);
    let mut all = Shelf::of(&h.reviews);
    let mut replaced = Shelf::of(&h.replaced);
    let mut versions: Vec<Result<BTreeMap<String, Review>, ImportError>> = Vec::new();
    for text in &b.review_recoveries {
        if h.review_recoveries.contains(text) {
            continue; // this browser's own copy, still to be taken up here
        }
        versions.push(read_reviews(text));
    }
    versions.extend(b.reviews.as_deref().map(read_reviews));
    for version in versions {
        let reviews = match version {
            Ok(reviews) => reviews,
            Err(e) => {
                summary
                    .skipped
                    .push((Item::new(Kind::Review, ""), Reason::Unreadable(e)));
                continue;
            }
        };
        for (fp, review) in reviews {
            let item = Item::new(Kind::Review, review_name(&review));
            let Shelf::Readable(all) = &mut all else {
                summary.skipped.push((item, Reason::HereUnreadable));
                continue;
            };
            match all.get(&fp) {
                None => {
                    all.insert(fp, review);
                    summary.added.push(item);
                }
                Some(there) if same_review(there, &review) => summary.already.push(item),
                Some(_) => match &mut replaced {
                    Shelf::Unreadable => summary.skipped.push((item, Reason::HereUnreadable)),
                    Shelf::Readable(replaced) => match replaced.get(&fp) {
                        None => {
                            replaced.insert(fp, review);
                            summary.kept_both.push(item);
                        }
                        Some(there) if same_review(there, &review) => summary.already.push(item),
                        Some(_) => summary.skipped.push((item, Reason::NoPlace)),
                    },
                },
            }
        }
    }
    match b.replaced.as_deref().map(read_reviews) {
        None => {}
        Some(Err(e)) => {
            let item = Item::new(Kind::ReplacedReview, "");
            summary.skipped.push((item, Reason::Unreadable(e)));
        }
        Some(Ok(reviews)) => {
            for (fp, review) in reviews {
                let item = Item::new(Kind::ReplacedReview, review_name(&review));
                let current = match &all {
                    Shelf::Readable(all) => all.get(&fp),
                    Shelf::Unreadable => None,
                };
                let Shelf::Readable(replaced) = &mut replaced else {
                    summary.skipped.push((item, Reason::HereUnreadable));
                    continue;
                };
                match replaced.get(&fp) {
                    _ if current.is_some_and(|c| same_review(c, &review)) => summary.already.push(item),
                    None => {
                        replaced.insert(fp, review);
                        summary.added.push(item);
                    }
                    Some(there) if same_review(there, &review) => summary.already.push(item),
                    Some(_) => summary.skipped.push((item, Reason::NoPlace)),
                }
            }
        }
    }
    // A record is written again only when something was added to it; as the backup's own text when
    // it holds just what that did (a fresh browser gets the record as it was).
    let write = |shelf: &Shelf, before: &Option<String>, theirs: &Option<String>| match shelf {
        Shelf::Readable(reviews) if Shelf::of(before).reviews() != Some(reviews) => {
            if before.is_none() && Shelf::of(theirs).reviews() == Some(reviews) {
                theirs.clone()
            } else {
                Some(review::export(reviews.values(), now))
            }
        }
        _ => before.clone(),
    };
    after.reviewer.reviews = write(&all, &h.reviews, &b.reviews);
    after.reviewer.replaced = write(&replaced, &h.replaced, &b.replaced);
    for text in &b.set_aside {
        let item = Item::new(Kind::SetAsideReviews, "");
        if after.reviewer.set_aside.contains(text) {
            summary.already.push(item);
        } else {
            after.reviewer.set_aside.push(text.clone());
            summary.added.push(item);
        }
    }
}

impl Shelf {
    fn reviews(&self) -> Option<&BTreeMap<String, Review>> {
        match self {
            Shelf::Readable(reviews) => Some(reviews),
            Shelf::Unreadable => None,
        }
    }
}

/// A proposal's file text as far as a restore reads it: the one reader's checks and its header (a
/// `hakemus-decision` of a version this build reads), and the proposal itself as a JSON value, to
/// tell two versions apart whenever each was saved. Not the proposal's own checks: a proposal that
/// passes these and fails those is stored as it is, and the proposal's page says it cannot read it
/// (as it does for any stored proposal); this keeps the proposal's reader out of the drafts page.
fn read_proposal(text: &str) -> Result<(String, serde_json::Value), ImportError> {
    let (text, _, _) = open_capped(
        text.as_bytes(),
        decision::FORMAT,
        decision::SCHEMA_VERSION,
        MAX_FILE_BYTES,
    )?;
    let mut file: serde_json::Value = from_json(text).map_err(shape_error)?;
    let at = file["exported_at"].as_str().unwrap_or_default().to_string();
    Ok((at, file["proposal"].take()))
}

/// Which of the ministry's two proposals: the first decision's, or the second decision's on the
/// deferred (docs/rules.md §12.1.8). Both are kept alike: a proposal, a version set aside beside it,
/// and recovery copies of tabs left before a save.
#[derive(Debug, Clone, Copy)]
enum Which {
    First,
    Second,
}

impl Which {
    fn kind(self) -> Kind {
        match self {
            Which::First => Kind::Proposal,
            Which::Second => Kind::SecondProposal,
        }
    }

    /// Its proposal, the version set aside and the recovery copies, in `r`.
    fn of(self, r: &ReviewerPart) -> (&Option<String>, &Option<String>, &Vec<String>) {
        match self {
            Which::First => (&r.proposal, &r.proposal_aside, &r.proposal_recoveries),
            Which::Second => (
                &r.second_proposal,
                &r.second_proposal_aside,
                &r.second_proposal_recoveries,
            ),
        }
    }

    /// Its place (`0`: the proposal, `1`: the place set aside) in `r`.
    fn place(self, r: &mut ReviewerPart, place: usize) -> &mut Option<String> {
        match (self, place) {
            (Which::First, 0) => &mut r.proposal,
            (Which::First, _) => &mut r.proposal_aside,
            (Which::Second, 0) => &mut r.second_proposal,
            (Which::Second, _) => &mut r.second_proposal_aside,
        }
    }
}

/// A proposal (`which`): the backup's recovery copies first, then its proposal: the first version
/// not here takes the proposal's place if it is free, the next the place set aside ("kept both").
/// The version the backup set aside goes to the place set aside, if it is free.
fn restore_proposal(which: Which, backup: &Contents, here: &Contents, after: &mut Contents, summary: &mut Summary) {
    let (b_proposal, b_aside, b_recoveries) = which.of(&backup.reviewer);
    let (h_proposal, h_aside, h_recoveries) = which.of(&here.reviewer);
    let as_read = |text: &Option<String>| text.as_deref().map(|t| read_proposal(t).ok().map(|(_, p)| p));
    // Each place: empty (`None`), or holding a proposal (`Some(None)` when it cannot be read).
    let mut places = [as_read(h_proposal), as_read(h_aside)];
    let versions = b_recoveries
        .iter()
        .filter(|t| !h_recoveries.contains(t))
        .chain(b_proposal)
        .map(|t| (t, false))
        .chain(b_aside.iter().map(|t| (t, true)));
    for (text, set_aside) in versions {
        let (at, proposal) = match read_proposal(text) {
            Ok(read) => read,
            Err(e) => {
                summary
                    .skipped
                    .push((Item::new(which.kind(), ""), Reason::Unreadable(e)));
                continue;
            }
        };
        let item = Item::new(which.kind(), at);
        let proposal = Some(proposal);
        let place = if places.iter().any(|p| p.as_ref() == Some(&proposal)) {
            summary.already.push(item);
            continue;
        } else if !set_aside && places[0].is_none() {
            summary.added.push(item);
            0
        } else if places[1].is_none() {
            if set_aside {
                summary.added.push(item);
            } else {
                summary.kept_both.push(item);
            }
            1
        } else {
            summary.skipped.push((item, Reason::NoPlace));
            continue;
        };
        places[place] = Some(proposal);
        *which.place(&mut after.reviewer, place) = Some(text.clone());
    }
}

/// The applications opened and the panel's files, with the backup's files not yet on disk.
fn restore_files(backup: &Contents, after: &mut Contents, summary: &mut Summary) {
    let b = &backup.reviewer;
    for (entries, opened) in [(&b.opened, true), (&b.panel, false)] {
        for entry in entries {
            match from_json::<KeptFileRecord>(&entry.record) {
                Ok(record) => keep_file(after, summary, opened, &entry.key, &record, &entry.record),
                Err(e) => {
                    let item = Item::new(file_kind(opened), "");
                    summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
                }
            }
        }
    }
    for text in &b.file_recoveries {
        if after.reviewer.file_recoveries.contains(text) {
            continue; // this browser's own copy, still to be taken up here
        }
        let pending = match from_json::<Vec<PendingFile>>(text) {
            Ok(pending) => pending,
            Err(e) => {
                let item = Item::new(Kind::OpenedApplication, "");
                summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
                continue;
            }
        };
        for p in pending {
            let record = KeptFileRecord {
                source: p.source,
                text: p.text,
                kept_at: 0.0,
            };
            let Ok(text) = serde_json::to_string(&record) else {
                continue;
            };
            keep_file(after, summary, p.opened, &p.key, &record, &text);
        }
    }
}

fn file_kind(opened: bool) -> Kind {
    if opened {
        Kind::OpenedApplication
    } else {
        Kind::PanelFile
    }
}

/// One kept file: added under its key when the key is free; an application under a key taken is
/// the same application (its fingerprint); a panel file under a key taken is the same reviewer's.
fn keep_file(
    after: &mut Contents,
    summary: &mut Summary,
    opened: bool,
    key: &str,
    record: &KeptFileRecord,
    text: &str,
) {
    let name = if opened {
        record.source.clone()
    } else {
        review::import_file(record.text.as_bytes())
            .ok()
            .and_then(|f| f.reviewer)
            .map(|r| r.name)
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| record.source.clone())
    };
    let item = Item::new(file_kind(opened), name);
    let entries = if opened {
        &mut after.reviewer.opened
    } else {
        &mut after.reviewer.panel
    };
    match entries.iter().find(|e| e.key == key) {
        None => {
            entries.push(KeptEntry {
                key: key.to_string(),
                record: text.to_string(),
            });
            summary.added.push(item);
        }
        Some(_) if opened => summary.already.push(item),
        Some(there) => {
            let same = from_json::<KeptFileRecord>(&there.record).is_ok_and(|r| r.text == record.text);
            if same {
                summary.already.push(item);
            } else {
                summary.skipped.push((item, Reason::OtherPanelFile));
            }
        }
    }
}

/// Who the reviewer is, and blind mode: taken only where this browser has not said.
fn restore_reviewer(backup: &Contents, after: &mut Contents, summary: &mut Summary) {
    let b = &backup.reviewer;
    if after.reviewer.blind.is_none() && after.reviewer.identity.is_none() {
        after.reviewer.blind = b.blind;
    }
    let Some(text) = &b.identity else { return };
    let theirs = match from_json::<review::Reviewer>(text) {
        Ok(r) => r,
        Err(e) => {
            let item = Item::new(Kind::Reviewer, "");
            summary.skipped.push((item, Reason::Unreadable(shape_error(e))));
            return;
        }
    };
    let item = Item::new(Kind::Reviewer, theirs.name.clone());
    let ours = after
        .reviewer
        .identity
        .as_deref()
        .map(|t| from_json::<review::Reviewer>(t).ok());
    match ours {
        None => {
            after.reviewer.identity = Some(text.clone());
            summary.added.push(item);
        }
        Some(Some(ours)) if ours == theirs => summary.already.push(item),
        Some(Some(_)) => summary.skipped.push((item, Reason::OtherReviewer)),
        Some(None) => summary.skipped.push((item, Reason::HereUnreadable)),
    }
}

/// A first-phase record as a restore reads it: `{created_at, value}` as a JSON value (its draft,
/// `value`, an object: for its id, its name and to tell two versions apart), so that nothing of the
/// phase's types is compiled into the drafts page, and a newer version's fields are kept as they are.
fn read_local(kind: Kind, text: &str) -> Result<Value, ImportError> {
    let record: Value = from_json(text).map_err(shape_error)?;
    let field = content(kind);
    if record.get(field).is_some_and(Value::is_object) {
        Ok(record)
    } else {
        let detail = format!(
            "expected the {} as an object",
            if field == "grant" { "project" } else { "draft" }
        );
        Err(ImportError::at(field, Problem::Invalid { detail }))
    }
}

/// The field of a record that holds what was typed: a granted project's record keeps it under
/// `grant` (`{revision, saved_at, grant}`), the first phase's under `value` (`{created_at, value}`).
fn content(kind: Kind) -> &'static str {
    match kind {
        Kind::GrantedProject => "grant",
        _ => "value",
    }
}

/// A record's name as the user knows it: an initiative's title (or its municipality), an
/// interest's municipality.
fn local_name(kind: Kind, record: &Value) -> String {
    let text = |field: &str| record["value"][field].as_str().unwrap_or_default().trim().to_string();
    if kind == Kind::GrantedProject {
        // The granted application's project name, in Finnish or else in Swedish.
        let project = &record["grant"]["application"]["project"];
        let name = |lang: &str| project[lang].as_str().unwrap_or_default().trim().to_string();
        let fi = name("name_fi");
        return if fi.is_empty() { name("name_sv") } else { fi };
    }
    match (kind, text("title")) {
        (Kind::Interest, _) => text("municipality"),
        (_, title) if title.is_empty() => text("municipality"),
        (_, title) => title,
    }
}

/// The first phase's records and the workshop.
fn restore_first_phase(
    backup: &Contents,
    after: &mut Contents,
    summary: &mut Summary,
    copy_title: &dyn Fn(&str) -> String,
) {
    let (b, a) = (&backup.first_phase, &mut after.first_phase);
    for (kind, theirs, ours) in [
        (Kind::Initiative, &b.initiatives, &mut a.initiatives),
        (Kind::Interest, &b.interests, &mut a.interests),
        (Kind::ReceivedInitiative, &b.received, &mut a.received),
    ] {
        let new = restore_local(kind, theirs, ours, summary, copy_title);
        ours.extend(new);
    }
    restore_workshop(b.workshop.as_deref(), &mut a.workshop, summary);
}

/// One kind of record kept under an id (the first phase's, a granted project): what is added, those
/// added first, then those kept beside a version here (see the module's comment). An initiative
/// received is never kept beside.
fn restore_local(
    kind: Kind,
    theirs: &[LocalEntry],
    here: &[LocalEntry],
    summary: &mut Summary,
    copy_title: &dyn Fn(&str) -> String,
) -> Vec<LocalEntry> {
    // What was typed, held under each id, here and added; `None`: a record that cannot be read.
    let field = content(kind);
    let mut known: BTreeMap<String, Option<Value>> = here
        .iter()
        .map(|e| (e.id.clone(), read_local(kind, &e.record).ok().map(|r| r[field].clone())))
        .collect();
    let (mut added, mut copies) = (Vec::new(), Vec::new());
    for entry in theirs {
        let mut record = match read_local(kind, &entry.record) {
            Ok(record) => record,
            Err(e) => {
                summary.skipped.push((Item::new(kind, ""), Reason::Unreadable(e)));
                continue;
            }
        };
        let name = local_name(kind, &record);
        let mut item = Item::new(kind, name.clone());
        match known.get(&entry.id) {
            None => {
                known.insert(entry.id.clone(), Some(record[field].take()));
                added.push(entry.clone());
                summary.added.push(item);
                continue;
            }
            Some(Some(value)) if *value == record[field] => {
                summary.already.push(item);
                continue;
            }
            Some(here) if kind == Kind::ReceivedInitiative => {
                let why = if here.is_some() {
                    Reason::OtherVersion
                } else {
                    Reason::HereUnreadable
                };
                summary.skipped.push((item, why));
                continue;
            }
            Some(_) => {}
        }
        // Beside the one here, under the first id after it that is free or holds this very copy.
        if kind == Kind::Initiative {
            let title = copy_title(&name);
            record[field]["title"] = Value::String(title.clone());
            item.copy = Some(title);
        }
        for n in 2.. {
            let id = format!("{}-{n}", entry.id);
            record[field]["id"] = Value::String(id.clone());
            match known.get(&id) {
                Some(Some(value)) if *value == record[field] => summary.already.push(item),
                Some(_) => continue,
                None => {
                    let Ok(text) = serde_json::to_string(&record) else {
                        break;
                    };
                    known.insert(id.clone(), Some(record[field].take()));
                    copies.push(LocalEntry { id, record: text });
                    summary.kept_both.push(item);
                }
            }
            break;
        }
    }
    added.extend(copies);
    added
}

/// The workshop's record as a restore reads it, a JSON value: `{files: [{source, text}], workshop}`
/// (the files a list of texts; the choices and anything else carried as they are).
fn read_workshop(text: &str) -> Result<Value, ImportError> {
    let record: Value = from_json(text).map_err(shape_error)?;
    let file = |f: &Value| f["source"].is_string() && f["text"].is_string();
    let files = match record.get("files") {
        None => record.is_object(),
        Some(files) => files.as_array().is_some_and(|list| list.iter().all(file)),
    };
    if files {
        Ok(record)
    } else {
        let detail = "expected a list of files {source, text}".to_string();
        Err(ImportError::at("files", Problem::Invalid { detail }))
    }
}

fn workshop_files(record: &Value) -> &[Value] {
    record["files"].as_array().map_or(&[], Vec::as_slice)
}

/// Whether the workshop has made no choices: no initiatives joined, no interest taken in.
fn no_choices(record: &Value) -> bool {
    ["joins", "taken"].iter().all(|k| {
        record["workshop"]
            .get(*k)
            .is_none_or(|v| v.as_array().is_some_and(Vec::is_empty))
    })
}

/// The ministry's workshop (see the module's comment).
fn restore_workshop(theirs: Option<&str>, ours: &mut Option<String>, summary: &mut Summary) {
    let Some(text) = theirs else { return };
    let theirs = match read_workshop(text) {
        Ok(read) => read,
        Err(e) => {
            summary
                .skipped
                .push((Item::new(Kind::Workshop, ""), Reason::Unreadable(e)));
            return;
        }
    };
    let file_item = |f: &Value| Item::new(Kind::WorkshopFile, f["source"].as_str().unwrap_or_default().trim());
    let Some(here) = ours.as_deref() else {
        *ours = Some(text.to_string());
        summary.added.extend(workshop_files(&theirs).iter().map(file_item));
        if !no_choices(&theirs) {
            summary.added.push(Item::new(Kind::Workshop, ""));
        }
        return;
    };
    let Ok(mut here) = read_workshop(here) else {
        summary
            .skipped
            .push((Item::new(Kind::Workshop, ""), Reason::HereUnreadable));
        return;
    };
    let mut files = workshop_files(&here).to_vec();
    for file in workshop_files(&theirs) {
        if files.iter().any(|f| f["text"] == file["text"]) {
            summary.already.push(file_item(file));
        } else {
            files.push(file.clone());
            summary.added.push(file_item(file));
        }
    }
    let mut changed = files.len() > workshop_files(&here).len();
    here["files"] = Value::Array(files);
    let item = Item::new(Kind::Workshop, "");
    if no_choices(&theirs) {
        // Nothing to take.
    } else if theirs["workshop"] == here["workshop"] {
        summary.already.push(item);
    } else if no_choices(&here) {
        here["workshop"] = theirs["workshop"].clone();
        summary.added.push(item);
        changed = true;
    } else {
        summary.skipped.push((item, Reason::OtherWorkshop));
    }
    if changed {
        if let Ok(text) = serde_json::to_string(&here) {
            *ours = Some(text);
        }
    }
}
