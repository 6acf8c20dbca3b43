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
