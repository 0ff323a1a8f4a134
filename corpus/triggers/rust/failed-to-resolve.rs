// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let re = regex::Regex::new("a+");
    let cfg = config::load();
}
