//! Every diagnostic about the body, found before the transform runs, so that
//! lowering and emitting cannot fail. Independent mistakes are collected and
//! reported together.
//!
//! Input: the user's block, untouched. Output: errors in `Errors`, and
//! (from [`guard_warnings`]) statements whose only effect is a warning.
//!
//! The rules, each with its case under `tests/ui/`:
//!
//! - `yield_!` / `yield_from!` in a closure, an `async` block, a nested item or
//!   a match guard, or in another macro's arguments (`placement/`,
//!   `macro_args/`); the keyword spelling `yield` outside a `gen!` block
//!   (`keyword/`), and a native `yield` a `gen!` block cannot lower
//!   (`gen_block/`);
//! - a marker with no argument or with two (`arity/`), and a coroutine's
//!   `yield_from!` without the first value its resume type needs
//!   (`coroutine/`);
//! - `return value;` outside a coroutine (`return_value/`, `gen_block/`);
//! - `break` / `continue` outside of any loop of the body (`robust/`);
//! - a borrow of one of the generator's own locals (an owned argument and a
//!   `gen!` block's capture included) held across a suspension point, where
//!   it can be seen in the syntax: `for x in &local { yield_!(..) }`,
//!   `local.iter()`, and `let r = &local;` used after a `yield_!` (`borrows/`).
//!   Every other self-borrow is left to rustc, which rejects it at the local.

use std::collections::HashSet;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote_spanned};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, Macro, Pat, Stmt, Token};

use crate::error::Errors;
use crate::markers::{self, Marker};

/// What the checker knows of a body beyond its block.
#[derive(Default)]
pub struct Context {
    /// `Some(unit)` for a coroutine's body, resumed with `()` or not: it may
    /// return a value, and its `yield_from!` takes the delegate's first
    /// resume value.
    pub coroutine: Option<bool>,
    /// A `gen!` block's body: `yield` has already become a marker wherever
    /// it may stand, and one left over is misplaced.
    pub native: bool,
    /// Names bound before the body: the function's arguments, or what a
    /// `gen!` block captures.
    pub outer: Vec<(String, Local)>,
}

/// Checks a generator body.
pub fn body(block: &syn::Block, context: Context, errors: &mut Errors) {
    let mut checker = Checker {
        errors,
        coroutine: context.coroutine,
        native: context.native,
        place: None,
        loops: 0,
        scopes: vec![context.outer],
    };
    checker.visit_block(block);
}

/// The arguments a body can borrow, as `Local`s: one whose type is a path
/// that names no generic parameter and no lifetime (`String`, `Vec<T>`) is
/// owned, so that `.iter()` on it borrows the argument itself.
pub fn arguments(sig: &syn::Signature) -> Vec<(String, Local)> {
    let generic = |ty: &syn::Type| {
        sig.generics.type_params().any(
            |p| matches!(ty, syn::Type::Path(t) if t.qself.is_none() && t.path.is_ident(&p.ident)),
        )
    };
    sig.inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(t) => match &*t.pat {
                Pat::Ident(p) if p.subpat.is_none() && p.by_ref.is_none() => {
                    // A type with a lifetime may hand out borrows of
                    // something else (`Text<'a>::chars() -> Chars<'a>`).
                    let owned = matches!(&*t.ty, syn::Type::Path(_))
                        && !generic(&t.ty)
                        && !t.ty.to_token_stream().into_iter().any(|tt| {
                            matches!(tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == '\'')
                        });
                    let kind = if owned { Local::Owned } else { Local::Unknown };
                    Some((p.ident.to_string(), kind))
                }
                _ => None,
            },
            syn::FnArg::Receiver(_) => None,
        })
        .collect()
}

/// Parses the arguments of a marker: one expression, and for a coroutine's
/// `yield_from!(g, first)` the delegate's first resume value.
pub fn marker_args(
    mac: &Macro,
    marker: Marker,
    coroutine: bool,
) -> syn::Result<(Expr, Option<Expr>)> {
    if coroutine && marker == Marker::YieldFrom {
        if let Some(args) = markers::args(mac) {
            if args.len() == 2 {
                let mut args = args.into_iter();
                if let (Some(g), Some(first)) = (args.next(), args.next()) {
                    return Ok((g, Some(first)));
                }
            }
        }
    }
    marker_arg(mac, marker).map(|arg| (arg, None))
}

/// Parses the argument of `yield_!` / `yield_from!`: exactly one expression.
pub fn marker_arg(mac: &Macro, marker: Marker) -> syn::Result<Expr> {
    let name = marker.name();
    let what = match marker {
        Marker::Yield => "the value to yield",
        Marker::YieldFrom => "the iterable to yield from",
    };
    let args = mac
        .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
        .map_err(|e| {
            syn::Error::new(
                e.span(),
                format!(
                    "`{name}` takes one expression, {what}: {e}\n\nhelp: write `{name}(value)`"
                ),
            )
        })?;
    match args.len() {
        1 => Ok(args.into_iter().next().unwrap_or_else(|| unreachable!())),
        0 => Err(syn::Error::new_spanned(
            mac,
            format!("`{name}` needs one argument, {what}\n\nhelp: write `{name}(value)`"),
        )),
        n => Err(syn::Error::new_spanned(
            args.iter().skip(1).collect::<Punctuated<_, Token![,]>>(),
            format!(
                "`{name}` takes one argument, {n} were given\n\nhelp: to hand out several values at once, yield a tuple: `{name}((a, b))`"
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

/// What the body's own `let`s bind, as far as the syntax tells.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Local {
    /// Initialized by something that is certainly not a reference
    /// (`vec![..]`, `Vec::new()`, `.collect()`, an array, a struct): calling
    /// `.iter()` on it borrows the local itself.
    Owned,
    /// Anything else, which may be a reference copied out of an argument.
    Unknown,
    /// A name a `gen!` block captured by move: the block owns it.
    Captured,
}

struct Checker<'a> {
    errors: &'a mut Errors,
    /// The body is a coroutine's (`Some(resumed with ())`).
    coroutine: Option<bool>,
    /// The body is a `gen!` block's, which spells a yield `yield`.
    native: bool,
    place: Option<(Place, Span)>,
    /// How many loops of the body enclose the current expression.
    loops: usize,
    /// The body's locals in scope, innermost block last.
    scopes: Vec<Vec<(String, Local)>>,
}

impl Checker<'_> {
    fn misplaced(&mut self, marker: Marker, mac: &Macro, place: Place) {
        let error = misplaced(marker.name(), mac, place);
        self.errors.push(error);
    }

    /// How the body spells a yield.
    fn yield_name(&self) -> &'static str {
        if self.native { "yield" } else { "yield_!" }
    }

    fn nested(&mut self, place: Place, span: Span, f: impl FnOnce(&mut Self)) {
        let outer = self.place.replace((place, span));
        let loops = std::mem::take(&mut self.loops);
        f(self);
        self.loops = loops;
        self.place = outer;
    }

    fn in_loop(&mut self, f: impl FnOnce(&mut Self)) {
        self.loops += 1;
        f(self);
        self.loops -= 1;
    }

    fn local(&self, name: &str) -> Option<Local> {
        self.scopes
            .iter()
            .rev()
            .flatten()
            .rev()
            .find(|(n, _)| n == name)
            .map(|&(_, kind)| kind)
    }

    fn declare(&mut self, pat: &Pat, kind: Local) {
        let mut names = Vec::new();
        pat_idents(pat, &mut names);
        let kind = if matches!(pat, Pat::Ident(_) | Pat::Type(_)) {
            kind
        } else {
            Local::Unknown
        };
        if let Some(scope) = self.scopes.last_mut() {
            scope.extend(names.into_iter().map(|n| (n, kind)));
        }
    }

    /// `for pat in &local { .. yield_!(..) .. }` and its `.iter()` forms.
    fn for_over_borrow(&mut self, f: &syn::ExprForLoop) {
        if self.place.is_some() || !block_suspends(&f.body) {
            return;
        }
        let Some(borrow) = self.self_borrow(&f.expr) else {
            return;
        };
        let pat = f.pat.to_token_stream().to_string();
        let local = &borrow.local;
        let adapters = borrow.adapters.concat();
        let by_index = format!("for i in 0..{local}.len() {{ .. {local}[i] .. }}");
        let help = match borrow.method.as_deref() {
            None | Some("iter()" | "iter_mut()") => {
                let source = if adapters.is_empty() {
                    local.clone()
                } else {
                    format!("{local}.into_iter(){adapters}")
                };
                let by_value = if borrow.mutable && !pat.starts_with("mut ") {
                    format!("for mut {pat} in {source} {{ .. }}")
                } else {
                    format!("for {pat} in {source} {{ .. }}")
                };
                if borrow.mutable {
                    format!(
                        "iterate by index, which keeps `{local}` in the generator and lets the body change it:\n    {by_index}\nor by value, which moves `{local}` into the loop:\n    {by_value}"
                    )
                } else {
                    format!(
                        "iterate by value, which moves `{local}` into the loop:\n    {by_value}\nor by index, which keeps `{local}` usable after the loop:\n    {by_index}"
                    )
                }
            }
            Some(call) => {
                let name = call.split('(').next().unwrap_or_default();
                let owned = if OWNED_ITEMS.contains(&name) {
                    ""
                } else {
                    ".map(ToOwned::to_owned)"
                };
                format!(
                    "collect the items first, so that the loop owns them:\n    for {pat} in {local}.{call}{owned}{adapters}.collect::<Vec<_>>() {{ .. }}"
                )
            }
        };
        let yield_ = self.yield_name();
        let message = if self.local(local) == Some(Local::Captured) {
            format!(
                "this loop borrows `{local}`, which the `gen!` block captured by move, across a `yield`\n\nhelp: the block owns what it captures, and cannot hold a reference into it while it is suspended; borrow it before the block instead, so that the block captures the reference:\n    let {local} = &{local};\nor {help}"
            )
        } else {
            format!(
                "this loop borrows `{local}`, a local of the generator, across a `{yield_}`\n\nhelp: a generator cannot hold a reference into its own locals while it is suspended (it is resumed through `&mut self`); {help}"
            )
        };
        self.errors.push(syn::Error::new_spanned(&f.expr, message));
    }

    /// `let r = &local;` (or `local.iter()`, `&local[..]`, ..) where `r` is
    /// used after a later `yield_!` of the same block.
    fn let_borrows(&mut self, stmts: &[Stmt], i: usize) {
        let Stmt::Local(local) = &stmts[i] else {
            return;
        };
        let Some(init) = &local.init else {
            return;
        };
        if self.place.is_some() || init.diverge.is_some() {
            return;
        }
        let Some(borrow) = self.self_borrow(&init.expr) else {
            return;
        };
        let mut names = Vec::new();
        pat_idents(&local.pat, &mut names);
        let Some(held) = names.iter().find(|n| held_across_yield(stmts, i, n)) else {
            return;
        };
        let of = &borrow.local;
        let yield_ = self.yield_name();
        let (what, before) = if self.local(of) == Some(Local::Captured) {
            (
                "which the `gen!` block captured by move",
                format!(", or borrow `{of}` before the block: `let {of} = &{of};`"),
            )
        } else {
            ("a local of the generator", String::new())
        };
        self.errors.push(syn::Error::new_spanned(
            &init.expr,
            format!(
                "`{held}` borrows `{of}`, {what}, and is used after a `{yield_}`\n\nhelp: a generator cannot hold a reference into its own locals while it is suspended; keep an index or a copy instead (`.clone()`, `.to_owned()`), or use `{held}` only before the `{yield_}`{before}"
            ),
        ));
    }

    /// Whether `expr` borrows one of the body's own locals, and which.
    fn self_borrow(&self, expr: &Expr) -> Option<Borrow> {
        match expr {
            Expr::Paren(p) => self.self_borrow(&p.expr),
            Expr::Reference(r) => {
                let mutable = r.mutability.is_some();
                let borrow = |local| Borrow {
                    local,
                    mutable,
                    method: None,
                    adapters: Vec::new(),
                };
                if let Some(name) = path_ident(&r.expr) {
                    // `&local` borrows the local itself, whatever its type.
                    self.local(&name)?;
                    return Some(borrow(name));
                }
                let name = place_root(&r.expr)?;
                (self.local(&name)? == Local::Owned).then(|| borrow(name))
            }
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                if ADAPTERS.contains(&method.as_str()) {
                    let mut borrow = self.self_borrow(&m.receiver)?;
                    let args = if m.args.is_empty() { "" } else { ".." };
                    borrow.adapters.push(format!(".{method}({args})"));
                    return Some(borrow);
                }
                if !BORROWING.contains(&method.as_str()) {
                    return None;
                }
                let name = path_ident(&m.receiver)?;
                let args = m.args.to_token_stream().to_string();
                (self.local(&name)? == Local::Owned).then(|| Borrow {
                    local: name,
                    mutable: method.ends_with("_mut"),
                    method: Some(format!("{method}({args})")),
                    adapters: Vec::new(),
                })
            }
            _ => None,
        }
    }
}

/// A borrow of one of the body's locals.
struct Borrow {
    local: String,
    mutable: bool,
    /// The borrowing method (`iter`, `chars`), or none for `&local`.
    method: Option<String>,
    /// The adapters called on the borrow, as written: `.enumerate()`, `.map(..)`.
    adapters: Vec<String>,
}

/// Methods that hand out a borrow of their receiver.
const BORROWING: &[&str] = &[
    "iter",
    "iter_mut",
    "as_slice",
    "as_mut_slice",
    "as_str",
    "as_ref",
    "as_mut",
    "chars",
    "char_indices",
    "bytes",
    "lines",
    "split_whitespace",
    "windows",
    "chunks",
    "chunks_mut",
    "keys",
    "values",
    "values_mut",
    "split",
    "split_terminator",
    "rsplit",
    "splitn",
    "split_ascii_whitespace",
    "matches",
];

/// Borrowing methods whose items own their values: collecting them ends
/// the borrow.
const OWNED_ITEMS: &[&str] = &["chars", "char_indices", "bytes"];

/// Iterator adapters: `local.iter().enumerate()` still borrows `local`.
const ADAPTERS: &[&str] = &[
    "enumerate",
    "map",
    "filter",
    "filter_map",
    "flat_map",
    "rev",
    "skip",
    "take",
    "skip_while",
    "take_while",
    "step_by",
    "zip",
    "chain",
    "cloned",
    "copied",
    "peekable",
    "inspect",
];

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.scopes.push(Vec::new());
        for (i, stmt) in block.stmts.iter().enumerate() {
            self.visit_stmt(stmt);
            self.let_borrows(&block.stmts, i);
        }
        self.scopes.pop();
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        for attr in &local.attrs {
            self.visit_attribute(attr);
        }
        if let Some(init) = &local.init {
            self.visit_expr(&init.expr);
            if let Some((_, els)) = &init.diverge {
                self.visit_expr(els);
            }
        }
        self.visit_pat(&local.pat);
        let kind = match (&local.pat, &local.init) {
            (Pat::Type(t), _)
                if !matches!(*t.ty, syn::Type::Reference(_) | syn::Type::Infer(_)) =>
            {
                Local::Owned
            }
            (_, Some(init)) if owned(&init.expr) => Local::Owned,
            // `let text = first;` moves an owned local.
            (_, Some(init))
                if path_ident(&init.expr).and_then(|n| self.local(&n)) == Some(Local::Owned) =>
            {
                Local::Owned
            }
            _ => Local::Unknown,
        };
        self.declare(&local.pat, kind);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        if let Some(marker) = markers::marker(mac) {
            if let Some((place, _)) = self.place {
                self.misplaced(marker, mac, place);
                return;
            }
            match marker_args(mac, marker, self.coroutine.is_some()) {
                Ok((arg, None)) if marker == Marker::YieldFrom && self.coroutine == Some(false) => {
                    self.visit_expr(&arg);
                    self.errors.push(syn::Error::new_spanned(
                        mac,
                        "`yield_from!` needs the delegate's first resume value here: this coroutine is not resumed with `()`\n\nhelp: write `yield_from!(delegate, first)`; `first` starts the delegate, and every later resume value goes on to it, so the delegate is resumed with the same type as this coroutine",
                    ));
                }
                Ok((arg, first)) => {
                    self.visit_expr(&arg);
                    if let Some(first) = first {
                        self.visit_expr(&first);
                    }
                }
                Err(e) => self.errors.push(e),
            }
        } else if markers::is_gen_block(mac) {
            // A `gen!` block inside is a generator of its own.
        } else if let Some(tokens) = self
            .native
            .then(|| markers::keyword_in_tokens(&mac.tokens))
            .flatten()
        {
            let name = macro_name(mac);
            self.errors.push(syn::Error::new_spanned(
                tokens,
                format!(
                    "`yield` cannot be used inside the arguments of `{name}!`\n\nhelp: the generator only sees into its own macros; yield in a statement of its own before the `{name}!` call"
                ),
            ));
        } else if let Some((marker, tokens)) = markers::in_tokens(&mac.tokens) {
            let name = macro_name(mac);
            self.errors.push(syn::Error::new_spanned(
                tokens,
                format!(
                    "`{}` cannot be used inside the arguments of `{name}!`\n\nhelp: the generator only sees into its own macros; yield in a statement of its own before the `{name}!` call",
                    marker.name()
                ),
            ));
        } else if mac.path.is_ident("yield") {
            self.errors.push(keyword_yield(mac.path.span()));
        }
    }

    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Yield(y) => match self.place {
                Some((place, _)) if self.native => {
                    self.errors.push(misplaced("yield", y, place));
                }
                _ => self.errors.push(keyword_yield(y.yield_token.span)),
            },
            Expr::Return(ret) => {
                if let Some(value) = &ret.expr {
                    if self.place.is_none() && self.native {
                        self.errors.push(syn::Error::new_spanned(
                            ret,
                            "a `gen!` block cannot return a value\n\nhelp: yield it, then finish: `yield value; return;`",
                        ));
                    } else if self.place.is_none() && self.coroutine.is_none() {
                        self.errors.push(syn::Error::new_spanned(
                            ret,
                            "an iterator generator cannot return a value\n\nhelp: yield it, then finish: `yield_!(value); return;`, or return `impl Generator<Yield = Y, Return = T>` to finish with a value",
                        ));
                    }
                    self.visit_expr(value);
                }
            }
            Expr::Break(b) => {
                if b.label.is_none() && self.loops == 0 && self.place.is_none() {
                    self.errors.push(syn::Error::new_spanned(
                        b.break_token,
                        "`break` outside of a loop\n\nhelp: to finish the generator early, write `return;`",
                    ));
                }
                visit::visit_expr(self, expr);
            }
            Expr::Continue(c) => {
                if c.label.is_none() && self.loops == 0 && self.place.is_none() {
                    self.errors.push(syn::Error::new_spanned(
                        c.continue_token,
                        "`continue` outside of a loop\n\nhelp: `continue` goes to the next iteration of an enclosing `loop`, `while` or `for`",
                    ));
                }
            }
            Expr::ForLoop(f) => {
                for attr in &f.attrs {
                    self.visit_attribute(attr);
                }
                self.visit_expr(&f.expr);
                self.for_over_borrow(f);
                self.scopes.push(Vec::new());
                self.visit_pat(&f.pat);
                self.declare(&f.pat, Local::Unknown);
                self.in_loop(|me| me.visit_block(&f.body));
                self.scopes.pop();
            }
            Expr::Loop(l) => self.in_loop(|me| me.visit_block(&l.body)),
            Expr::While(e) => {
                self.visit_expr(&e.cond);
                self.in_loop(|me| me.visit_block(&e.body));
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
        // A nested `#[generator]` fn is checked by its own expansion.
        if let syn::Item::Fn(f) = item {
            if f.attrs.iter().any(is_generator_attr) {
                return;
            }
        }
        // Items have bodies of their own: only misplaced markers matter there.
        let scopes = std::mem::take(&mut self.scopes);
        self.nested(Place::Item, item.span(), |me| visit::visit_item(me, item));
        self.scopes = scopes;
    }
}

/// `#[generator]`, `#[gen_core::generator]`, `#[generator(crate = ..)]`.
fn is_generator_attr(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|s| s.ident == "generator")
}

fn macro_name(mac: &Macro) -> String {
    mac.path
        .segments
        .last()
        .map_or_else(String::new, |s| s.ident.to_string())
}

/// The error for a yield where the generator cannot suspend.
fn misplaced(name: &str, tokens: impl ToTokens, place: Place) -> syn::Error {
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
    syn::Error::new_spanned(
        tokens,
        format!("`{name}` cannot be used {msg}\n\nhelp: {help}"),
    )
}

fn keyword_yield(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "`yield` is a reserved keyword that stable Rust does not accept here\n\nhelp: write `yield_!(value)` to yield from a `#[generator]` function; the `yield value;` syntax works inside a `gen!{ .. }` block (`r#gen!` on edition 2024)",
    )
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

fn block_suspends(block: &syn::Block) -> bool {
    block.stmts.iter().any(markers::stmt_suspends)
}

/// `name`, when the expression is a plain one-segment path.
fn path_ident(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
        Expr::Paren(p) => path_ident(&p.expr),
        _ => None,
    }
}

/// The local a place expression starts from: `v` in `v[0].name`.
fn place_root(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Field(f) => place_root(&f.base),
        Expr::Index(i) => place_root(&i.expr),
        Expr::Paren(p) => place_root(&p.expr),
        _ => path_ident(expr),
    }
}

/// Whether an initializer certainly makes an owned value, not a reference.
fn owned(expr: &Expr) -> bool {
    match expr {
        Expr::Array(_) | Expr::Repeat(_) | Expr::Struct(_) | Expr::Tuple(_) => true,
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .is_some_and(|s| matches!(s.ident.to_string().as_str(), "vec" | "format")),
        Expr::Call(c) => match &*c.func {
            Expr::Path(p) => p.path.segments.last().is_some_and(|s| {
                matches!(
                    s.ident.to_string().as_str(),
                    "new" | "from" | "with_capacity" | "default" | "from_iter"
                )
            }),
            _ => false,
        },
        Expr::MethodCall(m) => matches!(
            m.method.to_string().as_str(),
            "collect" | "to_vec" | "to_owned" | "to_string" | "into_owned"
        ),
        Expr::Paren(p) => owned(&p.expr),
        _ => false,
    }
}

fn pat_idents(pat: &Pat, out: &mut Vec<String>) {
    struct Idents<'a>(&'a mut Vec<String>);
    impl<'ast> Visit<'ast> for Idents<'_> {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.push(p.ident.to_string());
            visit::visit_pat_ident(self, p);
        }
    }
    Idents(out).visit_pat(pat);
}

/// Whether the local `name`, declared by `stmts[i]`, is still used after a
/// later suspension point of the same block: then the generator keeps it
/// while suspended. This follows the documented rule for kept locals: after
/// a point, a mention (format strings included) keeps it; inside a loop, the
/// whole loop counts; a name starting with `_` is kept to the end of its
/// scope; a `drop(name)` before the point ends it.
fn held_across_yield(stmts: &[Stmt], i: usize, name: &str) -> bool {
    let Some(j) = (i + 1..stmts.len()).find(|&j| markers::stmt_suspends(&stmts[j])) else {
        return false;
    };
    if stmts[i + 1..j].iter().any(|s| drops(s, name)) {
        return false;
    }
    if name.starts_with('_') {
        return true;
    }
    // A statement that is one `yield_!` runs its argument before the point.
    let from = if is_marker_stmt(&stmts[j]) { j + 1 } else { j };
    for stmt in &stmts[from..] {
        let mut seen = HashSet::new();
        match stmt {
            Stmt::Local(local) if declares(&local.pat, name) => {
                if let Some(init) = &local.init {
                    crate::analyze::scan(init.expr.to_token_stream(), &mut seen);
                }
                return seen.contains(name);
            }
            _ => crate::analyze::scan(stmt.to_token_stream(), &mut seen),
        }
        if seen.contains(name) {
            return true;
        }
    }
    false
}

fn declares(pat: &Pat, name: &str) -> bool {
    let mut names = Vec::new();
    pat_idents(pat, &mut names);
    names.iter().any(|n| n == name)
}

fn is_marker_stmt(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Macro(m) => markers::marker(&m.mac).is_some(),
        Stmt::Expr(Expr::Macro(m), _) => markers::marker(&m.mac).is_some(),
        _ => false,
    }
}

/// `drop(name);`
fn drops(stmt: &Stmt, name: &str) -> bool {
    let Stmt::Expr(Expr::Call(call), _) = stmt else {
        return false;
    };
    let Expr::Path(f) = &*call.func else {
        return false;
    };
    f.path.segments.last().is_some_and(|s| s.ident == "drop")
        && call.args.len() == 1
        && path_ident(&call.args[0]).is_some_and(|a| a == name)
}

/// Which kind of guard a `let` keeps.
#[derive(Clone, Copy)]
enum Guard {
    Lock,
    RefCell,
}

/// Statements that make rustc warn, at the user's `.lock()` or
/// `.borrow_mut()`, about a guard the generator keeps while suspended: a call
/// to a `#[deprecated]` function of the runtime, since stable Rust has no
/// warning API for procedural macros. Goes at the start of the body.
///
/// ```text
/// let mut count = counter.lock().unwrap();   // warning at `lock`
/// yield_!(*count);
/// *count += 1;
/// ```
pub fn guard_warnings(block: &syn::Block, krate: &syn::Path) -> Vec<Stmt> {
    let mut finder = Guards(Vec::new());
    finder.visit_block(block);
    finder
        .0
        .into_iter()
        .map(|(span, guard)| {
            let helper = match guard {
                Guard::Lock => syn::Ident::new("lock_guard_held_across_yield", span),
                Guard::RefCell => syn::Ident::new("refcell_borrow_held_across_yield", span),
            };
            let call: TokenStream = quote_spanned!(span=> #krate::__private::#helper(););
            syn::parse2(call).unwrap_or_else(|_| Stmt::Expr(syn::parse_quote!(()), None))
        })
        .collect()
}

struct Guards(Vec<(Span, Guard)>);

impl<'ast> Visit<'ast> for Guards {
    fn visit_block(&mut self, block: &'ast syn::Block) {
        for (i, stmt) in block.stmts.iter().enumerate() {
            self.visit_stmt(stmt);
            let Stmt::Local(local) = stmt else {
                continue;
            };
            let Some((span, guard)) = local.init.as_ref().and_then(|i| guard(&i.expr)) else {
                continue;
            };
            let mut names = Vec::new();
            pat_idents(&local.pat, &mut names);
            if names.iter().any(|n| held_across_yield(&block.stmts, i, n)) {
                self.0.push((span, guard));
            }
        }
    }
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// `m.lock().unwrap()`, `c.borrow_mut()`, `l.write()?` and the like: the
/// span of the method that makes the guard, and its kind.
fn guard(expr: &Expr) -> Option<(Span, Guard)> {
    match expr {
        Expr::Try(t) => guard(&t.expr),
        Expr::Paren(p) => guard(&p.expr),
        Expr::MethodCall(m) => match m.method.to_string().as_str() {
            "unwrap" | "expect" => guard(&m.receiver),
            "lock" | "read" | "write" | "try_lock" | "try_read" | "try_write"
                if m.args.is_empty() =>
            {
                Some((m.method.span(), Guard::Lock))
            }
            "borrow" | "borrow_mut" | "try_borrow" | "try_borrow_mut" if m.args.is_empty() => {
                Some((m.method.span(), Guard::RefCell))
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(body: &str) -> Vec<String> {
        let block: syn::Block = syn::parse_str(body).expect("test bodies parse");
        let mut errors = Errors::default();
        super::body(&block, super::Context::default(), &mut errors);
        errors
            .finish()
            .err()
            .map(|e| e.into_iter().map(|e| e.to_string()).collect())
            .unwrap_or_default()
    }

    fn warnings(body: &str) -> usize {
        let block: syn::Block = syn::parse_str(body).expect("test bodies parse");
        guard_warnings(&block, &syn::parse_quote!(::gen_core)).len()
    }

    #[test]
    fn for_over_a_borrowed_local_is_reported_only_when_it_yields() {
        let found = errors("{ let v = vec![1]; for x in &v { yield_!(*x); } }");
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("for x in v"), "{found:?}");
        assert!(errors("{ let v = vec![1]; for x in &v { let _ = x; } yield_!(1); }").is_empty());
        // An argument may be borrowed; a reference copied from one may be
        // iterated.
        assert!(errors("{ for x in v.iter() { yield_!(*x); } }").is_empty());
        assert!(errors("{ let s = v; for x in s.iter() { yield_!(*x); } }").is_empty());
        assert_eq!(
            errors("{ let v: Vec<u8> = f(); for x in v.iter().enumerate() { yield_!(x); } }").len(),
            1
        );
    }

    #[test]
    fn fix_its_show_the_rewrite() {
        let found =
            errors("{ let v = vec![1]; for (i, x) in v.iter().enumerate() { yield_!(i); } }");
        assert!(found[0].contains("v.into_iter().enumerate()"), "{found:?}");
        let found = errors("{ let s = String::new(); for c in s.chars() { yield_!(c); } }");
        assert!(
            found[0].contains("s.chars().collect::<Vec<_>>()"),
            "{found:?}"
        );
        let found = errors("{ let mut v = vec![1]; for x in &mut v { yield_!(*x); } }");
        assert!(found[0].contains("for mut x in v"), "{found:?}");
    }

    #[test]
    fn a_let_borrow_is_reported_when_used_after_a_yield() {
        let held = "{ let v = vec![1]; let r = &v[0]; yield_!(1); yield_!(*r); }";
        assert_eq!(errors(held).len(), 1);
        let before = "{ let v = vec![1]; let r = &v[0]; yield_!(*r); yield_!(1); }";
        assert!(errors(before).is_empty());
        let shadowed = "{ let v = vec![1]; let r = &v; yield_!(1); let r = 2; yield_!(r); }";
        assert!(errors(shadowed).is_empty());
    }

    #[test]
    fn break_outside_a_loop() {
        assert_eq!(errors("{ yield_!(1); break; }").len(), 1);
        assert!(errors("{ loop { yield_!(1); break; } }").is_empty());
        assert!(errors("{ 'a: { yield_!(1); break 'a; } }").is_empty());
        assert!(errors("{ loop { let f = || { break; }; yield_!(1); } }").is_empty());
    }

    #[test]
    fn guards_kept_across_a_yield() {
        assert_eq!(
            warnings("{ let g = m.lock().unwrap(); yield_!(1); *g += 1; }"),
            1
        );
        assert_eq!(warnings("{ let _g = c.borrow_mut(); yield_!(1); }"), 1);
        assert_eq!(
            warnings("{ let g = l.write()?; for i in x { g.push(i); yield_!(i); } }"),
            1
        );
        assert_eq!(warnings("{ let g = m.lock().unwrap(); yield_!(*g); }"), 0);
        assert_eq!(
            warnings("{ let g = m.lock().unwrap(); drop(g); yield_!(1); }"),
            0
        );
        assert_eq!(
            warnings("{ let n = c.borrow().len(); yield_!(n); yield_!(n); }"),
            0
        );
        assert_eq!(
            warnings("{ let f = || { let g = m.lock(); }; yield_!(1); }"),
            0
        );
    }

    #[test]
    fn unusual_bodies_do_not_panic() {
        for body in [
            "{}",
            "{ yield_!(); }",
            "{ yield_!(,); }",
            "{ yield_!(1,); }",
            "{ yield_from!(a, b, c); }",
            "{ yield_! {} }",
            "{ gen_core::yield_![]; }",
            "{ let = ; }",
            "{ for in &v { yield_!(1) } }",
            "{ let x = &; }",
            "{ break 'a; continue; return; }",
            "{ yield_!(yield_!(yield_!(1))); }",
            "{ m!(yield_!); }",
            "{ m!(yield_); }",
            "{ async move { yield_from!(x) }; }",
            "{ fn f() { yield_!(1) } impl X { fn g() { yield_!(2) } } }",
        ] {
            let Ok(block) = syn::parse_str::<syn::Block>(body) else {
                continue;
            };
            let mut errors = Errors::default();
            super::body(&block, super::Context::default(), &mut errors);
            let _ = guard_warnings(&block, &syn::parse_quote!(::gen_core));
        }
    }
}
