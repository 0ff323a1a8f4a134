// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
use std::thread;

fn main() {
    let name = String::from("worker");
    let handle = thread::spawn(|| println!("{}", name));
    handle.join().unwrap();

    let counter = vec![1, 2, 3];
    let h2 = thread::spawn(|| counter.len());
    h2.join().unwrap();
}
