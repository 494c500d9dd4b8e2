//! Where plugins are looked for, and the registry of loaded plugins by family.

use std::collections::BTreeMap;
use std::env::consts::{DLL_EXTENSION, DLL_PREFIX};
use std::path::{Path, PathBuf};

use crate::host::error::PluginError;
use crate::host::library::Plugin;
use crate::host::library::{Launched, ToLaunch};
use crate::host::lock::Lock;
use crate::host::placement::{Placement, Policy, has_shipped_name};
use crate::host::worker::Isolation;

/// Why a folder is searched; decides what a missing folder or a stray file means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Named by the user (`--plugins`): it must exist.
    Explicit,
    /// `plugins/` beside the executable, or beside its `bin/` folder (a release archive's
    /// layout): skipped when missing.
    Conventional,
    /// From `INFORME_PLUGIN_PATH`: skipped when missing or not a folder, with a warning (see
    /// [`SearchPath::warnings`]), since a typo there would otherwise silently drop plugins.
    Environment,
    /// The cargo target folder of a checkout: holds other libraries too, so only files named
    /// like the workspace's plugin crates (`informe_plugin_*`) are taken.
    CargoTarget,
}

/// The folders to search, in order.
#[derive(Debug, Clone, Default)]
pub struct SearchPath {
    pub dirs: Vec<(PathBuf, Origin)>,
    /// informe's own plugin folders, canonical: where its installation keeps the plugins it
    /// ships (`plugins/` beside the executable, or beside its `bin/`), and in development the
    /// cargo profile folder the executable was built into. See [`SearchPath::is_shipped`].
    pub install: Vec<PathBuf>,
}

impl SearchPath {
    /// `explicit` folders, then `INFORME_PLUGIN_PATH`, then `plugins/` beside the executable, then
    /// `plugins/` beside its folder when that is a `bin/` (an unpacked release: `bin/informe`,
    /// `plugins/`), then, when the executable runs from a cargo target folder, that folder.
    pub fn standard(explicit: &[PathBuf], env_path: Option<&std::ffi::OsStr>, exe: Option<&Path>) -> Self {
        // A cargo profile folder named explicitly (`--plugins target/debug`) still holds other
        // libraries (test plugins, dependencies), so it is filtered like the automatic one.
        let mut dirs: Vec<(PathBuf, Origin)> = explicit
            .iter()
            .map(|d| {
                (
                    d.clone(),
                    if cargo_target_dir(d).as_deref() == Some(d.as_path()) {
                        Origin::CargoTarget
                    } else {
                        Origin::Explicit
                    },
                )
            })
            .collect();
        if let Some(value) = env_path {
            dirs.extend(
                std::env::split_paths(value).filter(|p| !p.as_os_str().is_empty()).map(|p| (p, Origin::Environment)),
            );
        }
        let mut own = Vec::new();
        if let Some(exe_dir) = exe.and_then(Path::parent) {
            own.push((exe_dir.join("plugins"), Origin::Conventional));
            if exe_dir.file_name().is_some_and(|name| name == "bin")
                && let Some(prefix) = exe_dir.parent()
            {
                own.push((prefix.join("plugins"), Origin::Conventional));
            }
            if let Some(target) = cargo_target_dir(exe_dir) {
                own.push((target, Origin::CargoTarget));
            }
        }
        // Canonical, so a file is recognised however its folder was named (a symbolic link,
        // `--plugins` naming the same folder); a folder that does not exist holds nothing.
        let install = own.iter().filter_map(|(dir, _)| dir.canonicalize().ok()).collect();
        dirs.extend(own);
        Self { dirs, install }
    }

    /// Whether `file` is one of informe's own shipped plugins: the library of a shipped plugin
    /// crate (by its file name) in one of informe's own plugin folders. A copy elsewhere — in a
    /// `--plugins` folder, on `INFORME_PLUGIN_PATH`, in a user's folder — is not, whatever its
    /// name: only where a file lies tells who put it there.
    pub fn is_shipped(&self, file: &Path) -> bool {
        has_shipped_name(file)
            && file
                .canonicalize()
                .ok()
                .and_then(|f| f.parent().map(Path::to_path_buf))
                .is_some_and(|folder| self.install.contains(&folder))
    }

    /// What the caller should tell the user about the search path: each `INFORME_PLUGIN_PATH`
    /// entry that is missing or not a folder, and so searched for nothing.
    pub fn warnings(&self) -> Vec<crate::Diagnostic> {
        self.dirs
            .iter()
            .filter(|(dir, origin)| *origin == Origin::Environment && !dir.is_dir())
            .map(|(dir, _)| {
                let what = if dir.exists() { "is not a folder" } else { "does not exist" };
                crate::Diagnostic::warning(format!(
                    "the plugin folder {} of INFORME_PLUGIN_PATH {what}; it is skipped",
                    dir.display()
                ))
                .of_kind(crate::diagnostic::Kind::Plugin)
            })
            .collect()
    }

    /// Lists the plugin files to load, each once, in search order.
    pub fn files(&self) -> Result<Vec<PathBuf>, PluginError> {
        let mut seen = Vec::new();
        let mut files = Vec::new();
        for (dir, origin) in &self.dirs {
            if !dir.is_dir() {
                if *origin == Origin::Explicit {
                    return Err(if dir.exists() {
                        PluginError::NotADir { path: dir.clone() }
                    } else {
                        PluginError::MissingDir { path: dir.clone() }
                    });
                }
                continue;
            }
            let entries =
                std::fs::read_dir(dir).map_err(|source| PluginError::ReadDir { path: dir.clone(), source })?;
            let mut found: Vec<PathBuf> =
                entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| is_plugin_file(p, *origin)).collect();
            // Directory order differs between file systems; loading order must not.
            found.sort();
            for file in found {
                let key = file.canonicalize().unwrap_or_else(|_| file.clone());
                if !seen.contains(&key) {
                    seen.push(key);
                    files.push(file);
                }
            }
        }
        Ok(files)
    }
}

/// `dir` itself if it is a cargo profile folder (`target/debug`), or its parent for `deps/`.
fn cargo_target_dir(dir: &Path) -> Option<PathBuf> {
    let profile = if dir.file_name().is_some_and(|n| n == "deps") { dir.parent()? } else { dir };
    profile.join(".cargo-lock").is_file().then(|| profile.to_path_buf())
}

fn is_plugin_file(path: &Path, origin: Origin) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let is_library = path.extension().is_some_and(|e| e == DLL_EXTENSION) && path.is_file();
    match origin {
        Origin::CargoTarget => is_library && name.starts_with(&format!("{DLL_PREFIX}informe_plugin_")),
        Origin::Explicit | Origin::Conventional | Origin::Environment => is_library,
    }
}

/// How plugins are loaded.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// How to start a plugin's worker process, and how long any plugin may take to load or to
    /// answer one program; without it no plugin can be isolated, and in-process calls are unbounded.
    pub isolation: Option<Isolation>,
    /// Which plugins run isolated (see `placement.rs`).
    pub policy: Policy,
    /// Refuse any plugin file the lock does not pin, or whose bytes changed since.
    pub lock: Option<Lock>,
}

/// The loaded plugins and which one serves each family.
#[derive(Debug, Default)]
pub struct Registry {
    plugins: Vec<Plugin>,
    by_family: BTreeMap<String, usize>,
}

/// A plugin loaded in process, or whose worker has yet to answer its handshake.
enum Stage {
    Loaded(Plugin),
    Starting(Launched),
}

impl Registry {
    /// Loads every plugin on the search path in this process; all failures are returned together.
    pub fn load(search: &SearchPath) -> Result<Self, Vec<PluginError>> {
        Self::load_with(search, &LoadOptions { policy: Policy::InProcess, ..LoadOptions::default() })
    }

    /// Loads every plugin on the search path as `options` say; all failures are returned together.
    ///
    /// Every worker is started before any is waited for, and the in-process plugins load while
    /// the workers start, so isolating many plugins costs about one process start, not one each.
    pub fn load_with(search: &SearchPath, options: &LoadOptions) -> Result<Self, Vec<PluginError>> {
        let files = search.files().map_err(|e| vec![e])?;
        let limit = options.isolation.as_ref().map(|i| i.timeout);
        let decided: Vec<Result<ToLaunch<'_>, PluginError>> = files
            .into_iter()
            .map(|file| {
                let pin = options.lock.as_ref().map(|lock| lock.pin_for(&file)).transpose()?;
                let trusted = pin.is_some_and(|p| p.trusted);
                let placement = Placement::decide(options.policy, search.is_shipped(&file), trusted);
                Ok((file, pin, placement))
            })
            .collect();
        // Every worker is started first, together.
        let isolated: Vec<ToLaunch<'_>> =
            decided.iter().filter_map(|d| d.as_ref().ok().filter(|(.., p)| p.isolated).cloned()).collect();
        let mut launched = match &options.isolation {
            Some(isolation) => Plugin::launch_all(&isolated, isolation),
            None => isolated
                .iter()
                .map(|(path, ..)| {
                    Err(PluginError::Isolation {
                        path: path.clone(),
                        message: "it must run isolated, and no worker program was given to run it in".into(),
                    })
                })
                .collect(),
        }
        .into_iter();
        // In-process plugins load while the workers start; then each worker's handshake is
        // awaited. Plugins are added in search order, so which of two plugins claiming a family
        // is refused never depends on timing.
        let staged: Vec<Result<Stage, PluginError>> = decided
            .into_iter()
            .map(|decided| {
                let (file, pin, placement) = decided?;
                if placement.isolated {
                    let launched = launched.next().unwrap_or_else(|| {
                        Err(PluginError::Isolation { path: file.clone(), message: "no worker was started".into() })
                    });
                    launched.map(Stage::Starting)
                } else {
                    Plugin::in_process(&file, pin, limit, placement).map(Stage::Loaded)
                }
            })
            .collect();
        let staged = staged.into_iter().map(|staged| match staged? {
            Stage::Loaded(plugin) => Ok(plugin),
            Stage::Starting(launched) => launched.finish(),
        });
        let mut registry = Registry::default();
        let mut errors = Vec::new();
        for plugin in staged {
            if let Err(err) = plugin.and_then(|plugin| registry.add(plugin)) {
                errors.push(err);
            }
        }
        if errors.is_empty() { Ok(registry) } else { Err(errors) }
    }

    /// Adds a plugin, refusing a family another plugin already serves.
    pub fn add(&mut self, plugin: Plugin) -> Result<(), PluginError> {
        for family in &plugin.families {
            if let Some(&other) = self.by_family.get(family) {
                return Err(PluginError::FamilyConflict {
                    family: family.clone(),
                    first: self.plugins[other].path.clone(),
                    second: plugin.path.clone(),
                });
            }
        }
        let index = self.plugins.len();
        for family in &plugin.families {
            self.by_family.insert(family.clone(), index);
        }
        self.plugins.push(plugin);
        Ok(())
    }

    /// The plugin serving `family`, if any.
    pub fn for_family(&self, family: &str) -> Option<&Plugin> {
        self.by_family.get(family).map(|&i| &self.plugins[i])
    }

    /// All plugins, in load order.
    pub fn plugins(&self) -> &[Plugin] {
        &self.plugins
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib(name: &str) -> String {
        format!("{DLL_PREFIX}{name}.{DLL_EXTENSION}")
    }

    #[test]
    fn searches_in_order_and_filters_cargo_target_folders() {
        let root = tempfile::tempdir().expect("temp dir");
        let (explicit, env, target) =
            (root.path().join("mine"), root.path().join("env"), root.path().join("target/debug"));
        for dir in [&explicit, &env, &target] {
            std::fs::create_dir_all(dir).expect("dir");
        }
        std::fs::write(target.join(".cargo-lock"), "").expect("lock");
        for (dir, name) in [
            (&explicit, lib("festival")),
            (&explicit, "README.txt".to_owned()),
            (&env, lib("zeta")),
            (&target, lib("informe_plugin_music")),
            (&target, lib("informe_testplugin_wrong_abi")),
        ] {
            std::fs::write(dir.join(name), "").expect("file");
        }
        let exe = target.join("informe");
        let search = SearchPath::standard(std::slice::from_ref(&explicit), Some(env.as_os_str()), Some(&exe));
        let files: Vec<String> = search
            .files()
            .expect("list")
            .iter()
            .map(|p| p.strip_prefix(root.path()).expect("inside root").display().to_string())
            .collect();
        assert_eq!(
            files,
            vec![
                format!("mine/{}", lib("festival")),
                format!("env/{}", lib("zeta")),
                format!("target/debug/{}", lib("informe_plugin_music")),
            ]
        );

        // Naming the cargo folder explicitly filters it the same way, and lists each file once.
        let search = SearchPath::standard(std::slice::from_ref(&target), None, Some(&exe));
        assert_eq!(search.files().expect("list").len(), 1);
    }

    #[test]
    fn an_executable_in_a_bin_folder_finds_the_plugins_beside_that_folder() {
        let root = tempfile::tempdir().expect("temp dir");
        let plugins = root.path().join("informe-0.1.0/plugins");
        std::fs::create_dir_all(&plugins).expect("dir");
        std::fs::write(plugins.join(lib("informe_plugin_music")), "").expect("file");
        let exe = root.path().join("informe-0.1.0/bin/informe");
        let files = SearchPath::standard(&[], None, Some(&exe)).files().expect("list");
        assert_eq!(files, vec![plugins.join(lib("informe_plugin_music"))]);
        // Only a `bin/` folder's parent is searched: a binary elsewhere does not look one level up.
        let elsewhere = root.path().join("informe-0.1.0/tools/informe");
        assert!(SearchPath::standard(&[], None, Some(&elsewhere)).files().expect("list").is_empty());
    }

    #[test]
    fn only_a_shipped_crate_in_informes_own_folder_is_shipped() {
        let root = tempfile::tempdir().expect("temp dir");
        let (own, mine) = (root.path().join("informe-0.1.0/plugins"), root.path().join("mine"));
        for dir in [&own, &mine] {
            std::fs::create_dir_all(dir).expect("dir");
        }
        for (dir, name) in
            [(&own, "informe_plugin_music"), (&own, "informe_plugin_festival"), (&mine, "informe_plugin_museums")]
        {
            std::fs::write(dir.join(lib(name)), "").expect("file");
        }
        let exe = root.path().join("informe-0.1.0/bin/informe");
        let search = SearchPath::standard(std::slice::from_ref(&mine), None, Some(&exe));
        let shipped: Vec<(String, bool)> = search
            .files()
            .expect("list")
            .iter()
            .map(|f| (f.file_name().expect("name").to_string_lossy().into_owned(), search.is_shipped(f)))
            .collect();
        assert_eq!(
            shipped,
            [
                (lib("informe_plugin_museums"), false),
                (lib("informe_plugin_festival"), false),
                (lib("informe_plugin_music"), true),
            ]
        );
        // Named with --plugins, informe's own folder is still its own: the file is where it is.
        let named = SearchPath::standard(std::slice::from_ref(&own), None, Some(&exe));
        assert!(named.is_shipped(&own.join(lib("informe_plugin_music"))));
        // Without an executable's folders, nothing is shipped.
        let bare = SearchPath::standard(std::slice::from_ref(&own), None, None);
        assert!(!bare.is_shipped(&own.join(lib("informe_plugin_music"))));
    }

    #[test]
    fn a_missing_explicit_folder_is_an_error_and_a_missing_conventional_one_is_not() {
        let root = tempfile::tempdir().expect("temp dir");
        let missing = root.path().join("nope");
        let err = SearchPath::standard(std::slice::from_ref(&missing), None, None).files().expect_err("must fail");
        assert!(err.to_string().contains("does not exist"), "{err}");
        let from_env = SearchPath::standard(&[], Some(missing.as_os_str()), None);
        assert!(from_env.files().expect("skip").is_empty());
        assert_eq!(
            from_env.warnings().iter().map(ToString::to_string).collect::<Vec<_>>(),
            vec![format!(
                "warning: the plugin folder {} of INFORME_PLUGIN_PATH does not exist; it is skipped",
                missing.display()
            )]
        );

        // A file where a folder is expected says so, named or from the environment.
        let file = root.path().join("libplugin.so");
        std::fs::write(&file, "").expect("file");
        let err = SearchPath::standard(std::slice::from_ref(&file), None, None).files().expect_err("must fail");
        assert!(err.to_string().contains("is not a folder"), "{err}");
        let from_env = SearchPath::standard(&[], Some(file.as_os_str()), None);
        assert!(from_env.warnings()[0].message.ends_with("of INFORME_PLUGIN_PATH is not a folder; it is skipped"));
    }
}
