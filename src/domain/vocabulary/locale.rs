//! The user's language, as far as the pure core needs it: formatting money and dates.

use serde::{Deserialize, Serialize};

/// A user-interface language. Finnish is the default (the programme's own language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// BCP 47 code, as used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 tag such as `sv-FI` or `en`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Lang::from_tag("sv-FI"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fi"), Some(Lang::Fi));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
