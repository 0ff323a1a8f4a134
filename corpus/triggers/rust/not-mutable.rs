// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let names = Vec::new();
    names.push("ann");
    let buf = String::new();
    buf.push_str("x");

    let count = 0;
    count = 5;
    let total = 1;
    total += 2;
    println!("{:?} {} {} {}", names, buf, count, total);
}
