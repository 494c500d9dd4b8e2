//! The served folder: paths the page names, resolved inside it or refused; the data files it
//! holds; saving with the previous version kept; drafts of unsaved work.
//!
//! Invariant: no path outside the folder is read or written. A path is relative, made only of
//! names (no `..`, no root), and what it resolves to, links followed, lies inside the folder.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Where the workbench keeps its own files (drafts), inside the served folder.
pub const STATE_DIR: &str = ".informe";

/// A path the page named that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum PathError {
    #[error("no file named")]
    Empty,
    #[error("`{0}` is not a path inside the served folder: give it relative to the folder, without `..`")]
    NotInside(String),
    #[error("`{0}` leads out of the served folder through a link")]
    LinksOut(String),
    #[error("`{0}` does not exist in the served folder")]
    Missing(String),
    #[error("`{0}` is not a data file: a report is saved as a .json file")]
    NotJson(String),
    #[error("`{0}` is larger than {1} MiB, the most the workbench takes")]
    TooLarge(String, u64),
    #[error("cannot read `{0}`: {1}")]
    Io(String, std::io::Error),
}

/// The served folder, by its canonical path.
#[derive(Debug, Clone)]
pub struct Root {
    dir: PathBuf,
}

impl Root {
    pub fn new(dir: &Path) -> std::io::Result<Self> {
        Ok(Self { dir: dir.canonicalize()? })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `relative` inside the folder, links resolved: an existing path as it resolves, a new one
    /// in its (existing) folder as that resolves.
    pub fn resolve(&self, relative: &str) -> Result<PathBuf, PathError> {
        if relative.trim().is_empty() {
            return Err(PathError::Empty);
        }
        let path = Path::new(relative);
        let plain = path.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !plain || relative.contains('\0') {
            return Err(PathError::NotInside(relative.to_owned()));
        }
        let joined = self.dir.join(path);
        let resolved = match joined.canonicalize() {
            Ok(resolved) => resolved,
            Err(_) => {
                let (Some(parent), Some(name)) = (joined.parent(), joined.file_name()) else {
                    return Err(PathError::NotInside(relative.to_owned()));
                };
                // A dangling link would be followed by a write: refused like a link out.
                if joined.symlink_metadata().is_ok() {
                    return Err(PathError::LinksOut(relative.to_owned()));
                }
                let parent = parent.canonicalize().map_err(|_| PathError::Missing(relative.to_owned()))?;
                parent.join(name)
            }
        };
        if resolved.starts_with(&self.dir) { Ok(resolved) } else { Err(PathError::LinksOut(relative.to_owned())) }
    }

    /// `file` as the page names it: relative to the folder when inside it.
    pub fn show(&self, file: &Path) -> String {
        let shown = file.strip_prefix(&self.dir).unwrap_or(file);
        shown.display().to_string()
    }

    /// The text of the file `relative`, refused past `limit` bytes.
    pub fn read(&self, relative: &str, limit: u64) -> Result<String, PathError> {
        let path = self.resolve(relative)?;
        let io = |err| PathError::Io(relative.to_owned(), err);
        let file = std::fs::File::open(&path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => PathError::Missing(relative.to_owned()),
            _ => io(err),
        })?;
        let mut bytes = Vec::new();
        file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() as u64 > limit {
            return Err(PathError::TooLarge(relative.to_owned(), limit >> 20));
        }
        String::from_utf8(bytes).map_err(|_| io(std::io::Error::other("it is not UTF-8 text")))
    }

    /// The data file `relative` to write: inside the folder, a `.json` file.
    pub fn data_file(&self, relative: &str) -> Result<PathBuf, PathError> {
        let path = self.resolve(relative)?;
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            return Err(PathError::NotJson(relative.to_owned()));
        }
        Ok(path)
    }

    /// Where the draft of the data file `relative` is kept while its edits are unsaved.
    pub fn draft_of(&self, relative: &str) -> Result<PathBuf, PathError> {
        let file = self.data_file(relative)?;
        let inside = file.strip_prefix(&self.dir).map_err(|_| PathError::NotInside(relative.to_owned()))?;
        Ok(self.dir.join(STATE_DIR).join("drafts").join(inside))
    }

    /// The data files of the folder (`.json`, its own state and hidden folders aside), by
    /// relative path, down to a few levels, links not followed.
    pub fn data_files(&self) -> Vec<String> {
        const DEPTH: usize = 4;
        const MOST: usize = 2000;
        let mut found = Vec::new();
        let mut pending = vec![(self.dir.clone(), 0)];
        while let Some((dir, depth)) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') || found.len() >= MOST {
                    continue;
                }
                let Ok(kind) = entry.file_type() else { continue };
                let path = entry.path();
                if kind.is_dir() && depth + 1 < DEPTH {
                    pending.push((path, depth + 1));
                } else if kind.is_file() && path.extension().and_then(|e| e.to_str()) == Some("json") {
                    found.push(self.show(&path));
                }
            }
        }
        found.sort();
        found
    }
}

/// The name the previous version of a saved file is kept under: `NAME.json~`.
pub fn previous_version(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push("~");
    file.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_out_of_the_folder_are_refused() {
        let outside = tempfile::tempdir().expect("temp dir");
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("a.json"), "{}").expect("write");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).expect("link");
        std::os::unix::fs::symlink(outside.path().join("x.json"), dir.path().join("dangling.json")).expect("link");
        let root = Root::new(dir.path()).expect("root");
        assert!(root.resolve("a.json").is_ok());
        assert!(root.resolve("sub/new.json").is_ok());
        assert!(root.resolve("./a.json").is_ok());
        for refused in ["../a.json", "/etc/passwd", "sub/../../x", ""] {
            assert!(root.resolve(refused).is_err(), "{refused} accepted");
        }
        assert!(matches!(root.resolve("out/x.json"), Err(PathError::LinksOut(_) | PathError::Missing(_))));
        assert!(matches!(root.resolve("out"), Err(PathError::LinksOut(_))));
        assert!(matches!(root.resolve("dangling.json"), Err(PathError::LinksOut(_))));
        assert!(matches!(root.resolve("missing/x.json"), Err(PathError::Missing(_))));
        assert!(matches!(root.data_file("a.txt"), Err(PathError::NotJson(_))));
    }

    #[test]
    fn the_data_files_are_listed_without_hidden_ones_or_links() {
        let outside = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("secret.json"), "{}").expect("write");
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("parts")).expect("mkdir");
        std::fs::create_dir_all(dir.path().join(".informe/drafts")).expect("mkdir");
        for file in ["b.json", "a.json", "parts/c.json", "notes.txt", ".informe/drafts/a.json"] {
            std::fs::write(dir.path().join(file), "{}").expect("write");
        }
        std::os::unix::fs::symlink(outside.path(), dir.path().join("linked")).expect("link");
        let root = Root::new(dir.path()).expect("root");
        assert_eq!(root.data_files(), ["a.json", "b.json", "parts/c.json"]);
        assert_eq!(root.draft_of("parts/c.json").expect("draft"), root.dir().join(".informe/drafts/parts/c.json"));
        assert_eq!(previous_version(Path::new("/x/a.json")), Path::new("/x/a.json~"));
    }
}
