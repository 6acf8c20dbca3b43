//! Reads a `gen!` block into the same `GenFn` a `#[generator]` function
//! becomes: its `yield value;` expressions turn into the generator's yield
//! markers, and the names it captures into the arguments that move into the
//! generator. The block has no signature to name an item type: rustc infers
//! it from the yields.

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use syn::parse::Parser;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ExprYield};

use crate::model::{Arg, GenFn, ReturnKind};
use crate::{capture, names, parse};

/// The block's statements, parsed.
pub fn parse(tokens: TokenStream) -> syn::Result<syn::Block> {
    let stmts = syn::Block::parse_within.parse2(tokens)?;
    Ok(syn::Block {
        brace_token: syn::token::Brace::default(),
        stmts,
    })
}

/// The generator a block describes, and its body with yields as markers.
pub fn gen_block(mut block: syn::Block, krate: syn::Path) -> (GenFn, syn::Block) {
    Native.visit_block_mut(&mut block);
    let mut taken = vec!["__self".to_owned()];
    let args = capture::free_names(&block)
        .into_iter()
        .map(|ident| {
            let field = names::field(&ident.to_string(), &mut taken);
            let field = syn::Ident::new(
                &field.to_string(),
                Span::mixed_site().located_at(ident.span()),
            );
            // Mutable, as a closure's captured variable is.
            let pat = parse::ident_pat(ident.clone(), true);
            Arg {
                value: ident,
                field,
                pat,
                captured: true,
            }
        })
        .collect();
    let genfn = GenFn {
        attrs: Vec::new(),
        vis: syn::Visibility::Inherited,
        sig: syn::parse_quote!(fn __gen_block()),
        ret: ReturnKind {
            boxed: false,
            item: None,
            // A block's generator is `Clone` when all it keeps is.
            clone: true,
            send: false,
            sync: false,
            coroutine: None,
        },
        args,
        resume: None,
        krate,
        body_span: Span::call_site(),
    };
    (genfn, block)
}

/// Turns `yield value` into `yield_!(value)` (`yield` alone yields `()`),
/// except inside closures, `async` blocks, items and match guards, where
/// the checker reports it.
struct Native;

impl VisitMut for Native {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(_) | Expr::Async(_) => {}
            Expr::Yield(ExprYield {
                yield_token,
                expr: value,
                ..
            }) => {
                let span = yield_token.span;
                let mut value = value
                    .take()
                    .map_or_else(|| syn::parse_quote_spanned!(span=> ()), |value| *value);
                self.visit_expr_mut(&mut value);
                let marker = syn::Ident::new("yield_", span);
                *expr = syn::parse2(quote_spanned!(span=> #marker!(#value)))
                    .unwrap_or_else(|_| unreachable!("a marker call is an expression"));
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        self.visit_pat_mut(&mut arm.pat);
        self.visit_expr_mut(&mut arm.body);
    }

    // The arguments of `yield_!` and `yield_from!` are expressions of the
    // block.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        crate::markers::rewrite_args(mac, |arg| self.visit_expr_mut(arg));
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
