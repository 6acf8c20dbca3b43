//! The `#[generator]` attribute. Use it through the `gen-core` crate, which
//! documents it and provides the runtime the expansion calls.
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// Turns a function whose body uses `yield_!` into a function returning an
/// `Iterator`. Documented in `gen_core`.
#[proc_macro_attribute]
pub fn generator(args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
