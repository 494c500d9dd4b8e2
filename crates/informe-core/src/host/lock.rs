//! The plugin lock: a SHA-256 per plugin file, written by `informe plugins pin` and enforced on load.
//!
//! Invariant: when a lock is in force, a plugin is loaded only from bytes whose hash was just
//! checked against it (see `verified.rs`), so a file swapped between check and load is never run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::host::error::PluginError;
use crate::host::library::Plugin;

/// The lock file's format version.
const FORMAT: u32 = 1;

/// The file name `informe plugins pin` writes when no other is given.
pub const DEFAULT_FILE: &str = "informe-plugins.lock";

/// One pinned plugin file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LockEntry {
    /// Absolute, canonical path of the library.
    pub file: PathBuf,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The plugin's name and version when pinned, for people reading the lock.
    pub name: String,
    pub version: String,
    /// Run this plugin in informe's process, as its shipped plugins run, instead of in a worker
    /// (`informe plugins pin --trust`). Holds only while the file's bytes match `sha256`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub trusted: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    format: u32,
    plugins: Vec<LockEntry>,
}

/// A lock read from disk, by canonical plugin path.
#[derive(Debug, Clone)]
pub struct Lock {
    pub path: PathBuf,
    entries: BTreeMap<PathBuf, LockEntry>,
}

/// What a plugin file must hash to, and which lock says so.
#[derive(Debug, Clone, Copy)]
pub struct Pin<'a> {
    pub sha256: &'a str,
    pub lock: &'a Path,
    /// The lock trusts the plugin to run in process; loading still checks the hash first.
    pub trusted: bool,
}

impl Lock {
    /// Reads the lock at `path`; `None` when there is no such file.
    pub fn read(path: &Path) -> Result<Option<Self>, PluginError> {
        let bad = |message: String| PluginError::BadLock { path: path.to_path_buf(), message };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(bad(err.to_string())),
        };
        let file: LockFile = serde_json::from_str(&text)
            .map_err(|err| bad(format!("{err} (line {}, column {})", err.line(), err.column())))?;
        if file.format != FORMAT {
            return Err(bad(format!("format {} is not the format {FORMAT} this informe reads", file.format)));
        }
        let entries = file.plugins.into_iter().map(|e| (e.file.clone(), e)).collect();
        Ok(Some(Self { path: path.to_path_buf(), entries }))
    }

    /// The pin of the plugin at `file`, or the error refusing an unknown plugin.
    pub fn pin_for(&self, file: &Path) -> Result<Pin<'_>, PluginError> {
        let key = canonical(file);
        self.entries
            .get(&key)
            .map(|e| Pin { sha256: &e.sha256, lock: &self.path, trusted: e.trusted })
            .ok_or_else(|| PluginError::Unpinned { path: file.to_path_buf(), lock: self.path.clone() })
    }

    /// The pinned entries, by path.
    pub fn entries(&self) -> impl Iterator<Item = &LockEntry> {
        self.entries.values()
    }
}

/// The entries pinning `plugins` as they are on disk now, sorted by path; those `trusted` says
/// are marked to run in process.
pub fn pin(plugins: &[Plugin], trusted: impl Fn(&Plugin) -> bool) -> Result<Vec<LockEntry>, PluginError> {
    let mut entries = Vec::with_capacity(plugins.len());
    for plugin in plugins {
        let bytes = std::fs::read(&plugin.path)
            .map_err(|err| PluginError::NotALibrary { path: plugin.path.clone(), reason: err.to_string() })?;
        entries.push(LockEntry {
            file: canonical(&plugin.path),
            sha256: sha256_hex(&bytes),
            name: plugin.name.clone(),
            version: plugin.version.clone(),
            trusted: trusted(plugin),
        });
    }
    entries.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(entries)
}

/// The text of a lock file holding `entries`.
pub fn to_bytes(entries: Vec<LockEntry>) -> Vec<u8> {
    // Plain strings and numbers: serialising cannot fail.
    let mut text = serde_json::to_vec_pretty(&LockFile { format: FORMAT, plugins: entries }).unwrap_or_default();
    text.push(b'\n');
    text
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The canonical form of `path`, or `path` made absolute when it cannot be resolved.
fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trust_is_written_only_when_given_and_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let entry = |name: &str, trusted| LockEntry {
            file: dir.path().join(format!("{name}.so")),
            sha256: "ab".into(),
            name: name.into(),
            version: "1.0.0".into(),
            trusted,
        };
        let text = to_bytes(vec![entry("mine", true), entry("theirs", false)]);
        let json = String::from_utf8(text.clone()).expect("utf-8");
        assert_eq!(json.matches("\"trusted\"").count(), 1, "{json}");
        let path = dir.path().join(DEFAULT_FILE);
        std::fs::write(&path, text).expect("lock");
        let lock = Lock::read(&path).expect("read").expect("present");
        let trusted: Vec<(&str, bool)> = lock.entries().map(|e| (e.name.as_str(), e.trusted)).collect();
        assert_eq!(trusted, [("mine", true), ("theirs", false)]);
    }

    #[test]
    fn hashes_like_sha256sum() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn an_unknown_file_has_no_pin_and_a_bad_lock_names_its_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let known = dir.path().join("known.so");
        std::fs::write(&known, b"x").expect("file");
        let lock_path = dir.path().join(DEFAULT_FILE);
        let lock = format!(
            r#"{{"format": 1, "plugins": [{{"file": {:?}, "sha256": "00", "name": "k", "version": "1"}}]}}"#,
            canonical(&known)
        );
        std::fs::write(&lock_path, lock).expect("lock");
        let lock = Lock::read(&lock_path).expect("read").expect("present");
        assert_eq!(lock.pin_for(&known).expect("pinned").sha256, "00");
        assert!(!lock.pin_for(&known).expect("pinned").trusted, "an entry without `trusted` is not trusted");
        let err = lock.pin_for(&dir.path().join("other.so")).expect_err("unknown");
        assert!(err.to_string().contains("is not in the plugin lock"), "{err}");

        std::fs::write(&lock_path, "{\"format\": 1,\n \"plugins\": 3}").expect("lock");
        let err = Lock::read(&lock_path).expect_err("bad lock");
        assert!(err.to_string().contains("line 2"), "{err}");
        assert!(Lock::read(&dir.path().join("none.lock")).expect("missing is fine").is_none());
    }
}
