//! The compile-error diagnostics of `#[generator]`, one trybuild case per
//! mistake (`tests/ui/<area>/<mistake>.rs` beside the expected `.stderr`),
//! and valid programs that must build warning-free (`tests/ui/pass/`).
//! `docs/diagnostics.md` explains each error. Refresh the expected output
//! with `TRYBUILD=overwrite cargo test --test ui`, then read every change.

const AREAS: &[&str] = &[
    "outside",
    "keyword",
    "placement",
    "macro_args",
    "return_type",
    "return_value",
    "types",
    "borrows",
    "signature",
    "args",
    "arity",
    "multiple",
    "robust",
    "guards",
    "unparsed",
    "coroutine",
    "gen_block",
];

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    for area in AREAS {
        t.compile_fail(format!("tests/ui/{area}/*.rs"));
    }
    t.pass("tests/ui/pass/*.rs");
}
