#![deny(warnings)]

use gen_core::generator;
use std::fmt::Write;

#[generator]
fn labelled(words: Vec<&str>) -> impl Iterator<Item = String> + '_ {
    let mut log = String::new();
    let prefix = String::from("item");
    for (i, word) in words.into_iter().enumerate() {
        let line = format!("{prefix} {i}: {word}");
        writeln!(log, "{line}").unwrap();
        yield_!(line);
        println!("resumed after {i} ({} bytes logged)", log.len());
    }
    eprintln!("{log}");
    yield_!(format!("{prefix}s: {}", log.lines().count()));
}

fn main() {
    let v: Vec<_> = labelled(vec!["a", "b"]).collect();
    assert_eq!(v, ["item 0: a", "item 1: b", "items: 2"]);
}
