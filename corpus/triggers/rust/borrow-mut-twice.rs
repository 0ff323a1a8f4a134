// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let mut buf = String::new();
    let a = &mut buf;
    let b = &mut buf;
    a.push('x');
    b.push('y');

    let mut list = vec![1];
    let first = &mut list;
    let second = &mut list;
    first.push(2);
    second.push(3);
}
