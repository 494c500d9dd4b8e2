//! A plugin that panics on every program: the SDK must turn the panic into an error the host names.

use informe_plugin::prelude::*;

fn process(request: &Request) -> Result<Response, PluginError> {
    panic!("index out of range while reading program `{}`", request.program.id)
}

informe_plugin::declare_plugin! {
    name: "fault-panics",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-panics"],
    process: process,
}
