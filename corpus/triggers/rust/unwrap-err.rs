// hubls-run: rustc -o app {file} && ./app; ./app file
fn main() {
    if std::env::args().count() > 1 {
        let text = std::fs::read_to_string("settings.toml").unwrap();
        println!("{}", text);
    }
    let n: i32 = "42x".parse().unwrap();
    println!("{}", n);
}
