//! Inputs made from nothing: random generator programs drawn from a small
//! grammar of the supported language (syntactically valid, not necessarily
//! well-typed), random signatures and attribute arguments, and random token
//! streams.

use proc_macro2::TokenTree;

use super::Flavor;
use super::mutate::{self, IDENTS};
use super::rng::Rng;
use super::tree::{self, Tree};

struct Ctx<'r> {
    rng: &'r mut Rng,
    depth: usize,
    /// Labels in scope: (name, is a loop).
    labels: Vec<(String, bool)>,
    loops: usize,
    names: Vec<String>,
    next_label: usize,
    /// Whether `yield_!` may appear (false inside closures and the like,
    /// except by mistake now and then).
    can_yield: bool,
    /// Coroutine bodies use yields' values, `return value` and
    /// `yield_from!(g, first)`; `gen!` block bodies use native `yield`.
    flavor: Flavor,
}

/// A random generator function: signature, body and attribute arguments.
pub fn program(rng: &mut Rng) -> (String, String) {
    program_with(rng, Flavor::Iterator)
}

/// A random `#[generator]` function of `flavor` (a `gen!` block's inputs
/// are [`block_body`]s).
pub fn program_with(rng: &mut Rng, flavor: Flavor) -> (String, String) {
    if flavor == Flavor::Coroutine {
        return coroutine(rng);
    }
    let mut names: Vec<String> = vec!["n".into(), "v".into()];
    let receiver = *rng.pick(&["", "", "", "&self, ", "&mut self, ", "self, ", "mut self, "]);
    if !receiver.is_empty() {
        names.push("self.f".into());
    }
    let ret = *rng.pick(&[
        "impl Iterator<Item = u32>",
        "impl Iterator<Item = u32>",
        "impl Iterator<Item = u32> + '_",
        "Box<dyn Iterator<Item = u32>>",
        "impl Iterator<Item = u32> + Clone",
        "impl Iterator<Item = Result<u32, E>>",
    ]);
    let mut ctx = Ctx {
        rng,
        depth: 0,
        labels: Vec::new(),
        loops: 0,
        names,
        next_label: 0,
        can_yield: true,
        flavor,
    };
    let body = ctx.block_body(4);
    let args = if ctx.rng.chance(1, 10) {
        attr_args(ctx.rng)
    } else {
        String::new()
    };
    (
        args,
        format!("fn g({receiver}n: u32, mut v: Vec<u32>) -> {ret} {{ {body} }}"),
    )
}

/// A random coroutine: `impl Generator<R, Yield = .., Return = ..>`, the
/// `#[resume]` parameter anywhere (or missing, or twice, now and then), and
/// a body that ends in a value.
fn coroutine(rng: &mut Rng) -> (String, String) {
    let mut names: Vec<String> = vec!["n".into(), "v".into()];
    let receiver = *rng.pick(&["", "", "", "&self, ", "&mut self, ", "self, "]);
    if !receiver.is_empty() {
        names.push("self.f".into());
    }
    let (resume, param) = *rng.pick(&[
        ("u32", "#[resume] r: u32"),
        ("u32", "#[resume] r: u32"),
        ("u32", "#[resume] mut r: u32"),
        ("u32", "#[resume] _: u32"),
        ("(u32, u32)", "#[resume] (r, _): (u32, u32)"),
        ("()", ""),
        ("()", ""),
        ("()", "#[resume] r: ()"),
        ("u32", ""),
        ("u32", "#[resume] r: u32, #[resume] q: u32"),
        ("&'a u32", "#[resume] &r: &'a u32"),
    ]);
    if param.contains(" r:") || param.contains("(r,") || param.contains("&r:") {
        names.push("r".into());
    }
    let r = if resume == "()" && rng.chance(1, 2) {
        String::new()
    } else {
        format!("{resume}, ")
    };
    let ret = rng
        .pick(&[
            "impl Generator<{R}Yield = u32, Return = u32>",
            "impl Generator<{R}Yield = u32, Return = u32>",
            "impl Generator<{R}Yield = u32, Return = u32> + '_",
            "Box<dyn Generator<{R}Yield = u32, Return = u32>>",
            "Box<dyn Generator<{R}Yield = u32, Return = u32> + Send>",
            "impl Generator<{R}Yield = u32, Return = Result<u32, E>>",
            "impl Generator<{R}Yield = u32, Return = Option<u32>>",
            "impl Generator<{R}Yield = u32, Return = u32> + Clone",
            "impl Generator<{R}Yield = u32>",
            "impl Generator<{R}Return = u32>",
            "impl Generator<{R}Yield = u32, Return = u32, Return = u8>",
            "impl Iterator<Item = u32>",
        ])
        .replace("{R}", &r);
    let mut params = vec!["n: u32".to_owned(), "mut v: Vec<u32>".to_owned()];
    if !param.is_empty() {
        let at = rng.below(params.len() + 1);
        params.insert(at, param.to_owned());
    }
    let mut ctx = Ctx {
        rng,
        depth: 0,
        labels: Vec::new(),
        loops: 0,
        names,
        next_label: 0,
        can_yield: true,
        flavor: Flavor::Coroutine,
    };
    let mut body = ctx.stmts(4);
    if ctx.rng.chance(4, 5) {
        body.push_str(&ctx.expr_any());
    }
    let args = if ctx.rng.chance(1, 10) {
        attr_args(ctx.rng)
    } else {
        String::new()
    };
    (
        args,
        format!(
            "fn g({receiver}{}) -> {ret} {{ {body} }}",
            params.join(", ")
        ),
    )
}

/// The tokens of a random `gen!` block: native `yield` (and the markers),
/// over names that it captures (`n`, `v`, `words`).
pub fn block_body(rng: &mut Rng) -> String {
    let mut ctx = Ctx {
        rng,
        depth: 0,
        labels: Vec::new(),
        loops: 0,
        names: vec!["n".into(), "v".into(), "words".into()],
        next_label: 0,
        can_yield: true,
        flavor: Flavor::Block,
    };
    ctx.block_body(4)
}

/// Random attribute arguments, mostly near-misses of `crate = path`.
pub fn attr_args(rng: &mut Rng) -> String {
    rng.pick(&[
        "crate = x",
        "crate = ::gen_core",
        "crate = my::reexport",
        "crate = self::x",
        "crate = super::x",
        "crate = crate::x",
        "crate = crate",
        "crate = r#type",
        "crate = x,",
        "crate",
        "crate =",
        "crate = x, crate = y",
        "crate = x,,",
        "crate = x y",
        "crate = x::<u8>",
        "crate = ::",
        "crate = 1",
        "crate = \"gen_core\"",
        "crate(x)",
        "foo",
        "foo = 1",
        "crate = x, foo",
        ",",
        "=",
        "crate = $x",
        "crate = x::",
        "crate: x",
        "Crate = x",
        "r#crate = x",
        "crate = <x>::y",
        "crate = x as y",
        "crate = {x}",
        "crate = (x)",
        "crate = x; crate = y",
    ])
    .to_string()
}

impl Ctx<'_> {
    fn name(&mut self) -> String {
        let names = self.names.clone();
        self.rng.pick(&names).clone()
    }

    fn fresh_label(&mut self) -> String {
        self.next_label += 1;
        format!("'l{}", self.next_label)
    }

    /// Statements, and sometimes a tail expression: only where the block
    /// ends (`block_body`), not where more statements follow (`stmts`).
    fn block_body(&mut self, max: usize) -> String {
        let mut out = self.stmts(max);
        if self.rng.chance(1, 5) {
            out.push_str(&self.expr_any());
        }
        out
    }

    fn stmts(&mut self, max: usize) -> String {
        let n = self.rng.range(1, max);
        let mut out = String::new();
        let scope = self.names.len();
        for _ in 0..n {
            out.push_str(&self.stmt());
            out.push(' ');
        }
        self.names.truncate(scope);
        out
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self) -> String) -> String {
        self.depth += 1;
        let s = f(self);
        self.depth -= 1;
        s
    }

    fn yield_expr(&mut self) -> String {
        if self.flavor == Flavor::Block && self.rng.chance(2, 3) {
            return if self.rng.chance(1, 8) {
                "(yield)".to_owned()
            } else {
                format!("(yield {})", self.simple())
            };
        }
        let e = self.simple();
        if self.flavor == Flavor::Coroutine && self.rng.chance(1, 3) {
            let first = self.simple();
            return match self.rng.below(5) {
                0 => format!("yield_from!(sub({e}), {first})"),
                1 => format!("yield_from!(g({e}, v.clone()), {first})"),
                2 => "yield_from!(inner())".to_owned(),
                3 => format!("yield_from!(sub({e}), yield_!({first}))"),
                _ => format!("yield_!(yield_!({e}))"),
            };
        }
        match self.rng.below(8) {
            0 => format!("yield_from!(0..{e})"),
            1 => format!("yield_from!({}.iter().copied())", self.name()),
            2 => "yield_!()".to_owned(),
            _ => format!("yield_!({e})"),
        }
    }

    fn simple(&mut self) -> String {
        match self.rng.below(4) {
            0 => self.rng.below(10).to_string(),
            1 => format!("({}.len() as u32)", self.name()),
            _ => self.name(),
        }
    }

    fn cond(&mut self) -> String {
        match self.rng.below(6) {
            0 => format!("{} > {}", self.expr(), self.simple()),
            1 => format!("{} && {}", self.cond(), self.cond()),
            2 => format!("let Some(x) = Some({})", self.expr()),
            3 => format!("let Some(x) = {}.pop() && x > 2", self.name()),
            4 => "true".to_owned(),
            _ => format!("{} == 0", self.expr()),
        }
    }

    /// An expression in operand position: parenthesized unless atomic.
    fn expr(&mut self) -> String {
        let (e, composite) = self.expr_inner();
        if composite { format!("({e})") } else { e }
    }

    /// An expression where any expression may stand.
    fn expr_any(&mut self) -> String {
        self.expr_inner().0
    }

    fn expr_inner(&mut self) -> (String, bool) {
        if self.depth > 5 || self.rng.chance(2, 5) {
            let e = if self.can_yield && self.rng.chance(1, 3) {
                self.yield_expr()
            } else {
                self.simple()
            };
            return (e, false);
        }
        let e = self.nested(|c| match c.rng.below(20) {
            0 => format!("{} + {}", c.expr(), c.expr()),
            1 => format!("{} * {}", c.expr(), c.expr()),
            2 => format!("({}, {}).1", c.expr_any(), c.expr_any()),
            3 => format!("[{}, {}][0]", c.expr_any(), c.expr_any()),
            4 => format!("{{ {} {} }}", c.stmt(), c.expr_any()),
            5 => format!("{{ yield_!({}); {} }}", c.simple(), c.expr_any()),
            6 => format!("if {} {{ {} }} else {{ {} }}", c.cond(), c.expr(), c.expr()),
            7 => format!(
                "match {} {{ 0 => {}, x if x > 3 => {}, _ => {} }}",
                c.expr(),
                c.expr(),
                c.simple(),
                c.expr()
            ),
            8 => {
                let l = c.fresh_label();
                c.labels.push((l.clone(), true));
                c.loops += 1;
                let body = c.stmts(2);
                c.loops -= 1;
                c.labels.pop();
                format!("{l}: loop {{ {body} break {l} {}; }}", c.simple())
            }
            9 => {
                let l = c.fresh_label();
                c.labels.push((l.clone(), false));
                let body = c.stmts(2);
                c.labels.pop();
                format!("{l}: {{ {body} {} }}", c.expr_any())
            }
            10 => format!("f({}, {})", c.expr_any(), c.expr_any()),
            11 => format!("{}.max({})", c.expr(), c.expr()),
            12 => format!("{}.min({{ {} }})", c.name(), c.expr()),
            13 => {
                let outer = c.can_yield;
                c.can_yield = c.rng.chance(1, 20);
                let e = c.expr();
                c.can_yield = outer;
                format!("(|x: u32| x + {e})({})", c.simple())
            }
            14 => format!("Some({}).unwrap_or(0)", c.expr_any()),
            15 => format!("({} as u64) as u32", c.expr()),
            16 => format!("-({} as i64) as u32", c.expr()),
            17 => format!("{}?", c.expr()),
            18 => format!("*&{}", c.expr()),
            _ => format!("loop {{ break {}; }}", c.expr()),
        });
        (e, true)
    }

    fn stmt(&mut self) -> String {
        if self.depth > 5 {
            return format!("{};", self.yield_expr());
        }
        if self.flavor != Flavor::Iterator && self.can_yield && self.rng.chance(1, 5) {
            return self.nested(Self::flavored_stmt);
        }
        self.nested(|c| match c.rng.below(30) {
            0..=3 => format!("{};", c.yield_expr()),
            4 | 5 => {
                let e = c.expr_any();
                let name = format!("x{}", c.names.len());
                let s = format!(
                    "let {}{name} = {e};",
                    if c.rng.chance(1, 2) { "mut " } else { "" }
                );
                c.names.push(name);
                s
            }
            6 => {
                let e = c.expr();
                let name = format!("x{}", c.names.len());
                let els = c.stmts(2);
                let s = format!("let Some({name}) = Some({e}) else {{ {els} return; }};");
                c.names.push(name);
                s
            }
            7 => format!("{} += {};", c.name(), c.expr()),
            8 => format!(
                "if {} {{ {} }} else {{ {} }}",
                c.cond(),
                c.block_body(3),
                c.block_body(2)
            ),
            9 => format!("if {} {{ {} }}", c.cond(), c.block_body(3)),
            10 | 11 => {
                c.looping(|c, label| format!("{label}while {} {{ {} }}", c.cond(), c.block_body(3)))
            }
            12 | 13 => c.looping(|c, label| {
                let name = format!("x{}", c.names.len());
                c.names.push(name.clone());
                let s = format!(
                    "{label}for {name} in 0..{} {{ {} }}",
                    c.simple(),
                    c.block_body(3)
                );
                c.names.pop();
                s
            }),
            14 => c.looping(|c, label| format!("{label}loop {{ {} break; }}", c.stmts(3))),
            15 => format!(
                "match {} {{ 0 => {{ {} }} 1 | 2 => {}, x if x > 5 => {{ {} }} _ => {{}} }}",
                c.expr(),
                c.block_body(2),
                c.expr(),
                c.block_body(2)
            ),
            16 => {
                let l = c.fresh_label();
                c.labels.push((l.clone(), false));
                let body = c.block_body(3);
                c.labels.pop();
                format!("{l}: {{ {body} }}")
            }
            17 if c.loops > 0 => {
                if c.rng.chance(1, 2) {
                    "break;".into()
                } else {
                    "continue;".into()
                }
            }
            18 if !c.labels.is_empty() => {
                let labels = c.labels.clone();
                let (l, is_loop) = c.rng.pick(&labels).clone();
                if is_loop && c.rng.chance(1, 2) {
                    format!("continue {l};")
                } else {
                    format!("break {l};")
                }
            }
            19 => "return;".into(),
            20 => format!("{{ {} }}", c.block_body(3)),
            21 => format!("unsafe {{ {} }}", c.block_body(2)),
            22 => format!("println!(\"{{}}\", {});", c.simple()),
            23 => "fn helper(x: u32) -> u32 { x + 1 }".into(),
            24 => {
                let outer = c.can_yield;
                c.can_yield = c.rng.chance(1, 20);
                let body = c.block_body(2);
                c.can_yield = outer;
                format!("let c = move || {{ {body} }};")
            }
            25 => format!(
                "while let Some(x) = {}.pop() {{ {} }}",
                c.name(),
                c.block_body(3)
            ),
            26 => format!(
                "if let Some(x) = Some({}) {{ {} }} else if {} {{ {} }}",
                c.expr(),
                c.block_body(2),
                c.cond(),
                c.block_body(2)
            ),
            _ => format!("{};", c.expr()),
        })
    }

    /// A statement of a coroutine or a `gen!` block.
    fn flavored_stmt(&mut self) -> String {
        if self.flavor == Flavor::Block {
            return match self.rng.below(6) {
                0..=2 => format!("yield {};", self.expr_any()),
                3 => "yield;".to_owned(),
                4 => format!(
                    "let x{} = {{ yield {}; 1 }};",
                    self.names.len(),
                    self.simple()
                ),
                _ => "return;".to_owned(),
            };
        }
        match self.rng.below(7) {
            0 => format!("return {};", self.expr_any()),
            1 => format!("{} = yield_!({});", self.name(), self.simple()),
            2 => {
                let s = format!(
                    "let x{} = yield_from!(sub({}), {});",
                    self.names.len(),
                    self.simple(),
                    self.expr()
                );
                self.names.push(format!("x{}", self.names.len()));
                s
            }
            3 => format!(
                "if yield_!({}) > {} {{ return {}; }}",
                self.simple(),
                self.simple(),
                self.expr()
            ),
            4 => {
                let s = format!("let x{} = {}?;", self.names.len(), self.expr());
                self.names.push(format!("x{}", self.names.len()));
                s
            }
            5 => format!("{} += yield_!({}) * 2;", self.name(), self.expr()),
            _ => {
                let s = format!("let x{} = yield_!({});", self.names.len(), self.expr_any());
                self.names.push(format!("x{}", self.names.len()));
                s
            }
        }
    }

    fn looping(&mut self, f: impl FnOnce(&mut Self, String) -> String) -> String {
        let label = if self.rng.chance(1, 2) {
            let l = self.fresh_label();
            self.labels.push((l.clone(), true));
            Some(l)
        } else {
            None
        };
        self.loops += 1;
        let prefix = label
            .as_ref()
            .map_or_else(String::new, |l| format!("{l}: "));
        let s = f(self, prefix);
        self.loops -= 1;
        if label.is_some() {
            self.labels.pop();
        }
        s
    }
}

/// A random token stream of depth at most `depth`.
pub fn tokens(rng: &mut Rng, depth: usize) -> Vec<Tree> {
    let len = rng.range(0, 12);
    let mut out = Vec::new();
    for _ in 0..len {
        if depth > 0 && rng.chance(1, 4) {
            out.push(Tree::Group(
                mutate::random_delimiter(rng),
                tokens(rng, depth - 1),
            ));
        } else {
            out.extend(mutate::random_leaf(rng));
        }
    }
    out
}

/// A random item: pure noise, or noise after a plausible signature.
pub fn item(rng: &mut Rng) -> Vec<Tree> {
    match rng.below(3) {
        0 => tokens(rng, 4),
        1 => {
            let mut out = tree::lex("fn f() -> impl Iterator<Item = u8>").unwrap_or_default();
            out.push(Tree::Group(proc_macro2::Delimiter::Brace, tokens(rng, 4)));
            out
        }
        _ => {
            let mut out = vec![tree::ident("fn"), tree::ident(rng.pick::<&str>(IDENTS))];
            out.push(Tree::Group(
                proc_macro2::Delimiter::Parenthesis,
                tokens(rng, 1),
            ));
            out.extend(tokens(rng, 0));
            out.push(Tree::Group(proc_macro2::Delimiter::Brace, tokens(rng, 3)));
            out
        }
    }
}

/// Random attribute arguments as trees: noise, or a near-miss.
pub fn args(rng: &mut Rng) -> Vec<Tree> {
    if rng.chance(1, 3) {
        tokens(rng, 2)
    } else {
        let mut t = tree::lex(&attr_args(rng)).unwrap_or_default();
        if rng.chance(1, 4) && !t.is_empty() {
            // `crate = $path` forwarded by a `macro_rules!`.
            let at = rng.below(t.len());
            let rest: Vec<Tree> = t.drain(at..).collect();
            t.push(Tree::Group(proc_macro2::Delimiter::None, rest));
        }
        if rng.chance(1, 8) {
            t.push(Tree::Leaf(TokenTree::Literal(mutate::random_literal(rng))));
        }
        t
    }
}

/// A suspension point under `depth` layers of nested expressions, blocks and
/// loops. At most 3 of the layers are loops: the expansion's time grows
/// exponentially with the nesting of loops (see docs/fuzzing.md), and
/// deeper loop nests would only measure that again.
pub fn deep(rng: &mut Rng, depth: usize) -> String {
    deep_with(rng, depth, Flavor::Iterator)
}

/// [`deep`] for `flavor`: a coroutine whose innermost yield's value is used,
/// or the tokens of a `gen!` block around a native `yield`.
pub fn deep_with(rng: &mut Rng, depth: usize, flavor: Flavor) -> String {
    let mut e = match flavor {
        Flavor::Iterator => "yield_!(1)",
        Flavor::Coroutine => "(yield_!(1) + r)",
        Flavor::Block => "(yield 1)",
    }
    .to_owned();
    let mut loops = 0;
    for level in 0..depth {
        let mut kind = rng.below(12);
        if matches!(kind, 1 | 9) {
            if loops >= 3 {
                kind = 0;
            }
            loops += 1;
        }
        e = match kind {
            0 => format!("{{ {e} }}"),
            1 => format!("loop {{ {e}; break; }}"),
            2 => format!("if c {{ {e} }} else {{ () }}"),
            3 => format!("({e})"),
            4 => format!("'l{level}: {{ {e} }}"),
            5 => format!("match x {{ _ => {e} }}"),
            6 => format!("f({e})"),
            7 => format!("[{e}]"),
            8 => format!("({e}, 1)"),
            9 => format!("while c {{ {e}; }}"),
            10 => format!("{{ let y = {e}; y }}"),
            _ => format!("unsafe {{ {e} }}"),
        };
    }
    match flavor {
        Flavor::Iterator => {
            format!("fn deep(c: bool, x: u8) -> impl Iterator<Item = ()> {{ {e}; }}")
        }
        Flavor::Coroutine => format!(
            "fn deep(c: bool, x: u8, #[resume] r: u8) -> impl Generator<u8, Yield = u8, Return = u8> {{ let z = {e}; z }}"
        ),
        Flavor::Block => format!("{e};"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_programs_parse_as_functions() {
        let mut failures = Vec::new();
        for seed in 0..500 {
            let (_, item) = program(&mut Rng::new(seed));
            if let Err(e) = syn::parse_str::<syn::ItemFn>(&item) {
                failures.push(format!("{e}: {item}"));
            }
        }
        assert!(
            failures.len() < 5,
            "{} of 500 fail:\n{}",
            failures.len(),
            failures[..3.min(failures.len())].join("\n\n")
        );
    }
}
