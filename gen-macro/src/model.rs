//! The typed model passed between phases.
//!
//! `GenFn` is the parsed function. The body is lowered into a small tree
//! (`Block`, `Stmt`, `Node`) in which every suspension point is a
//! `NodeKind::Yield` standing as a statement or as the hole of an expression,
//! and everything without a suspension point is kept as the user's own `syn`
//! syntax (`Stmt::Plain`), to be emitted as written.

use std::ops::Range;

use proc_macro2::Ident;
use syn::{Attribute, Expr, Label, Pat, Path, Signature, Type, Visibility};

/// A `#[generator]` function, split into the parts the expansion rebuilds.
pub struct GenFn {
    /// Outer attributes, doc comments included, kept as written.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    /// The signature with argument patterns replaced by plain identifiers.
    pub sig: Signature,
    /// How the iterator is handed out.
    pub ret: ReturnKind,
    /// One entry per argument, `self` included, in declaration order.
    pub args: Vec<Arg>,
    /// The `#[resume]` parameter of a coroutine: the pattern and type that
    /// bind the first resume value. Not in `sig`.
    pub resume: Option<(Pat, Type)>,
    /// The path of the runtime crate (`::gen_core` unless `crate = …`).
    pub krate: Path,
    /// The body's braces, where a coroutine's return value is checked.
    pub body_span: proc_macro2::Span,
}

/// An argument, moved into the generator when the function is called.
pub struct Arg {
    /// The value as the signature names it (`self` or an identifier).
    pub value: Ident,
    /// The state field that holds it before the first `next()`.
    pub field: Ident,
    /// The pattern the body binds it to (`mut x`, `(a, b)`, `__self`).
    pub pat: Pat,
    /// A name a `gen!` block captures: bound `mut` whether or not the body
    /// mutates it, as a closure's captured variable is.
    pub captured: bool,
}

/// The accepted return types.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent flags of one return type"
)]
pub struct ReturnKind {
    /// `Box<dyn Iterator<…>>` rather than `impl Iterator<…>`.
    pub boxed: bool,
    /// The `Item` type, when it can be named inside the body.
    pub item: Option<Type>,
    /// `+ Clone` was asked for: the state derives `Clone`.
    pub clone: bool,
    /// `+ Send` was asked for: boxed recursion must stay `Send`.
    pub send: bool,
    /// `+ Sync` was asked for as well.
    pub sync: bool,
    /// `impl Generator<R, Yield = Y, Return = T>`: a coroutine (`item` is `Y`).
    pub coroutine: Option<Coroutine>,
}

impl ReturnKind {
    /// A coroutine's `R`, `Yield` and `Return` as the expansion writes them
    /// (`_` for a type the body cannot name); `()` for an iterator's.
    pub fn coroutine_types(
        &self,
    ) -> (
        proc_macro2::TokenStream,
        proc_macro2::TokenStream,
        proc_macro2::TokenStream,
    ) {
        use quote::{ToTokens, quote};
        let named = |t: Option<&Type>| t.map_or_else(|| quote!(_), ToTokens::to_token_stream);
        let co = self.coroutine.as_ref();
        (
            co.map_or_else(|| quote!(()), |c| c.resume.to_token_stream()),
            named(self.item.as_ref()),
            named(co.and_then(|c| c.ret.as_ref())),
        )
    }
}

/// The types of a coroutine's return type beside its `Yield`.
pub struct Coroutine {
    /// `R`, the resume value's type (`()` when not written).
    pub resume: Type,
    /// `T`, when it can be named inside the body.
    pub ret: Option<Type>,
}

impl Coroutine {
    /// Resumed with `()`: no value is lost when nothing binds the first one.
    pub fn unit_resume(&self) -> bool {
        crate::parse::is_unit(&self.resume)
    }
}

/// Identifies a `Block` of the lowered body.
pub type BlockId = usize;

/// A block of the lowered body: `{}`, `unsafe {}`, `'a: {}`, a loop body, a
/// branch or a match arm.
pub struct Block {
    pub id: BlockId,
    pub label: Option<Label>,
    pub unsafety: bool,
    /// Bindings that the enclosing construct's patterns introduce at the top
    /// of this block (`if let`, a `match` arm).
    pub binds: Vec<Binding>,
    pub stmts: Vec<Stmt>,
    /// The suspension points inside, numbered in source order.
    pub points: Range<usize>,
}

/// A name a pattern binds.
#[derive(Clone)]
pub struct Binding {
    pub ident: Ident,
    pub mutable: bool,
    /// Introduced by the expansion (an iterator, a spilled operand).
    pub internal: bool,
}

impl Binding {
    /// The name as saves and restores write it (see `names::user`).
    pub fn emitted(&self) -> proc_macro2::Ident {
        if self.internal {
            self.ident.clone()
        } else {
            crate::names::user(&self.ident)
        }
    }
}

#[allow(
    clippy::large_enum_variant,
    reason = "built once per expansion; boxing buys nothing"
)]
pub enum Stmt {
    /// A statement without a suspension point, emitted as written.
    Plain(syn::Stmt),
    /// `let pat = init else { … };` where `init` or the `else` block suspends.
    Let {
        attrs: Vec<Attribute>,
        pat: Pat,
        init: Init,
        els: Option<Block>,
        points: Range<usize>,
    },
    /// An expression statement (or a block's tail when `semi` is false) that
    /// suspends.
    Expr { node: Node, semi: bool },
}

#[allow(
    clippy::large_enum_variant,
    reason = "built once per expansion; boxing buys nothing"
)]
pub enum Init {
    Plain(Expr),
    Node(Node),
}

/// An expression that contains a suspension point.
pub struct Node {
    pub kind: NodeKind,
    pub points: Range<usize>,
}

#[allow(
    clippy::large_enum_variant,
    reason = "built once per expansion; boxing buys nothing"
)]
pub enum NodeKind {
    /// `yield_!(value)`: suspension point `point`. Evaluates to `()`.
    Yield {
        point: usize,
        value: Expr,
        /// The `yield_!` token, where errors about the yield point.
        span: proc_macro2::Span,
        /// The closing delimiter of `yield_!(..)`: with `span`, errors about
        /// the resume value cover the whole call.
        end: proc_macro2::Span,
    },
    Block(Block),
    If {
        cond: Expr,
        then: Block,
        els: Option<Block>,
    },
    Match {
        scrutinee: Expr,
        arms: Vec<Arm>,
    },
    Loop {
        label: Option<Label>,
        body: Block,
        /// The internal state just before the loop, when the loop is entered
        /// only through it (see `share`): a resumed iteration goes there
        /// instead of running a copy of the loop.
        head: Option<usize>,
    },
    /// An internal state: saves the kept locals and re-enters the resume
    /// closure there, without handing out a value. `id` names it until
    /// points are numbered.
    Goto {
        point: usize,
        id: usize,
    },
    /// A compound expression whose one suspending operand is `inner`; the
    /// operands evaluated before it were spilled to locals, so `template`
    /// can be evaluated after `inner` resumes.
    Hole {
        template: Expr,
        inner: Box<Node>,
        /// The operand slot needs parentheses around what fills it.
        parens: bool,
        /// The slot is evaluated only sometimes (the right of `&&`, `||`).
        conditional: bool,
    },
}

pub struct Arm {
    pub attrs: Vec<Attribute>,
    pub pat: Pat,
    pub guard: Option<Expr>,
    pub body: Block,
}

impl Stmt {
    pub fn points(&self) -> Range<usize> {
        match self {
            Stmt::Plain(_) => 0..0,
            Stmt::Let { points, .. } => points.clone(),
            Stmt::Expr { node, .. } => node.points.clone(),
        }
    }

    /// The blocks directly inside the statement, in source order.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            Stmt::Plain(_) => Vec::new(),
            Stmt::Let { init, els, .. } => {
                let mut out = match init {
                    Init::Node(n) => n.blocks(),
                    Init::Plain(_) => Vec::new(),
                };
                out.extend(els.as_ref());
                out
            }
            Stmt::Expr { node, .. } => node.blocks(),
        }
    }

    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self {
            Stmt::Plain(_) => Vec::new(),
            Stmt::Let { init, els, .. } => {
                let mut out = match init {
                    Init::Node(n) => n.blocks_mut(),
                    Init::Plain(_) => Vec::new(),
                };
                out.extend(els.as_mut());
                out
            }
            Stmt::Expr { node, .. } => node.blocks_mut(),
        }
    }
}

impl Node {
    /// The blocks directly inside the node (through the holes of compound
    /// expressions), in source order.
    pub fn blocks(&self) -> Vec<&Block> {
        match &self.kind {
            NodeKind::Yield { .. } | NodeKind::Goto { .. } => Vec::new(),
            NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => vec![b],
            NodeKind::If { then, els, .. } => std::iter::once(then).chain(els.as_ref()).collect(),
            NodeKind::Match { arms, .. } => arms.iter().map(|a| &a.body).collect(),
            NodeKind::Hole { inner, .. } => inner.blocks(),
        }
    }

    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match &mut self.kind {
            NodeKind::Yield { .. } | NodeKind::Goto { .. } => Vec::new(),
            NodeKind::Block(b) | NodeKind::Loop { body: b, .. } => vec![b],
            NodeKind::If { then, els, .. } => std::iter::once(then).chain(els.as_mut()).collect(),
            NodeKind::Match { arms, .. } => arms.iter_mut().map(|a| &mut a.body).collect(),
            NodeKind::Hole { inner, .. } => inner.blocks_mut(),
        }
    }
}

/// Where a kept local was declared: the block, and its position in it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct DeclId {
    pub block: BlockId,
    /// `0` for the block's `binds`, `1 + i` for statement `i`.
    pub slot: usize,
    /// Index of the binding within its pattern.
    pub index: usize,
}

/// A local that a suspension point saves into the state.
#[derive(Clone)]
pub struct Kept {
    pub decl: DeclId,
    pub binding: Binding,
    /// The enum's type parameter that holds it.
    pub param: usize,
    /// The state field (and the resume arm's binding) that holds the value.
    pub field: Ident,
    /// Dead at this point (overwritten before use): re-declared, not saved.
    pub redeclare: bool,
}
