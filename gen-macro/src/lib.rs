//! The `#[generator]` attribute. Use it through the `gen-core` crate, which
//! documents it and provides the runtime the expansion calls.
#![forbid(unsafe_code)]

mod analyze;
mod args;
mod block;
mod capture;
mod check;
mod emit;
mod error;
mod expand;
mod fallback;
mod jumps;
mod markers;
mod model;
mod names;
mod normalize;
mod parse;
mod prepass;
mod rename;
mod resident;
mod resume;
mod share;

/// Turns a function whose body uses `yield_!` into a function returning an
/// `Iterator`. Documented in `gen_core`.
#[proc_macro_attribute]
pub fn generator(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    expand::generator(args.into(), item.into()).into()
}

/// Makes an iterator from a block that uses `yield value;`. Documented in
/// `gen_core`.
#[proc_macro]
pub fn r#gen(tokens: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::gen_block(tokens.into()).into()
}

#[cfg(test)]
mod tests;
