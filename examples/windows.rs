//! Sliding windows over a borrowed slice, and a moving average on top.
//!
//! `windows` borrows its argument for `'a` and yields sub-slices that borrow
//! the same data: no copies. Borrows of arguments may be held across a
//! `yield_!`; only borrows of the generator's own locals may not.
use gen_core::generator;

/// Yields every run of `size` consecutive items of `items`, left to right
/// (as `<[T]>::windows` does). Yields nothing if `size` is zero or larger than
/// the slice.
#[generator]
fn windows<'a, T>(items: &'a [T], size: usize) -> impl Iterator<Item = &'a [T]> {
    if size == 0 {
        return;
    }
    let mut start = 0;
    while start + size <= items.len() {
        yield_!(&items[start..start + size]);
        start += 1;
    }
}

/// Yields the mean of each window of `size` values.
#[generator]
fn moving_average(values: &[f64], size: usize) -> impl Iterator<Item = f64> {
    #[allow(clippy::cast_precision_loss)] // window sizes are far below 2^52
    let divisor = size as f64;
    for window in windows(values, size) {
        yield_!(window.iter().sum::<f64>() / divisor);
    }
}

fn main() {
    let letters = ['a', 'b', 'c', 'd', 'e'];
    for window in windows(&letters, 3) {
        println!("{window:?}");
    }

    let text = "generators";
    let bytes = text.as_bytes();
    let pairs: Vec<String> = windows(bytes, 2)
        .map(|pair| String::from_utf8_lossy(pair).into_owned())
        .collect();
    println!("letter pairs of {text:?}: {pairs:?}");

    let same = windows(&letters, 2).eq(letters.windows(2));
    println!("same as <[T]>::windows: {same}");

    let temperatures = [12.0, 14.5, 13.0, 17.5, 19.0, 18.5, 21.0, 16.0];
    println!("daily temperatures: {temperatures:?}");
    let averages: Vec<String> = moving_average(&temperatures, 3)
        .map(|mean| format!("{mean:.2}"))
        .collect();
    println!("3-day moving average: {averages:?}");

    println!(
        "windows of 9 in 8 values: {}",
        windows(&temperatures, 9).count()
    );
}
