//! Where a plugin runs — in informe's own process or in a worker process of its own — and why.
//!
//! The rule (ARCHITECTURE's invariants, the README): a plugin runs in process only when it is one
//! of informe's own shipped plugins, found where informe's installation keeps them, or when the
//! user asks for it (`--in-process-plugins`, or a lock entry that trusts it); every other plugin
//! runs isolated. `--isolate-plugins` isolates every plugin, shipped ones included.

use std::env::consts::{DLL_PREFIX, DLL_SUFFIX};
use std::fmt;
use std::path::Path;

/// The plugin crates informe ships (`plugins/` of its workspace), by package name without the
/// `informe-plugin-` prefix. A unit test holds this list to the workspace's `plugins/` folder.
pub const SHIPPED: &[&str] = &[
    "archives",
    "audiovisual",
    "community-culture",
    "crafts",
    "libraries",
    "museums",
    "music",
    "performing-arts",
    "routes",
    "youth-orchestras",
];

/// Whether `file`'s name is the library a shipped plugin crate builds on this platform
/// (`libinforme_plugin_music.so` on Linux). The name alone proves nothing: see
/// [`crate::host::SearchPath::is_shipped`], which also asks where the file is.
pub fn has_shipped_name(file: &Path) -> bool {
    let Some(name) = file.file_name().and_then(|n| n.to_str()) else { return false };
    SHIPPED.iter().any(|krate| name == format!("{DLL_PREFIX}informe_plugin_{}{DLL_SUFFIX}", krate.replace('-', "_")))
}

/// What the user asked for about where plugins run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Policy {
    /// Shipped and trusted plugins in process, every other one isolated.
    #[default]
    Default,
    /// Every plugin in process (`--in-process-plugins`).
    InProcess,
    /// Every plugin isolated (`--isolate-plugins`).
    Isolated,
}

/// Why a plugin runs where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// One of informe's own plugins, from its installation's plugin folder.
    Shipped,
    /// Its entry in the plugin lock trusts it (and its bytes match the entry).
    Trusted,
    /// `--in-process-plugins`.
    AskedInProcess,
    /// `--isolate-plugins`.
    AskedIsolated,
    /// Any other plugin: dropped in by the user, from `--plugins`, `INFORME_PLUGIN_PATH` or a
    /// folder that is not informe's own.
    NotShipped,
    /// Loaded by a program that chose in-process loading itself ([`crate::host::Plugin::load`]).
    Direct,
}

/// Where a plugin runs and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub isolated: bool,
    pub reason: Reason,
}

impl Placement {
    /// The placement of a plugin under `policy`: `shipped` when it is one of informe's own,
    /// `trusted` when the lock in force trusts it.
    pub fn decide(policy: Policy, shipped: bool, trusted: bool) -> Self {
        let (isolated, reason) = match policy {
            Policy::Isolated => (true, Reason::AskedIsolated),
            Policy::InProcess => (false, Reason::AskedInProcess),
            Policy::Default if shipped => (false, Reason::Shipped),
            Policy::Default if trusted => (false, Reason::Trusted),
            Policy::Default => (true, Reason::NotShipped),
        };
        Self { isolated, reason }
    }

    /// What a plugin running in process should be told when it crashes or hangs: how to have
    /// it isolated next time, so that informe reports it and carries on.
    pub fn in_process_hint(&self) -> &'static str {
        match self.reason {
            Reason::Shipped => {
                "a plugin shipped with informe has a bug: report it with the program's data; --isolate-plugins runs every plugin in a worker, where a crash or a hang is stopped and reported"
            }
            Reason::Trusted => {
                "the plugin lock trusts this plugin to run in informe's process; pinned again without --trust it runs in a worker, where a crash or a hang is stopped and reported"
            }
            Reason::AskedInProcess => {
                "without --in-process-plugins this plugin runs in a worker, where a crash or a hang is stopped and reported"
            }
            Reason::AskedIsolated | Reason::NotShipped | Reason::Direct => {
                "run it in a worker (--isolate-plugins), where a crash or a hang is stopped and reported"
            }
        }
    }
}

impl fmt::Display for Placement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let because = match self.reason {
            Reason::Shipped => "shipped with informe",
            Reason::Trusted => "trusted by the lock",
            Reason::AskedInProcess => "--in-process-plugins",
            Reason::AskedIsolated => "--isolate-plugins",
            Reason::NotShipped => "not shipped with informe",
            Reason::Direct => "loaded directly",
        };
        let place = if self.isolated { "isolated" } else { "in process" };
        write!(f, "{place} ({because})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_the_workspace_plugins_folder() {
        let plugins = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plugins");
        let mut found: Vec<String> = std::fs::read_dir(&plugins)
            .expect("plugins/")
            .filter_map(Result::ok)
            .filter_map(|entry| std::fs::read_to_string(entry.path().join("Cargo.toml")).ok())
            .filter_map(|manifest| {
                let manifest: toml::Table = manifest.parse().ok()?;
                let name = manifest.get("package")?.get("name")?.as_str()?;
                Some(name.strip_prefix("informe-plugin-")?.to_owned())
            })
            .collect();
        found.sort();
        assert_eq!(found, SHIPPED, "plugins/ and placement::SHIPPED must name the same crates");
    }

    #[test]
    fn only_the_build_of_a_shipped_crate_has_a_shipped_name() {
        let file = |stem: &str| Path::new("/x").join(format!("{DLL_PREFIX}{stem}{DLL_SUFFIX}"));
        assert!(has_shipped_name(&file("informe_plugin_performing_arts")));
        assert!(!has_shipped_name(&file("informe_plugin_festival")));
        assert!(!has_shipped_name(&file("informe_plugin_music_extra")));
        assert!(!has_shipped_name(&file("informe_testplugin_abort")));
    }

    #[test]
    fn the_flags_win_then_shipped_then_trusted() {
        use Reason::*;
        let cases = [
            (Policy::Default, true, false, false, Shipped),
            (Policy::Default, false, true, false, Trusted),
            (Policy::Default, false, false, true, NotShipped),
            (Policy::InProcess, false, false, false, AskedInProcess),
            (Policy::Isolated, true, true, true, AskedIsolated),
        ];
        for (policy, shipped, trusted, isolated, reason) in cases {
            assert_eq!(Placement::decide(policy, shipped, trusted), Placement { isolated, reason }, "{policy:?}");
        }
        assert_eq!(Placement::decide(Policy::Default, false, false).to_string(), "isolated (not shipped with informe)");
    }
}
