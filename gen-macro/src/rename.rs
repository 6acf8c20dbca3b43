//! Gives an inner local another name when it hides an outer local that the
//! generator must keep across a suspension point in the inner scope:
//!
//! ```text
//! let x = 5;                         let x = 5;
//! {                                  {
//!     let x = x.len();       ==>         let __x_shadow0 = x.len();
//!     yield_!(x);                        yield_!(__x_shadow0);
//! }                                  }
//! yield_!(x);                        yield_!(x);
//! ```
//!
//! A save inside the inner scope can then name both. The new name resolves
//! like the user's own (call-site hygiene), so format strings that capture
//! the local (`"{x}"`) are rewritten to capture the new name. The rename
//! follows Rust's scopes: it stops where a later `let`, a closure parameter
//! or a pattern binds the name again.

use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Pat};

use crate::model::{Block, DeclId, Init, Node, NodeKind, Stmt};
use crate::normalize::bindings;

/// Renames declaration `decl` (a `let` in its block) and the uses that see
/// it. Returns false for bindings of other constructs, which it leaves.
pub fn decl(body: &mut Block, decl: DeclId, ident: &Ident, n: usize) -> bool {
    let name = ident.to_string();
    let to = Ident::new(
        &format!("__{}_shadow{n}", name.trim_start_matches("r#")),
        Span::call_site().located_at(ident.span()),
    );
    if decl.slot == 0 {
        return binder(body, decl.block, &name, &to);
    }
    let Some(block) = find(body, decl.block) else {
        return false;
    };
    let i = decl.slot - 1;
    let renamed = match &mut block.stmts[i] {
        Stmt::Plain(syn::Stmt::Local(local)) => rename_pat(&mut local.pat, &name, &to),
        Stmt::Let { pat, .. } => rename_pat(pat, &name, &to),
        _ => false,
    };
    if !renamed {
        return false;
    }
    let mut rename = Rename { from: name, to };
    rename.stmts(&mut block.stmts[i + 1..]);
    true
}

/// A binding of a pattern that opens block `id`: an `if let` (or let-chain)
/// before its `then` block, or a `match` arm before its body. Renames it in
/// the pattern, in what the pattern's scope covers, and in the block.
fn binder(block: &mut Block, id: usize, from: &str, to: &Ident) -> bool {
    for stmt in &mut block.stmts {
        let found = match stmt {
            Stmt::Expr { node, .. }
            | Stmt::Let {
                init: Init::Node(node),
                ..
            } => binder_node(node, id, from, to),
            _ => false,
        };
        if found
            || stmt
                .blocks_mut()
                .into_iter()
                .any(|b| binder(b, id, from, to))
        {
            return true;
        }
    }
    false
}

fn binder_node(node: &mut Node, id: usize, from: &str, to: &Ident) -> bool {
    let mut rename = Rename {
        from: from.to_owned(),
        to: to.clone(),
    };
    let body = match &mut node.kind {
        NodeKind::If { cond, then, .. } if then.id == id => {
            let mut bound = false;
            rename_chain(cond, &mut rename, &mut bound);
            then
        }
        NodeKind::Match { arms, .. } => {
            let Some(arm) = arms.iter_mut().find(|a| a.body.id == id) else {
                return false;
            };
            rename_pat(&mut arm.pat, from, to);
            if let Some(guard) = &mut arm.guard {
                rename.visit_expr_mut(guard);
            }
            &mut arm.body
        }
        NodeKind::Hole { inner, .. } => return binder_node(inner, id, from, to),
        _ => return false,
    };
    for b in &mut body.binds {
        if b.ident == from {
            b.ident = to.clone();
        }
    }
    rename.stmts(&mut body.stmts);
    true
}

/// The operands of a condition chain: the `let` that binds the name gets the
/// new name, and the operands after it see it.
fn rename_chain(cond: &mut Expr, rename: &mut Rename, bound: &mut bool) {
    match cond {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            rename_chain(&mut b.left, rename, bound);
            rename_chain(&mut b.right, rename, bound);
        }
        Expr::Let(l) => {
            if *bound {
                rename.visit_expr_mut(&mut l.expr);
            }
            if rename_pat(&mut l.pat, &rename.from, &rename.to) {
                *bound = true;
            }
        }
        other => {
            if *bound {
                rename.visit_expr_mut(other);
            }
        }
    }
}

fn find(block: &mut Block, id: usize) -> Option<&mut Block> {
    if block.id == id {
        return Some(block);
    }
    block
        .stmts
        .iter_mut()
        .flat_map(Stmt::blocks_mut)
        .find_map(|inner| find(inner, id))
}

fn rename_pat(pat: &mut Pat, from: &str, to: &Ident) -> bool {
    struct Pats<'a>(&'a str, &'a Ident, bool);
    impl VisitMut for Pats<'_> {
        fn visit_pat_ident_mut(&mut self, p: &mut syn::PatIdent) {
            if p.ident == self.0 {
                p.ident = self.1.clone();
                self.2 = true;
            }
            visit_mut::visit_pat_ident_mut(self, p);
        }
    }
    let mut v = Pats(from, to, false);
    v.visit_pat_mut(pat);
    v.2
}

fn binds(pat: &Pat, name: &str) -> bool {
    bindings(pat).iter().any(|b| b.ident == name)
}

struct Rename {
    from: String,
    to: Ident,
}

impl Rename {
    /// Renames through statements until one declares the name again.
    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for stmt in stmts {
            let rebinds = match stmt {
                Stmt::Plain(syn::Stmt::Local(local)) => {
                    if let Some(init) = &mut local.init {
                        self.visit_expr_mut(&mut init.expr);
                        if let Some((_, els)) = &mut init.diverge {
                            self.visit_expr_mut(els);
                        }
                    }
                    binds(&local.pat, &self.from)
                }
                Stmt::Plain(s) => {
                    self.visit_stmt_mut(s);
                    false
                }
                Stmt::Let { pat, init, els, .. } => {
                    match init {
                        Init::Plain(e) => self.visit_expr_mut(e),
                        Init::Node(n) => self.node(n),
                    }
                    if let Some(els) = els {
                        self.block(els);
                    }
                    binds(pat, &self.from)
                }
                Stmt::Expr { node, .. } => {
                    self.node(node);
                    false
                }
            };
            if rebinds {
                return;
            }
        }
    }

    fn block(&mut self, block: &mut Block) {
        if block.binds.iter().any(|b| b.ident == self.from.as_str()) {
            return;
        }
        self.stmts(&mut block.stmts);
    }

    fn node(&mut self, node: &mut Node) {
        match &mut node.kind {
            NodeKind::Yield { value, .. } => self.visit_expr_mut(value),
            NodeKind::Goto { .. } => {}
            NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => self.block(b),
            NodeKind::If { cond, then, els } => {
                self.cond(cond);
                self.block(then);
                if let Some(els) = els {
                    self.block(els);
                }
            }
            NodeKind::Match { scrutinee, arms } => {
                self.visit_expr_mut(scrutinee);
                for arm in arms {
                    if !binds(&arm.pat, &self.from) {
                        if let Some(g) = &mut arm.guard {
                            self.visit_expr_mut(g);
                        }
                        self.block(&mut arm.body);
                    }
                }
            }
            NodeKind::Hole {
                template, inner, ..
            } => {
                self.visit_expr_mut(template);
                self.node(inner);
            }
        }
    }

    /// A condition: operands after a `let` that binds the name see that
    /// binding instead.
    fn cond(&mut self, cond: &mut Expr) {
        match cond {
            Expr::Let(l) => self.visit_expr_mut(&mut l.expr),
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.cond(&mut b.left);
                if !let_binds(&b.left, &self.from) {
                    self.cond(&mut b.right);
                }
            }
            other => self.visit_expr_mut(other),
        }
    }

    fn tokens(&self, tokens: TokenStream, format: bool) -> TokenStream {
        let mut out = Vec::new();
        let mut prev_dot = false;
        for tt in tokens {
            let next = match tt {
                TokenTree::Ident(ident) if ident == self.from.as_str() && !prev_dot => {
                    TokenTree::Ident(self.to.clone())
                }
                TokenTree::Group(g) => {
                    let mut new = Group::new(g.delimiter(), self.tokens(g.stream(), format));
                    new.set_span(g.span());
                    TokenTree::Group(new)
                }
                TokenTree::Literal(lit) if format => TokenTree::Literal(self.literal(lit)),
                other => other,
            };
            prev_dot = matches!(&next, TokenTree::Punct(p) if p.as_char() == '.');
            out.push(next);
        }
        out.into_iter().collect()
    }

    /// `"{x}"` and `"{x:?}"` in a format string capture the local.
    fn literal(&self, lit: Literal) -> Literal {
        let text = lit.to_string();
        if !text.starts_with('"') || !text.contains('{') {
            return lit;
        }
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            if let Some(after) = rest.strip_prefix('{') {
                out.push('{');
                rest = after;
                continue;
            }
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            if rest[..end] == self.from && matches!(rest[end..].chars().next(), Some('}' | ':')) {
                out.push_str(&self.to.to_string());
                rest = &rest[end..];
            }
        }
        out.push_str(rest);
        match out.parse::<Literal>() {
            Ok(mut new) => {
                new.set_span(lit.span());
                new
            }
            Err(_) => lit,
        }
    }
}

fn let_binds(cond: &Expr, name: &str) -> bool {
    match cond {
        Expr::Let(l) => binds(&l.pat, name),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            let_binds(&b.left, name) || let_binds(&b.right, name)
        }
        _ => false,
    }
}

const FORMAT_MACROS: &[&str] = &[
    "format",
    "format_args",
    "print",
    "println",
    "eprint",
    "eprintln",
    "write",
    "writeln",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "todo",
    "unimplemented",
    "trace",
    "debug",
    "info",
    "warn",
    "error",
];

impl VisitMut for Rename {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Path(p) if p.qself.is_none() && p.path.is_ident(self.from.as_str()) => {
                p.path.segments[0].ident = self.to.clone();
            }
            Expr::Closure(c) => {
                if !c.inputs.iter().any(|p| binds(p, &self.from)) {
                    self.visit_expr_mut(&mut c.body);
                }
            }
            Expr::ForLoop(f) => {
                self.visit_expr_mut(&mut f.expr);
                if !binds(&f.pat, &self.from) {
                    self.visit_block_mut(&mut f.body);
                }
            }
            Expr::If(i) => {
                self.cond(&mut i.cond);
                if !let_binds(&i.cond, &self.from) {
                    self.visit_block_mut(&mut i.then_branch);
                }
                if let Some((_, els)) = &mut i.else_branch {
                    self.visit_expr_mut(els);
                }
            }
            Expr::While(w) => {
                self.cond(&mut w.cond);
                if !let_binds(&w.cond, &self.from) {
                    self.visit_block_mut(&mut w.body);
                }
            }
            Expr::Match(m) => {
                self.visit_expr_mut(&mut m.expr);
                for arm in &mut m.arms {
                    if !binds(&arm.pat, &self.from) {
                        if let Some((_, g)) = &mut arm.guard {
                            self.visit_expr_mut(g);
                        }
                        self.visit_expr_mut(&mut arm.body);
                    }
                }
            }
            Expr::Struct(s) => {
                for field in &mut s.fields {
                    let shorthand = field.colon_token.is_none()
                        && matches!(&field.member, syn::Member::Named(m) if m == self.from.as_str());
                    if shorthand {
                        field.colon_token = Some(syn::Token![:](Span::call_site()));
                    }
                    self.visit_expr_mut(&mut field.expr);
                }
                if let Some(rest) = &mut s.rest {
                    self.visit_expr_mut(rest);
                }
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        for stmt in &mut block.stmts {
            if let syn::Stmt::Local(local) = stmt {
                if let Some(init) = &mut local.init {
                    self.visit_expr_mut(&mut init.expr);
                    if let Some((_, els)) = &mut init.diverge {
                        self.visit_expr_mut(els);
                    }
                }
                if binds(&local.pat, &self.from) {
                    return;
                }
            } else {
                self.visit_stmt_mut(stmt);
            }
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        let format = mac
            .path
            .segments
            .last()
            .is_some_and(|s| FORMAT_MACROS.contains(&s.ident.to_string().as_str()));
        mac.tokens = self.tokens(std::mem::take(&mut mac.tokens), format);
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
