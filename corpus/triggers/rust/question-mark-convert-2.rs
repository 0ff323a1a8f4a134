// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
#[derive(Debug)]
struct ConfigError(String);

fn port(s: &str) -> Result<u16, ConfigError> {
    let text = std::fs::read_to_string(s)?;
    Ok(text.len() as u16)
}

fn main() {
    println!("{:?}", port("a"));
}
