// hubls-run: rustc --edition 2021 {file} 2>&1 | grep -F 'error['
use std::collections::HashMapp;
use serde::Deserialize;

fn main() {}
