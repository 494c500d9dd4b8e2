//! Institutions that issue reports: their identity file (`institution.toml`), validated with
//! located errors, and the template layer of their folder; and the issuer as the template shows
//! it, whether a chosen institution or the data's own `issuer`.
//!
//! An institution is a folder: shipped ones in `templates/institutions/NAME/` (embedded in the
//! binary; Mexico's, as an example set), or any folder on disk holding an `institution.toml`. Its
//! files override the default template's one by one, so an institution may change only its title
//! page, or nothing but its identity. None is ever chosen for a report that does not name it: any
//! of the Convention's parties may use informe, so no party's ministry is a default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use informe_plugin::Text;
use serde::{Deserialize, Serialize};

use crate::data::model::{Issuer, Report};
use crate::data::suggest::did_you_mean;
use crate::diagnostic::{Diagnostic, Diagnostics, LineCol};
use crate::render::template::{Template, shipped};

/// The identity file every institution folder holds.
pub const FILE: &str = "institution.toml";

/// An institution's identity, as its file declares it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// Full name, one string or one per language.
    pub name: Text,
    /// Acronym or short name, e.g. `INBAL`.
    pub short_name: String,
    /// An SVG file of the folder, shown on the title page.
    #[serde(default)]
    pub logo: Option<String>,
    #[serde(default)]
    pub colors: Colors,
    /// Who signs the report, and how to reach them.
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// Ids of the programs the institution reports on; all when empty.
    #[serde(default)]
    pub programs: Vec<String>,
    /// A title replacing the default one, one string or one per language.
    #[serde(default)]
    pub title: Option<Text>,
}

/// The colours of the institution's identity, as `#RRGGBB`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// Headings, rules and the title page's band.
    pub primary: String,
    /// Highlights: key figures, chart bars of support received.
    pub accent: String,
}

/// Neutral colours, those of the default template (`style.typ`) when no institution is chosen,
/// so an institution file without colours and the data's issuer look like a report issued by
/// none: no institution's identity is lent to another.
impl Default for Colors {
    fn default() -> Self {
        Self { primary: "#1f4e79".into(), accent: "#c0843d".into() }
    }
}

/// The signatory and contact block.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// The signing office or person.
    pub name: Text,
    #[serde(default)]
    pub role: Option<Text>,
    #[serde(default)]
    pub address: Option<Text>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// Where an institution's folder is.
#[derive(Debug, Clone)]
enum Home {
    Shipped(String),
    Folder(PathBuf),
}

/// A loaded institution: its id, identity and folder.
#[derive(Debug, Clone)]
pub struct Institution {
    pub id: String,
    pub identity: Identity,
    home: Home,
    /// The identity file, for messages.
    file: PathBuf,
}

/// What the template shows of who issues the report — a chosen institution, or the data's
/// `issuer` — every text in the report's language.
#[derive(Debug, Clone, Serialize)]
pub struct InstitutionDoc {
    /// The institution's name or folder; none for the data's own issuer.
    pub id: Option<String>,
    pub name: String,
    /// Acronym for the footer; the name itself for an issuer that gives none.
    pub short_name: String,
    /// Path of the logo inside the template (`/logo.svg`), for `image`.
    pub logo: Option<String>,
    pub colors: Colors,
    pub signatory: Option<SignatoryDoc>,
    /// The issuer's postal address (an institution gives its signatory's instead).
    pub address: Option<String>,
    /// How to reach the issuer: email, phone, website.
    pub contact: Option<String>,
}

impl InstitutionDoc {
    /// The data's issuer as the title page shows it: no logo, neutral colours. Its texts are
    /// already in the report's language ([`crate::data::localize::resolve`] reported any fallback).
    pub fn of_issuer(issuer: &Issuer) -> Self {
        let name = issuer.name.to_string();
        Self {
            id: None,
            short_name: issuer.short_name.as_ref().map_or_else(|| name.clone(), Text::to_string),
            name,
            logo: None,
            colors: Colors::default(),
            signatory: issuer.signatory.as_ref().map(|s| SignatoryDoc {
                name: s.name.to_string(),
                role: s.role.as_ref().map(Text::to_string),
                address: None,
                email: None,
                phone: None,
            }),
            address: issuer.address.as_ref().map(Text::to_string),
            contact: issuer.contact.as_ref().map(Text::to_string),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SignatoryDoc {
    pub name: String,
    pub role: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The ids of the shipped institutions, sorted.
pub fn shipped_ids() -> Vec<String> {
    let mut ids: Vec<String> = shipped("institutions")
        .map(|dir| {
            dir.dirs()
                .filter(|d| d.get_file(d.path().join(FILE)).is_some())
                .filter_map(|d| d.path().file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

impl Institution {
    /// The institution `name`: a folder on disk holding an `institution.toml`, or a shipped one.
    pub fn find(name: &str) -> Result<Self, Diagnostics> {
        let folder = Path::new(name);
        if folder.join(FILE).is_file() {
            return Self::in_folder(folder, name);
        }
        Self::shipped(name)
    }

    /// The institution `name` as a server confined to `base` finds it: a folder inside `base`
    /// (by a path with no `..`, and no link leading out) holding an `institution.toml`, else a
    /// shipped one; never a folder elsewhere.
    pub fn find_within(name: &str, base: &Path) -> Result<Self, Diagnostics> {
        let relative = Path::new(name);
        let plain =
            relative.components().all(|c| matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir));
        if plain && !name.trim().is_empty() {
            let inside = base.canonicalize().ok().and_then(|base| {
                let folder = base.join(relative).canonicalize().ok()?;
                folder.starts_with(&base).then_some(folder)
            });
            if let Some(folder) = inside.filter(|folder| folder.join(FILE).is_file()) {
                return Self::in_folder(&folder, name);
            }
            if relative.components().count() == 1 && !base.join(relative).exists() {
                return Self::shipped(name);
            }
        }
        Err(one(Diagnostic::error(format!("there is no institution `{name}` in the served folder")).with_hint(
            format!(
                "the shipped institutions are {}; or name a folder of the served folder holding an {FILE}",
                shipped_ids().join(", ")
            ),
        )))
    }

    /// The institution of the folder `folder` holding an `institution.toml`.
    fn in_folder(folder: &Path, name: &str) -> Result<Self, Diagnostics> {
        let file = folder.join(FILE);
        let text = std::fs::read_to_string(&file)
            .map_err(|err| one(Diagnostic::error(format!("cannot read the file: {err}")).in_file(&file)))?;
        let id = folder
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| name.to_owned());
        let identity = parse(&text, &file)?;
        let institution = Self { id, identity, home: Home::Folder(folder.to_path_buf()), file: file.clone() };
        institution.check_logo(&text)?;
        Ok(institution)
    }

    /// The shipped institution `name`.
    fn shipped(name: &str) -> Result<Self, Diagnostics> {
        let ids = shipped_ids();
        if !ids.iter().any(|id| id == name) {
            let d = Diagnostic::error(format!("there is no institution `{name}`"));
            let d = d.with_hint(match did_you_mean(name, ids.iter().map(String::as_str)) {
                // The example set's national coordination was once `national`, and the default.
                None if name == "national" => format!(
                    "Mexico's national coordination is `mx-culture`; a report of another party names a folder \
                     holding its own {FILE}, or gives its `issuer` in the data"
                ),
                Some(close) => format!("did you mean `{close}`? the shipped institutions are {}", ids.join(", ")),
                None => format!("the shipped institutions are {}; or name a folder holding an {FILE}", ids.join(", ")),
            });
            return Err(one(d));
        }
        let root = format!("institutions/{name}");
        let file = PathBuf::from(format!("templates/{root}/{FILE}"));
        let text = shipped(&root)
            .and_then(|dir| dir.get_file(format!("{root}/{FILE}")))
            .and_then(|f| f.contents_utf8())
            .ok_or_else(|| one(Diagnostic::error("the shipped institution file is not UTF-8").in_file(&file)))?;
        let identity = parse(text, &file)?;
        let institution = Self { id: name.to_owned(), identity, home: Home::Shipped(root), file };
        institution.check_logo(text)?;
        Ok(institution)
    }

    /// The institution's own folder, when it was given as one (a shipped one has none on disk).
    pub fn folder(&self) -> Option<&Path> {
        match &self.home {
            Home::Folder(folder) => Some(folder),
            Home::Shipped(_) => None,
        }
    }

    /// `template` with this institution's folder as a layer in front of it.
    pub fn layer(&self, template: Template) -> Result<Template, std::io::Error> {
        match &self.home {
            Home::Shipped(root) => Ok(template.with_shipped(root.clone())),
            Home::Folder(folder) => template.with_folder(folder),
        }
    }

    /// The logo must be an SVG file of the institution's own folder; `text` is the file's, for
    /// the line:col of the mistake.
    fn check_logo(&self, text: &str) -> Result<(), Diagnostics> {
        let file = &self.file;
        let Some(logo) = &self.identity.logo else { return Ok(()) };
        let bad = |message: String| {
            let mut d = Diagnostic::error(message).at_path("logo").in_file(file);
            d.position = position(text, "logo");
            one(d)
        };
        if logo.contains("..") || logo.starts_with('/') || !logo.ends_with(".svg") {
            return Err(bad(format!("the logo `{logo}` must be an .svg file inside the institution's folder")));
        }
        let bytes = match &self.home {
            Home::Shipped(root) => {
                shipped(root).and_then(|d| d.get_file(format!("{root}/{logo}"))).map(|f| f.contents().to_vec())
            }
            Home::Folder(folder) => std::fs::read(folder.join(logo)).ok(),
        };
        match bytes {
            None => Err(bad(format!("the logo `{logo}` is not in the institution's folder"))),
            Some(bytes) if !String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).contains("<svg") => {
                Err(bad(format!("the logo `{logo}` is not an SVG image")))
            }
            Some(_) => Ok(()),
        }
    }

    /// Keeps only the programs this institution reports on; an id the data lacks is an error.
    pub fn select_programs(&self, report: &mut Report) -> Result<(), Diagnostics> {
        let wanted = &self.identity.programs;
        if wanted.is_empty() {
            return Ok(());
        }
        let all: Vec<String> = report.measures.iter().flat_map(|m| &m.programs).map(|p| p.id.clone()).collect();
        let missing: Vec<Diagnostic> = wanted
            .iter()
            .filter(|id| !all.contains(id))
            .map(|id| {
                Diagnostic::error(format!(
                    "institution `{}` reports on the program `{id}`, which the data does not have",
                    self.id
                ))
                .with_hint(match did_you_mean(id, all.iter().map(String::as_str)) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!("the data's programs are {}", all.join(", ")),
                })
            })
            .collect();
        if !missing.is_empty() {
            return Err(Diagnostics(missing));
        }
        for measure in &mut report.measures {
            measure.programs.retain(|p| wanted.contains(&p.id));
        }
        report.measures.retain(|m| !m.programs.is_empty());
        Ok(())
    }

    /// The institution as the template shows it, in `language`; a text missing the language
    /// falls back to `fallback` with a warning.
    pub fn document(&self, language: &str, fallback: &str) -> (InstitutionDoc, Option<String>, Vec<Diagnostic>) {
        let mut warnings = Vec::new();
        let mut resolve = |text: &Text, field: &str| {
            let mut text = text.clone();
            if let informe_plugin::text::Resolved::FellBack { used } = text.resolve(language, fallback) {
                warnings.push(
                    Diagnostic::warning(format!(
                        "institution `{}` has no `{language}` text here: the `{used}` text is used",
                        self.id
                    ))
                    .at_path(field)
                    .in_file(&self.file),
                );
            }
            text.to_string()
        };
        let identity = &self.identity;
        let doc = InstitutionDoc {
            id: Some(self.id.clone()),
            name: resolve(&identity.name, "name"),
            short_name: identity.short_name.clone(),
            logo: identity.logo.as_ref().map(|l| format!("/{l}")),
            colors: identity.colors.clone(),
            signatory: identity.signatory.as_ref().map(|s| SignatoryDoc {
                name: resolve(&s.name, "signatory.name"),
                role: s.role.as_ref().map(|r| resolve(r, "signatory.role")),
                address: s.address.as_ref().map(|a| resolve(a, "signatory.address")),
                email: s.email.clone(),
                phone: s.phone.clone(),
            }),
            address: None,
            contact: None,
        };
        let title = identity.title.as_ref().map(|t| resolve(t, "title"));
        (doc, title, warnings)
    }
}

fn one(d: Diagnostic) -> Diagnostics {
    Diagnostics(vec![d])
}

/// Parses and checks an institution file, every problem located at line:col.
fn parse(text: &str, file: &Path) -> Result<Identity, Diagnostics> {
    let identity: Identity = toml::from_str(text).map_err(|err| {
        let mut d = Diagnostic::error(err.message().to_owned()).in_file(file);
        d.position = err.span().map(|span| LineCol::of_offset(text, span.start));
        one(d)
    })?;
    let mut problems = Vec::new();
    for (field, color) in [("colors.primary", &identity.colors.primary), ("colors.accent", &identity.colors.accent)] {
        let valid = color.len() == 7 && color.starts_with('#') && color[1..].bytes().all(|b| b.is_ascii_hexdigit());
        if !valid {
            problems.push(
                Diagnostic::error(format!("`{color}` is not a colour"))
                    .at_path(field)
                    .with_hint("write colours as #RRGGBB, e.g. \"#1f3a5f\"")
                    .in_file(file),
            );
        }
    }
    if identity.short_name.trim().is_empty() {
        problems.push(Diagnostic::error("the short name is empty").at_path("short_name").in_file(file));
    }
    for problem in &mut problems {
        problem.position = problem.path.as_deref().and_then(|path| position(text, path));
    }
    if problems.is_empty() { Ok(identity) } else { Err(Diagnostics(problems)) }
}

/// Where the value of `path` (`logo`, `colors.primary`: a key, or a table and a key) is written
/// in an institution file, as the file's checks name fields.
///
/// The file is parsed again into just those values with their byte spans (`toml::Spanned`);
/// it already parsed once, so this does not fail in practice.
fn position(text: &str, path: &str) -> Option<LineCol> {
    type At = Option<toml::Spanned<toml::Value>>;
    #[derive(Deserialize)]
    struct Colors {
        primary: At,
        accent: At,
    }
    #[derive(Deserialize)]
    struct Fields {
        short_name: At,
        logo: At,
        colors: Option<Colors>,
    }
    let fields: Fields = toml::from_str(text).ok()?;
    let at = match path {
        "short_name" => fields.short_name,
        "logo" => fields.logo,
        "colors.primary" => fields.colors.and_then(|c| c.primary),
        "colors.accent" => fields.colors.and_then(|c| c.accent),
        _ => None,
    }?;
    Some(LineCol::of_offset(text, at.span().start))
}

/// Names by language of an institution, for listings.
pub fn names(institution: &Institution) -> BTreeMap<String, String> {
    match &institution.identity.name {
        Text::Plain(name) => [(String::new(), name.clone())].into(),
        Text::Translated(map) => map.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_institution_loads_in_every_language() {
        let ids = shipped_ids();
        assert_eq!(ids, ["dgb", "fonart", "imcine", "inbal", "mx-culture"]);
        for id in ids {
            let institution = Institution::find(&id).unwrap_or_else(|e| panic!("{id}: {e}"));
            for language in ["en", "es", "pt", "fr"] {
                let (_, _, warnings) = institution.document(language, "en");
                assert!(warnings.is_empty(), "{id} in {language}: {warnings:?}");
            }
        }
    }

    #[test]
    fn an_unknown_institution_lists_those_that_exist() {
        let err = Institution::find("imcinee").expect_err("unknown").to_string();
        assert!(err.contains("there is no institution `imcinee`"), "{err}");
        assert!(err.contains("did you mean `imcine`?"), "{err}");
        assert!(err.contains("mx-culture"), "{err}");

        let err = Institution::find("national").expect_err("renamed").to_string();
        assert!(err.contains("Mexico's national coordination is `mx-culture`"), "{err}");
    }

    #[test]
    fn a_bad_institution_file_is_located_and_explained() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join(FILE);
        std::fs::write(&file, "short_name = \"X\"\nname = \"Example\"\ncolour = \"red\"\n").expect("write");
        let err = Institution::find(dir.path().to_str().expect("utf-8")).expect_err("bad").to_string();
        assert!(err.contains("institution.toml:3:1"), "{err}");
        assert!(err.contains("unknown field `colour`"), "{err}");

        std::fs::write(&file, "short_name = \"X\"\nname = \"Example\"\nlogo = \"logo.svg\"\n[colors]\nprimary = \"blue\"\naccent = \"#abcdef\"\n")
            .expect("write");
        let err = Institution::find(dir.path().to_str().expect("utf-8")).expect_err("bad").to_string();
        assert!(err.contains("institution.toml:5:11: at `colors.primary`: `blue` is not a colour"), "{err}");

        std::fs::write(&file, "short_name = \"X\"\nname = \"Example\"\nlogo = \"logo.svg\"\n").expect("write");
        let err = Institution::find(dir.path().to_str().expect("utf-8")).expect_err("no logo").to_string();
        assert!(
            err.contains("institution.toml:3:8: at `logo`: the logo `logo.svg` is not in the institution's folder"),
            "{err}"
        );
    }

    #[test]
    fn the_data_s_issuer_is_shown_without_logo_in_neutral_colours() {
        let issuer: Issuer = serde_json::from_value(serde_json::json!({
            "name": "Ministry of Culture of Ghana",
            "address": "Accra",
            "contact": "qpr@example.org",
            "signatory": {"name": "Kofi Mensah", "role": "Director"}
        }))
        .expect("issuer");
        let doc = InstitutionDoc::of_issuer(&issuer);
        assert_eq!((doc.id, doc.logo), (None, None));
        assert_eq!(doc.short_name, "Ministry of Culture of Ghana");
        assert_eq!((doc.address.as_deref(), doc.contact.as_deref()), (Some("Accra"), Some("qpr@example.org")));
        let signatory = doc.signatory.expect("signatory");
        assert_eq!((signatory.name.as_str(), signatory.role.as_deref()), ("Kofi Mensah", Some("Director")));
        let neutral = Colors::default();
        assert_eq!((&doc.colors.primary, &doc.colors.accent), (&neutral.primary, &neutral.accent));
        // No shipped institution's colours are the neutral ones.
        for id in shipped_ids() {
            let colors = Institution::find(&id).expect("shipped").identity.colors;
            assert_ne!(colors.primary, neutral.primary, "{id}");
        }
    }
}
