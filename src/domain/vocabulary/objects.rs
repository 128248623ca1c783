//! How our JSON is read: a struct only from an object. serde's derived reader of a struct also reads
//! it from a list (`visit_seq`), and serde_json takes that path at a `[`, so every struct's reader
//! was compiled twice into the wasm, once for a form no file or record of ours ever has. Reading
//! through [`Objects`] asks the JSON reader for an object wherever a struct is expected, so a
//! struct's list path is never compiled, and a struct written as a list is refused as the wrong
//! type ("invalid type: sequence, expected struct …"), at its place.
//!
//! [`Objects`] holds no state: it only forwards, wrapping whatever reads a nested value (a list's
//! elements, a map's values, an option's content, an enum's variant) so that it goes through it too.
//! Every file format, stored record and data file of ours is read with [`from_str`].

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::fmt;

/// Reads `T` from JSON text, a struct only from an object; as `serde_json::from_str` otherwise
/// (the same errors at the same positions, nothing but whitespace after the value).
pub fn from_str<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Objects(&mut de))?;
    de.end()?;
    Ok(value)
}

/// A JSON deserializer (or one of its parts: a visitor, a seed, a list's, map's or enum's access)
/// that reads a struct only from an object. Zero state: each method forwards.
pub struct Objects<T>(pub T);

/// A struct's visitor, given only an object: its list path is not called, so not compiled.
struct Structs<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Structs<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Objects(map))
    }
}

/// Methods whose visitor is given no deserializer or access: passed on as they are.
macro_rules! forward {
    ($($method:ident)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(visitor)
        }
    )*};
}

/// Methods whose visitor can be given a nested value's deserializer or access: wrapped.
macro_rules! wrap {
    ($($method:ident)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Objects(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    forward! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_unit deserialize_identifier deserialize_ignored_any
    }
    wrap! {
        deserialize_any deserialize_bytes deserialize_byte_buf deserialize_option deserialize_seq
        deserialize_map
    }

    #[inline]
    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }
    #[inline]
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Objects(visitor))
    }
    #[inline]
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Objects(visitor))
    }
    #[inline]
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Objects(visitor))
    }
    /// The point of it all: a struct is read as a map (serde_json answers anything but `{` with
    /// "invalid type", naming what the struct's visitor expects).
    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(Structs(visitor))
    }
    #[inline]
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Objects(visitor))
    }
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// `visit_*` methods given a plain value: passed on.
macro_rules! visit {
    ($($method:ident: $ty:ty)*) => {$(
        #[inline]
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

/// `visit_*` methods given a nested value's deserializer or access: wrapped.
macro_rules! visit_wrapped {
    ($($method:ident<$inner:ident: $bound:ident>)*) => {$(
        #[inline]
        fn $method<$inner: $bound<'de>>(self, inner: $inner) -> Result<V::Value, $inner::Error> {
            self.0.$method(Objects(inner))
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Objects<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64 visit_i128: i128
        visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64 visit_u128: u128
        visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str visit_borrowed_str: &'de str
        visit_string: String visit_bytes: &[u8] visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }
    #[inline]
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    #[inline]
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }
    visit_wrapped! {
        visit_some<D: Deserializer> visit_newtype_struct<D: Deserializer>
        visit_seq<A: SeqAccess> visit_map<A: MapAccess> visit_enum<A: EnumAccess>
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Objects<S> {
    type Value = S::Value;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Objects<A> {
    type Error = A::Error;
    #[inline]
    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Objects(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Objects<A> {
    type Error = A::Error;
    /// A key is a string in JSON: read as it is.
    #[inline]
    fn next_key_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }
    #[inline]
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Objects(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Objects<A> {
    type Error = A::Error;
    type Variant = Objects<A::Variant>;
    /// The variant's name is read as it is; its content through [`Objects`].
    #[inline]
    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(seed)
            .map(|(value, variant)| (value, Objects(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Objects<A> {
    type Error = A::Error;
    #[inline]
    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }
    #[inline]
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Objects(seed))
    }
    #[inline]
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Objects(visitor))
    }
    /// A struct variant, like a struct, only from an object.
    #[inline]
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Structs(visitor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Point {
        x: u32,
        y: u32,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Named(String);

    #[derive(Debug, PartialEq, Deserialize)]
    enum Shape {
        Dot(Point),
        Box { corner: Point, side: u32 },
        Pair(u32, u32),
        Empty,
    }

    /// Every kind of place a struct can be in.
    #[derive(Debug, PartialEq, Deserialize)]
    struct All {
        point: Point,
        maybe: Option<Point>,
        points: Vec<Point>,
        by_name: BTreeMap<String, Point>,
        shapes: Vec<Shape>,
        pair: (u32, Point),
        name: Named,
    }

    const ALL: &str = r#"{"point":{"x":1,"y":2},"maybe":{"x":3,"y":4},"points":[{"x":5,"y":6}],
        "by_name":{"a":{"x":7,"y":8}},"shapes":[{"Dot":{"x":9,"y":10}},{"Box":{"corner":{"x":11,"y":12},"side":3}},
        {"Pair":[13,14]},"Empty"],"pair":[15,{"x":16,"y":17}],"name":"n"}"#;

    #[test]
    fn reads_what_serde_json_reads_when_structs_are_objects() {
        let read: All = from_str(ALL).unwrap();
        assert_eq!(read, serde_json::from_str::<All>(ALL).unwrap());
        assert_eq!(
            read.shapes[1],
            Shape::Box {
                corner: Point { x: 11, y: 12 },
                side: 3
            }
        );
        assert_eq!(read.pair.1, Point { x: 16, y: 17 });
    }

    /// A struct written as a list, at each kind of place: serde_json alone reads it; we refuse it,
    /// saying what was found and what was expected, where it is.
    #[test]
    fn a_struct_written_as_a_list_is_refused_at_any_depth() {
        let cases = [
            (r#""point":{"x":1,"y":2}"#, r#""point":[1,2]"#, "struct Point", 1),
            (r#""maybe":{"x":3,"y":4}"#, r#""maybe":[3,4]"#, "struct Point", 1),
            (r#""points":[{"x":5,"y":6}]"#, r#""points":[[5,6]]"#, "struct Point", 1),
            (
                r#""by_name":{"a":{"x":7,"y":8}}"#,
                r#""by_name":{"a":[7,8]}"#,
                "struct Point",
                2,
            ),
            (r#"{"Dot":{"x":9,"y":10}}"#, r#"{"Dot":[9,10]}"#, "struct Point", 2),
            (
                r#"{"corner":{"x":11,"y":12},"side":3}"#,
                r#"[{"x":11,"y":12},3]"#,
                "struct variant Shape::Box",
                2,
            ),
            (
                r#"{"corner":{"x":11,"y":12}"#,
                r#"{"corner":[11,12]"#,
                "struct Point",
                2,
            ),
            (r#"[15,{"x":16,"y":17}]"#, r#"[15,[16,17]]"#, "struct Point", 3),
        ];
        for (object, list, expected, line) in cases {
            let text = ALL.replacen(object, list, 1);
            assert_ne!(text, ALL, "{list}");
            assert!(serde_json::from_str::<All>(&text).is_ok(), "{list}");
            let e = from_str::<All>(&text).unwrap_err();
            assert!(e.is_data(), "{list}: {e}");
            assert!(
                e.to_string()
                    .starts_with(&format!("invalid type: sequence, expected {expected} at line {line}")),
                "{list}: {e}"
            );
        }
        // The whole text too.
        let e = from_str::<Point>("[1, 2]").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid type: sequence, expected struct Point at line 1 "),
            "{e}"
        );
    }

    /// Anything else is refused with serde_json's own words and position.
    #[test]
    fn other_errors_are_serde_jsons_own() {
        for text in [
            r#"{"x":1}"#,
            r#"{"x":1,"y":"2"}"#,
            r#"{"x":1,"x":2}"#,
            r#"{"x":1,"y":2} x"#,
            r#"{"x":1,"y":"#,
            r#"7"#,
            r#"null"#,
            "",
        ] {
            let ours = from_str::<Point>(text).unwrap_err();
            let theirs = serde_json::from_str::<Point>(text).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
            assert_eq!(ours.classify(), theirs.classify(), "{text}");
        }
        for text in [
            r#"{"Box":{"corner":{"x":1,"y":2}}}"#,
            r#""Box""#,
            r#"{"Pair":[1]}"#,
            r#"{"Nope":1}"#,
        ] {
            let ours = from_str::<Shape>(text).unwrap_err();
            let theirs = serde_json::from_str::<Shape>(text).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
        }
    }
}
