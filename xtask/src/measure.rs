//! Running a command and measuring it: wall time and peak resident memory, from `wait4`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// One measured run.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub wall: Duration,
    /// Peak resident set size of the process, in KiB.
    pub peak_kib: u64,
}

/// Runs `command` to completion with its output discarded, and measures it.
pub fn run(command: &mut Command) -> anyhow::Result<Sample> {
    let started = Instant::now();
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {command:?}"))?;
    let (status, peak_kib, stderr) = wait(child)?;
    let wall = started.elapsed();
    if status != 0 {
        bail!("{command:?} failed (wait status {status}):\n{stderr}");
    }
    Ok(Sample { wall, peak_kib })
}

/// Waits for `child` with `wait4`, which also returns the child's peak memory (std's `wait` does
/// not); stderr is read first so a chatty child cannot block on a full pipe.
fn wait(mut child: std::process::Child) -> anyhow::Result<(i32, u64, String)> {
    use std::io::Read;
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr).ok();
    }
    let pid = libc::pid_t::try_from(child.id()).context("pid out of range")?;
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own unreaped child; both pointers are valid for writes.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if reaped != pid {
        bail!("wait4 failed: {}", std::io::Error::last_os_error());
    }
    // On Linux `ru_maxrss` is in KiB.
    Ok((status, u64::try_from(usage.ru_maxrss).unwrap_or(0), stderr))
}

/// Median, minimum and maximum of `values`.
pub fn spread<T: Copy + Ord>(values: &[T]) -> Option<(T, T, T)> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    Some((*sorted.get(sorted.len() / 2)?, *sorted.first()?, *sorted.last()?))
}

/// Drops the files' pages from the kernel's file cache (after writing back any dirty ones).
///
/// A program's resident memory counts the pages of its own file it maps, and how many the kernel
/// maps on each fault depends on how those pages came into the cache: a binary the linker has
/// just written reads as about 2 MiB more than the same file read back from disk. Both tools are
/// therefore measured from files the kernel reads afresh, as after a reboot; the runs after the
/// first find them cached again. Evicting a clean page needs no privilege, only read access.
pub fn settle(files: &[PathBuf]) -> anyhow::Result<()> {
    use std::os::fd::AsRawFd;
    for file in files {
        let opened = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
        opened.sync_all().ok();
        // SAFETY: a valid open descriptor; offset 0 and length 0 mean the whole file.
        let failed = unsafe { libc::posix_fadvise(opened.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
        if failed != 0 {
            bail!("cannot drop {} from the file cache: {}", file.display(), std::io::Error::from_raw_os_error(failed));
        }
    }
    Ok(())
}

/// Where `program` runs from: itself if it names a path, else the first match on `PATH`.
pub fn resolve(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 {
        return Some(program.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(program)).find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_real_process_and_reports_failure() {
        let sample = run(Command::new("sh").args(["-c", "sleep 0.05"])).expect("run");
        assert!(sample.wall >= Duration::from_millis(50), "{sample:?}");
        assert!(sample.peak_kib > 0, "{sample:?}");
        let err = run(Command::new("sh").args(["-c", "echo nope >&2; exit 3"])).expect_err("fails");
        assert!(err.to_string().contains("nope"), "{err}");
    }

    #[test]
    fn spread_is_median_min_max() {
        assert_eq!(spread(&[5, 1, 3]), Some((3, 1, 5)));
        assert_eq!(spread::<u32>(&[]), None);
    }
}
