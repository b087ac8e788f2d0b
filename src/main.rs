//! `holst`: with no arguments or a file, the editor; with a subcommand, the command line.

fn main() -> std::process::ExitCode {
    holst::cli::main()
}
