//! Shrinks a failing program: every round builds all one-step reductions of
//! the current program in one batch crate, and keeps the smallest that still
//! fails the same way.
//!
//! A reduction deletes a statement, replaces a loop, `if` or labeled block
//! by a plain block of its body (so every local keeps its scope), or replaces
//! an `i64` expression by a literal. The use of a pinned local at the end of
//! its scope (`touch`, `keep`) is never removed, so the drop order a reduced
//! program is held to stays the one Rust defines. Reductions that no longer
//! compile as an oracle are discarded.

use std::io;

use crate::emit::emit;
use crate::program::{ArmBody, Block, Cond, Expr, Program, Stmt};
use crate::runner::{Case, Outcome, Workspace, run_cases};

/// The number of reduction sites of `p`.
#[must_use]
pub fn sites(p: &Program) -> usize {
    let mut q = p.clone();
    let mut n = 0;
    for f in &mut q.funcs {
        let _ = block(&mut f.body, &mut n, usize::MAX);
    }
    n
}

/// `p` with its reduction `target` applied, if there is such a site.
#[must_use]
pub fn reduce(p: &Program, target: usize) -> Option<Program> {
    let mut q = p.clone();
    let mut n = 0;
    for f in &mut q.funcs {
        if block(&mut f.body, &mut n, target) {
            return Some(q);
        }
    }
    None
}

fn hit(n: &mut usize, target: usize) -> bool {
    let h = *n == target;
    *n += 1;
    h
}

fn is_rec_guard(c: &Cond) -> bool {
    matches!(c, Cond::Cmp(">", Expr::Var(v), Expr::Lit(0)) if v == "a0")
}

fn block(b: &mut Block, n: &mut usize, target: usize) -> bool {
    let mut i = 0;
    while i < b.stmts.len() {
        if !matches!(b.stmts[i], Stmt::Touch(_)) && hit(n, target) {
            b.stmts.remove(i);
            return true;
        }
        if let Stmt::LetD {
            name: Some(name),
            pinned: true,
        } = &b.stmts[i]
        {
            // A pinned local goes together with its final uses.
            if hit(n, target) {
                let name = name.clone();
                b.stmts.remove(i);
                b.stmts
                    .retain(|s| !matches!(s, Stmt::Touch(t) if *t == name));
                if let Some(t) = &mut b.tail {
                    if let Expr::Keep(_, pins) = t.as_mut() {
                        pins.retain(|p| *p != name);
                    }
                }
                return true;
            }
        }
        if let Some(body) = unwrap_body(&b.stmts[i]) {
            if hit(n, target) {
                b.stmts[i] = Stmt::Block(body);
                return true;
            }
        }
        if let Some(e) = int_expr_of(&mut b.stmts[i]) {
            if !matches!(e, Expr::Lit(_) | Expr::Var(_)) && hit(n, target) {
                *e = Expr::Lit(1);
                return true;
            }
        }
        if stmt_inner(&mut b.stmts[i], n, target) {
            return true;
        }
        i += 1;
    }
    if let Some(t) = &mut b.tail {
        return expr(t, n, target);
    }
    false
}

fn unwrap_body(s: &Stmt) -> Option<Block> {
    match s {
        Stmt::If(arms, _) if !is_rec_guard(&arms[0].0) => Some(arms[0].1.clone()),
        Stmt::IfLet { els: Some(b), .. } => Some(b.clone()),
        Stmt::Loop(l) => Some(l.body.clone()),
        Stmt::While { body, .. }
        | Stmt::WhileLet { body, .. }
        | Stmt::For { body, .. }
        | Stmt::Labeled(_, body)
        | Stmt::Unsafe(body) => Some(body.clone()),
        _ => None,
    }
}

fn int_expr_of(s: &mut Stmt) -> Option<&mut Expr> {
    match s {
        Stmt::Yield(e) | Stmt::YieldErr(e) | Stmt::YieldTail(e) | Stmt::Sink(e) => Some(e),
        Stmt::Assign { value, .. } => Some(value),
        Stmt::Let { init, .. } if is_int_shaped(init) => Some(init),
        Stmt::ReturnVal(e) if is_int_shaped(e) => Some(e),
        _ => None,
    }
}

fn is_int_shaped(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Some(_) | Expr::None | Expr::Clone(_) | Expr::Range(..)
    ) && !matches!(e, Expr::Call(f, _) if matches!(*f, "some_if" | "seq" | "oks" | "Ok" | "errv"))
        && !matches!(e, Expr::Var(v) if v.starts_with('o') || v.starts_with('v'))
}

fn stmt_inner(s: &mut Stmt, n: &mut usize, target: usize) -> bool {
    match s {
        Stmt::If(arms, els) => {
            for (c, b) in arms {
                if cond(c, n, target) || block(b, n, target) {
                    return true;
                }
            }
            els.as_mut().is_some_and(|b| block(b, n, target))
        }
        Stmt::IfLet {
            scrut, then, els, ..
        } => {
            expr(scrut, n, target)
                || block(then, n, target)
                || els.as_mut().is_some_and(|b| block(b, n, target))
        }
        Stmt::Match(e, arms) => {
            if expr(e, n, target) {
                return true;
            }
            for a in arms {
                let done = match &mut a.body {
                    ArmBody::Block(b) => block(b, n, target),
                    ArmBody::Yield(e) | ArmBody::Expr(e) => expr(e, n, target),
                };
                if done {
                    return true;
                }
            }
            false
        }
        Stmt::Loop(l) => block(&mut l.body, n, target),
        Stmt::While { cond: c, body, .. } => cond(c, n, target) || block(body, n, target),
        Stmt::MatchOpt {
            scrut, some, none, ..
        } => expr(scrut, n, target) || block(some, n, target) || block(none, n, target),
        Stmt::LetPair { ea, eb, .. } => expr(ea, n, target) || expr(eb, n, target),
        Stmt::WhileLet { body, .. }
        | Stmt::Labeled(_, body)
        | Stmt::Block(body)
        | Stmt::Unsafe(body) => block(body, n, target),
        Stmt::For { iter, body, .. } => expr(iter, n, target) || block(body, n, target),
        Stmt::LetElse { scrut, els, .. } => expr(scrut, n, target) || block(els, n, target),
        Stmt::Let { init: e, .. }
        | Stmt::Assign { value: e, .. }
        | Stmt::Yield(e)
        | Stmt::YieldErr(e)
        | Stmt::YieldTail(e)
        | Stmt::YieldFrom(e)
        | Stmt::YieldFromSub(_, e)
        | Stmt::Sink(e)
        | Stmt::ReturnVal(e)
        | Stmt::Break(_, Some(e)) => expr(e, n, target),
        _ => false,
    }
}

fn cond(c: &mut Cond, n: &mut usize, target: usize) -> bool {
    match c {
        Cond::Cmp(_, a, b) => expr(a, n, target) || expr(b, n, target),
        Cond::And(a, b) | Cond::Or(a, b) => cond(a, n, target) || cond(b, n, target),
        Cond::Not(a) => cond(a, n, target),
        Cond::IsSome(_) => false,
    }
}

/// Reductions inside the blocks an expression holds.
#[allow(clippy::many_single_char_names)]
fn expr(e: &mut Expr, n: &mut usize, target: usize) -> bool {
    match e {
        Expr::Bin(_, a, b) | Expr::YieldThen(a, b) | Expr::UnitArg(a, b) | Expr::Range(a, b) => {
            expr(a, n, target) || expr(b, n, target)
        }
        Expr::Call(_, args) => args.iter_mut().any(|a| expr(a, n, target)),
        Expr::Rem(a, _)
        | Expr::Try(a)
        | Expr::OptTry(a)
        | Expr::Some(a)
        | Expr::Keep(a, _)
        | Expr::YieldVal(a) => expr(a, n, target),
        Expr::CoFrom(a, b, first) => {
            expr(a, n, target)
                || expr(b, n, target)
                || first.as_mut().is_some_and(|f| expr(f, n, target))
        }
        Expr::CoFromSub(_, a, first) => {
            expr(a, n, target) || first.as_mut().is_some_and(|f| expr(f, n, target))
        }
        Expr::If(c, a, b) => cond(c, n, target) || block(a, n, target) || block(b, n, target),
        Expr::Match(s, arms) => {
            if expr(s, n, target) {
                return true;
            }
            arms.iter_mut().any(|a| match &mut a.body {
                ArmBody::Block(b) => block(b, n, target),
                ArmBody::Yield(e) | ArmBody::Expr(e) => expr(e, n, target),
            })
        }
        Expr::Loop(l) => block(&mut l.body, n, target),
        Expr::Labeled(_, b) | Expr::Block(b) => block(b, n, target),
        _ => false,
    }
}

/// The class of a failure: its kind and, for a compile error, the first
/// error's message without its location (so a reduction that trades one
/// error for another is not taken).
fn kind(o: &Outcome) -> String {
    match o {
        Outcome::Pass(_) => "pass".into(),
        Outcome::Mismatch(_) => "mismatch".into(),
        Outcome::GenCompileError(m) => {
            let first = m.lines().next().unwrap_or_default();
            let msg = first.split_once(": ").map_or(first, |(_, rest)| rest);
            // Names differ between reductions; keep the message's words.
            let words: String = msg.split('`').step_by(2).collect::<Vec<_>>().join("`_`");
            format!("compile: {words}")
        }
        Outcome::InvalidProgram(_) => "invalid".into(),
        Outcome::Rejected(_) => "rejected".into(),
    }
}

/// Shrinks `p`, which fails with `outcome`, to a smaller program that fails
/// the same way. `progress` is told each round's size.
///
/// # Errors
/// When a batch cannot be built or run.
pub fn minimize(
    ws: &Workspace,
    p: &Program,
    outcome: &Outcome,
    mut progress: impl FnMut(usize, usize),
) -> io::Result<(Program, Outcome)> {
    let mut best = p.clone();
    let mut best_outcome = outcome.clone();
    let mut best_len = emit(&best).gen_src.len();
    loop {
        let total = sites(&best);
        let cands: Vec<Program> = (0..total).filter_map(|t| reduce(&best, t)).collect();
        if cands.is_empty() {
            break;
        }
        let cases: Vec<Case> = cands
            .iter()
            .enumerate()
            .map(|(i, c)| Case {
                origin: format!("candidate {i}"),
                src: emit(c),
            })
            .collect();
        let outcomes = run_cases(ws, &cases)?;
        let mut improved = false;
        for (i, o) in outcomes.iter().enumerate() {
            if kind(o) == kind(outcome) {
                let len = cases[i].src.gen_src.len();
                if len < best_len {
                    best_len = len;
                    best = cands[i].clone();
                    best_outcome = o.clone();
                    improved = true;
                }
            }
        }
        progress(total, best_len);
        if !improved {
            break;
        }
    }
    Ok((best, best_outcome))
}
