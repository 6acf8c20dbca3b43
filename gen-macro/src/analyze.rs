//! Decides, for each suspension point, which locals are kept in the state.
//!
//! Input: the lowered body. Output: per suspension point, the kept locals in
//! declaration order, each with its state field and the enum's type parameter.
//!
//! The rule (documented for users): a local is kept across a suspension point
//! when it is in scope there, not shadowed, and its name is mentioned in the
//! code that can run after the point within its scope (for a point inside a
//! loop, that is the whole loop body), or when its name starts with `_` (a
//! guard kept for its `Drop`). A local overwritten (`x = …;`) right after the
//! point, before any other use, is dead there: it is declared again, not kept.
//! Every other local is dropped when the generator suspends.

use std::collections::{HashMap, HashSet};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::Expr;

use crate::model::{Binding, Block, DeclId, Init, Kept, Node, NodeKind, Stmt};
use crate::names;
use crate::normalize::bindings;

pub struct Analysis {
    /// Per suspension point, the kept locals in declaration order.
    pub kept: Vec<Vec<Kept>>,
    /// Declarations kept at some point.
    pub ever_kept: HashSet<(usize, usize)>,
    /// Declarations kept or declared again at some point: where the code
    /// after the point assigns them, their `mut` may look unused to rustc.
    pub ever_split: HashSet<(usize, usize)>,
    /// Inner locals that hide an outer one which a suspension point inside
    /// their scope must keep for code after it: they need another name.
    pub shadowed: Vec<(DeclId, proc_macro2::Ident)>,
}

pub fn run(body: &Block, points: usize, args: usize) -> Analysis {
    let mut walker = Walker {
        scopes: Vec::new(),
        after: Vec::new(),
        kept: vec![Vec::new(); points],
        params: HashMap::new(),
        next_param: args,
        shadowed: Vec::new(),
        lazy: 0,
    };
    walker.block(body);
    let mut shadowed: Vec<(DeclId, proc_macro2::Ident)> = Vec::new();
    for (decl, ident) in walker.shadowed {
        if !shadowed.iter().any(|(d, _)| *d == decl) {
            shadowed.push((decl, ident));
        }
    }
    let ever_kept = walker
        .kept
        .iter()
        .flatten()
        .filter(|k| !k.redeclare)
        .map(|k| (k.decl.block, k.decl.slot))
        .collect();
    let ever_split = walker
        .kept
        .iter()
        .flatten()
        .map(|k| (k.decl.block, k.decl.slot))
        .collect();
    Analysis {
        kept: walker.kept,
        ever_kept,
        ever_split,
        shadowed,
    }
}

struct Scope {
    decls: Vec<(DeclId, Binding)>,
}

struct Walker {
    scopes: Vec<Scope>,
    /// Names mentioned by code that runs after the current position, each
    /// set with the number of scopes it concerns: a loop body's mentions
    /// matter only to locals declared outside the loop, whose scope outlives
    /// the iteration.
    after: Vec<(usize, HashSet<String>)>,
    kept: Vec<Vec<Kept>>,
    params: HashMap<DeclId, usize>,
    next_param: usize,
    /// Inner locals that hide an outer one the generator must keep.
    shadowed: Vec<(DeclId, proc_macro2::Ident)>,
    /// Inside the right operand of `&&` or `||`: a continuation runs it
    /// behind the spilled left operand, so rustc cannot see that an
    /// assignment after the point runs, and no local is dead there.
    lazy: usize,
}

impl Walker {
    fn block(&mut self, block: &Block) {
        let decls = block
            .binds
            .iter()
            .enumerate()
            .map(|(index, b)| {
                let decl = DeclId {
                    block: block.id,
                    slot: 0,
                    index,
                };
                (decl, b.clone())
            })
            .collect();
        self.scopes.push(Scope { decls });
        for (i, stmt) in block.stmts.iter().enumerate() {
            if !stmt.points().is_empty() {
                let rest = &block.stmts[i + 1..];
                self.after.push((self.scopes.len(), mentions_stmts(rest)));
                match stmt {
                    Stmt::Expr {
                        node:
                            Node {
                                kind: NodeKind::Yield { point, .. } | NodeKind::Goto { point, .. },
                                ..
                            },
                        ..
                    } => self.record(*point, &overwritten(rest)),
                    // `x = yield_!(..);`: `x` is overwritten by the resumed
                    // value before anything reads it.
                    Stmt::Expr {
                        node:
                            Node {
                                kind:
                                    NodeKind::Hole {
                                        template, inner, ..
                                    },
                                ..
                            },
                        semi: true,
                    } if assigned(template).is_some()
                        && matches!(inner.kind, NodeKind::Yield { .. } | NodeKind::Goto { .. }) =>
                    {
                        let (NodeKind::Yield { point, .. } | NodeKind::Goto { point, .. }) =
                            inner.kind
                        else {
                            unreachable!("matched above")
                        };
                        let mut dead = overwritten(rest);
                        dead.extend(assigned(template));
                        self.after.push((self.scopes.len(), mentions(template)));
                        self.record(point, &dead);
                        self.after.pop();
                    }
                    _ => self.stmt(stmt),
                }
                self.after.pop();
            }
            let declared = match stmt {
                Stmt::Plain(syn::Stmt::Local(local)) => bindings(&local.pat),
                Stmt::Let { pat, .. } => bindings(pat),
                _ => Vec::new(),
            };
            let scope = self.scopes.last_mut().unwrap_or_else(|| unreachable!());
            for (index, b) in declared.into_iter().enumerate() {
                let decl = DeclId {
                    block: block.id,
                    slot: i + 1,
                    index,
                };
                scope.decls.push((decl, b));
            }
        }
        self.scopes.pop();
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Plain(_) => {}
            Stmt::Let { init, els, .. } => {
                if let Init::Node(node) = init {
                    self.after.push((
                        self.scopes.len(),
                        els.as_ref().map(mentions_block).unwrap_or_default(),
                    ));
                    self.node(node);
                    self.after.pop();
                }
                if let Some(els) = els {
                    self.block(els);
                }
            }
            Stmt::Expr { node, .. } => self.node(node),
        }
    }

    fn node(&mut self, node: &Node) {
        match &node.kind {
            NodeKind::Yield { point, .. } | NodeKind::Goto { point, .. } => {
                self.record(*point, &HashSet::new());
            }
            NodeKind::Block(b) => self.block(b),
            NodeKind::If { then, els, .. } => {
                self.block(then);
                if let Some(els) = els {
                    self.block(els);
                }
            }
            NodeKind::Match { arms, .. } => {
                for arm in arms {
                    if !arm.body.points.is_empty() {
                        self.block(&arm.body);
                    }
                }
            }
            NodeKind::Loop { body, .. } => {
                self.after.push((self.scopes.len(), mentions_block(body)));
                self.block(body);
                self.after.pop();
            }
            NodeKind::Hole {
                template,
                inner,
                conditional,
                ..
            } => {
                self.after.push((self.scopes.len(), mentions(template)));
                self.lazy += usize::from(*conditional);
                self.node(inner);
                self.lazy -= usize::from(*conditional);
                self.after.pop();
            }
        }
    }

    fn record(&mut self, point: usize, dead: &HashSet<String>) {
        let none = HashSet::new();
        let dead = if self.lazy > 0 { &none } else { dead };
        let mentioned = |name: &str, depth: usize| {
            self.after
                .iter()
                .any(|(scopes, set)| depth < *scopes && set.contains(name))
        };
        let mut visible: HashMap<String, (usize, DeclId, &Binding)> = HashMap::new();
        for (depth, scope) in self.scopes.iter().enumerate() {
            for (decl, binding) in &scope.decls {
                let name = binding.ident.to_string();
                if let Some((outer, ..)) = visible.get(&name) {
                    // An outer local shadowed in an inner scope cannot be
                    // named here, yet code after the inner scope reads it.
                    let needed = *outer < depth
                        && self.after.iter().any(|(scopes, set)| {
                            *outer < *scopes && *scopes <= depth && set.contains(&name)
                        });
                    if needed && !binding.internal {
                        self.shadowed.push((*decl, binding.ident.clone()));
                    }
                }
                visible.insert(name, (depth, *decl, binding));
            }
        }
        let mut kept: Vec<(DeclId, Binding, bool)> = visible
            .into_iter()
            .filter(|(name, (depth, _, binding))| {
                mentioned(name, *depth)
                    || (!binding.internal && name.starts_with('_') && name != "_")
            })
            .map(|(name, (_, decl, binding))| (decl, binding.clone(), dead.contains(&name)))
            .collect();
        kept.sort_by_key(|(decl, ..)| *decl);
        let mut taken = Vec::new();
        for (decl, binding, redeclare) in kept {
            let (param, field) = if redeclare {
                (usize::MAX, binding.ident.clone())
            } else {
                let param = *self.params.entry(decl).or_insert_with(|| {
                    self.next_param += 1;
                    self.next_param - 1
                });
                (param, names::field(&binding.ident.to_string(), &mut taken))
            };
            self.kept[point].push(Kept {
                decl,
                binding,
                param,
                field,
                redeclare,
            });
        }
    }
}

/// `x` in a template `x = <hole>` whose right side does not read `x`.
fn assigned(template: &Expr) -> Option<String> {
    let Expr::Assign(assign) = template else {
        return None;
    };
    let Expr::Path(path) = &*assign.left else {
        return None;
    };
    let name = path.path.get_ident()?.to_string();
    (!mentions(&assign.right).contains(&name)).then_some(name)
}

/// Locals assigned by the plain `x = …;` statements that open `rest`, before
/// anything reads them.
fn overwritten(rest: &[Stmt]) -> HashSet<String> {
    let mut dead = HashSet::new();
    let mut read = HashSet::new();
    for stmt in rest {
        let Stmt::Plain(syn::Stmt::Expr(Expr::Assign(assign), Some(_))) = stmt else {
            break;
        };
        let Expr::Path(path) = &*assign.left else {
            break;
        };
        let Some(ident) = path.path.get_ident() else {
            break;
        };
        read.extend(mentions(&assign.right));
        let name = ident.to_string();
        if !read.contains(&name) {
            dead.insert(name);
        }
    }
    dead
}

fn mentions_stmts(stmts: &[Stmt]) -> HashSet<String> {
    let mut set = HashSet::new();
    for stmt in stmts {
        stmt_mentions(stmt, &mut set);
    }
    set
}

pub fn mentions_block(block: &Block) -> HashSet<String> {
    mentions_stmts(&block.stmts)
}

pub fn stmt_mentions(stmt: &Stmt, set: &mut HashSet<String>) {
    match stmt {
        Stmt::Plain(s) => scan(s.to_token_stream(), set),
        Stmt::Let { init, els, .. } => {
            match init {
                Init::Plain(e) => scan(e.to_token_stream(), set),
                Init::Node(n) => node_mentions(n, set),
            }
            if let Some(els) = els {
                set.extend(mentions_block(els));
            }
        }
        Stmt::Expr { node, .. } => node_mentions(node, set),
    }
}

fn node_mentions(node: &Node, set: &mut HashSet<String>) {
    match &node.kind {
        NodeKind::Yield { value, .. } => scan(value.to_token_stream(), set),
        NodeKind::Goto { .. } => {}
        NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => set.extend(mentions_block(b)),
        NodeKind::If { cond, then, els } => {
            scan(cond.to_token_stream(), set);
            set.extend(mentions_block(then));
            if let Some(els) = els {
                set.extend(mentions_block(els));
            }
        }
        NodeKind::Match { scrutinee, arms } => {
            scan(scrutinee.to_token_stream(), set);
            for arm in arms {
                if let Some(guard) = &arm.guard {
                    scan(guard.to_token_stream(), set);
                }
                set.extend(mentions_block(&arm.body));
            }
        }
        NodeKind::Hole {
            template, inner, ..
        } => {
            scan(template.to_token_stream(), set);
            node_mentions(inner, set);
        }
    }
}

fn mentions(expr: &Expr) -> HashSet<String> {
    let mut set = HashSet::new();
    scan(expr.to_token_stream(), &mut set);
    set
}

/// Every identifier in the tokens, and the names that format strings capture
/// (`"{x}"`, `"{x:?}"`).
pub fn scan(tokens: TokenStream, set: &mut HashSet<String>) {
    for tt in tokens {
        match tt {
            TokenTree::Ident(ident) => {
                set.insert(ident.to_string());
            }
            TokenTree::Group(group) => scan(group.stream(), set),
            TokenTree::Literal(lit) => {
                let text = lit.to_string();
                if text.contains('{') {
                    format_captures(&text, set);
                }
            }
            TokenTree::Punct(_) => {}
        }
    }
}

fn format_captures(text: &str, set: &mut HashSet<String>) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if rest.starts_with('{') {
            rest = &rest[1..];
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            set.insert(name);
        }
    }
}
