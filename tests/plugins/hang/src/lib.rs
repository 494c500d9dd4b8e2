//! A plugin that never returns, as one stuck on a lock or a network call would.

use informe_plugin::prelude::*;

fn process(_: &Request) -> Result<Response, PluginError> {
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}

informe_plugin::declare_plugin! {
    name: "fault-hang",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-hang"],
    process: process,
}
