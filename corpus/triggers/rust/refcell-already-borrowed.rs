// hubls-run: rustc -o app {file} && ./app; ./app read
use std::cell::RefCell;

struct Cache { entries: RefCell<Vec<String>> }

fn main() {
    let cache = Cache { entries: RefCell::new(vec!["a".into()]) };
    if std::env::args().count() > 1 {
        let mut writer = cache.entries.borrow_mut();
        let n = cache.entries.borrow().len();       // already mutably borrowed by `writer`
        writer.push(n.to_string());
    } else {
        for e in cache.entries.borrow().iter() {     // shared borrow lives for the whole loop
            cache.entries.borrow_mut().push(e.clone());
        }
    }
}
