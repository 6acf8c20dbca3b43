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
//!             __State::Suspend0 { b, a } => { /* the body after point 0 */ }
//!             __State::Returned => {}
//!         }
//!         None
//!     })
//! }
//! ```
//!
//! The enum is generic over the type of every field, so rustc infers the
//! types of kept locals from the closure. Fields are declared in reverse
//! declaration order: dropping a suspended generator drops kept locals as
//! leaving their scopes would. While the body runs the state is `Returned`, so
//! a panic or a `return` leaves the generator finished.

use proc_macro2::TokenStream;
use quote::quote;

use crate::analyze::Analysis;
use crate::model::GenFn;
use crate::names;
use crate::normalize::Lowered;
use crate::resume::Emit;

pub fn function(genfn: &GenFn, lowered: &Lowered, analysis: &Analysis) -> TokenStream {
    let krate = &genfn.krate;
    let state = names::state();
    let state_enum = names::state_enum();

    let params: Vec<_> = (0..analysis.params).map(names::param).collect();
    let generics = (!params.is_empty()).then(|| quote!(<#(#params),*>));

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

    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut heads = std::collections::HashMap::new();
    crate::share::heads(&lowered.body, &mut heads);
    let mut emit = Emit::new(analysis, heads, krate, genfn.ret.item.as_ref());
    let first = emit.block(&lowered.body, &mut Vec::new()).tokens;
    arms.push(quote! {
        #[allow(unused_labels)]
        #state_enum::Unresumed { #(#arg_names),* } => #first
    });
    for (point, kept) in analysis.kept.iter().enumerate() {
        let variant = names::variant(point);
        let saved: Vec<_> = kept.iter().filter(|k| !k.redeclare).collect();
        let fields = saved.iter().rev().map(|k| {
            let field = &k.field;
            let param = names::param(k.param);
            quote!(#field: #param)
        });
        variants.push(quote!(#variant { #(#fields),* }));
        let bound = saved.iter().map(|k| &k.field);
        let body = emit
            .block_from(&lowered.body, point, &mut Vec::new())
            .tokens;
        arms.push(quote! {
            // A continuation is a slice of the body: its cut ends leave code
            // that reads as unreachable or diverging to lints.
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            #state_enum::#variant { #(#bound),* } => #body
        });
    }

    let derive = genfn.ret.clone.then(|| quote!(#[derive(Clone)]));
    let item = genfn.ret.item.as_ref().map(|t| quote!(::<#t>));
    // Each arm ends by breaking out with what `next()` returns and the
    // state to store; falling off the end finishes.
    let step = names::label("step", 0);
    let (out, next) = (names::out(), names::next());
    let run = quote! {
        let #out;
        let #next;
        #step: {
            match #krate::__private::replace(&mut #state, #state_enum::Returned) {
                #(#arms)*
                #state_enum::Returned => {}
            }
            return #krate::__private::None;
        }
        #krate::__private::set(&mut #state, #next);
    };
    // Internal states re-enter the match without handing out a value.
    let body = if has_goto(&lowered.body) {
        let label = names::label("dispatch", 0);
        quote! {
            #label: loop {
                #run
                if #out.is_some() {
                    return #out;
                }
            }
        }
    } else {
        quote! {
            #run
            #out
        }
    };
    let resume = quote! {
        #krate::__private::Gen::new #item (move || { #body })
    };
    let value = if genfn.ret.boxed {
        quote!(#krate::__private::Box::new(#resume))
    } else {
        resume
    };

    let items = &lowered.items;
    let attrs = &genfn.attrs;
    let vis = &genfn.vis;
    let sig = &genfn.sig;
    quote! {
        #(#attrs)*
        #vis #sig {
            #(#items)*
            #derive
            #[allow(clippy::large_enum_variant)]
            enum #state_enum #generics {
                Unresumed { #(#arg_fields),* },
                #(#variants,)*
                Returned,
            }
            let mut #state = #state_enum::Unresumed { #(#arg_values),* };
            #value
        }
    }
}

fn has_goto(block: &crate::model::Block) -> bool {
    use crate::model::{Init, Node, NodeKind, Stmt};
    fn node(n: &Node) -> bool {
        match &n.kind {
            NodeKind::Goto { .. } => true,
            NodeKind::Yield { .. } => false,
            NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => has_goto(b),
            NodeKind::If { then, els, .. } => has_goto(then) || els.as_ref().is_some_and(has_goto),
            NodeKind::Match { arms, .. } => arms.iter().any(|a| has_goto(&a.body)),
            NodeKind::Hole { inner, .. } => node(inner),
        }
    }
    block.stmts.iter().any(|s| match s {
        Stmt::Plain(_) => false,
        Stmt::Let { init, els, .. } => {
            matches!(init, Init::Node(n) if node(n)) || els.as_ref().is_some_and(has_goto)
        }
        Stmt::Expr { node: n, .. } => node(n),
    })
}
