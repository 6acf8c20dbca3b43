//! Rule 9, locals: a local live across a yield is kept inside the generator
//! with its type inferred (no annotations), shadowing works across yields, and
//! bindings from `match` arms, `if let` and `for` patterns survive suspension.
use std::collections::HashMap;

use gen_core::generator;

#[generator]
fn unannotated_collections() -> impl Iterator<Item = String> {
    let mut v = Vec::new();
    let mut s = String::new();
    let mut map = HashMap::new();
    yield_!(String::from("start"));
    v.push(3_u8);
    s.push_str("ab");
    map.insert("k", 1);
    yield_!(format!("{v:?} {s} {}", map["k"]));
    v.push(4);
    s.push('c');
    *map.entry("k").or_insert(0) += 10;
    yield_!(format!("{v:?} {s} {}", map["k"]));
}

#[test]
fn rule_9_kept_locals_need_no_type_annotations() {
    assert_eq!(
        unannotated_collections().collect::<Vec<_>>(),
        ["start", "[3] ab 1", "[3, 4] abc 11"]
    );
}

#[generator]
fn kept_closures(factor: u32) -> impl Iterator<Item = u32> {
    let scale = move |x| x * factor;
    let mut counter = 0;
    let mut bump = move || {
        counter += 1;
        counter
    };
    yield_!(scale(1));
    yield_!(bump());
    yield_!(scale(bump()));
    yield_!(bump());
}

#[test]
fn rule_9_kept_closures_including_fn_mut_state() {
    assert_eq!(kept_closures(10).collect::<Vec<_>>(), [10, 1, 20, 3]);
}

#[generator]
fn type_inferred_from_later_use() -> impl Iterator<Item = u64> {
    let mut acc = Vec::new();
    let mut total = 0;
    yield_!(0);
    for i in 1..=3 {
        acc.push(i);
        total += i;
        yield_!(total);
    }
    yield_!(acc.iter().sum::<u64>() * 10);
}

#[test]
fn rule_9_types_inferred_from_uses_after_the_yield() {
    assert_eq!(
        type_inferred_from_later_use().collect::<Vec<_>>(),
        [0, 1, 3, 6, 60]
    );
}

#[generator]
#[allow(
    clippy::needless_late_init,
    reason = "the test is about locals declared without an initializer"
)]
fn deferred_initialisation(flag: bool) -> impl Iterator<Item = u32> {
    let x;
    let y;
    if flag {
        x = 1;
    } else {
        x = 2;
    }
    yield_!(x);
    y = x * 10;
    yield_!(y);
    yield_!(x + y);
}

#[test]
fn rule_9_locals_declared_without_initializer() {
    assert_eq!(
        deferred_initialisation(true).collect::<Vec<_>>(),
        [1, 10, 11]
    );
    assert_eq!(
        deferred_initialisation(false).collect::<Vec<_>>(),
        [2, 20, 22]
    );
}

/// Rule 9: an inner block shadows `x` across a yield while the outer `x` is
/// used after the block; both are kept.
mod shadowing_in_an_inner_block {
    use gen_core::generator;

    #[generator]
    fn shadowing() -> impl Iterator<Item = String> {
        let x = 5;
        yield_!(x.to_string());
        let x = x * 2;
        yield_!(x.to_string());
        let x = format!("<{x}>");
        yield_!(x.clone());
        {
            let x = x.len();
            yield_!(x.to_string());
        }
        // The inner shadow ended with its block: the outer `x` is back.
        yield_!(x);
    }

    #[test]
    fn rule_9_shadowing_across_yields() {
        assert_eq!(
            shadowing().collect::<Vec<_>>(),
            ["5", "10", "<10>", "4", "<10>"]
        );
    }
}

/// Rule 9: `let n = n + i;` in a loop body with a yield, the outer `n` used
/// after the loop; both are kept.
mod shadowing_inside_a_loop_body {
    use gen_core::generator;

    #[generator]
    fn shadowed_in_loop() -> impl Iterator<Item = u32> {
        let n = 1;
        for i in 0..3 {
            let n = n + i;
            yield_!(n);
            let n = n * 10;
            yield_!(n);
        }
        yield_!(n);
    }

    #[test]
    fn rule_9_shadowing_inside_a_loop_body_does_not_leak() {
        assert_eq!(
            shadowed_in_loop().collect::<Vec<_>>(),
            [1, 10, 2, 20, 3, 30, 1]
        );
    }
}

enum Shape {
    Circle { r: u32 },
    Rect(u32, u32),
    Empty,
}

#[generator]
fn pattern_bindings(shapes: Vec<Shape>) -> impl Iterator<Item = u32> {
    for shape in shapes {
        match shape {
            Shape::Circle { r } => {
                yield_!(r);
                yield_!(r * r * 3);
            }
            Shape::Rect(w, h) => {
                yield_!(w);
                yield_!(h);
                yield_!(w * h);
            }
            Shape::Empty => {}
        }
    }
}

#[test]
fn rule_9_match_arm_bindings_kept_across_yields() {
    let shapes = vec![Shape::Rect(2, 3), Shape::Empty, Shape::Circle { r: 2 }];
    assert_eq!(
        pattern_bindings(shapes).collect::<Vec<_>>(),
        [2, 3, 6, 2, 12]
    );
}

#[generator]
fn if_let_and_for_bindings(pairs: Vec<(String, Option<u32>)>) -> impl Iterator<Item = String> {
    for (name, maybe) in pairs {
        yield_!(name.clone());
        if let Some(n) = maybe {
            yield_!(format!("{name}={n}"));
            yield_!(format!("{name}:{}", n + 1));
        }
        yield_!(name);
    }
}

#[test]
fn rule_9_if_let_and_for_pattern_bindings_kept_across_yields() {
    let pairs = vec![("a".to_owned(), Some(1)), ("b".to_owned(), None)];
    assert_eq!(
        if_let_and_for_bindings(pairs).collect::<Vec<_>>(),
        ["a", "a=1", "a:2", "a", "b", "b"]
    );
}

#[generator]
fn rebound_bindings(pairs: Vec<(u32, String)>) -> impl Iterator<Item = String> {
    let mut pairs = pairs;
    for pair in &mut pairs {
        pair.0 += 1;
    }
    for (n, s) in pairs {
        let (tag, count) = (s, n);
        yield_!(format!("{tag}{count}"));
        yield_!(tag.repeat(2));
    }
}

#[test]
fn rule_9_tuple_pattern_bindings_and_mutable_rebinding() {
    let pairs = vec![(1, "x".to_owned()), (5, "y".to_owned())];
    assert_eq!(
        rebound_bindings(pairs).collect::<Vec<_>>(),
        ["x2", "xx", "y6", "yy"]
    );
}

#[generator]
fn large_local() -> impl Iterator<Item = u64> {
    let mut buffer = [0_u64; 64];
    for (slot, value) in buffer.iter_mut().zip(1..) {
        *slot = value;
    }
    yield_!(buffer[0]);
    buffer[63] += 1000;
    yield_!(buffer[63]);
    yield_!(buffer.iter().sum());
}

#[test]
fn rule_9_large_array_local_kept_and_mutated_across_yields() {
    // 1 + 2 + … + 64 = 2080, plus the 1000 added to the last slot.
    assert_eq!(large_local().collect::<Vec<_>>(), [1, 1064, 3080]);
}

#[generator]
fn mentioned_only_in_format_args() -> impl Iterator<Item = String> {
    let name = String::from("kept");
    let count = 3;
    yield_!(String::new());
    // After the yield, `name` and `count` appear only inside the format
    // string: they are still mentioned, so they must be kept.
    yield_!(format!("{name}:{count}"));
}

#[test]
fn rule_9_local_mentioned_only_as_an_inline_format_argument_is_kept() {
    assert_eq!(
        mentioned_only_in_format_args().collect::<Vec<_>>(),
        ["", "kept:3"]
    );
}

#[generator]
fn mentioned_only_in_macros_and_closures() -> impl Iterator<Item = Vec<u32>> {
    let a = 1;
    let b = 2;
    let c = 3;
    yield_!(Vec::new());
    assert!(a < b, "a = {a}, b = {b}");
    let add_c = |x: u32| x + c;
    yield_!(vec![a, add_c(b)]);
}

#[test]
fn rule_9_locals_mentioned_only_in_macro_arguments_or_closures_are_kept() {
    assert_eq!(
        mentioned_only_in_macros_and_closures().collect::<Vec<_>>(),
        [vec![], vec![1, 5]]
    );
}

#[generator]
fn items_in_the_body(n: u32) -> impl Iterator<Item = u32> {
    const OFFSET: u32 = 100;

    struct Pair(u32, u32);

    fn helper(p: &Pair) -> u32 {
        p.0 * p.1
    }

    let p = Pair(n, 2);
    yield_!(helper(&p));
    yield_!(p.0 + OFFSET);
}

#[test]
fn rule_9_items_declared_in_the_body() {
    assert_eq!(items_in_the_body(2).collect::<Vec<_>>(), [4, 102]);
}

/// Rule 11: a nested function that is itself a `#[generator]` expands on
/// its own.
mod nested_generator_function {
    use gen_core::generator;

    #[generator]
    fn outer(n: u32) -> impl Iterator<Item = u32> {
        #[generator]
        fn inner(k: u32) -> impl Iterator<Item = u32> {
            for i in 0..k {
                yield_!(i);
            }
        }

        yield_!(n);
        yield_from!(inner(n));
    }

    #[test]
    fn rule_9_nested_generator_function_in_the_body() {
        assert_eq!(outer(2).collect::<Vec<_>>(), [2, 0, 1]);
    }
}

#[generator]
fn shadowed_by_patterns(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    let x = 1000;
    for o in v {
        if let Some(x) = o
            && x > 1
        {
            yield_!(x);
            yield_!(x + 1);
        }
        match o {
            Some(x) if x < 5 => yield_!(x * 10),
            _ => {}
        }
    }
    yield_!(x);
}

/// Rule 9: `if let` and `match` bindings that hide a kept outer local across
/// a yield; the outer local is read after their scopes.
#[test]
fn rule_9_pattern_bindings_shadowing_a_kept_local() {
    assert_eq!(
        shadowed_by_patterns(vec![Some(1), Some(3), None]).collect::<Vec<_>>(),
        [10, 3, 4, 30, 1000]
    );
}
