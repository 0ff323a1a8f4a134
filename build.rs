// The built-in corpus is embedded with include_dir; rebuild whenever any file under it changes.
fn main() {
    println!("cargo:rerun-if-changed=corpus");
}
