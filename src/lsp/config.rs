//! Server settings, from `initializationOptions` and `workspace/didChangeConfiguration`.
//!
//! Both accept the settings object itself or one nested under `"hubls"` (VS Code sends its section by
//! name). A wrong type for one setting is reported and ignored; the others still apply.

use serde_json::Value;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Extra corpus directories, loaded after the built-in corpus.
    pub corpus: Vec<PathBuf>,
    /// Scan open documents for error text and publish diagnostics.
    pub scan: bool,
    pub completion: bool,
    pub completion_limit: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { corpus: Vec::new(), scan: true, completion: true, completion_limit: 20 }
    }
}

impl Settings {
    /// These settings with `value` applied; returns the problems of the values that were ignored.
    pub fn merged(&self, value: &Value) -> (Settings, Vec<String>) {
        let mut next = self.clone();
        let mut problems = Vec::new();
        let value = value.get("hubls").unwrap_or(value);
        let Some(object) = value.as_object() else {
            if !value.is_null() {
                problems.push(format!("settings must be an object, got {value}"));
            }
            return (next, problems);
        };
        for (key, item) in object {
            match key.as_str() {
                "corpus" => match item.as_array().map(|a| a.iter().map(Value::as_str).collect::<Option<Vec<_>>>()) {
                    Some(Some(dirs)) => next.corpus = dirs.into_iter().map(PathBuf::from).collect(),
                    _ => problems.push(format!("`corpus` must be a list of directory paths, got {item}")),
                },
                "scan" => match item.as_bool() {
                    Some(on) => next.scan = on,
                    None => problems.push(format!("`scan` must be true or false, got {item}")),
                },
                "completion" => match item {
                    Value::Bool(on) => next.completion = *on,
                    Value::Object(options) => {
                        if let Some(on) = options.get("enable").and_then(Value::as_bool) {
                            next.completion = on;
                        }
                        if let Some(limit) = options.get("limit").and_then(Value::as_u64) {
                            next.completion_limit = limit.clamp(1, 200) as usize;
                        }
                    }
                    _ => problems.push(format!("`completion` must be true, false or {{enable, limit}}, got {item}")),
                },
                "completionLimit" => match item.as_u64() {
                    Some(limit) => next.completion_limit = limit.clamp(1, 200) as usize,
                    None => problems.push(format!("`completionLimit` must be a positive number, got {item}")),
                },
                // Settings of the editor plugins (server path, filetypes) travel in the same section.
                _ => {}
            }
        }
        (next, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_and_flat_settings_apply_and_bad_values_are_reported() {
        let (s, problems) = Settings::default().merged(&json!({"hubls": {"scan": false, "completion": {"limit": 5}}}));
        assert!(!s.scan);
        assert_eq!(s.completion_limit, 5);
        assert!(problems.is_empty());
        let (s, problems) = s.merged(&json!({"scan": "yes", "corpus": ["/a", "/b"]}));
        assert!(!s.scan, "a bad value leaves the setting as it was");
        assert_eq!(s.corpus, vec![PathBuf::from("/a"), PathBuf::from("/b")]);
        assert_eq!(problems.len(), 1);
    }
}
