// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
#[derive(Debug)]
enum AppError { Missing }

fn read_port(s: &str) -> Result<u16, AppError> {
    let p: u16 = s.parse()?;
    Ok(p)
}

fn load(path: &str) -> Result<String, AppError> {
    let text = std::fs::read_to_string(path)?;
    Ok(text)
}

fn main() {
    println!("{:?} {:?}", read_port("1"), load("x"));
}
