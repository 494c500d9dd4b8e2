//! Tunes glibc's allocator for the way a Typst compile allocates, before any thread starts.
//!
//! Typst's worker threads allocate from glibc's per-thread arenas. By default an arena hands
//! memory back whenever more than 128 KiB is free at its top, and takes it again a moment later:
//! about a thousand `mprotect` calls and as many fresh zeroed pages per report, each call holding
//! the address-space lock that page faults on the other threads wait for. Keeping 8 MiB of slack
//! makes that about twenty. It also turns off glibc's sliding mmap threshold, so large buffers go
//! back to the system when freed, which lowers peak memory from a few dozen programs on.
//! `BENCHMARKS.md` measures the result against the Typst CLI, which keeps the defaults.

/// The slack each heap keeps beyond what it uses, in bytes.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TOP_PAD: libc::c_int = 8 << 20;

/// Applies the tuning; other platforms' allocators are left as they are.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets a parameter of glibc's allocator, which glibc synchronizes.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, TOP_PAD);
    }
}
