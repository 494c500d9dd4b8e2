//! Canonical XML for the ODS parts: attributes sorted, and the children of containers whose
//! order carries no meaning (style lists, the manifest) sorted.
//!
//! The ODS writer keeps styles in hash maps, so its output order changes from run to run; this
//! pass makes the same workbook always serialise to the same bytes.

use std::io::{Cursor, Write};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

/// Containers whose child elements may be reordered without changing the document.
const UNORDERED: &[&[u8]] =
    &[b"office:automatic-styles", b"office:styles", b"office:font-face-decls", b"manifest:manifest"];

/// Rewrites `xml` canonically.
pub fn canonicalize(xml: &[u8]) -> quick_xml::Result<Vec<u8>> {
    let mut reader = Reader::from_reader(xml);
    let mut events = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Eof => break,
            event => events.push(event.into_owned()),
        }
        buf.clear();
    }
    let mut writer = Writer::new(Cursor::new(Vec::with_capacity(xml.len())));
    write_events(&mut writer, &events)?;
    Ok(writer.into_inner().into_inner())
}

fn sorted_attributes(start: &BytesStart<'_>) -> BytesStart<'static> {
    let mut attributes: Vec<(Vec<u8>, Vec<u8>)> =
        start.attributes().flatten().map(|a| (a.key.as_ref().to_vec(), a.value.into_owned())).collect();
    attributes.sort();
    let mut out = BytesStart::new(String::from_utf8_lossy(start.name().as_ref()).into_owned());
    for (key, value) in &attributes {
        // Values stay in their escaped form, exactly as read.
        out.push_attribute(quick_xml::events::attributes::Attribute {
            key: quick_xml::name::QName(key),
            value: value.as_slice().into(),
        });
    }
    out
}

/// Writes `events`, sorting the children of unordered containers.
fn write_events(writer: &mut Writer<Cursor<Vec<u8>>>, events: &[Event<'static>]) -> quick_xml::Result<()> {
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(start) => {
                let end = matching_end(events, i);
                writer.write_event(Event::Start(sorted_attributes(start)))?;
                let inner = &events[i + 1..end];
                if UNORDERED.contains(&start.name().as_ref()) {
                    let mut children = Vec::new();
                    for child in split_children(inner) {
                        let mut sub = Writer::new(Cursor::new(Vec::new()));
                        write_events(&mut sub, child)?;
                        children.push(sub.into_inner().into_inner());
                    }
                    children.sort();
                    for child in children {
                        writer.get_mut().write_all(&child)?;
                    }
                } else {
                    write_events(writer, inner)?;
                }
                if let Some(close) = events.get(end) {
                    writer.write_event(close.clone())?;
                }
                i = end + 1;
            }
            Event::Empty(start) => {
                writer.write_event(Event::Empty(sorted_attributes(start)))?;
                i += 1;
            }
            other => {
                writer.write_event(other.clone())?;
                i += 1;
            }
        }
    }
    Ok(())
}

/// Index of the `End` matching the `Start` at `start` (or the end of the slice).
fn matching_end(events: &[Event<'static>], start: usize) -> usize {
    let mut depth = 0usize;
    for (offset, event) in events[start..].iter().enumerate() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return start + offset;
                }
            }
            _ => {}
        }
    }
    events.len()
}

/// Splits the content of an element into its top-level children (text between them included).
fn split_children<'a>(events: &'a [Event<'static>]) -> Vec<&'a [Event<'static>]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let end = match &events[i] {
            Event::Start(_) => matching_end(events, i),
            _ => i,
        };
        out.push(&events[i..=end.min(events.len() - 1)]);
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_attributes_and_unordered_children_only() {
        let a =
            br#"<r><office:styles><s n="b" x="1"/><s x="2" n="a"><p/></s></office:styles><t><c>2</c><c>1</c></t></r>"#;
        let b =
            br#"<r><office:styles><s x="2" n="a"><p/></s><s x="1" n="b"/></office:styles><t><c>2</c><c>1</c></t></r>"#;
        let (ca, cb) = (canonicalize(a).expect("a"), canonicalize(b).expect("b"));
        assert_eq!(ca, cb);
        let text = String::from_utf8(ca).expect("utf-8");
        assert_eq!(
            text,
            r#"<r><office:styles><s n="a" x="2"><p/></s><s n="b" x="1"/></office:styles><t><c>2</c><c>1</c></t></r>"#
        );
    }
}
