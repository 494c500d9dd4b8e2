//! `informe watch`: rebuilds on every change of the data (the parts it includes too) or the
//! template, printing errors without exiting.
//!
//! Plugins are loaded once and stay loaded (libraries are never unloaded), and Typst's memoized
//! work stays in the process, so a rebuild only redoes what changed. A changed plugin file cannot
//! be picked up safely in-process: the watch says so and asks for a restart.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};

use crate::cli::BuildArgs;
use crate::commands::build::build_with;
use crate::commands::{load_plugins, search_path};
use crate::exit::{self, Failure};

/// Editors save in bursts (write, rename, chmod): wait this long for quiet before rebuilding.
const SETTLE: Duration = Duration::from_millis(250);

/// What a changed path means for the watch.
#[derive(Debug, PartialEq, Eq)]
enum Change {
    Input,
    Plugin(PathBuf),
    Unrelated,
}

struct Watched {
    data: PathBuf,
    /// The parts the data file includes, as of the last build: editing one rebuilds as editing
    /// the data file does.
    parts: Vec<PathBuf>,
    template: Option<PathBuf>,
    plugins: Vec<PathBuf>,
    /// What a build writes: the outputs (their temporary files too) and the `--emit-typst`
    /// folder. Inside a watched folder, each build would otherwise start the next, for ever.
    written: Vec<PathBuf>,
    emitted: Option<PathBuf>,
}

impl Watched {
    fn classify(&self, path: &Path) -> Change {
        let written = self.written.iter().any(|output| informe_core::output::is_output_or_temp(path, output))
            || self.emitted.as_ref().is_some_and(|dir| path.starts_with(dir));
        if written {
            Change::Unrelated
        } else if path == self.data
            || self.parts.iter().any(|part| part == path)
            || self.template.as_ref().is_some_and(|t| path.starts_with(t))
        {
            Change::Input
        } else if self.plugins.iter().any(|p| p == path) {
            Change::Plugin(path.to_path_buf())
        } else {
            Change::Unrelated
        }
    }
}

fn absolute(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The parts `data` includes now, as events name them (a part not written yet too, so that
/// creating it rebuilds), and the folders that hold them.
fn parts_of(data: &Path) -> Vec<PathBuf> {
    informe_core::data::include::listed(data)
        .iter()
        .map(|part| if part.exists() { absolute(part) } else { absolute_to_be(part) })
        .collect()
}

/// Follows the parts the data file includes now: a part in a folder not yet watched has its
/// folder watched (non-recursively, as the data file's), since the list changes as the data does.
fn follow_parts(watched: &mut Watched, data: &Path, watcher: &mut impl Watcher, folders: &mut Vec<PathBuf>) {
    watched.parts = parts_of(data);
    for folder in watched.parts.iter().filter_map(|part| part.parent()) {
        if folder.is_dir() && !folders.iter().any(|f| f == folder) {
            match watcher.watch(folder, RecursiveMode::NonRecursive) {
                Ok(()) => folders.push(folder.to_path_buf()),
                Err(err) => crate::terminal::diagnostic(
                    &informe_core::Diagnostic::warning(format!("cannot watch {}: {err}", folder.display()))
                        .of_kind(informe_core::diagnostic::Kind::Internal),
                ),
            }
        }
    }
}

/// `path` as events name it, whether or not it exists yet: its folder resolved, then its name.
fn absolute_to_be(path: &Path) -> PathBuf {
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
            absolute(parent).join(name)
        }
        _ => absolute(path),
    }
}

pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    let registry = load_plugins(&args.plugins)?;
    let mut watched = Watched {
        data: absolute(&args.data),
        parts: Vec::new(),
        template: args.template.as_deref().map(absolute),
        plugins: registry.plugins().iter().map(|p| absolute(&p.path)).collect(),
        written: args.outputs.iter().map(|o| absolute_to_be(o)).collect(),
        emitted: args.emit_typst.as_deref().map(absolute_to_be),
    };
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot watch files: {err}")))?;
    // The data file's folder, not the file: editors often replace the file by renaming.
    let data_dir = watched.data.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let mut folders = vec![(data_dir, RecursiveMode::NonRecursive)];
    folders.extend(watched.template.clone().map(|t| (t, RecursiveMode::Recursive)));
    folders.extend(search_path(&args.plugins).dirs.into_iter().map(|(d, _)| (d, RecursiveMode::NonRecursive)));
    for (folder, mode) in &folders {
        if folder.is_dir() {
            watcher
                .watch(folder, *mode)
                .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot watch {}: {err}", folder.display())))?;
        }
    }
    let mut part_folders: Vec<PathBuf> = folders.iter().map(|(folder, _)| absolute(folder)).collect();

    follow_parts(&mut watched, &args.data, &mut watcher, &mut part_folders);
    rebuild(args, &registry);
    crate::terminal::note(&format!("watching {} for changes (Ctrl-C to stop)", args.data.display()));
    loop {
        let Ok(first) = rx.recv() else { return Ok(()) };
        let mut events = vec![first];
        while let Ok(more) = rx.recv_timeout(SETTLE) {
            events.push(more);
        }
        let mut input_changed = false;
        // Reading the data to rebuild raises access events of its own: only writes count.
        let writes = events.into_iter().flatten().filter(|event| is_write(&event.kind));
        for path in writes.flat_map(|event| event.paths) {
            match watched.classify(&absolute(&path)) {
                Change::Input => input_changed = true,
                Change::Plugin(plugin) => crate::terminal::diagnostic(
                    &informe_core::Diagnostic::warning(format!(
                        "plugin {} changed: loaded plugins are never unloaded",
                        plugin.display()
                    ))
                    .of_kind(informe_core::diagnostic::Kind::Plugin)
                    .with_hint("restart `informe watch` to use the new one"),
                ),
                Change::Unrelated => {}
            }
        }
        if input_changed {
            follow_parts(&mut watched, &args.data, &mut watcher, &mut part_folders);
            rebuild(args, &registry);
            // Keep the last few builds' work warm; older memoized results are dropped.
            informe_core::render::trim_cache(10);
        }
    }
}

fn is_write(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(modify) => !matches!(modify, ModifyKind::Metadata(_)),
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Builds once, reporting failure without ending the watch.
fn rebuild(args: &BuildArgs, registry: &informe_core::Registry) {
    if let Err(failure) = build_with(args, registry) {
        for diagnostic in &failure.diagnostics {
            crate::terminal::diagnostic(diagnostic);
        }
        crate::terminal::note("build failed; watching for the next change");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified_by_what_they_touch() {
        let watched = Watched {
            data: PathBuf::from("/r/data.json"),
            parts: vec![PathBuf::from("/r/agencies/inbal.json")],
            template: Some(PathBuf::from("/r/tpl")),
            plugins: vec![PathBuf::from("/p/libmusic.so")],
            written: vec![PathBuf::from("/r/tpl/out/report.pdf")],
            emitted: Some(PathBuf::from("/r/tpl/project")),
        };
        assert_eq!(watched.classify(Path::new("/r/data.json")), Change::Input);
        assert_eq!(watched.classify(Path::new("/r/agencies/inbal.json")), Change::Input);
        assert_eq!(watched.classify(Path::new("/r/agencies/notes.json")), Change::Unrelated);
        assert_eq!(watched.classify(Path::new("/r/tpl/title-page.typ")), Change::Input);
        assert_eq!(watched.classify(Path::new("/p/libmusic.so")), Change::Plugin(PathBuf::from("/p/libmusic.so")));
        assert_eq!(watched.classify(Path::new("/r/notes.txt")), Change::Unrelated);
    }

    #[test]
    fn what_a_build_writes_inside_the_template_folder_is_no_change() {
        let watched = Watched {
            data: PathBuf::from("/r/data.json"),
            parts: vec![],
            template: Some(PathBuf::from("/r/tpl")),
            plugins: vec![],
            written: vec![PathBuf::from("/r/tpl/out/report.pdf")],
            emitted: Some(PathBuf::from("/r/tpl/project")),
        };
        for written in ["/r/tpl/out/report.pdf", "/r/tpl/out/.report.pdf.Ab12Cd.tmp", "/r/tpl/project/data/report.json"]
        {
            assert_eq!(watched.classify(Path::new(written)), Change::Unrelated, "{written}");
        }
        // The template's own files, even named like an output elsewhere, still count.
        for input in ["/r/tpl/main.typ", "/r/tpl/report.pdf", "/r/tpl/out/.report.pdf.tmp.typ"] {
            assert_eq!(watched.classify(Path::new(input)), Change::Input, "{input}");
        }
    }
}
