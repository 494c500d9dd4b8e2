//! `meta.xml` made well-formed XML with namespaces: the ODS crate writes Dublin Core elements
//! (`dc:title`, `dc:date`, `dc:language`…) without declaring the `dc:` prefix, which strict XML
//! readers refuse.

/// The Dublin Core namespace ODF's metadata uses (ODF 1.3, part 3, section 4.2).
const DC: &str = "http://purl.org/dc/elements/1.1/";

/// `xml` (a `meta.xml` part) with the `dc:` prefix declared on its root when it uses it undeclared.
pub fn declare_dc(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let root = "<office:document-meta";
    let uses = text.contains("<dc:");
    let declared = text.contains("xmlns:dc=");
    match text.find(root) {
        Some(at) if uses && !declared => {
            let after = at + root.len();
            format!("{} xmlns:dc=\"{DC}\"{}", &text[..after], &text[after..]).into_bytes()
        }
        _ => xml.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use quick_xml::events::Event;
    use quick_xml::name::ResolveResult;

    use super::*;

    /// Every element and attribute prefix of `xml` that names no declared namespace.
    fn undeclared(xml: &[u8]) -> Vec<String> {
        let mut reader = quick_xml::NsReader::from_reader(xml);
        let mut found = Vec::new();
        let mut buf = Vec::new();
        loop {
            match reader.read_resolved_event_into(&mut buf).expect("well-formed") {
                (ResolveResult::Unknown(prefix), Event::Start(_) | Event::Empty(_)) => {
                    found.push(String::from_utf8_lossy(&prefix).into_owned());
                }
                (_, Event::Eof) => break,
                _ => {}
            }
            buf.clear();
        }
        found
    }

    #[test]
    fn the_workbooks_metadata_declares_every_prefix_it_uses() {
        let mut book = spreadsheet_ods::WorkBook::new_empty();
        book.push_sheet(spreadsheet_ods::Sheet::new("one"));
        let meta = book.metadata_mut();
        meta.title = "title".into();
        meta.language = "en".into();
        let bytes = spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).expect("write");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut xml = Vec::new();
        archive.by_name("meta.xml").expect("meta.xml").read_to_end(&mut xml).expect("read");
        // What the ODS crate writes lacks the declaration (if it ever adds it, nothing is added).
        let fixed = declare_dc(&xml);
        assert!(undeclared(&fixed).is_empty(), "{}", String::from_utf8_lossy(&fixed));
        assert_eq!(declare_dc(&fixed), fixed, "declared once");
    }
}
