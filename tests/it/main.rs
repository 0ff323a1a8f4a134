//! The integration tests: one binary, shared helpers in `support` and `corpus_fixture`.

mod cli;
mod corpus;
mod corpus_fixture;
mod explain;
mod lsp;
mod search;
mod support;
