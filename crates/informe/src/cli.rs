//! The command-line interface, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Builds the official periodic report of cultural-cooperation programs.
#[derive(Debug, Parser)]
#[command(name = "informe", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the report of a data file.
    Build(BuildArgs),
    /// List the plugins found, with the families they serve.
    Plugins(PluginArgs),
    /// Validate a data file with the plugins' checks, writing nothing; every problem at once.
    Check(CheckArgs),
    /// Build, then rebuild whenever the data or the template changes, until interrupted.
    Watch(BuildArgs),
    /// Print the JSON Schema of the data format, with each plugin's schema for its family data.
    Schema(PluginArgs),
    /// Create a new plugin crate for a program family.
    NewPlugin(NewPluginArgs),
    /// Plugin author's tools.
    #[command(subcommand)]
    Plugin(PluginCommand),
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
}

/// Where plugins are looked for; accepted by every command that loads plugins.
#[derive(Debug, Args)]
pub struct PluginDirs {
    /// A folder of plugins, searched before INFORME_PLUGIN_PATH and the default folders (repeatable)
    #[arg(long = "plugins", value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
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
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The report data (JSON)
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    #[command(flatten)]
    pub plugins: PluginDirs,
}

#[derive(Debug, Args)]
pub struct PluginArgs {
    #[command(flatten)]
    pub plugins: PluginDirs,
}
