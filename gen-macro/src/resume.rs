//! The code of the resume closure's arms: the first run of the body, and the
//! continuation after each suspension point.
//!
//! Input: the lowered body and the analysis. Output: for the first run, the
//! body as written, where each `yield_!` saves the kept locals into the state
//! and returns the value; for suspension point `k`, the continuation:
//!
//! ```text
//! let mut a = 0;                 Suspend0 { a } => {
//! loop {                             let mut a = a;          // restore
//!     yield_!(a);        ==>         { a += 1; }             // rest of the iteration
//!     a += 1;                        { __next = Suspend0 { a }; __out = Some(a); break '__step; }
//! }                              }
//! ```
//!
//! A continuation restores the kept locals into plain variables in the scopes
//! they were declared in, then runs the rest of each enclosing construct from
//! the inside out, and goes on as ordinary structured code: a loop resumed in
//! the middle runs the rest of its iteration, then is itself again. So `next()`
//! dispatches once, on entry, and the code between two suspension points is
//! the user's own control flow. Statements after a point that always suspends
//! are never emitted there: the continuation is where they run.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::visit_mut::VisitMut;
use syn::{Expr, Lifetime, Path, Type};

use crate::analyze::Analysis;
use crate::jumps::{self, Frame};
use crate::model::{Block, Init, Node, NodeKind, Stmt};
use crate::names;
use crate::normalize::bindings;

pub struct Out {
    pub tokens: TokenStream,
    /// The emitted code cannot complete normally.
    pub diverges: bool,
}

pub struct Emit<'a> {
    pub analysis: &'a Analysis,
    /// Locals that stay in their slots (see `resident`).
    pub residents: &'a std::collections::HashMap<crate::model::DeclId, proc_macro2::Ident>,
    /// The points whose state the code emitted so far saves.
    pub saves: Vec<usize>,
    /// Goto ids of loop heads to their points.
    pub heads: std::collections::HashMap<usize, usize>,
    pub krate: &'a Path,
    pub item: Option<&'a Type>,
    /// The return type promises `Send`: each kept local is checked where it
    /// is saved, so that an error names the local rather than the state.
    pub send: bool,
    /// A coroutine's resume type (none for an iterator): yields hand out
    /// `GeneratorState::Yielded`, and a resumed `yield_!` evaluates to the
    /// resume value, taken with this type named so that a type error is
    /// about the value, not about a call.
    pub resume_ty: Option<&'a Type>,
    /// Internal states re-dispatch in a loop: a coroutine's resume value
    /// waits in a slot (`emit`).
    pub dispatch_loop: bool,
    labels: usize,
}

impl<'a> Emit<'a> {
    pub fn new(
        analysis: &'a Analysis,
        residents: &'a std::collections::HashMap<crate::model::DeclId, proc_macro2::Ident>,
        heads: std::collections::HashMap<usize, usize>,
        krate: &'a Path,
        item: Option<&'a Type>,
    ) -> Self {
        Emit {
            analysis,
            residents,
            saves: Vec::new(),
            heads,
            krate,
            item,
            send: false,
            resume_ty: None,
            dispatch_loop: false,
            labels: 0,
        }
    }

    fn coroutine(&self) -> bool {
        self.resume_ty.is_some()
    }

    fn label(&mut self, prefix: &str) -> Lifetime {
        self.labels += 1;
        names::label(prefix, self.labels)
    }

    /// A block run from its start.
    pub fn block(&mut self, block: &Block, frames: &mut Vec<Frame>) -> Out {
        let mut pieces = Vec::new();
        let diverges = self.stmts(block, 0, frames, &mut pieces);
        wrap(block, pieces, diverges)
    }

    /// A block resumed at suspension point `k`, which it contains.
    pub fn block_from(&mut self, block: &Block, k: usize, frames: &mut Vec<Frame>) -> Out {
        let i = block
            .stmts
            .iter()
            .position(|s| s.points().contains(&k))
            .unwrap_or_else(|| unreachable!("the block contains the point"));
        let mut pieces = Vec::new();
        Self::items(&block.stmts[..i], &mut pieces);
        self.restores(block, k, &mut pieces);
        let allow = self.allow_mut(block, i);
        let out = self.stmt_from(&block.stmts[i], k, allow, frames);
        pieces.push(Piece::new(out.tokens));
        let diverges = if out.diverges {
            Self::items(&block.stmts[i + 1..], &mut pieces);
            true
        } else {
            self.stmts(block, i + 1, frames, &mut pieces)
        };
        wrap(block, pieces, diverges)
    }

    /// Emits `block.stmts[from..]`, stopping after one that diverges.
    fn stmts(
        &mut self,
        block: &Block,
        from: usize,
        frames: &mut Vec<Frame>,
        pieces: &mut Vec<Piece>,
    ) -> bool {
        let mut diverged = false;
        for (i, stmt) in block.stmts.iter().enumerate().skip(from) {
            let out = self.stmt(block, i, stmt, frames);
            diverged |= out.diverges;
            let deferred = match stmt {
                Stmt::Plain(syn::Stmt::Local(local)) if local.init.is_none() => {
                    bindings(&local.pat)
                        .iter()
                        .map(|b| b.ident.to_string())
                        .collect()
                }
                _ => Vec::new(),
            };
            pieces.push(Piece {
                tokens: out.tokens,
                deferred,
            });
            // Code after the user's own `break`/`return` stays, as written
            // (rustc type-checks it and warns as usual); code after a
            // suspension runs in a continuation instead.
            if out.diverges && !matches!(stmt, Stmt::Plain(_)) {
                Self::items(&block.stmts[i + 1..], pieces);
                return true;
            }
        }
        diverged
    }

    /// Items (and `macro_rules!`) are visible in their whole block: a
    /// continuation declares those it skips, and a cut keeps those after it.
    fn items(stmts: &[Stmt], pieces: &mut Vec<Piece>) {
        for stmt in stmts {
            match stmt {
                Stmt::Plain(s) if crate::normalize::is_item(s) => {
                    pieces.push(Piece::new(s.to_token_stream()));
                }
                _ => {}
            }
        }
    }

    fn restores(&mut self, block: &Block, k: usize, pieces: &mut Vec<Piece>) {
        for kept in self.analysis.kept[k]
            .iter()
            .filter(|k| k.decl.block == block.id)
        {
            let ident = kept.binding.emitted();
            let mutability = kept.binding.mutable.then(|| quote!(mut));
            if let Some(slot) = self.residents.get(&kept.decl) {
                let krate = self.krate;
                pieces.push(Piece::new(quote! {
                    #[allow(unused_variables)]
                    let #ident = #krate::__private::slot(&mut #slot);
                }));
            } else if kept.redeclare {
                pieces.push(Piece {
                    tokens: quote! {
                        #[allow(unused_mut, unused_variables)]
                        let #mutability #ident;
                    },
                    deferred: vec![ident.to_string()],
                });
            } else {
                let field = &kept.field;
                pieces.push(Piece::new(quote! {
                    #[allow(unused_mut, unused_variables)]
                    let #mutability #ident = #field;
                }));
            }
        }
    }

    /// `#[allow(unused_mut)]` for the `let` of statement `i` when a
    /// suspension point splits its local's life: the code that mutates it
    /// may be in another arm.
    fn allow_mut(&self, block: &Block, i: usize) -> Option<TokenStream> {
        self.analysis
            .ever_split
            .contains(&(block.id, i + 1))
            .then(|| quote!(#[allow(unused_mut)]))
    }

    fn stmt(&mut self, block: &Block, i: usize, stmt: &Stmt, frames: &mut Vec<Frame>) -> Out {
        let allow = self.allow_mut(block, i);
        let decl = crate::model::DeclId {
            block: block.id,
            slot: i + 1,
            index: 0,
        };
        if let (Some(slot), Stmt::Plain(syn::Stmt::Local(local))) =
            (self.residents.get(&decl), stmt)
        {
            if let (syn::Pat::Ident(p), Some(init)) = (&local.pat, &local.init) {
                let krate = self.krate;
                let ident = &p.ident;
                let value = &init.expr;
                return Out {
                    tokens: quote! {
                        #slot = #krate::__private::Some(#value);
                        let #ident = #krate::__private::slot(&mut #slot);
                    },
                    diverges: false,
                };
            }
        }
        match stmt {
            Stmt::Plain(s) => {
                let mut s = s.clone();
                jumps::retarget_stmt(&mut s, frames);
                let diverges = plain_diverges(&s);
                let tokens = match &s {
                    // A captured name's `let` allows `unused_mut` already.
                    syn::Stmt::Local(l)
                        if l.attrs.iter().any(|a| {
                            a.to_token_stream().to_string() == "# [allow (unused_mut)]"
                        }) =>
                    {
                        s.into_token_stream()
                    }
                    syn::Stmt::Local(_) => quote!(#allow #s),
                    _ => s.into_token_stream(),
                };
                Out { tokens, diverges }
            }
            Stmt::Let {
                attrs,
                pat,
                init,
                els,
                ..
            } => {
                let init = match init {
                    Init::Plain(e) => Self::plain(e, frames),
                    Init::Node(n) => self.node(n, frames),
                };
                self.let_(allow, attrs, pat, init, els.as_ref(), frames)
            }
            Stmt::Expr { node, semi } => {
                let out = self.node(node, frames);
                semi_(out, *semi)
            }
        }
    }

    fn stmt_from(
        &mut self,
        stmt: &Stmt,
        k: usize,
        allow: Option<TokenStream>,
        frames: &mut Vec<Frame>,
    ) -> Out {
        match stmt {
            Stmt::Plain(_) => unreachable!("plain statements contain no point"),
            Stmt::Let {
                attrs,
                pat,
                init,
                els,
                ..
            } => match (init, els) {
                (Init::Node(n), _) if n.points.contains(&k) => {
                    let init = self.node_from(n, k, frames);
                    self.let_(allow, attrs, pat, init, els.as_ref(), frames)
                }
                (_, Some(els)) => self.block_from(els, k, frames),
                _ => unreachable!("the statement contains the point"),
            },
            // A coroutine's resumed `yield_!(…);` statement drops the value.
            Stmt::Expr {
                node:
                    Node {
                        kind: NodeKind::Yield { span, end, .. },
                        ..
                    },
                semi: true,
            } if self.coroutine() => {
                let krate = self.krate;
                let value = self.resumed(*span, *end);
                Out {
                    tokens: quote_spanned!(*span=> #krate::__private::discard(#value);),
                    diverges: false,
                }
            }
            // A resumed `yield_!(…);` statement has done all it does.
            Stmt::Expr {
                node:
                    Node {
                        kind: NodeKind::Yield { .. } | NodeKind::Goto { .. },
                        ..
                    },
                semi: true,
            } => Out {
                tokens: TokenStream::new(),
                diverges: false,
            },
            Stmt::Expr { node, semi } => {
                let out = self.node_from(node, k, frames);
                semi_(out, *semi)
            }
        }
    }

    fn let_(
        &mut self,
        allow: Option<TokenStream>,
        attrs: &[syn::Attribute],
        pat: &syn::Pat,
        init: Out,
        els: Option<&Block>,
        frames: &mut Vec<Frame>,
    ) -> Out {
        if init.diverges {
            return semi_(init, true);
        }
        let mut value = init.tokens;
        // `let … else` takes no initializer that ends in `}`.
        let brace = matches!(
            value.clone().into_iter().last(),
            Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace
        );
        if els.is_some() && brace {
            value = quote!((#value));
        }
        let els = els.map(|b| {
            let b = self.block(b, frames).tokens;
            quote!(else #b)
        });
        Out {
            tokens: quote!(#allow #(#attrs)* let #pat = #value #els;),
            diverges: false,
        }
    }

    fn plain(expr: &Expr, frames: &mut [Frame]) -> Out {
        let mut expr = expr.clone();
        jumps::retarget_expr(&mut expr, frames);
        Out {
            diverges: expr_diverges(&expr),
            tokens: expr.into_token_stream(),
        }
    }

    /// An expression that contains suspension points, run from its start.
    fn node(&mut self, node: &Node, frames: &mut Vec<Frame>) -> Out {
        match &node.kind {
            NodeKind::Yield {
                point, value, span, ..
            } => self.yield_(*point, value, *span, frames),
            NodeKind::Goto { point, .. } => self.goto(*point),
            NodeKind::Block(b) => self.block(b, frames),
            NodeKind::If { cond, then, els } => {
                let cond = Self::plain(cond, frames).tokens;
                let then = self.block(then, frames);
                let els = els.as_ref().map(|b| self.else_(b, frames));
                let diverges = then.diverges && els.as_ref().is_some_and(|e| e.diverges);
                let then = then.tokens;
                let els = els.map(|e| e.tokens);
                Out {
                    tokens: quote!(if #cond #then #els),
                    diverges,
                }
            }
            NodeKind::Match { scrutinee, arms } => {
                let scrutinee = Self::plain(scrutinee, frames).tokens;
                let mut diverges = !arms.is_empty();
                let mut tokens = TokenStream::new();
                for arm in arms {
                    let body = self.block(&arm.body, frames);
                    diverges &= body.diverges;
                    let attrs = &arm.attrs;
                    let pat = &arm.pat;
                    let guard = arm.guard.as_ref().map(|g| {
                        let g = Self::plain(g, frames).tokens;
                        quote!(if #g)
                    });
                    let body = body.tokens;
                    tokens.extend(quote!(#(#attrs)* #pat #guard => #body));
                }
                Out {
                    tokens: quote!(match #scrutinee { #tokens }),
                    diverges,
                }
            }
            NodeKind::Loop { label, body, .. } => self.loop_(label.as_ref(), body, frames),
            NodeKind::Hole {
                template,
                inner,
                parens,
                conditional,
            } => {
                let inner = self.node(inner, frames);
                Self::fill(template, inner, *parens, *conditional, frames)
            }
        }
    }

    /// An expression resumed at suspension point `k`, which it contains.
    fn node_from(&mut self, node: &Node, k: usize, frames: &mut Vec<Frame>) -> Out {
        match &node.kind {
            NodeKind::Yield { span, end, .. } if self.coroutine() => Out {
                tokens: self.resumed(*span, *end),
                diverges: false,
            },
            NodeKind::Yield { span, .. } => Out {
                tokens: quote_spanned!(*span=> ()),
                diverges: false,
            },
            NodeKind::Goto { .. } => Out {
                tokens: quote!(()),
                diverges: false,
            },
            NodeKind::Block(b) => self.block_from(b, k, frames),
            NodeKind::If { then, els, .. } => match els {
                Some(els) if els.points.contains(&k) => self.block_from(els, k, frames),
                _ => self.block_from(then, k, frames),
            },
            NodeKind::Match { arms, .. } => {
                let arm = arms
                    .iter()
                    .find(|a| a.body.points.contains(&k))
                    .unwrap_or_else(|| unreachable!("an arm contains the point"));
                self.block_from(&arm.body, k, frames)
            }
            NodeKind::Loop { label, body, head } => {
                self.loop_from(label.as_ref(), body, *head, k, frames)
            }
            NodeKind::Hole {
                template,
                inner,
                parens,
                conditional,
            } => {
                let inner = self.node_from(inner, k, frames);
                Self::fill(template, inner, *parens, *conditional, frames)
            }
        }
    }

    fn else_(&mut self, els: &Block, frames: &mut Vec<Frame>) -> Out {
        let out = self.block(els, frames);
        // `else { if … }` is printed as the `else if` it was.
        let tokens = match &els.stmts[..] {
            [Stmt::Expr { node, semi: false }]
                if els.binds.is_empty() && matches!(node.kind, NodeKind::If { .. }) =>
            {
                let inner = self.node(node, frames).tokens;
                quote!(else #inner)
            }
            [Stmt::Plain(syn::Stmt::Expr(e @ Expr::If(_), None))] => {
                let inner = Self::plain(e, frames).tokens;
                quote!(else #inner)
            }
            _ => {
                let t = out.tokens;
                quote!(else #t)
            }
        };
        Out {
            tokens,
            diverges: out.diverges,
        }
    }

    fn fill(
        template: &Expr,
        inner: Out,
        parens: bool,
        conditional: bool,
        frames: &mut [Frame],
    ) -> Out {
        // Operands before the hole were spilled: if the hole always suspends,
        // nothing of the template runs before the suspension.
        if inner.diverges && !conditional {
            return inner;
        }
        let mut template = template.clone();
        jumps::retarget_expr(&mut template, frames);
        let diverges = expr_diverges(&template);
        let filling = inner.tokens;
        // An operand that suspends on some paths only (a loop, a branch)
        // runs before the template: the template would otherwise move the
        // spilled operands before them, and a suspension inside would then
        // save moved values.
        let step = names::label("step", 0).ident.to_string();
        if !inner.diverges && !conditional && breaks_to(&filling, &step) && value_slot(&template) {
            let hole = names::internal("__hole", Span::call_site());
            Fill(Some(hole.to_token_stream())).visit_expr_mut(&mut template);
            return Out {
                tokens: quote!({
                    let #hole = #filling;
                    #template
                }),
                diverges,
            };
        }
        // `break 'label ::path` reads as a label followed by `:` to syn.
        let labeled_break = matches!(&template, Expr::Break(b) if b.label.is_some());
        let path_first = matches!(
            filling.clone().into_iter().next(),
            Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == ':'
        );
        let filling = if parens || (labeled_break && path_first) {
            quote!((#filling))
        } else {
            filling
        };
        Fill(Some(filling)).visit_expr_mut(&mut template);
        Out {
            tokens: template.into_token_stream(),
            diverges,
        }
    }

    /// Suspension point `point`: save the kept locals, hand out the value.
    fn yield_(&mut self, point: usize, value: &Expr, span: Span, frames: &mut [Frame]) -> Out {
        let krate = self.krate;
        let yielded = names::yielded();
        let step = names::label("step", 0);
        let (out, next) = (names::out(), names::next());
        let value = Self::plain(value, frames).tokens;
        // A generic call, not a typed `let`: the expected type reaches the
        // value (integer literals, error spans) without making it a coercion
        // site that lints would judge as the user's code.
        let value = match self.item {
            Some(t) => {
                // Spanned at the value: a wrong type is reported there.
                let at = names::first_span(&value);
                let item = names::respan(quote!(#krate::__private::item::<#t>), at);
                quote_spanned!(at=> #item(#value))
            }
            None => value,
        };
        let state = self.saved(point);
        let out_value = if self.coroutine() {
            quote!(#krate::__private::Some(
                #krate::__private::GeneratorState::Yielded(#yielded)
            ))
        } else {
            quote!(#krate::__private::Some(#yielded))
        };
        // Leaving the arm drops the locals that are not kept; the new state
        // is stored after that, so a panicking drop leaves it finished. The
        // value and the state wait in locals declared outside the arm, which
        // unwinding drops.
        Out {
            tokens: quote_spanned! {span=>
                {
                    let #yielded = #value;
                    #next = #state;
                    #out = #out_value;
                    break #step;
                }
            },
            diverges: true,
        }
    }

    /// A coroutine's resume value, as the `yield_!` at `span` evaluates to it.
    /// The call's parentheses close at `end`, so that a type error about
    /// the value covers the user's whole `yield_!(..)`.
    fn resumed(&self, span: Span, end: Span) -> TokenStream {
        let krate = self.krate;
        let arg = names::resume_arg(span);
        let (function, arg) = if self.dispatch_loop {
            (quote!(take), quote_spanned!(span=> &mut #arg))
        } else {
            (quote!(resumed), arg.into_token_stream())
        };
        let ty = self.resume_ty.map(|t| quote!(::<#t>));
        let function = names::respan(quote!(#krate::__private::#function #ty), span);
        let mut args = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, arg);
        args.set_span(end);
        quote!(#function #args)
    }

    /// The state saved at `point`, tied to the type of the state variable
    /// so that rustc knows the kept locals' types in arms checked later.
    fn saved(&mut self, point: usize) -> TokenStream {
        self.saves.push(point);
        let krate = self.krate;
        let state = names::state();
        let state_enum = names::state_enum();
        let variant = names::variant(point);
        let fields = self.fields(point);
        let state = quote!(#krate::__private::same(&#state, #state_enum::#variant { #fields }));
        if !self.send {
            return state;
        }
        let checks = self.analysis.kept[point]
            .iter()
            .filter(|k| !k.redeclare && !self.residents.contains_key(&k.decl))
            .map(|k| {
                let ident = k.binding.emitted();
                let at = ident.span();
                let check = names::respan(quote!(#krate::__private::assert_send), at);
                quote_spanned!(at=> #check(&#ident);)
            });
        quote!({
            #(#checks)*
            #state
        })
    }

    /// The fields of the state saved at `point`.
    fn fields(&self, point: usize) -> TokenStream {
        let fields = self.analysis.kept[point]
            .iter()
            .filter(|k| !k.redeclare && !self.residents.contains_key(&k.decl))
            .map(|k| {
                let field = &k.field;
                let ident = k.binding.emitted();
                quote!(#field: #ident)
            });
        quote!(#(#fields),*)
    }

    /// Internal state `point`: save the kept locals, dispatch again.
    fn goto(&mut self, point: usize) -> Out {
        let krate = self.krate;
        let step = names::label("step", 0);
        let (out, next) = (names::out(), names::next());
        let state = self.saved(point);
        Out {
            tokens: quote! {
                {
                    #next = #state;
                    #out = #krate::__private::None;
                    break #step;
                }
            },
            diverges: true,
        }
    }

    /// A loop run from its start. A loop whose body never reaches its end nor
    /// a `continue` runs at most one iteration per resume: it is emitted as a
    /// block, since its next iteration starts from a continuation.
    fn loop_(&mut self, label: Option<&syn::Label>, body: &Block, frames: &mut Vec<Frame>) -> Out {
        let jumps = jumps::scan(body, label.map(|l| &l.name));
        let user_label = label.map(|l| l.name.ident.to_string());
        if block_diverges(body) && !jumps.continues {
            let exit = self.label("exit");
            frames.push(Frame {
                label: user_label,
                exit: Some(exit.clone()),
                iter: None,
                used_exit: false,
                used_iter: false,
            });
            let out = self.block(body, frames);
            let frame = frames.pop().unwrap_or_else(|| unreachable!());
            let inner = out.tokens;
            let tokens = if frame.used_exit {
                quote!(#exit: #inner)
            } else {
                inner
            };
            return Out {
                tokens,
                diverges: !frame.used_exit,
            };
        }
        frames.push(Frame::real(user_label));
        let out = self.block(body, frames);
        frames.pop();
        let inner = out.tokens;
        Out {
            tokens: quote!(#label loop #inner),
            diverges: !jumps.breaks,
        }
    }

    /// A loop resumed at point `k` inside its body: the rest of the
    /// interrupted iteration, then the loop.
    fn loop_from(
        &mut self,
        label: Option<&syn::Label>,
        body: &Block,
        head: Option<usize>,
        k: usize,
        frames: &mut Vec<Frame>,
    ) -> Out {
        let exit = self.label("exit");
        let iter = self.label("iter");
        frames.push(Frame {
            label: label.map(|l| l.name.ident.to_string()),
            exit: Some(exit.clone()),
            iter: Some(iter.clone()),
            used_exit: false,
            used_iter: false,
        });
        let rest = self.block_from(body, k, frames);
        let frame = frames.pop().unwrap_or_else(|| unreachable!());
        let reaches_loop = !rest.diverges || frame.used_iter;
        let rest_tokens = rest.tokens;
        let rest_tokens = if frame.used_iter {
            quote!(#iter: #rest_tokens)
        } else {
            rest_tokens
        };
        let head = head.and_then(|id| self.heads.get(&id).copied());
        let (again, again_diverges) = if let (true, Some(head)) = (reaches_loop, head) {
            // The loop exists once, in the arm of its head state.
            (self.goto(head).tokens, true)
        } else if reaches_loop {
            let again = self.loop_(label, body, frames);
            (again.tokens, again.diverges)
        } else {
            (TokenStream::new(), true)
        };
        // A rest that diverges and is all there is ends with `;`, as a
        // statement rather than the block's tail.
        let semi = (!reaches_loop).then(|| quote!(;));
        let tokens = if frame.used_exit {
            quote!(#exit: { #rest_tokens #semi #again })
        } else {
            quote!({ #rest_tokens #semi #again })
        };
        Out {
            tokens,
            diverges: !frame.used_exit && again_diverges,
        }
    }
}

/// One emitted statement of a block.
struct Piece {
    tokens: TokenStream,
    /// Names a `let` without initializer declares: the declaration is left
    /// out when nothing after it in this copy of the block mentions them,
    /// since rustc could not infer their type.
    deferred: Vec<String>,
}

impl Piece {
    fn new(tokens: TokenStream) -> Self {
        Piece {
            tokens,
            deferred: Vec::new(),
        }
    }
}

fn wrap(block: &Block, pieces: Vec<Piece>, diverges: bool) -> Out {
    let mut stmts = TokenStream::new();
    for (i, piece) in pieces.iter().enumerate() {
        if !piece.deferred.is_empty() {
            let mut later = std::collections::HashSet::new();
            for p in &pieces[i + 1..] {
                crate::analyze::scan(p.tokens.clone(), &mut later);
            }
            if !piece.deferred.iter().any(|name| later.contains(name)) {
                continue;
            }
        }
        stmts.extend(piece.tokens.clone());
    }
    let diverges = diverges
        && !block
            .label
            .as_ref()
            .is_some_and(|l| breaks_to(&stmts, &l.name.ident.to_string()));
    let label = &block.label;
    let unsafety = block.unsafety.then(|| quote!(unsafe));
    Out {
        tokens: quote!(#label #unsafety { #stmts }),
        diverges,
    }
}

/// Ends an expression statement. One that diverges ends with `;` even as
/// the last statement, where a cut made it the block's tail.
fn semi_(out: Out, semi: bool) -> Out {
    if semi || out.diverges {
        let t = out.tokens;
        Out {
            tokens: quote!(#t;),
            diverges: out.diverges,
        }
    } else {
        out
    }
}

/// Whether the template uses its hole as a value among other operands: an
/// argument, an element, a field value or an operand of an operator.
fn value_slot(template: &Expr) -> bool {
    let is_hole = crate::normalize::is_hole;
    match template {
        // `crate(..)` (a type error) would read as a visibility at the start
        // of a statement.
        Expr::Call(c) if matches!(&*c.func, Expr::Path(p) if p.path.is_ident("crate")) => false,
        Expr::Call(c) => c.args.iter().any(is_hole),
        Expr::MethodCall(m) => m.args.iter().any(is_hole),
        Expr::Tuple(t) => t.elems.iter().any(is_hole),
        Expr::Array(a) => a.elems.iter().any(is_hole),
        Expr::Struct(s) => s.fields.iter().any(|f| is_hole(&f.expr)),
        Expr::Binary(b) => is_hole(&b.right),
        _ => false,
    }
}

/// Puts the filling into the template's hole.
struct Fill(Option<TokenStream>);

impl VisitMut for Fill {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if crate::normalize::is_hole(expr) {
            if let Some(filling) = self.0.take() {
                *expr = Expr::Verbatim(filling);
            }
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

fn plain_diverges(stmt: &syn::Stmt) -> bool {
    match stmt {
        syn::Stmt::Expr(e, _) => expr_diverges(e),
        syn::Stmt::Macro(m) => macro_diverges(&m.mac),
        _ => false,
    }
}

fn expr_diverges(expr: &Expr) -> bool {
    match expr {
        Expr::Break(_) | Expr::Continue(_) | Expr::Return(_) => true,
        Expr::Macro(m) => macro_diverges(&m.mac),
        _ => false,
    }
}

fn macro_diverges(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|s| {
        matches!(
            s.ident.to_string().as_str(),
            "panic" | "unreachable" | "todo" | "unimplemented"
        )
    })
}

/// Whether emitted code contains `break 'label`.
fn breaks_to(tokens: &TokenStream, label: &str) -> bool {
    let tokens: Vec<_> = tokens.clone().into_iter().collect();
    tokens.iter().enumerate().any(|(i, tt)| match tt {
        proc_macro2::TokenTree::Ident(id) if id == "break" => matches!(
            (tokens.get(i + 1), tokens.get(i + 2)),
            (Some(proc_macro2::TokenTree::Punct(p)), Some(proc_macro2::TokenTree::Ident(name)))
                if p.as_char() == '\'' && name == label
        ),
        proc_macro2::TokenTree::Group(g) => breaks_to(&g.stream(), label),
        _ => false,
    })
}

/// Whether a block run from its start cannot complete normally: a statement
/// diverges, and no mention of the block's label (a `break 'label`) comes up
/// to the first statement that always suspends.
/// Each statement is judged once: judging nested blocks twice per level
/// would take time exponential in the nesting.
pub fn block_diverges(block: &Block) -> bool {
    let label = block.label.as_ref().map(|l| l.name.ident.to_string());
    let mut diverges = false;
    for stmt in &block.stmts {
        if let Some(name) = &label {
            let mut set = std::collections::HashSet::new();
            crate::analyze::stmt_mentions(stmt, &mut set);
            if set.contains(name) {
                return false;
            }
        }
        let here = stmt_diverges(stmt);
        diverges |= here;
        if here && !matches!(stmt, Stmt::Plain(_)) {
            return true;
        }
    }
    diverges
}

pub fn stmt_diverges(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Plain(s) => plain_diverges(s),
        Stmt::Let { init, .. } => matches!(init, Init::Node(n) if node_diverges(n)),
        Stmt::Expr { node, .. } => node_diverges(node),
    }
}

pub fn node_diverges(node: &Node) -> bool {
    match &node.kind {
        NodeKind::Yield { .. } | NodeKind::Goto { .. } => true,
        NodeKind::Block(b) => block_diverges(b),
        NodeKind::If { then, els, .. } => {
            block_diverges(then) && els.as_ref().is_some_and(block_diverges)
        }
        NodeKind::Match { arms, .. } => {
            !arms.is_empty() && arms.iter().all(|a| block_diverges(&a.body))
        }
        NodeKind::Loop { label, body, .. } => {
            !jumps::scan(body, label.as_ref().map(|l| &l.name)).breaks
        }
        NodeKind::Hole {
            template,
            inner,
            conditional,
            ..
        } => (node_diverges(inner) && !conditional) || expr_diverges(template),
    }
}
