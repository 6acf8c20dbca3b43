//! Prints a [`Program`] twice: as `#[generator]` functions, and as an eager
//! oracle in which `yield_!(e)` pushes `e` to `out: &mut Vec<Item>`,
//! `yield_from!(it)` extends it, `?` returns early (a `Result` program's
//! wrapper then pushes the `Err`, after the body's locals are dropped, as a
//! returning function drops them) and `return;` returns.

use std::fmt::Write as _;

use crate::program::{Arm, ArmBody, Block, Cond, Expr, LoopE, Pat, Program, Stmt};

/// The two forms of one program, each a complete module file.
#[derive(Clone, Debug)]
pub struct Emitted {
    /// The `#[generator]` form.
    pub gen_src: String,
    /// The eager oracle form.
    pub oracle_src: String,
}

/// Prints both forms of `p`.
#[must_use]
pub fn emit(p: &Program) -> Emitted {
    Emitted {
        gen_src: Printer { oracle: false, p }.file(),
        oracle_src: Printer { oracle: true, p }.file(),
    }
}

struct Printer<'a> {
    oracle: bool,
    p: &'a Program,
}

impl Printer<'_> {
    fn item_ty(&self) -> &'static str {
        if self.p.result {
            "Result<i64, String>"
        } else {
            "i64"
        }
    }

    fn file(&self) -> String {
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
            let body = self.block_inner(&f.body);
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

    /// `yield_!(value)` as an expression of type `()`.
    fn yield_expr(&self, value: &str) -> String {
        if self.oracle {
            format!("{{ let __y = {value}; emit(out, &log, __y) }}")
        } else {
            format!("yield_!({value})")
        }
    }

    fn block_inner(&self, b: &Block) -> String {
        let mut s = String::new();
        for st in &b.stmts {
            s.push_str(&self.stmt(st));
            s.push('\n');
        }
        if let Some(t) = &b.tail {
            s.push_str(&self.expr(t));
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
            Stmt::Yield(e) => format!("{};", self.yield_expr(&self.wrap(e))),
            Stmt::YieldErr(e) => {
                format!("{};", self.yield_expr(&format!("errv({})", self.expr(e))))
            }
            Stmt::YieldTail(e) => self.yield_expr(&self.wrap(e)),
            Stmt::YieldFrom(it) => {
                let it = self.expr(it);
                if self.oracle {
                    format!("for __y in {it} {{ emit(out, &log, __y); }}")
                } else {
                    format!("yield_from!({it});")
                }
            }
            Stmt::YieldFromSub(i, arg) => {
                let name = &self.p.funcs[*i].name;
                let arg = self.expr(arg);
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
                ArmBody::Yield(e) => self.yield_expr(&self.wrap(e)),
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
                format!("{{ {}; {} }}", self.yield_expr(&self.wrap(y)), self.expr(v))
            }
            Expr::UnitArg(y, v) => {
                format!(
                    "after({}, {})",
                    self.yield_expr(&self.wrap(y)),
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
                if self.oracle {
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
        }
    }
}
