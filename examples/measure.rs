//! Prints, for the benchmark workloads of `benches/workloads/`:
//!
//! - the size (`size_of_val`) of each generator, coroutine and `gen!` block
//!   against its hand-written twin;
//! - the heap allocations (allocations plus reallocations) of one run of every
//!   implementation, counted by a counting global allocator.
//!
//! `cargo run --release --example measure`
use std::mem::size_of_val;

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[path = "../benches/workloads/mod.rs"]
mod workloads;

use workloads::{
    big_local, dia_counter, dia_large_state, dia_nested, dia_running_total, fib, filter_map, merge,
    nested_loops, pipeline, tree, windows,
};

/// The system allocator, counting (`stats_alloc`; the workspace forbids `unsafe`).
#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// One row of the size table: the workload, then `(impl, bytes)` pairs.
macro_rules! sizes {
    ($name:expr, $($(#[$m:meta])* $imp:literal => $e:expr),* $(,)?) => {{
        let mut cells: Vec<String> = Vec::new();
        $(
            $(#[$m])*
            {
                let v = $e;
                cells.push(format!("{}: {}", $imp, size_of_val(&v)));
            }
        )*
        println!("| {} | {} |", $name, cells.join(", "));
    }};
}

fn print_sizes() {
    let root = tree::input();
    let win = windows::input();
    let buf = pipeline::input();
    println!("## Sizes (bytes, `size_of_val` of the iterator before its first `next()`)\n");
    println!("| workload | sizes |\n|---|---|");
    sizes!("fib",
        "hand" => fib::hand::fib(),
        "generator" => fib::generator::fib(),
        "coroutine" => fib::coroutine::fib(),
        "gen_macro" => fib::gen_macro::fib(),
        "from_fn" => fib::from_fn::fib(),
        "diapause" => fib::diapause::fib().into_iter(),
    );
    sizes!("filter_map",
        "hand" => filter_map::hand::odd_squares(9),
        "generator" => filter_map::generator::odd_squares(9),
        "coroutine" => filter_map::coroutine::odd_squares(9),
        "gen_macro" => filter_map::gen_macro::odd_squares(9),
        "from_fn" => filter_map::from_fn::odd_squares(9),
        "diapause" => filter_map::diapause::odd_squares(9).into_iter(),
    );
    sizes!("tree",
        "hand" => tree::hand::inorder(&root),
        "hand_recursive" => tree::hand_recursive::inorder(&root),
        "generator" => tree::generator::inorder(&root),
        "coroutine" => tree::coroutine::inorder(&root),
        "gen_macro" => tree::gen_macro::inorder(&root),
        "from_fn" => tree::from_fn::inorder(&root),
        "diapause" => tree::diapause::inorder(&root).into_iter(),
    );
    sizes!("merge",
        "hand" => merge::hand::merge(merge::hand::multiples(2, 9), merge::hand::multiples(3, 9)),
        "generator" => merge::generator::merge(
            merge::generator::multiples(2, 9), merge::generator::multiples(3, 9)),
        "coroutine" => merge::coroutine::merge(
            merge::coroutine::multiples(2, 9), merge::coroutine::multiples(3, 9)),
        "gen_macro" => merge::gen_macro::merge(
            merge::gen_macro::multiples(2, 9), merge::gen_macro::multiples(3, 9)),
        "from_fn" => merge::from_fn::merge(
            merge::from_fn::multiples(2, 9), merge::from_fn::multiples(3, 9)),
        "diapause" => merge::diapause::merge(
            merge::diapause::multiples(2, 9).into_iter(),
            merge::diapause::multiples(3, 9).into_iter()).into_iter(),
    );
    sizes!("windows",
        "hand" => windows::hand::window_sums(&win.data, win.k),
        "generator" => windows::generator::window_sums(&win.data, win.k),
        "coroutine" => windows::coroutine::window_sums(&win.data, win.k),
        "gen_macro" => windows::gen_macro::window_sums(&win.data, win.k),
        "from_fn" => windows::from_fn::window_sums(&win.data, win.k),
        "diapause" => windows::diapause::window_sums(&win.data, win.k).into_iter(),
    );
    sizes!("pipeline",
        "hand" => pipeline::hand::pipeline(&buf),
        "generator" => pipeline::generator::pipeline(&buf),
        "coroutine" => pipeline::coroutine::pipeline(&buf),
        "gen_macro" => pipeline::gen_macro::pipeline(&buf),
        "from_fn" => pipeline::from_fn::pipeline(&buf),
        "diapause" => pipeline::diapause::pipeline(&buf),
    );
    sizes!("nested_loops",
        "hand" => nested_loops::hand::nested(9),
        "generator" => nested_loops::generator::nested(9),
        "coroutine" => nested_loops::coroutine::nested(9),
        "gen_macro" => nested_loops::gen_macro::nested(9),
        "from_fn" => nested_loops::from_fn::nested(9),
        "diapause" => nested_loops::diapause::nested(9).into_iter(),
    );
    sizes!("big_local",
        "hand" => big_local::hand::big_local(9),
        "generator" => big_local::generator::big_local(9),
        "coroutine" => big_local::coroutine::big_local(9),
        "gen_macro" => big_local::gen_macro::big_local(9),
        "from_fn" => big_local::from_fn::big_local(9),
        "diapause" => big_local::diapause::big_local(9).into_iter(),
    );
    sizes!("dia_counter",
        "hand" => dia_counter::hand::counter(9),
        "generator" => dia_counter::generator::counter(9),
        "coroutine" => dia_counter::coroutine::counter(9),
        "gen_macro" => dia_counter::gen_macro::counter(9),
        "from_fn" => dia_counter::from_fn::counter(9),
        "diapause" => dia_counter::diapause::counter(9).into_iter(),
    );
    sizes!("dia_nested",
        "hand" => dia_nested::hand::nested(9),
        "generator" => dia_nested::generator::nested(9),
        "coroutine" => dia_nested::coroutine::nested(9),
        "gen_macro" => dia_nested::gen_macro::nested(9),
        "from_fn" => dia_nested::from_fn::nested(9),
        "diapause" => dia_nested::diapause::nested(9).into_iter(),
    );
    sizes!("dia_running_total",
        "hand" => dia_running_total::hand::running_total(9),
        "generator" => dia_running_total::generator::running_total(9),
        "coroutine" => dia_running_total::coroutine::running_total(9),
        "gen_macro" => dia_running_total::gen_macro::running_total(9),
        "from_fn" => dia_running_total::from_fn::running_total(9),
        "diapause" => dia_running_total::diapause::running_total(9).into_iter(),
    );
    sizes!("dia_large_state",
        "hand" => dia_large_state::hand::large_state(9),
        "generator" => dia_large_state::generator::large_state(9),
        "coroutine" => dia_large_state::coroutine::large_state(9),
        "gen_macro" => dia_large_state::gen_macro::large_state(9),
        "from_fn" => dia_large_state::from_fn::large_state(9),
        "diapause" => dia_large_state::diapause::large_state(9).into_iter(),
    );
}

fn print_allocations() {
    println!("\n## Heap allocations per run (building the iterator and draining it)\n");
    let mut rows = Vec::new();
    for name in workloads::NAMES {
        let w = workloads::build(name, &workloads::no_extra).expect("registered");
        let mut counts = Vec::new();
        for imp in &w.impls {
            let region = Region::new(GLOBAL);
            std::hint::black_box((imp.run)());
            let change = region.change();
            counts.push((imp.name, change.allocations + change.reallocations));
        }
        rows.push((*name, counts));
    }
    let columns: Vec<&str> = workloads::IMPLS
        .iter()
        .copied()
        .filter(|c| rows.iter().any(|(_, r)| r.iter().any(|(n, _)| n == c)))
        .collect();
    println!("| workload | {} |", columns.join(" | "));
    println!("|---|{}", "--:|".repeat(columns.len()));
    for (name, counts) in rows {
        print!("| {name} |");
        for c in &columns {
            match counts.iter().find(|(n, _)| n == c) {
                Some((_, k)) => print!(" {k} |"),
                None => print!(" — |"),
            }
        }
        println!();
    }
}

fn main() {
    print_sizes();
    print_allocations();
}
