//! The one way a name becomes part of a file name.

/// What becomes of a character that is neither a letter, a digit, a space nor a hyphen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Other {
    /// A separator (a project's name: "Kunta 2.0" is `kunta-2-0`).
    Separates,
    /// Dropped (a person's name: "O'Brien" is `obrien`; a path's slashes leave nothing behind).
    Dropped,
}

/// A name as a safe ASCII part of a file name: lower case, å/ä/ö as a/a/o (and a few other
/// accented Latin letters as their base letter), spaces and hyphens as one `-`, any other character
/// as `other` says; no `-` at either end, and at most [`SLUG_MAX`] characters.
pub fn slug(name: &str, other: Other) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'a'..='z' | '0'..='9' => c,
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'š' => 's',
            'ž' => 'z',
            c if c.is_whitespace() || c == '-' => '-',
            _ if other == Other::Separates => '-',
            _ => continue,
        };
        if c != '-' || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push(c);
        }
    }
    slug.truncate(SLUG_MAX); // ASCII: a character is a byte
    let trimmed = slug.trim_end_matches('-').len();
    slug.truncate(trimmed);
    slug
}

/// A person's name as part of a file name (the review file's): [`slug`], other characters dropped.
pub fn name_slug(name: &str) -> String {
    slug(name, Other::Dropped)
}

/// The longest name slug in a file name.
pub const SLUG_MAX: usize = 60;
