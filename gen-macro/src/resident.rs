//! Locals that stay in place: an array of literals, kept at every
//! suspension point, that the body only indexes, calls methods on or reads
//! fields of.
//!
//! Input: the lowered body and its analysis. Output: those locals, each with
//! the name of the slot that holds it.
//!
//! Kept locals move out of the state into plain variables on each resume and
//! back at the next suspension: free for values that live in registers, two
//! copies per item for a 4 KiB buffer. A resident local lives instead in a
//! slot the resume closure owns (`Option<[T; N]>`, filled by its `let`),
//! and the body's name for it is bound to `&mut` the slot's value:
//!
//! ```text
//! let mut buf = [0u64; 512];      __slot0 = Some([0u64; 512]);
//! buf[i] += 1;             ==>    let buf = slot(&mut __slot0);
//!                                 buf[i] += 1;
//! ```
//!
//! Indexing, method calls and field access dereference `&mut` by
//! themselves, so the body is emitted as written. Elements are literals, so
//! the array has no drop glue and no order of drops can change.

use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::visit::Visit;
use syn::{Expr, Pat};

use crate::analyze::Analysis;
use crate::model::{Block, DeclId, Init, Node, NodeKind, Stmt};

/// The resident locals: their declarations and slot names.
pub fn find(body: &Block, analysis: &Analysis) -> HashMap<DeclId, Ident> {
    let mut candidates = Vec::new();
    candidates_in(body, &mut candidates);
    let mut out = HashMap::new();
    for (decl, name) in candidates {
        // Kept at every point, the local is part of every state anyway: in a
        // slot of its own it adds nothing to the generator's size.
        let everywhere = analysis
            .kept
            .iter()
            .all(|kept| kept.iter().any(|k| k.decl == decl && !k.redeclare));
        if analysis.kept.is_empty() || !everywhere {
            continue;
        }
        let mut count = 0;
        let mut uses = PlaceUses {
            name: &name,
            count: 0,
        };
        each_fragment(
            body,
            &mut |tokens| count += occurrences(tokens, &name),
            &mut uses,
        );
        // Every mention but the declaration is a place use.
        if count == uses.count + 1 {
            let slot = Ident::new(&format!("__slot{}", out.len()), Span::mixed_site());
            out.insert(decl, slot);
        }
    }
    out
}

/// `let [mut] name = [lit; N];` or `[lit, lit, ..]`.
fn candidates_in(block: &Block, out: &mut Vec<(DeclId, String)>) {
    for (i, stmt) in block.stmts.iter().enumerate() {
        for inner in stmt.blocks() {
            candidates_in(inner, out);
        }
        let Stmt::Plain(syn::Stmt::Local(local)) = stmt else {
            continue;
        };
        let Pat::Ident(p) = &local.pat else { continue };
        let literal_array = local.init.as_ref().is_some_and(|init| {
            init.diverge.is_none()
                && match &*init.expr {
                    Expr::Repeat(r) => matches!(*r.expr, Expr::Lit(_)),
                    Expr::Array(a) => {
                        !a.elems.is_empty() && a.elems.iter().all(|e| matches!(e, Expr::Lit(_)))
                    }
                    _ => false,
                }
        });
        if p.by_ref.is_none() && p.subpat.is_none() && literal_array {
            let decl = DeclId {
                block: block.id,
                slot: i + 1,
                index: 0,
            };
            out.push((decl, p.ident.to_string()));
        }
    }
}

fn occurrences(tokens: TokenStream, name: &str) -> usize {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Ident(i) => usize::from(i == name),
            TokenTree::Group(g) => occurrences(g.stream(), name),
            _ => 0,
        })
        .sum()
}

/// Counts `name[..]`, `name.method(..)` (not `into_iter`, which takes an
/// array by value) and `name.field`, outside closures and macros.
struct PlaceUses<'a> {
    name: &'a str,
    count: usize,
}

impl PlaceUses<'_> {
    fn is_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Path(p) if p.qself.is_none() && p.path.is_ident(self.name))
    }
}

impl<'ast> Visit<'ast> for PlaceUses<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Index(e) if self.is_name(&e.expr) => {
                self.count += 1;
                self.visit_expr(&e.index);
            }
            Expr::MethodCall(e) if self.is_name(&e.receiver) && e.method != "into_iter" => {
                self.count += 1;
                for arg in &e.args {
                    self.visit_expr(arg);
                }
            }
            Expr::Field(e) if self.is_name(&e.base) => self.count += 1,
            Expr::Closure(_) => {}
            _ => syn::visit::visit_expr(self, expr),
        }
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// Every piece of user syntax in the body: its tokens, and its expressions.
fn each_fragment(block: &Block, tokens: &mut dyn FnMut(TokenStream), exprs: &mut PlaceUses<'_>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Plain(s) => {
                tokens(s.to_token_stream());
                exprs.visit_stmt(s);
            }
            Stmt::Let { pat, init, els, .. } => {
                tokens(pat.to_token_stream());
                match init {
                    Init::Plain(e) => {
                        tokens(e.to_token_stream());
                        exprs.visit_expr(e);
                    }
                    Init::Node(n) => each_node(n, tokens, exprs),
                }
                if let Some(els) = els {
                    each_fragment(els, tokens, exprs);
                }
            }
            Stmt::Expr { node, .. } => each_node(node, tokens, exprs),
        }
    }
}

fn each_node(node: &Node, tokens: &mut dyn FnMut(TokenStream), exprs: &mut PlaceUses<'_>) {
    let expr = |e: &Expr, tokens: &mut dyn FnMut(TokenStream), exprs: &mut PlaceUses<'_>| {
        tokens(e.to_token_stream());
        exprs.visit_expr(e);
    };
    match &node.kind {
        NodeKind::Yield { value, .. } => expr(value, tokens, exprs),
        NodeKind::Goto { .. } => {}
        NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => each_fragment(b, tokens, exprs),
        NodeKind::If { cond, then, els } => {
            expr(cond, tokens, exprs);
            each_fragment(then, tokens, exprs);
            if let Some(els) = els {
                each_fragment(els, tokens, exprs);
            }
        }
        NodeKind::Match { scrutinee, arms } => {
            expr(scrutinee, tokens, exprs);
            for arm in arms {
                tokens(arm.pat.to_token_stream());
                if let Some(g) = &arm.guard {
                    expr(g, tokens, exprs);
                }
                each_fragment(&arm.body, tokens, exprs);
            }
        }
        NodeKind::Hole {
            template, inner, ..
        } => {
            expr(template, tokens, exprs);
            each_node(inner, tokens, exprs);
        }
    }
}
