//! The integration tests: one binary, shared helpers in `support`.

mod lsp;
mod support;
