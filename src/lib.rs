//! hubls: a language server and CLI that bring the Knowledge Hub's archive of production errors,
//! snippets and concept notes into the editor and the terminal.
//!
//! - [`kb`]: the pure core (corpus model, loading, matching, search); no LSP, no async, no I/O.
//! - [`sources`]: where entry files come from: the built-in corpus embedded in the binary, and user
//!   directories read from disk.
//! - [`lsp`]: the language server, a thin adapter over the core.
//! - [`cli`]: the `hubls` command line.

pub mod cli;
pub mod kb;
pub mod lsp;
pub mod sources;
