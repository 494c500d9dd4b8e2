//! Template files, looked up through layers: override folders first, then an institution's
//! folder, the embedded default last.
//!
//! Invariant: a template can read only files inside its layers' roots. Paths are normalised by
//! Typst (no `..` above the root), and a folder layer also refuses files whose real path, after
//! following symlinks, leaves the folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use typst::diag::{FileError, FileResult};
use typst::syntax::VirtualPath;

/// The shipped templates (`default/`) and institutions (`institutions/NAME/`), compiled into the
/// binary so `informe` works from any folder.
static SHIPPED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../templates");

/// The file every template starts from.
pub const MAIN: &str = "main.typ";

/// One place template files come from.
#[derive(Debug, Clone)]
enum Layer {
    /// A folder on disk, canonicalised.
    Folder(PathBuf),
    /// A folder of the shipped templates, e.g. `default` or `institutions/imcine`.
    Shipped(String),
}

/// A stack of template layers; the first layer holding a file wins.
#[derive(Debug, Clone)]
pub struct Template {
    layers: Vec<Layer>,
}

impl Default for Template {
    fn default() -> Self {
        Self { layers: vec![Layer::Shipped("default".to_owned())] }
    }
}

/// A shipped folder, by its path inside `templates/`.
pub(crate) fn shipped(path: &str) -> Option<&'static Dir<'static>> {
    SHIPPED.get_dir(path)
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

    /// Puts a shipped folder (`institutions/NAME`) in front of the current layers.
    pub(crate) fn with_shipped(mut self, path: String) -> Self {
        self.layers.insert(0, Layer::Shipped(path));
        self
    }

    /// Reads a template file and says which layer served it.
    pub fn read(&self, vpath: &VirtualPath) -> FileResult<(Vec<u8>, String)> {
        let relative = vpath.get_without_slash();
        for layer in &self.layers {
            match layer {
                Layer::Shipped(root) => {
                    if let Some(file) = SHIPPED.get_file(format!("{root}/{relative}")) {
                        return Ok((file.contents().to_vec(), format!("<{root} template>/{relative}")));
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

    /// Every file the layers provide, by path relative to the template root, each from the first
    /// layer that holds it: the template exactly as a compilation sees it.
    pub fn files(&self) -> std::io::Result<BTreeMap<String, Vec<u8>>> {
        let mut files = BTreeMap::new();
        for layer in &self.layers {
            match layer {
                Layer::Shipped(root) => {
                    let Some(dir) = SHIPPED.get_dir(root) else { continue };
                    let mut stack = vec![dir];
                    while let Some(dir) = stack.pop() {
                        stack.extend(dir.dirs());
                        for file in dir.files() {
                            let Ok(relative) = file.path().strip_prefix(root) else { continue };
                            let name = relative.to_string_lossy().replace('\\', "/");
                            files.entry(name).or_insert_with(|| file.contents().to_vec());
                        }
                    }
                }
                Layer::Folder(root) => {
                    let mut stack = vec![root.clone()];
                    while let Some(dir) = stack.pop() {
                        for entry in std::fs::read_dir(&dir)? {
                            let path = entry?.path();
                            // The same rule as `read`: nothing whose real path leaves the root.
                            let Ok(real) = path.canonicalize() else { continue };
                            if !real.starts_with(root) {
                                continue;
                            }
                            if real.is_dir() {
                                stack.push(path);
                            } else if let Ok(relative) = path.strip_prefix(root) {
                                let name = relative.to_string_lossy().replace('\\', "/");
                                if let std::collections::btree_map::Entry::Vacant(slot) = files.entry(name) {
                                    slot.insert(std::fs::read(&real)?);
                                }
                            }
                        }
                    }
                }
            }
        }
        Ok(files)
    }

    /// Where `vpath` would be read from, for messages.
    pub fn describe(&self, vpath: &VirtualPath) -> String {
        self.read(vpath).map(|(_, name)| name).unwrap_or_else(|_| vpath.get_with_slash().to_owned())
    }
}
