//! Loading a library from bytes already in memory, so the code that runs is the code that was hashed.
//!
//! Checking a file's hash and then opening it by path would let the file be swapped in between.
//! On Linux the checked bytes go to an anonymous memory file (`memfd_create`) that only this
//! process holds; elsewhere, to a fresh private temporary file.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A private copy of a library's bytes, openable by path until dropped.
#[derive(Debug)]
pub struct Copy {
    path: PathBuf,
    // Kept open (or on disk) until the library is loaded.
    #[cfg(target_os = "linux")]
    _file: std::fs::File,
    #[cfg(not(target_os = "linux"))]
    _file: tempfile::TempPath,
}

impl Copy {
    /// The path the dynamic loader should open.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Keeps the copy for the life of the process, once the library is loaded from it.
    ///
    /// The loader recognises an already loaded library by its path: were the descriptor closed,
    /// the next copy would get the same `/proc/self/fd/N` and the loader would hand back the
    /// previous library instead of opening the new one. Libraries are never unloaded anyway.
    pub fn keep(self) {
        #[cfg(target_os = "linux")]
        std::mem::forget(self);
    }
}

/// Copies `bytes` to a place only this process can write, for the dynamic loader to open.
#[cfg(target_os = "linux")]
pub fn copy(bytes: &[u8]) -> std::io::Result<Copy> {
    use nix::sys::memfd::{MFdFlags, memfd_create};
    use std::os::fd::AsRawFd;

    let fd = memfd_create(c"informe-plugin", MFdFlags::MFD_CLOEXEC).map_err(std::io::Error::from)?;
    let mut file = std::fs::File::from(fd);
    file.write_all(bytes)?;
    let path = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
    Ok(Copy { path, _file: file })
}

/// Copies `bytes` to a place only this process can write, for the dynamic loader to open.
#[cfg(not(target_os = "linux"))]
pub fn copy(bytes: &[u8]) -> std::io::Result<Copy> {
    let mut file =
        tempfile::Builder::new().prefix("informe-plugin-").suffix(std::env::consts::DLL_SUFFIX).tempfile()?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    let path = file.path().to_path_buf();
    Ok(Copy { path, _file: file.into_temp_path() })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_copy_reads_back_the_same_bytes() {
        let copy = super::copy(b"\x7fELF not really").expect("copy");
        assert_eq!(std::fs::read(copy.path()).expect("read"), b"\x7fELF not really");
    }
}
