//! A plugin built for ABI major 99: only its header is valid, the rest must never be read.

use informe_plugin::abi::{DescriptorHeader, MAGIC};

/// Just the header; a host that read further would read past this static.
static HEADER: DescriptorHeader = DescriptorHeader { magic: MAGIC, abi_major: 99, abi_minor: 0, size: 16 };

#[unsafe(no_mangle)]
pub extern "C" fn informe_plugin_descriptor() -> *const DescriptorHeader {
    &HEADER
}
