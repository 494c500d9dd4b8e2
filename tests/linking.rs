//! How the executable and the shipped plugins are linked: packed relative relocations where the
//! system's glibc loads them (see `informe-build`), read back from the files with `readelf`.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

use std::path::Path;
use std::process::Command;

use informe_tests::{ensure_built, library, profile_dir};

const PLUGINS: [&str; 10] = [
    "informe-plugin-music",
    "informe-plugin-museums",
    "informe-plugin-audiovisual",
    "informe-plugin-crafts",
    "informe-plugin-libraries",
    "informe-plugin-performing-arts",
    "informe-plugin-archives",
    "informe-plugin-youth-orchestras",
    "informe-plugin-routes",
    "informe-plugin-community-culture",
];

/// The glibc of this machine, from `getconf GNU_LIBC_VERSION` (`glibc 2.36`).
fn glibc() -> (u32, u32) {
    let out = Command::new("getconf").arg("GNU_LIBC_VERSION").output().expect("run getconf");
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text.trim().strip_prefix("glibc ").unwrap_or_else(|| panic!("unexpected getconf output {text:?}"));
    let mut parts = version.split('.').map(|p| p.parse::<u32>().expect("a glibc version number"));
    (parts.next().expect("major"), parts.next().unwrap_or(0))
}

/// The dynamic-section tags of an ELF file, as `readelf -d` names them.
fn dynamic_tags(file: &Path) -> String {
    let out = Command::new("readelf").arg("-d").arg(file).output().expect("run readelf (binutils)");
    assert!(out.status.success(), "readelf -d {} failed", file.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn relative_relocations_are_packed_where_glibc_reads_them() {
    if std::env::var_os("INFORME_NO_PACKED_RELOCS").is_some() {
        return;
    }
    ensure_built();
    let packed = glibc() >= (2, 36);
    let mut files = vec![profile_dir().join("informe")];
    files.extend(PLUGINS.map(library));
    for file in files {
        let tags = dynamic_tags(&file);
        assert_eq!(tags.contains("(RELR)"), packed, "{}: DT_RELR expected {packed}:\n{tags}", file.display());
        if packed {
            // The version lockout: an older glibc refuses the file instead of misloading it.
            let out = Command::new("readelf").arg("-V").arg(&file).output().expect("run readelf");
            assert!(
                String::from_utf8_lossy(&out.stdout).contains("GLIBC_ABI_DT_RELR"),
                "{} lacks the GLIBC_ABI_DT_RELR requirement",
                file.display()
            );
        }
    }
}
