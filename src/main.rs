//! `holst`: with no arguments or a file, the editor; with a subcommand, the command line.

fn main() -> std::process::ExitCode {
    // The local time zone can be read safely only while the process has one thread.
    holst::export::capture_local_offset();
    holst::cli::main()
}
