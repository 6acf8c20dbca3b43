//! The pipeline, one phase per module:
//! parse → check → prepass → normalize → analyze → emit.
//! On any error, the function goes out with a stand-in body (fallback).

use proc_macro2::TokenStream;
use syn::ItemFn;

use crate::error::Errors;
use crate::{analyze, args, check, emit, fallback, normalize, parse, prepass};

/// Expands `#[generator(args)] item`. Never panics; errors come out as
/// `compile_error!` at the user's tokens.
pub fn generator(args: TokenStream, item: TokenStream) -> TokenStream {
    let Ok(function) = syn::parse2::<ItemFn>(item.clone()) else {
        let error = syn::Error::new_spanned(&item, "`#[generator]` goes on a function with a body")
            .to_compile_error();
        return quote::quote!(#error #item);
    };
    match transform(args, function.clone()) {
        Ok(tokens) => tokens,
        Err(error) => fallback::function(&function, &error),
    }
}

fn transform(args: TokenStream, function: ItemFn) -> syn::Result<TokenStream> {
    let args: args::Args = syn::parse2(args)?;
    let mut errors = Errors::default();
    // Check the body against the rules first: lowering assumes they hold.
    check::body(&function.block, &mut errors);
    let parsed = parse::gen_fn(function, args, &mut errors);
    errors.finish()?;
    let Some((genfn, mut body)) = parsed else {
        unreachable!("parse reports an error whenever it returns nothing")
    };
    let has_self = genfn.args.iter().any(|a| a.value == "self");
    // Rewrite `self`, `?` and `return;` for the resume closure.
    prepass::body(&mut body, &genfn.krate, has_self);
    // Lower into the tree of blocks and suspension points.
    let lowered = normalize::body(&genfn, body);
    // Decide which locals each suspension point keeps.
    let analysis = analyze::run(&lowered.body, lowered.points, genfn.args.len())?;
    // Emit the state enum, the resume closure and the iterator.
    Ok(emit::function(&genfn, &lowered, &analysis))
}
