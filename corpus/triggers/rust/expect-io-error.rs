// hubls-run: rustc -o app {file} && ./app; ./app write
use std::fs;

fn main() {
    if std::env::args().count() > 1 {
        fs::create_dir("/tmp").expect("cannot create spool directory");
    } else {
        let cfg = fs::read_to_string("config/app.toml").expect("failed to read config");
        println!("{cfg}");
    }
}
