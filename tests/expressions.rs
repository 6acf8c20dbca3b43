//! Rule 2, `yield_!` as an expression: it may stand anywhere an expression may,
//! and everything around it is evaluated in Rust's order, each part exactly
//! once. Each test drives a generator whose body logs every evaluation, while
//! the consumer logs every item it receives, so the log shows what ran before
//! and after each suspension.
use std::cell::RefCell;
use std::rc::Rc;

use gen_core::generator;

type Log = Rc<RefCell<Vec<String>>>;

/// Logs `name` and returns `value`: an operand with an observable evaluation.
fn ev<T>(log: &Log, name: &str, value: T) -> T {
    log.borrow_mut().push(name.to_owned());
    value
}

/// Runs the generator to the end, logging each item as `yield <item>`.
fn run(log: &Log, generator: impl Iterator<Item = u32>) -> Vec<String> {
    for item in generator {
        log.borrow_mut().push(format!("yield {item}"));
    }
    log.borrow().clone()
}

fn three(a: u32, b: u32, c: u32) -> u32 {
    a * 100 + b * 10 + c
}

#[derive(Clone, Copy)]
struct Point {
    x: u32,
    y: u32,
}

struct Acc(u32);

impl Acc {
    fn add(self, a: u32, b: u32) -> Acc {
        Acc(self.0 * 100 + a * 10 + b)
    }
}

#[generator]
fn statement_and_tails(log: Log) -> impl Iterator<Item = u32> {
    ev(&log, "before", ());
    yield_!(1);
    ev(&log, "between", ());
    {
        ev(&log, "in block", ());
        yield_!(2)
    }
    ev(&log, "after block", ());
    yield_!(3)
}

#[test]
fn rule_2_yield_as_statement_block_tail_and_body_tail() {
    let log = Log::default();
    let got = run(&log, statement_and_tails(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "before",
            "yield 1",
            "between",
            "in block",
            "yield 2",
            "after block",
            "yield 3"
        ]
    );
}

#[generator]
fn let_initializers(log: Log) -> impl Iterator<Item = u32> {
    let () = yield_!(1);
    let n = {
        ev(&log, "init start", ());
        yield_!(2);
        ev(&log, "init value", 5)
    };
    yield_!(n);
}

#[test]
fn rule_2_yield_in_let_initializer() {
    let log = Log::default();
    let got = run(&log, let_initializers(Rc::clone(&log)));
    assert_eq!(
        got,
        ["yield 1", "init start", "yield 2", "init value", "yield 5"]
    );
}

#[generator]
fn match_arms_and_scrutinee(log: Log, pick: u32) -> impl Iterator<Item = u32> {
    match pick {
        0 => yield_!(10),
        1 => {
            ev(&log, "arm 1", ());
            yield_!(11);
        }
        _ => yield_!(12),
    }
    match {
        yield_!(20);
        ev(&log, "scrutinee", pick)
    } {
        0 => yield_!(30),
        n => {
            ev(&log, "arm n", ());
            yield_!(30 + n);
        }
    }
}

#[test]
fn rule_2_yield_in_match_arm_and_scrutinee() {
    let log = Log::default();
    let got = run(&log, match_arms_and_scrutinee(Rc::clone(&log), 1));
    assert_eq!(
        got,
        [
            "arm 1",
            "yield 11",
            "yield 20",
            "scrutinee",
            "arm n",
            "yield 31"
        ]
    );

    let log = Log::default();
    let got = run(&log, match_arms_and_scrutinee(Rc::clone(&log), 0));
    assert_eq!(got, ["yield 10", "yield 20", "scrutinee", "yield 30"]);
}

#[generator]
fn if_branches_and_condition(log: Log, flag: bool) -> impl Iterator<Item = u32> {
    if flag {
        yield_!(1)
    } else {
        yield_!(2)
    }
    if {
        yield_!(3);
        ev(&log, "condition", flag)
    } {
        ev(&log, "then", ());
    } else {
        ev(&log, "else", ());
    }
    let v = if flag {
        yield_!(4);
        40
    } else {
        50
    };
    yield_!(v);
}

#[test]
fn rule_2_yield_in_if_branch_and_condition() {
    let log = Log::default();
    let got = run(&log, if_branches_and_condition(Rc::clone(&log), true));
    assert_eq!(
        got,
        [
            "yield 1",
            "yield 3",
            "condition",
            "then",
            "yield 4",
            "yield 40"
        ]
    );

    let log = Log::default();
    let got = run(&log, if_branches_and_condition(Rc::clone(&log), false));
    assert_eq!(got, ["yield 2", "yield 3", "condition", "else", "yield 50"]);
}

#[generator]
fn binary_operands(log: Log) -> impl Iterator<Item = u32> {
    let sum = ev(&log, "lhs", 1) + {
        yield_!(10);
        ev(&log, "rhs", 2)
    };
    yield_!(sum);
    let product = {
        yield_!(20);
        ev(&log, "lhs2", 3)
    } * ev(&log, "rhs2", 4);
    yield_!(product);
    let less = ev(&log, "lhs3", 5) < {
        yield_!(30);
        ev(&log, "rhs3", 6)
    };
    yield_!(u32::from(less));
}

#[test]
fn rule_2_yield_in_binary_operand_left_to_right() {
    let log = Log::default();
    let got = run(&log, binary_operands(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "lhs", "yield 10", "rhs", "yield 3", "yield 20", "lhs2", "rhs2", "yield 12", "lhs3",
            "yield 30", "rhs3", "yield 1"
        ]
    );
}

#[generator]
fn short_circuits(log: Log) -> impl Iterator<Item = u32> {
    let a = ev(&log, "false lhs", false) && {
        yield_!(1);
        true
    };
    let b = ev(&log, "true lhs", true) && {
        yield_!(2);
        ev(&log, "and rhs", false)
    };
    let c = ev(&log, "true lhs", true) || {
        yield_!(3);
        true
    };
    let d = ev(&log, "false lhs", false) || {
        yield_!(4);
        ev(&log, "or rhs", true)
    };
    yield_!(u32::from(a) * 1000 + u32::from(b) * 100 + u32::from(c) * 10 + u32::from(d));
}

#[test]
fn rule_2_yield_in_short_circuit_operand_only_when_evaluated() {
    let log = Log::default();
    let got = run(&log, short_circuits(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "false lhs",
            "true lhs",
            "yield 2",
            "and rhs",
            "true lhs",
            "false lhs",
            "yield 4",
            "or rhs",
            "yield 11"
        ]
    );
}

#[generator]
fn call_arguments(log: Log) -> impl Iterator<Item = u32> {
    let r = three(
        ev(&log, "a", 1),
        {
            yield_!(10);
            ev(&log, "b", 2)
        },
        ev(&log, "c", 3),
    );
    yield_!(r);
    let nested = three(
        three(0, 0, {
            yield_!(20);
            ev(&log, "inner", 4)
        }),
        ev(&log, "second", 5),
        {
            yield_!(30);
            ev(&log, "third", 6)
        },
    );
    yield_!(nested);
}

#[test]
fn rule_2_yield_in_call_argument_left_to_right() {
    let log = Log::default();
    let got = run(&log, call_arguments(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "a",
            "yield 10",
            "b",
            "c",
            "yield 123",
            "yield 20",
            "inner",
            "second",
            "yield 30",
            "third",
            "yield 456"
        ]
    );
}

#[generator]
fn method_call_arguments(log: Log) -> impl Iterator<Item = u32> {
    let acc = Acc(ev(&log, "receiver", 1)).add(ev(&log, "arg1", 2), {
        yield_!(10);
        ev(&log, "arg2", 3)
    });
    yield_!(acc.0);
    let len = {
        yield_!(20);
        ev(&log, "receiver block", vec![7, 8, 9])
    }
    .len();
    yield_!(u32::try_from(len).unwrap());
}

#[test]
fn rule_2_yield_in_method_call_argument_and_receiver() {
    let log = Log::default();
    let got = run(&log, method_call_arguments(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "receiver",
            "arg1",
            "yield 10",
            "arg2",
            "yield 123",
            "yield 20",
            "receiver block",
            "yield 3"
        ]
    );
}

#[generator]
fn while_condition(log: Log) -> impl Iterator<Item = u32> {
    let mut i = 0;
    while {
        yield_!(100 + i);
        ev(&log, "cond", i < 2)
    } {
        ev(&log, "body", ());
        i += 1;
    }
    yield_!(i);
}

#[test]
fn rule_2_yield_in_while_condition() {
    let log = Log::default();
    let got = run(&log, while_condition(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "yield 100",
            "cond",
            "body",
            "yield 101",
            "cond",
            "body",
            "yield 102",
            "cond",
            "yield 2"
        ]
    );
}

#[generator]
fn aggregates(log: Log) -> impl Iterator<Item = u32> {
    let arr = [
        ev(&log, "e0", 1),
        {
            yield_!(10);
            ev(&log, "e1", 2)
        },
        ev(&log, "e2", 3),
    ];
    let tup = (ev(&log, "t0", 4), {
        yield_!(20);
        ev(&log, "t1", 5)
    });
    let p = Point {
        x: ev(&log, "x", 6),
        y: {
            yield_!(30);
            ev(&log, "y", 7)
        },
    };
    yield_!(arr.iter().sum::<u32>() + tup.0 + tup.1 + p.x + p.y);
    let field = {
        yield_!(40);
        ev(&log, "struct", p)
    }
    .y;
    yield_!(field);
}

#[test]
fn rule_2_yield_in_array_tuple_and_struct_literal_elements() {
    let log = Log::default();
    let got = run(&log, aggregates(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "e0", "yield 10", "e1", "e2", "t0", "yield 20", "t1", "x", "yield 30", "y", "yield 28",
            "yield 40", "struct", "yield 7"
        ]
    );
}

#[generator]
fn places(log: Log) -> impl Iterator<Item = u32> {
    // The base is an owned temporary: a borrow of a local held across the
    // yield would be rejected (rule 10).
    let read = ev(&log, "base", vec![10, 20, 30])[{
        yield_!(1);
        ev(&log, "index", 2)
    }];
    yield_!(read);
    let mut w = vec![0_u32; 3];
    // Assignment evaluates the assigned value before the place.
    w[ev(&log, "place index", 1)] = {
        yield_!(2);
        ev(&log, "value", 5)
    };
    let mut x = ev(&log, "x init", 1_u32);
    x += {
        yield_!(4);
        ev(&log, "x rhs", 2)
    };
    yield_!(w[1] * 10 + x);
}

#[test]
fn rule_2_yield_in_index_and_assignment_right_operand_first() {
    let log = Log::default();
    let got = run(&log, places(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "base",
            "yield 1",
            "index",
            "yield 30",
            "yield 2",
            "value",
            "place index",
            "x init",
            "yield 4",
            "x rhs",
            "yield 53"
        ]
    );
}

#[generator]
fn compound_index(log: Log) -> impl Iterator<Item = u32> {
    let mut w = vec![0_u32; 3];
    // Compound assignment on primitives evaluates the right operand
    // before the place.
    w[ev(&log, "compound index", 1)] += {
        yield_!(3);
        ev(&log, "compound rhs", 4)
    };
    yield_!(w[1]);
}

#[test]
fn rule_2_yield_in_compound_assignment_right_operand_first() {
    let log = Log::default();
    let got = run(&log, compound_index(Rc::clone(&log)));
    assert_eq!(
        got,
        ["yield 3", "compound rhs", "compound index", "yield 4"]
    );
}

#[generator]
fn unary_and_range(log: Log) -> impl Iterator<Item = u32> {
    let negated = -{
        yield_!(1);
        ev(&log, "operand", 5_i64)
    };
    yield_!(u32::try_from(negated.unsigned_abs()).unwrap());
    let flag = !{
        yield_!(2);
        ev(&log, "bool", false)
    };
    yield_!(u32::from(flag));
    let range = ev(&log, "start", 7)..{
        yield_!(3);
        ev(&log, "end", 9)
    };
    for i in range {
        yield_!(i);
    }
}

#[test]
fn rule_2_yield_in_unary_operand_and_range_bound() {
    let log = Log::default();
    let got = run(&log, unary_and_range(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "yield 1", "operand", "yield 5", "yield 2", "bool", "yield 1", "start", "yield 3",
            "end", "yield 7", "yield 8"
        ]
    );
}

#[generator]
fn yield_in_yield(log: Log) -> impl Iterator<Item = u32> {
    yield_!({
        yield_!(1);
        ev(&log, "outer value", 2)
    });
    yield_!(ev(&log, "plain value", 3));
}

#[test]
fn rule_2_yield_inside_the_argument_of_a_yield() {
    let log = Log::default();
    let got = run(&log, yield_in_yield(Rc::clone(&log)));
    assert_eq!(
        got,
        [
            "yield 1",
            "outer value",
            "yield 2",
            "plain value",
            "yield 3"
        ]
    );
}

#[generator]
fn sequential_blocks_in_one_call() -> impl Iterator<Item = u32> {
    let r = three(
        {
            yield_!(1);
            1
        },
        {
            yield_!(2);
            2
        },
        {
            yield_!(3);
            3
        },
    );
    yield_!(r);
}

#[test]
fn rule_2_several_yields_in_one_expression_run_in_order() {
    assert_eq!(
        sequential_blocks_in_one_call().collect::<Vec<_>>(),
        [1, 2, 3, 123]
    );
}

fn takes_owned(text: String, extra: usize) -> usize {
    text.len() + extra
}

/// A later operand that suspends on some paths only (a loop): the earlier,
/// moved operand is spilled and stays in the generator until the call.
#[generator]
fn owned_operand_before_a_suspending_loop(text: String) -> impl Iterator<Item = usize> {
    let n = takes_owned(text, {
        for i in 0..2 {
            yield_!(i);
        }
        10
    });
    yield_!(n);
}

#[test]
fn rule_2_an_owned_operand_waits_for_a_later_operand_that_loops() {
    assert_eq!(
        owned_operand_before_a_suspending_loop("hello".to_owned()).collect::<Vec<_>>(),
        [0, 1, 15]
    );
}

/// A `let … else` initializer that suspends inside a block.
#[allow(clippy::question_mark, reason = "the `let … else` form is under test")]
#[generator]
fn let_else_over_a_suspending_block() -> impl Iterator<Item = i64> {
    let Some(x) = Some({
        yield_!(1);
        2
    }) else {
        return;
    };
    yield_!(x);
}

#[test]
fn rule_2_a_let_else_initializer_may_suspend_inside_a_block() {
    assert_eq!(
        let_else_over_a_suspending_block().collect::<Vec<_>>(),
        [1, 2]
    );
}
