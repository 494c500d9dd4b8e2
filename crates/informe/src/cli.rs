//! The command-line interface, declared with clap.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

/// Builds the official periodic report of cultural-cooperation programs.
#[derive(Debug, Parser)]
#[command(name = "informe", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// How problems are shown on stderr: `human`, or `json` (one object per line: severity,
    /// kind, file, path, line, column, message, hints), for programs that read them
    #[arg(long, global = true, value_enum, value_name = "FORMAT", default_value = "human")]
    pub message_format: crate::terminal::MessageFormat,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the report of a data file.
    Build(BuildArgs),
    /// List the plugins found, with the families they serve; `plugins pin` writes the plugin lock.
    Plugins(PluginsArgs),
    /// Validate a data file with the plugins' checks, writing nothing; every problem at once.
    Check(CheckArgs),
    /// Build, then rebuild whenever the data or the template changes, until interrupted.
    Watch(BuildArgs),
    /// Build many reports in one process, in parallel, sharing plugins, fonts and Typst's cache.
    Batch(BatchArgs),
    /// Serve the workbench: a local web page to write, check, preview and export a report, and an
    /// HTTP API beside it; prints the address to open, with its access token, as its first line.
    Serve(ServeArgs),
    /// Print the JSON Schema of the data format, with each plugin's schema for its family data.
    Schema(SchemaArgs),
    /// Create a new plugin crate for a program family.
    NewPlugin(NewPluginArgs),
    /// Plugin author's tools.
    #[command(subcommand)]
    Plugin(PluginCommand),
    /// List the shipped institutions (examples for Mexico), with their names.
    Institutions,
    /// Print shell completions for informe.
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print informe's manual page (roff), or write one page per command into a folder.
    Man {
        /// Write informe.1 and a page per subcommand (informe-build.1…) into this folder
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Run one plugin on one program of a data file and print its JSON answer.
    Run(PluginRunArgs),
    /// Serve one plugin to an isolated build over stdin/stdout (started by informe itself).
    #[command(hide = true)]
    Worker(WorkerArgs),
}

#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// The plugin library file
    #[arg(value_name = "PLUGIN")]
    pub plugin: PathBuf,
    /// The SHA-256 the plugin's bytes must have
    #[arg(long, value_name = "HEX", requires = "lock")]
    pub sha256: Option<String>,
    /// The lock that pins it (named in messages)
    #[arg(long, value_name = "FILE")]
    pub lock: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PluginsArgs {
    #[command(subcommand)]
    pub action: Option<PluginsAction>,
    #[command(flatten)]
    pub plugins: PluginDirs,
}

#[derive(Debug, Subcommand)]
pub enum PluginsAction {
    /// Write the plugin lock: the SHA-256 of every plugin file found. While a lock exists, plugins
    /// it does not list, or whose files changed, are refused.
    Pin(PinArgs),
}

#[derive(Debug, Args)]
pub struct PinArgs {
    /// Trust this plugin (its name, as `informe plugins` lists it, or its file) to run in
    /// informe's own process, as its shipped plugins do, while its file matches the lock
    /// (repeatable); every other plugin not shipped with informe runs in a worker
    #[arg(long = "trust", value_name = "PLUGIN")]
    pub trust: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NewPluginArgs {
    /// Plugin name (a crate named informe-plugin-NAME is created)
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The program family the plugin serves
    #[arg(long, value_name = "FAMILY")]
    pub family: String,
    /// Folder to create the crate in (default: ./NAME)
    #[arg(long, value_name = "PATH")]
    pub dir: Option<PathBuf>,
    /// Path to the informe-plugin SDK crate; the published version is used when absent
    #[arg(long, value_name = "PATH")]
    pub sdk_path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PluginRunArgs {
    /// The plugin library file
    #[arg(value_name = "PLUGIN")]
    pub plugin: PathBuf,
    /// The report data (JSON)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// Id of the program to run the plugin on
    #[arg(long, value_name = "ID")]
    pub program: String,
    // The plugin is asked in the report's language and locale (and for an institution's programs), as
    // `build` would ask it.
    #[command(flatten)]
    pub language: LanguageArgs,
    /// Run the plugin in a worker process of its own even if it ships with informe
    #[arg(long)]
    pub isolate_plugins: bool,
    /// Run the plugin in informe's own process even if it does not ship with informe
    #[arg(long, conflicts_with = "isolate_plugins")]
    pub in_process_plugins: bool,
    /// Seconds the plugin may take to load or to answer
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub plugin_timeout: f64,
    /// The plugin lock to enforce, as `build` does [default: ./informe-plugins.lock when present]
    #[arg(long, value_name = "FILE", env = "INFORME_PLUGIN_LOCK")]
    pub lock: Option<PathBuf>,
}

impl PluginRunArgs {
    /// The loading options of `build`, without plugin folders: the plugin is named directly.
    pub fn loading(&self) -> PluginDirs {
        PluginDirs {
            dirs: Vec::new(),
            isolate_plugins: self.isolate_plugins,
            in_process_plugins: self.in_process_plugins,
            plugin_timeout: self.plugin_timeout,
            lock: self.lock.clone(),
        }
    }
}

/// Where plugins are looked for and how they are run; accepted by every command that loads plugins.
#[derive(Debug, Args)]
pub struct PluginDirs {
    /// A folder of plugins, searched before INFORME_PLUGIN_PATH and the default folders (repeatable)
    #[arg(long = "plugins", value_name = "DIR", global = true)]
    pub dirs: Vec<PathBuf>,
    /// Run every plugin in a worker process of its own, shipped ones too (a plugin that does not
    /// ship with informe always does, unless trusted): one that crashes, aborts or hangs is
    /// stopped and reported, and informe carries on to report it
    #[arg(long, global = true)]
    pub isolate_plugins: bool,
    /// Run every plugin in informe's own process, as shipped ones run: a crash, an abort or a
    /// hang of one is reported and ends informe (exit code 7)
    #[arg(long, global = true, conflicts_with = "isolate_plugins")]
    pub in_process_plugins: bool,
    /// Seconds a plugin may take to load or to answer one program (in process as in a worker)
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, global = true)]
    pub plugin_timeout: f64,
    /// The plugin lock to enforce, or to write with `plugins pin` [default: ./informe-plugins.lock]
    #[arg(long, value_name = "FILE", env = "INFORME_PLUGIN_LOCK", global = true)]
    pub lock: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The report data (JSON)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// Output file; the format follows the extension (.pdf, .ods) (repeatable)
    #[arg(short = 'o', long = "output", value_name = "OUT", required = true)]
    pub outputs: Vec<PathBuf>,
    #[command(flatten)]
    pub plugins: PluginDirs,
    /// A template folder whose files override the default template's
    #[arg(long, value_name = "DIR")]
    pub template: Option<PathBuf>,
    /// PDF standard to conform to (repeatable): a-2b, ua-1, a-3b, 1.7…, or `none`;
    /// default: PDF/A-2b and PDF/UA-1 together
    #[arg(long = "pdf-standard", value_name = "STANDARD")]
    pub pdf_standards: Vec<String>,
    /// Also write the Typst project that is compiled (template files and data/report.json) into
    /// this folder, for `typst compile` or for debugging a template
    #[arg(long, value_name = "DIR")]
    pub emit_typst: Option<PathBuf>,
    /// Print how long each phase of the build took
    #[arg(long)]
    pub timings: bool,
    /// Seconds the template may take to compile before the build stops with a template error
    #[arg(long, value_name = "SECONDS", default_value = "300", value_parser = parse_seconds)]
    pub compile_timeout: Duration,
    #[command(flatten)]
    pub language: LanguageArgs,
}

/// A time budget given in seconds, fractions allowed: above zero, and finite.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    match text.trim().parse::<f64>().ok().and_then(|s| Duration::try_from_secs_f64(s).ok()) {
        Some(budget) if !budget.is_zero() => Ok(budget),
        _ => Err("expected a number of seconds above zero, such as 300 or 0.5".to_owned()),
    }
}

/// The language of a report and the locale of its figures.
#[derive(Debug, Clone, Default, Args)]
pub struct LanguageArgs {
    /// The institution issuing the report: a shipped example (Mexico's mx-culture, inbal, imcine,
    /// dgb, fonart) or a folder holding an institution.toml [default: the data's `institution`;
    /// without one, the data's `issuer`, else a neutral title page for the country]
    #[arg(long, value_name = "NAME")]
    pub institution: Option<String>,
    /// Language of the report [default: the data's `language`]
    #[arg(long, value_name = "LANG", value_parser = ["es", "en", "pt", "fr"])]
    pub lang: Option<String>,
    /// Locale of figures and dates, e.g. es-ES [default: the language in the data's `country_code`]
    #[arg(long, value_name = "TAG", value_parser = parse_locale)]
    pub locale: Option<String>,
}

/// A locale given on the command line: a BCP 47 tag of the simple kind data files use too, in
/// one of the languages reports are written in (as `--lang` takes): CLDR's conventions of any
/// other are data informe does not carry, so `xx-YY` is refused, not silently read as another.
fn parse_locale(tag: &str) -> Result<String, String> {
    let languages = informe_core::data::localize::LANGUAGES;
    if !informe_plugin::text::is_language_tag(tag) {
        return Err("expected a locale such as es-MX, pt-BR or fr".to_owned());
    }
    let language = tag.split('-').next().unwrap_or_default();
    if languages.contains(&language) {
        Ok(tag.to_owned())
    } else {
        Err(format!(
            "informe has no conventions for `{language}`: the locale's language must be one of {}",
            languages.join(", ")
        ))
    }
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Data files (JSON), each built into --out-dir as NAME.pdf (and NAME.ods with --format ods)
    #[arg(value_name = "DATA", required_unless_present = "manifest", conflicts_with = "manifest")]
    pub data: Vec<PathBuf>,
    /// A manifest listing the reports: {"reports": [{"data": …, "outputs": […], "template": …}]};
    /// relative paths are taken from the manifest's folder
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Folder the outputs of DATA files are written to
    #[arg(short = 'd', long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,
    /// Output formats for DATA files (repeatable)
    #[arg(long = "format", value_name = "FORMAT", default_values_t = [String::from("pdf")])]
    pub formats: Vec<String>,
    /// Reports built at once [default: the number of cores]
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub plugins: PluginDirs,
    /// A template folder whose files override the default template's (for every report without its own)
    #[arg(long, value_name = "DIR")]
    pub template: Option<PathBuf>,
    /// PDF standard to conform to (repeatable), as for `build`
    #[arg(long = "pdf-standard", value_name = "STANDARD")]
    pub pdf_standards: Vec<String>,
    /// Institutions to issue each DATA file's report as (repeatable: one report per institution
    /// and language, named NAME.INSTITUTION.LANG.pdf when several)
    #[arg(long = "institution", value_name = "NAME")]
    pub institutions: Vec<String>,
    /// Languages of each DATA file's report (repeatable)
    #[arg(long = "lang", value_name = "LANG", value_parser = ["es", "en", "pt", "fr"])]
    pub languages: Vec<String>,
    /// Seconds each report's template may take to compile, as for `build`
    #[arg(long, value_name = "SECONDS", default_value = "300", value_parser = parse_seconds)]
    pub compile_timeout: Duration,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// A data file to open first (its folder is served), or the folder to serve [default: the
    /// current folder]
    #[arg(value_name = "DATA|FOLDER")]
    pub target: Option<PathBuf>,
    /// Port to listen on; 0 takes any free one
    #[arg(long, value_name = "N", default_value_t = 8337)]
    pub port: u16,
    /// Address to listen on; the default, the loopback address, is reachable from this machine
    /// only, any other from the network
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    #[command(flatten)]
    pub plugins: PluginDirs,
    /// A template folder whose files override the default template's, as for `build`
    #[arg(long, value_name = "DIR")]
    pub template: Option<PathBuf>,
    /// PDF standard to conform to (repeatable), as for `build`
    #[arg(long = "pdf-standard", value_name = "STANDARD")]
    pub pdf_standards: Vec<String>,
    /// Seconds a report's template may take to compile, as for `build`
    #[arg(long, value_name = "SECONDS", default_value = "300", value_parser = parse_seconds)]
    pub compile_timeout: Duration,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The report data (JSON)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    #[command(flatten)]
    pub language: LanguageArgs,
    #[command(flatten)]
    pub plugins: PluginDirs,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Language of the titles and descriptions (a plugin's schema for its family data keeps its
    /// author's words, each node of them marked "x-informe-lang": "en")
    #[arg(long, value_name = "LANG", value_parser = ["es", "en", "pt", "fr"], default_value = "en")]
    pub lang: String,
    #[command(flatten)]
    pub plugins: PluginDirs,
}
