//! The fixed passages of a call's decision, as the call's own decision words them: the background,
//! the targets, the grounds, the eligible costs, the 85 % cap, the conditions of use, reporting,
//! payment, repayment and the appeal, in the decision's order, with the places where the decision
//! is written from the proposal (the applications received, the grants, the deferred, the refusal,
//! the total, the appendix). Data of the call profile (`calls/<call>.decision.json`), Finnish
//! verbatim from the decision with Swedish and English beside it, parsed once.
//!
//! Only the reviewer's app prints a decision: the drafter never calls [`for_call`], so its wasm does
//! not carry these texts.

use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::objects;
use serde::Deserialize;
use std::sync::OnceLock;

/// A passage in the three languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A signatory of the decision.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub title: Text,
}

/// The deferred applications' heading and the sentence before them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deferred {
    pub heading: Text,
    pub intro: Text,
}

/// One block of the decision, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Heading(Text),
    Paragraph(Text),
    List(Vec<Text>),
    /// A list numbered "1)", "2)", … (the eligible costs).
    NumberedList(Vec<Text>),
    /// Written from the proposal: how many applications arrived by the deadline, how many were
    /// withdrawn, the amount they requested; then this sentence (where the appendix lists them).
    Applications(Text),
    /// Written from the proposal: the groups with their conditions and the grants, numbered.
    Grants,
    /// Printed when some applications are deferred: the heading, the sentence, then the list.
    Deferred(Deferred),
    /// Printed when some applications are refused.
    Refused(Text),
    /// Written from the proposal: the total granted.
    Total,
    Signatures(Vec<Signatory>),
    /// Written from the proposal: every application that stayed, with the total requested.
    Appendix,
}

/// A call's decision text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionText {
    /// The call profile's id.
    pub call: String,
    pub title: Text,
    pub blocks: Vec<Block>,
}

const SOURCES: [&str; 1] = [include_str!("calls/vm-2019-yhteishankkeet.decision.json")];

/// Every call's decision text (tested to parse, to name a call and to have every language).
pub fn all() -> &'static [DecisionText] {
    static TEXTS: OnceLock<Vec<DecisionText>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| objects::from_str(s).expect("a committed decision text parses (tested)"))
            .collect()
    })
}

/// The decision text of a call; `None` where the sources give none (the knowledge-management
/// call's decision is not among them): the decision is then printed from the proposal alone.
pub fn for_call(call: &str) -> Option<&'static DecisionText> {
    all().iter().find(|t| t.call == call)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::call;

    fn texts(t: &DecisionText) -> Vec<&Text> {
        let mut out = vec![&t.title];
        for b in &t.blocks {
            match b {
                Block::Heading(x) | Block::Paragraph(x) | Block::Applications(x) | Block::Refused(x) => out.push(x),
                Block::List(v) | Block::NumberedList(v) => out.extend(v),
                Block::Deferred(d) => out.extend([&d.heading, &d.intro]),
                Block::Signatures(s) => out.extend(s.iter().map(|s| &s.title)),
                Block::Grants | Block::Total | Block::Appendix => {}
            }
        }
        out
    }

    #[test]
    fn every_decision_text_names_a_call_and_has_every_language() {
        assert!(!all().is_empty());
        for t in all() {
            assert!(call::by_id(&t.call).is_some(), "{}", t.call);
            for x in texts(t) {
                for lang in Lang::ALL {
                    assert!(!x.get(lang).trim().is_empty(), "{lang:?} missing beside {:?}", x.fi);
                }
            }
            // Each place written from the proposal, once.
            type Is = fn(&Block) -> bool;
            let places: [(&str, Is); 6] = [
                ("applications", |b| matches!(b, Block::Applications(_))),
                ("grants", |b| matches!(b, Block::Grants)),
                ("deferred", |b| matches!(b, Block::Deferred(_))),
                ("refused", |b| matches!(b, Block::Refused(_))),
                ("total", |b| matches!(b, Block::Total)),
                ("appendix", |b| matches!(b, Block::Appendix)),
            ];
            for (place, is) in places {
                assert_eq!(t.blocks.iter().filter(|b| is(b)).count(), 1, "{place} in {}", t.call);
            }
        }
    }
}
