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
pub struct PluginArgs {
    #[command(flatten)]
    pub plugins: PluginDirs,
}
