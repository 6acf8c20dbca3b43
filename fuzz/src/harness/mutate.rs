//! Token-level mutations: they know nothing of Rust's grammar and edit the
//! token trees directly.

use proc_macro2::{Delimiter, Literal, Spacing, TokenTree};

use super::rng::Rng;
use super::tree::{self, Tree};

/// Identifiers that matter to the transform, keywords and a few names of its
/// own internals.
pub const IDENTS: &[&str] = &[
    "yield_",
    "yield_from",
    "yield_",
    "yield_from",
    "self",
    "Self",
    "break",
    "continue",
    "return",
    "loop",
    "while",
    "for",
    "in",
    "let",
    "else",
    "if",
    "match",
    "async",
    "move",
    "unsafe",
    "fn",
    "impl",
    "dyn",
    "const",
    "static",
    "mut",
    "ref",
    "crate",
    "super",
    "await",
    "where",
    "as",
    "struct",
    "enum",
    "trait",
    "type",
    "use",
    "mod",
    "pub",
    "extern",
    "true",
    "false",
    "yield",
    "gen",
    "try",
    "box",
    "r#type",
    "r#gen",
    "r#yield",
    "r#match",
    "_0",
    "_1",
    "__",
    "_",
    "x",
    "y",
    "i",
    "n",
    "a",
    "b",
    "it",
    "v",
    "__state",
    "__self",
    "__value",
    "__out",
    "__next",
    "__State",
    "__arg0",
    "Suspend0",
    "Unresumed",
    "Returned",
    "T0",
    "core",
    "gen_core",
    "Some",
    "None",
    "Ok",
    "Err",
    "Item",
    "Iterator",
    "FusedIterator",
    "Box",
    "Clone",
    "Send",
    "Sync",
    "Unpin",
    "Vec",
    "u8",
    "u32",
    "drop",
    "macro_rules",
    "union",
    "auto",
    "default",
    "safe",
    "raw",
];

/// Punctuation, lifetimes and labels.
pub const PUNCTS: &[&str] = &[
    ";", ",", ".", "?", "!", "=", "==", "=>", "->", "::", ":", "&", "&&", "||", "|", "+", "-", "*",
    "/", "%", "^", "<", ">", "<=", ">=", "..", "..=", "...", "@", "#", "$", "~", "+=", "-=", "<<",
    ">>", "<-", "'a", "'static", "'_", "'outer", "'__step0",
];

/// Applies one random token-level mutation to `trees`.
pub fn mutate(trees: &mut Vec<Tree>, rng: &mut Rng, donors: &[Vec<Tree>]) {
    let nodes = tree::count(trees);
    let seqs = tree::count_seqs(trees);
    match rng.below(18) {
        // delete a node
        0 | 1 if nodes > 0 => {
            if let Some((seq, i)) = tree::node_mut(trees, rng.below(nodes)) {
                seq.remove(i);
            }
        }
        // duplicate a node
        2 if nodes > 0 => {
            if let Some((seq, i)) = tree::node_mut(trees, rng.below(nodes)) {
                let copy = seq[i].clone();
                seq.insert(i + 1, copy);
            }
        }
        // swap with a neighbour
        3 if nodes > 0 => {
            if let Some((seq, i)) = tree::node_mut(trees, rng.below(nodes)) {
                if i + 1 < seq.len() {
                    seq.swap(i, i + 1);
                }
            }
        }
        // replace a node by a copy of another (of this input or a donor)
        4 if nodes > 0 => {
            let donor = donor_node(trees, rng, donors);
            if let (Some(d), Some((seq, i))) = (donor, tree::node_mut(trees, rng.below(nodes))) {
                seq[i] = d;
            }
        }
        // insert a copy of another node somewhere
        5 => {
            let donor = donor_node(trees, rng, donors);
            if let (Some(d), Some(seq)) = (donor, tree::seq_mut(trees, rng.below(seqs))) {
                let at = rng.below(seq.len() + 1);
                seq.insert(at, d);
            }
        }
        // replace an identifier
        6 | 7 => {
            let target = find(trees, rng, |t| matches!(t, Tree::Leaf(TokenTree::Ident(_))));
            if let Some(n) = target {
                if let Some((seq, i)) = tree::node_mut(trees, n) {
                    seq[i] = tree::ident(rng.pick::<&str>(IDENTS));
                }
            }
        }
        // insert a marker call at a random position
        8 | 9 => {
            let call = marker_call(trees, rng, donors);
            if let Some(seq) = tree::seq_mut(trees, rng.below(seqs)) {
                let at = rng.below(seq.len() + 1);
                for (k, t) in call.into_iter().enumerate() {
                    seq.insert(at + k, t);
                }
            }
        }
        // insert a keyword, punctuation or literal
        10 => {
            let insert = random_leaf(rng);
            if let Some(seq) = tree::seq_mut(trees, rng.below(seqs)) {
                let at = rng.below(seq.len() + 1);
                for (k, t) in insert.into_iter().enumerate() {
                    seq.insert(at + k, t);
                }
            }
        }
        // wrap a run of siblings in a group (often invisible, as a
        // `macro_rules!` fragment would be)
        11 => {
            if let Some(seq) = tree::seq_mut(trees, rng.below(seqs)) {
                if !seq.is_empty() {
                    let start = rng.below(seq.len());
                    let end = rng.range(start, seq.len() - 1) + 1;
                    let inner: Vec<Tree> = seq.drain(start..end).collect();
                    let delim = random_delimiter(rng);
                    seq.insert(start, Tree::Group(delim, inner));
                }
            }
        }
        // unwrap a group
        12 => {
            let target = find(trees, rng, |t| matches!(t, Tree::Group(..)));
            if let Some((seq, i)) = target.and_then(|n| tree::node_mut(trees, n)) {
                if let Tree::Group(_, inner) = seq.remove(i) {
                    for (k, t) in inner.into_iter().enumerate() {
                        seq.insert(i + k, t);
                    }
                }
            }
        }
        // truncate a group's contents
        13 => {
            let target = find(
                trees,
                rng,
                |t| matches!(t, Tree::Group(_, inner) if !inner.is_empty()),
            );
            if let Some((seq, i)) = target.and_then(|n| tree::node_mut(trees, n)) {
                if let Tree::Group(_, inner) = &mut seq[i] {
                    let keep = rng.below(inner.len());
                    inner.truncate(keep);
                }
            }
        }
        // change a group's delimiter
        14 => {
            let target = find(trees, rng, |t| matches!(t, Tree::Group(..)));
            if let Some((seq, i)) = target.and_then(|n| tree::node_mut(trees, n)) {
                if let Tree::Group(d, _) = &mut seq[i] {
                    *d = random_delimiter(rng);
                }
            }
        }
        // replace a literal
        15 => {
            let target = find(trees, rng, |t| {
                matches!(t, Tree::Leaf(TokenTree::Literal(_)))
            });
            if let Some((seq, i)) = target.and_then(|n| tree::node_mut(trees, n)) {
                seq[i] = Tree::Leaf(TokenTree::Literal(random_literal(rng)));
            }
        }
        // flip a punctuation's spacing
        16 => {
            let target = find(trees, rng, |t| matches!(t, Tree::Leaf(TokenTree::Punct(_))));
            if let Some((seq, i)) = target.and_then(|n| tree::node_mut(trees, n)) {
                if let Tree::Leaf(TokenTree::Punct(p)) = &seq[i] {
                    let spacing = match p.spacing() {
                        Spacing::Alone => Spacing::Joint,
                        Spacing::Joint => Spacing::Alone,
                    };
                    let mut q = proc_macro2::Punct::new(p.as_char(), spacing);
                    q.set_span(p.span());
                    seq[i] = Tree::Leaf(TokenTree::Punct(q));
                }
            }
        }
        // cut the whole input short
        _ => {
            if nodes > 1 {
                let n = rng.below(nodes);
                if let Some((seq, i)) = tree::node_mut(trees, n) {
                    seq.truncate(i);
                }
            }
        }
    }
}

/// A node of this input or of a donor, chosen at random.
fn donor_node(trees: &[Tree], rng: &mut Rng, donors: &[Vec<Tree>]) -> Option<Tree> {
    let from: &[Tree] = if donors.is_empty() || rng.chance(1, 2) {
        trees
    } else {
        &donors[rng.below(donors.len())]
    };
    let n = tree::count(from);
    if n == 0 {
        return None;
    }
    tree::node(from, rng.below(n))
}

/// The preorder number of a random node satisfying `pred`.
fn find(trees: &[Tree], rng: &mut Rng, pred: impl Fn(&Tree) -> bool) -> Option<usize> {
    let mut hits = Vec::new();
    let mut n = 0;
    collect(trees, &pred, &mut n, &mut hits);
    if hits.is_empty() {
        None
    } else {
        Some(*rng.pick(&hits))
    }
}

fn collect(trees: &[Tree], pred: &impl Fn(&Tree) -> bool, n: &mut usize, hits: &mut Vec<usize>) {
    for t in trees {
        if pred(t) {
            hits.push(*n);
        }
        *n += 1;
        if let Tree::Group(_, inner) = t {
            collect(inner, pred, n, hits);
        }
    }
}

/// A delimiter; invisible ones are drawn more often.
pub fn random_delimiter(rng: &mut Rng) -> Delimiter {
    *rng.pick(&[
        Delimiter::Parenthesis,
        Delimiter::Brace,
        Delimiter::Bracket,
        Delimiter::None,
        Delimiter::None,
    ])
}

/// `yield_!(…)` or `yield_from!(…)`, sometimes by path, with a random argument.
fn marker_call(trees: &[Tree], rng: &mut Rng, donors: &[Vec<Tree>]) -> Vec<Tree> {
    let mut out = Vec::new();
    if rng.chance(1, 6) {
        out.extend(
            tree::lex(rng.pick::<&str>(&["gen_core::", "::gen_core::", "a::b::"]))
                .unwrap_or_default(),
        );
    }
    out.push(tree::ident(if rng.chance(2, 3) {
        "yield_"
    } else {
        "yield_from"
    }));
    out.push(tree::punct('!', false));
    let arg = match rng.below(6) {
        0 => Vec::new(),
        1 => tree::lex("1, 2").unwrap_or_default(),
        2 => donor_node(trees, rng, donors).into_iter().collect(),
        3 => tree::lex("yield_!(0)").unwrap_or_default(),
        4 => tree::lex("0..3").unwrap_or_default(),
        _ => vec![Tree::Leaf(TokenTree::Literal(random_literal(rng)))],
    };
    let delim = *rng.pick(&[
        Delimiter::Parenthesis,
        Delimiter::Parenthesis,
        Delimiter::Bracket,
        Delimiter::Brace,
    ]);
    out.push(Tree::Group(delim, arg));
    if rng.chance(2, 3) {
        out.push(tree::punct(';', false));
    }
    out
}

/// A keyword or identifier, a punctuation (possibly several joint
/// characters) or a literal.
pub fn random_leaf(rng: &mut Rng) -> Vec<Tree> {
    match rng.below(3) {
        0 => vec![tree::ident(rng.pick::<&str>(IDENTS))],
        1 => tree::lex(rng.pick::<&str>(PUNCTS)).unwrap_or_default(),
        _ => vec![Tree::Leaf(TokenTree::Literal(random_literal(rng)))],
    }
}

/// A literal of any kind.
pub fn random_literal(rng: &mut Rng) -> Literal {
    match rng.below(12) {
        0 => Literal::u8_suffixed(u8::try_from(rng.below(256)).unwrap_or(0)),
        1 => Literal::usize_unsuffixed(rng.below(1000)),
        2 => Literal::u64_unsuffixed(rng.next_u64()),
        3 => Literal::f64_unsuffixed(1.5),
        4 => Literal::string(rng.pick::<&str>(&["", "x", "{}", "{x}", "yield_!(1)", "\"\\"])),
        5 => Literal::character(*rng.pick(&['a', '\'', '\\', '\u{0}', 'é'])),
        6 => Literal::byte_string(b"ab"),
        7 => Literal::u128_suffixed(u128::MAX),
        8 => Literal::i32_suffixed(7),
        _ => rng
            .pick(&[
                "0xff",
                "1_000",
                "1e10",
                "b'x'",
                "r#\"raw\"#",
                "c\"c\"",
                "2.0f32",
                "0b1u8",
                "1usize",
            ])
            .parse()
            .unwrap_or_else(|_| Literal::usize_unsuffixed(0)),
    }
}
