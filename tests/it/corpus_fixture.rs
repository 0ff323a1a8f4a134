//! The built-in corpus, loaded once for all tests of this binary.

use hubls::kb::Corpus;
use std::sync::LazyLock;

static BUILTIN: LazyLock<Corpus> = LazyLock::new(|| Corpus::load(&hubls::sources::builtin()).0);

pub fn builtin() -> &'static Corpus {
    &BUILTIN
}
