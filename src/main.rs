//! The `verbatim` command-line tool.

fn main() {
    eprintln!("verbatim: the command-line tool is not built yet");
    std::process::exit(2);
}
