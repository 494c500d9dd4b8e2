//! A shared library that exports a function but not the informe entry symbol.

/// Some exported function, so the library is not empty.
#[unsafe(no_mangle)]
pub extern "C" fn informe_plugin_version() -> u32 {
    1
}
