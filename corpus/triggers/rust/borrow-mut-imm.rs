// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let mut scores = vec![1, 2, 3];
    let first = &scores[0];
    scores.push(4);
    println!("{}", first);

    let mut names = vec![String::from("a")];
    for n in names.iter() {
        if n.is_empty() { names.push(String::new()); }
    }
}
