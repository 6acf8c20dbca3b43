//! The seed corpus and every saved input of `fuzz/corpus/` go through the
//! expansion: none may panic, and every expansion must parse as Rust.
//! Inputs of the bugs the fuzzer found live in `fuzz/corpus/bugs/`; they are
//! fixed and run as regressions, with `fuzz/corpus/aborts/` (the expansion
//! overflowed the stack, which no `catch_unwind` can stop: each runs in a
//! child process) and `fuzz/corpus/slow/` (the expansion took seconds).
//! Bugs found and not fixed yet: `fuzz/corpus/open/` (the expansion of
//! invalid Rust is a syntax error), an ignored test until the fixes land
//! (`cargo test -p gen-fuzz -- --ignored`).
//!
//! Coroutine inputs and `gen!` block inputs (text form `gen! { .. }`) have
//! corpora of their own, `fuzz/corpus/coroutine/` and `fuzz/corpus/block/`;
//! their bugs go to the same `bugs/` and `open/` directories. Inputs whose
//! expansion is still slow wait in `fuzz/corpus/open-slow/` (ignored test).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use gen_fuzz::harness::generate::Generator;
use gen_fuzz::harness::seeds::{BLOCK_SEEDS, CO_SEEDS, SEEDS};
use gen_fuzz::harness::{Flavor, Outcome, normalized, run, run_block, run_input, tree};

/// Runs `f` on a thread with a compiler-sized stack (debug builds of syn
/// recurse deeply).
fn big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    thread::scope(|s| {
        thread::Builder::new()
            .stack_size(64 << 20)
            .spawn_scoped(s, f)
            .expect("spawn")
            .join()
            .expect("no panic escapes the harness")
    })
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn run_files(dir: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    for file in files(dir) {
        let source = fs::read_to_string(&file).expect("readable corpus file");
        let Some((block, args, item)) = tree::decode_input(&source) else {
            failures.push(format!("{}: does not lex", file.display()));
            continue;
        };
        let outcome = run_input(block, &args, &item);
        if outcome.is_bug() {
            failures.push(format!("{}: {}", file.display(), outcome.signature()));
        }
    }
    failures
}

#[test]
fn seeds_expand_without_error() {
    big_stack(|| {
        let mut failures = Vec::new();
        for (name, args, item) in SEEDS {
            let args = args.parse().expect("seed arguments lex");
            let item = item.parse().expect("seed lexes");
            let outcome = run(&args, &item);
            if outcome != Outcome::Valid {
                failures.push(format!("{name}: {}", outcome.signature()));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(SEEDS.len() >= 30);
    });
}

#[test]
fn coroutine_and_block_seeds_expand_without_error() {
    big_stack(|| {
        let mut failures = Vec::new();
        for (name, args, item) in CO_SEEDS {
            let args = args.parse().expect("seed arguments lex");
            let item = item.parse().expect("seed lexes");
            let outcome = run(&args, &item);
            if outcome != Outcome::Valid {
                failures.push(format!("coroutine {name}: {}", outcome.signature()));
            }
        }
        for (name, tokens) in BLOCK_SEEDS {
            let outcome = run_block(&tokens.parse().expect("seed lexes"));
            if outcome != Outcome::Valid {
                failures.push(format!("block {name}: {}", outcome.signature()));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(CO_SEEDS.len() >= 15 && BLOCK_SEEDS.len() >= 8);
    });
}

#[test]
fn saved_corpus_never_panics_and_parses() {
    for sub in ["", "coroutine", "block"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(sub);
        let count = files(&dir).len();
        let failures = big_stack(|| run_files(&dir));
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(count > 0, "the corpus {} is empty", dir.display());
    }
}

/// Each corpus holds inputs of its own kind only: a `gen!` block's tokens
/// in `corpus/block/`, items elsewhere.
#[test]
fn corpus_inputs_are_of_their_directorys_kind() {
    for (sub, want_block) in [("", false), ("coroutine", false), ("block", true)] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(sub);
        for file in files(&dir) {
            let source = fs::read_to_string(&file).expect("readable corpus file");
            let (block, _, _) = tree::decode_input(&source).expect("lexes");
            assert_eq!(block, want_block, "{}", file.display());
        }
    }
}

/// Inputs of the bugs the fuzzer found, all fixed in gen-macro: regressions.
#[test]
fn fixed_bugs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/bugs");
    let failures = big_stack(|| run_files(&dir));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Bugs found and not fixed yet: inputs whose expansion is not valid Rust.
#[test]
#[ignore = "bugs found by the fuzzer, not fixed yet in gen-macro: see docs/fuzzing.md"]
fn open_bugs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/open");
    let failures = big_stack(|| run_files(&dir));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Inputs whose expansion overflowed the stack (fixed in 94e8cd2).
/// Each runs in a child process (this test binary, running
/// `child_expands_one_input`), since the overflow aborts the process.
#[test]
fn aborting_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/aborts");
    let exe = std::env::current_exe().expect("the test binary");
    let mut failures = Vec::new();
    for file in files(&dir) {
        let status = Command::new(&exe)
            .args(["--exact", "child_expands_one_input", "--ignored", "--quiet"])
            .env("GEN_FUZZ_INPUT", &file)
            .output()
            .expect("the child runs");
        if !status.status.success() {
            let stderr = String::from_utf8_lossy(&status.stderr);
            let last = stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            failures.push(format!("{}: {} ({last})", file.display(), status.status));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The child of `aborting_inputs`: expands the input named by
/// `GEN_FUZZ_INPUT` on a compiler-sized (8 MiB) stack.
#[test]
#[ignore = "run by aborting_inputs in a child process"]
fn child_expands_one_input() {
    let Some(path) = std::env::var_os("GEN_FUZZ_INPUT") else {
        return;
    };
    let source = fs::read_to_string(path).expect("readable input");
    let outcome = thread::scope(|s| {
        thread::Builder::new()
            .stack_size(8 << 20)
            .spawn_scoped(s, || {
                let (block, args, item) = tree::decode_input(&source).expect("lexes");
                run_input(block, &args, &item)
            })
            .expect("spawn")
            .join()
            .expect("no panic escapes the harness")
    });
    assert!(!outcome.is_bug(), "{}", outcome.signature());
}

/// Inputs whose expansion took seconds (it grew exponentially with the
/// nesting of loops; fixed in 94e8cd2). Each must expand in under a second.
#[test]
fn slow_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/slow");
    let mut failures = Vec::new();
    for file in files(&dir) {
        let source = fs::read_to_string(&file).expect("readable input");
        let (outcome, took) = big_stack(|| {
            let (block, args, item) = tree::decode_input(&source).expect("lexes");
            let start = Instant::now();
            (run_input(block, &args, &item), start.elapsed())
        });
        if outcome.is_bug() || took > Duration::from_secs(1) {
            failures.push(format!(
                "{}: {} in {took:?}",
                file.display(),
                outcome.signature()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Inputs whose expansion takes seconds and is not fixed yet
/// (`corpus/open-slow/`): each must expand in under a second.
#[test]
#[ignore = "slow expansions found by the fuzzer, not fixed yet in gen-macro: see docs/fuzzing.md"]
fn open_slow_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/open-slow");
    let mut failures = Vec::new();
    for file in files(&dir) {
        let source = fs::read_to_string(&file).expect("readable input");
        let (outcome, took) = big_stack(|| {
            let (block, args, item) = tree::decode_input(&source).expect("lexes");
            let start = Instant::now();
            (run_input(block, &args, &item), start.elapsed())
        });
        if outcome.is_bug() || took > Duration::from_secs(1) {
            failures.push(format!(
                "{}: {} in {took:?}",
                file.display(),
                outcome.signature()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A few hundred freshly generated inputs, so that `cargo test` exercises
/// the generator and mutators as well.
#[test]
fn a_short_fuzz_run_finds_nothing_new() {
    big_stack(|| {
        let generator = Generator::new(&[]);
        let mut failures = Vec::new();
        for index in 0..300 {
            let input = generator.input(0xF022, index);
            let outcome = run(&input.args, &input.item);
            if outcome.is_bug() && !known(&outcome) {
                failures.push(format!(
                    "input {index}: {}\n{}",
                    outcome.signature(),
                    tree::encode(&input.args, &input.item)
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

/// The same for coroutine and `gen!` block inputs.
#[test]
fn short_coroutine_and_block_runs_find_nothing_new() {
    big_stack(|| {
        let mut failures = Vec::new();
        for flavor in [Flavor::Coroutine, Flavor::Block] {
            let generator = Generator::with_flavor(flavor, &[]);
            for index in 0..200 {
                let input = generator.input(0xF022, index);
                let outcome = run_input(input.block, &input.args, &input.item);
                if outcome.is_bug() && !known(&outcome) {
                    failures.push(format!(
                        "{} input {index}: {}\n{}",
                        flavor.name(),
                        outcome.signature(),
                        tree::encode_input(input.block, &input.args, &input.item)
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

/// Bugs already kept in `corpus/open/`: the smoke run reports only new ones.
fn known(outcome: &Outcome) -> bool {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/open");
    files(&dir).iter().any(|f| {
        fs::read_to_string(f).is_ok_and(|s| {
            s.lines()
                .next()
                .and_then(|l| l.strip_prefix("// "))
                .is_some_and(|sig| normalized(sig) == normalized(&outcome.signature()))
        })
    })
}

#[test]
fn text_form_round_trips() {
    for (_, args, item) in SEEDS {
        let args: proc_macro2::TokenStream = args.parse().expect("lexes");
        let item: proc_macro2::TokenStream = item.parse().expect("lexes");
        let text = tree::encode(&args, &item);
        let (a, i) = tree::decode(&text).expect("decodes");
        assert_eq!(a.to_string(), args.to_string());
        assert_eq!(i.to_string(), item.to_string());
    }
    let none = proc_macro2::Group::new(
        proc_macro2::Delimiter::None,
        "a + b".parse().expect("lexes"),
    );
    let item: proc_macro2::TokenStream = quote::quote!(fn f() { x * #none; });
    let text = tree::encode(&proc_macro2::TokenStream::new(), &item);
    let (_, back) = tree::decode(&text).expect("decodes");
    for (_, tokens) in BLOCK_SEEDS {
        let tokens: proc_macro2::TokenStream = tokens.parse().expect("lexes");
        let text = tree::encode_block(&tokens);
        let (block, args, back) = tree::decode_input(&text).expect("decodes");
        assert!(block && args.is_empty());
        assert_eq!(back.to_string(), tokens.to_string());
    }
    let back = tree::from_stream(back);
    let tree::Tree::Group(_, body) = &back[3] else {
        panic!("a body")
    };
    assert!(matches!(
        &body[2],
        tree::Tree::Group(proc_macro2::Delimiter::None, _)
    ));
}
