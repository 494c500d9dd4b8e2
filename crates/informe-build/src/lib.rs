//! Link settings shared by informe's executable and its plugin libraries, applied from build scripts.
//!
//! A package's `build.rs` has `fn main() { informe_build::link(); }`, and the package lists
//! `informe-build` under `[build-dependencies]`.
//!
//! This crate has no dependencies, so a plugin's build pulls in nothing for it.

use std::env;

/// The first glibc whose loader reads packed relative relocations (`DT_RELR`).
const RELR_GLIBC: (u32, u32) = (2, 36);

/// Prints the link arguments for the package being built (its binaries, `cdylib`s and tests).
///
/// On Linux with glibc 2.36 or later, relative relocations are packed (`-z pack-relative-relocs`).
/// A position-independent Rust program has one relocation per pointer in its read-only data;
/// Typst's tables alone make 2.4 MB of them, which the loader reads in full at every start, so
/// they count in every run's resident memory. Packed, they take about 30 KB. Each plugin library
/// saves its own hundred-odd KB the same way, and all of them are loaded into one process.
///
/// An older glibc would refuse to load such a program, so the glibc of the build machine is asked
/// first; a cross build, where that glibc says nothing of the target's, keeps the default.
pub fn link() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=INFORME_NO_PACKED_RELOCS");
    if env::var_os("INFORME_NO_PACKED_RELOCS").is_some() {
        return;
    }
    let is = |key: &str, value: &str| env::var(key).is_ok_and(|v| v == value);
    let native = env::var("TARGET").ok().is_some_and(|target| env::var("HOST").is_ok_and(|host| host == target));
    if native
        && is("CARGO_CFG_TARGET_OS", "linux")
        && is("CARGO_CFG_TARGET_ENV", "gnu")
        && glibc::version().is_some_and(|version| version >= RELR_GLIBC)
    {
        println!("cargo::rustc-link-arg=-Wl,-z,pack-relative-relocs");
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    use std::ffi::{CStr, c_char};

    unsafe extern "C" {
        /// glibc's own version, such as `2.36`; part of its stable interface.
        fn gnu_get_libc_version() -> *const c_char;
    }

    /// The version of the glibc this build script runs on.
    pub fn version() -> Option<(u32, u32)> {
        // SAFETY: the function takes nothing and returns a pointer to a static NUL-terminated string.
        let text = unsafe { CStr::from_ptr(gnu_get_libc_version()) }.to_str().ok()?;
        super::parse(text)
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod glibc {
    /// Not glibc: no version to ask for.
    pub fn version() -> Option<(u32, u32)> {
        None
    }
}

/// `2.36` or `2.36.1` as (major, minor).
#[cfg_attr(
    not(all(target_os = "linux", target_env = "gnu")),
    allow(dead_code, reason = "only glibc is asked its version; the rule is tested everywhere")
)]
fn parse(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_glibc_versions() {
        assert_eq!(parse("2.36"), Some((2, 36)));
        assert_eq!(parse("2.39.1\n"), Some((2, 39)));
        assert_eq!(parse("2"), None);
        assert_eq!(parse("two.36"), None);
        assert!(parse("2.35").is_some_and(|v| v < RELR_GLIBC));
        assert!(parse("2.36").is_some_and(|v| v >= RELR_GLIBC));
        assert!(parse("3.0").is_some_and(|v| v >= RELR_GLIBC));
    }
}
