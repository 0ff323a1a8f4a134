// hubls-run: rustc -o app {file} && ./app; ./app 9; ./app todo
fn status_name(code: u8) -> &'static str {
    match code {
        0 => "pending",
        1 => "paid",
        other => unreachable!("unknown status code {}", other),
    }
}
fn refund(_order: u64) -> bool { todo!() }
fn main() {
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("todo") => { refund(7); }
        Some(code) => println!("{}", status_name(code.parse().unwrap())),
        None => { let state = 3u8; if state > 2 { unreachable!() } }
    }
}
