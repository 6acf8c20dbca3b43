//! Recognises the generator's own macros: `yield_!` and `yield_from!`,
//! written bare or by path (`gen_core::yield_!`).

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::{Expr, Macro};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    Yield,
    YieldFrom,
}

impl Marker {
    pub fn name(self) -> &'static str {
        match self {
            Marker::Yield => "yield_!",
            Marker::YieldFrom => "yield_from!",
        }
    }
}

pub fn marker(mac: &Macro) -> Option<Marker> {
    let last = mac.path.segments.last()?;
    if !last.arguments.is_none() {
        return None;
    }
    match last.ident.to_string().as_str() {
        "yield_" => Some(Marker::Yield),
        "yield_from" => Some(Marker::YieldFrom),
        _ => None,
    }
}

/// A macro's arguments as expressions separated by commas, when they are.
pub fn args(mac: &Macro) -> Option<syn::punctuated::Punctuated<Expr, syn::Token![,]>> {
    mac.parse_body_with(syn::punctuated::Punctuated::parse_terminated)
        .ok()
}

/// Rewrites each argument of a marker with `f`, as the expression of the
/// body it is; whether the marker's arguments parsed.
pub fn rewrite_args(mac: &mut Macro, mut f: impl FnMut(&mut Expr)) -> bool {
    let Some(mut args) = args(mac).filter(|_| marker(mac).is_some()) else {
        return false;
    };
    for arg in &mut args {
        f(arg);
    }
    mac.tokens = quote::ToTokens::to_token_stream(&args);
    true
}

/// `gen! { .. }` (or `r#gen!`, by any path): a generator block of its own.
pub fn is_gen_block(mac: &Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|s| s.arguments.is_none() && syn::ext::IdentExt::unraw(&s.ident) == "gen")
}

/// Finds the `yield` keyword inside a macro's tokens (outside nested `gen!`
/// blocks), with the token after it, for an error span.
pub fn keyword_in_tokens(tokens: &TokenStream) -> Option<TokenStream> {
    let mut iter = tokens.clone().into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ident) if ident == "yield" => {
                let next = iter.next();
                return Some(
                    std::iter::once(TokenTree::Ident(ident))
                        .chain(next)
                        .collect(),
                );
            }
            // `gen! { .. }`: skip its `!` and group.
            TokenTree::Ident(ident)
                if syn::ext::IdentExt::unraw(&ident) == "gen"
                    && iter
                        .next_if(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '!'))
                        .is_some() =>
            {
                iter.next_if(|t| matches!(t, TokenTree::Group(_)));
            }
            TokenTree::Group(group) => {
                if let Some(found) = keyword_in_tokens(&group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

/// Finds `yield_!` / `yield_from!` written inside another macro's tokens;
/// returns the marker and its tokens (`yield_ ! (..)`), for an error span.
pub fn in_tokens(tokens: &TokenStream) -> Option<(Marker, TokenStream)> {
    let mut iter = tokens.clone().into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ident) => {
                let marker = match ident.to_string().as_str() {
                    "yield_" => Marker::Yield,
                    "yield_from" => Marker::YieldFrom,
                    _ => continue,
                };
                let Some(bang) =
                    iter.next_if(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '!'))
                else {
                    continue;
                };
                let args = iter.next_if(|t| matches!(t, TokenTree::Group(_)));
                let found = [TokenTree::Ident(ident), bang]
                    .into_iter()
                    .chain(args)
                    .collect();
                return Some((marker, found));
            }
            TokenTree::Group(group) => {
                if let Some(found) = in_tokens(&group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether a suspension point is reachable from this expression without
/// entering a closure, an `async` block or a nested item: those are separate
/// bodies that cannot suspend the generator.
pub fn suspends(expr: &Expr) -> bool {
    let mut finder = Finder(false);
    finder.visit_expr(expr);
    finder.0
}

pub fn stmt_suspends(stmt: &syn::Stmt) -> bool {
    let mut finder = Finder(false);
    finder.visit_stmt(stmt);
    finder.0
}

struct Finder(bool);

impl<'ast> Visit<'ast> for Finder {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        if marker(mac).is_some() {
            self.0 = true;
        }
    }
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
    // Const contexts are evaluated at compile time: nothing there suspends.
    fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}
    fn visit_expr_repeat(&mut self, e: &'ast syn::ExprRepeat) {
        self.visit_expr(&e.expr);
    }
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if !self.0 {
            visit::visit_expr(self, expr);
        }
    }
}
