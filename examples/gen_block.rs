//! `gen!` blocks: an iterator written in place, as an expression, with plain
//! `yield` statements inside.
//!
//! A `#[generator]` function needs a name and a signature. When an iterator is
//! needed once, in the middle of a chain, `r#gen! { .. }` writes its body right
//! there. Like a `move` closure, the block takes ownership of what it uses from
//! its surroundings, and runs none of its code until the first `next()`.
//!
//! This workspace is on edition 2024, where `gen` is a reserved keyword, so the
//! macro is spelled `r#gen!`. The bodies are the bodies Rust's own (unstable)
//! `gen` blocks take, `yield value;` included. To move this code to them,
//! delete `r#` and `!`:
//!
//! ```text
//! r#gen! { for w in line.split(',') { yield w.trim(); } }   // stable, this crate
//! gen { for w in line.split(',') { yield w.trim(); } }      // nightly, #![feature(gen_blocks)]
//! ```
//!
//! Every block in `main` compiles that way, unchanged, on nightly 1.97. One
//! difference remains: a `gen!` block always captures by move, while a native
//! `gen` block borrows what it only reads unless it is written `gen move`.
//! So a block that outlives the variables it reads, like the one `repeat`
//! returns below, becomes `gen move { .. }`.
//!
//! ```sh
//! cargo run --example gen_block
//! ```
use gen_core::r#gen;

/// `word`, `n` times. The block owns `word` and `n` (on nightly, this is
/// `gen move { .. }`: a plain `gen` block would borrow them from `repeat`,
/// which returns before the block runs).
fn repeat(word: String, n: usize) -> impl Iterator<Item = String> {
    r#gen! {
        for i in 0..n {
            yield format!("{word}#{i}");
        }
    }
}

// Clippy suggests `?` for the `let .. else { return; }` below. A `gen!` block
// accepts `?` (a `None` finishes it), but a native `gen` block does not, and
// the blocks here are kept as they would be written there.
#[allow(clippy::question_mark)]
fn main() {
    let orders = "\
# customer: item x quantity, ...
ada: apple x 3, pear x 1
bob:
cyd: plum x 12, apple x 2, fig x 1
dee: pear x 4";

    // 1. One `gen!` block per line inside `flat_map`, between ordinary
    //    adapters. The block owns `line` (a `&str`, copied in) and yields one
    //    `(customer, item, quantity)` per entry. An entry that does not parse
    //    ends that line's block early with `return;`.
    let big: Vec<(&str, &str, u32)> = orders
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| {
            r#gen! {
                let Some((customer, entries)) = line.split_once(':') else {
                    return;
                };
                for entry in entries.split(',') {
                    let Some((item, qty)) = entry.split_once(" x ") else {
                        return;
                    };
                    let Ok(qty) = qty.trim().parse::<u32>() else {
                        return;
                    };
                    yield (customer, item.trim(), qty);
                }
            }
        })
        .filter(|&(_, _, qty)| qty >= 2)
        .collect();
    println!("entries of 2 or more:");
    for (customer, item, qty) in &big {
        println!("  {customer:<4} {qty:>2} x {item}");
    }
    assert_eq!(
        big,
        [
            ("ada", "apple", 3),
            ("cyd", "plum", 12),
            ("cyd", "apple", 2),
            ("dee", "pear", 4)
        ]
    );

    // 2. A block that keeps state across yields: run-length encoding. `text`
    //    is a `&str`, so the block holds a copy of the reference; the
    //    `Chars` iterator and the current run live in the block between two
    //    `next()` calls.
    let text = "aaabccddddde";
    let runs = r#gen! {
        let mut chars = text.chars();
        let Some(mut current) = chars.next() else {
            return;
        };
        let mut count = 1;
        for c in chars {
            if c == current {
                count += 1;
            } else {
                yield (current, count);
                current = c;
                count = 1;
            }
        }
        yield (current, count);
    };
    let mut encoded = String::new();
    for (c, n) in runs {
        encoded.push_str(&n.to_string());
        encoded.push(c);
    }
    println!("run-length encoding of {text:?}: {encoded}");
    assert_eq!(encoded, "3a1b2c5d1e");

    // 3. Owned values move into the block, as into a `move` closure: `words`
    //    is the block's from here on. Nothing runs until the first `next()`,
    //    so the block can be built, passed around, and drained later.
    let words = vec![
        String::from("generators"),
        String::from("on"),
        String::from("stable"),
    ];
    let shouted = r#gen! {
        for w in words {
            if w.len() > 2 {
                yield w.to_uppercase();
            }
        }
        yield String::from("!");
    };
    // `words` has moved; using it here would not compile.
    let line = shouted.collect::<Vec<_>>().join(" ");
    println!("{line}");
    assert_eq!(line, "GENERATORS STABLE !");

    // 4. Blocks compose like any iterator: zip two of them, take a prefix.
    let evens = r#gen! {
        let mut n = 0u64;
        loop {
            yield n;
            n += 2;
        }
    };
    let squares = r#gen! {
        for i in 1u64.. {
            yield i * i;
        }
    };
    let pairs: Vec<(u64, u64)> = evens.zip(squares).take(5).collect();
    println!("evens with squares: {pairs:?}");
    assert_eq!(pairs, [(0, 1), (2, 4), (4, 9), (6, 16), (8, 25)]);

    // 5. A block returned from a function, holding the function's arguments.
    let echoes: Vec<String> = repeat(String::from("hey"), 3).collect();
    println!("{echoes:?}");
    assert_eq!(echoes, ["hey#0", "hey#1", "hey#2"]);
}
