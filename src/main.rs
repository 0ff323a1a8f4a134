use clap::Parser;
use hubls::cli::{self, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None | Some(Command::Lsp { .. }) => {
            hubls::lsp::init_logging();
            hubls::lsp::serve_stdio()
        }
        Some(command) => cli::run(command, &cli.corpus),
    }
}
