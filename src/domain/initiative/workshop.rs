//! The workshop (seed 000: "Ehdotusten keruu ‒ Yhdessä työstäminen ‒ Työpaja 27.9."): from any
//! number of initiatives and expressions of interest, the candidate joint projects, the table of them
//! by target, and what the printed workshop list says of each.
//!
//! The workshop's own choices are data ([`Workshop`]) applied to the originals, which are never
//! changed: initiatives about the same thing are joined into one candidate project with a chosen
//! lead ([`Join`]); a join is undone by taking it out of the list, and whatever it took in comes
//! back as it was. An interest that names an initiative is in that initiative's group; one that
//! names only a target is listed under every candidate project of that target as a candidate, and
//! is in a group only where the workshop takes it in ([`Taken`]).

use crate::domain::draft::LineId;
use crate::domain::initiative::model::{Description, Origin, RawContact, RawDescriptions, RawInitiative, RawInterest};
use crate::domain::rules::applicants::resolve_municipality;
use crate::domain::vocabulary::initiative_phase;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::register::Municipality;
use crate::domain::vocabulary::targets::Target;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

/// Initiatives joined into one candidate joint project.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Join {
    /// From the workshop's counter.
    pub id: LineId,
    /// The initiatives joined, by id, in the order they were joined.
    pub initiatives: Vec<String>,
    /// The lead chosen: a municipality of the group, by its code (as typed where the register has
    /// it not).
    pub lead: String,
    /// The candidate project's title; empty: the title of the lead's initiative (else the first's).
    pub title: String,
    /// The joins this one took in (joining an initiative already joined joins its whole group):
    /// undoing this join puts them back as they were.
    pub replaced: Vec<Join>,
}

/// An interest that names only a target, taken into the group of the candidate project that holds
/// `initiative` (by the initiative, so that it stays with it through joins and their undoing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Taken {
    pub interest: String,
    pub initiative: String,
}

/// The workshop's choices: joins and interests taken in. Everything else is the originals'.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Workshop {
    pub joins: Vec<Join>,
    pub taken: Vec<Taken>,
    /// The next id to hand out for a join.
    pub next_id: LineId,
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop {
            joins: Vec::new(),
            taken: Vec::new(),
            next_id: 1,
        }
    }
}

impl Workshop {
    /// Joins the initiatives `ids` (with every initiative already joined with one of them) into one
    /// candidate project led by `lead` (a municipality's code, or as typed) under `title` (empty:
    /// the lead's initiative's). `None`, and nothing changed, where that is fewer than two
    /// initiatives.
    pub fn join(&mut self, ids: &[&str], lead: &str, title: &str) -> Option<LineId> {
        let mut initiatives: Vec<String> = Vec::new();
        let mut replaced: Vec<usize> = Vec::new();
        for id in ids {
            match self.joins.iter().position(|j| j.initiatives.iter().any(|i| i == id)) {
                Some(at) if !replaced.contains(&at) => {
                    replaced.push(at);
                    for i in &self.joins[at].initiatives {
                        if !initiatives.contains(i) {
                            initiatives.push(i.clone());
                        }
                    }
                }
                Some(_) => {}
                None if !initiatives.iter().any(|i| i == id) => initiatives.push(id.to_string()),
                None => {}
            }
        }
        if initiatives.len() < 2 {
            return None;
        }
        replaced.sort_unstable();
        let replaced: Vec<Join> = replaced
            .into_iter()
            .rev()
            .map(|at| self.joins.remove(at))
            .rev()
            .collect();
        let id = self.next_id;
        self.next_id += 1;
        self.joins.push(Join {
            id,
            initiatives,
            lead: lead.trim().to_string(),
            title: title.trim().to_string(),
            replaced,
        });
        Some(id)
    }

    /// Undoes the join `id`: the initiatives it joined are apart again, or in the joins it took in,
    /// as they were. `false` where there is no such join.
    pub fn undo(&mut self, id: LineId) -> bool {
        let Some(at) = self.joins.iter().position(|j| j.id == id) else {
            return false;
        };
        let join = self.joins.remove(at);
        for (k, j) in join.replaced.into_iter().enumerate() {
            self.joins.insert(at + k, j);
        }
        true
    }

    /// Chooses another lead (a municipality of the group) or title for the join `id`.
    pub fn set_lead(&mut self, id: LineId, lead: &str) {
        if let Some(j) = self.joins.iter_mut().find(|j| j.id == id) {
            j.lead = lead.trim().to_string();
        }
    }

    pub fn set_title(&mut self, id: LineId, title: &str) {
        if let Some(j) = self.joins.iter_mut().find(|j| j.id == id) {
            j.title = title.trim().to_string();
        }
    }

    /// Takes the interest into the group of the candidate project holding `initiative`, or lets it
    /// go again.
    pub fn toggle_taken(&mut self, interest: &str, initiative: &str) {
        let taken = Taken {
            interest: interest.to_string(),
            initiative: initiative.to_string(),
        };
        match self.taken.iter().position(|t| *t == taken) {
            Some(at) => {
                self.taken.remove(at);
            }
            None => self.taken.push(taken),
        }
    }
}

/// A list as two tabs changed it: this tab's (`mine`, in its order) without what another tab
/// removed since this tab last read or wrote the list (`base`: there, and no longer `stored`), then
/// what another tab added since (in `stored`, not in `base`). What this tab removed (in `base`, not
/// in `mine`) stays removed; each item once.
pub fn merge_list<T: PartialEq + Clone>(base: &[T], mine: &[T], stored: &[T]) -> Vec<T> {
    let mut merged: Vec<T> = Vec::new();
    let theirs = stored.iter().filter(|x| !base.contains(x));
    for x in mine
        .iter()
        .filter(|x| stored.contains(x) || !base.contains(x))
        .chain(theirs)
    {
        if !merged.contains(x) {
            merged.push(x.clone());
        }
    }
    merged
}

/// The workshop's choices as two tabs made them: `stored` (what another tab wrote since this tab
/// read `base`) with this tab's changes from `base` to `mine` applied, by join id. A join this tab
/// undid (or took into a new one) goes; a lead or title this tab changed is this tab's, the other
/// tab's where only it changed it; a join this tab made is added, and where another tab meanwhile
/// joined one of its initiatives, that join is taken into it (as joining an initiative already
/// joined does: undoing the join puts it back); a join id both tabs handed out is made new. The
/// interests taken in are merged as a list ([`merge_list`]).
pub fn merge(base: &Workshop, mine: &Workshop, stored: &Workshop) -> Workshop {
    let by_id = |w: &Workshop, id: LineId| w.joins.iter().find(|j| j.id == id).cloned();
    let mut joins: Vec<Join> = Vec::new();
    for s in &stored.joins {
        let (was, now) = (by_id(base, s.id), by_id(mine, s.id));
        match (was, now) {
            // Undone or taken in here.
            (Some(_), None) => {}
            (Some(was), Some(now)) => {
                let mut j = s.clone();
                if now.lead != was.lead {
                    j.lead = now.lead;
                }
                if now.title != was.title {
                    j.title = now.title;
                }
                joins.push(j);
            }
            // Another tab's, or both tabs' with one id (this tab's is added below, anew).
            (None, _) => joins.push(s.clone()),
        }
    }
    let mut next_id = stored.next_id.max(mine.next_id);
    for m in mine.joins.iter().filter(|m| by_id(base, m.id).is_none()) {
        let mut j = m.clone();
        if stored.joins.iter().any(|s| s.id == j.id) {
            j.id = next_id;
            next_id += 1;
        }
        // Another tab joined one of its initiatives meanwhile: that join is taken in.
        while let Some(at) = joins
            .iter()
            .position(|o| o.initiatives.iter().any(|i| j.initiatives.contains(i)))
        {
            let other = joins.remove(at);
            for i in &other.initiatives {
                if !j.initiatives.contains(i) {
                    j.initiatives.push(i.clone());
                }
            }
            j.replaced.push(other);
        }
        joins.push(j);
    }
    let next_id = joins.iter().map(|j| j.id + 1).fold(next_id, LineId::max);
    Workshop {
        joins,
        taken: merge_list(&base.taken, &mine.taken, &stored.taken),
        next_id,
    }
}

/// A municipality as an initiative or interest names it: as typed, and the register's where it
/// names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub typed: String,
    pub register: Option<&'static Municipality>,
}

impl Who {
    pub fn of(typed: &str) -> Who {
        Who {
            typed: typed.trim().to_string(),
            register: resolve_municipality(typed),
        }
    }

    /// The name to show: the register's in the language, or as typed.
    pub fn name(&self, lang: Lang) -> &str {
        self.register.map_or(self.typed.as_str(), |m| m.name(lang))
    }

    /// What makes two the same municipality: the register's code, or the text typed (case and
    /// runs of spaces aside).
    pub fn key(&self) -> String {
        match self.register {
            Some(m) => m.code.clone(),
            None => format!(
                "?{}",
                self.typed
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            ),
        }
    }

    fn is_empty(&self) -> bool {
        self.typed.is_empty()
    }
}

/// Why a municipality is in a candidate project's group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// It proposed the initiative (by id).
    Proposes(String),
    /// The initiative (by id) has it on board.
    OnBoard(String),
    /// Its interest (by id) named one of the initiatives, or the workshop took it in.
    Interested(String),
}

/// A municipality of a candidate project's group, once, with every reason it is there and the
/// first contact person any of them gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub who: Who,
    pub contact: RawContact,
    pub parts: Vec<Part>,
}

/// A candidate joint project: the originals it is made of, and who is in its group. It is also what
/// the file for its lead carries (`formats::initiative`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct JointProject {
    /// The id of the call profile.
    pub call: String,
    pub title: String,
    /// The lead: a municipality of the group, as the register names it in Finnish (or as typed
    /// where the register has it not).
    pub lead: String,
    /// The initiatives joined, as their proposers sent them.
    pub initiatives: Vec<RawInitiative>,
    /// The expressions of interest in the group: those that named one of the initiatives, and
    /// those naming only a target that the workshop took in.
    pub interests: Vec<RawInterest>,
    /// The expressions of interest listed for one of its targets and not taken in: who else might
    /// join.
    pub candidates: Vec<RawInterest>,
}

impl Default for JointProject {
    fn default() -> Self {
        JointProject {
            call: crate::domain::vocabulary::call::DEFAULT_CALL.to_string(),
            title: String::new(),
            lead: String::new(),
            initiatives: Vec::new(),
            interests: Vec::new(),
            candidates: Vec::new(),
        }
    }
}

impl JointProject {
    /// An initiative as a project of its own, led by its proposer: what a proposer opens to start
    /// an application from its initiative alone.
    pub fn of_initiative(initiative: &RawInitiative) -> JointProject {
        JointProject {
            call: initiative.call.clone(),
            title: initiative.title.trim().to_string(),
            lead: lead_name(&Who::of(&initiative.municipality)),
            initiatives: vec![initiative.clone()],
            ..Default::default()
        }
    }

    /// The targets its initiatives serve, in the call's order (unknown ids left out).
    pub fn targets(&self) -> Vec<Target> {
        Target::ALL
            .into_iter()
            .filter(|t| self.initiatives.iter().any(|i| i.targets.iter().any(|x| x == t.id())))
            .collect()
    }

    /// Every municipality of the group once, the lead first: each initiative's proposer and those
    /// on board, then the interested, in that order. A municipality's contact is the first one given.
    pub fn members(&self) -> Vec<Member> {
        let mut members: Vec<Member> = Vec::new();
        let mut add = |who: Who, contact: &RawContact, part: Part| {
            if who.is_empty() {
                return;
            }
            let key = who.key();
            match members.iter_mut().find(|m| m.who.key() == key) {
                Some(m) => {
                    if m.contact.is_empty() {
                        m.contact = contact.clone();
                    }
                    m.parts.push(part);
                }
                None => members.push(Member {
                    who,
                    contact: contact.clone(),
                    parts: vec![part],
                }),
            }
        };
        let nobody = RawContact::default();
        for i in &self.initiatives {
            add(Who::of(&i.municipality), &i.contact, Part::Proposes(i.id.clone()));
            for row in &i.on_board {
                add(Who::of(&row.municipality), &nobody, Part::OnBoard(i.id.clone()));
            }
        }
        for x in &self.interests {
            add(Who::of(&x.municipality), &x.contact, Part::Interested(x.id.clone()));
        }
        let lead = Who::of(&self.lead).key();
        if let Some(at) = members.iter().position(|m| m.who.key() == lead) {
            let m = members.remove(at);
            members.insert(0, m);
        }
        members
    }

    /// Whether the lead is a municipality of the group.
    pub fn lead_in_group(&self) -> bool {
        let lead = Who::of(&self.lead);
        !lead.is_empty() && self.members().iter().any(|m| m.who.key() == lead.key())
    }

    /// How many municipalities are in the group, and with the candidates not taken in.
    pub fn counts(&self) -> (usize, usize) {
        let members = self.members();
        let mut keys: Vec<String> = members.iter().map(|m| m.who.key()).collect();
        for x in &self.candidates {
            let who = Who::of(&x.municipality);
            if !who.is_empty() && !keys.contains(&who.key()) {
                keys.push(who.key());
            }
        }
        (members.len(), keys.len())
    }

    /// What the printed workshop list says of the project.
    pub fn sheet(&self) -> Sheet {
        let members = self.members();
        let interested = self
            .interests
            .iter()
            .map(|x| (x, true))
            .chain(self.candidates.iter().map(|x| (x, false)))
            .map(|(x, in_group)| SheetInterest {
                who: Who::of(&x.municipality),
                contact: x.contact.clone(),
                need: x.need.clone(),
                named: self.initiatives.iter().any(|i| x.names(&i.id)),
                in_group,
            })
            .collect();
        Sheet {
            workshop: initiative_phase::for_call(&self.call).map(|p| p.workshop),
            title: self.title.clone(),
            targets: self.targets(),
            lead: members.first().cloned(),
            proposers: members
                .into_iter()
                .filter(|m| m.parts.iter().any(|p| !matches!(p, Part::Interested(_))))
                .collect(),
            interested,
            columns: self
                .initiatives
                .iter()
                .map(|i| SheetColumn {
                    initiative: i.id.clone(),
                    title: i.title.clone(),
                    who: Who::of(&i.municipality),
                    estimate: Money::parse(i.descriptions.cost_estimate.trim()).ok(),
                    descriptions: i.descriptions.clone(),
                    origin: i.origin,
                    earlier_work: i.earlier_work.clone(),
                })
                .collect(),
        }
    }
}

/// The lead as a joint project names it: the register's Finnish name, or as typed.
fn lead_name(who: &Who) -> String {
    who.register.map_or_else(|| who.typed.clone(), |m| m.name_fi.clone())
}

/// The printed workshop list of one candidate project: a plain structure the page renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The day of the workshop (the call's first phase), where the call has one.
    pub workshop: Option<Date>,
    pub title: String,
    pub targets: Vec<Target>,
    pub lead: Option<Member>,
    /// The municipalities that proposed or are on board, the lead first.
    pub proposers: Vec<Member>,
    /// Every interest listed under the project: in its group, or a candidate for a target.
    pub interested: Vec<SheetInterest>,
    /// The initiatives side by side, in their order.
    pub columns: Vec<SheetColumn>,
}

impl Sheet {
    /// One description across the initiatives (a row of the side-by-side table).
    pub fn row(&self, d: Description) -> Vec<&str> {
        self.columns.iter().map(|c| d.of(&c.descriptions)).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetInterest {
    pub who: Who,
    pub contact: RawContact,
    pub need: String,
    /// It named one of the project's initiatives (else a target).
    pub named: bool,
    /// It is in the group (named, or taken in); else a candidate.
    pub in_group: bool,
}

/// One initiative's column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetColumn {
    pub initiative: String,
    pub title: String,
    pub who: Who,
    pub descriptions: RawDescriptions,
    /// The cost estimate, where what was typed is an amount (else it is in `descriptions` as typed).
    pub estimate: Option<Money>,
    pub origin: Origin,
    pub earlier_work: String,
}

/// What names a candidate project in the workshop: its initiative, or the join.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CandidateKey {
    Initiative(String),
    Join(LineId),
}

/// A candidate joint project as the workshop has it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub key: CandidateKey,
    pub project: JointProject,
}

/// The candidate projects of `initiatives` and `interests` after the workshop's choices, in the
/// order of the initiatives (a join where its first initiative is). Every initiative is in exactly
/// one; an initiative given twice (the same id) is taken once, as last given (a later file of it).
pub fn candidates(initiatives: &[RawInitiative], interests: &[RawInterest], workshop: &Workshop) -> Vec<Candidate> {
    let mut unique: Vec<&RawInitiative> = Vec::new();
    for i in initiatives {
        match unique.iter().position(|u| u.id == i.id) {
            Some(at) => unique[at] = i,
            None => unique.push(i),
        }
    }
    let mut out: Vec<Candidate> = Vec::new();
    let mut joins_done: Vec<LineId> = Vec::new();
    for i in &unique {
        let join = workshop.joins.iter().find(|j| j.initiatives.contains(&i.id));
        let (key, members): (CandidateKey, Vec<&RawInitiative>) = match join {
            Some(j) if joins_done.contains(&j.id) => continue,
            Some(j) => {
                joins_done.push(j.id);
                let members = j
                    .initiatives
                    .iter()
                    .filter_map(|id| unique.iter().find(|u| u.id == *id).copied())
                    .collect();
                (CandidateKey::Join(j.id), members)
            }
            None => (CandidateKey::Initiative(i.id.clone()), vec![*i]),
        };
        let mut project = JointProject {
            call: members[0].call.clone(),
            initiatives: members.iter().map(|m| (*m).clone()).collect(),
            ..Default::default()
        };
        let targets = project.targets();
        for x in interests {
            let named = members.iter().any(|m| x.names(&m.id));
            let by_target = targets.iter().any(|t| x.targets.iter().any(|s| s == t.id()));
            let taken = workshop
                .taken
                .iter()
                .any(|t| t.interest == x.id && members.iter().any(|m| m.id == t.initiative));
            if named || (by_target && taken) {
                project.interests.push(x.clone());
            } else if by_target {
                project.candidates.push(x.clone());
            }
        }
        let first = Who::of(&members[0].municipality);
        let (lead, title) = match join {
            Some(j) => {
                let chosen = Who::of(&j.lead);
                let in_group = project.members().iter().any(|m| m.who.key() == chosen.key());
                let lead = if in_group && !chosen.is_empty() { chosen } else { first };
                let own = members
                    .iter()
                    .find(|m| Who::of(&m.municipality).key() == lead.key())
                    .unwrap_or(&members[0]);
                let title = if j.title.is_empty() { own.title.trim() } else { &j.title };
                (lead, title.to_string())
            }
            None => (first, members[0].title.trim().to_string()),
        };
        project.lead = lead_name(&lead);
        project.title = title;
        out.push(Candidate { key, project });
    }
    out
}

/// The candidate projects by target, in the call's order of targets, and those with none last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub candidates: Vec<Candidate>,
    pub groups: Vec<TargetGroup>,
    /// The interests listed under no candidate project (they name no initiative at hand and no
    /// target of one), by their position in the interests given: kept, and shown apart.
    pub unplaced: Vec<usize>,
}

/// One target's candidate projects (by position in [`Table::candidates`]); `None`: no target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetGroup {
    pub target: Option<Target>,
    pub candidates: Vec<usize>,
}

/// The workshop's table: each candidate project under each of its targets, with its proposers,
/// everyone interested and its counts of municipalities ([`JointProject::counts`]).
pub fn table(initiatives: &[RawInitiative], interests: &[RawInterest], workshop: &Workshop) -> Table {
    let candidates = candidates(initiatives, interests, workshop);
    let mut groups: Vec<TargetGroup> = Target::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|target| TargetGroup {
            target,
            candidates: candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    let targets = c.project.targets();
                    match target {
                        Some(t) => targets.contains(&t),
                        None => targets.is_empty(),
                    }
                })
                .map(|(k, _)| k)
                .collect(),
        })
        .collect();
    groups.retain(|g| !g.candidates.is_empty());
    let unplaced = interests
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            !candidates
                .iter()
                .any(|c| c.project.interests.contains(x) || c.project.candidates.contains(x))
        })
        .map(|(k, _)| k)
        .collect();
    Table {
        candidates,
        groups,
        unplaced,
    }
}
