//! Input number `i` of a run: drawn from its own generator (seeded from the
//! run's seed and `i`), so a run can be split into chunks and any input
//! rebuilt alone.

use proc_macro2::{Delimiter, TokenStream};

use super::rng::Rng;
use super::tree::{self, Tree};
use super::{mutate, random, seeds, syntax};

/// The stream after [`tree::sanitize`].
fn clean(stream: TokenStream) -> TokenStream {
    let mut trees = tree::from_stream(stream);
    tree::sanitize(&mut trees);
    tree::to_stream(&trees)
}

/// Where the inputs start from.
pub struct Generator {
    /// `(args, item)` of every seed and corpus input.
    starts: Vec<(TokenStream, TokenStream)>,
    /// Token trees to splice from: the starts and their expansions.
    donors: Vec<Vec<Tree>>,
}

/// One generated input.
pub struct Input {
    /// The attribute's arguments.
    pub args: TokenStream,
    /// The function (or whatever stands in for it).
    pub item: TokenStream,
    /// How it was made, for the statistics.
    pub how: &'static str,
}

impl Generator {
    /// Starts from the seed corpus and `extra` inputs (the saved corpus).
    #[must_use]
    pub fn new(extra: &[(TokenStream, TokenStream)]) -> Self {
        let mut starts: Vec<(TokenStream, TokenStream)> = seeds::SEEDS
            .iter()
            .filter_map(|(_, args, item)| Some((args.parse().ok()?, item.parse().ok()?)))
            .collect();
        starts.extend(extra.iter().cloned());
        let mut donors: Vec<Vec<Tree>> = starts
            .iter()
            .map(|(_, item)| tree::from_stream(item.clone()))
            .collect();
        for (args, item) in starts.iter().take(seeds::SEEDS.len()) {
            if let Ok(out) = super::expand_caught(args, item) {
                donors.push(tree::from_stream(out));
            }
        }
        Generator { starts, donors }
    }

    /// Input number `index` of the run seeded with `seed`.
    #[must_use]
    pub fn input(&self, seed: u64, index: u64) -> Input {
        let mut rng = Rng::for_input(seed, index);
        let rng = &mut rng;
        let roll = rng.below(100);
        let (args, item, how) = if roll < 40 {
            let (args, item) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 4);
            let item = self.mutated(item, rng, n, 7);
            (args, item, "syntax mutation")
        } else if roll < 58 {
            let (args, item) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 6);
            let item = self.mutated(item, rng, n, 2);
            (args, item, "token mutation")
        } else if roll < 80 {
            let (args, item) = random::program(rng);
            let args = args.parse().unwrap_or_default();
            let item: TokenStream = item.parse().unwrap_or_default();
            let n = rng.range(0, 2);
            (args, self.mutated(item, rng, n, 6), "random program")
        } else if roll < 86 {
            // An expansion fed back in, with a few suspension points added:
            // a large function whose code has no yield of its own.
            let (args, item) = rng.pick(&self.starts[..seeds::SEEDS.len()]).clone();
            let out = super::expand_caught(&args, &item).unwrap_or(item);
            let n = rng.range(1, 3);
            (
                TokenStream::new(),
                self.mutated(out, rng, n, 8),
                "expansion fed back",
            )
        } else if roll < 92 {
            let (_, item) = rng.pick(&self.starts).clone();
            let args = tree::to_stream(&random::args(rng));
            let item = if rng.chance(1, 2) {
                self.mutated(item, rng, 1, 7)
            } else {
                item
            };
            (args, item, "random arguments")
        } else if roll < 94 {
            let depth = if rng.chance(1, 10) {
                rng.range(50, 250)
            } else {
                rng.range(5, 50)
            };
            let item: TokenStream = random::deep(rng, depth).parse().unwrap_or_default();
            let n = rng.range(0, 1);
            (
                TokenStream::new(),
                self.mutated(item, rng, n, 5),
                "deep nesting",
            )
        } else if roll < 97 {
            let args = if rng.chance(1, 5) {
                tree::to_stream(&random::tokens(rng, 1))
            } else {
                TokenStream::new()
            };
            (args, tree::to_stream(&random::item(rng)), "random tokens")
        } else {
            let (args, item) = rng.pick(&self.starts).clone();
            (args, self.invisible(item, rng), "invisible groups")
        };
        Input {
            args: clean(args),
            item: clean(item),
            how,
        }
    }

    /// Applies `n` mutations, each syntax-level with odds `syntax_in_10`.
    fn mutated(
        &self,
        mut item: TokenStream,
        rng: &mut Rng,
        n: usize,
        syntax_in_10: u64,
    ) -> TokenStream {
        for _ in 0..n {
            if rng.chance(syntax_in_10, 10) {
                if let Some(new) = syntax::mutate(&item, rng) {
                    item = new;
                    continue;
                }
            }
            let mut trees = tree::from_stream(item);
            mutate::mutate(&mut trees, rng, &self.donors);
            item = tree::to_stream(&trees);
        }
        item
    }

    /// Wraps some token runs in invisible groups, as tokens forwarded by a
    /// `macro_rules!` (`$e:expr`, `$b:block`, `$t:ty`) arrive.
    fn invisible(&self, item: TokenStream, rng: &mut Rng) -> TokenStream {
        let mut trees = tree::from_stream(item);
        for _ in 0..rng.range(1, 4) {
            let seqs = tree::count_seqs(&trees);
            if let Some(seq) = tree::seq_mut(&mut trees, rng.below(seqs)) {
                if !seq.is_empty() {
                    let start = rng.below(seq.len());
                    let end = rng.range(start, (start + 3).min(seq.len() - 1)) + 1;
                    let inner: Vec<Tree> = seq.drain(start..end).collect();
                    seq.insert(start, Tree::Group(Delimiter::None, inner));
                }
            }
        }
        if rng.chance(1, 2) {
            let item = tree::to_stream(&trees);
            return self.mutated(item, rng, 1, 7);
        }
        tree::to_stream(&trees)
    }
}
