use clap::Parser;
use hubls::cli::{self, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None | Some(Command::Lsp { .. }) => {
            eprintln!("hubls: the language server is not available in this build");
            ExitCode::from(2)
        }
        Some(command) => cli::run(command, &cli.corpus),
    }
}
