//! Writing outputs atomically: a temporary file beside each target, then renames, all of one
//! report's outputs together.
//!
//! Invariant: a failed write leaves every existing file untouched and no temporary file behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Error;

/// The folder `path` will be written in.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Fails when the folder of `path` does not exist; callers check before any work.
pub fn check_folder(path: &Path) -> Result<(), Error> {
    let dir = folder_of(path);
    if dir.is_dir() {
        return Ok(());
    }
    let reason = format!("the folder {} does not exist", dir.display());
    Err(Error::Output { path: path.to_path_buf(), source: std::io::Error::new(std::io::ErrorKind::NotFound, reason) })
}

/// Outputs that cannot be written as asked: mistakes of the command line, found before any work.
#[derive(Debug, thiserror::Error)]
pub enum Clash {
    #[error("{second} is the same file as the output {first}")]
    Twice { first: PathBuf, second: PathBuf },
    #[error("the output {output} is the {what} {input}: writing the report there would destroy it")]
    Input { output: PathBuf, what: &'static str, input: PathBuf },
    #[error("the output {output} lies in the {what} {folder}, which the build reads")]
    InFolder { output: PathBuf, what: &'static str, folder: PathBuf },
}

impl Clash {
    /// The clash as a problem of what was asked, with what to do about it.
    pub fn diagnostic(&self) -> crate::Diagnostic {
        let hint = match self {
            Self::Twice { .. } => "name each output once",
            Self::Input { .. } => "name another output file",
            Self::InFolder { .. } => "write the report outside that folder",
        };
        crate::Diagnostic::error(self.to_string()).of_kind(crate::diagnostic::Kind::Input).with_hint(hint)
    }
}

/// What `path` will name once written: its folder resolved (`..`, symbolic links), then its file
/// name, which is not resolved, since a rename replaces a link rather than what it points to.
pub fn identity(path: &Path) -> PathBuf {
    let dir = folder_of(path);
    let dir = dir.canonicalize().unwrap_or_else(|_| std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf()));
    match path.file_name() {
        Some(name) => dir.join(name),
        None => dir,
    }
}

/// Refuses a list of outputs that names one file twice, however spelt.
pub fn check_distinct(outputs: &[PathBuf]) -> Result<(), Clash> {
    let mut seen: Vec<(PathBuf, &PathBuf)> = Vec::with_capacity(outputs.len());
    for output in outputs {
        let id = identity(output);
        if let Some((_, first)) = seen.iter().find(|(other, _)| *other == id) {
            return Err(Clash::Twice { first: (*first).clone(), second: output.clone() });
        }
        seen.push((id, output));
    }
    Ok(())
}

/// What a build reads, which no output may replace.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A file read whole, e.g. `("data file", path)`.
    File(&'static str, &'a Path),
    /// A folder every file of which may be read, e.g. a template folder.
    Folder(&'static str, &'a Path),
}

/// Refuses an output that is one of the build's inputs: the same file by name (however spelt) or
/// by identity (a hard link), or any file inside an input folder.
pub fn check_not_inputs(outputs: &[PathBuf], inputs: &[Input<'_>]) -> Result<(), Clash> {
    for output in outputs {
        let id = identity(output);
        for input in inputs {
            match *input {
                Input::File(what, file) => {
                    let same_name = file.canonicalize().is_ok_and(|f| f == id);
                    if same_name || same_file(output, file) {
                        return Err(Clash::Input { output: output.clone(), what, input: file.to_path_buf() });
                    }
                }
                Input::Folder(what, folder) => {
                    if folder.canonicalize().is_ok_and(|f| id.starts_with(f)) {
                        return Err(Clash::InFolder { output: output.clone(), what, folder: folder.to_path_buf() });
                    }
                }
            }
        }
    }
    Ok(())
}

/// Whether two existing paths are one file (same device and inode).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_a: &Path, _b: &Path) -> bool {
    false
}

/// Writes `bytes` to `path` all at once, or not at all.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_together(&[(path, bytes)])
}

/// Writes every file of one report, or none: each is written in full to a temporary file beside
/// its target first, and only when all are written are they renamed onto their targets, one
/// after the other, without a terminating signal in between (see [`crate::interrupt`]). A failure
/// before the renames removes every temporary file and leaves every target as it was.
///
/// An existing target keeps its permission bits; a new one gets 0666 less the umask.
pub fn write_together(files: &[(&Path, &[u8])]) -> Result<(), Error> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        // On an error, dropping `staged` removes the temporary files written so far.
        staged.push((*path, stage(path, bytes)?));
    }
    #[cfg(unix)]
    let Some(_commit) = crate::interrupt::commit() else {
        let source = std::io::Error::new(std::io::ErrorKind::Interrupted, "informe is being stopped by a signal");
        return Err(Error::Output { path: files[0].0.to_path_buf(), source });
    };
    // Each existing target is kept under a second name until every rename is done, so a rename
    // the system refuses after others succeeded puts the earlier targets back: all or none.
    let backups: Vec<Option<PathBuf>> = staged.iter().map(|(path, _)| keep_aside(path)).collect();
    let mut done: Vec<(&Path, &Option<PathBuf>)> = Vec::with_capacity(staged.len());
    let mut failure = None;
    for ((path, temp), backup) in staged.into_iter().zip(&backups) {
        // Renaming within one folder is atomic; the folder and the target were checked when staging.
        match temp.persist(path) {
            Ok(_) => done.push((path, backup)),
            Err(err) => {
                failure = Some(Error::Output { path: path.to_path_buf(), source: err.error });
                break;
            }
        }
    }
    if failure.is_some() {
        for (path, backup) in done {
            // Best effort: the target was ours a moment ago, in a folder we could write.
            let _ = match backup {
                Some(backup) => std::fs::rename(backup, path),
                None => std::fs::remove_file(path),
            };
        }
    }
    for backup in backups.iter().flatten() {
        let _ = std::fs::remove_file(backup);
    }
    failure.map_or(Ok(()), Err)
}

/// A second name (a hard link beside it) for an existing `path`, to restore it from; `None` when
/// there is nothing to keep, or the file system cannot link (then that target cannot be put back).
fn keep_aside(path: &Path) -> Option<PathBuf> {
    std::fs::symlink_metadata(path).ok().filter(std::fs::Metadata::is_file)?;
    let name = path.file_name()?.to_string_lossy().into_owned();
    let dir = folder_of(path);
    (0..16).find_map(|n| {
        // Named like a staged file (`.NAME.….tmp`), so a watcher takes it for one of ours.
        let backup = dir.join(format!(".{name}.kept-{}-{n}.tmp", std::process::id()));
        std::fs::hard_link(path, &backup).ok().map(|()| backup)
    })
}

/// A written temporary file, removed when dropped unless persisted; registered for removal on a
/// terminating signal while it exists.
#[cfg(unix)]
type Staged = tempfile::NamedTempFile<(std::fs::File, Option<crate::interrupt::Registered>)>;
#[cfg(not(unix))]
type Staged = tempfile::NamedTempFile;

/// Whether `path` is `output` or one of the temporary files a write of `output` makes beside it
/// (`.NAME.XXXXXX.tmp`), both taken as they are spelt: a watcher ignores them, since a build
/// writing them is no change of its inputs.
pub fn is_output_or_temp(path: &Path, output: &Path) -> bool {
    if path == output {
        return true;
    }
    let (Some(name), Some(file)) = (output.file_name(), path.file_name()) else { return false };
    let (name, file) = (name.to_string_lossy(), file.to_string_lossy());
    path.parent() == output.parent()
        && file.strip_prefix(&format!(".{name}.")).is_some_and(|rest| rest.ends_with(".tmp"))
}

/// Writes `bytes` to a new temporary file beside `path`, synced to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, Error> {
    let fail = |source: std::io::Error| Error::Output { path: path.to_path_buf(), source };
    check_folder(path)?;
    // A folder in the way would only fail at the rename, after other outputs were replaced.
    let existing = std::fs::metadata(path).ok();
    if existing.as_ref().is_some_and(std::fs::Metadata::is_dir) {
        return Err(fail(std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a folder")));
    }
    let dir = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    let mut temp = builder
        .make_in(dir, |temp| {
            use std::os::unix::fs::OpenOptionsExt;
            // Registered before it exists, so no signal can leave it behind.
            let registered = crate::interrupt::register(&std::path::absolute(temp)?);
            // A report is an ordinary file (0666 less the umask), unlike tempfile's private 0600.
            let file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o666).open(temp)?;
            Ok((file, registered))
        })
        .map_err(fail)?;
    #[cfg(not(unix))]
    let mut temp = builder.tempfile_in(dir).map_err(fail)?;
    #[cfg(unix)]
    let file = &mut temp.as_file_mut().0;
    #[cfg(not(unix))]
    let file = temp.as_file_mut();
    file.write_all(bytes).map_err(fail)?;
    if let Some(existing) = existing {
        // Replacing a report must not widen (or narrow) who may read it.
        file.set_permissions(existing.permissions()).map_err(fail)?;
    }
    file.sync_all().map_err(fail)?;
    Ok(temp)
}

/// Writes `files` (relative path → bytes) under `dir`, creating folders as needed; each file is
/// written atomically. Paths come from a template and the model, never from the data.
pub fn write_tree(dir: &Path, files: &std::collections::BTreeMap<String, Vec<u8>>) -> Result<(), Error> {
    for (relative, bytes) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| Error::Output { path: parent.to_path_buf(), source })?;
        }
        write_atomic(&path, bytes)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("report.pdf");
        std::fs::write(&target, b"old").expect("seed file");
        write_atomic(&target, b"new contents").expect("write");
        assert_eq!(std::fs::read(&target).expect("read"), b"new contents");
        let names: Vec<_> =
            std::fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("report.pdf")]);
    }

    #[test]
    fn an_existing_target_is_kept_aside_as_it_was_and_named_as_ours() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("report.pdf");
        assert_eq!(keep_aside(&target), None, "nothing to keep");
        std::fs::write(&target, b"old").expect("seed file");
        let kept = keep_aside(&target).expect("a second name");
        std::fs::write(dir.path().join("new"), b"new").expect("new file");
        std::fs::rename(dir.path().join("new"), &target).expect("replace");
        assert_eq!(std::fs::read(&kept).expect("read"), b"old", "the old report survives the rename");
        assert!(is_output_or_temp(&kept, &target), "a watcher takes it for one of the write's files");
    }

    #[test]
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = write_atomic(&dir.path().join("nope/report.pdf"), b"x").expect_err("must fail");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}
