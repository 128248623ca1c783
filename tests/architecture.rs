//! The shape of the domain (ARCHITECTURE.md, "Invariants"), kept by a test:
//! - `src/domain/` names no UI or browser crate and does no IO and reads no clock;
//! - its folders are layers, `vocabulary` → `draft` → `rules` → `initiative` → `formats` →
//!   `exchange` → `reviewer`, and no module imports one of a later layer;
//! - its modules form no cycle;
//! - the first phase (initiatives, interests, the workshop) is not reachable from the drafter's or
//!   the reviewer's app, so that neither carries it.
//!
//! The source is read as text: a `use` or a path naming another module of the domain is an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may import its own layer's modules and those of earlier ones.
const LAYERS: [&str; 8] = [
    "vocabulary",
    "draft",
    "rules",
    "initiative",
    "grant",
    "formats",
    "exchange",
    "reviewer",
];

/// Names that must not appear in the domain's code: UI and browser crates, IO, the clock, randomness.
const FORBIDDEN: [&str; 20] = [
    "leptos",
    "reactive_graph",
    "reactive_stores",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "crate::ui",
    "crate::storage",
    "crate::i18n",
    "std::fs",
    "std::io",
    "std::net",
    "std::env",
    "std::process",
    "std::thread",
    "std::time",
    "OffsetDateTime::now",
    "now_utc",
    "getrandom",
];

fn domain_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain")
}

/// Every `.rs` file under `dir`, by module path (`rules::budget`; a folder's `mod.rs` is the folder).
fn modules(dir: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let module = format!("{prefix}{name}");
                walk(&path, &format!("{module}::"), out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let module = if name == "mod" {
                    prefix.trim_end_matches("::").to_string()
                } else {
                    format!("{prefix}{name}")
                };
                out.insert(module, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, "", &mut out);
    out
}

/// The code without comments (a doc comment may speak of the browser).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The domain modules `text` (the code of `module`) names, among `known`: `crate::domain::a::b`,
/// `use crate::domain::a::{b, c}` and `super::x`. Each path is taken to the longest known module.
fn imports(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let longest = |path: &str| -> Option<String> {
        let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("::"))
            .find(|m| known.contains(m))
    };
    let text = code(text);
    let mut rest = text.as_str();
    while let Some(i) = rest.find("crate::domain::") {
        rest = &rest[i + "crate::domain::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let after = &rest[path.len()..];
        if let Some(group) = after.strip_prefix('{') {
            // `use crate::domain::rules::{finding, budget::Totals}`
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let item = item.trim().split("::").next().unwrap_or("").trim();
                if let Some(m) = longest(&format!("{path}{item}")) {
                    found.insert(m);
                }
            }
        }
        if let Some(m) = longest(&path) {
            found.insert(m);
        }
    }
    // `super::x` from `a::b::c` is `a::b::x` (ignoring `use super::*` in a test module, which is
    // the module itself).
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut rest = text.as_str();
    while let Some(i) = rest.find("super::") {
        rest = &rest[i + "super::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let path = if parent.is_empty() {
            name
        } else {
            format!("{parent}::{name}")
        };
        if let Some(m) = longest(&path) {
            found.insert(m);
        }
    }
    found.remove(module);
    found
}

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or("");
    LAYERS
        .iter()
        .position(|l| *l == top)
        .unwrap_or_else(|| panic!("src/domain/{top} is in no layer: add it to LAYERS"))
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(2) => return None,
            Some(1) => {
                let from = stack.iter().position(|n| n == node).unwrap();
                let mut cycle = stack[from..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            _ => {}
        }
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, state, stack) {
                return Some(c);
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    graph.keys().find_map(|n| visit(n, graph, &mut state, &mut Vec::new()))
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = modules(&domain_dir());
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(m, text)| (m.clone(), imports(m, text, &known)))
        .collect()
}

#[test]
fn the_domain_names_no_ui_or_browser_crate_and_does_no_io() {
    let mut offences = Vec::new();
    for (module, text) in modules(&domain_dir()) {
        let code = code(&text);
        for name in FORBIDDEN {
            if code.contains(name) {
                offences.push(format!("domain::{module} names {name}"));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

#[test]
fn no_domain_module_imports_a_later_layer() {
    let graph = graph();
    assert!(graph.len() > 20, "the domain was not found: {:?}", graph.keys());
    let mut upward = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if layer(to) > layer(from) {
                upward.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(upward.is_empty(), "imports of a later layer: {upward:#?}");
}

#[test]
fn the_domain_modules_form_no_cycle() {
    let graph = graph();
    assert_eq!(find_cycle(&graph), None);
}

/// What only the first phase's pages and `hakemus-check` use: the drafter's and the reviewer's apps
/// name none of it, so that their bundles do not carry it. The first phase's pages are a bundle of
/// their own: their modules (`src/ui/initiative/`, and their storage, `src/storage/initiative*`) may.
/// So may the files app's own entry (`src/ui/files_app.rs`, which neither of the two others
/// mounts) and its drafts page (`src/ui/drafts.rs`, which only that entry names): the drafts page
/// opens a candidate project or an initiative as a new application draft (`ui::initiative::open`),
/// and the entry installs the first phase's words (`WITH_INITIATIVE_TABLES`) for it.
const FIRST_PHASE: [&str; 8] = [
    "domain::initiative",
    "formats::initiative",
    "i18n::initiative",
    "ui::initiative",
    "storage::initiative",
    "initiative_phase",
    "PhaseCitation",
    "INITIATIVE_TABLES",
];

/// What only the grant's own pages (after the decision) and `hakemus-check` use: no other app names
/// any of it, so that their bundles do not carry it. The grant's pages are a bundle of their own
/// (`src/ui/grant/`, and their storage, `src/storage/grant*`).
const AFTER_THE_GRANT: [&str; 6] = [
    "domain::grant",
    "formats::grant",
    "exchange::ledger",
    "i18n::grant",
    "ui::grant",
    "storage::grant",
];

/// Every `.rs` file under `dir`, with its path.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files app's own entry, which may install the first phase's words, and its drafts page, which
/// opens the phase's files (see [`FIRST_PHASE`]).
const FILES_APP: &str = "src/ui/files_app.rs";
const DRAFTS_PAGE: &str = "src/ui/drafts.rs";

#[test]
fn no_other_app_names_anything_of_the_grant_s_life() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![
        root.join("src/main.rs"),
        root.join("src/bin/hakemus-reviewer.rs"),
        root.join("src/bin/hakemus-files.rs"),
        root.join("src/bin/hakemus-initiatives.rs"),
        // The backup reads a granted project as plain JSON, so that the drafts page that restores it
        // carries none of the grant's code.
        root.join("src/domain/formats/backup.rs"),
    ];
    for dir in ["src/ui", "src/storage"] {
        files(&root.join(dir), &mut sources);
    }
    // The ministry's follow-up reads the grantee's report files with their own readers and says
    // their refusals in their words: it is an app after the grant too.
    let own = |p: &Path| {
        let p = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        p.starts_with("src/ui/grant/") || p.starts_with("src/storage/grant") || p.starts_with("src/ui/follow_up/")
    };
    let mut offences = Vec::new();
    for path in sources.iter().filter(|p| !own(p)) {
        let text = code(&std::fs::read_to_string(path).unwrap());
        for name in AFTER_THE_GRANT {
            if text.contains(name) {
                offences.push(format!("{} names {name}", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(sources.len() > 20, "the apps' sources were not found");
    assert!(offences.is_empty(), "{offences:#?}");
}

/// What only the ministry's follow-up app (`src/ui/follow_up/`, its storage `src/storage/follow_up.rs`
/// and `src/storage/completion_draft.rs`) and `hakemus-check` use: no other app names any of it, so
/// that their bundles do not carry it.
const FOLLOW_UP: [&str; 6] = [
    "formats::follow_up",
    "reviewer::follow_up",
    "i18n::follow_up",
    "ui::follow_up",
    "storage::follow_up",
    "FOLLOW_UP_TABLES",
];

#[test]
fn no_other_app_names_anything_of_the_ministry_s_follow_up() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![
        root.join("src/main.rs"),
        root.join("src/bin/hakemus-reviewer.rs"),
        root.join("src/bin/hakemus-files.rs"),
        root.join("src/bin/hakemus-initiatives.rs"),
        root.join("src/bin/hakemus-grant.rs"),
    ];
    for dir in ["src/ui", "src/storage"] {
        files(&root.join(dir), &mut sources);
    }
    let own = |p: &Path| {
        let p = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        p.starts_with("src/ui/follow_up/") || p == "src/storage/follow_up.rs" || p == "src/storage/completion_draft.rs"
    };
    let mut offences = Vec::new();
    for path in sources.iter().filter(|p| !own(p)) {
        let text = code(&std::fs::read_to_string(path).unwrap());
        for name in FOLLOW_UP {
            if text.contains(name) {
                offences.push(format!("{} names {name}", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(sources.len() > 20, "the apps' sources were not found");
    assert!(offences.is_empty(), "{offences:#?}");
}

#[test]
fn the_drafter_and_the_reviewer_name_nothing_of_the_first_phase() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![root.join("src/main.rs"), root.join("src/bin/hakemus-reviewer.rs")];
    for dir in ["src/ui", "src/storage"] {
        files(&root.join(dir), &mut sources);
    }
    let own = |p: &Path| {
        let p = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        p.starts_with("src/ui/initiative/")
            || p.starts_with("src/storage/initiative")
            || p == FILES_APP
            || p == DRAFTS_PAGE
    };
    let mut offences = Vec::new();
    for path in sources.iter().filter(|p| !own(p)) {
        let text = code(&std::fs::read_to_string(path).unwrap());
        for name in FIRST_PHASE {
            if text.contains(name) {
                offences.push(format!("{} names {name}", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(sources.len() > 20, "the apps' sources were not found");
    assert!(offences.is_empty(), "{offences:#?}");
    // The allowance is for the files app alone: neither the drafter's nor the reviewer's entry
    // reaches its module.
    for entry in [
        "src/main.rs",
        "src/ui/mod.rs",
        "src/bin/hakemus-reviewer.rs",
        "src/ui/reviewer/mod.rs",
    ] {
        let text = code(&std::fs::read_to_string(root.join(entry)).unwrap());
        assert!(!text.contains("files_app::"), "{entry} names the files app");
    }
    // ... and only the files app's entry reaches its drafts page.
    for path in sources
        .iter()
        .filter(|p| !p.ends_with("files_app.rs") && !p.ends_with("drafts.rs"))
    {
        let text = code(&std::fs::read_to_string(path).unwrap());
        assert!(
            !text.contains("drafts::"),
            "{} names the drafts page",
            path.strip_prefix(root).unwrap().display()
        );
    }
}

#[test]
fn every_folder_of_the_domain_is_a_layer() {
    for entry in std::fs::read_dir(domain_dir()).unwrap() {
        let name = entry.unwrap().path().file_stem().unwrap().to_string_lossy().to_string();
        if name != "mod" {
            layer(&name);
        }
    }
}

// The checks themselves, on made-up sources, so that they can be seen to fail.

fn known(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn imports_are_read_from_paths_groups_and_super() {
    let k = known(&[
        "vocabulary::money",
        "vocabulary::call",
        "rules::finding",
        "rules::budget",
        "draft",
    ]);
    let text = "use crate::domain::vocabulary::money::Money;\n\
                use crate::domain::rules::{finding::{Finding}, budget};\n\
                // use crate::domain::draft::RawDraft; (a comment)\n\
                fn f() { super::finding::Finding::error(); }";
    assert_eq!(
        imports("rules::budget", text, &k),
        known(&["vocabulary::money", "rules::finding"])
    );
    let call = "pub criteria: Vec<crate::domain::vocabulary::call::CallProfile>,";
    assert_eq!(imports("draft", call, &k), known(&["vocabulary::call"]));
}

#[test]
fn a_cycle_is_found_and_named() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.insert("a".into(), known(&["b"]));
    g.insert("b".into(), known(&["c"]));
    g.insert("c".into(), known(&[]));
    assert_eq!(find_cycle(&g), None);
    g.insert("c".into(), known(&["a"]));
    assert_eq!(
        find_cycle(&g),
        Some(vec!["a".to_string(), "b".into(), "c".into(), "a".into()])
    );
}

#[test]
fn layers_order_the_folders() {
    assert!(layer("vocabulary::call") < layer("draft"));
    assert!(layer("draft") < layer("rules::budget"));
    assert!(layer("rules::finding") < layer("initiative::rules"));
    assert!(layer("initiative::workshop") < layer("formats::initiative"));
    assert!(layer("rules::budget") < layer("grant::model"));
    assert!(layer("grant::model") < layer("formats::application"));
    assert!(layer("rules::analysis") < layer("formats::reader"));
    assert!(layer("formats::review") < layer("reviewer::assessment"));
}
