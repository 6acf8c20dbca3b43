//! Syntax-level mutations: the item is parsed as a function and one of its
//! expressions, blocks or signature parts is rewritten into other valid
//! Rust, so that most mutants get past parsing and into the transform.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ItemFn, Stmt};

use super::Flavor;
use super::rng::Rng;

/// Applies one syntax-level mutation; `None` when the item is not a function
/// or the chosen rewrite did not apply.
pub fn mutate(item: &TokenStream, rng: &mut Rng) -> Option<TokenStream> {
    mutate_with(item, rng, Flavor::Iterator)
}

/// [`mutate`] with the new expressions, statements and signatures of
/// `flavor` mixed in.
pub fn mutate_with(item: &TokenStream, rng: &mut Rng, flavor: Flavor) -> Option<TokenStream> {
    let mut f: ItemFn = syn::parse2(item.clone()).ok()?;
    let applied = match rng.below(10) {
        0..=3 => rewrite_expr(&mut f, rng, flavor),
        4..=7 => rewrite_block(&mut f, rng, flavor),
        _ if flavor == Flavor::Coroutine && rng.chance(1, 2) => co_signature(&mut f, rng),
        _ => rewrite_signature(&mut f, rng),
    };
    applied.then(|| f.into_token_stream())
}

/// One syntax-level mutation of a `gen!` block's tokens: its statements are
/// mutated as a function's body.
pub fn mutate_block(tokens: &TokenStream, rng: &mut Rng) -> Option<TokenStream> {
    let stmts = syn::parse::Parser::parse2(Block::parse_within, tokens.clone()).ok()?;
    let mut f: ItemFn = syn::parse2(quote!(fn __fuzz_block() { #(#stmts)* })).ok()?;
    let applied = if rng.chance(1, 2) {
        rewrite_expr(&mut f, rng, Flavor::Block)
    } else {
        rewrite_block(&mut f, rng, Flavor::Block)
    };
    let stmts = &f.block.stmts;
    applied.then(|| quote!(#(#stmts)*))
}

/// `item`, a function, made a coroutine: its return type becomes an
/// `impl Generator<R, Yield = .., Return = ..>` (the iterator's item, when it
/// has one, is the `Yield`), with a `#[resume]` parameter when `R` is not
/// `()`, and a tail when `Return` is not `()`.
pub fn to_coroutine(item: &TokenStream, rng: &mut Rng) -> Option<TokenStream> {
    let mut f: ItemFn = syn::parse2(item.clone()).ok()?;
    let item_ty = match &f.sig.output {
        syn::ReturnType::Type(_, ty) => iterator_item(ty),
        syn::ReturnType::Default => None,
    }
    .unwrap_or_else(|| syn::parse_quote!(u32));
    let unit = rng.chance(1, 2);
    let r = if unit {
        *rng.pick(&["", "(), "])
    } else {
        "u32, "
    };
    let (ret, tail) = *rng.pick(&[
        ("", false),
        (", Return = ()", false),
        (", Return = u32", true),
        (", Return = Option<u32>", true),
    ]);
    let bounds = *rng.pick(&["", "", " + Clone", " + Send", " + '_"]);
    let r: TokenStream = r.parse().ok()?;
    let ret: TokenStream = ret.parse().ok()?;
    let bounds: TokenStream = bounds.parse().ok()?;
    let ty: syn::Type =
        syn::parse2(quote!(impl Generator<#r Yield = #item_ty #ret> #bounds)).ok()?;
    f.sig.output = syn::ReturnType::Type(syn::token::RArrow::default(), Box::new(ty));
    if !unit {
        let param: syn::FnArg = syn::parse2(quote!(#[resume] __r: u32)).ok()?;
        let at = rng.below(f.sig.inputs.len() + 1);
        f.sig.inputs.insert(at, param);
    }
    if tail {
        fix_tails(&mut f.block);
        let last_is_tail = matches!(f.block.stmts.last(), Some(Stmt::Expr(_, None)));
        if !last_is_tail {
            let value: Expr = if ret.to_string().contains("Option") {
                syn::parse_quote!(Some(0))
            } else {
                syn::parse_quote!(0)
            };
            f.block.stmts.push(Stmt::Expr(value, None));
        }
    }
    Some(f.into_token_stream())
}

/// The `Item` of `impl Iterator<Item = T>` or `Box<dyn Iterator<Item = T>>`.
fn iterator_item(ty: &syn::Type) -> Option<syn::Type> {
    struct Find(Option<syn::Type>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_assoc_type(&mut self, a: &'ast syn::AssocType) {
            if self.0.is_none() && a.ident == "Item" {
                self.0 = Some(a.ty.clone());
            }
        }
    }
    let mut find = Find(None);
    syn::visit::Visit::visit_type(&mut find, ty);
    find.0
}

/// The statements of `item`, a function, as a `gen!` block's tokens: most
/// `yield_!(e)` become native `yield e`.
pub fn to_block(item: &TokenStream, rng: &mut Rng) -> Option<TokenStream> {
    let mut f: ItemFn = syn::parse2(item.clone()).ok()?;
    let mut native = Native { rng };
    native.visit_block_mut(&mut f.block);
    let stmts = &f.block.stmts;
    Some(quote!(#(#stmts)*))
}

/// Rewrites markers into native `yield`.
struct Native<'r> {
    rng: &'r mut Rng,
}

impl Native<'_> {
    /// `yield value` for `yield_!(value)` (`yield` for `yield_!()`), when
    /// the dice say so.
    fn native(&mut self, mac: &syn::Macro) -> Option<Expr> {
        let name = mac.path.segments.last()?.ident.to_string();
        if name != "yield_" || !self.rng.chance(3, 4) {
            return None;
        }
        if mac.tokens.is_empty() {
            return syn::parse2(quote!(yield)).ok();
        }
        let value: Expr = mac.parse_body().ok()?;
        syn::parse2(quote!(yield #value)).ok()
    }
}

impl VisitMut for Native<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Macro(m) = e {
            if let Some(y) = self.native(&m.mac) {
                *e = Expr::Paren(syn::ExprParen {
                    attrs: Vec::new(),
                    paren_token: syn::token::Paren::default(),
                    expr: Box::new(y),
                });
                return;
            }
        }
        visit_mut::visit_expr_mut(self, e);
    }

    fn visit_stmt_mut(&mut self, s: &mut Stmt) {
        if let Stmt::Macro(m) = s {
            if let Some(y) = self.native(&m.mac) {
                *s = Stmt::Expr(y, Some(syn::Token![;](proc_macro2::Span::call_site())));
                return;
            }
        }
        visit_mut::visit_stmt_mut(self, s);
    }
}

/// A coroutine's signature: its return type or a `#[resume]` parameter.
fn co_signature(f: &mut ItemFn, rng: &mut Rng) -> bool {
    let sig = &mut f.sig;
    if rng.chance(1, 2) {
        let ty: TokenStream = rng
            .pick(&[
                "impl Generator<u32, Yield = u32, Return = u32>",
                "impl Generator<Yield = u8>",
                "impl Generator<(), Yield = u8, Return = ()>",
                "impl Generator<u32, Yield = u32, Return = Result<u32, E>> + Clone + Send",
                "impl Generator<&'a str, Yield = u8, Return = String> + 'a",
                "Box<dyn Generator<u32, Yield = u32, Return = u32>>",
                "Box<dyn Generator<Yield = u8> + Send + Sync>",
                "impl Generator<u32, Yield = u32, Return = u32> + Iterator<Item = u32>",
                "impl Generator<u32, u8, Yield = u32>",
                "impl Generator<Yield = u32, Yield = u8>",
                "impl Generator<R = u32, Yield = u8>",
                "impl Generator",
                "impl Generator<u32>",
                "impl gen_core::Generator<u32, Yield = u32, Return = u32>",
                "impl Generator<u32, Yield = impl Sized, Return = impl Sized>",
                "impl Generator<u32, Yield = u32, Return = Self>",
                "impl Generator<[u8; { yield_!(1); 2 }], Yield = u8>",
                "dyn Generator<u32, Yield = u32>",
            ])
            .parse()
            .ok()
            .unwrap_or_default();
        return match syn::parse2(ty) {
            Ok(ty) => {
                sig.output = syn::ReturnType::Type(syn::token::RArrow::default(), Box::new(ty));
                true
            }
            Err(_) => false,
        };
    }
    let arg = rng.pick(&[
        "#[resume] r: u32",
        "#[resume] mut r: u32",
        "#[resume] _: u32",
        "#[resume] (a, b): (u32, u32)",
        "#[resume] S { x, .. }: S",
        "#[resume] &r: &u32",
        "#[resume] ref r: u32",
        "#[resume] r @ 1..=2: u32",
        "#[resume] __resumed: u32",
        "#[resume] __state: u32",
        "#[resume] self",
        "#[resume] &self",
        "#[resume(x)] r: u32",
        "#[resume = 1] r: u32",
        "#[resume] #[cfg(x)] r: u32",
        "#[cfg(x)] #[resume] r: u32",
        "#[resume] r: impl Sized",
        "#[resume] r: [u8; { yield_!(1); 2 }]",
    ]);
    let arg: Option<syn::FnArg> = arg.parse().ok().and_then(|t| syn::parse2(t).ok());
    let Some(arg) = arg else { return false };
    let at = rng.below(sig.inputs.len() + 1);
    sig.inputs.insert(at, arg);
    true
}

/// Counts the nodes a visitor would offer, then picks one.
struct Counter {
    exprs: usize,
    blocks: usize,
}

impl VisitMut for Counter {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        self.exprs += 1;
        visit_mut::visit_expr_mut(self, e);
    }
    fn visit_block_mut(&mut self, b: &mut Block) {
        self.blocks += 1;
        visit_mut::visit_block_mut(self, b);
    }
}

fn counts(f: &mut ItemFn) -> Counter {
    let mut c = Counter {
        exprs: 0,
        blocks: 0,
    };
    c.visit_block_mut(&mut f.block);
    c
}

/// Rewrites expression number `target` (preorder) with `edit`.
struct AtExpr<'r> {
    target: usize,
    seen: usize,
    rng: &'r mut Rng,
    done: bool,
    flavor: Flavor,
}

impl VisitMut for AtExpr<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if self.done {
            return;
        }
        if self.seen == self.target {
            self.done = true;
            if let Some(new) = expr_variant(e, self.rng, self.flavor) {
                *e = new;
            }
            return;
        }
        self.seen += 1;
        visit_mut::visit_expr_mut(self, e);
    }
}

fn rewrite_expr(f: &mut ItemFn, rng: &mut Rng, flavor: Flavor) -> bool {
    let n = counts(f).exprs;
    if n == 0 {
        return false;
    }
    let mut v = AtExpr {
        target: rng.below(n),
        seen: 0,
        rng,
        done: false,
        flavor,
    };
    v.visit_block_mut(&mut f.block);
    v.done
}

/// A small expression, often one that suspends.
fn small_expr(rng: &mut Rng, flavor: Flavor) -> TokenStream {
    let n = rng.below(100);
    if flavor != Flavor::Iterator && rng.chance(1, 3) {
        return flavored_expr(rng, flavor, n);
    }
    match rng.below(14) {
        0..=3 => quote!(yield_!(#n)),
        4 => quote!(yield_from!(0..#n)),
        5 => quote!({ yield_!(#n); #n }),
        6 => quote!(x),
        7 => quote!(self),
        8 => quote!(#n),
        9 => quote!(yield_!()),
        10 => quote!(yield_!(1, 2)),
        11 => quote!(gen_core::yield_!(#n)),
        12 => quote!(loop { yield_!(#n); break #n; }),
        _ => quote!((yield_!(#n), #n).1),
    }
}

/// A small expression of a coroutine (yields' values, delegation) or a
/// `gen!` block (native `yield`).
fn flavored_expr(rng: &mut Rng, flavor: Flavor, n: usize) -> TokenStream {
    if flavor == Flavor::Block {
        return match rng.below(6) {
            0..=2 => quote!((yield #n)),
            3 => quote!((yield)),
            4 => quote!({ yield #n; #n }),
            _ => quote!(yield_from!(r#gen! { yield #n; })),
        };
    }
    match rng.below(9) {
        0..=2 => quote!(yield_!(#n) + 1),
        3 => quote!(yield_from!(sub(#n), #n)),
        4 => quote!(yield_from!(sub(#n), yield_!(#n))),
        5 => quote!(yield_from!(sub(yield_!(#n)))),
        6 => quote!(yield_from!(sub(#n), #n, #n)),
        7 => quote!(yield_!(yield_!(#n))),
        _ => quote!(if yield_!(#n) > 1 { return #n; } else { #n }),
    }
}

fn label(rng: &mut Rng) -> syn::Lifetime {
    let name = *rng.pick(&[
        "'a", "'b", "'outer", "'inner", "'found", "'__step0", "'static", "'_",
    ]);
    syn::Lifetime::new(name, proc_macro2::Span::call_site())
}

/// A rewrite of `e` into an expression that contains it, or replaces it.
fn expr_variant(e: &Expr, rng: &mut Rng, flavor: Flavor) -> Option<Expr> {
    let y = small_expr(rng, flavor);
    let l = label(rng);
    let tokens = match rng.below(56) {
        40 => quote!(const { #e }),
        41 => quote!([#e; #y]),
        42 => quote!([#y; 3]),
        43 => quote!(#e.await),
        44 => quote!(S { f: #y, ..#e }),
        45 => quote!(S(#y, #e)),
        46 => quote!(#e..#y),
        47 => quote!(..#y),
        48 => quote!(&mut *#e),
        49 => quote!(try { #e }),
        50 => quote!(yield_! { #e }),
        51 => quote!(yield_![#e]),
        52 => quote!(m!(#y)),
        53 => quote!(async move { #y }),
        54 => quote!(match #e { x if x == 0 => #y, Some(ref mut z) => z, _ => #e }),
        55 => quote!(if let Some(x) = #y && let Some(y) = #e { x } else { #y }),
        0 => quote!(yield_!(#e)),
        1 => quote!(yield_from!(#e)),
        2 => quote!({ #y; #e }),
        3 => quote!({ let __t = #e; #y; __t }),
        4 => quote!((#e)),
        5 => quote!({ #e }),
        6 => quote!(loop { break #e; }),
        7 => quote!(#l: { break #l #e; }),
        8 => quote!(if #y == () { #e } else { #e }),
        9 => quote!(match #y { _ => #e }),
        10 => quote!((|| #e)()),
        11 => quote!(unsafe { #e }),
        12 => quote!(async { #e }),
        13 => quote!(#e?),
        14 => quote!(&#e),
        15 => quote!(-#e),
        16 => quote!(#e.method(#y)),
        17 => quote!([#e, #y]),
        18 => quote!(f(#e, #y)),
        19 => quote!((#e, #y)),
        20 => quote!(#e as u8),
        21 => quote!(#e + #y),
        22 => quote!(#y && #e),
        23 => quote!(#e || #y),
        24 => quote!(break),
        25 => quote!(continue),
        26 => quote!(return),
        27 => quote!(break #l #e),
        28 => quote!(continue #l),
        29 => quote!(return #e),
        30 => quote!(#y),
        31 => quote!(vec![#y, #e]),
        32 => quote!(println!("{}", #y)),
        33 => quote!(move || { #y }),
        34 => quote!(#e = #y),
        35 => quote!(#e[#y]),
        36 => quote!(#e.field),
        37 => quote!(while #y { #e; }),
        38 => quote!(for _ in #y { #e; }),
        _ => quote!(#l: loop { #e; #y; break #l; }),
    };
    syn::parse2(tokens).ok()
}

/// Rewrites block number `target` (preorder) with `edit`.
struct AtBlock<'r> {
    target: usize,
    seen: usize,
    rng: &'r mut Rng,
    done: bool,
    flavor: Flavor,
}

impl VisitMut for AtBlock<'_> {
    fn visit_block_mut(&mut self, b: &mut Block) {
        if self.done {
            return;
        }
        if self.seen == self.target {
            self.done = edit_block(b, self.rng, self.flavor);
            return;
        }
        self.seen += 1;
        visit_mut::visit_block_mut(self, b);
    }
}

fn rewrite_block(f: &mut ItemFn, rng: &mut Rng, flavor: Flavor) -> bool {
    let n = counts(f).blocks;
    let mut v = AtBlock {
        target: rng.below(n.max(1)),
        seen: 0,
        rng,
        done: false,
        flavor,
    };
    v.visit_block_mut(&mut f.block);
    v.done
}

/// A statement, often one that suspends or jumps.
fn stmt_variant(rng: &mut Rng, flavor: Flavor) -> Option<Stmt> {
    let y = small_expr(rng, flavor);
    let l = label(rng);
    let tokens = if flavor != Flavor::Iterator && rng.chance(1, 3) {
        flavored_stmt(rng, flavor, &y)
    } else {
        plain_stmt(rng, &y, &l)
    };
    syn::parse2::<Block>(quote!({ #tokens }))
        .ok()
        .and_then(|b| b.stmts.into_iter().next())
}

/// A statement of a coroutine or a `gen!` block.
fn flavored_stmt(rng: &mut Rng, flavor: Flavor, y: &TokenStream) -> TokenStream {
    if flavor == Flavor::Block {
        return match rng.below(6) {
            0..=2 => quote!(yield #y;),
            3 => quote!(yield;),
            4 => quote!(let x = yield #y;),
            _ => quote!(let it = r#gen! { yield #y; };),
        };
    }
    match rng.below(8) {
        0 => quote!(return #y;),
        1 => quote!(return;),
        2 => quote!(x = yield_!(#y);),
        3 => quote!(let x = yield_!(#y);),
        4 => quote!(let _ = yield_!(#y);),
        5 => quote!(let v = yield_from!(sub(1), #y)?;),
        6 => quote!(let Some(x) = yield_!(#y) else { return None; };),
        _ => quote!(while yield_!(#y) {
            x += 1;
        }),
    }
}

/// A statement of any generator.
fn plain_stmt(rng: &mut Rng, y: &TokenStream, l: &syn::Lifetime) -> TokenStream {
    match rng.below(34) {
        24 => quote!(yield_! { #y }),
        25 => quote!(yield_![#y];),
        26 => quote!(const X: u8 = { #y; 2 };),
        27 => quote!(static S: [u8; { #y; 2 }] = [0; 2];),
        28 => quote!(let _ = [0u8; #y];),
        29 => quote!(let x: [u8; { #y; 2 }] = [0; 2];),
        30 => quote!(
            macro_rules! m { () => { #y } }
        ),
        31 => quote!(m!();),
        32 => quote!(impl S { fn g(&self) { #y } }),
        33 => quote!(let x = match #y { _ => return, };),
        0..=2 => quote!(#y;),
        3 => quote!(let x = #y;),
        4 => quote!(let mut x = #y;),
        5 => quote!(let Some(x) = Some(#y) else { #y; return; };),
        6 => quote!(let (a, b) = (#y, 1);),
        7 => quote!(if let Some(x) = Some(#y) && x > 1 { #y; }),
        8 => quote!(break;),
        9 => quote!(continue;),
        10 => quote!(return;),
        11 => quote!(break #l;),
        12 => quote!(continue #l;),
        13 => quote!(fn inner() { #y; }),
        14 => quote!(let c = || #y;),
        15 => quote!(let fut = async move { #y };),
        16 => quote!(println!("{}", #y);),
        17 => quote!(x += #y;),
        18 => quote!(drop(#y);),
        19 => quote!(let x;),
        20 => quote!(x = #y;),
        21 => quote!(
            struct S {
                f: u8,
            }
        ),
        22 => quote!(match x { _ if #y => {} _ => #y }),
        _ => quote!(yield!(1);),
    }
}

fn edit_block(b: &mut Block, rng: &mut Rng, flavor: Flavor) -> bool {
    let len = b.stmts.len();
    match rng.below(10) {
        // insert a statement
        0..=2 => {
            let Some(s) = stmt_variant(rng, flavor) else {
                return false;
            };
            let at = rng.below(len + 1);
            // A tail expression must stay last: give it a semicolon first.
            b.stmts.insert(at, s);
            fix_tails(b);
        }
        // delete one
        3 if len > 0 => {
            b.stmts.remove(rng.below(len));
        }
        // duplicate one
        4 if len > 0 => {
            let i = rng.below(len);
            let s = b.stmts[i].clone();
            b.stmts.insert(i, s);
            fix_tails(b);
        }
        // swap two
        5 if len > 1 => {
            let i = rng.below(len);
            let j = rng.below(len);
            b.stmts.swap(i, j);
            fix_tails(b);
        }
        // wrap a run of statements in control flow
        6..=8 if len > 0 => {
            let start = rng.below(len);
            let end = rng.range(start, len - 1) + 1;
            let run: Vec<Stmt> = b.stmts.drain(start..end).collect();
            let y = small_expr(rng, flavor);
            let l = label(rng);
            let tokens = match rng.below(14) {
                0 => quote!(loop { #(#run)* ; break; }),
                1 => quote!(while #y == () { #(#run)* }),
                2 => quote!(for x in 0..3 { #(#run)* }),
                3 => quote!(#l: { #(#run)* }),
                4 => quote!(#l: loop { #(#run)* ; break #l; }),
                5 => quote!(if x { #(#run)* } else { #y; }),
                6 => quote!(match x { 0 => { #(#run)* } _ => {} }),
                7 => quote!(unsafe { #(#run)* }),
                8 => quote!((|| { #(#run)* })();),
                9 => quote!(let _ = async move { #(#run)* };),
                10 => quote!(fn nested() { #(#run)* }),
                11 => quote!(while let Some(x) = it.next() { #(#run)* }),
                12 => quote!(let v = #l: { #(#run)* break #l 1; };),
                _ => quote!({ #(#run)* }),
            };
            let Ok(wrapped) = syn::parse2::<Block>(quote!({ #tokens })) else {
                return false;
            };
            for (k, s) in wrapped.stmts.into_iter().enumerate() {
                b.stmts.insert(start + k, s);
            }
            fix_tails(b);
        }
        // empty the block
        _ => b.stmts.clear(),
    }
    true
}

/// Gives every statement but the last an ending that lets it stand there.
fn fix_tails(b: &mut Block) {
    let last = b.stmts.len().saturating_sub(1);
    for (i, s) in b.stmts.iter_mut().enumerate() {
        if i != last {
            if let Stmt::Expr(_, semi @ None) = s {
                *semi = Some(syn::Token![;](proc_macro2::Span::call_site()));
            }
        }
    }
}

fn rewrite_signature(f: &mut ItemFn, rng: &mut Rng) -> bool {
    let sig = &mut f.sig;
    match rng.below(12) {
        0 => {
            let ty: TokenStream = rng
                .pick(&[
                    "impl Iterator<Item = u8>",
                    "impl Iterator<Item = impl Sized>",
                    "impl Iterator",
                    "impl Iterator<Item = u8> + Clone + Send + Sync + 'static",
                    "impl FusedIterator<Item = Self>",
                    "impl Iterator<Item = u8> + Iterator<Item = u8>",
                    "impl Iterator<Item = u8> + Debug",
                    "impl for<'a> Iterator<Item = &'a u8>",
                    "impl ?Sized + Iterator<Item = u8>",
                    "impl Iterator<Item = u8> + use<>",
                    "Box<dyn Iterator<Item = u8>>",
                    "Box<dyn Iterator<Item = u8> + Send + 'static>",
                    "Box<dyn Iterator<Item = u8> + Clone>",
                    "Box<dyn Iterator<Item = u8>, Global>",
                    "std::boxed::Box<dyn Iterator<Item = u8>>",
                    "Box<impl Iterator<Item = u8>>",
                    "Box<dyn Iterator<Item = Box<dyn Iterator<Item = u8>>>>",
                    "impl Iterator<Item = [u8; { yield_!(1); 2 }]>",
                    "Vec<u8>",
                    "()",
                    "!",
                    "Self",
                    "impl Iterator<Item = u8, Item = u16>",
                    "impl Iterator<Item<'a> = u8>",
                    "impl Iterator<u8>",
                    "impl Iterator<Item: Copy>",
                    "dyn Iterator<Item = u8>",
                    "impl Fn() -> u8",
                ])
                .parse()
                .ok()
                .unwrap_or_default();
            match syn::parse2(ty) {
                Ok(ty) => {
                    sig.output = syn::ReturnType::Type(syn::token::RArrow::default(), Box::new(ty));
                }
                Err(_) => return false,
            }
        }
        1 => sig.output = syn::ReturnType::Default,
        2 => sig.asyncness = Some(syn::token::Async::default()),
        3 => sig.constness = Some(syn::token::Const::default()),
        4 => sig.unsafety = Some(syn::token::Unsafe::default()),
        5 => {
            let abi: Option<syn::Abi> = syn::parse2(quote!(extern "C")).ok();
            sig.abi = abi;
        }
        6 => {
            let arg = rng.pick(&[
                "self",
                "&self",
                "&mut self",
                "mut self",
                "self: Box<Self>",
                "self: &'a Self",
                "_0: u8",
                "__: u8",
                "_: u8",
                "r#type: u8",
                "r#self_: u8",
                "mut x: u8",
                "ref x: u8",
                "ref mut y: u8",
                "x @ 1..=2: u8",
                "(a, b): (u8, u8)",
                "[a, b]: [u8; 2]",
                "&x: &u8",
                "S { x, .. }: S",
                "__state: u8",
                "__self: u8",
                "__value: u8",
                "x: u8",
                "value: u8",
                "T0: u8",
                "#[cfg(x)] c: u8",
                "it: impl Iterator<Item = u8>",
                "f: impl Fn() -> u8",
                "gen: u8",
                "Self: u8",
                "x: [u8; { yield_!(1); 3 }]",
            ]);
            let arg: Option<syn::FnArg> = arg.parse().ok().and_then(|t| syn::parse2(t).ok());
            let Some(arg) = arg else { return false };
            let at = rng.below(sig.inputs.len() + 1);
            sig.inputs.insert(at, arg);
        }
        7 => {
            let generics: TokenStream = rng
                .pick(&[
                    "<T>",
                    "<'a, T: 'a + Clone, const N: usize>",
                    "<T0, __State>",
                    "<'__step0>",
                    "<T = u8>",
                    "<const X: u8 = { 1 }>",
                ])
                .parse()
                .unwrap_or_default();
            match syn::parse2(generics) {
                Ok(g) => sig.generics = g,
                Err(_) => return false,
            }
            if rng.chance(1, 2) {
                sig.generics.where_clause =
                    syn::parse2(quote!(where T: Iterator<Item = u8>, for<'b> &'b T: Copy)).ok();
            }
        }
        8 => {
            let ident = rng.pick(&[
                "r#type", "__State", "yield_", "r#gen", "gen", "_0", "_", "Self",
            ]);
            if let Ok(i) = syn::parse_str::<syn::Ident>(ident) {
                sig.ident = i;
            } else {
                return false;
            }
        }
        9 => {
            let attr = rng.pick(&[
                "#[doc = \"x\"]",
                "#[cfg(any())]",
                "#[generator]",
                "#[generator(crate = x)]",
                "#[inline(always)]",
                "#![allow(unused)]",
                "#[deny(warnings)]",
                "#[track_caller]",
            ]);
            let parsed = attr
                .parse::<TokenStream>()
                .ok()
                .and_then(|t| syn::parse::Parser::parse2(syn::Attribute::parse_outer, t).ok());
            let Some(attrs) = parsed else { return false };
            f.attrs.extend(attrs);
        }
        10 => {
            if sig.inputs.is_empty() {
                return false;
            }
            let i = rng.below(sig.inputs.len());
            let _ = sig.inputs.iter().nth(i);
            let mut inputs: Vec<syn::FnArg> = sig.inputs.iter().cloned().collect();
            inputs.remove(i);
            sig.inputs = inputs.into_iter().collect();
        }
        _ => {
            let vis = rng.pick(&["pub", "pub(crate)", "pub(super)", "pub(in a::b)", ""]);
            match syn::parse_str::<syn::Visibility>(vis) {
                Ok(v) => f.vis = v,
                Err(_) => return false,
            }
        }
    }
    true
}
