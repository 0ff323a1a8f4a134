// hubls-run: rustc -o app {file} && ./app; ./app x
fn main() {
    let n = std::env::args().count();
    let stock: u32 = 0;
    if n > 1 {
        let total: u8 = 250;
        println!("{}", total + (n as u8) * 5);
    }
    println!("{}", stock - n as u32);
}
