//! Rule 3, control flow: yields inside `if`/`else`, `if let`, let-chains,
//! `match`, `loop`, `while`, `while let`, `for`, labeled loops and blocks,
//! `break` (with label, with value), `continue` (with label), `let … else`,
//! `return;`, and nested blocks, at various depths.
use gen_core::generator;

#[generator]
fn if_else(xs: Vec<i32>) -> impl Iterator<Item = &'static str> {
    for x in xs {
        if x < 0 {
            yield_!("neg");
        } else if x == 0 {
            yield_!("zero");
            yield_!("really zero");
        } else {
            yield_!("pos");
        }
        yield_!("|");
    }
}

#[test]
fn rule_3_if_else_chains() {
    assert_eq!(
        if_else(vec![-1, 0, 2]).collect::<Vec<_>>(),
        ["neg", "|", "zero", "really zero", "|", "pos", "|"]
    );
}

#[generator]
fn if_let(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    for o in v {
        if let Some(x) = o {
            yield_!(x);
            yield_!(x * 10);
        } else {
            yield_!(0);
        }
    }
}

#[test]
fn rule_3_if_let_with_else() {
    assert_eq!(
        if_let(vec![Some(1), None, Some(2)]).collect::<Vec<_>>(),
        [1, 10, 0, 2, 20]
    );
}

#[generator]
fn let_chain(v: Vec<(Option<u32>, bool)>) -> impl Iterator<Item = u32> {
    for (a, flag) in v {
        if let Some(x) = a
            && x > 1
            && flag
        {
            yield_!(x);
            if let Some(y) = x.checked_sub(2)
                && y > 0
            {
                yield_!(y);
            }
        } else if let Some(x) = a {
            yield_!(100 + x);
        }
    }
}

#[test]
fn rule_3_let_chains() {
    let input = vec![
        (Some(5), true),
        (Some(1), true),
        (None, true),
        (Some(2), false),
        (Some(2), true),
    ];
    assert_eq!(let_chain(input).collect::<Vec<_>>(), [5, 3, 101, 102, 2]);
}

/// Rules 2 and 3: a yield in a later operand of a let-chain runs only when
/// the operands before it hold.
mod yield_in_a_later_operand_of_a_let_chain {
    use gen_core::generator;

    #[generator]
    fn yield_inside_let_chain_condition(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
        for a in v {
            if let Some(x) = a
                && {
                    yield_!(x);
                    x > 1
                }
            {
                yield_!(x * 10);
            }
        }
    }

    #[test]
    fn rule_3_let_chain_with_a_yield_in_its_condition() {
        assert_eq!(
            yield_inside_let_chain_condition(vec![Some(1), None, Some(3)]).collect::<Vec<_>>(),
            [1, 3, 30]
        );
    }
}

#[generator]
fn match_arms(v: Vec<u32>) -> impl Iterator<Item = u32> {
    for x in v {
        match x {
            0 => {}
            1 | 2 => yield_!(x),
            n if n % 2 == 0 => {
                yield_!(n);
                yield_!(n / 2);
            }
            n => {
                for i in 0..n.min(2) {
                    yield_!(1000 + i);
                }
            }
        }
    }
}

#[test]
fn rule_3_match_arms_with_guards_and_or_patterns() {
    assert_eq!(
        match_arms(vec![0, 1, 2, 4, 7]).collect::<Vec<_>>(),
        [1, 2, 4, 2, 1000, 1001]
    );
}

#[generator]
fn loops(n: u32) -> impl Iterator<Item = u32> {
    let mut i = 0;
    loop {
        if i == n {
            break;
        }
        yield_!(i);
        i += 1;
    }
    while i > 0 {
        i -= 1;
        yield_!(10 + i);
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        yield_!(100 + top);
    }
}

#[test]
fn rule_3_loop_while_and_while_let() {
    assert_eq!(loops(2).collect::<Vec<_>>(), [0, 1, 11, 10, 103, 102, 101]);
    assert_eq!(loops(0).collect::<Vec<_>>(), [103, 102, 101]);
}

#[generator]
fn for_patterns(pairs: Vec<(u32, char)>) -> impl Iterator<Item = String> {
    for (i, (n, c)) in pairs.into_iter().enumerate() {
        yield_!(format!("{i}:{n}{c}"));
    }
    for &(a, b) in &[(1, 2), (3, 4)] {
        yield_!(format!("{a}+{b}"));
        yield_!((a + b).to_string());
    }
}

#[test]
fn rule_3_for_with_tuple_and_reference_patterns() {
    assert_eq!(
        for_patterns(vec![(7, 'a'), (8, 'b')]).collect::<Vec<_>>(),
        ["0:7a", "1:8b", "1+2", "3", "3+4", "7"]
    );
}

#[generator]
fn labeled_loops(n: u32) -> impl Iterator<Item = (u32, u32)> {
    'outer: for i in 0..n {
        'inner: for j in 0..n {
            if j > i {
                continue 'outer;
            }
            if i + j == 4 {
                break 'outer;
            }
            if j == 1 {
                yield_!((i, j));
                continue 'inner;
            }
            yield_!((i, j));
        }
    }
}

#[test]
fn rule_3_labeled_loops_break_and_continue_with_label() {
    assert_eq!(
        labeled_loops(4).collect::<Vec<_>>(),
        [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1)]
    );
}

#[generator]
fn labeled_block(v: Vec<u32>) -> impl Iterator<Item = u32> {
    for x in v {
        let r = 'found: {
            if x == 0 {
                yield_!(0);
                break 'found 100;
            }
            yield_!(x);
            if x > 5 {
                break 'found 200;
            }
            yield_!(x + 1);
            300
        };
        yield_!(r);
    }
}

#[test]
fn rule_3_labeled_block_with_break_value() {
    assert_eq!(
        labeled_block(vec![0, 7, 2]).collect::<Vec<_>>(),
        [0, 100, 7, 200, 2, 3, 300]
    );
}

#[generator]
fn break_with_value(limit: u32) -> impl Iterator<Item = u32> {
    let mut i = 0;
    let x = loop {
        yield_!(i);
        i += 1;
        if i == limit {
            break i * 10;
        }
    };
    yield_!(x);
    // A `loop` whose value is itself computed after a yield.
    let y = loop {
        if x > 0 {
            break {
                yield_!(7);
                x + 1
            };
        }
    };
    yield_!(y);
}

#[test]
fn rule_3_break_with_value_out_of_loop_with_yields() {
    assert_eq!(
        break_with_value(3).collect::<Vec<_>>(),
        [0, 1, 2, 30, 7, 31]
    );
}

#[generator]
fn let_else(v: Vec<&'static str>, stop: Option<u32>) -> impl Iterator<Item = u32> {
    for s in v {
        let Ok(n) = s.parse::<u32>() else {
            yield_!(999);
            continue;
        };
        yield_!(n);
    }
    let Some(last) = stop else {
        yield_!(1);
        return;
    };
    yield_!(last);
}

#[test]
fn rule_3_let_else_with_yields_in_the_else_block() {
    assert_eq!(
        let_else(vec!["4", "x", "5"], Some(6)).collect::<Vec<_>>(),
        [4, 999, 5, 6]
    );
    assert_eq!(let_else(vec![], None).collect::<Vec<_>>(), [1]);
}

#[generator]
fn early_return(limit: u32) -> impl Iterator<Item = u32> {
    if limit == 0 {
        return;
    }
    for i in 0.. {
        if i == limit {
            yield_!(100);
            return;
        }
        yield_!(i);
    }
}

#[test]
fn rule_3_return_finishes() {
    let mut g = early_return(2);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(100));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(early_return(0).next(), None);
}

#[generator]
fn return_from_match_in_loop(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    let mut seen = 0;
    loop {
        for o in v.clone() {
            match o {
                Some(x) => yield_!(x),
                None => {
                    yield_!(seen);
                    return;
                }
            }
            seen += 1;
        }
    }
}

#[test]
fn rule_3_return_from_a_match_arm_deep_in_loops() {
    assert_eq!(
        return_from_match_in_loop(vec![Some(5), Some(6), None]).collect::<Vec<_>>(),
        [5, 6, 2]
    );
}

#[generator]
fn nested_blocks(a: u32) -> impl Iterator<Item = u32> {
    {
        let b = a + 1;
        {
            let c = b * 2;
            yield_!(a + b + c);
            {
                yield_!(c);
            }
            yield_!(b);
        }
        yield_!(b + 100);
    }
    yield_!(a);
}

#[test]
fn rule_3_nested_blocks() {
    // a = 1, b = 2, c = 4
    assert_eq!(nested_blocks(1).collect::<Vec<_>>(), [7, 4, 2, 102, 1]);
}

#[generator]
fn deep_mix(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    let mut round = 0;
    'rounds: loop {
        round += 1;
        for o in v.clone() {
            match o {
                Some(x) if x % 2 == 0 => {
                    if round == 2 {
                        yield_!(x + 1000);
                        break 'rounds;
                    }
                    yield_!(x);
                }
                Some(x) => {
                    let mut k = 0;
                    while k < x {
                        if let Some(next) = k.checked_add(1) {
                            k = next;
                            yield_!(round * 100 + k);
                        }
                    }
                }
                None => continue 'rounds,
            }
        }
        yield_!(9999);
    }
    yield_!(round);
}

#[test]
fn rule_3_yields_at_many_depths_mixing_every_construct() {
    // Round 1: 2 -> 2; 3 -> 101 102 103; None -> next round (no 9999).
    // Round 2: 2 -> 1002, then break out of 'rounds; finally yield round.
    assert_eq!(
        deep_mix(vec![Some(2), Some(3), None]).collect::<Vec<_>>(),
        [2, 101, 102, 103, 1002, 2]
    );
    // Without `None` the round ends normally and 9999 is yielded.
    assert_eq!(
        deep_mix(vec![Some(1), Some(4)]).collect::<Vec<_>>(),
        [101, 4, 9999, 201, 1004, 2]
    );
}

#[generator]
fn triple_nested(n: u32) -> impl Iterator<Item = u32> {
    'outer: for i in 0..n {
        yield_!(i * 100);
        for j in 0..n {
            for k in 0..n {
                if k > j {
                    break;
                }
                if i * 100 + j * 10 + k == 211 {
                    break 'outer;
                }
                yield_!(i * 100 + j * 10 + k);
            }
        }
    }
}

/// The same loops written as ordinary Rust, pushing instead of yielding.
fn triple_nested_reference(n: u32) -> Vec<u32> {
    let mut out = Vec::new();
    'outer: for i in 0..n {
        out.push(i * 100);
        for j in 0..n {
            for k in 0..n {
                if k > j {
                    break;
                }
                if i * 100 + j * 10 + k == 211 {
                    break 'outer;
                }
                out.push(i * 100 + j * 10 + k);
            }
        }
    }
    out
}

#[test]
fn rule_3_nested_loops_three_deep_with_yields_at_two_depths_and_early_break() {
    assert_eq!(
        triple_nested(3).collect::<Vec<_>>(),
        [
            0, 0, 10, 11, 20, 21, 22, 100, 100, 110, 111, 120, 121, 122, 200, 200, 210
        ]
    );
    for n in 0..5 {
        assert_eq!(
            triple_nested(n).collect::<Vec<_>>(),
            triple_nested_reference(n),
            "n = {n}"
        );
    }
}

#[generator]
fn while_let_with_yield_in_scrutinee(v: Vec<u32>) -> impl Iterator<Item = u32> {
    let mut it = v.into_iter();
    while let Some(x) = {
        yield_!(0);
        it.next()
    } {
        yield_!(x);
    }
}

#[test]
fn rule_3_while_let_with_a_yield_in_its_scrutinee() {
    assert_eq!(
        while_let_with_yield_in_scrutinee(vec![5, 6]).collect::<Vec<_>>(),
        [0, 5, 0, 6, 0]
    );
}

#[generator]
fn diverging_arms(items: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    let mut it = items.into_iter();
    loop {
        let v = match it.next() {
            Some(Some(v)) => v,
            Some(None) => continue,
            None => return,
        };
        let doubled = if v > 100 { break } else { v * 2 };
        yield_!(doubled);
    }
    yield_!(0);
}

#[test]
fn rule_3_diverging_match_and_if_arms_in_let_initializers() {
    assert_eq!(
        diverging_arms(vec![Some(1), None, Some(2)]).collect::<Vec<_>>(),
        [2, 4]
    );
    assert_eq!(
        diverging_arms(vec![Some(1), Some(500), Some(2)]).collect::<Vec<_>>(),
        [2, 0]
    );
}

#[generator]
fn unit_items(n: u32) -> impl Iterator<Item = ()> {
    for _ in 0..n {
        yield_!(());
    }
}

#[test]
fn rule_2_unit_item_type() {
    assert_eq!(unit_items(3).count(), 3);
    assert_eq!(unit_items(0).count(), 0);
}

#[generator]
fn chain_else_sees_the_outer_local(v: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    let x = 1000;
    for a in v {
        if let Some(x) = a
            && {
                yield_!(x);
                x > 1
            }
        {
            yield_!(x * 10);
        } else {
            yield_!(x);
        }
    }
}

/// Rule 3: when a later operand of a let-chain suspends, the `else` branch
/// still runs outside the chain's bindings: its `x` is the outer one.
#[test]
fn rule_3_let_chain_else_is_outside_the_bindings() {
    assert_eq!(
        chain_else_sees_the_outer_local(vec![Some(1), None, Some(3)]).collect::<Vec<_>>(),
        [1, 1000, 1000, 3, 30]
    );
}
