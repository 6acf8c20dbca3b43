//! Every diagnostic about the body, found before the transform runs, so that
//! lowering and emitting cannot fail. Independent mistakes are collected and
//! reported together.

use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, Macro, Token};

use crate::error::Errors;
use crate::markers::{self, Marker};

/// Checks a generator body.
pub fn body(block: &syn::Block, errors: &mut Errors) {
    let mut checker = Checker {
        errors,
        place: None,
    };
    checker.visit_block(block);
}

/// Parses the argument of `yield_!` / `yield_from!`: exactly one expression.
pub fn marker_arg(mac: &Macro, marker: Marker) -> syn::Result<Expr> {
    let args = mac
        .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
        .map_err(|e| {
            syn::Error::new(
                e.span(),
                format!("{} expects one expression: {e}", marker.name()),
            )
        })?;
    let what = match marker {
        Marker::Yield => "the value to yield",
        Marker::YieldFrom => "the iterable to yield from",
    };
    match args.len() {
        1 => Ok(args.into_iter().next().unwrap_or_else(|| unreachable!())),
        0 => Err(syn::Error::new(
            mac.span(),
            format!(
                "{} needs one argument: {what}\n\nhelp: write `{}(value)`",
                marker.name(),
                marker.name()
            ),
        )),
        _ => Err(syn::Error::new(
            args.iter().nth(1).map_or_else(|| mac.span(), Spanned::span),
            format!(
                "{} takes one argument, {} were given\n\nhelp: yield a tuple to hand out several values at once: `{}((a, b))`",
                marker.name(),
                args.len(),
                marker.name()
            ),
        )),
    }
}

/// Where a suspension point cannot go.
#[derive(Clone, Copy)]
enum Place {
    Closure,
    Async,
    Item,
    Guard,
}

struct Checker<'a> {
    errors: &'a mut Errors,
    place: Option<(Place, Span)>,
}

impl Checker<'_> {
    fn misplaced(&mut self, marker: Marker, span: Span, place: Place) {
        let (msg, help) = match place {
            Place::Closure => (
                "inside a closure",
                "a closure is a function of its own and cannot suspend the generator; use a `for` loop in the generator body instead of the closure",
            ),
            Place::Async => (
                "inside an `async` block",
                "an `async` block is a future of its own and cannot suspend the generator; yield from the generator body instead",
            ),
            Place::Item => (
                "inside a nested function or item",
                "a nested `fn` cannot suspend the generator around it; make it a `#[generator]` of its own and `yield_from!` it",
            ),
            Place::Guard => (
                "inside a match guard",
                "compute the condition in a `let` before the `match`",
            ),
        };
        self.errors.push(syn::Error::new(
            span,
            format!("{} cannot be used {msg}\n\nhelp: {help}", marker.name()),
        ));
    }

    fn nested(&mut self, place: Place, span: Span, f: impl FnOnce(&mut Self)) {
        let outer = self.place.replace((place, span));
        f(self);
        self.place = outer;
    }
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        if let Some(marker) = markers::marker(mac) {
            if let Some((place, _)) = self.place {
                self.misplaced(marker, mac.path.span(), place);
                return;
            }
            match marker_arg(mac, marker) {
                Ok(arg) => self.visit_expr(&arg),
                Err(e) => self.errors.push(e),
            }
        } else if let Some((marker, span)) = markers::in_tokens(&mac.tokens) {
            let name = mac
                .path
                .segments
                .last()
                .map_or_else(String::new, |s| s.ident.to_string());
            self.errors.push(syn::Error::new(
                span,
                format!(
                    "{} cannot be used inside the arguments of `{name}!`\n\nhelp: the generator only sees into its own macros; yield in a statement of its own before the `{name}!` call",
                    marker.name()
                ),
            ));
        } else if mac.path.is_ident("yield") {
            self.errors.push(keyword_yield(mac.path.span()));
        }
    }

    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Yield(y) => {
                self.errors.push(keyword_yield(y.yield_token.span));
            }
            Expr::Return(ret) => {
                if let Some(value) = &ret.expr {
                    if self.place.is_none() {
                        self.errors.push(syn::Error::new(
                            value.span(),
                            "a generator cannot return a value\n\nhelp: yield it, then finish: `yield_!(value); return;`",
                        ));
                    }
                    self.visit_expr(value);
                }
            }
            Expr::Closure(c) => {
                for attr in &c.attrs {
                    self.visit_attribute(attr);
                }
                let span = c.or1_token.span;
                self.nested(Place::Closure, span, |me| me.visit_expr(&c.body));
            }
            Expr::Async(a) => {
                let span = a.async_token.span;
                self.nested(Place::Async, span, |me| me.visit_block(&a.block));
            }
            Expr::If(e) => {
                check_let_chain(&e.cond, self.errors);
                visit::visit_expr(self, expr);
            }
            Expr::While(e) => {
                check_let_chain(&e.cond, self.errors);
                visit::visit_expr(self, expr);
            }
            _ => visit::visit_expr(self, expr),
        }
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.visit_pat(&arm.pat);
        if let Some((_, guard)) = &arm.guard {
            let span = guard.span();
            self.nested(Place::Guard, span, |me| me.visit_expr(guard));
        }
        self.visit_expr(&arm.body);
    }

    fn visit_item(&mut self, item: &'ast syn::Item) {
        // Items have bodies of their own: only misplaced markers matter there.
        self.nested(Place::Item, item.span(), |me| visit::visit_item(me, item));
    }
}

fn keyword_yield(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "`yield` is a reserved keyword that stable Rust does not accept here\n\nhelp: write `yield_!(value)` to yield from a `#[generator]`",
    )
}

/// A suspension point inside a let-chain is supported in its first operand
/// only: later operands run after earlier `let`s have bound names.
fn check_let_chain(cond: &Expr, errors: &mut Errors) {
    let mut operands = Vec::new();
    chain_operands(cond, &mut operands);
    if operands.len() < 2 {
        return;
    }
    for operand in &operands[1..] {
        if markers::suspends(operand) {
            errors.push(syn::Error::new(
                operand.span(),
                "a suspension point in a later operand of a condition chain is not supported\n\nhelp: compute this operand in a `let` before the `if`",
            ));
        }
    }
}

pub fn chain_operands<'a>(cond: &'a Expr, out: &mut Vec<&'a Expr>) {
    match cond {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) && has_let(cond) => {
            chain_operands(&b.left, out);
            chain_operands(&b.right, out);
        }
        _ => out.push(cond),
    }
}

pub fn has_let(cond: &Expr) -> bool {
    match cond {
        Expr::Let(_) => true,
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            has_let(&b.left) || has_let(&b.right)
        }
        _ => false,
    }
}
