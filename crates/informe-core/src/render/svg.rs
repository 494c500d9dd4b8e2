//! The report's pages as SVG images, for a live preview: the same template, world and compile as
//! [`super::pdf`], so the preview shows the pages the PDF will have, without the PDF export.
//!
//! Typst memoizes its work (comemo) on what the world answers, not on the world itself: a world
//! over the same template layers and a changed document model reuses every evaluation and layout
//! that did not read the changed part, which is what makes a re-render after a small edit fast.

use typst_layout::PagedDocument;

use crate::render::{RenderError, RenderOptions, ReportWorld, Template, TemplateDiagnostic, budget};

/// The pages of one render.
#[derive(Debug)]
pub struct Pages {
    /// One standalone SVG document per page, in order.
    pub pages: Vec<String>,
    /// Template warnings, and the body's pages past its form's budget, as for the PDF.
    pub warnings: Vec<TemplateDiagnostic>,
    /// Time spent by Typst compiling and laying out, then writing the SVG images.
    pub compile_time: std::time::Duration,
    pub export_time: std::time::Duration,
}

/// Compiles the template in `template`'s layers over the JSON document model, as [`super::pdf`]
/// does with the same `options` (its date and time budget; the PDF standards concern the export
/// alone), and writes each page as SVG.
pub fn svg(template: Template, model: Vec<u8>, options: &RenderOptions) -> Result<Pages, RenderError> {
    let world = std::sync::Arc::new(ReportWorld::new(template, model, super::datetime(options.timestamp)));
    let started = std::time::Instant::now();
    let warned = super::compile_within(&world, options.compile_budget)?;
    let compile_time = started.elapsed();
    let mut warnings = super::convert(&world, &warned.warnings);
    let document: PagedDocument =
        warned.output.map_err(|errors| RenderError::Template(super::convert(&world, &errors)))?;
    warnings.extend(budget::body(&document).as_ref().and_then(budget::check));

    let started = std::time::Instant::now();
    let options = typst_svg::SvgOptions { render_bleed: false, pretty: false };
    let pages = document.pages().iter().map(|page| typst_svg::svg(page, &options)).collect();
    Ok(Pages { pages, warnings, compile_time, export_time: started.elapsed() })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page template over the model's `text`.
    fn template(dir: &std::path::Path) -> Template {
        std::fs::write(dir.join("main.typ"), "#let data = json(\"/data/report.json\")\n#data.text\n").expect("write");
        Template::default().with_folder(dir).expect("template folder")
    }

    fn options() -> RenderOptions {
        RenderOptions {
            timestamp: 0,
            ident: "test".into(),
            standards: Vec::new(),
            compile_budget: std::time::Duration::from_secs(60),
        }
    }

    #[test]
    fn each_page_is_an_svg_document_that_follows_the_model() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = svg(template(dir.path()), br#"{"text": "one"}"#.to_vec(), &options()).expect("renders");
        assert_eq!(first.pages.len(), 1);
        assert!(first.pages[0].starts_with("<svg"), "{}", &first.pages[0][..80]);
        assert!(first.pages[0].trim_end().ends_with("</svg>"));
        let again = svg(template(dir.path()), br#"{"text": "one"}"#.to_vec(), &options()).expect("renders");
        assert_eq!(again.pages, first.pages, "the same model gives the same pages");
        let changed = svg(template(dir.path()), br#"{"text": "two"}"#.to_vec(), &options()).expect("renders");
        assert_ne!(changed.pages, first.pages);
    }

    #[test]
    fn a_template_error_is_located_as_for_the_pdf() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.typ"), "#let x = (\n").expect("write");
        let template = Template::default().with_folder(dir.path()).expect("template folder");
        match svg(template, b"{}".to_vec(), &options()) {
            Err(RenderError::Template(found)) => {
                assert!(found.iter().any(|d| d.error && d.position.is_some()), "{found:?}");
            }
            other => panic!("expected a template error, got {other:?}"),
        }
    }
}
