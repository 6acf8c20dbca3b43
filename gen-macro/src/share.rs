//! Keeps code that creates closure-typed values in one copy.
//!
//! Input: the lowered body and its analysis. Output: the same body with
//! internal states (`NodeKind::Goto`) inserted, or nothing to change.
//!
//! Continuations repeat code: a statement after a suspension point runs in
//! several arms of the resume closure, and a loop resumed in its middle is
//! followed by a copy of itself. Each copy of a closure expression has a type
//! of its own, so a kept local built from one (an iterator adapter with a
//! closure, a `for` loop over it) would need two types for one state field.
//! For each such local, an internal state is placed before the statement that
//! declares it, and before every enclosing loop that suspends; those loops
//! then run in one arm only, entered through their head state:
//!
//! ```text
//! for row in rows {                        for row in rows {
//!     let it = row.iter().map(|c| c * 2);      goto S1;                // internal state
//!     for c in it { yield_!(c); }   ==>        let it = row.iter().map(|c| c * 2);
//! }                                            goto S2;                // head of the inner loop
//!                                              for c in it { yield_!(c); }
//!                                          }
//! ```

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit::Visit;

use crate::analyze::{self, Analysis};
use crate::model::{Block, BlockId, Init, Node, NodeKind, Stmt};
use crate::normalize::bindings;

/// Inserts internal states where needed; returns whether it inserted any.
/// Run again after a new analysis until it inserts none: a new state can
/// keep a closure-typed local that no point kept before.
pub fn run(body: &mut Block, analysis: &Analysis, next_id: &mut usize) -> bool {
    let mut taint = Taint::default();
    taint.block(body);
    let mut sites = Sites::default();
    for &(block, slot) in &taint.decls {
        if analysis.ever_kept.contains(&(block, slot)) {
            let mut path = Vec::new();
            if let Some(points_before) = find(body, block, slot - 1, &mut path) {
                sites.add(&path, block, slot - 1, points_before);
            }
        }
    }
    let before = *next_id;
    insert(body, &sites, next_id);
    if *next_id == before {
        return false;
    }
    renumber_block(body, &mut 0);
    true
}

/// Goto ids to the points they were numbered with.
pub fn heads(block: &Block, out: &mut HashMap<usize, usize>) {
    for stmt in &block.stmts {
        if let Stmt::Expr {
            node:
                Node {
                    kind: NodeKind::Goto { point, id },
                    ..
                },
            ..
        } = stmt
        {
            out.insert(*id, *point);
        }
        for inner in stmt.blocks() {
            heads(inner, out);
        }
    }
}

/// Declarations whose value may hold a closure or `async` block type: their
/// initializer contains one, or mentions such a declaration.
#[derive(Default)]
struct Taint {
    names: HashSet<String>,
    decls: Vec<(BlockId, usize)>,
}

impl Taint {
    fn block(&mut self, block: &Block) {
        for (i, stmt) in block.stmts.iter().enumerate() {
            if let Stmt::Plain(syn::Stmt::Local(local)) = stmt {
                if let Some(init) = &local.init {
                    if self.tainted(&init.expr.to_token_stream(), &init.expr) {
                        self.declare(block.id, i, &local.pat);
                    }
                }
            }
            for inner in stmt.blocks() {
                self.block(inner);
            }
        }
    }

    fn tainted(&self, tokens: &TokenStream, expr: &syn::Expr) -> bool {
        let mut finder = ClosureFinder(false);
        finder.visit_expr(expr);
        if finder.0 {
            return true;
        }
        let mut names = HashSet::new();
        analyze::scan(tokens.clone(), &mut names);
        names.iter().any(|n| self.names.contains(n))
    }

    fn declare(&mut self, block: BlockId, i: usize, pat: &syn::Pat) {
        for b in bindings(pat) {
            self.names.insert(b.ident.to_string());
        }
        self.decls.push((block, i + 1));
    }
}

struct ClosureFinder(bool);

impl<'ast> Visit<'ast> for ClosureFinder {
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {
        self.0 = true;
    }
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {
        self.0 = true;
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// A step from the root to a block: the block, the index of the statement
/// that leads on, and whether that statement's way down enters a loop.
struct Step {
    block: BlockId,
    stmt: usize,
    /// Points in the statements of `block` before `stmt`.
    points_before: bool,
    /// The statement's node is a loop that suspends, entered on the way.
    suspending_loop: bool,
}

/// Finds the block `target`, recording the path to it; tells whether the
/// block suspends before its statement `stmt`.
fn find(block: &Block, target: BlockId, index: usize, path: &mut Vec<Step>) -> Option<bool> {
    if block.id == target {
        return Some(block.stmts[..index].iter().any(|s| !s.points().is_empty()));
    }
    for (i, stmt) in block.stmts.iter().enumerate() {
        let points_before = block.stmts[..i].iter().any(|s| !s.points().is_empty());
        let inner: Vec<(&Block, bool)> = match stmt {
            Stmt::Plain(_) => Vec::new(),
            Stmt::Let { init, els, .. } => {
                let mut v = Vec::new();
                if let Init::Node(n) = init {
                    child_blocks(n, &mut v);
                }
                if let Some(els) = els {
                    v.push((els, false));
                }
                v
            }
            Stmt::Expr { node, .. } => {
                let mut v = Vec::new();
                child_blocks(node, &mut v);
                v
            }
        };
        for (child, through_loop) in inner {
            path.push(Step {
                block: block.id,
                stmt: i,
                points_before,
                suspending_loop: through_loop && !child.points.is_empty(),
            });
            if let Some(found) = find(child, target, index, path) {
                return Some(found);
            }
            path.pop();
        }
    }
    None
}

/// The blocks directly inside a node (not inside those blocks), and whether
/// each is a loop body.
fn child_blocks<'a>(node: &'a Node, out: &mut Vec<(&'a Block, bool)>) {
    match &node.kind {
        NodeKind::Block(b) => out.push((b, false)),
        NodeKind::Loop { body, .. } => out.push((body, true)),
        NodeKind::If { then, els, .. } => {
            out.push((then, false));
            if let Some(els) = els {
                out.push((els, false));
            }
        }
        NodeKind::Match { arms, .. } => out.extend(arms.iter().map(|a| (&a.body, false))),
        NodeKind::Hole { inner, .. } => child_blocks(inner, out),
        NodeKind::Yield { .. } | NodeKind::Goto { .. } => {}
    }
}

/// Where internal states go: before statement `i` of block `b`, and which
/// of those heads a loop (the loop inside that statement).
#[derive(Default)]
struct Sites {
    before: HashSet<(BlockId, usize)>,
    heads: HashSet<(BlockId, usize)>,
}

impl Sites {
    /// The declaration is statement `stmt` of the block at the end of
    /// `path`; `points_before` tells whether that block suspends before it.
    fn add(&mut self, path: &[Step], block: BlockId, stmt: usize, points_before: bool) {
        let in_loop = path.iter().any(|s| s.suspending_loop);
        let after_point = points_before || path.iter().any(|s| s.points_before);
        for step in path.iter().filter(|s| s.suspending_loop) {
            self.before.insert((step.block, step.stmt));
            self.heads.insert((step.block, step.stmt));
        }
        if in_loop || after_point {
            self.before.insert((block, stmt));
        }
    }
}

/// Inserts the internal states, walking every block.
fn insert(block: &mut Block, sites: &Sites, next_id: &mut usize) {
    for stmt in &mut block.stmts {
        for inner in stmt.blocks_mut() {
            insert(inner, sites, next_id);
        }
    }
    let mut marks: Vec<usize> = sites
        .before
        .iter()
        .filter(|(b, _)| *b == block.id)
        .map(|(_, i)| *i)
        .collect();
    marks.sort_unstable();
    for &i in marks.iter().rev() {
        if sites.heads.contains(&(block.id, i)) {
            let existing = i.checked_sub(1).and_then(|p| goto_id(&block.stmts[p]));
            if let Some(head) = loop_in(&mut block.stmts[i]) {
                if head.is_none() {
                    *head = Some(existing.unwrap_or(*next_id));
                }
            }
        }
        if i > 0 && is_goto(&block.stmts[i - 1]) {
            continue;
        }
        let id = *next_id;
        *next_id += 1;
        block.stmts.insert(
            i,
            Stmt::Expr {
                node: Node {
                    kind: NodeKind::Goto { point: 0, id },
                    points: 0..0,
                },
                semi: true,
            },
        );
    }
}

fn is_goto(stmt: &Stmt) -> bool {
    goto_id(stmt).is_some()
}

fn goto_id(stmt: &Stmt) -> Option<usize> {
    match stmt {
        Stmt::Expr {
            node:
                Node {
                    kind: NodeKind::Goto { id, .. },
                    ..
                },
            ..
        } => Some(*id),
        _ => None,
    }
}

/// The head slot of the loop a statement evaluates, looking through the
/// holes of compound expressions.
fn loop_in(stmt: &mut Stmt) -> Option<&mut Option<usize>> {
    let (Stmt::Expr { node, .. }
    | Stmt::Let {
        init: Init::Node(node),
        ..
    }) = stmt
    else {
        return None;
    };
    let mut node = node;
    loop {
        match &mut node.kind {
            NodeKind::Loop { head, .. } => return Some(head),
            NodeKind::Hole { inner, .. } => node = inner,
            _ => return None,
        }
    }
}

/// Numbers the points again in source order.
fn renumber_block(block: &mut Block, next: &mut usize) {
    let start = *next;
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Plain(_) => {}
            Stmt::Let {
                init, els, points, ..
            } => {
                let s = *next;
                if let Init::Node(n) = init {
                    renumber_node(n, next);
                }
                if let Some(els) = els {
                    renumber_block(els, next);
                }
                *points = s..*next;
            }
            Stmt::Expr { node, .. } => renumber_node(node, next),
        }
    }
    block.points = start..*next;
}

fn renumber_node(node: &mut Node, next: &mut usize) {
    let start = *next;
    match &mut node.kind {
        NodeKind::Yield { point, .. } | NodeKind::Goto { point, .. } => {
            *point = *next;
            *next += 1;
        }
        NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => renumber_block(b, next),
        NodeKind::If { then, els, .. } => {
            renumber_block(then, next);
            if let Some(els) = els {
                renumber_block(els, next);
            }
        }
        NodeKind::Match { arms, .. } => {
            for arm in arms {
                renumber_block(&mut arm.body, next);
            }
        }
        NodeKind::Hole { inner, .. } => renumber_node(inner, next),
    }
    node.points = start..*next;
}
