//! A plugin that aborts the whole process, as a failed assertion in C code would.

use informe_plugin::prelude::*;

fn process(_: &Request) -> Result<Response, PluginError> {
    std::process::abort()
}

informe_plugin::declare_plugin! {
    name: "fault-abort",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-abort"],
    process: process,
}
