//! The `#[generator]` expansion as a plain library, for fuzzing.
//!
//! gen-macro is a proc-macro crate and cannot export functions, so its
//! modules are compiled in here by path, at the crate root and under the same
//! names (they refer to each other as `crate::name`). `build.rs` fails the
//! build when this list and the one in `gen-macro/src/lib.rs` differ.
//!
//! [`harness`] holds the fuzzer: seed corpus, mutators, random inputs and the
//! checks made on each expansion.

#[path = "../../gen-macro/src/analyze.rs"]
mod analyze;
#[path = "../../gen-macro/src/args.rs"]
mod args;
#[path = "../../gen-macro/src/block.rs"]
mod block;
#[path = "../../gen-macro/src/capture.rs"]
mod capture;
#[path = "../../gen-macro/src/check.rs"]
mod check;
#[path = "../../gen-macro/src/emit.rs"]
mod emit;
#[path = "../../gen-macro/src/error.rs"]
mod error;
#[path = "../../gen-macro/src/expand.rs"]
mod expand;
#[path = "../../gen-macro/src/fallback.rs"]
mod fallback;
#[path = "../../gen-macro/src/jumps.rs"]
mod jumps;
#[path = "../../gen-macro/src/markers.rs"]
mod markers;
#[path = "../../gen-macro/src/model.rs"]
mod model;
#[path = "../../gen-macro/src/names.rs"]
mod names;
#[path = "../../gen-macro/src/normalize.rs"]
mod normalize;
#[path = "../../gen-macro/src/parse.rs"]
mod parse;
#[path = "../../gen-macro/src/prepass.rs"]
mod prepass;
#[path = "../../gen-macro/src/rename.rs"]
mod rename;
#[path = "../../gen-macro/src/resident.rs"]
mod resident;
#[path = "../../gen-macro/src/resume.rs"]
mod resume;
#[path = "../../gen-macro/src/share.rs"]
mod share;

pub mod harness;

use proc_macro2::TokenStream;

/// Expands `#[generator(args)] item` exactly as the attribute does.
#[must_use]
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::generator(args, item)
}

/// Expands `gen! { tokens }` exactly as the macro does.
#[must_use]
pub fn expand_block(tokens: TokenStream) -> TokenStream {
    expand::gen_block(tokens)
}
