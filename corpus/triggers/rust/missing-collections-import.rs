// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
fn main() {
    let mut seen: HashSet<u32> = HashSet::new();
    seen.insert(1);
    let mut queue = VecDeque::new();
    queue.push_back(1);
}
