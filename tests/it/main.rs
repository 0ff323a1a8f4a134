//! The integration tests: one binary, shared helpers in `support` and `corpus_fixture`.

mod cli;
mod corpus;
mod corpus_fixture;
mod differential;
mod explain;
mod fuzz;
mod lsp;
mod reference_matcher;
mod search;
mod soak;
mod support;
