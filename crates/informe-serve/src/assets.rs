//! The page and its scripts and styles, embedded in the binary: the workbench needs no network
//! and no build step (plain HTML, CSS and JavaScript).

/// An embedded file by name: its media type and bytes.
pub fn get(name: &str) -> Option<(&'static str, &'static [u8])> {
    const JS: &str = "text/javascript; charset=utf-8";
    Some(match name {
        "index.html" => ("text/html; charset=utf-8", include_bytes!("../assets/index.html")),
        "app.css" => ("text/css; charset=utf-8", include_bytes!("../assets/app.css")),
        "app.js" => (JS, include_bytes!("../assets/app.js")),
        "form.js" => (JS, include_bytes!("../assets/form.js")),
        "words.js" => (JS, include_bytes!("../assets/words.js")),
        "countries.js" => (JS, include_bytes!("../assets/countries.js")),
        "icon.svg" => ("image/svg+xml", include_bytes!("../assets/icon.svg")),
        _ => return None,
    })
}
