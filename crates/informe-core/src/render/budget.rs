//! The form's page budget: the body's pages, counted in the compiled document, against the form's.
//!
//! The template marks where the body begins and ends (`<informe-body-start>`, whose value is the
//! form the layout follows, and `<informe-body-end>`); the pages between them are counted from
//! the laid-out document, so the count is the document's own, never an estimate. The title page,
//! the contents and the annexes lie outside the marks.
//!
//! The 2012–2016 form's general guidelines: "The number of pages of the periodic reports should
//! not exceed 20, excluding Annexes" (the form's "General guidelines"; its help pages repeat
//! "do not exceed 20 pages / 10,000 words in the main body of the report"). The 2020 form is an
//! online form that limits each field's characters; its guidelines set no page budget, so a
//! 2020 report is not counted against one.

use typst::foundations::{Label, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::diagnostic::Diagnostic;

/// The label on the metadata that opens the body; its value is the form, `"2012"` or `"2020"`.
pub const BODY_START: &str = "informe-body-start";
/// The label on the metadata placed on the first page after the body (the annexes' heading).
pub const BODY_END: &str = "informe-body-end";

/// The most pages of body `form` allows, if its guidelines set a budget.
pub fn pages_allowed(form: &str) -> Option<usize> {
    match form {
        "2012" => Some(20),
        _ => None,
    }
}

/// The body of a compiled report: the form its layout follows and its pages, counted from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub form: String,
    pub first: usize,
    pub last: usize,
}

impl Body {
    pub fn pages(&self) -> usize {
        self.last + 1 - self.first
    }
}

/// The page a label's only element lies on, and the element.
fn marked(document: &PagedDocument, name: &str) -> Option<(usize, typst::foundations::Content)> {
    let label = Label::new(PicoStr::intern(name))?;
    let introspector = document.introspector();
    let content = introspector.query_label(label).ok()?.clone();
    let page = introspector.page(content.location()?)?;
    Some((page.get(), content))
}

/// The body of `document` as its template marks it; `None` when a template (a layer of one's
/// own) marks none, or marks it once more than a body can be.
pub fn body(document: &PagedDocument) -> Option<Body> {
    let (first, start) = marked(document, BODY_START)?;
    let form = match &start.to_packed::<MetadataElem>()?.value {
        Value::Str(form) => form.to_string(),
        _ => return None,
    };
    // The end mark sits on the annexes' first page: the body ends on the page before, and a
    // document whose annexes are missing ends its body on its last page.
    let last = marked(document, BODY_END).map_or(document.pages().len(), |(page, _)| page.saturating_sub(1));
    (last >= first).then_some(Body { form, first, last })
}

/// A warning when the body takes more pages than its form allows: a problem of the data (its
/// texts are too long), which only the laid-out document shows.
pub fn check(body: &Body) -> Option<Diagnostic> {
    let allowed = pages_allowed(&body.form)?;
    let pages = body.pages();
    (pages > allowed).then(|| {
        Diagnostic::warning(format!(
            "the body of the report takes {pages} pages (pages {} to {}): the {} form allows {allowed}, annexes aside",
            body.first, body.last, body.form
        ))
        .with_hint(format!(
            "{} over: shorten its texts, or move statistics and documents to the annexes",
            match pages - allowed {
                1 => "1 page".to_owned(),
                over => format!("{over} pages"),
            }
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(form: &str, first: usize, last: usize) -> Body {
        Body { form: form.to_owned(), first, last }
    }

    #[test]
    fn the_2012_form_allows_twenty_pages_and_the_2020_form_sets_no_budget() {
        assert_eq!(check(&body("2012", 3, 22)), None, "twenty pages fit");
        let warning = check(&body("2012", 3, 23)).expect("twenty-one pages do not");
        assert!(!warning.is_error());
        assert_eq!(
            warning.message,
            "the body of the report takes 21 pages (pages 3 to 23): the 2012 form allows 20, annexes aside"
        );
        assert!(warning.hints[0].starts_with("1 page over: shorten"), "{:?}", warning.hints);
        assert_eq!(check(&body("2020", 3, 80)), None);
    }
}
