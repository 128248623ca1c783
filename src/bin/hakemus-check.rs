//! `hakemus-check`: checks exported application files with the app's own rules, for the receiving
//! end. Prints each file's findings; exits with status 1 when any file is refused or has errors,
//! 2 on wrong usage.
//!
//!     cargo run --release --bin hakemus-check -- [--lang fi|sv|en] FILE...

use hakemus::domain::formats::application::import;
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::i18n::{self, T};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut lang = Lang::Fi;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::from_tag) {
                Some(l) => lang = l,
                None => return usage(),
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage();
    }
    let mut failed = false;
    for file in &files {
        failed |= !check(file, lang);
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

const USAGE: &str = "usage: hakemus-check [--lang fi|sv|en] FILE...\n\
Checks exported Hakemus application files with the app's rules. Exit status 0 when every file\n\
is readable and has no errors, 1 otherwise.\n";

fn usage() -> ExitCode {
    eprint!("{USAGE}");
    ExitCode::from(2)
}

/// Prints the file's findings; `true` when it is readable and has no errors.
fn check(file: &str, lang: Lang) -> bool {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            println!("{file}: {}: {e}", T::SeverityError.get(lang));
            return false;
        }
    };
    let imported = match import(&bytes, lang) {
        Ok(i) => i,
        Err(e) => {
            println!(
                "{file}: {}: {}",
                T::SeverityError.get(lang),
                i18n::import_error(lang, &e)
            );
            return false;
        }
    };
    for note in &imported.notes {
        println!(
            "{file}: {}: {}",
            T::SeverityWarning.get(lang),
            i18n::import_note(lang, note)
        );
    }
    let analysis = analyse(&imported.draft);
    for f in &analysis.findings {
        let severity = match f.severity {
            Severity::Error => T::SeverityError,
            Severity::Warning => T::SeverityWarning,
        }
        .get(lang);
        let place = f.path.json_path(&imported.draft);
        let source = f
            .citation
            .map(|c| format!(" [{}]", i18n::citation(lang, c)))
            .unwrap_or_default();
        println!(
            "{file}: {severity} {}: {place}: {}{source}",
            f.rule.as_str(),
            i18n::message(lang, &f.message)
        );
    }
    let errors = analysis.errors().count();
    let warnings = analysis.warnings().count() + imported.notes.len();
    println!("{file}: {}", i18n::check_counts(lang, errors, warnings));
    errors == 0
}
