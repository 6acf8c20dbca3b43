//! The fuzzer: inputs (seed corpus, mutators, random programs and token
//! streams), and the checks made on each expansion.
//!
//! Three kinds of input ([`Flavor`]): `#[generator]` functions returning
//! iterators, `#[generator]` coroutines (`impl Generator<R, ..>`), and the
//! tokens of `gen! { .. }` blocks (expanded by [`crate::expand_block`]).

pub mod generate;
pub mod minimize;
pub mod mutate;
pub mod random;
pub mod rng;
pub mod seeds;
pub mod syntax;
pub mod tree;

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use proc_macro2::{TokenStream, TokenTree};

/// The kind of input a run makes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flavor {
    /// `#[generator]` functions, mostly returning iterators.
    #[default]
    Iterator,
    /// `#[generator]` functions returning `impl Generator<R, Yield = Y,
    /// Return = T>`: `#[resume]` parameters, yields used as values, `return
    /// value`, `yield_from!(g, first)`.
    Coroutine,
    /// The tokens of a `gen! { .. }` block, with native `yield`.
    Block,
}

impl Flavor {
    /// Its name on the command line.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Iterator => "iterator",
            Flavor::Coroutine => "coroutine",
            Flavor::Block => "block",
        }
    }

    /// The flavor named `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Flavor> {
        [Flavor::Iterator, Flavor::Coroutine, Flavor::Block]
            .into_iter()
            .find(|f| f.name() == name)
    }
}

/// What one input did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `expand` panicked: the message and where.
    Panic {
        /// The panic's message.
        message: String,
        /// `file:line:column` of the panic.
        location: String,
    },
    /// The expansion reports errors (`compile_error!`). `fallback_parses` is
    /// `Some` when the item was a function, so a fallback function was
    /// emitted: it must parse as Rust too.
    Error {
        /// The messages of the `compile_error!`s.
        messages: Vec<String>,
        /// Whether the fallback function parses, when there is one.
        fallback_parses: Option<Result<(), String>>,
    },
    /// No error, and the output parses as a file.
    Valid,
    /// No error, but the output does not parse: the parser's message.
    Unparsable {
        /// The parser's message.
        error: String,
    },
}

impl Outcome {
    /// A short name of the outcome's kind, for grouping: panics by their
    /// location and message, errors by their first message.
    #[must_use]
    pub fn signature(&self) -> String {
        match self {
            Outcome::Panic { message, location } => {
                format!("panic at {location}: {}", first_line(message))
            }
            Outcome::Error {
                messages,
                fallback_parses: Some(Err(e)),
            } => format!(
                "unparsable fallback: {} (error: {})",
                first_line(e),
                messages.first().map_or("", |m| first_line(m))
            ),
            Outcome::Error { messages, .. } => {
                format!("error: {}", messages.first().map_or("", |m| first_line(m)))
            }
            Outcome::Valid => "valid".to_owned(),
            Outcome::Unparsable { error } => format!("unparsable: {}", first_line(error)),
        }
    }

    /// Whether this is a bug of the macro (a panic, or output that is not Rust).
    #[must_use]
    pub fn is_bug(&self) -> bool {
        matches!(
            self,
            Outcome::Panic { .. }
                | Outcome::Unparsable { .. }
                | Outcome::Error {
                    fallback_parses: Some(Err(_)),
                    ..
                }
        )
    }
}

/// A signature with every number blanked (`N`), so that signatures that
/// differ only in counts or line numbers compare equal.
#[must_use]
pub fn normalized(sig: &str) -> String {
    let mut out = String::new();
    let mut digits = false;
    for c in sig.chars() {
        if c.is_ascii_digit() {
            if !digits {
                out.push('N');
            }
            digits = true;
        } else {
            digits = false;
            out.push(c);
        }
    }
    out
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

thread_local! {
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    static CATCHING: RefCell<bool> = const { RefCell::new(false) };
}

/// Installs (once) a panic hook that records the message and location of a
/// panic inside [`run`] instead of printing it; other panics print as usual.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CATCHING.with(|c| *c.borrow()) {
                let message = if let Some(s) = info.payload().downcast_ref::<&str>() {
                    (*s).to_owned()
                } else if let Some(s) = info.payload().downcast_ref::<String>() {
                    s.clone()
                } else {
                    "<non-string panic payload>".to_owned()
                };
                let location = info.location().map_or_else(
                    || "<unknown>".to_owned(),
                    |l| {
                        // `fuzz/src/../../gen-macro/src/x.rs` → `gen-macro/src/x.rs`
                        let file = l.file();
                        let file = file.rsplit_once("../").map_or(file, |(_, f)| f);
                        format!("{file}:{}:{}", l.line(), l.column())
                    },
                );
                LAST_PANIC.with(|p| *p.borrow_mut() = Some((message, location)));
            } else {
                default(info);
            }
        }));
    });
}

/// Expands one input, catching any panic.
///
/// # Errors
///
/// The panic's message and location, when `expand` panics.
pub fn expand_caught(
    args: &TokenStream,
    item: &TokenStream,
) -> Result<TokenStream, (String, String)> {
    install_hook();
    CATCHING.with(|c| *c.borrow_mut() = true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        crate::expand(args.clone(), item.clone())
    }));
    CATCHING.with(|c| *c.borrow_mut() = false);
    result.map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| ("<no message>".to_owned(), "<unknown>".to_owned()))
    })
}

/// Runs one input through the expansion and checks what comes out.
#[must_use]
pub fn run(args: &TokenStream, item: &TokenStream) -> Outcome {
    match expand_caught(args, item) {
        Err((message, location)) => Outcome::Panic { message, location },
        Ok(output) => classify(item, output),
    }
}

/// Expands the tokens of one `gen!` block, catching any panic.
///
/// # Errors
///
/// The panic's message and location, when the expansion panics.
pub fn expand_block_caught(tokens: &TokenStream) -> Result<TokenStream, (String, String)> {
    install_hook();
    CATCHING.with(|c| *c.borrow_mut() = true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| crate::expand_block(tokens.clone())));
    CATCHING.with(|c| *c.borrow_mut() = false);
    result.map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| ("<no message>".to_owned(), "<unknown>".to_owned()))
    })
}

/// Runs the tokens of one `gen!` block through the expansion and checks
/// what comes out.
#[must_use]
pub fn run_block(tokens: &TokenStream) -> Outcome {
    match expand_block_caught(tokens) {
        Err((message, location)) => Outcome::Panic { message, location },
        Ok(output) => classify_block(output),
    }
}

/// Runs an input of either kind: a `gen!` block's tokens (`item`, with no
/// `args`) or a `#[generator]` item.
#[must_use]
pub fn run_input(block: bool, args: &TokenStream, item: &TokenStream) -> Outcome {
    if block {
        run_block(item)
    } else {
        run(args, item)
    }
}

/// Checks a `gen!` block's expansion. It is one expression, a `{ .. }`
/// block: errors are the `compile_error!`s among that block's statements,
/// which then end in a stand-in iterator; with or without them, the output
/// must parse as an expression.
#[must_use]
pub fn classify_block(output: TokenStream) -> Outcome {
    let inner = match output.clone().into_iter().collect::<Vec<_>>().as_slice() {
        [TokenTree::Group(g)] if g.delimiter() == proc_macro2::Delimiter::Brace => g.stream(),
        _ => output.clone(),
    };
    let messages = compile_errors(&inner);
    if let Some(message) = messages
        .iter()
        .find(|m| m.contains(crate::expand::INTERNAL_ERROR))
    {
        return Outcome::Panic {
            message: message.clone(),
            location: String::from("caught in expand::gen_block"),
        };
    }
    let parsed = syn::parse2::<syn::Expr>(output)
        .map(|_| ())
        .map_err(|e| e.to_string());
    if messages.is_empty() {
        return match parsed {
            Ok(()) => Outcome::Valid,
            Err(error) => Outcome::Unparsable { error },
        };
    }
    Outcome::Error {
        messages,
        fallback_parses: Some(parsed),
    }
}

/// Checks an expansion: errors are top-level `compile_error!` invocations;
/// everything else must parse as a Rust file.
#[must_use]
pub fn classify(item: &TokenStream, output: TokenStream) -> Outcome {
    let messages = compile_errors(&output);
    // The expansion catches its own panics and reports them as an internal
    // error: for the fuzzer that is still a panic.
    if let Some(message) = messages
        .iter()
        .find(|m| m.contains(crate::expand::INTERNAL_ERROR))
    {
        return Outcome::Panic {
            message: message.clone(),
            location: String::from("caught in expand::generator"),
        };
    }
    if messages.is_empty() {
        return match syn::parse2::<syn::File>(output) {
            Ok(_) => Outcome::Valid,
            Err(e) => Outcome::Unparsable {
                error: e.to_string(),
            },
        };
    }
    let fallback_parses = syn::parse2::<syn::ItemFn>(item.clone()).is_ok().then(|| {
        syn::parse2::<syn::File>(output)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    Outcome::Error {
        messages,
        fallback_parses,
    }
}

/// The messages of the top-level `compile_error! { "…" }` invocations.
fn compile_errors(output: &TokenStream) -> Vec<String> {
    let mut messages = Vec::new();
    let mut iter = output.clone().into_iter().peekable();
    while let Some(tt) = iter.next() {
        if let TokenTree::Ident(i) = &tt {
            if i == "compile_error" {
                let _bang = iter.next();
                let message = match iter.next() {
                    Some(TokenTree::Group(g)) => g
                        .stream()
                        .into_iter()
                        .next()
                        .and_then(|lit| syn::parse2::<syn::LitStr>(lit.into()).ok())
                        .map_or_else(|| "<no message>".to_owned(), |l| l.value()),
                    _ => "<no message>".to_owned(),
                };
                messages.push(message);
            }
        }
    }
    messages
}
