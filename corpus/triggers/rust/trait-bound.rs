// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
use std::collections::HashMap;
struct Point { x: i32 }
struct UserId(u32);

fn main() {
    let p = Point { x: 1 };
    println!("{}", p);
    let mut m = HashMap::new();
    m.insert(UserId(1), "ann");
}
