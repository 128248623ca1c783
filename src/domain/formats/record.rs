//! Stored records read leniently: a field this version does not know is kept aside, with its place,
//! instead of making the whole record unreadable, and written back where it was. So going back to an
//! older version of the app still opens every draft a newer one saved, and saving it again loses
//! nothing the newer version wrote. Only what cannot be understood is refused: bad syntax, a
//! repeated key, a known field of the wrong type or with a value it cannot take.
//!
//! Reading takes one typed pass over the text; only a record with unknown fields is read again, as a
//! JSON value, with a pass that knows each struct's fields (the ones serde asks for) and sets the
//! others aside (a newer version that added a field to each of 2 000 budget lines costs one more
//! reading, not 2 000). Unknown fields that pass cannot see, inside an enum's content, are set aside
//! one at a time from serde's own "unknown field" error, at most [`MAX_UNKNOWN`] of them; one it
//! cannot place (deeper inside content serde buffered, as for an untagged enum) is refused.

use super::reader::{self, ImportError, Problem};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::fmt::Write as _;

/// How many unknown fields serde's errors may name, one reading each, before the record is refused.
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
/// writes one; the typed pass refuses a repeated field, and a record read again as a JSON value
/// refuses any, where a JSON reader would keep the last), a top level that is not what `T` is, a
/// known field of the wrong type or value.
pub fn read_lenient<T: DeserializeOwned>(text: &str) -> Result<Lenient<T>, ImportError> {
    // The common case, nothing unknown: one typed pass, as the strict reader's shape.
    match reader::from_json::<T>(text) {
        Ok(value) => {
            return Ok(Lenient {
                value,
                kept: Vec::new(),
            })
        }
        Err((_, e)) if is_unknown_field(&e) => {}
        Err((_, e)) if e.is_syntax() || e.is_eof() => return Err(reader::syntax_error(&e)),
        Err(e) => return Err(reader::shape_error(e)),
    }
    // Something unknown: the whole text checked (syntax, depth, repeated keys), then read as a value.
    reader::scan(text)?;
    let mut json: Value = serde_json::from_str(text).map_err(|e| reader::syntax_error(&e))?;
    let mut removed = Vec::new();
    loop {
        let kept = RefCell::new(Vec::new());
        let lens = Lens {
            value: &json,
            at: None,
            kept: &kept,
        };
        let err = match serde_path_to_error::deserialize::<_, T>(lens) {
            Ok(value) => {
                removed.extend(kept.into_inner());
                return Ok(Lenient { value, kept: removed });
            }
            Err(err) => err,
        };
        let path = err.path().to_string();
        let path = (path != ".").then_some(path);
        if !is_unknown_field(err.inner()) {
            return Err(reader::shape_error((path, err.into_inner())));
        }
        // An unknown field the lens could not see: set it aside from the error, and read again.
        let unknown = ImportError {
            path,
            problem: Problem::UnknownField,
        };
        if removed.len() >= MAX_UNKNOWN {
            return Err(unknown);
        }
        let segments: Vec<_> = err.path().iter().cloned().collect();
        let found = locate(&json, &segments, &err.into_inner().to_string()).ok_or_else(|| unknown.clone())?;
        let value = object_at_mut(&mut json, &found.0)
            .and_then(|object| object.remove(&found.1))
            .ok_or(unknown)?;
        removed.push(Kept {
            parent: found.0,
            key: found.1,
            value,
        });
    }
}

/// Writes `value` as compact JSON with the kept fields put back where they were: each into the
/// object it was read from, found again by the path's keys and, in a list, by the element's id (by
/// position for elements without one, or in a list whose elements the model writes without ids).
/// A field the model now writes itself keeps the model's value. A kept field whose object no longer
/// exists (its budget line was removed, its list shortened) goes with it.
pub fn write_keeping<T: Serialize>(value: &T, kept: &[Kept]) -> Result<String, serde_json::Error> {
    if kept.is_empty() {
        return serde_json::to_string(value);
    }
    let mut json = serde_json::to_value(value)?;
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

/// The field `(parent, key)` serde's error names, in `json` as it is now. The error's path ends at
/// the field itself; inside content serde buffered first (an internally tagged enum) it ends at that
/// content, and the field is the one the message names.
fn locate(json: &Value, segments: &[serde_path_to_error::Segment], message: &str) -> Option<(Vec<Step>, String)> {
    use serde_path_to_error::Segment;
    let mut steps = Vec::new();
    let mut at = json;
    for segment in segments {
        let (step, next) = match (segment, at) {
            (Segment::Map { key } | Segment::Enum { variant: key }, Value::Object(object)) => {
                (Step::Key(key.clone()), object.get(key)?)
            }
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
        Some(Step::Key(key)) if key == named => Some((steps, key)),
        last => {
            steps.extend(last);
            at.as_object()?.contains_key(named).then(|| (steps, named.to_string()))
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

/// Where the lens is: each step borrowed from the value read, linked to the one before.
struct Trail<'de, 'p> {
    parent: Option<&'p Trail<'de, 'p>>,
    step: StepRef<'de>,
}

enum StepRef<'de> {
    Key(&'de str),
    Item(usize, &'de Value),
}

fn steps(mut at: Option<&Trail<'_, '_>>) -> Vec<Step> {
    let mut steps = Vec::new();
    while let Some(trail) = at {
        steps.push(match trail.step {
            StepRef::Key(key) => Step::Key(key.to_string()),
            StepRef::Item(index, item) => item_step(index, item),
        });
        at = trail.parent;
    }
    steps.reverse();
    steps
}

/// Deserializes from a JSON value as `&Value` does, except that a struct read from an object sees
/// only the fields it knows (the ones serde names to `deserialize_struct`); the others go to `kept`.
struct Lens<'de, 'p> {
    value: &'de Value,
    at: Option<&'p Trail<'de, 'p>>,
    kept: &'p RefCell<Vec<Kept>>,
}

impl<'de> Lens<'de, '_> {
    fn visit_object<V: Visitor<'de>>(
        self,
        object: &'de Map<String, Value>,
        known: Option<&'static [&'static str]>,
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        let mut fields = Fields {
            iter: object.iter(),
            pending: None,
            known,
            at: self.at,
            kept: self.kept,
        };
        let value = visitor.visit_map(&mut fields)?;
        if fields.pending.is_some() || fields.iter.len() > 0 {
            return Err(de::Error::invalid_length(object.len(), &"fewer elements in map"));
        }
        Ok(value)
    }

    fn visit_array<V: Visitor<'de>>(self, items: &'de [Value], visitor: V) -> Result<V::Value, serde_json::Error> {
        let mut elements = Items {
            iter: items.iter().enumerate(),
            at: self.at,
            kept: self.kept,
        };
        let value = visitor.visit_seq(&mut elements)?;
        if elements.iter.len() > 0 {
            return Err(de::Error::invalid_length(items.len(), &"fewer elements in array"));
        }
        Ok(value)
    }
}

/// The scalar methods, as `&Value` has them.
macro_rules! as_value {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, serde_json::Error> {
            self.value.$method(visitor)
        }
    )*};
}

/// The container methods, by what the value is.
macro_rules! as_any {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, serde_json::Error> {
            self.deserialize_any(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Lens<'de, '_> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, serde_json::Error> {
        match self.value {
            Value::Object(object) => self.visit_object(object, None, visitor),
            Value::Array(items) => self.visit_array(items, visitor),
            scalar => scalar.deserialize_any(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        match self.value {
            Value::Object(object) => self.visit_object(object, Some(fields), visitor),
            Value::Array(items) => self.visit_array(items, visitor),
            other => other.deserialize_struct(name, fields, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, serde_json::Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        visitor.visit_newtype_struct(self)
    }

    /// An enum is read as `&Value` reads it; an unknown field in its content is found by its error.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        self.value.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        self.value.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, serde_json::Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, serde_json::Error> {
        self.deserialize_any(visitor)
    }

    as_value! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_identifier deserialize_unit deserialize_ignored_any
    }
    as_any! { deserialize_bytes deserialize_byte_buf deserialize_seq deserialize_map }
}

/// An object's fields, the unknown ones (when the struct's fields are known) set aside.
struct Fields<'de, 'p> {
    iter: serde_json::map::Iter<'de>,
    pending: Option<(&'de str, &'de Value)>,
    known: Option<&'static [&'static str]>,
    at: Option<&'p Trail<'de, 'p>>,
    kept: &'p RefCell<Vec<Kept>>,
}

impl<'de> MapAccess<'de> for Fields<'de, '_> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, serde_json::Error> {
        for (key, value) in self.iter.by_ref() {
            if self.known.is_some_and(|known| !known.contains(&key.as_str())) {
                self.kept.borrow_mut().push(Kept {
                    parent: steps(self.at),
                    key: key.clone(),
                    value: value.clone(),
                });
                continue;
            }
            self.pending = Some((key, value));
            return seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, serde_json::Error> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| de::Error::custom("value is missing"))?;
        let trail = Trail {
            parent: self.at,
            step: StepRef::Key(key),
        };
        seed.deserialize(Lens {
            value,
            at: Some(&trail),
            kept: self.kept,
        })
    }
}

/// An array's elements.
struct Items<'de, 'p> {
    iter: std::iter::Enumerate<std::slice::Iter<'de, Value>>,
    at: Option<&'p Trail<'de, 'p>>,
    kept: &'p RefCell<Vec<Kept>>,
}

impl<'de> SeqAccess<'de> for Items<'de, '_> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, serde_json::Error> {
        let Some((index, value)) = self.iter.next() else {
            return Ok(None);
        };
        let trail = Trail {
            parent: self.at,
            step: StepRef::Item(index, value),
        };
        seed.deserialize(Lens {
            value,
            at: Some(&trail),
            kept: self.kept,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        a: u32,
    }

    /// Enum content is not seen by the lens: its unknown fields are found by serde's errors.
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
}
