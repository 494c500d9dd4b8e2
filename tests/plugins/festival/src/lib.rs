//! A plugin for the `festival` family, built only by the tests to prove drop-in loading.

use informe_plugin::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    editions: u64,
    selected_projects: u64,
}

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: Data = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        Err(rejected) => return Ok(rejected),
    };
    let fmt = Formatter::new(&request.context.language);
    let section = Section::new("Festival editions").with(Block::Paragraph {
        spans: vec![
            Span::plain("The festival held "),
            Span::strong(fmt.count(data.editions)),
            Span::plain(" editions in the period."),
        ],
    });
    Ok(Response {
        sections: vec![section],
        metrics: vec![
            Metric::count("editions", "Festival editions held", data.editions),
            Metric::count("selected-projects", "Projects selected by the festival", data.selected_projects)
                .feeds(BENEFICIARY_PROJECTS),
        ],
        summary: Some(format!("The festival held {} editions.", fmt.count(data.editions))),
        ..Response::default()
    })
}

informe_plugin::declare_plugin! {
    name: "festival",
    version: env!("CARGO_PKG_VERSION"),
    families: ["festival"],
    process: process,
}
