//! Which language ids count as relatives: a `typescriptreact` document also wants React, TypeScript and
//! JavaScript entries.

/// The language itself first, then the ids whose entries also apply to it.
pub fn related(language: &str) -> Vec<String> {
    let relatives: &[&str] = match language {
        "typescriptreact" => &["typescript", "javascriptreact", "javascript"],
        "javascriptreact" => &["javascript"],
        "typescript" => &["javascript"],
        "vue" | "svelte" | "astro" => &["typescript", "javascript"],
        "cpp" | "cuda-cpp" | "objective-cpp" => &["c"],
        "c" | "objective-c" => &["cpp"],
        "blade" | "twig" => &["php"],
        "sh" | "bash" | "zsh" => &["shellscript"],
        "postgres" | "mysql" | "plsql" | "sqlite" => &["sql"],
        _ => &[],
    };
    std::iter::once(language).chain(relatives.iter().copied()).map(str::to_string).collect()
}
