//! Narrative content a plugin returns: structured blocks, never markup.
//!
//! The host decides how each block looks; a plugin only says what it is. Text in spans is shown
//! literally, whatever characters it contains.

use serde::{Deserialize, Serialize};

use crate::metric::Quantity;
use crate::model::{Period, Qualifier};

/// A titled part of a program's chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(title: impl Into<String>) -> Self {
        Self { title: title.into(), blocks: Vec::new() }
    }

    /// Appends a block, builder style.
    pub fn with(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }
}

/// One block of narrative content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    /// A sub-heading inside the section.
    Heading { text: String },
    /// A paragraph of spans.
    Paragraph { spans: Vec<Span> },
    /// A bulleted (or numbered) list; each item is a run of spans.
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
    /// A table with a header row; cells are text or typed figures.
    Table {
        #[serde(default)]
        caption: Option<String>,
        columns: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// Headline figures shown prominently.
    KeyFigures { items: Vec<KeyFigure> },
}

impl Block {
    /// A paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Block::Paragraph { spans: vec![Span::plain(text)] }
    }

    /// A bulleted list of plain items.
    pub fn bullets<I, S>(items: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Block::List { ordered: false, items: items.into_iter().map(|s| vec![Span::plain(s)]).collect() }
    }
}

/// How a span is emphasised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Emphasis {
    #[default]
    None,
    Emph,
    Strong,
}

impl Emphasis {
    fn is_none(&self) -> bool {
        *self == Emphasis::None
    }
}

/// A run of text with one emphasis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "Emphasis::is_none")]
    pub emphasis: Emphasis,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), emphasis: Emphasis::None }
    }

    pub fn strong(text: impl Into<String>) -> Self {
        Self { text: text.into(), emphasis: Emphasis::Strong }
    }

    pub fn emph(text: impl Into<String>) -> Self {
        Self { text: text.into(), emphasis: Emphasis::Emph }
    }
}

/// A typed figure with its qualifier; the host formats it for the report's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    #[serde(flatten)]
    pub quantity: Quantity,
    #[serde(default)]
    pub qualifier: Qualifier,
}

impl Figure {
    pub fn new(quantity: Quantity, qualifier: Qualifier) -> Self {
        Self { quantity, qualifier }
    }
}

/// A table cell: plain text or a typed figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Figure(Figure),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_owned())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<Figure> for Cell {
    fn from(f: Figure) -> Self {
        Cell::Figure(f)
    }
}

/// A headline figure with its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub label: String,
    pub figure: Figure,
    #[serde(default)]
    pub period: Option<Period>,
}
