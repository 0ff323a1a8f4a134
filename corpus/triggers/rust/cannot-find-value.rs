// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let total = 3;
    println!("{}", totl);
    println!("{}", user_count);
}
