//! No two files of `src` import each other in a loop, directly or through other files.
//!
//! A loop means neither file can be read, tested or moved alone, and it usually means a type
//! lives away from the concept it belongs to. The graph has one node per file; an edge is a
//! `use` (or a path written out in code, such as `crate::ui::format::utc_date(`) that names
//! something in another file. A `mod x;` declaration is not an import: a parent declaring its
//! children is how the tree is built. A path resolves to the deepest module of it that exists,
//! without following re-exports, so `crate::model::planner::Analysis` is an edge to
//! `src/model/planner/mod.rs` whichever child defines it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fs;
use std::path::Path;

/// A module's path from its crate root, the root first: `["crate", "ui", "app"]`.
type ModulePath = Vec<String>;

/// The library's root module; the package's own name (`tell_once::…`, as `src/main.rs` writes it) leads there too.
const LIB_ROOT: &str = "crate";

fn library_name() -> String {
    env!("CARGO_PKG_NAME").replace('-', "_")
}

/// One file of `src`: its path from the package root and its text.
struct SourceFile {
    path: String,
    text: String,
}

/// What a file names in another module, before it is resolved to a file.
#[derive(Clone, Debug)]
struct Reference {
    /// The path as written, `use` groups flattened: `["super", "labels", "kind_label"]`.
    segments: Vec<String>,
    /// The name a `use` brings into scope (its last segment, or what follows `as`).
    name: Option<String>,
    line: usize,
    in_use: bool,
    /// The module the reference is written in: the file's module, or an inline module of it.
    scope: ModulePath,
}

impl Reference {
    fn shown(&self) -> String {
        let path = self.segments.join("::");
        if self.in_use {
            format!("use {path}")
        } else {
            format!("{path} (a path in code)")
        }
    }
}

/// Why one file depends on another: the first reference, and how many there are.
#[derive(Debug)]
struct Evidence {
    file: String,
    first: Reference,
    count: usize,
}

/// Files and the imports between them, each edge with its evidence.
#[derive(Debug, Default)]
struct ImportGraph {
    files: Vec<String>,
    edges: BTreeMap<(usize, usize), Evidence>,
}

// ---------------------------------------------------------------------------------------------
// Reading the source

/// The module a file defines, or `None` for a file that is not part of a crate's module tree
/// as Rust finds it by default.
fn module_of(path: &str) -> Option<ModulePath> {
    let inner = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    if inner == "lib" {
        return Some(vec![LIB_ROOT.to_owned()]);
    }
    // A binary is a crate of its own; its `crate::` is not the library's.
    if inner == "main" || inner.starts_with("bin/") {
        return Some(vec![format!("crate({inner})")]);
    }
    let mut module = vec![LIB_ROOT.to_owned()];
    module.extend(inner.split('/').map(str::to_owned));
    if module.last().map(String::as_str) == Some("mod") {
        module.pop();
    }
    Some(module)
}

/// The code of a file with comments and string and character literals blanked out (line breaks
/// kept), so that only code is read for paths.
fn code_only(source: &str) -> String {
    let c: Vec<char> = source.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = String::with_capacity(source.len());
    // Blanks what runs from `from` to `to`, keeping line breaks so that line numbers hold.
    let blank = |out: &mut String, from: usize, to: usize| {
        out.push(' ');
        out.extend(c[from..to.min(c.len())].iter().filter(|&&ch| ch == '\n'));
    };
    let mut i = 0;
    while i < c.len() {
        let starts_token = i == 0 || !(at(i - 1).is_alphanumeric() || at(i - 1) == '_');
        if c[i] == '/' && at(i + 1) == '/' {
            let end = (i..c.len()).find(|&j| c[j] == '\n').unwrap_or(c.len());
            blank(&mut out, i, end);
            i = end;
        } else if c[i] == '/' && at(i + 1) == '*' {
            // Block comments nest in Rust.
            let (mut j, mut depth) = (i + 2, 1);
            while j < c.len() && depth > 0 {
                if c[j] == '/' && at(j + 1) == '*' {
                    depth += 1;
                    j += 2;
                } else if c[j] == '*' && at(j + 1) == '/' {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if let Some(end) = starts_token.then(|| raw_string_end(&c, i)).flatten() {
            blank(&mut out, i, end);
            i = end;
        } else if c[i] == '"' || (starts_token && matches!(c[i], 'b' | 'c') && at(i + 1) == '"') {
            let mut j = if c[i] == '"' { i + 1 } else { i + 2 };
            while j < c.len() && c[j] != '"' {
                j += if c[j] == '\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if c[i] == '\'' && at(i + 1) == '\\' {
            // An escaped character: '\n', '\'', '\u{1F600}'.
            let end = (i + 3..c.len()).find(|&j| c[j] == '\'').unwrap_or(c.len());
            blank(&mut out, i, end + 1);
            i = end + 1;
        } else if c[i] == '\'' && at(i + 2) == '\'' {
            blank(&mut out, i, i + 3);
            i += 3;
        } else {
            // Anything else, a lifetime's quote included, is code.
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Where a raw string starting at `i` (`r"…"`, `r#"…"#`, `br#"…"#`) ends, if one does.
fn raw_string_end(c: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if matches!(c.get(j), Some('b' | 'c')) {
        j += 1;
    }
    if c.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = c[j..].iter().take_while(|&&ch| ch == '#').count();
    j += hashes;
    if c.get(j) != Some(&'"') {
        return None; // a raw identifier such as r#type, or a plain name
    }
    j += 1;
    while j < c.len() {
        if c[j] == '"'
            && c[j + 1..]
                .iter()
                .take(hashes)
                .filter(|&&ch| ch == '#')
                .count()
                == hashes
        {
            return Some(j + 1 + hashes);
        }
        j += 1;
    }
    Some(c.len())
}

#[derive(Clone, Debug, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

/// Names, `::`, and single punctuation characters, each with its line (from 1).
fn tokens(code: &str) -> Vec<Token> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphanumeric() || ch == '_' {
            let end = (i..c.len())
                .find(|&j| !(c[j].is_alphanumeric() || c[j] == '_'))
                .unwrap_or(c.len());
            out.push(Token {
                text: c[i..end].iter().collect(),
                line,
            });
            i = end;
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            out.push(Token {
                text: ch.to_string(),
                line,
            });
            i += 1;
        }
    }
    out
}

fn is_name(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|ch| ch.is_alphabetic() || ch == '_')
}

/// One path of a `use`, flattened: its segments, its line, and the name it brings in.
type UsePath = (Vec<String>, usize, Option<String>);

/// Flattens one `use` tree into its paths (`a::{b, c::{self, d}}` gives `a::b`, `a::c`, `a::c::d`).
/// Returns the index just past the tree.
fn use_tree(tokens: &[Token], mut i: usize, prefix: &[String], paths: &mut Vec<UsePath>) -> usize {
    let mut path = prefix.to_vec();
    while let Some(token) = tokens.get(i) {
        match token.text.as_str() {
            "{" => {
                i += 1;
                while tokens
                    .get(i)
                    .is_some_and(|t| t.text != "}" && t.text != ";")
                {
                    i = use_tree(tokens, i, &path, paths);
                    if tokens.get(i).is_some_and(|t| t.text == ",") {
                        i += 1;
                    }
                }
                return i + 1;
            }
            "*" => {
                path.push("*".into());
                paths.push((path, token.line, None));
                return i + 1;
            }
            // A leading `::` names an external crate.
            "::" if path.is_empty() => {
                path.push("::".into());
                i += 1;
            }
            text if is_name(text) => {
                // `self` in a group is the group's own module.
                if text != "self" || path.is_empty() {
                    path.push(text.to_owned());
                }
                let (line, name) = (token.line, path.last().cloned());
                i += 1;
                match tokens.get(i).map(|t| t.text.as_str()) {
                    Some("::") => i += 1,
                    Some("as") => {
                        let renamed = tokens.get(i + 1).map(|t| t.text.clone());
                        paths.push((path, line, renamed.filter(|n| n != "_")));
                        return i + 2;
                    }
                    _ => {
                        paths.push((path, line, name));
                        return i;
                    }
                }
            }
            // Not a use tree Rust would accept (a macro's `$crate`, say): stop reading it.
            _ => return i,
        }
    }
    i
}

/// Every path a file's code names: each `use`, flattened, and each path written out in code,
/// each with the (possibly inline) module it is written in. `mod x;` declarations are skipped.
fn references(file_module: &ModulePath, source: &str) -> (Vec<Reference>, Vec<ModulePath>) {
    let tokens = tokens(&code_only(source));
    let mut found = Vec::new();
    let mut inline_modules = Vec::new();
    // Inline modules open around the current token: their name and the depth inside their braces.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let scope = |open: &[(String, usize)]| {
        let mut module = file_module.clone();
        module.extend(open.iter().map(|(name, _)| name.clone()));
        module
    };
    let text = |i: usize| tokens.get(i).map_or("", |t: &Token| t.text.as_str());
    let mut i = 0;
    while i < tokens.len() {
        match text(i) {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if open.last().is_some_and(|&(_, d)| d > depth) {
                    open.pop();
                }
            }
            "mod" if is_name(text(i + 1)) && text(i + 2) == "{" => {
                open.push((text(i + 1).to_owned(), depth + 1));
                inline_modules.push(scope(&open));
            }
            "use" => {
                let mut paths = Vec::new();
                let end = use_tree(&tokens, i + 1, &[], &mut paths);
                let here = scope(&open);
                found.extend(paths.into_iter().map(|(segments, line, name)| Reference {
                    segments,
                    name,
                    line,
                    in_use: true,
                    scope: here.clone(),
                }));
                // Past the `;`, so the use's own names are not read again as paths in code.
                i = (end..tokens.len())
                    .find(|&j| text(j) == ";")
                    .unwrap_or(tokens.len());
                continue;
            }
            name if is_name(name)
                && text(i + 1) == "::"
                && i.checked_sub(1)
                    .is_none_or(|p| !matches!(text(p), "::" | "$" | "." | "in")) =>
            {
                let line = tokens[i].line;
                let mut segments = vec![name.to_owned()];
                let mut j = i + 1;
                while text(j) == "::" && is_name(text(j + 1)) {
                    segments.push(text(j + 1).to_owned());
                    j += 2;
                }
                found.push(Reference {
                    segments,
                    name: None,
                    line,
                    in_use: false,
                    scope: scope(&open),
                });
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (found, inline_modules)
}

// ---------------------------------------------------------------------------------------------
// Resolving paths to files

/// The module path a reference names, from its crate root, or `None` when it leaves the crate
/// (`std::`, `yew::`, …) or names something that is not a module path of this package (a type's
/// `Case::new`). `aliases` are the names the file's `use`s bring in, for paths in code that start
/// with one (`planner::similarity::fold_accent(` after `use crate::model::planner;`).
fn absolute(
    reference: &Reference,
    modules: &BTreeMap<ModulePath, usize>,
    aliases: &BTreeMap<String, ModulePath>,
) -> Option<ModulePath> {
    let (first, rest) = reference.segments.split_first()?;
    let scope = &reference.scope;
    let mut path: ModulePath = match first.as_str() {
        "crate" => vec![scope[0].clone()],
        "self" => scope.clone(),
        "super" => scope.clone(),
        "::" => return None,
        name if name == library_name() => vec![LIB_ROOT.to_owned()],
        name => {
            let mut child = scope.clone();
            child.push(name.to_owned());
            if modules.contains_key(&child) {
                child
            } else if let Some(target) = aliases.get(name) {
                target.clone()
            } else {
                return None;
            }
        }
    };
    let mut rest = rest.iter().peekable();
    if first == "super" {
        path.pop();
        while rest.next_if(|s| s.as_str() == "super").is_some() {
            path.pop();
        }
        if path.is_empty() {
            return None;
        }
    }
    path.extend(rest.cloned());
    Some(path)
}

/// The file that defines the deepest module of `path`.
fn file_of(path: &[String], modules: &BTreeMap<ModulePath, usize>) -> Option<usize> {
    (1..=path.len())
        .rev()
        .find_map(|n| modules.get(&path[..n]).copied())
}

/// The import graph of a set of files (paths from the package root, such as `src/ui/app.rs`).
fn import_graph(files: &[SourceFile]) -> ImportGraph {
    let mut modules: BTreeMap<ModulePath, usize> = BTreeMap::new();
    let mut read = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let Some(module) = module_of(&file.path) else {
            read.push(Vec::new());
            continue;
        };
        let (found, inline_modules) = references(&module, &file.text);
        modules.insert(module, index);
        // An inline module (`mod tests { … }`) is part of its file.
        modules.extend(inline_modules.into_iter().map(|m| (m, index)));
        read.push(found);
    }
    let mut graph = ImportGraph {
        files: files.iter().map(|f| f.path.clone()).collect(),
        ..ImportGraph::default()
    };
    for (from, found) in read.iter().enumerate() {
        // The names this file's `use`s bring in, for paths in code that start with one.
        let aliases: BTreeMap<String, ModulePath> = found
            .iter()
            .filter_map(|r| Some((r.name.clone()?, absolute(r, &modules, &BTreeMap::new())?)))
            .collect();
        for reference in found {
            let Some(to) =
                absolute(reference, &modules, &aliases).and_then(|p| file_of(&p, &modules))
            else {
                continue;
            };
            if to == from {
                continue;
            }
            graph
                .edges
                .entry((from, to))
                .and_modify(|e| e.count += 1)
                .or_insert_with(|| Evidence {
                    file: files[from].path.clone(),
                    first: reference.clone(),
                    count: 1,
                });
        }
    }
    graph
}

// ---------------------------------------------------------------------------------------------
// Finding loops

/// The strongly connected components of more than one node (Tarjan), each sorted, in order of
/// their first node: every set of nodes that reach each other through edges.
fn cycles(nodes: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    struct Tarjan<'a> {
        next: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        counter: usize,
        found: Vec<Vec<usize>>,
    }
    impl Tarjan<'_> {
        fn visit(&mut self, v: usize) {
            self.index[v] = Some(self.counter);
            self.low[v] = self.counter;
            self.counter += 1;
            self.stack.push(v);
            self.on_stack[v] = true;
            for &w in &self.next[v] {
                match self.index[w] {
                    None => {
                        self.visit(w);
                        self.low[v] = self.low[v].min(self.low[w]);
                    }
                    Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                    Some(_) => {}
                }
            }
            if Some(self.low[v]) == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort_unstable();
                    self.found.push(component);
                }
            }
        }
    }
    let mut next = vec![Vec::new(); nodes];
    for &(from, to) in edges {
        next[from].push(to);
    }
    let mut tarjan = Tarjan {
        next: &next,
        index: vec![None; nodes],
        low: vec![0; nodes],
        on_stack: vec![false; nodes],
        stack: Vec::new(),
        counter: 0,
        found: Vec::new(),
    };
    for v in 0..nodes {
        if tarjan.index[v].is_none() {
            tarjan.visit(v);
        }
    }
    tarjan.found.sort();
    tarjan.found
}

/// One shortest loop through the first file of a component, to show how the files reach each other.
fn shortest_loop(component: &[usize], edges: &[(usize, usize)]) -> Vec<usize> {
    let members: BTreeSet<usize> = component.iter().copied().collect();
    let start = component[0];
    let mut came_from: BTreeMap<usize, usize> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &(from, to) in edges {
            if from != v || !members.contains(&to) {
                continue;
            }
            if to == start {
                let mut path = vec![v];
                while let Some(&back) = came_from.get(path.last().unwrap()) {
                    path.push(back);
                }
                path.reverse();
                path.push(start);
                return path;
            }
            if to != start && !came_from.contains_key(&to) {
                came_from.insert(to, v);
                queue.push_back(to);
            }
        }
    }
    vec![start]
}

/// What a developer reads when loops exist: each loop's files, one way round it, and for every
/// import between its files the first line that makes it, so that one can be cut.
fn report(graph: &ImportGraph) -> Option<String> {
    let edges: Vec<(usize, usize)> = graph.edges.keys().copied().collect();
    let found = cycles(graph.files.len(), &edges);
    if found.is_empty() {
        return None;
    }
    let name = |i: usize| graph.files[i].as_str();
    let mut out = format!(
        "{} import loop(s) among the files of src: each file below imports, directly or through \
         the others, a file that imports it. Move what is shared to the module it belongs to, so \
         that imports run one way.\n",
        found.len()
    );
    for (n, component) in found.iter().enumerate() {
        let members: BTreeSet<usize> = component.iter().copied().collect();
        out += &format!(
            "\nloop {}: {}\n",
            n + 1,
            component
                .iter()
                .map(|&i| name(i))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let way_round = shortest_loop(component, &edges);
        out += &format!(
            "  one way round: {}\n",
            way_round
                .iter()
                .map(|&i| name(i))
                .collect::<Vec<_>>()
                .join(" -> ")
        );
        for (&(from, to), evidence) in &graph.edges {
            if !(members.contains(&from) && members.contains(&to)) {
                continue;
            }
            let more = match evidence.count {
                1 => String::new(),
                count => format!(" (and {} more)", count - 1),
            };
            out += &format!(
                "  {} -> {}\n      {}:{}: {}{}\n",
                name(from),
                name(to),
                evidence.file,
                evidence.first.line,
                evidence.first.shown(),
                more
            );
        }
    }
    Some(out)
}

fn read_sources(dir: &Path, package: &Path, into: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_sources(&path, package, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(package).unwrap();
            into.push(SourceFile {
                path: relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
                text: fs::read_to_string(&path).unwrap(),
            });
        }
    }
}

#[test]
fn no_two_files_of_src_import_each_other_in_a_loop() {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    read_sources(&package.join("src"), package, &mut files);
    assert!(
        files.iter().any(|f| f.path == "src/lib.rs"),
        "src/lib.rs not found"
    );
    let graph = import_graph(&files);
    // The checker reads imports at all: the app's root component imports the routes.
    assert!(
        graph.edges.values().any(|e| e.file == "src/ui/app.rs"),
        "no import read from src/ui/app.rs"
    );
    if let Some(report) = report(&graph) {
        panic!("{report}");
    }
}

// ---------------------------------------------------------------------------------------------
// The checker itself, on small made-up graphs and files

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_owned(),
        text: text.to_owned(),
    }
}

/// The edges of a graph as file pairs.
fn pairs(graph: &ImportGraph) -> Vec<(&str, &str)> {
    graph
        .edges
        .keys()
        .map(|&(from, to)| (graph.files[from].as_str(), graph.files[to].as_str()))
        .collect()
}

#[test]
fn a_loop_of_three_is_found_and_a_tail_into_it_is_left_out() {
    // 0 -> 1 -> 2 -> 0 is a loop; 3 -> 0 only leads into it; 4 -> 5 goes one way.
    let edges = [(0, 1), (1, 2), (2, 0), (3, 0), (4, 5)];
    assert_eq!(cycles(6, &edges), vec![vec![0, 1, 2]]);
    assert_eq!(shortest_loop(&[0, 1, 2], &edges), vec![0, 1, 2, 0]);
}

#[test]
fn two_separate_loops_are_both_found() {
    let edges = [(0, 1), (1, 0), (2, 3), (3, 4), (4, 2), (1, 2)];
    assert_eq!(cycles(5, &edges), vec![vec![0, 1], vec![2, 3, 4]]);
}

#[test]
fn a_graph_without_a_loop_has_none() {
    let edges = [(0, 1), (1, 2), (0, 2), (3, 2), (2, 4)];
    assert!(cycles(5, &edges).is_empty());
    // A file naming itself is not a loop between files.
    assert!(cycles(2, &[(0, 0), (0, 1)]).is_empty());
}

#[test]
fn files_map_to_their_modules() {
    let module = |p: &str| module_of(p).map(|m| m.join("::"));
    assert_eq!(module("src/lib.rs").as_deref(), Some("crate"));
    assert_eq!(module("src/ui/mod.rs").as_deref(), Some("crate::ui"));
    assert_eq!(module("src/ui/app.rs").as_deref(), Some("crate::ui::app"));
    assert_eq!(
        module("src/model/planner/mod.rs").as_deref(),
        Some("crate::model::planner")
    );
    assert_eq!(
        module("src/model/directory/hours.rs").as_deref(),
        Some("crate::model::directory::hours")
    );
    assert_eq!(module("src/main.rs").as_deref(), Some("crate(main)"));
}

#[test]
fn a_loop_through_grouped_and_relative_uses_is_reported_with_its_lines() {
    let files = [
        file("src/lib.rs", "pub mod shelter;\npub mod intake;\n"),
        file(
            "src/shelter/mod.rs",
            "mod rooms;\nmod beds;\npub use beds::Bed;\npub struct Shelter;\n",
        ),
        file("src/shelter/rooms.rs", "use super::beds::Bed;\n"),
        file(
            "src/shelter/beds.rs",
            "// use crate::intake::Form; is only a comment\n\
             pub(crate) use crate::{\n    intake::{\n        self,\n        Form,\n    },\n};\n\
             pub struct Bed;\n",
        ),
        file(
            "src/intake.rs",
            "pub struct Form;\nfn f() { let _ = \"crate::shelter::rooms\"; crate::shelter::Shelter; }\n",
        ),
    ];
    let graph = import_graph(&files);
    assert_eq!(
        pairs(&graph),
        vec![
            ("src/shelter/mod.rs", "src/shelter/beds.rs"),
            ("src/shelter/rooms.rs", "src/shelter/beds.rs"),
            ("src/shelter/beds.rs", "src/intake.rs"),
            ("src/intake.rs", "src/shelter/mod.rs"),
        ]
    );
    let report = report(&graph).expect("the loop is reported");
    assert!(
        report.contains("loop 1: src/shelter/mod.rs, src/shelter/beds.rs, src/intake.rs\n"),
        "{report}"
    );
    assert!(
        report.contains("src/shelter/beds.rs:4: use crate::intake (and 1 more)"),
        "{report}"
    );
    assert!(
        report.contains("src/intake.rs:2: crate::shelter::Shelter (a path in code)"),
        "{report}"
    );
    assert!(
        report.contains("src/shelter/mod.rs:3: use beds::Bed"),
        "{report}"
    );
    assert!(
        !report.contains("rooms"),
        "rooms.rs is outside the loop:\n{report}"
    );
}

#[test]
fn declaring_a_child_module_is_not_an_import() {
    let files = [
        file("src/lib.rs", "pub mod shelter;\n"),
        file("src/shelter/mod.rs", "pub mod beds;\npub struct Shelter;\n"),
        file("src/shelter/beds.rs", "use super::Shelter;\n"),
    ];
    let graph = import_graph(&files);
    assert_eq!(
        pairs(&graph),
        vec![("src/shelter/beds.rs", "src/shelter/mod.rs")]
    );
    assert!(report(&graph).is_none());
}

#[test]
fn self_paths_and_renamed_uses_reach_the_file_they_name() {
    let files = [
        file("src/lib.rs", "pub mod shelter;\n"),
        file(
            "src/shelter/mod.rs",
            "pub mod rooms;\npub mod beds;\npub use self::rooms::Room;\nuse beds as cots;\n\
             fn f() { cots::count(); }\n",
        ),
        file("src/shelter/rooms.rs", "pub struct Room;\n"),
        file("src/shelter/beds.rs", "pub fn count() {}\n"),
    ];
    let graph = import_graph(&files);
    assert_eq!(
        pairs(&graph),
        vec![
            ("src/shelter/mod.rs", "src/shelter/rooms.rs"),
            ("src/shelter/mod.rs", "src/shelter/beds.rs"),
        ]
    );
    let beds = &graph.edges[&(1, 3)];
    assert_eq!((beds.first.line, beds.count), (4, 2), "{beds:?}");
}

#[test]
fn comments_literals_external_crates_and_own_inline_modules_make_no_edge() {
    let shelter = "use std::fmt;\nuse ::serde::Serialize;\n\
        pub fn open() -> char { let _x: &'static str = r#\"crate::intake\"#; '\"' }\n\
        pub fn say() -> &'static str { \"say \\\"crate::intake\\\" twice\" }\n\
        /* crate::intake /* nested */ crate::intake */\n\
        #[cfg(test)]\nmod tests {\n    use super::*;\n    use self::inner::x;\n    mod inner { pub fn x() {} }\n}\n\
        fn after() { open(); }\n";
    let files = [
        file("src/lib.rs", "pub mod shelter;\npub mod intake;\n"),
        file("src/shelter.rs", shelter),
        file(
            "src/intake.rs",
            "pub struct Form;\npub fn f() { crate::shelter::open(); }\n",
        ),
    ];
    assert_eq!(
        pairs(&import_graph(&files)),
        vec![("src/intake.rs", "src/shelter.rs")]
    );

    // From an inline module of shelter.rs, `super::super` is the crate root: intake.rs is another file.
    let shelter = format!("{shelter}mod more_tests {{\n    use super::super::intake::Form;\n}}\n");
    let files = [
        file("src/lib.rs", "pub mod shelter;\npub mod intake;\n"),
        file("src/shelter.rs", &shelter),
        file("src/intake.rs", "pub struct Form;\n"),
    ];
    let graph = import_graph(&files);
    assert_eq!(pairs(&graph), vec![("src/shelter.rs", "src/intake.rs")]);
    assert_eq!(graph.edges.values().next().unwrap().first.line, 14);
}

#[test]
fn a_path_in_code_through_an_imported_module_reaches_the_deeper_file() {
    let files = [
        file("src/lib.rs", "pub mod shelter;\npub mod intake;\n"),
        file("src/shelter/mod.rs", "pub mod rooms;\n"),
        file("src/shelter/rooms.rs", "pub fn free() {}\n"),
        file(
            "src/intake.rs",
            "use crate::shelter;\nfn f() { shelter::rooms::free(); }\n",
        ),
    ];
    assert_eq!(
        pairs(&import_graph(&files)),
        vec![
            ("src/intake.rs", "src/shelter/mod.rs"),
            ("src/intake.rs", "src/shelter/rooms.rs"),
        ]
    );
}
