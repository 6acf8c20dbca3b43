//! Rewrites that do not depend on where suspension points are, applied to the
//! whole body before lowering:
//!
//! - `self` becomes a local (`__self`), because the receiver moves into the
//!   generator's state and `self` cannot be rebound;
//! - `expr?` becomes a `match` that finishes the generator (rule 7);
//! - `return;` becomes `return None`, the resume closure's way to finish; in a
//!   coroutine, `return v;` becomes `return GeneratorState::Complete(v)`, and
//!   `?` completes with the residual, as in a function returning `T`.
//!
//! Closures, `async` blocks and nested items keep their own `?` and `return`.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Macro, Path};

use crate::model::GenFn;

use crate::{markers, names};

pub fn body(block: &mut syn::Block, genfn: &GenFn, has_self: bool) {
    let mut pass = Prepass {
        krate: &genfn.krate,
        coroutine: genfn.ret.coroutine.is_some(),
        ret: genfn
            .ret
            .coroutine
            .as_ref()
            .and_then(|c| c.ret.as_ref())
            .filter(|t| !crate::parse::is_unit(t)),
        has_self,
        nested: false,
    };
    pass.visit_block_mut(block);
}

struct Prepass<'a> {
    krate: &'a Path,
    coroutine: bool,
    /// A coroutine's `Return` type, when it can be named and is not `()`.
    ret: Option<&'a syn::Type>,
    has_self: bool,
    /// Inside a closure or `async` block: `?` and `return` are theirs.
    nested: bool,
}

impl VisitMut for Prepass<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(_) | Expr::Async(_) => {
                let outer = std::mem::replace(&mut self.nested, true);
                visit_mut::visit_expr_mut(self, expr);
                self.nested = outer;
            }
            Expr::Path(p) if self.has_self && p.qself.is_none() && p.path.is_ident("self") => {
                let ident = names::self_value(p.path.span());
                *expr = syn::parse_quote!(#ident);
            }
            Expr::Try(t) if !self.nested => {
                self.visit_expr_mut(&mut t.expr);
                let krate = self.krate;
                let inner = &t.expr;
                let span = t.question_token.span;
                let value = names::internal("__continue", span);
                let residual = names::internal("__residual", span);
                let finish = if self.coroutine {
                    quote_spanned!(span=> #krate::__private::Some(
                        #krate::__private::GeneratorState::Complete(
                            #krate::__private::ReturnResidual::complete(#residual)
                        )
                    ))
                } else {
                    quote_spanned!(span=> #krate::__private::Residual::finish(#residual))
                };
                *expr = syn::parse2(quote_spanned! {span=>
                    match #krate::__private::Try::branch(#inner) {
                        #krate::__private::ControlFlow::Continue(#value) => #value,
                        #krate::__private::ControlFlow::Break(#residual) => {
                            return #finish
                        }
                    }
                })
                .unwrap_or_else(|_| unreachable!("the `?` rewrite is valid syntax"));
            }
            Expr::Return(r) if !self.nested && self.coroutine => {
                if let Some(value) = &mut r.expr {
                    self.visit_expr_mut(value);
                }
                let krate = self.krate;
                let span = r.return_token.span;
                let value = match (r.expr.take(), self.ret) {
                    // Typed as the signature says, so that a value of another
                    // type is reported against `Return = T`.
                    (Some(value), Some(ty)) => {
                        let at = value.span();
                        let local = names::internal("__returned", at);
                        quote_spanned!(at=> { let #local: #ty = #value; #local })
                    }
                    (Some(value), None) => value.into_token_stream(),
                    (None, _) => quote_spanned!(span=> ()),
                };
                let complete =
                    names::respan(quote!(#krate::__private::GeneratorState::Complete), span);
                let some = names::respan(quote!(#krate::__private::Some), span);
                *expr = syn::parse2(quote_spanned!(span=> return #some(#complete(#value))))
                    .unwrap_or_else(|_| unreachable!("the `return` rewrite is valid syntax"));
            }
            Expr::Return(r) if !self.nested && r.expr.is_none() => {
                let krate = self.krate;
                let span = r.return_token.span;
                *expr = syn::parse2(quote_spanned!(span=> return #krate::__private::None))
                    .unwrap_or_else(|_| unreachable!("the `return` rewrite is valid syntax"));
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut Macro) {
        // A marker's arguments are expressions of the body (two for a
        // coroutine's `yield_from!(g, first)`): rewrite them as such.
        if markers::rewrite_args(mac, |arg| self.visit_expr_mut(arg)) {
            return;
        }
        if self.has_self {
            mac.tokens = replace_self(std::mem::take(&mut mac.tokens));
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}

    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        visit_mut::visit_local_mut(self, local);
        // `let P = n? else { .. }`: the `match` that `?` became ends in `}`,
        // which `let … else` does not allow before `else`.
        if let Some(init) = &mut local.init {
            if init.diverge.is_some() && matches!(*init.expr, Expr::Match(_)) {
                let expr = std::mem::replace(&mut *init.expr, Expr::Verbatim(TokenStream::new()));
                *init.expr = Expr::Paren(syn::ExprParen {
                    attrs: Vec::new(),
                    paren_token: syn::token::Paren::default(),
                    expr: Box::new(expr),
                });
            }
        }
    }
}

/// `self` inside macro arguments, except where it starts a module path.
fn replace_self(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ident) if ident == "self" => {
                let path = matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                if path {
                    out.push(TokenTree::Ident(ident));
                } else {
                    out.push(TokenTree::Ident(names::self_value(ident.span())));
                }
            }
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), replace_self(group.stream()));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}
