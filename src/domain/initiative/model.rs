//! An initiative for a joint project (ehdotus yhteishankkeeksi) and an expression of interest in
//! joining one (ilmoitus kiinnostuksesta osallistua), exactly as typed: strings and choices, always
//! saveable whether or not they are valid, as the application's raw draft (`domain::draft`). What
//! the rules say of them is derived by `rules`, never stored.

use crate::domain::draft::{remove_item, restore_item, Item, LineId};
use crate::domain::vocabulary::call::DEFAULT_CALL;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A contact person as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawContact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

impl RawContact {
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.email, &self.phone]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}

/// A municipality already on board of an initiative, as typed or picked (its Finnish or Swedish
/// name, or its code).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawOnBoard {
    /// From the initiative's own counter.
    pub id: LineId,
    pub municipality: String,
}

impl Item for RawOnBoard {
    fn id(&self) -> LineId {
        self.id
    }
}

/// The five things an initiative must describe (000: "Ehdotuksissa on kuvattava mm."), as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawDescriptions {
    /// How it improves the municipalities' ways of working or service processes, and their quality
    /// and impact.
    pub ways_of_working: String,
    /// Its goals and the hoped-for result.
    pub goals: String,
    /// The significance of the development target for municipalities, and how usable the results are.
    pub significance: String,
    /// The idea's cost potential, in words...
    pub cost_potential: String,
    /// ...and, if the proposer wants, as an estimate in euros, as typed (in a file: a decimal string
    /// such as `120000.00`).
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub cost_estimate: String,
    /// The possible risks of developing it further and carrying it out.
    pub risks: String,
}

/// One of the five descriptions, in the slides' order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Description {
    WaysOfWorking,
    Goals,
    Significance,
    CostPotential,
    Risks,
}

impl Description {
    pub const ALL: [Description; 5] = [
        Description::WaysOfWorking,
        Description::Goals,
        Description::Significance,
        Description::CostPotential,
        Description::Risks,
    ];

    /// The field's name in the draft and in the files.
    pub fn key(self) -> &'static str {
        match self {
            Description::WaysOfWorking => "ways_of_working",
            Description::Goals => "goals",
            Description::Significance => "significance",
            Description::CostPotential => "cost_potential",
            Description::Risks => "risks",
        }
    }

    /// The text typed for it.
    pub fn of(self, d: &RawDescriptions) -> &str {
        match self {
            Description::WaysOfWorking => &d.ways_of_working,
            Description::Goals => &d.goals,
            Description::Significance => &d.significance,
            Description::CostPotential => &d.cost_potential,
            Description::Risks => &d.risks,
        }
    }
}

/// Whether the idea is new or drawn from development work already done (000: "Ideat voivat olla
/// innovatiivisia ja uusia, tai niitä voi ammentaa jo tehdystä kehittämistyöstä"); unanswered until
/// the proposer chooses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    #[default]
    Unanswered,
    New,
    Earlier,
}

/// An initiative for a joint project, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawInitiative {
    /// Names the initiative across browsers and files: interests and the workshop name it by it.
    /// Given when the draft is made (the app: a new UUID, as for a partner request), never derived
    /// from the content, which changes.
    pub id: String,
    /// The id of the call profile whose first phase this is.
    pub call: String,
    /// The proposing municipality, as typed or picked (its Finnish or Swedish name, or its code).
    pub municipality: String,
    pub contact: RawContact,
    pub title: String,
    /// Ids of the call's targets the initiative serves.
    pub targets: Vec<String>,
    /// The municipalities already on board, besides the proposer.
    pub on_board: Vec<RawOnBoard>,
    pub descriptions: RawDescriptions,
    pub origin: Origin,
    /// The earlier development work the idea draws on (where it does).
    pub earlier_work: String,
    /// The next id to hand out for `on_board`; kept above every id in use (`repair_ids`).
    pub next_id: LineId,
}

impl Default for RawInitiative {
    fn default() -> Self {
        RawInitiative {
            id: String::new(),
            call: DEFAULT_CALL.to_string(),
            municipality: String::new(),
            contact: RawContact::default(),
            title: String::new(),
            targets: Vec::new(),
            on_board: Vec::new(),
            descriptions: RawDescriptions::default(),
            origin: Origin::Unanswered,
            earlier_work: String::new(),
            next_id: 1,
        }
    }
}

impl RawInitiative {
    /// An empty initiative named `id`, for the joint call.
    pub fn new(id: &str) -> RawInitiative {
        RawInitiative {
            id: id.to_string(),
            ..Default::default()
        }
    }

    /// Appends an empty row of a municipality on board and returns its id.
    pub fn add_on_board(&mut self) -> LineId {
        let id = self.next_id;
        self.next_id += 1;
        self.on_board.push(RawOnBoard {
            id,
            municipality: String::new(),
        });
        id
    }

    /// Removes a row, with its position, so that it can be put back ([`RawInitiative::restore_on_board`]).
    pub fn remove_on_board(&mut self, id: LineId) -> Option<(usize, RawOnBoard)> {
        remove_item(&mut self.on_board, id)
    }

    pub fn restore_on_board(&mut self, index: usize, row: RawOnBoard) {
        restore_item(&mut self.on_board, index, row);
        self.repair_ids();
    }

    /// Makes the rows' ids unique and keeps the counter above them; for drafts from storage or a file.
    pub fn repair_ids(&mut self) {
        let mut next = self
            .on_board
            .iter()
            .map(|r| r.id.saturating_add(1))
            .fold(self.next_id.max(1), LineId::max);
        let mut seen = std::collections::HashSet::new();
        for row in &mut self.on_board {
            if row.id == 0 || !seen.insert(row.id) {
                row.id = next;
                next += 1;
                seen.insert(row.id);
            }
        }
        self.next_id = next;
    }
}

/// An initiative an interest names: by its id, with its title as the interested municipality saw
/// it (so that the interest says what it meant even where that initiative's file is not at hand).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct InterestIn {
    /// The initiative's `id`.
    pub initiative: String,
    pub title: String,
}

/// An expression of interest in joining a joint project, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawInterest {
    /// Names the interest across browsers and files (the workshop's choices name it by it); given
    /// when the draft is made, as an initiative's.
    pub id: String,
    /// The id of the call profile whose first phase this is.
    pub call: String,
    /// The interested municipality, as typed or picked.
    pub municipality: String,
    pub contact: RawContact,
    /// The initiatives it would join.
    pub initiatives: Vec<InterestIn>,
    /// Ids of the call's targets whose projects it would join.
    pub targets: Vec<String>,
    /// A short note of its own need.
    pub need: String,
}

impl Default for RawInterest {
    fn default() -> Self {
        RawInterest {
            id: String::new(),
            call: DEFAULT_CALL.to_string(),
            municipality: String::new(),
            contact: RawContact::default(),
            initiatives: Vec::new(),
            targets: Vec::new(),
            need: String::new(),
        }
    }
}

impl RawInterest {
    /// An empty expression of interest named `id`, for the joint call.
    pub fn new(id: &str) -> RawInterest {
        RawInterest {
            id: id.to_string(),
            ..Default::default()
        }
    }

    /// Whether it names the initiative `id`.
    pub fn names(&self, id: &str) -> bool {
        self.initiatives.iter().any(|i| i.initiative == id)
    }

    /// Names the initiative (with its title as seen now), or stops naming it; nothing else changes.
    pub fn toggle_initiative(&mut self, initiative: &RawInitiative) {
        match self.initiatives.iter().position(|i| i.initiative == initiative.id) {
            Some(index) => {
                self.initiatives.remove(index);
            }
            None => self.initiatives.push(InterestIn {
                initiative: initiative.id.clone(),
                title: initiative.title.clone(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_board_rows_take_ids_from_the_counter_and_come_back_where_they_were() {
        let mut i = RawInitiative::new("a");
        let a = i.add_on_board();
        let b = i.add_on_board();
        i.on_board[0].municipality = "Iisalmi".into();
        let (index, row) = i.remove_on_board(a).unwrap();
        let c = i.add_on_board();
        assert!(c != a && c != b, "a removed id is not handed out again");
        i.restore_on_board(index, row);
        let rows: Vec<_> = i.on_board.iter().map(|r| (r.id, r.municipality.as_str())).collect();
        assert_eq!(rows, [(a, "Iisalmi"), (b, ""), (c, "")]);
        assert!(i.next_id > c);
    }

    #[test]
    fn repair_makes_row_ids_unique_and_the_counter_safe() {
        let mut i = RawInitiative::new("a");
        i.on_board = vec![
            RawOnBoard {
                id: 4,
                municipality: "x".into(),
            },
            RawOnBoard {
                id: 4,
                municipality: "y".into(),
            },
            RawOnBoard {
                id: 0,
                municipality: "z".into(),
            },
        ];
        i.next_id = 1;
        i.repair_ids();
        let mut ids: Vec<_> = i.on_board.iter().map(|r| r.id).collect();
        assert_eq!(ids[0], 4);
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(i.next_id > *ids.last().unwrap());
    }

    #[test]
    fn an_interest_names_an_initiative_with_its_title_and_lets_it_go() {
        let mut x = RawInterest::new("x");
        let mut a = RawInitiative::new("a");
        a.title = "Yhteiset lomakkeet".into();
        x.toggle_initiative(&a);
        assert!(x.names("a"));
        assert_eq!(x.initiatives[0].title, "Yhteiset lomakkeet");
        x.toggle_initiative(&a);
        assert!(!x.names("a"));
    }

    #[test]
    fn missing_fields_read_as_defaults_and_unknown_ones_are_refused() {
        let i: RawInitiative = serde_json::from_str(r#"{"id":"a","descriptions":{"cost_estimate":"12,5O"}}"#).unwrap();
        assert_eq!(i.call, DEFAULT_CALL);
        assert_eq!(i.descriptions.cost_estimate, "12,5O");
        assert_eq!(i.origin, Origin::Unanswered);
        assert!(serde_json::from_str::<RawInterest>(r#"{"colour":"red"}"#).is_err());
    }
}
