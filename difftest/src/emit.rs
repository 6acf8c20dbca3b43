//! Prints a [`Program`] twice: as generator functions, and as an eager
//! oracle.
//!
//! - Iterator mode: `#[generator]` functions; in the oracle `yield_!(e)`
//!   pushes `e` to `out: &mut Vec<Item>`, `yield_from!(it)` extends it, `?`
//!   returns early (a `Result` program's wrapper then pushes the `Err`, after
//!   the body's locals are dropped, as a returning function drops them) and
//!   `return;` returns.
//! - Block mode: the same, but each function's body is a `gen!` block (with
//!   native `yield`) after a few `let`s that it captures.
//! - Coroutine mode: `#[generator]` functions returning `impl Generator`; in
//!   the oracle, `yield_!(e)` records `e` and evaluates to the next value of
//!   the run's resume sequence (`co.y(e)`), `yield_from!` runs the delegate
//!   eagerly with its first value, and `return`, `?` and the tail are those
//!   of a plain function.

use std::fmt::Write as _;

use crate::program::{Arm, ArmBody, Block, Cond, Expr, LoopE, Mode, Pat, Program, Ret, Stmt};

/// The two forms of one program, each a complete module file.
#[derive(Clone, Debug)]
pub struct Emitted {
    /// The `#[generator]` (or `gen!`) form.
    pub gen_src: String,
    /// The eager oracle form.
    pub oracle_src: String,
    /// Which harness check compares them.
    pub mode: Mode,
}

/// Prints both forms of `p`.
#[must_use]
pub fn emit(p: &Program) -> Emitted {
    Emitted {
        gen_src: Printer::new(false, p).file(),
        oracle_src: Printer::new(true, p).file(),
        mode: p.mode,
    }
}

struct Printer<'a> {
    oracle: bool,
    p: &'a Program,
    /// How many marker arguments (`yield_!(..)`, `yield_from!(..)`) the
    /// printing is inside, in the `gen!` form.
    in_marker: std::cell::Cell<u32>,
}

impl<'a> Printer<'a> {
    fn new(oracle: bool, p: &'a Program) -> Self {
        Printer {
            oracle,
            p,
            in_marker: std::cell::Cell::new(0),
        }
    }

    /// Prints the argument of a marker macro.
    fn marker_arg(&self, f: impl FnOnce() -> String) -> String {
        self.in_marker.set(self.in_marker.get() + 1);
        let s = f();
        self.in_marker.set(self.in_marker.get() - 1);
        s
    }

    /// A yield of `value` as an expression of type `()`: in the `gen!` form,
    /// native `yield value` unless `marker` (or it stands in a marker's
    /// argument, and the program keeps native yields out of those).
    fn yield_of(&self, value: impl FnOnce() -> String, marker: bool) -> String {
        if self.native() {
            let marker = marker || (self.in_marker.get() > 0 && !self.p.native_in_markers);
            if marker {
                return format!("yield_!({})", self.marker_arg(value));
            }
            return format!("yield {}", value());
        }
        let value = if self.oracle {
            value()
        } else {
            self.marker_arg(value)
        };
        self.yield_expr(&value)
    }

    fn co(&self) -> bool {
        self.p.mode == Mode::Coroutine
    }

    /// The `gen!` form of block mode.
    fn native(&self) -> bool {
        self.p.mode == Mode::Block && !self.oracle
    }

    /// A coroutine's `Return` type.
    fn ret_ty(&self) -> &'static str {
        match self.p.ret {
            Ret::Int => "i64",
            Ret::Res => "Result<i64, String>",
            Ret::Opt => "Option<i64>",
        }
    }

    /// `impl Generator<..>`'s parameters, from the resume seed's bits so that
    /// both ways of writing a `()` resume type are covered.
    fn generator_params(&self) -> String {
        let ret = self.ret_ty();
        if !self.p.unit_resume {
            format!("i64, Yield = i64, Return = {ret}")
        } else if self.p.rseed % 2 == 0 {
            format!("Yield = i64, Return = {ret}")
        } else {
            format!("(), Yield = i64, Return = {ret}")
        }
    }

    fn co_file(&self) -> String {
        let mut s = String::from("use crate::rt::*;\n\n");
        let arg = self.p.arg;
        let params = self.generator_params();
        let ret = self.ret_ty();
        let unit = self.p.unit_resume;
        if self.oracle {
            let _ = writeln!(s, "pub const RSEED: u64 = {};\n", self.p.rseed);
            let (first, r0) = if unit {
                ("", "")
            } else {
                ("    let r0 = co.first();\n", ", r0")
            };
            let _ = writeln!(
                s,
                "pub fn start(log: Log, co: &mut Co) -> {ret} {{\n{first}    run(log, co, {arg}{r0})\n}}\n"
            );
        } else {
            let _ = writeln!(
                s,
                "pub fn start(log: Log) -> impl Generator<{params}> {{\n    run(log, {arg})\n}}\n"
            );
        }
        for f in &self.p.funcs {
            let mut body = self.block_inner_stmts(&f.body);
            if let Some(t) = &f.body.tail {
                let t = self.expr(t);
                let t = match self.p.ret {
                    Ret::Int => t,
                    Ret::Res => format!("Ok({t})"),
                    Ret::Opt => format!("Some({t})"),
                };
                body.push_str(&t);
                body.push('\n');
            }
            let name = &f.name;
            let r0 = if f.resume_mut { "mut r0" } else { "r0" };
            if self.oracle {
                let r0 = if unit {
                    String::new()
                } else {
                    format!(", {r0}: i64")
                };
                let _ = writeln!(
                    s,
                    "pub fn {name}(log: Log, co: &mut Co, a0: i64{r0}) -> {ret} {{\n{body}}}\n"
                );
            } else {
                let mut params = vec!["log: Log".to_owned(), "a0: i64".to_owned()];
                if !unit {
                    params.insert(f.resume_at.min(2), format!("#[resume] {r0}: i64"));
                }
                let gen_params = self.generator_params();
                let rty = if f.boxed {
                    format!("Box<dyn Generator<{gen_params}>>")
                } else {
                    format!("impl Generator<{gen_params}>")
                };
                let _ = writeln!(
                    s,
                    "#[::gen_core::generator]\npub fn {name}({}) -> {rty} {{\n{body}}}\n",
                    params.join(", ")
                );
            }
        }
        s
    }

    fn item_ty(&self) -> &'static str {
        if self.p.result {
            "Result<i64, String>"
        } else {
            "i64"
        }
    }

    fn file(&self) -> String {
        if self.co() {
            return self.co_file();
        }
        let mut s = String::from("use crate::rt::*;\n\n");
        let item = self.item_ty();
        let arg = self.p.arg;
        if self.oracle {
            let _ = writeln!(
                s,
                "pub fn start(log: Log, out: &mut Vec<{item}>) {{\n    run(log, out, {arg});\n}}\n"
            );
        } else {
            let _ = writeln!(
                s,
                "pub fn start(log: Log) -> impl Iterator<Item = {item}> {{\n    run(log, {arg})\n}}\n"
            );
        }
        for f in &self.p.funcs {
            let mut captured = String::new();
            for st in &f.captured {
                let _ = writeln!(captured, "{}", self.stmt(st));
            }
            let body = self.block_inner(&f.body);
            if self.native() {
                let ret = if f.boxed {
                    format!("Box<dyn Iterator<Item = {item}>>")
                } else {
                    format!("impl Iterator<Item = {item}>")
                };
                let block = format!("::gen_core::r#gen! {{\n{body}}}");
                let block = if f.boxed {
                    format!("Box::new({block})")
                } else {
                    block
                };
                let _ = writeln!(
                    s,
                    "pub fn {}(log: Log, a0: i64) -> {ret} {{\n{captured}{block}\n}}\n",
                    f.name
                );
                continue;
            }
            let body = format!("{captured}{body}");
            if self.oracle {
                let name = &f.name;
                let _ = writeln!(
                    s,
                    "fn {name}_inner(log: Log, out: &mut Vec<{item}>, a0: i64) -> Result<(), String> {{\n{{\n{body}}}\nOk(())\n}}\n"
                );
                let wrap = if self.p.result {
                    format!(
                        "    if let Err(e) = {name}_inner(log.clone(), out, a0) {{\n        emit(out, &log, Err(e));\n    }}\n"
                    )
                } else {
                    format!("    let _ = {name}_inner(log, out, a0);\n")
                };
                let _ = writeln!(
                    s,
                    "pub fn {name}(log: Log, out: &mut Vec<{item}>, a0: i64) {{\n{wrap}}}\n"
                );
            } else {
                let ret = if f.boxed {
                    format!("Box<dyn Iterator<Item = {item}>>")
                } else {
                    format!("impl Iterator<Item = {item}>")
                };
                let _ = writeln!(
                    s,
                    "#[::gen_core::generator]\npub fn {}(log: Log, a0: i64) -> {ret} {{\n{body}}}\n",
                    f.name
                );
            }
        }
        s
    }

    fn wrap(&self, e: &Expr) -> String {
        let v = self.expr(e);
        if self.p.result { format!("Ok({v})") } else { v }
    }

    /// `yield_!(value)` as an expression of type `()` (also in coroutines
    /// resumed with `()`), or as a statement of a coroutine resumed with
    /// values (its value dropped). In a `gen!` block, a native `yield`.
    fn yield_expr(&self, value: &str) -> String {
        if self.oracle {
            if self.co() {
                let y = if self.p.unit_resume { "yu" } else { "y" };
                format!("{{ let __y = {value}; co.{y}(__y) }}")
            } else {
                format!("{{ let __y = {value}; emit(out, &log, __y) }}")
            }
        } else if self.native() {
            format!("yield {value}")
        } else {
            format!("yield_!({value})")
        }
    }

    /// A yield `y` as a unit block's tail or a unit arm: a coroutine
    /// resumed with values passes the value to `sink`.
    fn yield_unit(&self, y: String) -> String {
        if self.co() && !self.p.unit_resume {
            format!("sink({y})")
        } else {
            y
        }
    }

    /// `yield_!(value)` as an `i64` expression: the next resume value.
    fn yield_value(&self, value: &str) -> String {
        if self.oracle {
            // Not `co.y(value)`: `value` may resume `co` itself.
            format!("{{ let __y = {value}; co.y(__y) }}")
        } else {
            format!("yield_!({value})")
        }
    }

    fn block_inner(&self, b: &Block) -> String {
        let mut s = self.block_inner_stmts(b);
        if let Some(t) = &b.tail {
            s.push_str(&self.expr(t));
            s.push('\n');
        }
        s
    }

    fn block_inner_stmts(&self, b: &Block) -> String {
        let mut s = String::new();
        for st in &b.stmts {
            s.push_str(&self.stmt(st));
            s.push('\n');
        }
        s
    }

    fn block(&self, b: &Block) -> String {
        format!("{{\n{}}}", self.block_inner(b))
    }

    fn label(l: Option<&String>) -> String {
        l.map(|l| format!("{l}: ")).unwrap_or_default()
    }

    fn stmt(&self, st: &Stmt) -> String {
        match st {
            Stmt::Let {
                name,
                mutable,
                init,
            } => {
                let m = if *mutable { "mut " } else { "" };
                format!("let {m}{name} = {};", self.expr(init))
            }
            Stmt::LetD { name, pinned } => {
                let n = name.as_deref().unwrap_or("_");
                format!("let {n} = D::new(&log, {pinned});")
            }
            Stmt::Touch(n) => format!("{n}.touch();"),
            Stmt::Assign { name, op, value } => format!("{name} {op} {};", self.expr(value)),
            Stmt::Yield(e) => format!("{};", self.yield_of(|| self.wrap(e), false)),
            // The marker form, so that both forms are used in `gen!` blocks.
            Stmt::YieldErr(e) => format!(
                "{};",
                self.yield_of(|| format!("errv({})", self.expr(e)), true)
            ),
            Stmt::YieldTail(e) => self.yield_unit(self.yield_of(|| self.wrap(e), false)),
            Stmt::YieldFrom(e) if self.co() => format!("{};", self.expr(e)),
            Stmt::YieldFrom(it) => {
                let it = self.marker_arg(|| self.expr(it));
                if self.oracle {
                    format!("for __y in {it} {{ emit(out, &log, __y); }}")
                } else {
                    format!("yield_from!({it});")
                }
            }
            Stmt::YieldFromSub(i, arg) => {
                let name = &self.p.funcs[*i].name;
                let arg = self.marker_arg(|| self.expr(arg));
                if self.oracle {
                    format!("{{ let __a = {arg}; {name}(log.clone(), out, __a); }}")
                } else {
                    format!("yield_from!({name}(log.clone(), {arg}));")
                }
            }
            Stmt::If(arms, els) => {
                let mut s = String::new();
                for (i, (c, b)) in arms.iter().enumerate() {
                    if i > 0 {
                        s.push_str(" else ");
                    }
                    let _ = write!(s, "if {} {}", self.cond(c), self.block(b));
                }
                if let Some(b) = els {
                    let _ = write!(s, " else {}", self.block(b));
                }
                s
            }
            Stmt::IfLet {
                bind,
                scrut,
                chain,
                then,
                els,
            } => {
                let mut s = format!("if let Some({bind}) = {}", self.expr(scrut));
                if let Some(c) = chain {
                    let _ = write!(s, " && {}", self.cond(c));
                }
                let _ = write!(s, " {}", self.block(then));
                if let Some(b) = els {
                    let _ = write!(s, " else {}", self.block(b));
                }
                s
            }
            Stmt::Match(scrut, arms) => self.match_expr(scrut, arms),
            Stmt::Loop(l) => self.loop_stmt(l),
            Stmt::While {
                label,
                ctr,
                bound,
                cond,
                body,
            } => format!(
                "let mut {ctr} = 0u32;\n{}while {ctr} < {bound} && {} {{\n{ctr} += 1;\n{}}}",
                Self::label(label.as_ref()),
                self.cond(cond),
                self.block_inner(body)
            ),
            Stmt::WhileLet {
                label,
                bind,
                vec,
                body,
            } => format!(
                "{}while let Some({bind}) = {vec}.pop() {}",
                Self::label(label.as_ref()),
                self.block(body)
            ),
            Stmt::For {
                label,
                var,
                iter,
                body,
            } => format!(
                "{}for {var} in {} {}",
                Self::label(label.as_ref()),
                self.expr(iter),
                self.block(body)
            ),
            Stmt::Labeled(l, b) => format!("{l}: {}", self.block(b)),
            Stmt::Break(l, v) => {
                let mut s = String::from("break");
                if let Some(l) = l {
                    let _ = write!(s, " {l}");
                }
                if let Some(v) = v {
                    let _ = write!(s, " {}", self.expr(v));
                }
                s.push(';');
                s
            }
            Stmt::Continue(l) => match l {
                Some(l) => format!("continue {l};"),
                None => "continue;".into(),
            },
            Stmt::Return => {
                if self.oracle {
                    "return Ok(());".into()
                } else {
                    "return;".into()
                }
            }
            Stmt::ReturnVal(e) => format!("return {};", self.expr(e)),
            Stmt::LetElse { name, scrut, els } => {
                format!(
                    "let Some({name}) = {} else {};",
                    self.expr(scrut),
                    self.block(els)
                )
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Unsafe(b) => format!("unsafe {}", self.block(b)),
            Stmt::LetPair { a, b, ea, eb } => {
                format!(
                    "let ({a}, mut {b}) = ({}, {});",
                    self.expr(ea),
                    self.expr(eb)
                )
            }
            Stmt::MatchOpt {
                scrut,
                bind,
                some,
                none,
            } => format!(
                "match {} {{\nSome({bind}) => {}\nNone => {}\n}}",
                self.expr(scrut),
                self.block(some),
                self.block(none)
            ),
            Stmt::Sink(e) => format!("sink({});", self.expr(e)),
        }
    }

    fn loop_stmt(&self, l: &LoopE) -> String {
        let LoopE {
            label,
            ctr,
            bound,
            body,
            default,
        } = l;
        let brk = match default {
            Some(d) => format!("break {}", self.expr(d)),
            None => "break".into(),
        };
        let brk = match label {
            Some(l) => brk.replacen("break", &format!("break {l}"), 1),
            None => brk,
        };
        format!(
            "let mut {ctr} = 0u32;\n{}loop {{\n{ctr} += 1;\nif {ctr} > {bound} {{ {brk}; }}\n{}}}",
            Self::label(label.as_ref()),
            self.block_inner(body)
        )
    }

    fn match_expr(&self, scrut: &Expr, arms: &[Arm]) -> String {
        let mut s = format!("match {} {{\n", self.expr(scrut));
        for a in arms {
            let pat = match &a.pat {
                Pat::Lit(n) => n.to_string(),
                Pat::Or(x, y) => format!("{x} | {y}"),
                Pat::Bind(n) => n.clone(),
                Pat::Wild => "_".into(),
            };
            s.push_str(&pat);
            if let Some(g) = &a.guard {
                let _ = write!(s, " if {}", self.cond(g));
            }
            let body = match &a.body {
                ArmBody::Block(b) => self.block(b),
                ArmBody::Yield(e) => self.yield_unit(self.yield_of(|| self.wrap(e), false)),
                ArmBody::Expr(e) => self.expr(e),
            };
            let _ = writeln!(s, " => {body},");
        }
        s.push('}');
        s
    }

    fn cond(&self, c: &Cond) -> String {
        match c {
            Cond::Cmp(op, a, b) => format!("({}) {op} ({})", self.expr(a), self.expr(b)),
            Cond::And(a, b) => format!("({} && {})", self.cond(a), self.cond(b)),
            Cond::Or(a, b) => format!("({} || {})", self.cond(a), self.cond(b)),
            Cond::Not(a) => format!("!({})", self.cond(a)),
            Cond::IsSome(o) => format!("{o}.is_some()"),
        }
    }

    fn expr(&self, e: &Expr) -> String {
        match e {
            Expr::Lit(n) => {
                if *n < 0 {
                    format!("({n})")
                } else {
                    n.to_string()
                }
            }
            Expr::Var(n) => n.clone(),
            Expr::DVal(n) => format!("{n}.v()"),
            Expr::VecLen(n) => format!("({n}.len() as i64)"),
            Expr::OptOr(n) => format!("{n}.unwrap_or(2)"),
            Expr::Bin(op, a, b) => format!("({} {op} {})", self.expr(a), self.expr(b)),
            Expr::Call(f, args) => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                format!("{f}({})", args.join(", "))
            }
            Expr::Rem(a, k) => format!("i64::rem_euclid({}, {k})", self.expr(a)),
            Expr::YieldThen(y, v) => {
                format!(
                    "{{ {}; {} }}",
                    self.yield_of(|| self.wrap(y), false),
                    self.expr(v)
                )
            }
            // In a `gen!` block, the marker form: both forms get used.
            Expr::UnitArg(y, v) => {
                format!(
                    "after({}, {})",
                    self.yield_of(|| self.wrap(y), true),
                    self.expr(v)
                )
            }
            Expr::If(c, a, b) => {
                format!(
                    "if {} {} else {}",
                    self.cond(c),
                    self.block(a),
                    self.block(b)
                )
            }
            Expr::Match(s, arms) => self.match_expr(s, arms),
            Expr::Loop(l) => format!("{{\n{}\n}}", self.loop_stmt(l)),
            Expr::Labeled(l, b) => format!("{l}: {}", self.block(b)),
            Expr::Try(a) => format!("{}?", self.expr(a)),
            Expr::OptTry(a) => {
                if self.oracle && !self.co() {
                    format!(
                        "match {} {{ Some(__v) => __v, None => return Ok(()) }}",
                        self.expr(a)
                    )
                } else {
                    format!("({})?", self.expr(a))
                }
            }
            Expr::Block(b) => self.block(b),
            Expr::Some(a) => format!("Some({})", self.expr(a)),
            Expr::None => "None::<i64>".into(),
            Expr::Clone(n) => format!("{n}.clone()"),
            Expr::Keep(a, pins) => {
                let pins: Vec<String> = pins.iter().map(|p| format!("{p}.v()")).collect();
                format!("keep({}, &[{}])", self.expr(a), pins.join(", "))
            }
            Expr::Range(a, b) => format!("({})..({})", self.expr(a), self.expr(b)),
            Expr::YieldVal(y) => self.yield_value(&self.expr(y)),
            Expr::CoFrom(lo, hi, first) => {
                let (lo, hi) = (self.expr(lo), self.expr(hi));
                match (self.oracle, first) {
                    (false, Some(f)) => {
                        format!("yield_from!(co_range({lo}, {hi}), {})", self.expr(f))
                    }
                    (false, None) => format!("yield_from!(co_range({lo}, {hi}))"),
                    // Left to right: the delegate's arguments, then the first value.
                    (true, Some(f)) => format!(
                        "{{ let __g = ({lo}, {hi}); let __f = {}; co.range(__g.0, __g.1, __f) }}",
                        self.expr(f)
                    ),
                    (true, None) => {
                        format!("{{ let __g = ({lo}, {hi}); co.range_u(__g.0, __g.1) }}")
                    }
                }
            }
            Expr::CoFromSub(i, arg, first) => {
                let name = &self.p.funcs[*i].name;
                let arg = self.expr(arg);
                let q = if self.p.ret == Ret::Int { "" } else { "?" };
                match (self.oracle, first) {
                    (false, Some(f)) => format!(
                        "yield_from!({name}(log.clone(), {arg}), {}){q}",
                        self.expr(f)
                    ),
                    (false, None) => format!("yield_from!({name}(log.clone(), {arg})){q}"),
                    (true, Some(f)) => format!(
                        "{{ let __a = {arg}; let __f = {}; {name}(log.clone(), co, __a, __f) }}{q}",
                        self.expr(f)
                    ),
                    (true, None) => {
                        format!("{{ let __a = {arg}; {name}(log.clone(), co, __a) }}{q}")
                    }
                }
            }
        }
    }
}
