// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
struct Config { port: u16 }

fn main() {
    let c = Config { port: 80 };
    c.reload();
    let v = vec![1, 2];
    let s = v.length();
}
