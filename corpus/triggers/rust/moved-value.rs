// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn consume(v: Vec<i32>) -> usize { v.len() }

fn main() {
    let items = vec![1, 2, 3];
    let n = consume(items);
    println!("{} {}", n, items.len());

    let name = String::from("config");
    let owner = name;
    let copy = name;
    println!("{} {}", owner, copy);
}
