//! The random programs: a small typed AST of generator bodies, and a seeded
//! generator that draws terminating, well-typed bodies from it.
//!
//! Every program is a group of functions (`run`, the one the runner calls,
//! and sub-generators `s1`, `s2`, … that `run` delegates to with
//! `yield_from!`). Each function takes `log: Log` (the drop log) and
//! `a0: i64`. Loops are bounded by counters, ranges by `rem_euclid`, and
//! `while let` pops a vector that nothing pushes to, so every program ends.

use crate::rng::Rng;

/// How the program's functions hand out their values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// `#[generator]` functions returning `impl Iterator`.
    #[default]
    Iterator,
    /// `#[generator]` functions returning `impl Generator<R, Yield = i64,
    /// Return = T>`, driven by a fixed pseudo-random sequence of resume
    /// values; yields evaluate to them.
    Coroutine,
    /// Functions whose body (after a few captured locals) is a `gen!` block
    /// with native `yield`.
    Block,
}

impl Mode {
    /// The mode's name on the command line and in regression files.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Mode::Iterator => "iterator",
            Mode::Coroutine => "coroutine",
            Mode::Block => "block",
        }
    }

    /// The mode named `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Mode> {
        [Mode::Iterator, Mode::Coroutine, Mode::Block]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// A coroutine's `Return` type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ret {
    /// `i64`: no `?`.
    Int,
    /// `Result<i64, String>`: `chk(e)?` completes with the error.
    Res,
    /// `Option<i64>`: `opt?` completes with `None`.
    Opt,
}

/// A whole program: its item type and its functions (`funcs[0]` is `run`).
#[derive(Clone, Debug)]
pub struct Program {
    /// `Item = Result<i64, String>` (with `?` on `Result`) rather than `i64`
    /// (never in coroutine mode, where `Yield = i64`).
    pub result: bool,
    /// How the functions hand out values.
    pub mode: Mode,
    /// The coroutines' `Return` type (coroutine mode).
    pub ret: Ret,
    /// The coroutines are resumed with `()` rather than `i64` (coroutine mode).
    pub unit_resume: bool,
    /// The seed of the resume values (coroutine mode).
    pub rseed: u64,
    /// Block mode: native `yield` may stand inside the arguments of
    /// `yield_!(..)` and `yield_from!(..)` (else those use `yield_!`).
    pub native_in_markers: bool,
    /// The value `run` is called with.
    pub arg: i64,
    /// `run`, then the sub-generators.
    pub funcs: Vec<Func>,
}

/// One generator function.
#[derive(Clone, Debug)]
pub struct Func {
    /// `run`, `s1`, `s2`, ….
    pub name: String,
    /// The body, written once and emitted in both forms.
    pub body: Block,
    /// Returns `Box<dyn Iterator<…>>` rather than `impl Iterator<…>`.
    pub boxed: bool,
    /// Block mode: `let`s of the function, before its `gen!` block, that the
    /// block captures (no suspension points).
    pub captured: Vec<Stmt>,
    /// Coroutine mode: where the `#[resume] r0` parameter stands among
    /// `log` and `a0` (0, 1 or 2).
    pub resume_at: usize,
    /// Coroutine mode: `#[resume] mut r0`.
    pub resume_mut: bool,
}

/// `{ stmts; tail }`.
#[derive(Clone, Debug, Default)]
pub struct Block {
    /// The statements, in order.
    pub stmts: Vec<Stmt>,
    /// The value of a value block.
    pub tail: Option<Box<Expr>>,
}

/// A statement of a generator body.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// `let [mut] name = init;` (an `i64`, `Option<i64>` or `Vec<i64>`).
    Let {
        /// The bound name.
        name: String,
        /// `let mut`.
        mutable: bool,
        /// The initializer.
        init: Expr,
    },
    /// `let name = D::new(&log, pinned);`, or `let _ = …` when `name` is `None`.
    LetD {
        /// The bound name (`p…`/`_p…` pinned, `f…` free), none for `let _`.
        name: Option<String>,
        /// Whether the value's drop must happen exactly where Rust drops it.
        pinned: bool,
    },
    /// `name.touch();`: the use at the end of a pinned local's scope.
    Touch(String),
    /// `name = value;`, `name += value;`, `name ^= value;`.
    Assign {
        /// The assigned `i64` local.
        name: String,
        /// `=`, `+=` or `^=`.
        op: &'static str,
        /// The assigned value.
        value: Expr,
    },
    /// `yield_!(item(e));`.
    Yield(Expr),
    /// `yield_!(Err(..))` in a `Result` program.
    YieldErr(Expr),
    /// `yield_!(item(e))` as the tail of a unit block (no semicolon).
    YieldTail(Expr),
    /// `yield_from!(iterable);` of a range-like iterable.
    YieldFrom(Expr),
    /// `yield_from!(s<i>(log.clone(), arg));`.
    YieldFromSub(usize, Expr),
    /// `if c {} else if c {} else {}`.
    If(Vec<(Cond, Block)>, Option<Block>),
    /// `if let Some(bind) = scrut [&& chain] {} [else {}]`.
    IfLet {
        /// The name bound to the `Some` payload.
        bind: String,
        /// An `Option<i64>` expression.
        scrut: Expr,
        /// A let-chain condition.
        chain: Option<Cond>,
        /// The `then` block.
        then: Block,
        /// The `else` block.
        els: Option<Block>,
    },
    /// `match scrut { arms }` as a statement (unit arms).
    Match(Expr, Vec<Arm>),
    /// A bounded `loop`.
    Loop(LoopE),
    /// `while ctr < bound && cond { ctr += 1; body }`.
    While {
        /// The loop label.
        label: Option<String>,
        /// The counter's name.
        ctr: String,
        /// The iteration bound.
        bound: i64,
        /// The user condition.
        cond: Cond,
        /// The body.
        body: Block,
    },
    /// `while let Some(bind) = vec.pop() { body }`.
    WhileLet {
        /// The loop label.
        label: Option<String>,
        /// The bound name.
        bind: String,
        /// The popped vector.
        vec: String,
        /// The body.
        body: Block,
    },
    /// `for var in iter { body }`.
    For {
        /// The loop label.
        label: Option<String>,
        /// The loop variable.
        var: String,
        /// A bounded iterable.
        iter: Expr,
        /// The body.
        body: Block,
    },
    /// `'label: { body }`.
    Labeled(String, Block),
    /// `break ['label] [value];`.
    Break(Option<String>, Option<Expr>),
    /// `continue ['label];`.
    Continue(Option<String>),
    /// `return;`.
    Return,
    /// `return value;` of a coroutine (the value of its `Return` type).
    ReturnVal(Expr),
    /// `let Some(name) = scrut else { diverging };`.
    LetElse {
        /// The bound name.
        name: String,
        /// An `Option<i64>` expression.
        scrut: Expr,
        /// The diverging `else` block.
        els: Block,
    },
    /// A nested `{ block }`.
    Block(Block),
    /// `unsafe { block }` (with nothing unsafe inside).
    Unsafe(Block),
    /// `let (a, mut b) = (ea, eb);`.
    LetPair {
        /// The first name.
        a: String,
        /// The second (mutable) name.
        b: String,
        /// The first value.
        ea: Expr,
        /// The second value.
        eb: Expr,
    },
    /// `match scrut { Some(bind) => some, None => none }` on an `Option<i64>`.
    MatchOpt {
        /// An `Option<i64>` expression.
        scrut: Expr,
        /// The name bound to the payload.
        bind: String,
        /// The `Some` arm.
        some: Block,
        /// The `None` arm.
        none: Block,
    },
    /// `sink(e);`: an expression evaluated for its effects.
    Sink(Expr),
}

/// A bounded `loop`, as a statement (`default` is `None`) or as a value
/// expression that breaks with `default` when its counter runs out.
#[derive(Clone, Debug)]
pub struct LoopE {
    /// The loop label.
    pub label: Option<String>,
    /// The counter's name.
    pub ctr: String,
    /// The iteration bound.
    pub bound: i64,
    /// The body.
    pub body: Block,
    /// The value when the counter runs out (value loops only).
    pub default: Option<Box<Expr>>,
}

/// A `match` arm.
#[derive(Clone, Debug)]
pub struct Arm {
    /// The pattern.
    pub pat: Pat,
    /// An `if` guard.
    pub guard: Option<Cond>,
    /// The arm's body.
    pub body: ArmBody,
}

/// The patterns of `match` arms over small non-negative integers.
#[derive(Clone, Debug)]
pub enum Pat {
    /// `n`.
    Lit(i64),
    /// `a | b`.
    Or(i64, i64),
    /// A binding `name`.
    Bind(String),
    /// `_`.
    Wild,
}

/// What an arm evaluates.
#[derive(Clone, Debug)]
pub enum ArmBody {
    /// `=> { block }`.
    Block(Block),
    /// `=> yield_!(e),` (unit arms).
    Yield(Expr),
    /// `=> e,` (value arms).
    Expr(Expr),
}

/// Boolean conditions.
#[derive(Clone, Debug)]
pub enum Cond {
    /// `a op b`.
    Cmp(&'static str, Expr, Expr),
    /// `a && b`.
    And(Box<Cond>, Box<Cond>),
    /// `a || b`.
    Or(Box<Cond>, Box<Cond>),
    /// `!a`.
    Not(Box<Cond>),
    /// `o.is_some()`.
    IsSome(String),
}

/// Expressions (of type `i64`, `Option<i64>`, `Vec<i64>` or an iterable).
#[derive(Clone, Debug)]
pub enum Expr {
    /// A literal.
    Lit(i64),
    /// A local.
    Var(String),
    /// `d.v()`.
    DVal(String),
    /// `(v.len() as i64)`.
    VecLen(String),
    /// `o.unwrap_or(2)`.
    OptOr(String),
    /// `(a op b)`.
    Bin(&'static str, Box<Expr>, Box<Expr>),
    /// `f(args)` of a runtime helper.
    Call(&'static str, Vec<Expr>),
    /// `(e).rem_euclid(k)`.
    Rem(Box<Expr>, i64),
    /// `{ yield_!(item(y)); v }`.
    YieldThen(Box<Expr>, Box<Expr>),
    /// `after(yield_!(item(y)), v)`.
    UnitArg(Box<Expr>, Box<Expr>),
    /// `if c { a } else { b }`.
    If(Box<Cond>, Box<Block>, Box<Block>),
    /// `match scrut { arms }` with value arms.
    Match(Box<Expr>, Vec<Arm>),
    /// A value `loop`.
    Loop(Box<LoopE>),
    /// `'label: { body }` with a value.
    Labeled(String, Box<Block>),
    /// `chk(e)?`.
    Try(Box<Expr>),
    /// `e?` on an `Option<i64>`.
    OptTry(Box<Expr>),
    /// `{ stmts; tail }`.
    Block(Box<Block>),
    /// `Some(e)`.
    Some(Box<Expr>),
    /// `None::<i64>`.
    None,
    /// `v.clone()`.
    Clone(String),
    /// `keep(e, &[p.v(), …])`: the tail of a block that must still mention
    /// its pinned locals after the tail's own yields.
    Keep(Box<Expr>, Vec<String>),
    /// `lo..hi` (both bounded by `rem_euclid`).
    Range(Box<Expr>, Box<Expr>),
    /// `yield_!(y)` used for its value: the next resume value (coroutines).
    YieldVal(Box<Expr>),
    /// `yield_from!(co_range(lo, hi)[, first])`: the delegate's return value
    /// (coroutines).
    CoFrom(Box<Expr>, Box<Expr>, Option<Box<Expr>>),
    /// `yield_from!(s<i>(log.clone(), arg)[, first])`, with `?` unless the
    /// `Return` type is `i64` (coroutines).
    CoFromSub(usize, Box<Expr>, Option<Box<Expr>>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Opt,
    Vec,
    DFree,
    DPin,
}

#[derive(Clone, Debug)]
struct Var {
    name: String,
    ty: Ty,
    mutable: bool,
    /// Never shadowed nor assigned (the recursion depth `a0` of a recursive sub).
    fixed: bool,
}

#[derive(Clone, Debug)]
struct Target {
    label: Option<String>,
    is_loop: bool,
    value: bool,
}

const MAX_DEPTH: u32 = 4;

#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches of the grammar"
)]
struct Gen<'r> {
    rng: &'r mut Rng,
    result: bool,
    scopes: Vec<Vec<Var>>,
    targets: Vec<Target>,
    counter: u32,
    budget: i32,
    /// Sub-generators callable from here: (index, recursive).
    subs: Vec<(usize, bool)>,
    /// Inside a match guard (or, with that feature off, a later let-chain
    /// operand), where the macro rejects suspension points (a documented
    /// limit): no yields, no blocks.
    pure: bool,
    features: Features,
    /// Coroutine mode.
    co: bool,
    /// `yield_!(..)` evaluates to an `i64` resume value.
    yield_value: bool,
    /// `chk(e)?` may stand (Result items, or a Result return).
    try_res: bool,
    /// `opt?` may stand.
    try_opt: bool,
    /// The coroutine's return type.
    ret: Ret,
    /// Drawing the arguments of a `yield_from!` (coroutines).
    in_delegation: bool,
}

/// Which parts of the language programs draw from (all by default). A
/// feature the macro gets wrong in most programs can be turned off to find
/// the bugs it hides.
#[derive(Clone, Copy, Debug)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches of the grammar"
)]
pub struct Features {
    /// New locals sometimes reuse the name of one in scope.
    pub shadowing: bool,
    /// A block may end in `yield_!(…)` after a `break`, `continue` or
    /// `return` (unreachable code).
    pub unreachable_yields: bool,
    /// Suspension points in the operands of a let-chain after the first.
    pub yields_in_let_chains: bool,
    /// Iterators, coroutines or `gen!` blocks.
    pub mode: Mode,
    /// Coroutines: `?` in the arguments of `yield_from!(g, first)`.
    pub try_in_delegation: bool,
    /// Coroutines: `yield_from!` in the arguments of `yield_from!(g, first)`.
    pub nested_delegation: bool,
    /// `gen!` blocks: native `yield` in the arguments of `yield_!(..)` and
    /// `yield_from!(..)`.
    pub native_in_markers: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            shadowing: true,
            unreachable_yields: true,
            yields_in_let_chains: true,
            mode: Mode::Iterator,
            try_in_delegation: true,
            nested_delegation: true,
            native_in_markers: true,
        }
    }
}

/// What a program's functions are, beyond the body (see [`Program`]).
#[derive(Clone, Copy, Debug)]
struct Shape {
    result: bool,
    mode: Mode,
    ret: Ret,
    unit_resume: bool,
}

/// Draws the program of `seed` with every feature.
#[must_use]
pub fn generate(seed: u64) -> Program {
    generate_with(seed, Features::default())
}

/// Draws the program of `seed`.
#[must_use]
pub fn generate_with(seed: u64, features: Features) -> Program {
    let mut rng = Rng::new(seed);
    let result = rng.chance(30);
    let arg = rng.range(-3, 12);
    let nsubs = if rng.chance(40) { rng.range(1, 2) } else { 0 };
    let mode = features.mode;
    // Coroutine mode only: the extra draws come after those of the other
    // modes, so that the programs of a seed stay what they were.
    let (ret, unit_resume, rseed) = if mode == Mode::Coroutine {
        let ret = if result {
            Ret::Res
        } else if rng.chance(35) {
            Ret::Opt
        } else {
            Ret::Int
        };
        (ret, rng.chance(15), rng.next_u64())
    } else {
        (Ret::Int, false, 0)
    };
    let shape = Shape {
        result: result && mode != Mode::Coroutine,
        mode,
        ret,
        unit_resume,
    };
    let mut funcs = Vec::new();
    let mut subs = Vec::new();
    let mut sub_funcs = Vec::new();
    for i in 1..=usize::try_from(nsubs).unwrap_or(0) {
        let rec = rng.chance(40);
        let budget = rng.range(4, 14);
        let name = format!("s{i}");
        let (resume_at, resume_mut) = resume_param(&mut rng, shape);
        let (captured, body) = {
            let mut g = Gen::new(&mut rng, shape, budget, Vec::new(), features);
            g.push_fixed_arg(rec, resume_mut);
            let captured = g.captured_lets();
            let mut body = g.block(1, g.co, Vec::new());
            if rec {
                // `if a0 > 0 { yield_from!(s_i(log.clone(), a0 - 1)); }`
                let arg = Expr::Bin(
                    "-",
                    Box::new(Expr::Var("a0".into())),
                    Box::new(Expr::Lit(1)),
                );
                let call = if g.co {
                    let first = g.delegation_args(Gen::first_value);
                    Stmt::YieldFrom(Expr::CoFromSub(i, Box::new(arg), first))
                } else {
                    Stmt::YieldFromSub(i, arg)
                };
                let call = Stmt::If(
                    vec![(
                        Cond::Cmp(">", Expr::Var("a0".into()), Expr::Lit(0)),
                        Block {
                            stmts: vec![call],
                            tail: None,
                        },
                    )],
                    None,
                );
                // Before the closing uses of pinned locals and a tail yield.
                let end = body
                    .stmts
                    .iter()
                    .position(|s| matches!(s, Stmt::Touch(_) | Stmt::YieldTail(_)))
                    .unwrap_or(body.stmts.len());
                let at = g.rng.below(u32::try_from(end).unwrap_or(0) + 1) as usize;
                body.stmts.insert(at, call);
            }
            (captured, body)
        };
        subs.push((i, rec));
        // A `gen!` block cannot name its own type: a recursive one is boxed.
        let boxed = rng.chance(30) || (mode == Mode::Block && rec);
        sub_funcs.push(Func {
            name,
            body,
            boxed,
            captured,
            resume_at,
            resume_mut,
        });
    }
    let budget = rng.range(10, 45);
    let (resume_at, resume_mut) = resume_param(&mut rng, shape);
    let mut g = Gen::new(&mut rng, shape, budget, subs, features);
    g.push_fixed_arg(false, resume_mut);
    let captured = g.captured_lets();
    let body = g.block(1, g.co, Vec::new());
    funcs.push(Func {
        name: "run".into(),
        body,
        boxed: false,
        captured,
        resume_at,
        resume_mut,
    });
    funcs.extend(sub_funcs);
    Program {
        result: shape.result,
        mode,
        ret,
        unit_resume,
        rseed,
        native_in_markers: features.native_in_markers,
        arg,
        funcs,
    }
}

/// Where a coroutine's `#[resume]` parameter stands, and whether it is `mut`
/// (no draws outside coroutine mode).
fn resume_param(rng: &mut Rng, shape: Shape) -> (usize, bool) {
    if shape.mode == Mode::Coroutine && !shape.unit_resume {
        (rng.below(3) as usize, rng.chance(50))
    } else {
        (0, false)
    }
}

/// Whether control never goes past `s`.
fn diverges(s: &Stmt) -> bool {
    matches!(
        s,
        Stmt::Break(..) | Stmt::Continue(..) | Stmt::Return | Stmt::ReturnVal(_)
    )
}

impl<'r> Gen<'r> {
    fn new(
        rng: &'r mut Rng,
        shape: Shape,
        budget: i64,
        subs: Vec<(usize, bool)>,
        features: Features,
    ) -> Self {
        let co = shape.mode == Mode::Coroutine;
        Gen {
            rng,
            result: shape.result,
            scopes: Vec::new(),
            targets: Vec::new(),
            counter: 0,
            budget: i32::try_from(budget).unwrap_or(10),
            subs,
            pure: false,
            features,
            co,
            yield_value: co && !shape.unit_resume,
            try_res: if co {
                shape.ret == Ret::Res
            } else {
                shape.result
            },
            try_opt: !co || shape.ret == Ret::Opt,
            ret: shape.ret,
            in_delegation: false,
        }
    }

    /// Draws the arguments of a `yield_from!` with `f`, leaving out what the
    /// features leave out there.
    fn delegation_args<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = (self.try_res, self.try_opt, self.in_delegation);
        if !self.features.try_in_delegation {
            self.try_res = false;
            self.try_opt = false;
        }
        self.in_delegation = true;
        let out = f(self);
        (self.try_res, self.try_opt, self.in_delegation) = saved;
        out
    }

    /// Whether a `yield_from!` may stand here.
    fn can_delegate(&self) -> bool {
        self.co && !self.pure && (self.features.nested_delegation || !self.in_delegation)
    }

    /// The function's parameters: `a0`, and a coroutine's `#[resume] r0`.
    fn push_fixed_arg(&mut self, fixed: bool, resume_mut: bool) {
        let mut scope = vec![Var {
            name: "a0".into(),
            ty: Ty::Int,
            mutable: false,
            fixed,
        }];
        if self.yield_value {
            scope.push(Var {
                name: "r0".into(),
                ty: Ty::Int,
                mutable: resume_mut,
                fixed: false,
            });
        }
        self.scopes.push(scope);
    }

    /// Block mode: a few `let`s without suspension points, before the `gen!`
    /// block, for it to capture (none in the other modes).
    fn captured_lets(&mut self) -> Vec<Stmt> {
        if self.features.mode != Mode::Block {
            return Vec::new();
        }
        let n = self.rng.range(0, 3);
        let was = std::mem::replace(&mut self.pure, true);
        let mut out = Vec::new();
        for _ in 0..n {
            let s = match self.rng.below(10) {
                0..=5 => self.let_int(1),
                6..=7 => {
                    let name = self.new_name(Ty::Opt, "o");
                    let init = self.opt_expr(1, 2);
                    self.bind(&name, Ty::Opt, false);
                    Stmt::Let {
                        name,
                        mutable: false,
                        init,
                    }
                }
                _ => {
                    let name = self.new_name(Ty::Vec, "v");
                    let init = self.vec_expr(1, 2);
                    self.bind(&name, Ty::Vec, true);
                    Stmt::Let {
                        name,
                        mutable: true,
                        init,
                    }
                }
            };
            out.push(s);
        }
        self.pure = was;
        out
    }

    /// The first resume value `yield_from!` hands a delegate: none when the
    /// coroutines are resumed with `()`.
    fn first_value(&mut self) -> Option<Box<Expr>> {
        if !self.yield_value {
            return None;
        }
        Some(Box::new(if self.rng.chance(50) {
            Expr::Lit(self.rng.range(-2, 9))
        } else {
            self.int_expr(1, 1)
        }))
    }

    /// A coroutine's `return` value, of its `Return` type.
    fn ret_expr(&mut self, depth: u32) -> Expr {
        match self.ret {
            Ret::Int => self.int_expr(depth, 2),
            Ret::Res => {
                if self.rng.chance(75) {
                    Expr::Call("Ok", vec![self.int_expr(depth, 2)])
                } else {
                    Expr::Call("errv", vec![self.int_expr(depth, 1)])
                }
            }
            Ret::Opt => {
                if self.rng.chance(75) {
                    Expr::Some(Box::new(self.int_expr(depth, 2)))
                } else {
                    Expr::None
                }
            }
        }
    }

    /// `return;`, or a coroutine's `return value;`.
    fn return_stmt(&mut self, depth: u32) -> Stmt {
        if self.co {
            Stmt::ReturnVal(self.ret_expr(depth))
        } else {
            Stmt::Return
        }
    }

    /// `yield_from!(co_range(lo, hi)[, first])`.
    fn co_from(&mut self, depth: u32) -> Expr {
        self.delegation_args(|g| {
            let lo = Expr::Rem(Box::new(g.int_expr(depth, 1)), 3);
            let hi = Expr::Rem(Box::new(g.int_expr(depth, 1)), 6);
            let first = g.first_value();
            Expr::CoFrom(Box::new(lo), Box::new(hi), first)
        })
    }

    /// `yield_from!(s<i>(log.clone(), arg)[, first])`, if there are subs.
    fn co_from_sub(&mut self, depth: u32) -> Option<Expr> {
        // The `?` after a sub's delegation is a `?` in the arguments of an
        // outer one.
        let q = self.ret != Ret::Int;
        if self.subs.is_empty() || (q && self.in_delegation && !self.features.try_in_delegation) {
            return None;
        }
        let (i, rec) = *self.rng.pick(&self.subs.clone());
        Some(self.delegation_args(|g| {
            let arg = g.int_expr(depth, 1);
            let arg = if rec {
                Expr::Rem(Box::new(arg), 3)
            } else {
                arg
            };
            let first = g.first_value();
            Expr::CoFromSub(i, Box::new(arg), first)
        }))
    }

    /// Coroutine statements that use a yield's value: `let x = yield_!(e);`,
    /// `x = yield_!(e);`, `x += yield_!(e) * k;`, `if yield_!(e) > k { .. }`.
    fn co_stmt(&mut self, depth: u32) -> Option<Stmt> {
        let y = Expr::YieldVal(Box::new(self.int_expr(depth, 1)));
        match self.rng.below(4) {
            0 => {
                let name = self.new_name(Ty::Int, "x");
                let mutable = self.rng.chance(50);
                self.bind(&name, Ty::Int, mutable);
                Some(Stmt::Let {
                    name,
                    mutable,
                    init: y,
                })
            }
            1 | 2 => {
                let muts: Vec<Var> = self
                    .vars(Ty::Int)
                    .into_iter()
                    .filter(|v| v.mutable)
                    .collect();
                if muts.is_empty() {
                    return None;
                }
                let name = self.rng.pick(&muts).name.clone();
                if self.rng.chance(50) {
                    Some(Stmt::Assign {
                        name,
                        op: "=",
                        value: y,
                    })
                } else {
                    let k = Expr::Lit(self.rng.range(1, 4));
                    Some(Stmt::Assign {
                        name,
                        op: "+=",
                        value: Expr::Bin("*", Box::new(y), Box::new(k)),
                    })
                }
            }
            _ if depth < MAX_DEPTH => {
                let op = *self.rng.pick(&["<", ">", ">="]);
                let c = Cond::Cmp(op, y, Expr::Lit(self.rng.range(-2, 10)));
                let then = self.block(depth + 1, false, Vec::new());
                let els = if self.rng.chance(50) {
                    Some(self.block(depth + 1, false, Vec::new()))
                } else {
                    None
                };
                Some(Stmt::If(vec![(c, then)], els))
            }
            _ => None,
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("{prefix}{}", self.counter)
    }

    fn vars(&self, ty: Ty) -> Vec<Var> {
        // Innermost binding of each name wins.
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for scope in self.scopes.iter().rev() {
            for v in scope.iter().rev() {
                if seen.contains(&v.name) {
                    continue;
                }
                seen.push(v.name.clone());
                if v.ty == ty {
                    out.push(v.clone());
                }
            }
        }
        out
    }

    fn bind(&mut self, name: &str, ty: Ty, mutable: bool) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(Var {
                name: name.into(),
                ty,
                mutable,
                fixed: false,
            });
        }
    }

    /// A name for a new local of `ty`: sometimes shadowing one in scope.
    fn new_name(&mut self, ty: Ty, prefix: &str) -> String {
        let existing: Vec<Var> = self
            .vars(ty)
            .into_iter()
            .filter(|v| !v.fixed && v.name.starts_with(prefix))
            .collect();
        if self.features.shadowing && !existing.is_empty() && self.rng.chance(25) {
            return self.rng.pick(&existing).name.clone();
        }
        self.fresh(prefix)
    }

    fn label(&mut self) -> Option<String> {
        if self.rng.chance(40) {
            Some(self.fresh("'l"))
        } else {
            None
        }
    }

    /// A block; `binds` are bound at its top (loop variables, arm bindings).
    fn block(&mut self, depth: u32, value: bool, binds: Vec<(String, Ty)>) -> Block {
        self.scopes.push(Vec::new());
        for (name, ty) in binds {
            self.bind(&name, ty, false);
        }
        let n = if depth <= 1 {
            self.rng.range(5, 15)
        } else {
            self.rng.range(1, 5)
        };
        let mut stmts = Vec::new();
        for _ in 0..n {
            if self.budget <= 0 {
                break;
            }
            self.budget -= 1;
            let s = self.stmt(depth);
            let diverges = diverges(&s);
            stmts.push(s);
            if diverges {
                break;
            }
        }
        let pinned: Vec<String> = self
            .scopes
            .last()
            .map(|s| {
                s.iter()
                    .filter(|v| v.ty == Ty::DPin && !v.name.starts_with('_'))
                    .map(|v| v.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        let mut tail = None;
        if value {
            let e = self.int_expr(depth, 1);
            tail = Some(Box::new(if pinned.is_empty() {
                e
            } else {
                Expr::Keep(Box::new(e), pinned.clone())
            }));
        }
        let mut touches = pinned;
        if self.rng.chance(50) {
            touches.reverse();
        }
        stmts.extend(touches.into_iter().map(Stmt::Touch));
        let diverged = stmts.iter().any(diverges);
        if !value
            && self.no_pinned_in_scope()
            && (self.features.unreachable_yields || !diverged)
            && self.rng.chance(10)
        {
            let e = self.int_expr(depth, 1);
            stmts.push(Stmt::YieldTail(e));
        }
        self.scopes.pop();
        Block { stmts, tail }
    }

    fn no_pinned_in_scope(&self) -> bool {
        self.scopes
            .last()
            .is_none_or(|s| s.iter().all(|v| v.ty != Ty::DPin))
    }

    fn can_unlabeled(&self) -> bool {
        self.targets.last().is_some_and(|t| t.is_loop)
    }

    fn stmt(&mut self, depth: u32) -> Stmt {
        let nest = depth < MAX_DEPTH;
        if self.yield_value && self.rng.chance(12) {
            if let Some(s) = self.co_stmt(depth) {
                return s;
            }
        }
        loop {
            let choice = self.rng.below(100);
            let s = match choice {
                0..=10 => self.let_int(depth),
                11 if nest => {
                    let scrut = self.opt_expr(depth, 2);
                    let bind = self.new_name(Ty::Int, "x");
                    let some = self.block(depth + 1, false, vec![(bind.clone(), Ty::Int)]);
                    let none = self.block(depth + 1, false, Vec::new());
                    Stmt::MatchOpt {
                        scrut,
                        bind,
                        some,
                        none,
                    }
                }
                12..=18 => self.let_d(),
                19..=21 => {
                    let name = self.new_name(Ty::Opt, "o");
                    let init = self.opt_expr(depth, 2);
                    self.bind(&name, Ty::Opt, false);
                    Stmt::Let {
                        name,
                        mutable: false,
                        init,
                    }
                }
                22..=24 => {
                    let name = self.new_name(Ty::Vec, "v");
                    let init = self.vec_expr(depth, 2);
                    self.bind(&name, Ty::Vec, true);
                    Stmt::Let {
                        name,
                        mutable: true,
                        init,
                    }
                }
                25..=30 => {
                    let muts: Vec<Var> = self
                        .vars(Ty::Int)
                        .into_iter()
                        .filter(|v| v.mutable)
                        .collect();
                    if muts.is_empty() {
                        continue;
                    }
                    let name = self.rng.pick(&muts).name.clone();
                    let op = *self.rng.pick(&["=", "+=", "^="]);
                    let value = self.int_expr(depth, 2);
                    Stmt::Assign { name, op, value }
                }
                31..=45 => Stmt::Yield(self.int_expr(depth, 2)),
                46 => {
                    if !self.result {
                        continue;
                    }
                    Stmt::YieldErr(self.int_expr(depth, 1))
                }
                47..=50 if self.co => Stmt::YieldFrom(self.co_from(depth)),
                47..=50 => Stmt::YieldFrom(self.range_iter(depth, true)),
                51..=53 if self.co => match self.co_from_sub(depth) {
                    Some(e) => Stmt::YieldFrom(e),
                    None => continue,
                },
                51..=53 => {
                    if self.subs.is_empty() {
                        continue;
                    }
                    let (i, rec) = *self.rng.pick(&self.subs.clone());
                    let arg = self.int_expr(depth, 1);
                    let arg = if rec {
                        Expr::Rem(Box::new(arg), 3)
                    } else {
                        arg
                    };
                    Stmt::YieldFromSub(i, arg)
                }
                54..=55 => Stmt::Sink(self.int_expr(depth, 2)),
                56..=62 if nest => self.if_stmt(depth),
                63..=65 if nest => self.if_let(depth),
                66..=69 if nest => {
                    let (scrut, arms) = self.match_parts(depth, false);
                    Stmt::Match(scrut, arms)
                }
                70..=73 if nest => Stmt::Loop(self.loop_e(depth, false)),
                74..=76 if nest => self.while_stmt(depth),
                77..=78 if nest => {
                    let vecs = self.vars(Ty::Vec);
                    if vecs.is_empty() {
                        continue;
                    }
                    let vec = self.rng.pick(&vecs).name.clone();
                    let label = self.label();
                    let bind = self.new_name(Ty::Int, "x");
                    self.targets.push(Target {
                        label: label.clone(),
                        is_loop: true,
                        value: false,
                    });
                    let body = self.block(depth + 1, false, vec![(bind.clone(), Ty::Int)]);
                    self.targets.pop();
                    Stmt::WhileLet {
                        label,
                        bind,
                        vec,
                        body,
                    }
                }
                79..=83 if nest => {
                    let iter = if self.rng.chance(70) {
                        self.range_iter(depth, false)
                    } else {
                        let vecs = self.vars(Ty::Vec);
                        if vecs.is_empty() {
                            self.range_iter(depth, false)
                        } else {
                            Expr::Clone(self.rng.pick(&vecs).name.clone())
                        }
                    };
                    let label = self.label();
                    let var = self.new_name(Ty::Int, "x");
                    self.targets.push(Target {
                        label: label.clone(),
                        is_loop: true,
                        value: false,
                    });
                    let body = self.block(depth + 1, false, vec![(var.clone(), Ty::Int)]);
                    self.targets.pop();
                    Stmt::For {
                        label,
                        var,
                        iter,
                        body,
                    }
                }
                84..=85 if nest => {
                    let label = self.fresh("'b");
                    self.targets.push(Target {
                        label: Some(label.clone()),
                        is_loop: false,
                        value: false,
                    });
                    let body = self.block(depth + 1, false, Vec::new());
                    self.targets.pop();
                    Stmt::Labeled(label, body)
                }
                86..=89 => match self.jump(depth) {
                    Some(s) => s,
                    None => continue,
                },
                90 if depth >= 2 && self.rng.chance(50) => self.return_stmt(depth),
                91..=94 => {
                    let scrut = self.opt_expr(depth, 2);
                    let mut els = if nest {
                        self.block(depth + 1, false, Vec::new())
                    } else {
                        Block::default()
                    };
                    els.stmts.retain(|s| !matches!(s, Stmt::YieldTail(_)));
                    let exit = self.diverge(depth);
                    if matches!(exit, Stmt::ReturnVal(_)) {
                        // The value may suspend: the pinned locals of the
                        // block must still be used after it, as at the end
                        // of any block.
                        let touches = els
                            .stmts
                            .iter()
                            .rev()
                            .take_while(|s| matches!(s, Stmt::Touch(_)))
                            .count();
                        let at = els.stmts.len() - touches;
                        els.stmts.insert(at, exit);
                    } else {
                        els.stmts.push(exit);
                    }
                    let name = self.new_name(Ty::Int, "x");
                    self.bind(&name, Ty::Int, false);
                    Stmt::LetElse { name, scrut, els }
                }
                95..=97 if nest => Stmt::Block(self.block(depth + 1, false, Vec::new())),
                98 if nest => Stmt::Unsafe(self.block(depth + 1, false, Vec::new())),
                99 => {
                    let ea = self.int_expr(depth, 2);
                    let eb = self.int_expr(depth, 2);
                    let a = self.new_name(Ty::Int, "x");
                    let b = self.fresh("x");
                    self.bind(&a, Ty::Int, false);
                    self.bind(&b, Ty::Int, true);
                    Stmt::LetPair { a, b, ea, eb }
                }
                _ => continue,
            };
            return s;
        }
    }

    fn let_int(&mut self, depth: u32) -> Stmt {
        let name = self.new_name(Ty::Int, "x");
        let init = self.int_expr(depth, 3);
        let mutable = self.rng.chance(50);
        self.bind(&name, Ty::Int, mutable);
        Stmt::Let {
            name,
            mutable,
            init,
        }
    }

    fn let_d(&mut self) -> Stmt {
        if self.rng.chance(50) {
            let r = self.rng.below(10);
            let name = match r {
                0 => None,
                1..=2 => Some(self.fresh("_p")),
                _ => Some(self.fresh("p")),
            };
            if let Some(n) = &name {
                let n = n.clone();
                self.bind(&n, Ty::DPin, false);
            }
            Stmt::LetD { name, pinned: true }
        } else {
            let name = self.new_name(Ty::DFree, "f");
            self.bind(&name, Ty::DFree, false);
            Stmt::LetD {
                name: Some(name),
                pinned: false,
            }
        }
    }

    /// A `break`/`continue` to some enclosing target.
    fn jump(&mut self, depth: u32) -> Option<Stmt> {
        if self.targets.is_empty() {
            return None;
        }
        let idx = self
            .rng
            .below(u32::try_from(self.targets.len()).unwrap_or(1)) as usize;
        let t = self.targets[idx].clone();
        let innermost = idx + 1 == self.targets.len();
        if t.label.is_none() && !(innermost && t.is_loop) {
            return None;
        }
        let label = if innermost && t.is_loop && self.rng.chance(50) {
            None
        } else {
            t.label.clone()
        };
        if label.is_none() && !self.can_unlabeled() {
            return None;
        }
        if t.is_loop && self.rng.chance(40) {
            return Some(Stmt::Continue(label));
        }
        let value = if t.value {
            Some(self.int_expr(depth, 1))
        } else {
            None
        };
        Some(Stmt::Break(label, value))
    }

    /// A statement that diverges, for a `let … else`.
    fn diverge(&mut self, depth: u32) -> Stmt {
        for _ in 0..3 {
            if self.rng.chance(60) {
                if let Some(s) = self.jump(depth) {
                    return s;
                }
            }
        }
        self.return_stmt(depth)
    }

    fn if_stmt(&mut self, depth: u32) -> Stmt {
        let mut arms = Vec::new();
        let n = if self.rng.chance(25) { 2 } else { 1 };
        for _ in 0..n {
            let c = self.cond(depth, 2);
            let b = self.block(depth + 1, false, Vec::new());
            arms.push((c, b));
        }
        let els = if self.rng.chance(60) {
            Some(self.block(depth + 1, false, Vec::new()))
        } else {
            None
        };
        Stmt::If(arms, els)
    }

    fn if_let(&mut self, depth: u32) -> Stmt {
        let scrut = self.opt_expr(depth, 2);
        let bind = self.new_name(Ty::Int, "x");
        // The chain sees the binding.
        self.scopes.push(Vec::new());
        self.bind(&bind, Ty::Int, false);
        let chain = if self.rng.chance(25) {
            // Suspension points in a later let-chain operand: supported since
            // gen-macro 4d7e06f.
            Some(if self.features.yields_in_let_chains {
                self.cond(depth, 1)
            } else {
                self.pure_cond(depth)
            })
        } else {
            None
        };
        self.scopes.pop();
        let then = self.block(depth + 1, false, vec![(bind.clone(), Ty::Int)]);
        let els = if self.rng.chance(50) {
            Some(self.block(depth + 1, false, Vec::new()))
        } else {
            None
        };
        Stmt::IfLet {
            bind,
            scrut,
            chain,
            then,
            els,
        }
    }

    fn match_parts(&mut self, depth: u32, value: bool) -> (Expr, Vec<Arm>) {
        let k = self.rng.range(2, 4);
        let scrut = Expr::Rem(Box::new(self.int_expr(depth, 2)), k);
        let mut arms = Vec::new();
        let narms = self.rng.range(1, 3);
        for _ in 0..narms {
            let (pat, bind) = match self.rng.below(3) {
                0 => (Pat::Lit(self.rng.range(0, k - 1)), None),
                1 => (
                    Pat::Or(self.rng.range(0, k - 1), self.rng.range(0, k - 1)),
                    None,
                ),
                _ => {
                    let n = self.new_name(Ty::Int, "x");
                    (Pat::Bind(n.clone()), Some(n))
                }
            };
            let binds: Vec<(String, Ty)> = bind.iter().map(|n| (n.clone(), Ty::Int)).collect();
            let guard = if matches!(pat, Pat::Bind(_)) || self.rng.chance(20) {
                self.scopes.push(Vec::new());
                for (n, t) in &binds {
                    self.bind(n, *t, false);
                }
                let g = self.pure_cond(depth);
                self.scopes.pop();
                Some(g)
            } else {
                None
            };
            let body = self.arm_body(depth, value, binds);
            arms.push(Arm { pat, guard, body });
        }
        let body = self.arm_body(depth, value, Vec::new());
        arms.push(Arm {
            pat: Pat::Wild,
            guard: None,
            body,
        });
        (scrut, arms)
    }

    fn arm_body(&mut self, depth: u32, value: bool, binds: Vec<(String, Ty)>) -> ArmBody {
        let r = self.rng.below(10);
        if value {
            if r < 5 {
                self.scopes.push(Vec::new());
                for (n, t) in &binds {
                    self.bind(n, *t, false);
                }
                let e = self.int_expr(depth + 1, 2);
                self.scopes.pop();
                ArmBody::Expr(e)
            } else {
                ArmBody::Block(self.block(depth + 1, true, binds))
            }
        } else if r < 2 {
            self.scopes.push(Vec::new());
            for (n, t) in &binds {
                self.bind(n, *t, false);
            }
            let e = self.int_expr(depth + 1, 1);
            self.scopes.pop();
            ArmBody::Yield(e)
        } else {
            ArmBody::Block(self.block(depth + 1, false, binds))
        }
    }

    fn loop_e(&mut self, depth: u32, value: bool) -> LoopE {
        let label = self.label();
        let ctr = self.fresh("c");
        let bound = self.rng.range(1, 4);
        self.targets.push(Target {
            label: label.clone(),
            is_loop: true,
            value,
        });
        let body = self.block(depth + 1, false, Vec::new());
        self.targets.pop();
        let default = if value {
            Some(Box::new(Expr::Lit(self.rng.range(-2, 9))))
        } else {
            None
        };
        LoopE {
            label,
            ctr,
            bound,
            body,
            default,
        }
    }

    fn while_stmt(&mut self, depth: u32) -> Stmt {
        let label = self.label();
        let ctr = self.fresh("c");
        let bound = self.rng.range(1, 4);
        // No target for unlabeled jumps in a `while` condition.
        self.targets.push(Target {
            label: None,
            is_loop: false,
            value: false,
        });
        let cond = self.cond(depth, 2);
        self.targets.pop();
        self.targets.push(Target {
            label: label.clone(),
            is_loop: true,
            value: false,
        });
        let body = self.block(depth + 1, false, Vec::new());
        self.targets.pop();
        Stmt::While {
            label,
            ctr,
            bound,
            cond,
            body,
        }
    }

    /// A short range; of `Ok` items when it feeds a `Result` program's
    /// `yield_from!`.
    fn range_iter(&mut self, depth: u32, items: bool) -> Expr {
        let lo = Expr::Rem(Box::new(self.int_expr(depth, 1)), 3);
        let hi = Expr::Rem(Box::new(self.int_expr(depth, 1)), 6);
        if self.result && items {
            Expr::Call("oks", vec![lo, hi])
        } else {
            Expr::Range(Box::new(lo), Box::new(hi))
        }
    }

    /// A condition without suspension points.
    fn pure_cond(&mut self, depth: u32) -> Cond {
        let was = std::mem::replace(&mut self.pure, true);
        let c = self.cond(depth, 1);
        self.pure = was;
        c
    }

    fn cond(&mut self, depth: u32, size: u32) -> Cond {
        let r = self.rng.below(10);
        if size > 0 && r < 2 {
            let a = self.cond(depth, size - 1);
            let b = self.cond(depth, size - 1);
            if r == 0 {
                Cond::And(Box::new(a), Box::new(b))
            } else {
                Cond::Or(Box::new(a), Box::new(b))
            }
        } else if size > 0 && r == 2 {
            Cond::Not(Box::new(self.cond(depth, size - 1)))
        } else if r == 3 {
            let opts = self.vars(Ty::Opt);
            if opts.is_empty() {
                self.cmp(depth, size)
            } else {
                Cond::IsSome(self.rng.pick(&opts).name.clone())
            }
        } else {
            self.cmp(depth, size)
        }
    }

    fn cmp(&mut self, depth: u32, size: u32) -> Cond {
        let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
        let a = self.int_expr(depth, size.min(2));
        let b = if self.rng.chance(60) {
            Expr::Lit(self.rng.range(-2, 10))
        } else {
            self.int_expr(depth, 1)
        };
        if op == "==" || op == "!=" {
            let k = self.rng.range(2, 4);
            return Cond::Cmp(
                op,
                Expr::Rem(Box::new(a), k),
                Expr::Lit(self.rng.range(0, k - 1)),
            );
        }
        Cond::Cmp(op, a, b)
    }

    fn leaf(&mut self) -> Expr {
        if self.yield_value && !self.pure && self.rng.chance(8) {
            return Expr::YieldVal(Box::new(self.leaf()));
        }
        for _ in 0..3 {
            match self.rng.below(10) {
                0..=3 => {
                    let ints = self.vars(Ty::Int);
                    if !ints.is_empty() {
                        return Expr::Var(self.rng.pick(&ints).name.clone());
                    }
                }
                4 => {
                    let mut ds = self.vars(Ty::DFree);
                    ds.extend(
                        self.vars(Ty::DPin)
                            .into_iter()
                            .filter(|v| !v.name.starts_with('_')),
                    );
                    if !ds.is_empty() {
                        return Expr::DVal(self.rng.pick(&ds).name.clone());
                    }
                }
                5 => {
                    let vs = self.vars(Ty::Vec);
                    if !vs.is_empty() {
                        return Expr::VecLen(self.rng.pick(&vs).name.clone());
                    }
                }
                6 => {
                    let os = self.vars(Ty::Opt);
                    if !os.is_empty() {
                        return Expr::OptOr(self.rng.pick(&os).name.clone());
                    }
                }
                _ => return Expr::Lit(self.rng.range(-3, 20)),
            }
        }
        Expr::Lit(self.rng.range(0, 9))
    }

    /// An `i64` expression of nesting `size`.
    fn int_expr(&mut self, depth: u32, size: u32) -> Expr {
        if size == 0 {
            return self.leaf();
        }
        let nest = size >= 2 && depth + 1 < MAX_DEPTH && !self.pure;
        let top = if self.pure { 63 } else { 100 };
        loop {
            let e = match self.rng.below(top) {
                0..=44 => self.leaf(),
                45..=56 => {
                    let op = *self.rng.pick(&["+", "-", "*", "^", "&", "|"]);
                    let a = self.int_expr(depth, size - 1);
                    let b = self.int_expr(depth, size - 1);
                    Expr::Bin(op, Box::new(a), Box::new(b))
                }
                57..=60 => {
                    let a = self.int_expr(depth, size - 1);
                    let b = self.int_expr(depth, size - 1);
                    Expr::Call("mix", vec![a, b])
                }
                61..=62 => {
                    let k = self.rng.range(2, 9);
                    Expr::Rem(Box::new(self.int_expr(depth, size - 1)), k)
                }
                63..=68 => {
                    let y = self.int_expr(depth, (size - 1).min(1));
                    let v = self.int_expr(depth, size - 1);
                    Expr::YieldThen(Box::new(y), Box::new(v))
                }
                69..=72 => {
                    let y = self.int_expr(depth, (size - 1).min(1));
                    let v = self.int_expr(depth, size - 1);
                    Expr::UnitArg(Box::new(y), Box::new(v))
                }
                73..=75 if nest => {
                    let c = self.cond(depth, 1);
                    let a = self.block(depth + 1, true, Vec::new());
                    let b = self.block(depth + 1, true, Vec::new());
                    Expr::If(Box::new(c), Box::new(a), Box::new(b))
                }
                76..=78 if nest => {
                    let (s, arms) = self.match_parts(depth, true);
                    Expr::Match(Box::new(s), arms)
                }
                79..=80 if nest => Expr::Loop(Box::new(self.loop_e(depth, true))),
                81..=82 if nest => {
                    let label = self.fresh("'b");
                    self.targets.push(Target {
                        label: Some(label.clone()),
                        is_loop: false,
                        value: true,
                    });
                    let body = self.block(depth + 1, true, Vec::new());
                    self.targets.pop();
                    Expr::Labeled(label, Box::new(body))
                }
                83..=85 if self.try_res => Expr::Try(Box::new(Expr::Call(
                    "chk",
                    vec![self.int_expr(depth, size - 1)],
                ))),
                86 if !self.pure && self.try_opt => {
                    let mut o = self.opt_expr(depth, size - 1);
                    if matches!(o, Expr::None) {
                        o = Expr::Call("some_if", vec![self.int_expr(depth, size - 1)]);
                    }
                    Expr::OptTry(Box::new(o))
                }
                88..=89 if nest => Expr::Block(Box::new(self.block(depth + 1, true, Vec::new()))),
                // Coroutine mode only (elsewhere these draws go round again).
                90..=95 if self.yield_value && !self.pure => {
                    Expr::YieldVal(Box::new(self.int_expr(depth, (size - 1).min(1))))
                }
                96..=97 if self.can_delegate() => self.co_from(depth),
                98..=99 if self.can_delegate() => match self.co_from_sub(depth) {
                    Some(e) => e,
                    None => continue,
                },
                _ => continue,
            };
            return e;
        }
    }

    fn opt_expr(&mut self, depth: u32, size: u32) -> Expr {
        match self.rng.below(10) {
            0..=4 => Expr::Call("some_if", vec![self.int_expr(depth, size)]),
            5..=6 => {
                let os = self.vars(Ty::Opt);
                if os.is_empty() {
                    Expr::Some(Box::new(self.int_expr(depth, size)))
                } else {
                    Expr::Var(self.rng.pick(&os).name.clone())
                }
            }
            7..=8 => Expr::Some(Box::new(self.int_expr(depth, size))),
            _ => Expr::None,
        }
    }

    fn vec_expr(&mut self, depth: u32, size: u32) -> Expr {
        let vs = self.vars(Ty::Vec);
        if !vs.is_empty() && self.rng.chance(30) {
            return Expr::Clone(self.rng.pick(&vs).name.clone());
        }
        Expr::Call("seq", vec![self.int_expr(depth, size)])
    }
}
