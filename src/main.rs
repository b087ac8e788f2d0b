//! `holst`: with no arguments or a file, the editor; with a subcommand, the command line.

/// mimalloc rather than the system allocator: the canvas allocates and frees its meshes
/// every frame, and glibc's malloc hands that memory back to the kernel and faults it in
/// again each frame (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // The local time zone can be read safely only while the process has one thread.
    holst::export::capture_local_offset();
    holst::cli::main()
}
