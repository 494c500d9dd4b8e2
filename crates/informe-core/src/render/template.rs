//! Template files, looked up through layers: override folders first, the embedded default last.
//!
//! Invariant: a template can read only files inside its layers' roots. Paths are normalised by
//! Typst (no `..` above the root), and a folder layer also refuses files whose real path, after
//! following symlinks, leaves the folder.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use typst::diag::{FileError, FileResult};
use typst::syntax::VirtualPath;

/// The official report template, compiled into the binary so `informe` works from any folder.
static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../templates/default");

/// The file every template starts from.
pub const MAIN: &str = "main.typ";

/// One place template files come from.
#[derive(Debug, Clone)]
enum Layer {
    /// A folder on disk, canonicalised.
    Folder(PathBuf),
    /// The embedded default template.
    Default,
}

/// A stack of template layers; the first layer holding a file wins.
#[derive(Debug, Clone)]
pub struct Template {
    layers: Vec<Layer>,
}

impl Default for Template {
    fn default() -> Self {
        Self { layers: vec![Layer::Default] }
    }
}

impl Template {
    /// Puts `folder` in front of the current layers, so its files override theirs.
    pub fn with_folder(mut self, folder: &Path) -> std::io::Result<Self> {
        let canonical = folder.canonicalize()?;
        if !canonical.is_dir() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder"));
        }
        self.layers.insert(0, Layer::Folder(canonical));
        Ok(self)
    }

    /// Reads a template file and says which layer served it.
    pub fn read(&self, vpath: &VirtualPath) -> FileResult<(Vec<u8>, String)> {
        let relative = vpath.get_without_slash();
        for layer in &self.layers {
            match layer {
                Layer::Default => {
                    if let Some(file) = DEFAULT.get_file(relative) {
                        return Ok((file.contents().to_vec(), format!("<default template>/{relative}")));
                    }
                }
                Layer::Folder(root) => {
                    let path = vpath.realize(root).map_err(FileError::from)?;
                    if !path.exists() {
                        continue;
                    }
                    let real = path.canonicalize().map_err(|err| FileError::from_io(err, &path))?;
                    if !real.starts_with(root) {
                        return Err(FileError::AccessDenied);
                    }
                    if real.is_dir() {
                        return Err(FileError::IsDirectory);
                    }
                    let bytes = std::fs::read(&real).map_err(|err| FileError::from_io(err, &real))?;
                    return Ok((bytes, path.display().to_string()));
                }
            }
        }
        Err(FileError::NotFound(PathBuf::from(relative)))
    }

    /// Where `vpath` would be read from, for messages.
    pub fn describe(&self, vpath: &VirtualPath) -> String {
        self.read(vpath).map(|(_, name)| name).unwrap_or_else(|_| vpath.get_with_slash().to_owned())
    }
}
