//! The code's layering: no module of `src/engine/` or `src/web/` depends on one that depends
//! back on it, and no file holds more than [`MAX_CODE_LINES`] lines of code (its tests aside).
//!
//! A module's dependencies are the sibling modules its code names (`super::x`,
//! `crate::engine::x`, `crate::web::x`), comments left out; a directory module (`statements/`)
//! counts as one, with the files inside it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The most lines of code (before the file's `#[cfg(test)]`) a file may hold.
const MAX_CODE_LINES: usize = 520;

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("the source folder can be read") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file before its tests, without comment lines.
fn code(text: &str) -> String {
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or("");
    before_tests
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifiers that follow `prefix` in `code` (`super::cards::render` → `cards`).
fn named_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        // Only a path's start counts: not the `super::` after `super::`, nor `x::super::`.
        let before = &code[..at];
        if before.ends_with("::") || before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let name: String = code[at + prefix.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !matches!(name.as_str(), "super" | "self" | "crate") {
            out.insert(name);
        }
    }
    out
}

/// The modules of `root` (`src/engine`, `src/web`) and the sibling modules each depends on.
fn module_graph(root: &Path, crate_path: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(root) {
        let rel = file.strip_prefix(root).expect("a file under the root");
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let top = parts[0].trim_end_matches(".rs").to_string();
        if top == "mod" {
            continue;
        }
        let text = fs::read_to_string(&file).expect("a source file can be read");
        let code = code(&text);
        // How deep the file is below `root`: `super::` from `statements/score.rs` is
        // `statements`, so the siblings of `statements` are `super::super::`.
        let depth = parts.len() - 1 - usize::from(parts.last().is_some_and(|p| p == "mod.rs"));
        let sibling_prefix = "super::".repeat(depth + 1);
        let mut deps = named_after(&code, &format!("{crate_path}::"));
        deps.extend(named_after(&code, &sibling_prefix));
        graph.entry(top.clone()).or_default().extend(deps);
    }
    let names: BTreeSet<String> = graph.keys().cloned().collect();
    for (name, deps) in graph.iter_mut() {
        deps.retain(|d| names.contains(d) && d != name);
    }
    graph
}

/// A cycle in `graph`, if there is one (as the modules along it).
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        marks.insert(node.to_string(), Mark::Open);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match marks.get(next).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let from = path.iter().position(|p| p == next).unwrap_or(0);
                    let mut cycle = path[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(cycle) = visit(next, graph, marks, path) {
                        return Some(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for node in graph.keys() {
        if marks.get(node).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(cycle) = visit(node, graph, &mut marks, &mut Vec::new()) {
                return Some(cycle);
            }
        }
    }
    None
}

fn source(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir)
}

#[test]
fn the_checker_finds_a_cycle_and_passes_a_chain() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    assert_eq!(
        find_cycle(&graph(&[("app", "cards"), ("cards", "state")])),
        None
    );
    assert_eq!(
        find_cycle(&graph(&[("app", "cards"), ("cards", "app")])),
        Some(vec!["app".into(), "cards".into(), "app".into()])
    );
    let code =
        "use super::cards::{self, Card};\nlet x = super::super::key::Key;\n// super::app::update\n";
    assert_eq!(
        named_after(&self::code(code), "super::"),
        BTreeSet::from(["cards".to_string()])
    );
}

#[test]
fn no_engine_module_depends_on_one_that_depends_back() {
    let graph = module_graph(&source("engine"), "crate::engine");
    assert!(graph.len() > 20, "the engine's modules are found");
    assert_eq!(find_cycle(&graph), None, "a dependency cycle in src/engine");
}

#[test]
fn no_web_module_depends_on_one_that_depends_back() {
    let graph = module_graph(&source("web"), "crate::web");
    assert!(graph.len() > 15, "the web modules are found");
    assert_eq!(find_cycle(&graph), None, "a dependency cycle in src/web");
}

#[test]
fn no_file_holds_more_than_the_most_lines_of_code() {
    let mut long = Vec::new();
    for file in rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        let text = fs::read_to_string(&file).expect("a source file can be read");
        let lines = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .count();
        if lines > MAX_CODE_LINES {
            long.push(format!("{} ({lines} lines)", file.display()));
        }
    }
    assert!(
        long.is_empty(),
        "files over {MAX_CODE_LINES} lines of code: {long:?}"
    );
}
