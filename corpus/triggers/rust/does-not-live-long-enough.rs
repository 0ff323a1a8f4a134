// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let r;
    {
        let config = String::from("x");
        r = &config;
    }
    println!("{}", r);

    let first: &str;
    {
        let line = String::from("a b");
        first = line.split(' ').next().unwrap();
    }
    println!("{}", first);
}
