//! Quick-fix recipes: a regex `find` and a `replace` template, with the error's captured parameters
//! substituted into both, applied to the first match in a line or a document.

use super::entry::{FixRecipe, Params};
use regex::Regex;
use std::ops::Range;

/// Replaces `{name}` by `value(param)` for every parameter `name`; other braces are left alone, so
/// code in bodies (`{ a: 1 }`) and regex quantifiers (`{2,3}`) pass through.
pub fn substitute(template: &str, params: &Params, value: impl Fn(&str) -> String) -> String {
    let mut out = template.to_string();
    for (name, raw) in params {
        let placeholder = format!("{{{name}}}");
        if out.contains(&placeholder) {
            out = out.replace(&placeholder, &value(raw));
        }
    }
    out
}

/// One text edit: replace `range` (byte offsets into the scope text) with `new_text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// The edit `recipe` makes to `scope_text`, or `None` when its `find` does not match there.
/// An error names what is wrong with the recipe itself (its regex does not compile).
pub fn edit(recipe: &FixRecipe, params: &Params, scope_text: &str) -> Result<Option<Edit>, String> {
    let find = substitute(&recipe.find, params, regex::escape);
    let regex = Regex::new(&format!("(?m:{find})")).map_err(|err| format!("fix `find` does not compile: {err}"))?;
    let replace = substitute(&recipe.replace, params, |v| v.replace('$', "$$"));
    Ok(regex.captures(scope_text).map(|captures| {
        let whole = captures.get(0).expect("group 0 always matches");
        let mut new_text = String::new();
        captures.expand(&replace, &mut new_text);
        Edit { range: whole.range(), new_text }
    }))
}

/// `scope_text` with the recipe applied, or `None` when it does not match.
pub fn apply(recipe: &FixRecipe, params: &Params, scope_text: &str) -> Result<Option<String>, String> {
    Ok(edit(recipe, params, scope_text)?.map(|edit| {
        let mut out = scope_text.to_string();
        out.replace_range(edit.range, &edit.new_text);
        out
    }))
}

/// The title shown for a fix, with parameters filled in.
pub fn title(recipe: &FixRecipe, params: &Params) -> String {
    substitute(&recipe.title, params, str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::FixScope;

    fn recipe(find: &str, replace: &str) -> FixRecipe {
        FixRecipe {
            title: "t".into(),
            scope: FixScope::Line,
            find: find.into(),
            replace: replace.into(),
            before: String::new(),
            after: String::new(),
        }
    }

    fn params(pairs: &[(&str, &str)]) -> Params {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn parameters_are_escaped_in_find_and_literal_in_replace() {
        let r = recipe(r"(?P<obj>[\w.]+)\.{prop}\(", "(${obj} ?? []).{prop}(");
        let p = params(&[("prop", "map")]);
        assert_eq!(apply(&r, &p, "const a = users.map(f);").unwrap().unwrap(), "const a = (users ?? []).map(f);");
        let dollar = params(&[("prop", "$x")]);
        assert_eq!(apply(&r, &dollar, "o.$x(1)").unwrap().unwrap(), "(o ?? []).$x(1)");
    }

    #[test]
    fn a_recipe_that_does_not_match_offers_nothing() {
        let r = recipe(r"\.{prop}\(", ".x(");
        assert_eq!(apply(&r, &params(&[("prop", "map")]), "nothing here").unwrap(), None);
    }

    #[test]
    fn an_invalid_find_regex_is_an_error_not_a_panic() {
        assert!(apply(&recipe("(unclosed", ""), &Params::new(), "x").is_err());
    }

    #[test]
    fn document_scope_can_insert_at_the_top() {
        let r = recipe(r"\A", "import os\n");
        assert_eq!(apply(&r, &Params::new(), "print(os.sep)\n").unwrap().unwrap(), "import os\nprint(os.sep)\n");
    }
}
