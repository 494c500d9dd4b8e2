//! A plugin that writes through a null pointer: no `catch_unwind` can stop the signal that follows.

use informe_plugin::prelude::*;

fn process(_: &Request) -> Result<Response, PluginError> {
    let null = std::hint::black_box(std::ptr::null_mut::<u64>());
    // SAFETY: deliberately unsound; the test proves the isolated host survives a SIGSEGV.
    unsafe { null.write_volatile(1) };
    Ok(Response::default())
}

informe_plugin::declare_plugin! {
    name: "fault-segfault",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-segfault"],
    process: process,
}
