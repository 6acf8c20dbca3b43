#![deny(warnings)]

use gen_core::generator;

#[generator]
fn classified(items: Vec<Option<i32>>) -> impl Iterator<Item = &'static str> {
    for item in items {
        match item {
            Some(n) if n < 0 => yield_!("negative"),
            Some(0) => {
                yield_!("zero");
                yield_!("really zero");
            }
            Some(_) => yield_!("positive"),
            None => continue,
        }
        if let Some(n) = item
            && n > 10
        {
            yield_!("big");
        }
    }
}

fn main() {
    let v: Vec<_> = classified(vec![Some(-1), None, Some(0), Some(11)]).collect();
    assert_eq!(v, ["negative", "zero", "really zero", "positive", "big"]);
}
