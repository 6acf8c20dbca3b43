//! `break` and `continue`: which loop they leave, and how to redirect them
//! when a loop is emitted as something other than a `loop`.
//!
//! Resuming inside a loop runs the rest of the interrupted iteration first,
//! as a labeled block in front of the real loop:
//!
//! ```text
//! 'l: loop { a; yield_!(x); b }   resumes as   '__exit0: { '__iter0: { b } 'l: loop { … } }
//! ```
//!
//! Inside the rest of the iteration (`b`), jumps that target `'l` are
//! rewritten: `break 'l v` to `break '__exit0 v`, `continue 'l` to
//! `break '__iter0`. The `Frame` stack records, for each enclosing loop of the
//! lowered body, whether it is a real loop or such a stand-in.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Lifetime};

use crate::model::{Block, Init, Node, NodeKind, Stmt};

pub struct Frame {
    /// The user's label on the loop, if any.
    pub label: Option<String>,
    /// Where `break` goes when the loop is a stand-in.
    pub exit: Option<Lifetime>,
    /// Where `continue` goes when the loop is a stand-in.
    pub iter: Option<Lifetime>,
    pub used_exit: bool,
    pub used_iter: bool,
}

impl Frame {
    pub fn real(label: Option<String>) -> Self {
        Frame {
            label,
            exit: None,
            iter: None,
            used_exit: false,
            used_iter: false,
        }
    }

    fn virtual_(&self) -> bool {
        self.exit.is_some() || self.iter.is_some()
    }
}

/// Rewrites the jumps in user code that target a stand-in loop.
pub fn retarget_stmt(stmt: &mut syn::Stmt, frames: &mut [Frame]) {
    if frames.iter().any(Frame::virtual_) {
        Retarget::new(frames).visit_stmt_mut(stmt);
    }
}

pub fn retarget_expr(expr: &mut Expr, frames: &mut [Frame]) {
    if frames.iter().any(Frame::virtual_) {
        Retarget::new(frames).visit_expr_mut(expr);
    }
}

struct Retarget<'a> {
    frames: &'a mut [Frame],
    /// Loops entered within the user code being rewritten.
    depth: usize,
    /// Labels declared within the user code being rewritten.
    inner: Vec<String>,
}

impl<'a> Retarget<'a> {
    fn new(frames: &'a mut [Frame]) -> Self {
        Retarget {
            frames,
            depth: 0,
            inner: Vec::new(),
        }
    }

    /// The frame a jump targets, unless it stays within the user code.
    fn target(&mut self, label: Option<&Lifetime>) -> Option<&mut Frame> {
        match label {
            Some(l) => {
                let name = l.ident.to_string();
                if self.inner.contains(&name) {
                    return None;
                }
                self.frames
                    .iter_mut()
                    .rev()
                    .find(|f| f.label.as_deref() == Some(name.as_str()))
            }
            None if self.depth == 0 => self.frames.last_mut(),
            None => None,
        }
    }

    fn nested(&mut self, label: Option<&Lifetime>, is_loop: bool, f: impl FnOnce(&mut Self)) {
        if let Some(l) = label {
            self.inner.push(l.ident.to_string());
        }
        self.depth += usize::from(is_loop);
        f(self);
        self.depth -= usize::from(is_loop);
        if label.is_some() {
            self.inner.pop();
        }
    }
}

impl VisitMut for Retarget<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
            Expr::Loop(e) => {
                let label = e.label.as_ref().map(|l| l.name.clone());
                self.nested(label.as_ref(), true, |me| {
                    visit_mut::visit_expr_loop_mut(me, e);
                });
            }
            Expr::While(e) => {
                let label = e.label.as_ref().map(|l| l.name.clone());
                self.nested(label.as_ref(), true, |me| {
                    visit_mut::visit_expr_while_mut(me, e);
                });
            }
            Expr::ForLoop(e) => {
                self.visit_expr_mut(&mut e.expr);
                let label = e.label.as_ref().map(|l| l.name.clone());
                self.nested(label.as_ref(), true, |me| me.visit_block_mut(&mut e.body));
            }
            Expr::Block(e) if e.label.is_some() => {
                let label = e.label.as_ref().map(|l| l.name.clone());
                self.nested(label.as_ref(), false, |me| me.visit_block_mut(&mut e.block));
            }
            Expr::Break(b) => {
                if let Some(value) = &mut b.expr {
                    self.visit_expr_mut(value);
                }
                if let Some(frame) = self.target(b.label.as_ref()) {
                    if let Some(exit) = &frame.exit {
                        b.label = Some(exit.clone());
                        frame.used_exit = true;
                    }
                }
            }
            Expr::Continue(c) => {
                let label = c.label.clone();
                if let Some(frame) = self.target(label.as_ref()) {
                    if let Some(iter) = frame.iter.clone() {
                        frame.used_iter = true;
                        *expr = syn::parse_quote!(break #iter);
                    }
                }
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Whether the body of a loop labeled `label` contains a `break` and a
/// `continue` that target that loop.
#[derive(Default, Clone, Copy)]
pub struct Jumps {
    pub breaks: bool,
    pub continues: bool,
}

pub fn scan(body: &Block, label: Option<&Lifetime>) -> Jumps {
    // Divergence asks this of every loop, and every scan asks divergence of
    // the loops inside: remembered per loop body, the work stays linear in
    // the nesting depth instead of doubling with each level.
    let key = (body.id, label.map(|l| l.ident.to_string()));
    if let Some(found) = SCANS.with(|s| s.borrow().get(&key).copied()) {
        return found;
    }
    let found = scan_uncached(body, label);
    SCANS.with(|s| s.borrow_mut().insert(key, found));
    found
}

thread_local! {
    static SCANS: std::cell::RefCell<std::collections::HashMap<(usize, Option<String>), Jumps>> =
        std::cell::RefCell::default();
}

/// Forgets the scans of the previous body: block ids start again at 0.
pub fn forget_scans() {
    SCANS.with(|s| s.borrow_mut().clear());
}

fn scan_uncached(body: &Block, label: Option<&Lifetime>) -> Jumps {
    let mut frames = vec![Frame {
        label: label.map(|l| l.ident.to_string()),
        exit: Some(Lifetime::new(
            "'__scan_exit",
            proc_macro2::Span::call_site(),
        )),
        iter: Some(Lifetime::new(
            "'__scan_iter",
            proc_macro2::Span::call_site(),
        )),
        used_exit: false,
        used_iter: false,
    }];
    scan_block(body, &mut frames);
    Jumps {
        breaks: frames[0].used_exit,
        continues: frames[0].used_iter,
    }
}

fn scan_block(block: &Block, frames: &mut Vec<Frame>) {
    for stmt in &block.stmts {
        // What follows a suspending statement that cannot complete is never
        // emitted (what follows the user's own `break` is).
        let stop = !matches!(stmt, Stmt::Plain(_)) && crate::resume::stmt_diverges(stmt);
        match stmt {
            Stmt::Plain(s) => retarget_stmt(&mut s.clone(), frames),
            Stmt::Let { init, els, .. } => {
                match init {
                    Init::Plain(e) => retarget_expr(&mut e.clone(), frames),
                    Init::Node(n) => scan_node(n, frames),
                }
                if let Some(els) = els {
                    scan_block(els, frames);
                }
            }
            Stmt::Expr { node, .. } => scan_node(node, frames),
        }
        if stop {
            break;
        }
    }
}

fn scan_node(node: &Node, frames: &mut Vec<Frame>) {
    match &node.kind {
        NodeKind::Yield { value, .. } => retarget_expr(&mut value.clone(), frames),
        NodeKind::Goto { .. } => {}
        NodeKind::Block(b) => {
            // A labeled block shadows nothing for loops; its own label is not
            // a loop label, so jumps to it are never rewritten.
            scan_block(b, frames);
        }
        NodeKind::If { cond, then, els } => {
            retarget_expr(&mut cond.clone(), frames);
            scan_block(then, frames);
            if let Some(els) = els {
                scan_block(els, frames);
            }
        }
        NodeKind::Match { scrutinee, arms } => {
            retarget_expr(&mut scrutinee.clone(), frames);
            for arm in arms {
                if let Some(g) = &arm.guard {
                    retarget_expr(&mut g.clone(), frames);
                }
                scan_block(&arm.body, frames);
            }
        }
        NodeKind::Loop { label, body, .. } => {
            frames.push(Frame::real(
                label.as_ref().map(|l| l.name.ident.to_string()),
            ));
            scan_block(body, frames);
            frames.pop();
        }
        NodeKind::Hole {
            template,
            inner,
            conditional,
            ..
        } => {
            // A hole that always suspends is emitted without its template.
            if *conditional || !crate::resume::node_diverges(inner) {
                retarget_expr(&mut template.clone(), frames);
            }
            scan_node(inner, frames);
        }
    }
}
