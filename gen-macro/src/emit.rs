//! Assembles the expanded function: the state enum, the resume closure and
//! the iterator that wraps it.
//!
//! ```text
//! fn fib() -> impl Iterator<Item = u64> {
//!     enum __State<T0, T1> { Unresumed {}, Suspend0 { b: T1, a: T0 }, Returned }
//!     let mut __state = __State::Unresumed {};
//!     Gen::new::<u64>(move || {
//!         match replace(&mut __state, __State::Returned) {
//!             __State::Unresumed {} => { /* the body from its start */ }
//!             __State::Suspend0 { a, b } => { /* the body after point 0 */ }
//!             __State::Returned => None,
//!         }
//!     })
//! }
//! ```
//!
//! The enum is generic over the type of every field, so rustc infers the
//! types of kept locals from the closure. Fields are declared in reverse
//! declaration order: dropping a suspended generator drops kept locals as
//! leaving their scopes would. While the body runs the state is `Returned`, so
//! a panic or a `return` leaves the generator finished.
//!
//! A coroutine's closure takes the resume value and answers
//! `Option<GeneratorState<Y, T>>` (`Coroutine::new`), its body wrapped in
//! `Some(Complete(..))`; a `gen!` block is the same statements in a block
//! expression instead of a function.

use proc_macro2::TokenStream;
use quote::quote;

use crate::analyze::Analysis;
use crate::model::GenFn;
use crate::names;
use crate::normalize::Lowered;
use crate::resume::Emit;

/// The `#[generator]` function: its signature around the state machine.
pub fn function(genfn: &GenFn, lowered: &Lowered, analysis: &Analysis) -> TokenStream {
    let machine = machine(genfn, lowered, analysis);
    let attrs = &genfn.attrs;
    let vis = &genfn.vis;
    let sig = &genfn.sig;
    quote! {
        #(#attrs)*
        #vis #sig {
            #machine
        }
    }
}

/// A `gen!` block: an expression that evaluates to the generator.
pub fn expression(genfn: &GenFn, lowered: &Lowered, analysis: &Analysis) -> TokenStream {
    let machine = machine(genfn, lowered, analysis);
    quote!({ #machine })
}

/// The statements that build the generator: the state enum, the state
/// holding the arguments, and the resume closure wrapped as an iterator or
/// a coroutine.
fn machine(genfn: &GenFn, lowered: &Lowered, analysis: &Analysis) -> TokenStream {
    let krate = &genfn.krate;
    let state = names::state();
    let state_enum = names::state_enum();

    let arg_fields: Vec<_> = genfn
        .args
        .iter()
        .enumerate()
        .rev()
        .map(|(i, arg)| {
            let field = &arg.field;
            let param = names::param(i);
            quote!(#field: #param)
        })
        .collect();
    let arg_names: Vec<_> = genfn.args.iter().map(|a| &a.field).collect();
    let arg_values = genfn.args.iter().map(|a| {
        let field = &a.field;
        let value = &a.value;
        quote!(#field: #value)
    });

    let mut arms = Vec::new();
    let mut heads = std::collections::HashMap::new();
    crate::share::heads(&lowered.body, &mut heads);
    let residents = crate::resident::find(&lowered.body, analysis);
    let mut emit = Emit::new(analysis, &residents, heads, krate, genfn.ret.item.as_ref());
    emit.send = genfn.ret.send;
    let has_goto = has_goto(&lowered.body);
    let coroutine = genfn.ret.coroutine.as_ref();
    emit.resume_ty = coroutine.map(|c| &c.resume);
    emit.dispatch_loop = has_goto;
    let resumed = names::resume_arg(proc_macro2::Span::call_site());
    let first = emit.block(&lowered.body, &mut Vec::new());
    let body_span = genfn.body_span;
    let first = arm_body(
        krate,
        first,
        !emit.saves.is_empty(),
        coroutine.is_some(),
        body_span,
    );
    // In a dispatch loop the resume value waits in a slot: the first arm
    // that runs takes it.
    let take = (coroutine.is_some() && has_goto)
        .then(|| quote!(let #resumed = #krate::__private::take(&mut #resumed);));
    arms.push(quote! {
        #[allow(unused_labels)]
        #state_enum::Unresumed { #(#arg_names),* } => { #take #first }
    });
    let first_saves = std::mem::take(&mut emit.saves);
    let mut continuations = Vec::new();
    for point in 0..analysis.kept.len() {
        let body = emit.block_from(&lowered.body, point, &mut Vec::new());
        continuations.push((point, std::mem::take(&mut emit.saves), body));
    }

    // A point that no reachable code saves (it follows the user's own
    // `break` or `return`) gets neither a variant nor an arm: nothing
    // could give its fields a type.
    let mut live = vec![false; analysis.kept.len()];
    let mut work = first_saves.clone();
    while let Some(point) = work.pop() {
        if !live[point] {
            live[point] = true;
            work.extend(continuations[point].1.iter().copied());
        }
    }
    let mut params = std::collections::BTreeMap::new();
    for i in 0..genfn.args.len() {
        params.insert(i, i);
    }
    for (point, kept) in analysis.kept.iter().enumerate() {
        if live[point] {
            for k in kept
                .iter()
                .filter(|k| !k.redeclare && !residents.contains_key(&k.decl))
            {
                let next = params.len();
                params.entry(k.param).or_insert(next);
            }
        }
    }
    let mut variants = Vec::new();
    let mut live_arms = Vec::new();
    for (point, saves, body) in continuations {
        if !live[point] {
            continue;
        }
        let variant = names::variant(point);
        let saved: Vec<_> = analysis.kept[point]
            .iter()
            .filter(|k| !k.redeclare && !residents.contains_key(&k.decl))
            .collect();
        let fields = saved.iter().rev().map(|k| {
            let field = &k.field;
            let param = names::param(params.get(&k.param).copied().unwrap_or_default());
            quote!(#field: #param)
        });
        variants.push(quote!(#variant { #(#fields),* }));
        let bound = saved.iter().map(|k| &k.field);
        let body = arm_body(
            krate,
            body,
            !saves.is_empty(),
            coroutine.is_some(),
            body_span,
        );
        live_arms.push((
            point,
            saves,
            quote! {
                // A continuation is a slice of the body: its cut ends leave
                // code that reads as unreachable or diverging to lints.
                #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
                #state_enum::#variant { #(#bound),* } => #body
            },
        ));
    }
    arms.extend(typed_order(analysis, &first_saves, live_arms));
    let params: Vec<_> = (0..params.len()).map(names::param).collect();
    let generics = (!params.is_empty()).then(|| quote!(<#(#params),*>));

    let derive = genfn.ret.clone.then(|| quote!(#[derive(Clone)]));
    // Finished: `None`, which a coroutine's `resume` turns into its panic.
    // In a dispatch loop, `None` from an arm means "dispatch again", so the
    // finished arm returns at once.
    let finished = if has_goto {
        quote!(return #krate::__private::None)
    } else {
        quote!(#krate::__private::None)
    };
    let dispatch = quote! {
        match #krate::__private::replace(&mut #state, #state_enum::Returned) {
            #(#arms)*
            #state_enum::Returned => #finished,
        }
    };
    // Internal states re-enter the match without handing out a value.
    let body = if has_goto {
        let label = names::label("dispatch", 0);
        let slot = coroutine
            .is_some()
            .then(|| quote!(let mut #resumed = #krate::__private::Some(#resumed);));
        quote! {
            #slot
            #label: loop {
                let out = #dispatch;
                if out.is_some() {
                    return out;
                }
            }
        }
    } else {
        dispatch
    };
    let resume = if coroutine.is_some() {
        let (r, y, t) = genfn.ret.coroutine_types();
        quote! {
            #krate::__private::Coroutine::new::<#r, #y, #t>(
                move |#resumed| -> #krate::__private::Option<#krate::__private::GeneratorState<#y, #t>> {
                    #body
                }
            )
        }
    } else {
        let item = genfn.ret.item.as_ref().map(|t| quote!(::<#t>));
        quote! {
            #krate::__private::Gen::new #item (move || { #body })
        }
    };
    let value = if genfn.ret.boxed {
        quote!(#krate::__private::Box::new(#resume))
    } else {
        resume
    };

    let items = &lowered.items;
    let slots: Vec<_> = residents.values().collect();
    quote! {
        #(#items)*
        #derive
        #[allow(clippy::large_enum_variant)]
        enum #state_enum #generics {
            Unresumed { #(#arg_fields),* },
            #(#variants,)*
            Returned,
        }
        let mut #state = #state_enum::Unresumed { #(#arg_values),* };
        #(let mut #slots = #krate::__private::None;)*
        #value
    }
}

/// Orders the continuation arms so that an arm comes after one that saves
/// each local it restores: rustc checks the arms in order, and a method call
/// on a restored local needs the local's type known by then.
fn typed_order(
    analysis: &Analysis,
    first: &[usize],
    mut arms: Vec<(usize, Vec<usize>, TokenStream)>,
) -> Vec<TokenStream> {
    use std::collections::HashSet;
    let decls = |points: &[usize]| -> Vec<crate::model::DeclId> {
        points
            .iter()
            .flat_map(|p| {
                analysis.kept[*p]
                    .iter()
                    .filter(|k| !k.redeclare)
                    .map(|k| k.decl)
            })
            .collect()
    };
    let mut typed: HashSet<crate::model::DeclId> = decls(first).into_iter().collect();
    let mut out = Vec::new();
    while !arms.is_empty() {
        let ready = arms.iter().position(|(point, _, _)| {
            analysis.kept[*point]
                .iter()
                .filter(|k| !k.redeclare)
                .all(|k| typed.contains(&k.decl))
        });
        let (_, saves, tokens) = arms.remove(ready.unwrap_or(0));
        typed.extend(decls(&saves));
        out.push(tokens);
    }
    out
}

/// An arm of the dispatch: the code runs in a labeled block that every
/// suspension point leaves with `break`, having set what `next()` returns
/// and the state to store. Leaving the block drops the locals that are not
/// kept; only then is the state stored, so a panicking drop leaves the
/// generator finished. Falling off the end of the body finishes.
///
/// The arm evaluates to what `next()` returns; with internal states, `None`
/// means "dispatch again".
///
/// A coroutine's body is its return value: falling off the end completes
/// with the value of the body's tail.
fn arm_body(
    krate: &syn::Path,
    code: crate::resume::Out,
    suspends: bool,
    coroutine: bool,
    body_span: proc_macro2::Span,
) -> TokenStream {
    let state = names::state();
    let step = names::label("step", 0);
    let (out, next) = (names::out(), names::next());
    let tokens = code.tokens;
    let tokens = if coroutine && !code.diverges {
        // The body's value at the user's braces: a body that ends without
        // a value of the `Return` type is reported there.
        let tokens = match Vec::from_iter(tokens.clone()).as_slice() {
            [proc_macro2::TokenTree::Group(g)] => {
                let mut g = g.clone();
                g.set_span(body_span);
                proc_macro2::TokenTree::Group(g).into()
            }
            _ => tokens,
        };
        quote!(return #krate::__private::Some(#krate::__private::GeneratorState::Complete(#tokens));)
    } else {
        tokens
    };
    // A body that always suspends has no end to fall off.
    let end = (!code.diverges && !coroutine).then(|| quote!(return #krate::__private::None;));
    if !suspends {
        // Nothing breaks out: the code finishes the generator, or runs forever.
        let end = (!coroutine).then(|| {
            quote! {
                #[allow(unreachable_code)]
                return #krate::__private::None;
            }
        });
        return quote!({
            #tokens
            #end
        });
    }
    quote! {{
        let #out;
        let #next;
        #step: {
            #tokens
            #end
        }
        #krate::__private::set(&mut #state, #next);
        #out
    }}
}

fn has_goto(block: &crate::model::Block) -> bool {
    block.stmts.iter().any(|stmt| {
        matches!(
            stmt,
            crate::model::Stmt::Expr {
                node: crate::model::Node {
                    kind: crate::model::NodeKind::Goto { .. },
                    ..
                },
                ..
            }
        ) || stmt.blocks().into_iter().any(has_goto)
    })
}
