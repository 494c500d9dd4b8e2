//! Writing outputs atomically: a temporary file beside the target, then a rename.
//!
//! Invariant: a failed write leaves any existing file untouched and no temporary file behind.

use std::io::Write;
use std::path::Path;

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

/// Writes `bytes` to `path` all at once, or not at all.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let fail = |source: std::io::Error| Error::Output { path: path.to_path_buf(), source };
    check_folder(path)?;
    let dir = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // Dropping the temporary file on any error removes it.
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Temporary files are private (0600); a report is an ordinary file (0666 less the umask).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|err| fail(err.error))?;
    Ok(())
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
    fn missing_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = write_atomic(&dir.path().join("nope/report.pdf"), b"x").expect_err("must fail");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}
