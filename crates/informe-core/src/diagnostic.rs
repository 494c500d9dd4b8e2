//! The one kind of problem informe reports, from any stage, located precisely enough to fix.
//!
//! Every stage (the data, the plugins, the template, the outputs, the command line) answers with
//! [`Diagnostic`]s: one shape that the CLI prints in its one layout (this file's `Display`) or as
//! JSON, and that the workbench sends to the page. The core never prints them itself.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

pub use informe_plugin::Severity;

/// What a problem concerns, which decides who can fix it (and the CLI's exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The report's data: its own checks, the plugins' checks of it, and the form's rules.
    Data,
    /// What the build was asked: options, settings, the environment.
    Input,
    /// A plugin could not be loaded, or failed on a program.
    Plugin,
    /// The template could not be compiled, or its document exported.
    Template,
    /// An output could not be written; existing files are left as they were.
    Output,
    /// informe itself failed.
    Internal,
}

/// A position in a text file, both 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

impl LineCol {
    /// The position of byte `offset` in `text`; columns count characters, not bytes.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Self { line, col }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One problem: where it is, what it is, and how to fix it.
///
/// As JSON: `severity`, `kind`, `file`, `path`, `line`, `column`, `message`, `hints` (absent
/// location fields are `null`), the shape `informe check --message-format json` prints and the
/// workbench's API answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: Kind,
    /// The file the problem is in, when it comes from one.
    pub file: Option<PathBuf>,
    /// JSON path inside the file, e.g. `measures[0].programs[2].data.projects`.
    pub path: Option<String>,
    pub position: Option<LineCol>,
    /// Lower-case, no trailing period.
    pub message: String,
    /// What to do about it, in order; each a sentence without trailing period.
    pub hints: Vec<String>,
    /// The problem is the key ending `path` (a field that may not be there), not its value: it
    /// is located at the key.
    pub on_key: bool,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            kind: Kind::Data,
            file: None,
            path: None,
            position: None,
            message: message.into(),
            hints: Vec::new(),
            on_key: false,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(message) }
    }

    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Locates the problem at the key ending its path rather than at the key's value.
    pub fn on_key(mut self, on_key: bool) -> Self {
        self.on_key = on_key;
        self
    }

    /// Adds a hint after those it has.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Says what the problem concerns (by default, the data).
    pub fn of_kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// Places the problem at `position` of its file.
    pub fn at(mut self, position: Option<LineCol>) -> Self {
        self.position = position;
        self
    }

    pub fn in_file(mut self, file: &std::path::Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `text` with every control character but those in `keep` written as an escape (`\u{1b}`).
///
/// Diagnostics quote data, plugin answers and file names, which anyone who wrote them controls:
/// raw, an escape sequence among them could rewrite or hide what a terminal shows. Bidirectional
/// overrides are escaped too, since they reorder what is read.
pub fn escape_controls<'a>(text: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    let unsafe_char = |c: char| {
        !keep.contains(&c) && (c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every field may quote what others wrote; the layout's own line breaks are the only ones.
        let clean = |text: &str| escape_controls(text, &[]).into_owned();
        f.write_str(match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })?;
        let file = self.file.as_ref().map(|file| clean(&file.display().to_string()));
        match (file, self.position) {
            (Some(file), Some(pos)) => write!(f, ": {file}:{}:{}", pos.line, pos.col)?,
            (Some(file), None) => write!(f, ": {file}")?,
            (None, Some(pos)) => write!(f, ": {}:{}", pos.line, pos.col)?,
            (None, None) => {}
        }
        if let Some(path) = &self.path {
            write!(f, ": at `{}`", clean(path))?;
        }
        write!(f, ": {}", clean(&self.message))?;
        for hint in &self.hints {
            write!(f, "\n  hint: {}", clean(hint))?;
        }
        Ok(())
    }
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The wire shape: the position as two plain numbers, the file as text.
        #[derive(Serialize)]
        struct Shape<'a> {
            severity: Severity,
            kind: Kind,
            file: Option<String>,
            path: Option<&'a str>,
            line: Option<usize>,
            column: Option<usize>,
            message: &'a str,
            hints: &'a [String],
        }
        Shape {
            severity: self.severity,
            kind: self.kind,
            file: self.file.as_ref().map(|file| file.display().to_string()),
            path: self.path.as_deref(),
            line: self.position.map(|p| p.line),
            column: self.position.map(|p| p.col),
            message: &self.message,
            hints: &self.hints,
        }
        .serialize(serializer)
    }
}

/// Several diagnostics, shown one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// One diagnostic alone.
    pub fn one(diagnostic: Diagnostic) -> Self {
        Self(vec![diagnostic])
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_any_field_are_escaped() {
        let d = Diagnostic::error("family `\u{1b}]0;owned\u{7}` unknown\nerror: forged")
            .at_path("measures[0].\u{202e}x")
            .with_hint("a\tb")
            .in_file(std::path::Path::new("da\u{1b}[2Jta.json"));
        let shown = d.to_string();
        assert_eq!(
            shown,
            "error: da\\u{1b}[2Jta.json: at `measures[0].\\u{202e}x`: family `\\u{1b}]0;owned\\u{7}` unknown\\u{a}error: forged\n  hint: a\\u{9}b"
        );
        assert_eq!(escape_controls("a\nb\tc\u{1b}", &['\n', '\t']), "a\nb\tc\\u{1b}");
    }

    #[test]
    fn a_diagnostic_serializes_flat_with_its_position_as_two_numbers() {
        let d = Diagnostic::error("unknown currency `XYZ`")
            .at_path("measures[0].programs[1].paid.currency")
            .in_file(std::path::Path::new("data.json"))
            .at(Some(LineCol { line: 12, col: 20 }))
            .with_hint("did you mean `XAF`?");
        assert_eq!(
            serde_json::to_value(&d).expect("serializes"),
            serde_json::json!({
                "severity": "error", "kind": "data", "file": "data.json",
                "path": "measures[0].programs[1].paid.currency", "line": 12, "column": 20,
                "message": "unknown currency `XYZ`", "hints": ["did you mean `XAF`?"]
            })
        );
        let bare = serde_json::to_value(Diagnostic::warning("w").of_kind(Kind::Template)).expect("serializes");
        assert_eq!(bare["kind"], "template");
        assert_eq!((bare["line"].is_null(), bare["hints"].as_array().map(Vec::len)), (true, Some(0)));
    }

    #[test]
    fn positions_count_characters_from_one() {
        let text = "{\n  \"a\": \"ñú\", \"b\": 1\n}";
        let offset = text.find("\"b\"").expect("b in text");
        assert_eq!(LineCol::of_offset(text, offset), LineCol { line: 2, col: 14 });
        assert_eq!(LineCol::of_offset(text, 0), LineCol { line: 1, col: 1 });
    }
}
