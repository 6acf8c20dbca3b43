//! Lowers the body into the model's tree.
//!
//! Input: the body after the prepass. Output: a `Block` in which every
//! suspension point is a `NodeKind::Yield`, and in which the only expressions
//! that contain suspension points are blocks, `if`, `match`, `loop` and
//! compound expressions with one suspending operand (`NodeKind::Hole`).
//!
//! - `while` and `for` that suspend become `loop`s (`for` keeps its iterator in
//!   a local); `yield_from!(e)` becomes the same loop over `e`.
//! - The operands evaluated before a suspending operand are spilled to locals,
//!   so that resuming re-evaluates none of them:
//!   `f(a(), yield_!(x))` becomes `let __t0 = a(); f(__t0, yield_!(x))`.
//!   Place operands (a method receiver `v`, `self.items`) stay in place: they
//!   are re-evaluated after the resume, which rustc's borrow rules make
//!   indistinguishable.
//! - Statements and expressions without suspension points stay as written.

use proc_macro2::{Ident, Span};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Pat, parse_quote};

use crate::check;
use crate::markers::{self, Marker};
use crate::model::{Arm, Binding, Block, GenFn, Init, Node, NodeKind, Stmt};
use crate::names;

pub struct Lowered {
    pub body: Block,
    pub points: usize,
    /// The body's top-level items, emitted once beside the state machine.
    pub items: Vec<syn::Stmt>,
}

pub fn body(genfn: &GenFn, block: syn::Block) -> Lowered {
    let mut lower = Lower {
        genfn,
        blocks: 0,
        points: 0,
        temps: 0,
    };
    let mut stmts: Vec<syn::Stmt> = genfn
        .args
        .iter()
        .map(|arg| {
            let pat = &arg.pat;
            let field = &arg.field;
            let allow = arg.captured.then(|| quote!(#[allow(unused_mut)]));
            parse_quote!(#allow let #pat = #field;)
        })
        .collect();
    if let Some((pat, ty)) = &genfn.resume {
        // The first resume value; typed as the parameter says, so that a
        // type that differs from the coroutine's `R` is reported there.
        let arg = names::resume_arg(ty.span());
        stmts.push(parse_quote!(let #pat: #ty = #arg;));
    }
    let (items, rest): (Vec<_>, Vec<_>) = block.stmts.into_iter().partition(is_item);
    stmts.extend(rest);
    let body = lower.block(
        syn::Block {
            brace_token: block.brace_token,
            stmts,
        },
        None,
        false,
        Vec::new(),
    );
    Lowered {
        body,
        points: lower.points,
        items,
    }
}

/// Items, and `macro_rules!` definitions, which act as items.
pub fn is_item(stmt: &syn::Stmt) -> bool {
    match stmt {
        syn::Stmt::Item(_) => true,
        syn::Stmt::Macro(m) => m.mac.path.is_ident("macro_rules"),
        _ => false,
    }
}

struct Lower<'a> {
    genfn: &'a GenFn,
    blocks: usize,
    points: usize,
    temps: usize,
}

/// Whether an operand is evaluated as a place (borrowed or assigned), or as a
/// value (moved or copied).
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Place,
    Value,
}

impl Lower<'_> {
    fn temp(&mut self, base: &str, at: Span) -> Ident {
        let n = self.temps;
        self.temps += 1;
        names::internal(&format!("__{base}{n}"), at)
    }

    fn block(
        &mut self,
        block: syn::Block,
        label: Option<syn::Label>,
        unsafety: bool,
        binds: Vec<Binding>,
    ) -> Block {
        let id = self.blocks;
        self.blocks += 1;
        let start = self.points;
        let mut stmts = Vec::new();
        for stmt in block.stmts {
            self.stmt(stmt, &mut stmts);
        }
        if self.points > start {
            // Continuations repeat a block's items; some copies go unused.
            for stmt in &mut stmts {
                if let Stmt::Plain(syn::Stmt::Item(item)) = stmt {
                    if let Some(attrs) = item_attrs(item) {
                        attrs.push(parse_quote!(#[allow(dead_code)]));
                    }
                }
            }
        }
        Block {
            id,
            label,
            unsafety,
            binds,
            stmts,
            points: start..self.points,
        }
    }

    /// A block that holds one expression, as a branch or an arm body.
    fn expr_block(&mut self, expr: Expr, binds: Vec<Binding>) -> Block {
        match expr {
            Expr::Block(b) if b.label.is_none() && b.attrs.is_empty() => {
                self.block(b.block, None, false, binds)
            }
            other => self.block(
                syn::Block {
                    brace_token: syn::token::Brace::default(),
                    stmts: vec![syn::Stmt::Expr(other, None)],
                },
                None,
                false,
                binds,
            ),
        }
    }

    fn stmt(&mut self, stmt: syn::Stmt, out: &mut Vec<Stmt>) {
        if !markers::stmt_suspends(&stmt) {
            out.push(Stmt::Plain(stmt));
            return;
        }
        match stmt {
            syn::Stmt::Local(local) => {
                let start = self.points;
                let Some(init) = local.init else {
                    out.push(Stmt::Plain(syn::Stmt::Local(local)));
                    return;
                };
                let init_expr = if markers::suspends(&init.expr) {
                    let node = self.node(*init.expr, out);
                    Init::Node(node)
                } else {
                    Init::Plain(*init.expr)
                };
                let els = init
                    .diverge
                    .map(|(_, els)| self.expr_block(*els, Vec::new()));
                out.push(Stmt::Let {
                    attrs: local.attrs,
                    pat: local.pat,
                    init: init_expr,
                    els,
                    points: start..self.points,
                });
            }
            syn::Stmt::Expr(expr, semi) => {
                let node = self.node(expr, out);
                out.push(Stmt::Expr {
                    node,
                    semi: semi.is_some(),
                });
            }
            syn::Stmt::Macro(m) => {
                // `yield_! { v }` stands as a statement without `;`.
                let semi = m.semi_token.is_some()
                    || matches!(m.mac.delimiter, syn::MacroDelimiter::Brace(_));
                let expr = Expr::Macro(syn::ExprMacro {
                    attrs: m.attrs,
                    mac: m.mac,
                });
                let node = self.node(expr, out);
                out.push(Stmt::Expr { node, semi });
            }
            item @ syn::Stmt::Item(_) => out.push(Stmt::Plain(item)),
        }
    }

    /// Lowers an expression that suspends. Statements that must run before
    /// it (spilled operands) go to `pre`.
    fn node(&mut self, expr: Expr, pre: &mut Vec<Stmt>) -> Node {
        let start = self.points;
        let kind = match expr {
            Expr::Macro(m) => match markers::marker(&m.mac) {
                Some(marker) => return self.marker(&m.mac, marker, pre),
                None => unreachable!("check rejects markers inside other macros"),
            },
            Expr::Block(b) => NodeKind::Block(self.block(b.block, b.label, false, Vec::new())),
            Expr::Unsafe(u) => NodeKind::Block(self.block(u.block, None, true, Vec::new())),
            // The user's parentheses stay: `(loop { .. })` before `else`,
            // `({ .. }) = x` at the start of a statement need them.
            Expr::Paren(p) => {
                let inner = self.node(*p.expr, pre);
                let points = inner.points.clone();
                return Node {
                    kind: NodeKind::Hole {
                        template: Expr::Paren(syn::ExprParen {
                            attrs: p.attrs,
                            paren_token: p.paren_token,
                            expr: Box::new(hole()),
                        }),
                        inner: Box::new(inner),
                        parens: false,
                        conditional: false,
                    },
                    points,
                };
            }
            Expr::Group(g) => return self.node(*g.expr, pre),
            Expr::If(i) => match split_chain(i, &self.genfn.krate) {
                Ok(nested) => return self.node(nested, pre),
                Err(i) => self.if_(i, pre),
            },
            // Only the scrutinee suspends: the `match` is an expression
            // around it, so the scrutinee's temporaries live to the end of
            // the `match`, as Rust has them.
            Expr::Match(m) if !m.arms.iter().any(|a| markers::suspends(&a.body)) => {
                return self.compound(Expr::Match(m), pre);
            }
            Expr::Match(m) => {
                let scrutinee = self.operand(*m.expr, pre);
                let arms = m
                    .arms
                    .into_iter()
                    .map(|arm| {
                        let binds = bindings(&arm.pat);
                        Arm {
                            attrs: arm.attrs,
                            pat: arm.pat,
                            guard: arm.guard.map(|(_, g)| *g),
                            body: self.expr_block(*arm.body, binds),
                        }
                    })
                    .collect();
                NodeKind::Match { scrutinee, arms }
            }
            Expr::Loop(l) => NodeKind::Loop {
                label: l.label,
                body: self.block(l.body, None, false, Vec::new()),
                head: None,
            },
            Expr::While(w) => {
                let label = w.label;
                let cond = w.cond;
                let body = w.body;
                let desugared: Expr = parse_quote! {
                    #label loop {
                        if #cond #body else {
                            break;
                        }
                    }
                };
                return self.node(desugared, pre);
            }
            Expr::ForLoop(f) => {
                let krate = &self.genfn.krate;
                let iter = self.temp("iter", f.for_token.span);
                let label = f.label;
                let pat = f.pat;
                let expr = f.expr;
                let stmts = f.body.stmts;
                let desugared: Expr = parse_quote! {
                    {
                        let mut #iter = #krate::__private::IntoIterator::into_iter(#expr);
                        #label loop {
                            let #krate::__private::Some(#pat) = #krate::__private::Iterator::next(&mut #iter) else {
                                break;
                            };
                            #(#stmts)*
                        }
                    }
                };
                return self.node(desugared, pre);
            }
            other => return self.compound(other, pre),
        };
        Node {
            kind,
            points: start..self.points,
        }
    }

    fn marker(&mut self, mac: &syn::Macro, marker: Marker, pre: &mut Vec<Stmt>) -> Node {
        let span = mac.path.span();
        let coroutine = self.genfn.ret.coroutine.is_some();
        let (arg, first) = check::marker_args(mac, marker, coroutine)
            .unwrap_or_else(|_| unreachable!("check validates marker arguments"));
        let at = arg.span();
        // A recursive delegate is boxed where it is written.
        let arg = if marker == Marker::YieldFrom {
            self.boxed_if_recursive(arg)
        } else {
            arg
        };
        // `yield_from!(g, first)` evaluates `g`, then `first`: when `first`
        // suspends, `g` is evaluated into a local before it.
        let arg = match &first {
            Some(first) if markers::suspends(first) => self.spill(arg, pre),
            _ => self.operand(arg, pre),
        };
        if coroutine && marker == Marker::YieldFrom {
            let first = match first {
                Some(first) => self.operand(first, pre),
                None => parse_quote!(()),
            };
            return self.delegate(arg, first, span, at, pre);
        }
        match marker {
            Marker::Yield => {
                let point = self.points;
                self.points += 1;
                Node {
                    kind: NodeKind::Yield {
                        point,
                        value: arg,
                        span,
                        end: mac.delimiter.span().close(),
                    },
                    points: point..point + 1,
                }
            }
            Marker::YieldFrom => {
                let krate = &self.genfn.krate;
                let from = self.temp("from", span);
                let item = self.temp("item", span);
                let yield_ = syn::Ident::new("yield_", span);
                // The trait calls stand at the argument: "not an iterator"
                // and a wrong item type are reported at the user's expression.
                let at = arg.span();
                let into_iter =
                    names::respan(quote!(#krate::__private::IntoIterator::into_iter), at);
                let into_iter = quote_spanned!(at=> #into_iter(#arg));
                let next = names::respan(quote!(#krate::__private::Iterator::next), at);
                let next = quote_spanned!(at=> #next(&mut #from));
                let desugared: Expr = parse_quote! {
                    {
                        let mut #from = #into_iter;
                        loop {
                            let #krate::__private::Some(#item) = #next else {
                                break;
                            };
                            #yield_!(#item);
                        }
                    }
                };
                self.node(desugared, pre)
            }
        }
    }

    /// A `yield_from!` delegate, boxed when it calls this very function: its
    /// type would contain itself. A coroutine's is boxed as a `dyn Generator`
    /// of the coroutine's own types, with the auto traits the return type
    /// promises.
    fn boxed_if_recursive(&self, arg: Expr) -> Expr {
        if !self.is_recursive_call(&arg) {
            return arg;
        }
        let krate = &self.genfn.krate;
        let suffix = match (self.genfn.ret.send, self.genfn.ret.sync) {
            (true, true) => "_send_sync",
            (true, false) => "_send",
            _ => "",
        };
        if self.genfn.ret.coroutine.is_none() {
            let helper = Ident::new(&format!("boxed{suffix}"), Span::call_site());
            return parse_quote!(#krate::__private::#helper(#arg));
        }
        let helper = Ident::new(&format!("boxed_generator{suffix}"), Span::call_site());
        let (r, y, t) = self.genfn.ret.coroutine_types();
        parse_quote!(#krate::__private::#helper::<_, #r, #y, #t>(#arg))
    }

    /// A coroutine's `yield_from!(g, first)`: resumes `g` with `first`, then
    /// with each value this coroutine is resumed with, yielding what `g`
    /// yields; evaluates to `g`'s return value.
    fn delegate(
        &mut self,
        arg: Expr,
        first: Expr,
        span: Span,
        at: Span,
        pre: &mut Vec<Stmt>,
    ) -> Node {
        let krate = &self.genfn.krate;
        let from = self.temp("from", span);
        let sent = self.temp("sent", span);
        let item = self.temp("item", span);
        let done = self.temp("done", span);
        let yield_ = syn::Ident::new("yield_", span);
        // The resume call names this coroutine's `R` and stands at the
        // argument, as do the items and the result: a delegate of the wrong
        // kind or types is reported at the user's expression.
        let r = self.genfn.ret.coroutine.as_ref().map(|c| &c.resume);
        let resume = names::respan(quote!(<_ as #krate::__private::Generator<#r>>::resume), at);
        let resume = quote_spanned!(at=> #resume(&mut #from, #sent));
        let state = quote!(#krate::__private::GeneratorState);
        let result = quote_spanned!(at=> break #done);
        let item = syn::Ident::new(&item.to_string(), item.span().located_at(at));
        let desugared: Expr = parse_quote! {
            {
                let mut #from = #arg;
                let mut #sent: #r = #first;
                loop {
                    match #resume {
                        #state::Yielded(#item) => {
                            #sent = #yield_!(#item);
                        }
                        #state::Complete(#done) => #result,
                    }
                }
            }
        };
        self.node(desugared, pre)
    }

    /// `yield_from!(f(..))` where `f` is this very function (called by name,
    /// by path or as a method of the same name): the delegate's type would
    /// contain itself, so it is boxed.
    fn is_recursive_call(&self, expr: &Expr) -> bool {
        let name = &self.genfn.sig.ident;
        match expr {
            Expr::Call(call) => match &*call.func {
                Expr::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == *name),
                _ => false,
            },
            Expr::MethodCall(m) => m.method == *name,
            Expr::Paren(p) => self.is_recursive_call(&p.expr),
            _ => false,
        }
    }

    fn if_(&mut self, i: syn::ExprIf, pre: &mut Vec<Stmt>) -> NodeKind {
        let mut cond = *i.cond;
        if markers::suspends(&cond) {
            // Only the first operand of a chain may suspend (checked).
            let first = first_operand(&mut cond);
            match first {
                Expr::Let(l) => {
                    let scrutinee = std::mem::replace(&mut *l.expr, Expr::Verbatim(quote!()));
                    *l.expr = self.spill(scrutinee, pre);
                }
                other => {
                    let value = std::mem::replace(other, Expr::Verbatim(quote!()));
                    *other = self.spill(value, pre);
                }
            }
        }
        let mut binds = Vec::new();
        let mut operands = Vec::new();
        check::chain_operands(&cond, &mut operands);
        for operand in operands {
            if let Expr::Let(l) = operand {
                binds.extend(bindings(&l.pat));
            }
        }
        let then = self.block(i.then_branch, None, false, binds);
        let els = i.else_branch.map(|(_, e)| self.expr_block(*e, Vec::new()));
        NodeKind::If { cond, then, els }
    }

    /// Evaluates `expr` into a fresh local, before what follows.
    fn spill(&mut self, expr: Expr, pre: &mut Vec<Stmt>) -> Expr {
        let temp = self.temp("t", expr.span());
        if markers::suspends(&expr) {
            let start = self.points;
            let node = self.node(expr, pre);
            pre.push(Stmt::Let {
                attrs: Vec::new(),
                pat: parse_quote!(#temp),
                init: Init::Node(node),
                els: None,
                points: start..self.points,
            });
        } else {
            pre.push(Stmt::Plain(parse_quote!(let #temp = #expr;)));
        }
        parse_quote!(#temp)
    }

    /// An operand that stays in an expression: spilled if it suspends.
    fn operand(&mut self, expr: Expr, pre: &mut Vec<Stmt>) -> Expr {
        if markers::suspends(&expr) {
            self.spill(expr, pre)
        } else {
            expr
        }
    }

    /// A compound expression with a suspending operand.
    fn compound(&mut self, mut expr: Expr, pre: &mut Vec<Stmt>) -> Node {
        let lazy = matches!(&expr, Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)));
        let mut ops = operands(&mut expr);
        let Some(last) = ops.iter().rposition(|(e, _)| markers::suspends(e)) else {
            // A marker this lowering does not reach (in a `try` block, say):
            // the expression stays as written, where gen-core's `yield_!`
            // reports it. Lowering it again would not end.
            drop(ops);
            let id = self.blocks;
            self.blocks += 1;
            return Node {
                kind: NodeKind::Block(Block {
                    id,
                    label: None,
                    unsafety: false,
                    binds: Vec::new(),
                    stmts: vec![Stmt::Plain(syn::Stmt::Expr(expr, None))],
                    points: self.points..self.points,
                }),
                points: self.points..self.points,
            };
        };
        let mut inner = None;
        for (i, (op, use_)) in ops.iter_mut().enumerate() {
            if i > last {
                break;
            }
            let taken = std::mem::replace(&mut **op, Expr::Verbatim(quote!()));
            if i == last {
                // The right of `&&`/`||` runs only sometimes: what it spills
                // stays inside it, in a block.
                let taken = if lazy && i == 1 {
                    block_expr(taken)
                } else {
                    taken
                };
                inner = Some(self.node(taken, pre));
                **op = hole();
            } else if markers::suspends(&taken)
                || (*use_ == Use::Value && !is_literal(&taken))
                || (*use_ == Use::Place && !is_place(&taken))
            {
                **op = self.spill(taken, pre);
            } else {
                **op = taken;
            }
        }
        drop(ops);
        let inner = inner.unwrap_or_else(|| unreachable!("the suspending operand was lowered"));
        let points = inner.points.clone();
        let parens = slot_needs_parens(&expr, last);
        let conditional = last == 1
            && matches!(&expr, Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_)));
        Node {
            kind: NodeKind::Hole {
                template: expr,
                inner: Box::new(inner),
                parens,
                conditional,
            },
            points,
        }
    }
}

/// `if a && let b = {yield_!(..); e} {t} else {u}`: a condition chain whose
/// later operand suspends becomes nested `if`s, each with a condition that
/// suspends in its first operand only. The `else` runs outside the scope of
/// the chain's bindings, so it is chosen after the nested `if`s:
///
/// ```text
/// { let mut r = None; if a { if let b = .. { r = Some(t); } }
///   match r { Some(v) => v, None => u } }
/// ```
///
/// The chain evaluates as before: left to right, stopping at the first
/// operand that fails.
fn split_chain(i: syn::ExprIf, krate: &syn::Path) -> Result<Expr, syn::ExprIf> {
    let mut operands = Vec::new();
    check::chain_operands(&i.cond, &mut operands);
    let Some(at) = operands.iter().skip(1).position(|o| markers::suspends(o)) else {
        return Err(i);
    };
    let at = at + 1;
    let outer = operands[..at].iter().copied();
    let inner = operands[at..].iter().copied();
    let outer: Expr = parse_quote!(#(#outer)&&*);
    let inner: Expr = parse_quote!(#(#inner)&&*);
    let then = &i.then_branch;
    Ok(match &i.else_branch {
        Some((_, els)) => {
            let taken = names::internal("__taken", Span::call_site());
            let value = names::internal("__value", Span::call_site());
            parse_quote! {
                {
                    let mut #taken = #krate::__private::None;
                    if #outer {
                        if #inner {
                            // The user's block, taken as a value.
                            #[allow(unused_braces)]
                            {
                                #taken = #krate::__private::Some(#then);
                            }
                        }
                    }
                    match #taken {
                        #krate::__private::Some(#value) => #value,
                        #krate::__private::None => #els,
                    }
                }
            }
        }
        None => parse_quote! {
            if #outer {
                if #inner #then
            }
        },
    })
}

fn first_operand(cond: &mut Expr) -> &mut Expr {
    let chain = matches!(cond, Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)))
        && check::has_let(cond);
    if !chain {
        return cond;
    }
    match cond {
        Expr::Binary(b) => first_operand(&mut b.left),
        other => other,
    }
}

/// The operands of a compound expression, in evaluation order.
fn operands(expr: &mut Expr) -> Vec<(&mut Expr, Use)> {
    use Use::{Place, Value};
    match expr {
        Expr::Call(e) => {
            let mut ops = vec![(&mut *e.func, Place)];
            ops.extend(e.args.iter_mut().map(|a| (a, Value)));
            ops
        }
        Expr::MethodCall(e) => {
            let mut ops = vec![(&mut *e.receiver, Place)];
            ops.extend(e.args.iter_mut().map(|a| (a, Value)));
            ops
        }
        Expr::Binary(e) => {
            if is_assign_op(e.op) {
                // Compound assignment on primitives evaluates the right
                // operand first, then the place.
                vec![(&mut *e.right, Value), (&mut *e.left, Place)]
            } else {
                let left = if is_comparison(e.op) { Place } else { Value };
                vec![(&mut *e.left, left), (&mut *e.right, Value)]
            }
        }
        Expr::Assign(e) => vec![(&mut *e.right, Value), (&mut *e.left, Place)],
        Expr::Unary(e) => {
            let use_ = if matches!(e.op, syn::UnOp::Deref(_)) {
                Place
            } else {
                Value
            };
            vec![(&mut *e.expr, use_)]
        }
        Expr::Field(e) => vec![(&mut *e.base, Place)],
        Expr::Index(e) => vec![(&mut *e.expr, Place), (&mut *e.index, Value)],
        Expr::Tuple(e) => e.elems.iter_mut().map(|a| (a, Value)).collect(),
        Expr::Array(e) => e.elems.iter_mut().map(|a| (a, Value)).collect(),
        Expr::Struct(e) => {
            let mut ops: Vec<_> = e.fields.iter_mut().map(|f| (&mut f.expr, Value)).collect();
            if let Some(rest) = &mut e.rest {
                ops.push((&mut **rest, Value));
            }
            ops
        }
        Expr::Cast(e) => vec![(&mut *e.expr, Value)],
        Expr::Reference(e) => vec![(&mut *e.expr, Place)],
        Expr::RawAddr(e) => vec![(&mut *e.expr, Place)],
        Expr::Await(e) => vec![(&mut *e.base, Value)],
        Expr::Range(e) => {
            let mut ops = Vec::new();
            if let Some(start) = &mut e.start {
                ops.push((&mut **start, Value));
            }
            if let Some(end) = &mut e.end {
                ops.push((&mut **end, Value));
            }
            ops
        }
        Expr::Break(e) => e.expr.iter_mut().map(|a| (&mut **a, Value)).collect(),
        Expr::Repeat(e) => vec![(&mut *e.expr, Value)],
        Expr::Return(e) => e.expr.iter_mut().map(|a| (&mut **a, Value)).collect(),
        Expr::Let(e) => vec![(&mut *e.expr, Value)],
        Expr::Match(e) => vec![(&mut *e.expr, Place)],
        _ => Vec::new(),
    }
}

fn is_assign_op(op: syn::BinOp) -> bool {
    use syn::BinOp::{
        AddAssign, BitAndAssign, BitOrAssign, BitXorAssign, DivAssign, MulAssign, RemAssign,
        ShlAssign, ShrAssign, SubAssign,
    };
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

fn is_comparison(op: syn::BinOp) -> bool {
    use syn::BinOp::{Eq, Ge, Gt, Le, Lt, Ne};
    matches!(op, Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_))
}

fn is_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::Lit(_))
}

/// A place expression whose evaluation has no effects of its own.
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Path(_) | Expr::Lit(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Index(i) => is_place(&i.expr) && is_place(&i.index),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place(&u.expr),
        Expr::Paren(p) => is_place(&p.expr),
        _ => false,
    }
}

/// Whether what fills operand `slot` of `template` needs parentheses: only
/// arguments and elements are safe without them.
fn slot_needs_parens(template: &Expr, slot: usize) -> bool {
    match template {
        Expr::Call(_) | Expr::MethodCall(_) | Expr::Index(_) => slot == 0,
        Expr::Tuple(_)
        | Expr::Array(_)
        | Expr::Struct(_)
        | Expr::Break(_)
        | Expr::Return(_)
        | Expr::Let(_)
        | Expr::Assign(_)
        | Expr::Repeat(_) => false,
        _ => true,
    }
}

/// The names a pattern binds, in order.
pub fn bindings(pat: &Pat) -> Vec<Binding> {
    let mut out = Vec::new();
    collect(pat, &mut out);
    out
}

fn collect(pat: &Pat, out: &mut Vec<Binding>) {
    match pat {
        Pat::Ident(p) => {
            let name = p.ident.to_string();
            let binds = p.subpat.is_some()
                || !name
                    .trim_start_matches("r#")
                    .starts_with(|c: char| c.is_ascii_uppercase());
            if binds {
                out.push(Binding {
                    internal: name.starts_with("__"),
                    ident: p.ident.clone(),
                    mutable: p.mutability.is_some(),
                });
            }
            if let Some((_, sub)) = &p.subpat {
                collect(sub, out);
            }
        }
        Pat::Struct(p) => p.fields.iter().for_each(|f| collect(&f.pat, out)),
        Pat::TupleStruct(p) => p.elems.iter().for_each(|e| collect(e, out)),
        Pat::Tuple(p) => p.elems.iter().for_each(|e| collect(e, out)),
        Pat::Slice(p) => p.elems.iter().for_each(|e| collect(e, out)),
        Pat::Or(p) => {
            if let Some(first) = p.cases.first() {
                collect(first, out);
            }
        }
        Pat::Reference(p) => collect(&p.pat, out),
        Pat::Type(p) => collect(&p.pat, out),
        Pat::Paren(p) => collect(&p.pat, out),
        _ => {}
    }
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// The placeholder a `Hole`'s template holds for its suspending operand.
fn hole() -> Expr {
    Expr::Verbatim(quote!(__gen_hole))
}

/// Whether `expr` is the placeholder of [`hole`].
pub fn is_hole(expr: &Expr) -> bool {
    matches!(expr, Expr::Verbatim(t) if t.to_string() == "__gen_hole")
}

/// `{ expr }`, built without printing and parsing `expr` again.
fn block_expr(expr: Expr) -> Expr {
    Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: syn::Block {
            brace_token: syn::token::Brace::default(),
            stmts: vec![syn::Stmt::Expr(expr, None)],
        },
    })
}
