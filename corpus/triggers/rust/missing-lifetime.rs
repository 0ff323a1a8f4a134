// hubls-run: rustc --edition 2021 --error-format=short {file}
fn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }

struct Parser { input: &str }

fn main() {}
