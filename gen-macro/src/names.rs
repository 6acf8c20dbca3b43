//! Every identifier the expansion introduces, and its span.
//!
//! Internal locals and labels resolve at `mixed_site`, so the user's code can
//! neither name nor shadow them; they are located at the user's token so that
//! errors about them point at user code.

use proc_macro2::{Ident, Span};
use syn::Lifetime;

thread_local! {
    static OWN_SPANS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with user names keeping their own spans (see [`user`]); the
/// setting is restored even if `f` panics.
pub fn with_own_spans<T>(f: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            OWN_SPANS.with(|own| own.set(self.0));
        }
    }
    let _restore = Restore(OWN_SPANS.with(|own| own.replace(true)));
    f()
}

pub fn internal(name: &str, at: Span) -> Ident {
    Ident::new(name, Span::mixed_site().located_at(at))
}

/// The captured state variable of the resume closure.
pub fn state() -> Ident {
    internal("__state", Span::call_site())
}

/// A user's local as the expansion names it when it saves or restores it:
/// the user's own name at its own span, so that it resolves wherever the
/// user's tokens come from (a body written by a `macro_rules!` holds names of
/// that macro's caller, which the call site of the attribute or of `gen!`
/// would not resolve). A `_` name of a `#[generator]` function takes the
/// call site instead, which marks it as generated: clippy's pedantic lints
/// object to every mention of such a name at the user's span.
pub fn user(ident: &Ident) -> Ident {
    let underscore = ident.to_string().starts_with('_');
    let span = if OWN_SPANS.with(std::cell::Cell::get) || !underscore {
        ident.span()
    } else {
        Span::call_site().located_at(ident.span())
    };
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, span),
        None => Ident::new(&name, span),
    }
}

/// The state enum.
pub fn state_enum() -> Ident {
    Ident::new("__State", Span::call_site())
}

/// The resume closure's parameter: a coroutine's resume value, located at
/// the `yield_!` that evaluates to it.
pub fn resume_arg(at: Span) -> Ident {
    internal("__resumed", at)
}

/// The local that stands for `self` inside the body.
pub fn self_value(at: Span) -> Ident {
    internal("__self", at)
}

/// The local that holds a yielded value while the state is saved.
pub fn yielded() -> Ident {
    internal("__value", Span::call_site())
}

/// What `next()` returns, set by the arm that ran.
pub fn out() -> Ident {
    internal("__out", Span::call_site())
}

/// The state to store, set by the arm that ran.
pub fn next() -> Ident {
    internal("__next", Span::call_site())
}

pub fn variant(point: usize) -> Ident {
    Ident::new(&format!("Suspend{point}"), Span::call_site())
}

pub fn param(index: usize) -> Ident {
    Ident::new(&format!("T{index}"), Span::call_site())
}

pub fn label(prefix: &str, n: usize) -> Lifetime {
    Lifetime::new(&format!("'__{prefix}{n}"), Span::mixed_site())
}

/// A state field named after the user's local; `taken` disambiguates locals
/// that share a name within one suspension state.
pub fn field(name: &str, taken: &mut Vec<String>) -> Ident {
    let base = name.trim_start_matches("r#").trim_start_matches('_');
    let base = if base.is_empty() {
        "value".to_owned()
    } else if base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("v{base}")
    } else {
        base.to_owned()
    };
    let base = base.as_str();
    let mut candidate = base.to_owned();
    let mut n = 1;
    while taken.contains(&candidate) || is_keyword(&candidate) {
        candidate = format!("{base}_{n}");
        n += 1;
    }
    taken.push(candidate.clone());
    Ident::new(&candidate, Span::mixed_site())
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// The tokens with every span set to `at` (groups included), so that an
/// error about generated glue points at the user's expression.
pub fn respan(tokens: proc_macro2::TokenStream, at: Span) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, TokenTree};
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut new = Group::new(g.delimiter(), respan(g.stream(), at));
                new.set_span(at);
                TokenTree::Group(new)
            }
            mut other => {
                other.set_span(at);
                other
            }
        })
        .collect()
}

/// Where an expression starts, for errors about it.
pub fn first_span(tokens: &proc_macro2::TokenStream) -> Span {
    tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| tt.span())
}
