//! In-order traversal of a balanced binary tree of 2^20 - 1 nodes, by
//! recursive delegation (`yield_from!` of the generator's own call).
//!
//! `hand` is the iterator one writes by hand (an explicit stack of nodes);
//! `hand_recursive` mirrors the recursive delegation (a boxed child iterator
//! per level), the shape every generator here has. `from_fn` uses an explicit
//! stack, like `hand`. genawaiter has no delegation: its body passes `co` down
//! a recursive boxed `async fn`, genawaiter's idiom for recursion.

pub struct Node {
    pub val: u64,
    pub left: Option<Box<Node>>,
    pub right: Option<Box<Node>>,
}

pub type Input = Node;

/// Nodes `lo..hi`, values in order.
fn build(lo: u64, hi: u64) -> Option<Box<Node>> {
    if lo >= hi {
        return None;
    }
    let mid = lo + (hi - lo) / 2;
    Some(Box::new(Node {
        val: mid,
        left: build(lo, mid),
        right: build(mid + 1, hi),
    }))
}

pub const NODES: u64 = (1 << 20) - 1;

pub fn input() -> Input {
    *build(0, NODES).expect("non-empty")
}

pub fn items(_: &Input) -> u64 {
    NODES
}

standard_impls!(hand_recursive, coroutine, gen_macro);

pub mod hand {
    use super::Node;

    pub struct InOrder<'a> {
        stack: Vec<&'a Node>,
    }

    pub fn inorder(root: &Node) -> InOrder<'_> {
        let mut it = InOrder { stack: Vec::new() };
        it.push_left(root);
        it
    }

    impl<'a> InOrder<'a> {
        fn push_left(&mut self, mut node: &'a Node) {
            loop {
                self.stack.push(node);
                match &node.left {
                    Some(l) => node = l,
                    None => break,
                }
            }
        }
    }

    impl Iterator for InOrder<'_> {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            let node = self.stack.pop()?;
            if let Some(r) = &node.right {
                self.push_left(r);
            }
            Some(node.val)
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}

pub mod hand_recursive {
    use super::Node;

    /// Left subtree, then the node, then the right subtree, each subtree
    /// through a boxed child iterator.
    pub struct InOrder<'a> {
        node: &'a Node,
        stage: u8,
        inner: Option<Box<InOrder<'a>>>,
    }

    pub fn inorder(node: &Node) -> InOrder<'_> {
        InOrder {
            node,
            stage: 0,
            inner: None,
        }
    }

    impl Iterator for InOrder<'_> {
        type Item = u64;

        fn next(&mut self) -> Option<u64> {
            loop {
                if let Some(inner) = &mut self.inner {
                    if let Some(v) = inner.next() {
                        return Some(v);
                    }
                    self.inner = None;
                }
                match self.stage {
                    0 => {
                        self.stage = 1;
                        if let Some(l) = &self.node.left {
                            self.inner = Some(Box::new(inorder(l)));
                        }
                    }
                    1 => {
                        self.stage = 2;
                        if let Some(r) = &self.node.right {
                            self.inner = Some(Box::new(inorder(r)));
                        }
                        return Some(self.node.val);
                    }
                    _ => return None,
                }
            }
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}

pub mod generator {
    use super::Node;
    use gen_core::generator;

    #[generator]
    pub fn inorder<'a>(node: &'a Node) -> impl Iterator<Item = u64> + 'a {
        if let Some(l) = &node.left {
            yield_from!(inorder(l));
        }
        yield_!(node.val);
        if let Some(r) = &node.right {
            yield_from!(inorder(r));
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}

pub mod from_fn {
    use super::Node;

    pub fn inorder(root: &Node) -> impl Iterator<Item = u64> + '_ {
        let mut stack: Vec<&Node> = Vec::new();
        let mut next = Some(root);
        std::iter::from_fn(move || {
            while let Some(node) = next {
                stack.push(node);
                next = node.left.as_deref();
            }
            let node = stack.pop()?;
            next = node.right.as_deref();
            Some(node.val)
        })
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}

#[allow(clippy::ignored_unit_patterns)] // in diapause's expansion of `yield_all!`
pub mod diapause {
    use super::Node;

    #[diapause::coroutine(yield = u64)]
    pub fn inorder<'a>(node: &'a Node) {
        if let Some(l) = &node.left {
            let sub: inorder::State<'a> = inorder(l);
            yield_all!(box sub);
        }
        yield_!(node.val);
        if let Some(r) = &node.right {
            let sub: inorder::State<'a> = inorder(r);
            yield_all!(box sub);
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root).into_iter())
    }
}

pub mod genawaiter_stack {
    use super::Node;
    use genawaiter::stack::{Co, let_gen_using};
    use std::future::Future;
    use std::pin::Pin;

    fn walk<'a>(node: &'a Node, co: &'a Co<'_, u64>) -> Pin<Box<dyn Future<Output = ()> + 'a>> {
        Box::pin(async move {
            if let Some(l) = &node.left {
                walk(l, co).await;
            }
            co.yield_(node.val).await;
            if let Some(r) = &node.right {
                walk(r, co).await;
            }
        })
    }

    pub fn run(root: &Node) -> u64 {
        let_gen_using!(g, |co| async move { walk(root, &co).await });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use super::Node;
    use genawaiter::rc::{Co, Gen};
    use std::future::Future;
    use std::pin::Pin;

    fn walk<'a>(node: &'a Node, co: &'a Co<u64>) -> Pin<Box<dyn Future<Output = ()> + 'a>> {
        Box::pin(async move {
            if let Some(l) = &node.left {
                walk(l, co).await;
            }
            co.yield_(node.val).await;
            if let Some(r) = &node.right {
                walk(r, co).await;
            }
        })
    }

    pub fn inorder(root: &Node) -> impl Iterator<Item = u64> + '_ {
        Gen::new(move |co| async move { walk(root, &co).await }).into_iter()
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}

pub mod next_gen {
    use super::Node;
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn inorder<'a>(node: &'a Node) {
        if let Some(l) = &node.left {
            mk_gen!(let sub = box inorder(l));
            for v in sub {
                yield_!(v);
            }
        }
        yield_!(node.val);
        if let Some(r) = &node.right {
            mk_gen!(let sub = box inorder(r));
            for v in sub {
                yield_!(v);
            }
        }
    }

    pub fn run(root: &Node) -> u64 {
        mk_gen!(let g = inorder(root));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use super::Node;
    use gen_core::{Generator, generator};

    #[generator]
    pub fn inorder<'a>(node: &'a Node) -> impl Generator<Yield = u64> + 'a {
        if let Some(l) = &node.left {
            yield_from!(inorder(l));
        }
        yield_!(node.val);
        if let Some(r) = &node.right {
            yield_from!(inorder(r));
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_resume(inorder(root))
    }
}

pub mod gen_macro {
    use super::Node;
    use gen_core::r#gen;

    pub fn inorder<'a>(node: &'a Node) -> impl Iterator<Item = u64> + 'a {
        // A block cannot name itself, so the recursion goes through the
        // function, boxed by hand (as the nightly `gen` block column does).
        r#gen! {
            if let Some(l) = &node.left {
                let sub: Box<dyn Iterator<Item = u64> + 'a> = Box::new(inorder(l));
                yield_from!(sub);
            }
            yield node.val;
            if let Some(r) = &node.right {
                let sub: Box<dyn Iterator<Item = u64> + 'a> = Box::new(inorder(r));
                yield_from!(sub);
            }
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::super::drain_sum(inorder(root))
    }
}
