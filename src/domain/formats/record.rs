//! Stored records read leniently: a field this version does not know is kept aside, with its place,
//! instead of making the whole record unreadable, and written back where it was. So going back to an
//! older version of the app still opens every draft a newer one saved, and saving it again loses
//! nothing the newer version wrote. Only what cannot be understood is refused: bad syntax, a
//! repeated key, a known field of the wrong type or with a value it cannot take.
//!
//! Reading is the strict reader's own typed pass ([`reader::from_json`], so each record type's
//! reader is compiled once for import, storage and this). Only a record with unknown fields takes
//! more: serde's "unknown field" error names one, with its place; the text is read once as a JSON
//! value, that field is set aside there, and the value, written out again, takes the typed pass
//! again, until it passes. A field is set aside not only where the error found it but at the same
//! place in every element of the lists on the way (positions as wildcards: a list's elements are
//! of one type), so a newer version that added a field to each of 2 000 budget lines costs one more
//! typed pass, not 2 000. Passes are bounded by [`MAX_UNKNOWN`]. An unknown field inside content
//! serde buffered (an internally tagged enum) is set aside from the error's message, only where it
//! was found; one it cannot place (deeper inside such content, or an untagged enum) is refused.

use super::reader::{self, ImportError};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt::Write as _;

/// How many unknown fields, by place (a field of a list's elements counts once), serde's errors may
/// name, one more typed pass each, before the record is refused.
pub const MAX_UNKNOWN: usize = 10_000;

/// A value read leniently, with what it did not know kept aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Lenient<T> {
    pub value: T,
    /// Empty when the record had nothing unknown.
    pub kept: Vec<Kept>,
}

/// One step from a JSON value to one inside it.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A field of an object.
    Key(String),
    /// An element of an array: its position when read, and its `"id"` when it is an object that has
    /// one, so that it is found again after its list was reordered.
    Item { index: usize, id: Option<Value> },
}

/// One unknown field: the object it was in, its name, and its value exactly as stored (as a JSON
/// value; numbers as `serde_json` reads them).
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The steps from the top of the record to the object the field was in.
    pub parent: Vec<Step>,
    pub key: String,
    pub value: Value,
}

impl Kept {
    /// The place for reporting, in the reader's path syntax with an element named by its id when it
    /// has one: `draft.budget.lines[id=7].colour`, `draft.items[2].x`, `colour`.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for step in &self.parent {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Step::Item { id: Some(id), .. } => {
                    let _ = write!(path, "[id={id}]");
                }
                Step::Item { index, id: None } => {
                    let _ = write!(path, "[{index}]");
                }
            }
        }
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&self.key);
        path
    }
}

/// Reads a stored record, keeping its unknown fields aside (at any depth) instead of refusing it.
/// Refuses, with the place: bad syntax or nesting too deep, a repeated key (our serializer never
/// writes one; the typed pass refuses a repeated field, and a record with unknown fields is scanned
/// for any, where a JSON reader would keep the last), a top level that is not what `T` is, a known
/// field of the wrong type or value.
pub fn read_lenient<T: DeserializeOwned>(text: &str) -> Result<Lenient<T>, ImportError> {
    // The common case, nothing unknown: one typed pass, the strict reader's.
    let mut err = match typed::<T>(text) {
        Ok(value) => {
            return Ok(Lenient {
                value,
                kept: Vec::new(),
            })
        }
        Err(err) if is_unknown_field(err.inner()) => err,
        Err(err) => return Err(refusal(err)),
    };
    // Something unknown: the whole text checked (syntax, depth, repeated keys), then read as a value.
    reader::scan(text)?;
    let mut json: Value = serde_json::from_str(text).map_err(|e| reader::syntax_error(&e))?;
    let mut kept = Vec::new();
    for _ in 0..MAX_UNKNOWN {
        let segments = err.path().to_vec();
        let Some((parent, key, everywhere)) = locate(&json, &segments, &err.inner().to_string()) else {
            break;
        };
        set_aside(&mut json, &parent, everywhere, &key, &mut Vec::new(), &mut kept);
        let again = serde_json::to_string(&json).map_err(|e| reader::shape_error((None, e)))?;
        err = match typed::<T>(&again) {
            Ok(value) => return Ok(Lenient { value, kept }),
            Err(err) if is_unknown_field(err.inner()) => err,
            Err(err) => return Err(refusal(err)),
        };
    }
    // Too many unknown places, or one that cannot be found in the value.
    Err(reader::shape_error(reader::split(err)))
}

/// The one typed pass (counted in tests).
fn typed<T: DeserializeOwned>(text: &str) -> Result<T, reader::PathError> {
    #[cfg(test)]
    tests::PASSES.with(|passes| passes.set(passes.get() + 1));
    reader::parse(text)
}

/// A typed pass's error as the reader reports it.
fn refusal(err: reader::PathError) -> ImportError {
    let (path, e) = reader::split(err);
    if e.is_syntax() || e.is_eof() {
        reader::syntax_error(&e)
    } else {
        reader::shape_error((path, e))
    }
}

/// Takes `key` out of the object at `parent` (steps from `at`, which is at `trail`) into `kept`,
/// each with its own place. With `everywhere`, out of the object at the same place in every element
/// of each list on the way too, where it has that key.
fn set_aside(
    at: &mut Value,
    parent: &[Step],
    everywhere: bool,
    key: &str,
    trail: &mut Vec<Step>,
    kept: &mut Vec<Kept>,
) {
    match parent.split_first() {
        None => {
            if let Some(value) = at.as_object_mut().and_then(|object| object.remove(key)) {
                kept.push(Kept {
                    parent: trail.clone(),
                    key: key.to_string(),
                    value,
                });
            }
        }
        Some((Step::Key(name), rest)) => {
            if let Some(next) = at.as_object_mut().and_then(|object| object.get_mut(name)) {
                trail.push(Step::Key(name.clone()));
                set_aside(next, rest, everywhere, key, trail, kept);
                trail.pop();
            }
        }
        Some((Step::Item { index, .. }, rest)) => {
            let Some(items) = at.as_array_mut() else { return };
            for (at, item) in items.iter_mut().enumerate() {
                if !everywhere && at != *index {
                    continue;
                }
                trail.push(item_step(at, item));
                set_aside(item, rest, everywhere, key, trail, kept);
                trail.pop();
            }
        }
    }
}

/// Writes `value` as compact JSON with the kept fields put back where they were: each into the
/// object it was read from, found again by the path's keys and, in a list, by the element's id (by
/// position for elements without one, or in a list whose elements the model writes without ids).
/// A field the model now writes itself keeps the model's value. A kept field whose object no longer
/// exists (its budget line was removed, its list shortened) goes with it.
pub fn write_keeping<T: Serialize>(value: &T, kept: &[Kept]) -> Result<String, serde_json::Error> {
    let text = serde_json::to_string(value)?;
    if kept.is_empty() {
        return Ok(text);
    }
    // The model's text, as saving writes it, read back as a value (not the model serialized again
    // into one: that would compile every type's serializer a second time).
    let mut json: Value = serde_json::from_str(&text)?;
    // Every place is found in the model as written, before any kept field is added to it.
    let places: Vec<Option<Vec<Step>>> = kept.iter().map(|k| resolve(&json, &k.parent)).collect();
    for (k, place) in kept.iter().zip(places) {
        if let Some(object) = place.and_then(|place| object_at_mut(&mut json, &place)) {
            object.entry(k.key.clone()).or_insert_with(|| k.value.clone());
        }
    }
    serde_json::to_string(&json)
}

fn is_unknown_field(e: &serde_json::Error) -> bool {
    e.is_data() && e.to_string().starts_with("unknown field `")
}

/// The field `(parent, key)` serde's error names, in `json` as it is now, and whether the lists on the
/// way hold it at the same place in each element. The error's path ends at the field itself (a
/// struct read straight from the text: each element of a list on the way, a `Vec` in our records,
/// is of the same type, and an enum's variant is a step of the path);
/// inside content serde buffered first (an internally tagged enum, whose elements can be different
/// variants) it ends at that content, and the field is the one the message names: set aside there
/// only.
fn locate(json: &Value, segments: &[reader::Segment], message: &str) -> Option<(Vec<Step>, String, bool)> {
    use reader::Segment;
    let mut steps = Vec::new();
    let mut at = json;
    for segment in segments {
        let (step, next) = match (segment, at) {
            (Segment::Map { key }, Value::Object(object)) => (Step::Key(key.clone()), object.get(key)?),
            (Segment::Seq { index }, Value::Array(items)) => {
                let item = items.get(*index)?;
                (item_step(*index, item), item)
            }
            _ => return None,
        };
        steps.push(step);
        at = next;
    }
    let named = message.strip_prefix("unknown field `")?;
    let named = named
        .rsplit_once("`, expected")
        .or_else(|| named.rsplit_once("`, there are no fields"))?
        .0;
    match steps.pop() {
        Some(Step::Key(key)) if key == named => Some((steps, key, true)),
        last => {
            steps.extend(last);
            at.as_object()?
                .contains_key(named)
                .then(|| (steps, named.to_string(), false))
        }
    }
}

fn item_step(index: usize, item: &Value) -> Step {
    Step::Item {
        index,
        id: id_of(item).cloned(),
    }
}

/// An element's `"id"`, when it is an object that has one.
fn id_of(item: &Value) -> Option<&Value> {
    item.as_object()?.get("id")
}

/// The object at `steps`, by key and by position.
fn object_at_mut<'a>(json: &'a mut Value, steps: &[Step]) -> Option<&'a mut Map<String, Value>> {
    let mut at = json;
    for step in steps {
        at = match step {
            Step::Key(key) => at.as_object_mut()?.get_mut(key)?,
            Step::Item { index, .. } => at.as_array_mut()?.get_mut(*index)?,
        };
    }
    at.as_object_mut()
}

/// A kept field's parent found in `json`: each list element by its id when the list's elements have
/// ids (the one at the old position if it still has that id, else the first with it; none: gone),
/// otherwise by position. The steps returned name positions in `json`.
fn resolve(json: &Value, parent: &[Step]) -> Option<Vec<Step>> {
    let mut steps = Vec::with_capacity(parent.len());
    let mut at = json;
    for step in parent {
        match step {
            Step::Key(key) => {
                at = at.as_object()?.get(key)?;
                steps.push(step.clone());
            }
            Step::Item { index, id } => {
                let items = at.as_array()?;
                let index = match id {
                    Some(id) if items.iter().any(|item| id_of(item).is_some()) => {
                        if items.get(*index).and_then(id_of) == Some(id) {
                            *index
                        } else {
                            items.iter().position(|item| id_of(item) == Some(id))?
                        }
                    }
                    _ => *index,
                };
                at = items.get(index)?;
                steps.push(Step::Item { index, id: None });
            }
        }
    }
    at.is_object().then_some(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::RawDraft;
    use serde::Deserialize;
    use serde_json::json;
    use std::cell::Cell;

    thread_local! {
        /// Typed passes [`read_lenient`] took on this thread.
        pub(super) static PASSES: Cell<usize> = const { Cell::new(0) };
    }

    /// `read_lenient`, and how many typed passes it took.
    fn counted<T: DeserializeOwned>(text: &str) -> (Result<Lenient<T>, ImportError>, usize) {
        PASSES.with(|passes| passes.set(0));
        let read = read_lenient::<T>(text);
        (read, PASSES.with(Cell::get))
    }

    fn paths(kept: &[Kept]) -> Vec<String> {
        kept.iter().map(Kept::path).collect()
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        a: u32,
    }

    /// Enum content: an externally tagged one is read straight from the text, an internally tagged
    /// one from content serde buffered (the error's path ends at the content).
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    enum Shape {
        Circle { r: u32 },
        Wrapped(Inner),
        Empty,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields, tag = "kind")]
    enum Tagged {
        Dot { x: u32 },
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        shapes: Vec<Shape>,
        tagged: Tagged,
        maybe: Option<Inner>,
    }

    #[test]
    fn unknown_fields_inside_enums_are_found_by_their_errors() {
        let text = r#"{"shapes":[{"Circle":{"r":1,"hue":"red"}},{"Wrapped":{"a":2,"b":[1]}},"Empty"],
            "tagged":{"kind":"Dot","x":3,"y":4},"maybe":{"a":5,"c":null},"d":{"e":1}}"#;
        let read = read_lenient::<Outer>(text).unwrap();
        let mut paths: Vec<String> = read.kept.iter().map(Kept::path).collect();
        paths.sort();
        assert_eq!(
            paths,
            [
                "d",
                "maybe.c",
                "shapes[0].Circle.hue",
                "shapes[1].Wrapped.b",
                "tagged.y"
            ]
        );
        let written = write_keeping(&read.value, &read.kept).unwrap();
        let back: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(back, serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn the_error_names_the_unknown_field_itself() {
        let e = reader::from_json::<Outer>(r#"{"shapes":[],"maybe":{"a":1,"zz":2}}"#).unwrap_err();
        assert_eq!(e.0.as_deref(), Some("maybe.zz"));
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Record {
        revision: u64,
        draft: RawDraft,
    }

    /// A newer version added a field to every one of 2 000 budget lines: one more typed pass, each
    /// field kept with its own line, written back exactly.
    #[test]
    fn a_field_added_to_every_line_costs_one_more_pass_not_one_per_line() {
        let mut draft = RawDraft::default();
        for _ in 0..2000 {
            let id = draft.add_line();
            draft.line_mut(id).unwrap().amount = "120,00".into();
        }
        let original = Record { revision: 7, draft };
        let mut v = serde_json::to_value(&original).unwrap();
        for line in v["draft"]["budget"]["lines"].as_array_mut().unwrap() {
            line["colour"] = json!("#0a0");
        }
        let text = v.to_string();
        let (read, passes) = counted::<Record>(&text);
        let read = read.unwrap();
        assert_eq!(passes, 2);
        assert_eq!(read.value, original);
        assert_eq!(read.kept.len(), 2000);
        let ids = original.draft.budget.lines.iter().map(|l| l.id);
        assert!(read
            .kept
            .iter()
            .zip(ids)
            .all(|(k, id)| k.path() == format!("draft.budget.lines[id={id}].colour")));
        assert_eq!(write_keeping(&read.value, &read.kept).unwrap(), text);
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Groups {
        groups: Vec<Group>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Group {
        items: Vec<Inner>,
    }

    /// The same unknown field in lists inside lists: one pass for each (place, name), every element
    /// that has it, each kept with its own place; elements that do not have it are left as they are.
    #[test]
    fn positions_are_wildcards_in_lists_inside_lists() {
        let text = r#"{"groups":[{"items":[{"a":1},{"a":2,"x":"0.1"}]},{"items":[],"y":true},
            {"items":[{"a":3,"x":[1]},{"a":4},{"a":5,"x":null}],"y":false}]}"#;
        let (read, passes) = counted::<Groups>(text);
        let read = read.unwrap();
        assert_eq!(passes, 3);
        assert_eq!(
            paths(&read.kept),
            [
                "groups[0].items[1].x",
                "groups[2].items[0].x",
                "groups[2].items[2].x",
                "groups[1].y",
                "groups[2].y"
            ]
        );
        assert_eq!(read.kept[0].parent[1], Step::Item { index: 0, id: None });
        let written: Value = serde_json::from_str(&write_keeping(&read.value, &read.kept).unwrap()).unwrap();
        assert_eq!(written, serde_json::from_str::<Value>(text).unwrap());
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields, tag = "kind")]
    enum Mark {
        Dot { x: u32 },
        Line { x: u32, y: u32 },
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Marks {
        marks: Vec<Mark>,
    }

    /// In buffered content (an internally tagged enum) a list's elements can be different variants:
    /// a field is set aside only where it was found, not from an element that knows it.
    #[test]
    fn a_field_in_buffered_content_is_set_aside_only_where_it_was_found() {
        let text = r#"{"marks":[{"kind":"Line","x":1,"y":2},{"kind":"Dot","x":3,"y":4},{"kind":"Dot","x":5,"y":6}]}"#;
        let (read, passes) = counted::<Marks>(text);
        let read = read.unwrap();
        assert_eq!(passes, 3);
        assert_eq!(
            read.value.marks,
            [Mark::Line { x: 1, y: 2 }, Mark::Dot { x: 3 }, Mark::Dot { x: 5 }]
        );
        assert_eq!(paths(&read.kept), ["marks[1].y", "marks[2].y"]);
        let written: Value = serde_json::from_str(&write_keeping(&read.value, &read.kept).unwrap()).unwrap();
        assert_eq!(written, serde_json::from_str::<Value>(text).unwrap());
    }
}
