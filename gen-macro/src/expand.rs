//! The pipeline, one phase per module:
//! parse → check → prepass → normalize → analyze → share → emit.
//! A `gen!` block enters through `block` (its parse) and `capture`, then
//! takes the same phases. On any error, the function goes out with a
//! stand-in body (fallback), and a block as an empty iterator.

use proc_macro2::TokenStream;
use syn::ItemFn;

use crate::error::Errors;
use crate::{
    analyze, args, block, check, emit, fallback, normalize, parse, prepass, rename, share,
};

/// Expands `#[generator(args)] item`. Never panics; errors come out as
/// `compile_error!` at the user's tokens.
pub fn generator(args: TokenStream, item: TokenStream) -> TokenStream {
    // The stand-in of a failed expansion names the runtime as the
    // arguments say, when they can be read.
    let krate = syn::parse2::<args::Args>(args.clone())
        .map_or_else(|_| syn::parse_quote!(::gen_core), |a| a.krate);
    let function = match syn::parse2::<ItemFn>(item.clone()) {
        Ok(function) => function,
        Err(error) => return fallback::unparsed(item, error, &krate),
    };
    // A panic here would be a bug of the macro's; should one slip through,
    // the user still gets an error at their function, and the function.
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        transform(args, function.clone())
    }));
    match attempt {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(error)) => fallback::function(&function, &error, &krate),
        Err(_) => fallback::function(
            &function,
            &syn::Error::new(
                function.sig.ident.span(),
                format!(
                    "{INTERNAL_ERROR}: the expansion of this function failed\n\nhelp: please report the function's body to gen's issue tracker"
                ),
            ),
            &krate,
        ),
    }
}

/// The start of the message for a bug of the macro's own (the fuzzer looks
/// for it).
pub const INTERNAL_ERROR: &str = "internal error in `#[generator]`";

fn transform(args: TokenStream, function: ItemFn) -> syn::Result<TokenStream> {
    let args: args::Args = syn::parse2(args)?;
    let mut errors = Errors::default();
    // Check the body against the rules first: lowering assumes they hold.
    let coroutine = parse::returns_generator(&function.sig.output);
    let context = check::Context {
        coroutine,
        native: false,
        outer: check::arguments(&function.sig),
    };
    check::body(&function.block, context, &mut errors);
    let parsed = parse::gen_fn(function, args, &mut errors);
    errors.finish()?;
    let Some((genfn, body)) = parsed else {
        unreachable!("parse reports an error whenever it returns nothing")
    };
    let (lowered, analysis) = lower(&genfn, body)?;
    Ok(emit::function(&genfn, &lowered, &analysis))
}

/// Expands `gen! { .. }`. Never panics; on an error the block becomes an
/// empty iterator after the errors, so the code around it type-checks.
pub fn gen_block(tokens: TokenStream) -> TokenStream {
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let block = block::parse(tokens)?;
        let (genfn, body) = block::gen_block(block, syn::parse_quote!(::gen_core));
        let mut errors = Errors::default();
        let context = check::Context {
            coroutine: None,
            native: true,
            outer: genfn
                .args
                .iter()
                .map(|a| (a.value.to_string(), check::Local::Captured))
                .collect(),
        };
        check::body(&body, context, &mut errors);
        errors.finish()?;
        crate::names::with_own_spans(|| {
            let (lowered, analysis) = lower(&genfn, body)?;
            Ok::<_, syn::Error>(emit::expression(&genfn, &lowered, &analysis))
        })
    }));
    let error = match attempt {
        Ok(Ok(tokens)) => return tokens,
        Ok(Err(error)) => error,
        Err(_) => syn::Error::new(
            proc_macro2::Span::call_site(),
            format!(
                "{INTERNAL_ERROR}: the expansion of this `gen!` block failed\n\nhelp: please report the block to gen's issue tracker"
            ),
        ),
    };
    let error = error.to_compile_error();
    quote::quote!({
        #error
        ::core::iter::empty()
    })
}

/// The phases from the checked body to what `emit` needs.
fn lower(
    genfn: &crate::model::GenFn,
    mut body: syn::Block,
) -> syn::Result<(normalize::Lowered, analyze::Analysis)> {
    // Warn, at the user's `.lock()`, about guards kept across a yield.
    let warnings = check::guard_warnings(&body, &genfn.krate);
    body.stmts.splice(0..0, warnings);
    let has_self = genfn.args.iter().any(|a| a.value == "self");
    // Rewrite `self`, `?` and `return;` for the resume closure.
    prepass::body(&mut body, genfn, has_self);
    // Lower into the tree of blocks and suspension points.
    let mut lowered = normalize::body(genfn, body);
    // Decide which locals each suspension point keeps, renaming inner locals
    // that hide an outer one the generator must keep.
    let mut analysis = analyze::run(&lowered.body, lowered.points, genfn.args.len());
    let mut renamed = 0;
    while !analysis.shadowed.is_empty() {
        let mut progress = false;
        for (decl, ident) in &analysis.shadowed {
            progress |= rename::decl(&mut lowered.body, *decl, ident, renamed);
            renamed += 1;
        }
        if !progress {
            return Err(shadowed(&analysis.shadowed));
        }
        analysis = analyze::run(&lowered.body, lowered.points, genfn.args.len());
    }
    // Give code that builds closure-typed kept values one copy, then decide
    // again with the internal states in place.
    let mut gotos = 0;
    while share::run(&mut lowered.body, &analysis, &mut gotos) {
        lowered.points = lowered.body.points.end;
        analysis = analyze::run(&lowered.body, lowered.points, genfn.args.len());
    }
    crate::jumps::forget_scans();
    Ok((lowered, analysis))
}

/// Bindings the rename cannot reach: the user renames them.
fn shadowed(list: &[(crate::model::DeclId, proc_macro2::Ident)]) -> syn::Error {
    let mut errors = crate::error::Errors::default();
    for (_, ident) in list {
        errors.push(syn::Error::new(
            ident.span(),
            format!(
                "`{ident}` hides a local of the same name that is used after this scope, and a `yield_!` in between has to keep both\n\nhelp: give this binding another name"
            ),
        ));
    }
    match errors.finish() {
        Err(e) => e,
        Ok(()) => unreachable!("the list is not empty"),
    }
}
