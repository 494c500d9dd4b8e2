//! Rewrites the ODS zip reproducibly: every entry dated at one fixed moment, XML parts canonical.

use std::io::{Cursor, Read, Write};

use zip::result::{ZipError, ZipResult};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::ods::canonical::canonicalize;

/// Copies `archive` entry by entry, order kept, with the date of `timestamp` and XML canonical.
pub fn fix(archive: &[u8], timestamp: i64) -> ZipResult<Vec<u8>> {
    let moment = time::OffsetDateTime::from_unix_timestamp(timestamp).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    // Zip dates start in 1980; an earlier moment takes the format's first date.
    let date = DateTime::try_from(time::PrimitiveDateTime::new(moment.date(), moment.time())).unwrap_or_default();
    let mut reader = ZipArchive::new(Cursor::new(archive))?;
    let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(archive.len())));
    for index in 0..reader.len() {
        let name = reader.by_index_raw(index)?.name().to_owned();
        if name.ends_with(".xml") {
            let mut xml = Vec::new();
            reader.by_index(index)?.read_to_end(&mut xml)?;
            if name == "meta.xml" {
                xml = crate::ods::meta::declare_dc(&xml);
            }
            let xml = canonicalize(&xml).map_err(|e| ZipError::Io(std::io::Error::other(e)))?;
            let options =
                SimpleFileOptions::default().compression_method(CompressionMethod::Deflated).last_modified_time(date);
            writer.start_file(name, options)?;
            writer.write_all(&xml)?;
        } else {
            // `mimetype` must stay first and stored: copied as it is.
            writer.raw_copy_file_touch(reader.by_index_raw(index)?, date, None)?;
        }
    }
    let mut out = writer.finish()?;
    out.flush()?;
    Ok(out.into_inner())
}
