// hubls-run: rustc -o app {file} && ./app; ./app --port
fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() > 1 {
        let v: Option<&str> = args.get(5).map(|s| s.as_str());
        println!("{}", v.expect("missing value for --port"));
    }
    let home: Option<String> = None;
    println!("{}", home.unwrap());
}
