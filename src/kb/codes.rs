//! Diagnostic codes: the `(source, code)` pair a linter or type checker attaches to a diagnostic
//! (`Pyright` / `reportOptionalMemberAccess`, `eslint` / `no-unused-vars`, `ts` / `2339`).
//!
//! Codes survive the rewording of messages between tool versions, so entries declare the codes they
//! explain as `tool:code` and the matcher uses them next to the message patterns. Editors name the same
//! tool differently (`Pylance` and `Pyright`, `clangd` and `clang`), so a diagnostic's `source` is mapped
//! to one canonical tool name first.

use regex::Regex;
use std::sync::LazyLock;

/// A canonical tool, the `source` names editors use for it, and the shape of its codes.
struct Tool {
    name: &'static str,
    sources: &'static [&'static str],
    code: &'static str,
    example: &'static str,
}

const TOOLS: &[Tool] = &[
    Tool { name: "pyright", sources: &["pyright", "pylance", "basedpyright"], code: r"report[A-Z][A-Za-z]+", example: "reportOptionalMemberAccess" },
    Tool { name: "mypy", sources: &["mypy"], code: r"[a-z][a-z-]*", example: "union-attr" },
    Tool { name: "ruff", sources: &["ruff"], code: r"[A-Z]{1,4}[0-9]{1,4}", example: "F401" },
    Tool { name: "pylint", sources: &["pylint"], code: r"[CRWEFI][0-9]{4}|[a-z][a-z-]*", example: "W0611 or unused-import" },
    Tool { name: "eslint", sources: &["eslint"], code: r"(?:@[a-z0-9-]+/|[a-z0-9-]+/)?[a-z][a-z0-9-]*", example: "no-unused-vars" },
    Tool { name: "ts", sources: &["ts", "typescript", "tsserver", "tsc", "deno-ts", "vue-ts"], code: r"[0-9]{4,5}", example: "2339" },
    Tool { name: "clang", sources: &["clang", "clangd", "clang-tidy"], code: r"-W[a-z0-9+=-]+|[a-z][a-z0-9_]*", example: "-Wunused-variable or undeclared_var_use" },
    Tool { name: "go", sources: &["compiler", "go", "gopls", "typecheck"], code: r"[A-Z][A-Za-z]+", example: "UnusedVar" },
    Tool { name: "govet", sources: &["govet", "go vet", "vet"], code: r"[a-z][a-z0-9]*", example: "printf" },
    Tool { name: "shellcheck", sources: &["shellcheck", "bash-language-server", "bashls"], code: r"SC[0-9]{4}", example: "SC2086" },
    Tool { name: "intelephense", sources: &["intelephense"], code: r"P?[0-9]{4}", example: "P1013" },
];

static CODE_SHAPES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    TOOLS.iter().map(|tool| Regex::new(&format!("^(?:{})$", tool.code)).expect("valid code shape")).collect()
});

/// A code an entry explains, as declared: the canonical tool and the code in the tool's own spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct DiagnosticCode {
    pub tool: String,
    pub code: String,
}

impl DiagnosticCode {
    /// Parses a declaration `tool:code` (`pyright:reportOptionalMemberAccess`), checking the tool is
    /// known and the code has that tool's shape.
    pub fn parse(declared: &str) -> Result<DiagnosticCode, String> {
        let Some((tool, code)) = declared.split_once(':') else {
            return Err(format!("code `{declared}` must be `tool:code`, e.g. `eslint:no-unused-vars`"));
        };
        let Some(index) = TOOLS.iter().position(|t| t.name == tool) else {
            let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
            return Err(format!("code `{declared}`: unknown tool `{tool}` (known: {})", names.join(", ")));
        };
        if !CODE_SHAPES[index].is_match(code) {
            return Err(format!(
                "code `{declared}`: `{code}` is not a {tool} code (expected something like `{}`)",
                TOOLS[index].example
            ));
        }
        Ok(DiagnosticCode { tool: tool.to_string(), code: code.to_string() })
    }

    /// The code a diagnostic carries, from its `source` and `code` as an editor reports them. `None`
    /// when the source names no known tool or there is no code.
    pub fn from_diagnostic(source: &str, code: &str) -> Option<DiagnosticCode> {
        let tool = canonical_tool(source)?;
        let code = code.trim();
        if code.is_empty() {
            return None;
        }
        // shellcheck's own JSON gives the bare number; bash-language-server prefixes `SC`. VS Code's
        // Pylint extension joins message id and symbol (`W0611:unused-import`); entries list both.
        let code = if tool == "shellcheck" && code.bytes().all(|b| b.is_ascii_digit()) {
            format!("SC{code}")
        } else if tool == "pylint" {
            code.split(':').next().unwrap_or(code).to_string()
        } else {
            code.to_string()
        };
        Some(DiagnosticCode { tool: tool.to_string(), code })
    }

    /// Whether a diagnostic's code is this one. Case is ignored: editors and tool versions differ in it
    /// (`P1013` and `p1013`, `Ruff` and `ruff`).
    pub fn same(&self, other: &DiagnosticCode) -> bool {
        self.tool == other.tool && self.code.eq_ignore_ascii_case(&other.code)
    }
}

/// The canonical tool for a diagnostic's `source` (`Pylance` → `pyright`).
pub fn canonical_tool(source: &str) -> Option<&'static str> {
    let source = source.trim().to_ascii_lowercase();
    TOOLS.iter().find(|tool| tool.name == source || tool.sources.contains(&source.as_str())).map(|tool| tool.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_checked_against_the_tool_and_its_code_shape() {
        assert!(DiagnosticCode::parse("pyright:reportOptionalMemberAccess").is_ok());
        assert!(DiagnosticCode::parse("eslint:react-hooks/exhaustive-deps").is_ok());
        assert!(DiagnosticCode::parse("eslint:@typescript-eslint/no-unused-vars").is_ok());
        assert!(DiagnosticCode::parse("clang:-Wimplicit-function-declaration").is_ok());
        assert!(DiagnosticCode::parse("ts:2339").is_ok());
        assert!(DiagnosticCode::parse("ts:TS2339").unwrap_err().contains("not a ts code"));
        assert!(DiagnosticCode::parse("jshint:W117").unwrap_err().contains("unknown tool"));
        assert!(DiagnosticCode::parse("SC2086").unwrap_err().contains("tool:code"));
    }

    #[test]
    fn editor_sources_map_to_one_tool() {
        let declared = DiagnosticCode::parse("pyright:reportOptionalMemberAccess").unwrap();
        let from_pylance = DiagnosticCode::from_diagnostic("Pylance", "reportOptionalMemberAccess").unwrap();
        assert!(declared.same(&from_pylance));
        let joined = DiagnosticCode::from_diagnostic("Pylint", "W0611:unused-import").unwrap();
        assert!(DiagnosticCode::parse("pylint:W0611").unwrap().same(&joined));
        let shellcheck = DiagnosticCode::from_diagnostic("shellcheck", "2086").unwrap();
        assert!(DiagnosticCode::parse("shellcheck:SC2086").unwrap().same(&shellcheck));
        assert_eq!(DiagnosticCode::from_diagnostic("my-linter", "X1"), None);
    }
}
