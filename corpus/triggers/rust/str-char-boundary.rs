// hubls-run: rustc -o app {file} && ./app; ./app name
// Slicing a String by byte offsets that land inside a multi-byte UTF-8 character.
fn main() {
    let title = String::from("Crème brûlée recipe");
    let name = String::from("José");
    if std::env::args().count() > 1 {
        println!("{}", &name[..4]);
    } else {
        println!("{}", &title[3..]);
    }
}
