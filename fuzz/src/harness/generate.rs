//! Input number `i` of a run: drawn from its own generator (seeded from the
//! run's seed and `i`), so a run can be split into chunks and any input
//! rebuilt alone.

use proc_macro2::{Delimiter, TokenStream};

use super::rng::Rng;
use super::tree::{self, Tree};
use super::{Flavor, mutate, random, seeds, syntax};

/// The stream after [`tree::sanitize`].
fn clean(stream: TokenStream) -> TokenStream {
    let mut trees = tree::from_stream(stream);
    tree::sanitize(&mut trees);
    tree::to_stream(&trees)
}

/// Where the inputs start from.
pub struct Generator {
    /// `(args, item)` of every seed and corpus input (for `gen!` blocks, the
    /// item is the block's tokens).
    starts: Vec<(TokenStream, TokenStream)>,
    /// How many of `starts` are built-in seeds (the rest: the corpus).
    nseeds: usize,
    /// Token trees to splice from: the starts and their expansions.
    donors: Vec<Vec<Tree>>,
    /// The kind of inputs made.
    flavor: Flavor,
    /// The iterator seeds, which coroutine and block inputs are also made
    /// from.
    iterator_seeds: Vec<(TokenStream, TokenStream)>,
}

/// One generated input.
pub struct Input {
    /// The attribute's arguments.
    pub args: TokenStream,
    /// The function (or whatever stands in for it).
    pub item: TokenStream,
    /// How it was made, for the statistics.
    pub how: &'static str,
    /// The tokens of a `gen!` block (`item`; `args` is empty), not an item.
    pub block: bool,
}

impl Generator {
    /// Starts from the seed corpus and `extra` inputs (the saved corpus).
    #[must_use]
    pub fn new(extra: &[(TokenStream, TokenStream)]) -> Self {
        Self::with_flavor(Flavor::Iterator, extra)
    }

    /// Makes inputs of `flavor`, from its seeds and `extra` inputs (the
    /// saved corpus of that flavor).
    #[must_use]
    pub fn with_flavor(flavor: Flavor, extra: &[(TokenStream, TokenStream)]) -> Self {
        let parse = |list: &[(&str, &str, &str)]| -> Vec<(TokenStream, TokenStream)> {
            list.iter()
                .filter_map(|(_, args, item)| Some((args.parse().ok()?, item.parse().ok()?)))
                .collect()
        };
        let iterator_seeds = parse(seeds::SEEDS);
        let mut starts = match flavor {
            Flavor::Iterator => iterator_seeds.clone(),
            Flavor::Coroutine => parse(seeds::CO_SEEDS),
            Flavor::Block => seeds::BLOCK_SEEDS
                .iter()
                .filter_map(|(_, tokens)| Some((TokenStream::new(), tokens.parse().ok()?)))
                .collect(),
        };
        let nseeds = starts.len();
        starts.extend(extra.iter().cloned());
        let mut donors: Vec<Vec<Tree>> = starts
            .iter()
            .map(|(_, item)| tree::from_stream(item.clone()))
            .collect();
        for (args, item) in starts.iter().take(nseeds) {
            let out = if flavor == Flavor::Block {
                super::expand_block_caught(item)
            } else {
                super::expand_caught(args, item)
            };
            if let Ok(out) = out {
                donors.push(tree::from_stream(out));
            }
        }
        Generator {
            starts,
            nseeds,
            donors,
            flavor,
            iterator_seeds,
        }
    }

    /// Input number `index` of the run seeded with `seed`.
    #[must_use]
    pub fn input(&self, seed: u64, index: u64) -> Input {
        match self.flavor {
            Flavor::Iterator => self.iterator_input(seed, index),
            Flavor::Coroutine => self.coroutine_input(seed, index),
            Flavor::Block => self.block_input(seed, index),
        }
    }

    /// A `#[generator]` coroutine: coroutine seeds mutated, random
    /// coroutines, iterator seeds made coroutines, and the noise kinds.
    fn coroutine_input(&self, seed: u64, index: u64) -> Input {
        let mut rng = Rng::for_input(seed, index);
        let rng = &mut rng;
        let co = Flavor::Coroutine;
        let roll = rng.below(100);
        let (args, item, how) = if roll < 34 {
            let (args, item) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 4);
            (
                args,
                self.mutated_as(item, rng, n, 7, co),
                "syntax mutation",
            )
        } else if roll < 48 {
            let (args, item) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 6);
            (args, self.mutated_as(item, rng, n, 2, co), "token mutation")
        } else if roll < 72 {
            let (args, item) = random::program_with(rng, co);
            let args = args.parse().unwrap_or_default();
            let item: TokenStream = item.parse().unwrap_or_default();
            let n = rng.range(0, 2);
            (args, self.mutated_as(item, rng, n, 6, co), "random program")
        } else if roll < 84 {
            // The same bodies as the iterator seeds, as coroutines.
            let (args, item) = rng.pick(&self.iterator_seeds).clone();
            let item = syntax::to_coroutine(&item, rng).unwrap_or(item);
            let n = rng.range(0, 2);
            (
                args,
                self.mutated_as(item, rng, n, 7, co),
                "iterator seed as coroutine",
            )
        } else if roll < 88 {
            let (args, item) = rng.pick(&self.starts[..self.nseeds]).clone();
            let out = super::expand_caught(&args, &item).unwrap_or(item);
            let n = rng.range(1, 3);
            (
                TokenStream::new(),
                self.mutated_as(out, rng, n, 8, co),
                "expansion fed back",
            )
        } else if roll < 91 {
            let (_, item) = rng.pick(&self.starts).clone();
            let args = tree::to_stream(&random::args(rng));
            let item = if rng.chance(1, 2) {
                self.mutated_as(item, rng, 1, 7, co)
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
            let item: TokenStream = random::deep_with(rng, depth, co)
                .parse()
                .unwrap_or_default();
            let n = rng.range(0, 1);
            (
                TokenStream::new(),
                self.mutated_as(item, rng, n, 5, co),
                "deep nesting",
            )
        } else if roll < 97 {
            let mut item =
                tree::lex("fn f(#[resume] r: u32) -> impl Generator<u32, Yield = u8, Return = u8>")
                    .unwrap_or_default();
            item.push(Tree::Group(Delimiter::Brace, random::tokens(rng, 4)));
            (TokenStream::new(), tree::to_stream(&item), "random tokens")
        } else {
            let (args, item) = rng.pick(&self.starts).clone();
            (args, self.invisible(item, rng), "invisible groups")
        };
        Input {
            args: clean(args),
            item: clean(item),
            how,
            block: false,
        }
    }

    /// The tokens of a `gen!` block: block seeds mutated, random block
    /// bodies, the bodies of iterator seeds with native `yield`, and noise.
    fn block_input(&self, seed: u64, index: u64) -> Input {
        let mut rng = Rng::for_input(seed, index);
        let rng = &mut rng;
        let roll = rng.below(100);
        let (item, how) = if roll < 32 {
            let (_, tokens) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 4);
            (self.block_mutated(tokens, rng, n, 7), "syntax mutation")
        } else if roll < 47 {
            let (_, tokens) = rng.pick(&self.starts).clone();
            let n = rng.range(1, 6);
            (self.block_mutated(tokens, rng, n, 1), "token mutation")
        } else if roll < 73 {
            let tokens: TokenStream = random::block_body(rng).parse().unwrap_or_default();
            let n = rng.range(0, 2);
            (self.block_mutated(tokens, rng, n, 6), "random program")
        } else if roll < 87 {
            // The same bodies as the iterator seeds, with native yields.
            let (_, item) = rng.pick(&self.iterator_seeds).clone();
            let tokens = syntax::to_block(&item, rng).unwrap_or_default();
            let n = rng.range(0, 2);
            (
                self.block_mutated(tokens, rng, n, 7),
                "iterator seed as block",
            )
        } else if roll < 91 {
            let depth = if rng.chance(1, 10) {
                rng.range(50, 250)
            } else {
                rng.range(5, 50)
            };
            let tokens: TokenStream = random::deep_with(rng, depth, Flavor::Block)
                .parse()
                .unwrap_or_default();
            (tokens, "deep nesting")
        } else if roll < 95 {
            (tree::to_stream(&random::tokens(rng, 4)), "random tokens")
        } else {
            let (_, tokens) = rng.pick(&self.starts).clone();
            (self.invisible(tokens, rng), "invisible groups")
        };
        Input {
            args: TokenStream::new(),
            item: clean(item),
            how,
            block: true,
        }
    }

    /// [`Self::mutated`] with the mutations of `flavor`.
    fn mutated_as(
        &self,
        mut item: TokenStream,
        rng: &mut Rng,
        n: usize,
        syntax_in_10: u64,
        flavor: Flavor,
    ) -> TokenStream {
        for _ in 0..n {
            if rng.chance(syntax_in_10, 10) {
                if let Some(new) = syntax::mutate_with(&item, rng, flavor) {
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

    /// `n` mutations of a `gen!` block's tokens.
    fn block_mutated(
        &self,
        mut tokens: TokenStream,
        rng: &mut Rng,
        n: usize,
        syntax_in_10: u64,
    ) -> TokenStream {
        for _ in 0..n {
            if rng.chance(syntax_in_10, 10) {
                if let Some(new) = syntax::mutate_block(&tokens, rng) {
                    tokens = new;
                    continue;
                }
            }
            let mut trees = tree::from_stream(tokens);
            mutate::mutate(&mut trees, rng, &self.donors);
            tokens = tree::to_stream(&trees);
        }
        tokens
    }

    /// Input number `index` of an iterator run (the kinds and shares in
    /// docs/fuzzing.md).
    fn iterator_input(&self, seed: u64, index: u64) -> Input {
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
            let (args, item) = rng.pick(&self.starts[..self.nseeds]).clone();
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
            block: false,
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
