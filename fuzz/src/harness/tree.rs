//! Token trees as a mutable tree, and the text form of fuzz inputs.
//!
//! An input file is `#[generator(ARGS)]` (or `#[generator]`) followed by the
//! item's tokens, or, for a `gen!` block, `gen! { TOKENS }`. Invisible (`None`-delimited) groups, as a `macro_rules!`
//! fragment forwards them, have no text of their own: they are written
//! `__fuzz_none_group! { .. }` and read back as invisible groups.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// A token tree whose groups own a `Vec` that can be edited in place.
#[derive(Clone, Debug)]
pub enum Tree {
    /// An identifier, punctuation or literal.
    Leaf(TokenTree),
    /// A group: its delimiter and contents.
    Group(Delimiter, Vec<Tree>),
}

const NONE_GROUP: &str = "__fuzz_none_group";

/// The trees of a token stream.
#[must_use]
pub fn from_stream(stream: TokenStream) -> Vec<Tree> {
    stream
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => Tree::Group(g.delimiter(), from_stream(g.stream())),
            leaf => Tree::Leaf(leaf),
        })
        .collect()
}

/// The token stream of some trees.
#[must_use]
pub fn to_stream(trees: &[Tree]) -> TokenStream {
    trees
        .iter()
        .map(|t| match t {
            Tree::Leaf(tt) => tt.clone(),
            Tree::Group(d, inner) => TokenTree::Group(Group::new(*d, to_stream(inner))),
        })
        .collect()
}

/// Number of nodes (leaves and groups) in a forest.
#[must_use]
pub fn count(trees: &[Tree]) -> usize {
    trees
        .iter()
        .map(|t| match t {
            Tree::Leaf(_) => 1,
            Tree::Group(_, inner) => 1 + count(inner),
        })
        .sum()
}

/// Number of sequences (the forest itself and every group's contents).
#[must_use]
pub fn count_seqs(trees: &[Tree]) -> usize {
    1 + trees
        .iter()
        .map(|t| match t {
            Tree::Leaf(_) => 0,
            Tree::Group(_, inner) => count_seqs(inner),
        })
        .sum::<usize>()
}

/// The sequence holding node `n` (preorder), and the node's index in it.
pub fn node_mut(trees: &mut Vec<Tree>, mut n: usize) -> Option<(&mut Vec<Tree>, usize)> {
    node_rec(trees, &mut n)
}

fn node_rec<'a>(trees: &'a mut Vec<Tree>, n: &mut usize) -> Option<(&'a mut Vec<Tree>, usize)> {
    let mut found = None;
    let mut descend = None;
    for (i, t) in trees.iter().enumerate() {
        if *n == 0 {
            found = Some(i);
            break;
        }
        *n -= 1;
        if let Tree::Group(_, inner) = t {
            let size = count(inner);
            if *n < size {
                descend = Some(i);
                break;
            }
            *n -= size;
        }
    }
    if let Some(i) = descend {
        let Tree::Group(_, inner) = &mut trees[i] else {
            return None;
        };
        return node_rec(inner, n);
    }
    found.map(move |i| (trees, i))
}

/// Sequence number `n` (preorder: 0 is the forest itself).
pub fn seq_mut(trees: &mut Vec<Tree>, mut n: usize) -> Option<&mut Vec<Tree>> {
    seq_rec(trees, &mut n)
}

fn seq_rec<'a>(trees: &'a mut Vec<Tree>, n: &mut usize) -> Option<&'a mut Vec<Tree>> {
    if *n == 0 {
        return Some(trees);
    }
    *n -= 1;
    for t in trees.iter_mut() {
        if let Tree::Group(_, inner) = t {
            let size = count_seqs(inner);
            if *n < size {
                return seq_rec(inner, n);
            }
            *n -= size;
        }
    }
    None
}

/// A clone of node `n` (preorder).
#[must_use]
pub fn node(trees: &[Tree], n: usize) -> Option<Tree> {
    let mut all = trees.to_vec();
    let (seq, i) = node_mut(&mut all, n)?;
    Some(seq[i].clone())
}

/// An identifier (`r#name` for a raw one).
#[must_use]
pub fn ident(name: &str) -> Tree {
    let tt = if let Some(raw) = name.strip_prefix("r#") {
        TokenTree::Ident(Ident::new_raw(raw, Span::call_site()))
    } else {
        TokenTree::Ident(Ident::new(name, Span::call_site()))
    };
    Tree::Leaf(tt)
}

/// A punctuation character.
#[must_use]
pub fn punct(ch: char, joint: bool) -> Tree {
    let spacing = if joint {
        Spacing::Joint
    } else {
        Spacing::Alone
    };
    Tree::Leaf(TokenTree::Punct(Punct::new(ch, spacing)))
}

/// Lexes Rust source into trees; `None` if it does not lex.
#[must_use]
pub fn lex(source: &str) -> Option<Vec<Tree>> {
    TokenStream::from_str(source).ok().map(from_stream)
}

/// The text form of an input (see the module docs).
#[must_use]
pub fn encode(args: &TokenStream, item: &TokenStream) -> String {
    let mut out = String::new();
    if args.is_empty() {
        out.push_str("#[generator]\n");
    } else {
        out.push_str("#[generator(");
        out.push_str(&text(&from_stream(args.clone())));
        out.push_str(")]\n");
    }
    out.push_str(&text(&from_stream(item.clone())));
    out.push('\n');
    out
}

fn text(trees: &[Tree]) -> String {
    let mut visible = Vec::new();
    for t in trees {
        visible.extend(visible_trees(t));
    }
    to_stream(&visible).to_string()
}

fn visible_trees(tree: &Tree) -> Vec<Tree> {
    match tree {
        Tree::Leaf(_) => vec![tree.clone()],
        Tree::Group(Delimiter::None, inner) => {
            let inner: Vec<Tree> = inner.iter().flat_map(visible_trees).collect();
            vec![
                ident(NONE_GROUP),
                punct('!', false),
                Tree::Group(Delimiter::Brace, inner),
            ]
        }
        Tree::Group(d, inner) => vec![Tree::Group(
            *d,
            inner.iter().flat_map(visible_trees).collect(),
        )],
    }
}

/// The text form of a `gen!` block's input.
#[must_use]
pub fn encode_block(tokens: &TokenStream) -> String {
    format!("gen! {{\n{}\n}}\n", text(&from_stream(tokens.clone())))
}

/// The text form of an input of either kind (see [`run_input`](super::run_input)).
#[must_use]
pub fn encode_input(block: bool, args: &TokenStream, item: &TokenStream) -> String {
    if block {
        encode_block(item)
    } else {
        encode(args, item)
    }
}

/// Reads the text form of an input of either kind back:
/// `(block, args, item)`.
#[must_use]
pub fn decode_input(source: &str) -> Option<(bool, TokenStream, TokenStream)> {
    let trees = invisible(lex(source)?);
    if let [
        Tree::Leaf(TokenTree::Ident(name)),
        Tree::Leaf(TokenTree::Punct(bang)),
        Tree::Group(Delimiter::Brace, inner),
    ] = trees.as_slice()
    {
        if syn::ext::IdentExt::unraw(name) == "gen" && bang.as_char() == '!' {
            return Some((true, TokenStream::new(), to_stream(inner)));
        }
    }
    let (args, item) = decode(source)?;
    Some((false, args, item))
}

/// Reads the text form of an input back: `(args, item)`.
#[must_use]
pub fn decode(source: &str) -> Option<(TokenStream, TokenStream)> {
    let trees = invisible(lex(source)?);
    let mut rest = trees.as_slice();
    let mut args = TokenStream::new();
    if let [
        Tree::Leaf(TokenTree::Punct(hash)),
        Tree::Group(Delimiter::Bracket, attr),
        tail @ ..,
    ] = rest
    {
        let generator =
            matches!(attr.first(), Some(Tree::Leaf(TokenTree::Ident(i))) if i == "generator");
        if hash.as_char() == '#' && generator {
            match &attr[1..] {
                [] => {}
                [Tree::Group(Delimiter::Parenthesis, inner)] => args = to_stream(inner),
                _ => return None,
            }
            rest = tail;
        }
    }
    Some((args, to_stream(rest)))
}

fn invisible(trees: Vec<Tree>) -> Vec<Tree> {
    let mut out = Vec::new();
    let mut iter = trees.into_iter().peekable();
    while let Some(t) = iter.next() {
        match t {
            Tree::Leaf(TokenTree::Ident(i)) if i == NONE_GROUP => {
                let _bang = iter.next();
                match iter.next() {
                    Some(Tree::Group(_, inner)) => {
                        out.push(Tree::Group(Delimiter::None, invisible(inner)));
                    }
                    Some(other) => out.push(other),
                    None => {}
                }
            }
            Tree::Group(d, inner) => out.push(Tree::Group(d, invisible(inner))),
            leaf @ Tree::Leaf(_) => out.push(leaf),
        }
    }
    out
}

/// Makes mutated trees a stream the compiler could hand over: a `'` only
/// as the start of a lifetime or label (joint to a plain identifier), and
/// `Joint` spacing only before another punctuation that does not start a
/// comment.
pub fn sanitize(trees: &mut Vec<Tree>) {
    let mut i = 0;
    while i < trees.len() {
        if let Tree::Group(_, inner) = &mut trees[i] {
            sanitize(inner);
            i += 1;
            continue;
        }
        let next_is = |trees: &[Tree], f: &dyn Fn(&TokenTree) -> bool| matches!(trees.get(i + 1), Some(Tree::Leaf(tt)) if f(tt));
        let fix = match &trees[i] {
            Tree::Leaf(TokenTree::Punct(p)) if p.as_char() == '\'' => {
                let lifetime = next_is(
                    trees,
                    &|tt| matches!(tt, TokenTree::Ident(id) if !id.to_string().starts_with("r#")),
                );
                if lifetime { Some(Spacing::Joint) } else { None }
            }
            Tree::Leaf(TokenTree::Punct(p)) => {
                let c = p.as_char();
                let joinable = next_is(trees, &|tt| {
                    matches!(tt, TokenTree::Punct(q)
                        if q.as_char() != '\'' && !(c == '/' && matches!(q.as_char(), '/' | '*')))
                });
                Some(if joinable {
                    p.spacing()
                } else {
                    Spacing::Alone
                })
            }
            _ => {
                i += 1;
                continue;
            }
        };
        match fix {
            None => {
                trees.remove(i);
            }
            Some(spacing) => {
                if let Tree::Leaf(TokenTree::Punct(p)) = &trees[i] {
                    let mut q = Punct::new(p.as_char(), spacing);
                    q.set_span(p.span());
                    trees[i] = Tree::Leaf(TokenTree::Punct(q));
                }
                i += 1;
            }
        }
    }
}
