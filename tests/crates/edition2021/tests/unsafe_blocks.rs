//! Rule 3, `unsafe` blocks with yields inside. This lives in a user crate's
//! own test because the root test package forbids `unsafe_code`.
use gen_core::generator;

/// Doubles `x`.
///
/// # Safety
///
/// Always safe to call: it is `unsafe` only so that calls need an `unsafe`
/// block.
unsafe fn double(x: u32) -> u32 {
    x * 2
}

#[generator]
fn in_unsafe(n: u32) -> impl Iterator<Item = u32> {
    for i in 0..n {
        // SAFETY: `double` has no preconditions.
        unsafe {
            yield_!(double(i));
            let d = double(i + 10);
            yield_!(d);
        }
    }
    // SAFETY: `double` has no preconditions.
    let total = unsafe {
        yield_!(0);
        double(n)
    };
    yield_!(total);
}

#[test]
fn rule_3_yields_inside_unsafe_blocks() {
    assert_eq!(in_unsafe(2).collect::<Vec<_>>(), [0, 20, 2, 22, 0, 4]);
    assert_eq!(in_unsafe(0).collect::<Vec<_>>(), [0, 0]);
}
