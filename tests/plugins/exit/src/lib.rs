//! A plugin that ends the whole process with an exit status of its own, as a C library that
//! calls `exit` on an error would.

use informe_plugin::prelude::*;

fn process(_: &Request) -> Result<Response, PluginError> {
    std::process::exit(42)
}

informe_plugin::declare_plugin! {
    name: "fault-exit",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-exit"],
    process: process,
}
