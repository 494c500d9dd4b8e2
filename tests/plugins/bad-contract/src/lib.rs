//! A plugin whose answer is valid JSON but breaks the output contract: two metrics share an id.

use informe_plugin::prelude::*;

fn process(_: &Request) -> Result<Response, PluginError> {
    Ok(Response {
        metrics: vec![Metric::count("events", "Events held", 3), Metric::count("events", "Events held again", 4)],
        ..Response::default()
    })
}

informe_plugin::declare_plugin! {
    name: "fault-bad-contract",
    version: env!("CARGO_PKG_VERSION"),
    families: ["fault-bad-contract"],
    process: process,
}
