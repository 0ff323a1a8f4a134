// hubls-run: rustc --edition 2021 --error-format=short {file}
fn port() -> u16 { "8080" }

fn main() {
    let count: usize = -1i32;
    println!("{} {}", port(), count);
}
