//! The report's pages as SVG images, for a live preview: the same template, world and compile as
//! [`super::pdf`], so the preview shows the pages the PDF will have, without the PDF export.
//!
//! Typst memoizes its work (comemo) on what the world answers, not on the world itself: a world
//! over the same template layers and a changed document model reuses every evaluation and layout
//! that did not read the changed part, which is what makes a re-render after a small edit fast.

use typst_layout::PagedDocument;

use crate::diagnostic::Diagnostic;
use crate::render::{RenderError, RenderOptions, ReportWorld, Template, budget};

/// The pages of one render.
#[derive(Debug)]
pub struct Pages {
    /// Every page, in order.
    pub pages: Vec<Page>,
    /// Template warnings, and the body's pages past its form's budget, as for the PDF.
    pub warnings: Vec<Diagnostic>,
    /// Time spent by Typst compiling and laying out, then writing the SVG images.
    pub compile_time: std::time::Duration,
    pub export_time: std::time::Duration,
}

/// One page: its key, and the page as a standalone SVG document unless the caller had it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// A hash of the laid-out page: equal keys, equal images (within one build of informe).
    pub key: u128,
    pub svg: Option<String>,
}

/// Compiles the template in `template`'s layers over the JSON document model, as [`super::pdf`]
/// does with the same `options` (its date and time budget; the PDF standards concern the export
/// alone), and writes each page as SVG, but those whose key is in `known`: a caller that keeps
/// the images of the last render receives only the pages an edit changed.
pub fn svg(template: Template, model: Vec<u8>, options: &RenderOptions, known: &[u128]) -> Result<Pages, RenderError> {
    let world = std::sync::Arc::new(ReportWorld::new(template, model, super::datetime(options.timestamp)));
    let started = std::time::Instant::now();
    let warned = super::compile_within(&world, options.compile_budget)?;
    let compile_time = started.elapsed();
    let mut warnings = super::convert(&world, &warned.warnings);
    let document: PagedDocument =
        warned.output.map_err(|errors| RenderError::Template(super::convert(&world, &errors)))?;
    warnings.extend(budget::body(&document).as_ref().and_then(budget::check));

    let started = std::time::Instant::now();
    let pages = export(&document, known);
    Ok(Pages { pages, warnings, compile_time, export_time: started.elapsed() })
}

/// The pages of `document`, those not `known` written as SVG on as many threads as there are
/// cores: the images are independent, and a preview waits for the last.
fn export(document: &PagedDocument, known: &[u128]) -> Vec<Page> {
    let options = typst_svg::SvgOptions { render_bleed: false, pretty: false };
    let mut pages: Vec<Page> =
        document.pages().iter().map(|page| Page { key: typst::utils::hash128(page), svg: None }).collect();
    let wanted: Vec<usize> = (0..pages.len()).filter(|&i| !known.contains(&pages[i].key)).collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(wanted.len()).max(1);
    let written: Vec<(usize, String)> = std::thread::scope(|scope| {
        let chunks = wanted.chunks(wanted.len().div_ceil(threads).max(1));
        let handles: Vec<_> = chunks
            .map(|chunk| {
                scope.spawn(|| {
                    chunk.iter().map(|&i| (i, typst_svg::svg(&document.pages()[i], &options))).collect::<Vec<_>>()
                })
            })
            .collect();
        // A thread that panicked leaves its pages unwritten, as if known: the caller shows the old.
        handles.into_iter().flat_map(|handle| handle.join().unwrap_or_default()).collect()
    });
    for (i, svg) in written {
        pages[i].svg = Some(svg);
    }
    pages
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
        let render = |model: &[u8], known: &[u128]| svg(template(dir.path()), model.to_vec(), &options(), known);
        let first = render(br#"{"text": "one"}"#, &[]).expect("renders");
        assert_eq!(first.pages.len(), 1);
        let image = first.pages[0].svg.as_deref().expect("written");
        assert!(image.starts_with("<svg") && image.trim_end().ends_with("</svg>"), "{image}");
        let again = render(br#"{"text": "one"}"#, &[]).expect("renders");
        assert_eq!(again.pages, first.pages, "the same model gives the same pages");
        let changed = render(br#"{"text": "two"}"#, &[]).expect("renders");
        assert_ne!(changed.pages[0].key, first.pages[0].key);
        assert_ne!(changed.pages[0].svg, first.pages[0].svg);
        // A page the caller has is keyed, not written again.
        let known = render(br#"{"text": "one"}"#, &[first.pages[0].key]).expect("renders");
        assert_eq!(known.pages, [Page { key: first.pages[0].key, svg: None }]);
    }

    #[test]
    fn a_template_error_is_located_as_for_the_pdf() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.typ"), "#let x = (\n").expect("write");
        let template = Template::default().with_folder(dir.path()).expect("template folder");
        match svg(template, b"{}".to_vec(), &options(), &[]) {
            Err(RenderError::Template(found)) => {
                assert!(found.iter().any(|d| d.is_error() && d.position.is_some()), "{found:?}");
            }
            other => panic!("expected a template error, got {other:?}"),
        }
    }
}
