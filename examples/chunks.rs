//! Chunks: group any iterator's items into `Vec`s of a fixed size.
//!
//! The generator fills a buffer and yields it whenever it is full, then yields
//! the short remainder at the end. It pulls items from its source only as the
//! caller asks for chunks, so it works on infinite sources too.
use gen_core::generator;

/// Yields the items of `items` in `Vec`s of `size` items; the last one may be
/// shorter. Panics on the first `next()` if `size` is zero.
#[generator]
fn chunks<T>(items: impl IntoIterator<Item = T>, size: usize) -> impl Iterator<Item = Vec<T>> {
    assert!(size > 0, "chunk size must be positive");
    let mut chunk = Vec::with_capacity(size);
    for item in items {
        chunk.push(item);
        if chunk.len() == size {
            yield_!(std::mem::replace(&mut chunk, Vec::with_capacity(size)));
        }
    }
    if !chunk.is_empty() {
        yield_!(chunk);
    }
}

/// Yields 1, 2, 3, … without end.
#[generator]
fn naturals() -> impl Iterator<Item = u64> {
    let mut n = 1;
    loop {
        yield_!(n);
        n += 1;
    }
}

fn main() {
    for chunk in chunks(1..=10, 3) {
        println!("{chunk:?}");
    }

    let words = "the quick brown fox jumps over the lazy dog".split(' ');
    let lines: Vec<String> = chunks(words, 4).map(|chunk| chunk.join(" ")).collect();
    println!("{lines:#?}");

    let from_infinite: Vec<Vec<u64>> = chunks(naturals(), 5).take(3).collect();
    println!("first 3 chunks of an infinite source: {from_infinite:?}");

    let sums: Vec<u64> = chunks(naturals(), 100)
        .map(|chunk| chunk.iter().sum())
        .take(4)
        .collect();
    println!("sums of the first 4 hundreds: {sums:?}");

    println!(
        "chunks of nothing: {:?}",
        chunks(Vec::<u8>::new(), 2).count()
    );
}
