//! "Did you mean" suggestions for misspelt field names and enum values.

/// The candidate closest to `word`, when it is close enough to be a likely typo.
///
/// Close means at most a third of the word's characters differ (and at least one may), so
/// `conclusion` finds `conclusions` while `xyz` finds nothing rather than a random guess.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Edit distance over characters (optimal string alignment): insertions, deletions,
/// substitutions and swaps of two neighbours cost one, so `titel` is one edit from `title`.
///
/// Hand-written with a full table; the names compared are short, so no crate is needed.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The backquoted names of a serde message such as "unknown field `x`, expected one of `a`, `b`".
///
/// serde words unknown fields and unknown variants alike; the first name is the offending one,
/// the rest are the allowed ones.
pub fn quoted_names(message: &str) -> Vec<&str> {
    message.split('`').skip(1).step_by(2).collect()
}

/// A hint for a serde "unknown field" or "unknown variant" message, when one name is close.
pub fn hint_for_unknown(message: &str) -> Option<String> {
    let names = quoted_names(message);
    let (word, allowed) = names.split_first()?;
    did_you_mean(word, allowed.iter().copied()).map(|best| format!("did you mean `{best}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_edit_distance() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("conclusion", "conclusions"), 1);
        assert_eq!(distance("año", "ano"), 1);
        assert_eq!(distance("titel", "title"), 1);
    }

    #[test]
    fn suggests_only_close_names() {
        let fields = ["id", "name", "conclusions", "footnotes"];
        assert_eq!(did_you_mean("conclusion", fields), Some("conclusions"));
        assert_eq!(did_you_mean("Name", fields), Some("name"));
        assert_eq!(did_you_mean("budget", fields), None);
        assert_eq!(did_you_mean("footnote", fields), Some("footnotes"));
    }

    #[test]
    fn reads_serde_messages() {
        let message = "unknown field `nmae`, expected one of `id`, `name`";
        assert_eq!(quoted_names(message), ["nmae", "id", "name"]);
        assert_eq!(hint_for_unknown(message).as_deref(), Some("did you mean `name`?"));
        assert_eq!(hint_for_unknown("unknown variant `zzz`, expected `a` or `b`"), None);
    }
}
