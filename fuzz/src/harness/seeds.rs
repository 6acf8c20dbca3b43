//! The seed corpus: valid generator functions covering the supported
//! language. Mutations start from these; each one expands without error.

/// `(name, attribute arguments, item)`.
pub const SEEDS: &[(&str, &str, &str)] = &[
    (
        "fib",
        "",
        r"fn fib() -> impl Iterator<Item = u64> {
            let (mut a, mut b) = (0, 1);
            loop {
                yield_!(a);
                (a, b) = (b, a + b);
            }
        }",
    ),
    (
        "count_up",
        "",
        r"pub fn count_up(n: u32) -> impl Iterator<Item = u32> {
            for i in 0..n {
                yield_!(i);
            }
        }",
    ),
    (
        "while_if_else",
        "",
        r"fn evens_and_tens(n: u32) -> impl Iterator<Item = u32> {
            let mut i = 0;
            while i < n {
                if i % 2 == 0 {
                    yield_!(i)
                } else if i % 3 == 0 {
                    yield_!(i * 10);
                } else {
                    i += 1;
                    continue;
                }
                i += 1;
            }
        }",
    ),
    (
        "while_let",
        "",
        r"fn drain(v: Vec<u8>) -> impl Iterator<Item = u8> {
            let mut it = v.into_iter();
            while let Some(x) = it.next() {
                yield_!(x);
            }
        }",
    ),
    (
        "match_arms",
        "",
        r"fn classify(xs: Vec<u32>) -> impl Iterator<Item = u32> {
            for x in xs {
                match x {
                    0 => yield_!(0),
                    n if n > 10 => {
                        yield_!(n);
                        yield_!(n + 1)
                    }
                    1 | 2 => {}
                    n @ 3..=5 => yield_from!(0..n),
                    _ => continue,
                }
            }
        }",
    ),
    (
        "labeled_loops",
        "",
        r"fn pairs(n: u32) -> impl Iterator<Item = (u32, u32)> {
            'outer: for i in 0..n {
                'inner: for j in 0..n {
                    if j > i {
                        continue 'outer;
                    }
                    if i * j > 20 {
                        break 'outer;
                    }
                    if j == 3 {
                        continue 'inner;
                    }
                    yield_!((i, j));
                }
            }
        }",
    ),
    (
        "break_value",
        "",
        r"fn break_value(c: bool) -> impl Iterator<Item = u32> {
            let v = loop {
                yield_!(1);
                if c {
                    break 5;
                }
                break 6;
            };
            yield_!(v);
        }",
    ),
    (
        "labeled_block",
        "",
        r"fn found(x: u32) -> impl Iterator<Item = u32> {
            let r = 'found: {
                if x == 0 {
                    yield_!(0);
                    break 'found 100;
                }
                300
            };
            yield_!(r);
        }",
    ),
    (
        "let_else",
        "",
        r"fn first_then_rest(v: Vec<u32>) -> impl Iterator<Item = u32> {
            let mut it = v.into_iter();
            let Some(first) = it.next() else {
                yield_!(0);
                return;
            };
            yield_!(first);
            let [a, b] = [it.next(), it.next()] else { return };
            yield_!(a.unwrap_or(0) + b.unwrap_or(0));
        }",
    ),
    (
        "if_let_chain",
        "",
        r"fn chain(o: Option<u32>) -> impl Iterator<Item = u32> {
            if let Some(x) = { yield_!(1); o } && x > 3 {
                yield_!(x);
            } else if let Some(y) = o {
                yield_!(y);
            }
            while let Some(x) = o && x > 100 {
                yield_!(x);
                break;
            }
        }",
    ),
    (
        "expression_positions",
        "",
        r"fn positions(n: u32) -> impl Iterator<Item = ()> {
            let a = f(yield_!(()), 2);
            let b = [yield_!(()), yield_!(())];
            let c = (yield_!(()), 5).1 + { yield_!(()); 7 };
            let d = if n > 0 { yield_!(()) } else { () };
            g(a, b.len() + c, d, match n { 0 => yield_!(()), _ => () });
        }",
    ),
    (
        "operands",
        "",
        r"fn operands(n: u32) -> impl Iterator<Item = u32> {
            let x = n + { yield_!(n); 1 } * 2;
            if x > 3 && { yield_!(x); true } || { yield_!(0); false } {
                yield_!(x)
            }
            let y = -{ yield_!(2); 3i32 } as u32;
            let z = !{ yield_!(y); false };
            let w = &{ yield_!(9); 5 };
            yield_!(*w + u32::from(z));
        }",
    ),
    (
        "method_calls",
        "",
        r"fn methods(v: Vec<u32>) -> impl Iterator<Item = u32> {
            let s = v.iter().map(|x| x * 2).sum::<u32>();
            yield_!(s);
            let t = s.max({ yield_!(s); 4 });
            let u = { yield_!(t); v.clone() }.into_iter().fold(0, |a, b| a + b);
            yield_!(u.saturating_sub(t).pow(2));
            yield_!(Wrapper::new(t).get({ yield_!(1); 2 }));
        }",
    ),
    (
        "yield_from",
        "",
        r"fn delegate(n: u32, v: Vec<u32>) -> impl Iterator<Item = u32> {
            yield_from!(0..n);
            yield_from!(v.iter().copied().filter(|x| x % 2 == 0));
            yield_from!(count_up(3));
            yield_from!([1, 2, 3]);
            let w = (yield_from!(0..2), 7).1;
            yield_!(w);
        }",
    ),
    (
        "recursion",
        "",
        r"fn flatten(t: Tree) -> Box<dyn Iterator<Item = u32>> {
            match t {
                Tree::Leaf(x) => yield_!(x),
                Tree::Node(children) => {
                    for c in children {
                        yield_from!(flatten(c));
                    }
                }
            }
        }",
    ),
    (
        "generics",
        "",
        r"fn chunks<T: Clone, I, const N: usize>(items: I) -> impl Iterator<Item = Vec<T>>
        where
            I: IntoIterator<Item = T>,
            T: Send + 'static,
        {
            let mut chunk = Vec::with_capacity(N);
            for item in items {
                chunk.push(item);
                if chunk.len() == N {
                    yield_!(std::mem::take(&mut chunk));
                }
            }
            if !chunk.is_empty() {
                yield_!(chunk);
            }
        }",
    ),
    (
        "lifetimes",
        "",
        r"fn words<'a, 'b: 'a>(s: &'a str, sep: &'b str) -> impl Iterator<Item = &'a str> + 'a + use<'a, 'b> {
            for w in s.split(sep) {
                if !w.is_empty() {
                    yield_!(w);
                }
            }
        }",
    ),
    (
        "ref_self",
        "",
        r"fn iter(&self) -> impl Iterator<Item = &u32> + '_ {
            for x in &self.items {
                yield_!(x);
            }
            yield_!(&self.extra);
            yield_from!(self.others.iter());
        }",
    ),
    (
        "mut_self",
        "",
        r"fn drain(mut self) -> impl Iterator<Item = u32> {
            while let Some(x) = self.items.pop() {
                yield_!(x);
                self.count += 1;
            }
            yield_!(self.count);
        }",
    ),
    (
        "self_value",
        "",
        r"pub fn into_gen(self: Self) -> impl Iterator<Item = u32> + Clone {
            let Self { a, b } = self;
            yield_!(a);
            yield_!(b);
        }",
    ),
    (
        "ref_mut_self",
        "",
        r"fn bump<'s>(&'s mut self, by: u32) -> impl Iterator<Item = u32> + 's {
            loop {
                self.n += by;
                yield_!(self.n);
                if self.n > 100 { return; }
            }
        }",
    ),
    (
        "closures",
        "",
        r"fn closures(n: u32) -> impl Iterator<Item = u32> {
            let add = |a: u32, b| a + b;
            let mut acc = 0;
            for i in 0..n {
                acc = add(acc, i);
                yield_!(acc);
            }
            let f = move || acc;
            yield_!(f());
            let g = |x: u32| -> u32 { let y = x * 2; y + 1 };
            yield_!([1, 2].iter().map(|&x| g(x)).sum());
        }",
    ),
    (
        "macros",
        "",
        r#"fn macros() -> impl Iterator<Item = String> {
            println!("start");
            let v = vec![1, 2, 3];
            assert!(v.len() == 3, "len {}", v.len());
            for x in v {
                yield_!(format!("{x}"));
            }
            debug_assert_eq!(1, 1);
            let s = concat!("a", "b");
            yield_!(s.to_owned());
            my_macro! { tokens; 1 + 2 };
        }"#,
    ),
    (
        "try_result",
        "",
        r"fn lines(path: &str) -> impl Iterator<Item = Result<String, std::io::Error>> + '_ {
            let f = std::fs::read_to_string(path)?;
            for l in f.lines() {
                let n: u32 = l.parse().map_err(std::io::Error::other)?;
                yield_!(Ok(n.to_string()));
            }
        }",
    ),
    (
        "try_option_return",
        "",
        r"fn opt(v: Vec<Option<u8>>) -> impl Iterator<Item = u8> {
            for x in v {
                let y = x?;
                if y == 0 {
                    return;
                }
                yield_!(y);
            }
            return;
        }",
    ),
    (
        "unsafe_nested_blocks",
        "",
        r"fn blocks() -> impl Iterator<Item = u8> {
            unsafe {
                yield_!(1);
            }
            {
                {
                    yield_!(2);
                }
                let x = { { 3 } };
                yield_!(x);
            }
        }",
    ),
    (
        "items_in_body",
        "",
        r"fn items() -> impl Iterator<Item = u8> {
            struct P {
                x: u8,
            }
            impl P {
                fn get(&self) -> u8 {
                    self.x
                }
            }
            const K: u8 = 3;
            fn helper(x: u8) -> u8 {
                x + K
            }
            use std::convert::identity as id;
            let p = P { x: 1 };
            yield_!(id(helper(p.get())));
        }",
    ),
    (
        "drop_order",
        "",
        r#"fn drops() -> impl Iterator<Item = usize> {
            let guard = Guard::new("a");
            let mut v = Vec::new();
            v.push(1);
            yield_!(v.len());
            drop(guard);
            let s = String::from("x");
            let _keep = Guard::new("b");
            yield_!(s.len());
            let _ = Guard::new("c");
            yield_!(0);
        }"#,
    ),
    (
        "merge_sorted",
        "",
        r"fn merge_sorted(a: Vec<u32>, b: Vec<u32>) -> impl Iterator<Item = u32> {
            let mut a = a.into_iter().peekable();
            let mut b = b.into_iter().peekable();
            loop {
                match (a.peek(), b.peek()) {
                    (Some(x), Some(y)) => {
                        if x <= y {
                            yield_!(a.next().unwrap())
                        } else {
                            yield_!(b.next().unwrap())
                        }
                    }
                    (Some(_), None) => yield_!(a.next().unwrap()),
                    (None, Some(_)) => yield_!(b.next().unwrap()),
                    (None, None) => break,
                }
            }
        }",
    ),
    (
        "windows",
        "",
        r"fn windows<I: Iterator<Item = u32>>(it: I, n: usize) -> impl Iterator<Item = Vec<u32>> {
            let mut buf = std::collections::VecDeque::new();
            for x in it {
                buf.push_back(x);
                if buf.len() > n {
                    buf.pop_front();
                }
                if buf.len() == n {
                    yield_!(buf.iter().cloned().collect::<Vec<_>>());
                }
            }
        }",
    ),
    (
        "paths_and_crate_arg",
        "crate = ::my::reexport::gen_core",
        r"fn paths() -> impl Iterator<Item = u32> {
            gen_core::yield_!(1);
            ::gen_core::yield_from!(vec![2, 3]);
            my::reexport::gen_core::yield_!(4);
        }",
    ),
    (
        "attributes_and_doc",
        "crate = gen_core",
        r"/// Documented.
        #[inline]
        #[must_use]
        #[cfg(all())]
        #[allow(unused)]
        pub(crate) fn documented(#[allow(unused)] x: u8) -> impl core::iter::FusedIterator<Item = u8> + Send + Sync + Unpin {
            yield_!(x)
        }",
    ),
    (
        "patterns_and_impl_args",
        "",
        r"fn pats((a, b): (u8, u8), mut c: u8, _: u8, Point { x, .. }: Point, it: impl IntoIterator<Item = u8>) -> impl Iterator<Item = u8> {
            c += a;
            yield_!(c + b + x);
            yield_from!(it);
        }",
    ),
    (
        "round_robin",
        "",
        r"fn round_robin(mut tasks: Vec<Box<dyn Iterator<Item = u32>>>) -> impl Iterator<Item = u32> {
            while !tasks.is_empty() {
                let mut i = 0;
                while i < tasks.len() {
                    match tasks[i].next() {
                        Some(x) => {
                            yield_!(x);
                            i += 1;
                        }
                        None => {
                            tasks.remove(i);
                        }
                    }
                }
            }
        }",
    ),
    (
        "async_and_closure_bodies",
        "",
        r"fn bodies() -> impl Iterator<Item = u8> {
            let fut = async { 1 };
            drop(fut);
            let c = async move || 2;
            drop(c);
            let k = || { let z = 5; z };
            yield_!(k());
        }",
    ),
    (
        "tail_match",
        "",
        r"fn tail(n: u8) -> impl Iterator<Item = u8> {
            match n {
                0 => {}
                _ => yield_!(n),
            }
        }",
    ),
    (
        "compound_assign_index",
        "",
        r"fn places() -> impl Iterator<Item = u32> {
            let mut arr = [0u32; 4];
            arr[{ yield_!(1); 2 }] += { yield_!(2); 3 };
            let mut p = Point { x: 0, y: 0 };
            p.x = { yield_!(arr[2]); 7 };
            *(&mut p.y) -= 1;
            yield_!(p.x);
        }",
    ),
    (
        "edition_2021_gen_ident",
        "",
        r"fn gen_names(gen: u32, r#type: u32) -> impl Iterator<Item = u32> {
            let r#gen = gen + r#type;
            yield_!(r#gen);
            let r#try = 1;
            yield_!(r#try);
        }",
    ),
    (
        "struct_literals_casts",
        "",
        r"fn literals() -> impl Iterator<Item = u64> {
            let p = Point { x: { yield_!(1); 2 }, ..Default::default() };
            let t = Pair(yield_!(3), 4u8 as u64);
            let r = (0..{ yield_!(5); 10 }).len() as u64;
            let s = &[1u64, 2][..];
            yield_!(p.x + t.1 + r + s[0] + <u64 as Default>::default() + Vec::<u64>::new().len() as u64);
        }",
    ),
    (
        "deep_nesting",
        "",
        r"fn deep(v: Vec<Vec<u32>>) -> impl Iterator<Item = u32> {
            'b: {
                for row in v {
                    let mut j = 0;
                    loop {
                        match row.get(j) {
                            Some(&x) if x > 0 => {
                                if x % 2 == 0 {
                                    while j < 3 {
                                        yield_!(x + j as u32);
                                        j += 1;
                                    }
                                } else if let 7 = x {
                                    break 'b;
                                } else {
                                    yield_!(x);
                                }
                            }
                            Some(_) => {}
                            None => break,
                        }
                        j += 1;
                    }
                }
            }
            yield_!(0);
        }",
    ),
    (
        "shadowing_and_late_init",
        "",
        r"fn late(c: bool) -> impl Iterator<Item = u32> {
            let x;
            if c {
                x = 1;
            } else {
                x = 2;
            }
            yield_!(x);
            let x = x + 1;
            yield_!(x);
            let s = String::new();
            let s = s.len() as u32;
            yield_!(s);
        }",
    ),
];

/// Coroutine seeds: valid `#[generator]` functions returning
/// `impl Generator<R, Yield = Y, Return = T>`, covering the first resume
/// value (`#[resume]` patterns), resume values wherever an expression may
/// stand, `return value`, `?`, both forms of `yield_from!`, methods,
/// generics, boxing and recursion. `(name, attribute arguments, item)`.
pub const CO_SEEDS: &[(&str, &str, &str)] = &[
    (
        "totals",
        "",
        r"fn totals(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = usize> {
            let (mut total, mut count, mut n) = (0, 0, first);
            while n != 0 {
                total += n;
                count += 1;
                n = yield_!(total);
            }
            count
        }",
    ),
    (
        "unit_resume_delegation",
        "",
        r"fn outer() -> impl Generator<Yield = u8, Return = usize> {
            let s = yield_from!(inner());
            yield_!(3);
            let t = yield_from!(inner(), ());
            s.len() + t.len()
        }",
    ),
    (
        "first_value_patterns",
        "",
        r"fn first(a: u32, #[resume] (x, mut y): (u32, u32), b: u32) -> impl Generator<(u32, u32), Yield = u32, Return = u32> {
            y += a;
            let (c, d) = yield_!(x * y + b);
            let Point { x: p, .. } = point(c);
            a + b + c + d + p
        }",
    ),
    (
        "resume_values_in_expressions",
        "",
        r"fn operands(#[resume] first: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
            let mut acc = first;
            acc = acc * 10 - yield_!(acc) * 2;
            acc += yield_!(acc) + 1;
            let neg = -yield_!(acc);
            let pair = (yield_!(1), yield_!(2));
            let v = vec![1, 2].into_iter().map(|x| x * acc).sum::<i64>() + f(yield_!(3), pair.0);
            acc + neg + v + pair.1
        }",
    ),
    (
        "conditions_and_loops",
        "",
        r"fn steer(rows: u32, #[resume] _: bool) -> impl Generator<bool, Yield = (u32, u32), Return = Vec<u32>> {
            let mut seen = Vec::new();
            'rows: for r in 0..rows {
                let mut c = 0;
                while yield_!((r, c)) {
                    c += 1;
                    if c > 3 {
                        continue 'rows;
                    }
                    if let Some(x) = seen.last().copied() && x > 10 {
                        break 'rows;
                    }
                    seen.push(c);
                }
                match yield_!((r, 99)) {
                    true => seen.push(r),
                    false if r > 2 => return seen,
                    false => {}
                }
            }
            seen
        }",
    ),
    (
        "let_else_and_question_mark",
        "",
        r"fn parse(#[resume] first: Option<u32>) -> impl Generator<Option<u32>, Yield = u32, Return = Result<u32, E>> {
            let mut sum = first.ok_or(E)?;
            for round in 1..=3 {
                let Some(v) = yield_!(round) else {
                    return Err(E);
                };
                sum += u32::try_from(v).map_err(|_| E)?;
            }
            Ok(sum)
        }",
    ),
    (
        "option_question_mark",
        "",
        r"fn product(#[resume] first: Option<u32>) -> impl Generator<Option<u32>, Yield = u32, Return = Option<u32>> {
            let mut product = first?;
            loop {
                let factor = yield_!(product)?;
                if factor == 1 {
                    return Some(product);
                }
                product *= factor;
            }
        }",
    ),
    (
        "delegation_with_first_values",
        "",
        r"fn two(#[resume] first: u32) -> impl Generator<u32, Yield = String, Return = (u32, u32)> {
            let a = yield_from!(accumulate(1, 0), first);
            let next = yield_!(a.to_string());
            let b = yield_from!(accumulate(2, 0), next) + yield_from!(accumulate(3, a), yield_!(String::new()));
            if yield_from!(accumulate(4, 0), b) > 20 {
                return (a, b);
            }
            (a, b)
        }",
    ),
    (
        "recursive_delegation",
        "",
        r"fn weigh(tree: &Tree, #[resume] _: u32) -> impl Generator<u32, Yield = u32, Return = u32> + '_ {
            match tree {
                Tree::Leaf(v) => *v * yield_!(*v),
                Tree::Node(children) => {
                    let mut sum = 0;
                    for child in children {
                        sum += yield_from!(weigh(child), 0);
                    }
                    sum
                }
            }
        }",
    ),
    (
        "boxed_send",
        "",
        r"fn boxed(step: u32, #[resume] first: u32) -> Box<dyn Generator<u32, Yield = u32, Return = String> + Send> {
            let mut n = first;
            while n < 10 {
                n += step + yield_!(n);
            }
            n.to_string()
        }",
    ),
    (
        "clone_and_lifetimes",
        "",
        r"fn cloneable<'a>(label: &'a str, #[resume] first: u32) -> impl Generator<u32, Yield = String, Return = Vec<u32>> + Clone + 'a {
            let mut seen = vec![first];
            loop {
                let n = yield_!(label.repeat(seen.len()));
                if n == 0 {
                    return seen;
                }
                seen.push(n);
            }
        }",
    ),
    (
        "methods",
        "",
        r"fn transactions(&mut self, #[resume] first: i64) -> impl Generator<i64, Yield = i64, Return = usize> + '_ {
            let mut amount = first;
            let mut applied = 0;
            while amount != 0 {
                self.balance += amount;
                self.history.push(amount);
                applied += 1;
                amount = yield_!(self.balance);
            }
            applied
        }",
    ),
    (
        "generics",
        "",
        r"fn windows<T, G, const N: usize>(inner: G, #[resume] first: T) -> impl Generator<T, Yield = [T; N], Return = usize>
        where
            T: Copy + Default,
            G: Generator<T, Yield = [T; N], Return = usize>,
        {
            let mut buf = [T::default(); N];
            let mut next = first;
            let got = yield_from!(inner, next);
            loop {
                buf.rotate_left(1);
                buf[N - 1] = next;
                next = yield_!(buf);
                if got == N {
                    return got;
                }
            }
        }",
    ),
    (
        "drops_and_scopes",
        "",
        r"fn scopes(log: Log, #[resume] first: D) -> impl Generator<D, Yield = u32, Return = u32> {
            let kept = yield_!(first.id);
            let _ = yield_!(kept.id);
            {
                let _scoped = yield_!(0);
                yield_!(1);
            }
            'b: {
                let x = yield_!(2);
                if x.id > 3 {
                    break 'b;
                }
                unsafe { yield_!(3); }
            }
            kept.id + first.id
        }",
    ),
    (
        "return_in_match_arm",
        "",
        r"fn arms(#[resume] first: Option<u32>) -> impl Generator<Option<u32>, Yield = u32, Return = u32> {
            let mut current = first;
            let mut count = 0;
            loop {
                current = match current {
                    Some(v) if v > 100 => return v,
                    Some(v) => {
                        count += 1;
                        yield_!(v)
                    }
                    None => return count,
                };
            }
        }",
    ),
    (
        "closure_locals",
        "",
        r"fn closures(k: u32, values: Vec<u32>, #[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
            let f = |x: u32| x + k;
            let mut scaled = values.into_iter().map(|v| v * k);
            let mut last = f(first);
            while let Some(v) = scaled.next() {
                let x = yield_!(last + v);
                last = f(x);
            }
            f(last) * 1000
        }",
    ),
    (
        "omitted_return",
        "crate = my::gen_core",
        r"pub fn ticks(n: u32) -> impl Generator<Yield = u32> {
            for i in 0..n {
                if i == 2 {
                    return;
                }
                yield_!(i);
            }
            yield_from!(inner());
        }",
    ),
];

/// `gen!` block seeds: the tokens inside `r#gen! { .. }`, with native
/// `yield`, captured names, and the markers.
pub const BLOCK_SEEDS: &[(&str, &str)] = &[
    (
        "lengths",
        r"for word in words {
            if word.len() > 3 {
                yield word.len();
            }
        }
        yield 0;",
    ),
    (
        "moved_capture",
        r"let mut count = 0;
        for name in names {
            count += 1;
            yield (count, name.to_uppercase());
        }
        yield_!((count, String::new()));",
    ),
    (
        "control_flow",
        r"let mut i = 0;
        'outer: while i < n {
            i += 1;
            match i % 4 {
                0 => continue,
                1 => yield i,
                2 if flag => break 'outer,
                _ => {
                    for j in 0..i {
                        if j > 2 {
                            continue 'outer;
                        }
                        yield j * 10;
                    }
                }
            }
        }
        if i == 0 {
            return;
        }
        yield_from!(0..i);",
    ),
    (
        "yield_in_expressions",
        r"let a = { yield 1; 2 } + { yield 3; 4 };
        let b = f(a, { yield a; a * 2 });
        let c = if a > b { yield b; b } else { yield; 0 };
        yield a + b + c;",
    ),
    (
        "let_else_and_question_mark",
        r"let Some(first) = items.first() else {
            return;
        };
        yield Ok(*first);
        for s in strings {
            let n: u32 = s.parse()?;
            yield Ok(n);
        }",
    ),
    (
        "labeled_blocks",
        r"let v = 'found: {
            for (i, x) in xs.iter().enumerate() {
                if *x == target {
                    yield i;
                    break 'found Some(i);
                }
            }
            None
        };
        if let Some(i) = v && i > 0 {
            yield i;
        }
        while let Some(x) = stack.pop() {
            yield x;
        }",
    ),
    (
        "closures_and_items",
        r"fn helper(x: u32) -> u32 { x + 1 }
        let double = |x: u32| x * 2;
        let it = xs.iter().map(|x| double(*x));
        for x in it {
            yield helper(x);
        }
        let inner = r#gen! { yield 1; yield 2; };
        yield_from!(inner);",
    ),
    (
        "drops",
        r"let _guard = Guard::new(&log);
        let kept = D::new(&log);
        yield kept.id;
        {
            let scoped = D::new(&log);
            yield scoped.id;
        }
        unsafe {
            yield 5;
        }
        drop(kept);
        yield 6;",
    ),
    (
        "self_field",
        r"let mut start = 0;
        while start < cells.len() {
            yield &cells[start..start + width];
            start += width;
        }",
    ),
];
