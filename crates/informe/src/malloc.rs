//! Tunes glibc's allocator for the way a Typst compile allocates, before any thread starts.
//!
//! Typst's worker threads allocate from glibc's per-thread arenas, whose heaps are made writable
//! only as they grow, one `mprotect` per step: about a thousand calls for the fixture's report,
//! each holding the address-space lock that page faults on the other threads wait for. glibc
//! makes the first `M_TOP_PAD` bytes of a new heap writable at once and keeps that much when it
//! trims one; 8 MiB instead of 128 KiB brings the calls to about twenty. Setting it also turns
//! off glibc's sliding mmap threshold, so large buffers go back to the system when freed, which
//! lowers peak memory from a few hundred programs on. `BENCHMARKS.md` measures the result
//! against the Typst CLI, which keeps glibc's defaults.

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
