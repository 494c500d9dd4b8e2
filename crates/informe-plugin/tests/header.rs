//! `include/informe_plugin.h` declares exactly the Rust ABI: sizes, offsets and constants compared.
//!
//! A C program compiled with the system compiler prints what the header says; the test compares
//! it with `size_of`/`offset_of!` and the constants of `abi.rs`, so the two cannot drift apart.

use std::mem::{offset_of, size_of};
use std::path::Path;
use std::process::Command;

use informe_plugin::abi::{self, Descriptor, DescriptorHeader, RawBuffer, StrRef};

/// The C side: one `name value` line per fact.
const PROGRAM: &str = r#"
#include <stdio.h>
#include <string.h>
#include "informe_plugin.h"
#define FACT(name, value) printf("%s %lu\n", name, (unsigned long)(value))
int main(void) {
    FACT("str.size", sizeof(informe_str));
    FACT("str.len", offsetof(informe_str, len));
    FACT("buffer.size", sizeof(informe_buffer));
    FACT("buffer.len", offsetof(informe_buffer, len));
    FACT("buffer.cap", offsetof(informe_buffer, cap));
    FACT("header.size", sizeof(informe_descriptor_header));
    FACT("header.abi_major", offsetof(informe_descriptor_header, abi_major));
    FACT("header.abi_minor", offsetof(informe_descriptor_header, abi_minor));
    FACT("header.size_field", offsetof(informe_descriptor_header, size));
    FACT("descriptor.size", sizeof(informe_descriptor));
    FACT("descriptor.sdk_version", offsetof(informe_descriptor, sdk_version));
    FACT("descriptor.name", offsetof(informe_descriptor, name));
    FACT("descriptor.version", offsetof(informe_descriptor, version));
    FACT("descriptor.families", offsetof(informe_descriptor, families));
    FACT("descriptor.families_len", offsetof(informe_descriptor, families_len));
    FACT("descriptor.process", offsetof(informe_descriptor, process));
    FACT("descriptor.schema", offsetof(informe_descriptor, schema));
    FACT("descriptor.free", offsetof(informe_descriptor, free));
    FACT("abi.major", INFORME_ABI_MAJOR);
    FACT("abi.minor", INFORME_ABI_MINOR);
    FACT("status.ok", INFORME_STATUS_OK);
    FACT("status.error", INFORME_STATUS_ERROR);
    FACT("status.panic", INFORME_STATUS_PANIC);
    FACT("magic.matches", sizeof(INFORME_MAGIC) == 9 && memcmp(INFORME_MAGIC, "INFORME\0", 8) == 0);
    FACT("entry.matches", strcmp(INFORME_ENTRY_SYMBOL, "informe_plugin_descriptor") == 0);
    return 0;
}
"#;

#[test]
fn the_c_header_has_the_layout_and_constants_of_the_rust_abi() {
    let dir = tempfile_dir();
    let source = dir.join("facts.c");
    let exe = dir.join("facts");
    std::fs::write(&source, PROGRAM).expect("write the C program");
    let include = Path::new(env!("CARGO_MANIFEST_DIR")).join("include");
    let compiled = Command::new("cc")
        .args(["-std=c99", "-Wall", "-Werror", "-I"])
        .arg(&include)
        .arg(&source)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("run the system C compiler `cc`");
    assert!(compiled.status.success(), "{}", String::from_utf8_lossy(&compiled.stderr));
    let output = Command::new(&exe).output().expect("run the C program");
    let facts: std::collections::BTreeMap<String, usize> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_once(' '))
        .map(|(name, value)| (name.to_owned(), value.parse().expect("a number")))
        .collect();
    let expected: &[(&str, usize)] = &[
        ("str.size", size_of::<StrRef>()),
        ("str.len", offset_of!(StrRef, len)),
        ("buffer.size", size_of::<RawBuffer>()),
        ("buffer.len", offset_of!(RawBuffer, len)),
        ("buffer.cap", offset_of!(RawBuffer, cap)),
        ("header.size", size_of::<DescriptorHeader>()),
        ("header.abi_major", offset_of!(DescriptorHeader, abi_major)),
        ("header.abi_minor", offset_of!(DescriptorHeader, abi_minor)),
        ("header.size_field", offset_of!(DescriptorHeader, size)),
        ("descriptor.size", size_of::<Descriptor>()),
        ("descriptor.sdk_version", offset_of!(Descriptor, sdk_version)),
        ("descriptor.name", offset_of!(Descriptor, name)),
        ("descriptor.version", offset_of!(Descriptor, version)),
        ("descriptor.families", offset_of!(Descriptor, families)),
        ("descriptor.families_len", offset_of!(Descriptor, families_len)),
        ("descriptor.process", offset_of!(Descriptor, process)),
        ("descriptor.schema", offset_of!(Descriptor, schema)),
        ("descriptor.free", offset_of!(Descriptor, free)),
        ("abi.major", usize::from(abi::ABI_MAJOR)),
        ("abi.minor", usize::from(abi::ABI_MINOR)),
        ("status.ok", abi::status::OK as usize),
        ("status.error", abi::status::ERROR as usize),
        ("status.panic", abi::status::PANIC as usize),
        ("magic.matches", usize::from(abi::MAGIC == *b"INFORME\0")),
        ("entry.matches", usize::from(abi::ENTRY_SYMBOL == "informe_plugin_descriptor")),
    ];
    for (name, want) in expected {
        assert_eq!(
            facts.get(*name),
            Some(want),
            "`{name}`: the header says {:?}, the Rust ABI {want}",
            facts.get(*name)
        );
    }
    assert_eq!(facts.len(), expected.len(), "every fact the C program prints is compared: {facts:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh folder for the C build (the SDK has no dev-dependency on `tempfile`).
fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("informe-header-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
