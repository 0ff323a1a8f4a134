// hubls-run: rustc -o app {file} && ./app; ./app a b c
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let items = vec![10, 20, 30];
    let i = args.len() + 2;
    println!("{}", items[i]);
}
