// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
const PORT: u16 = {
    let p: Option<u16> = None;
    p.unwrap()
};

fn main() {
    println!("{}", PORT);
}
