//! Shrinks an input while it keeps failing the same way: deletes token
//! trees, replaces groups by their contents and empties them, until no single
//! such step keeps the failure.

use proc_macro2::TokenStream;

use super::tree::{self, Tree};

/// Shrinks `(args, item)` while `fails` holds, trying at most `budget`
/// candidates.
pub fn minimize(
    args: &TokenStream,
    item: &TokenStream,
    fails: &dyn Fn(&TokenStream, &TokenStream) -> bool,
    budget: usize,
) -> (TokenStream, TokenStream) {
    let mut args = tree::from_stream(args.clone());
    let mut item = tree::from_stream(item.clone());
    let mut tries = 0;
    loop {
        let mut progress = false;
        for which in 0..2 {
            let mut n = 0;
            loop {
                let (this, other) = if which == 0 {
                    (&item, &args)
                } else {
                    (&args, &item)
                };
                if n >= tree::count(this) || tries >= budget {
                    break;
                }
                let mut shrunk = false;
                for candidate in candidates(this, n) {
                    tries += 1;
                    let (a, i) = if which == 0 {
                        (tree::to_stream(other), tree::to_stream(&candidate))
                    } else {
                        (tree::to_stream(&candidate), tree::to_stream(other))
                    };
                    if fails(&a, &i) {
                        if which == 0 {
                            item = candidate;
                        } else {
                            args = candidate;
                        }
                        shrunk = true;
                        progress = true;
                        break;
                    }
                }
                if !shrunk {
                    n += 1;
                }
            }
        }
        if !progress || tries >= budget {
            break;
        }
    }
    (tree::to_stream(&args), tree::to_stream(&item))
}

/// Smaller variants of `trees` around node `n`: without it, and for a
/// group, with its contents in its place or with no contents.
fn candidates(trees: &[Tree], n: usize) -> Vec<Vec<Tree>> {
    let mut out = Vec::new();
    let mut without = trees.to_vec();
    if let Some((seq, i)) = tree::node_mut(&mut without, n) {
        let removed = seq.remove(i);
        out.push(without);
        if let Tree::Group(d, inner) = removed {
            if !inner.is_empty() {
                let mut spliced = trees.to_vec();
                if let Some((seq, i)) = tree::node_mut(&mut spliced, n) {
                    seq.remove(i);
                    for (k, t) in inner.into_iter().enumerate() {
                        seq.insert(i + k, t);
                    }
                }
                out.push(spliced);
                let mut emptied = trees.to_vec();
                if let Some((seq, i)) = tree::node_mut(&mut emptied, n) {
                    seq[i] = Tree::Group(d, Vec::new());
                }
                out.push(emptied);
            }
        }
    }
    out
}
