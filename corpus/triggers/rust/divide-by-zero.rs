// hubls-run: rustc -o app {file} && ./app; ./app shards
// The divisor comes from runtime data (an empty list), so the compiler cannot reject it.
fn main() {
    let workers: Vec<u32> = Vec::new();
    let total_jobs: u32 = 120;
    let n = workers.len() as u32;
    if std::env::args().count() > 1 {
        println!("shard {}", 7 % n);
    } else {
        println!("jobs per worker: {}", total_jobs / n);
    }
}
