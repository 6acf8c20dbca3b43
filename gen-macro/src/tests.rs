//! Snapshot tests of the expansion: each `tests/expand/<name>.rs` holds one
//! `#[generator]` function, or a function with a `gen!` block; its
//! pretty-printed expansion is compared with
//! `tests/expand/<name>.expanded.rs`. Set `GEN_BLESS=1` to rewrite the
//! snapshots after a deliberate change.

use std::fs;
use std::path::Path;

use proc_macro2::TokenStream;

use crate::expand;

/// Expands the first function of `source`, with the attribute's arguments.
pub fn expand_source(source: &str) -> String {
    let file: syn::File = syn::parse_str(source).expect("snapshot inputs parse");
    let mut out = Vec::new();
    for item in file.items {
        match item {
            syn::Item::Fn(mut f) => {
                let attr = f.attrs.iter().position(|a| a.path().is_ident("generator"));
                let Some(attr) = attr else {
                    syn::visit_mut::VisitMut::visit_item_fn_mut(&mut GenBlocks, &mut f);
                    out.push(syn::Item::Fn(f));
                    continue;
                };
                let attr = f.attrs.remove(attr);
                let args = match attr.meta {
                    syn::Meta::List(list) => list.tokens,
                    _ => TokenStream::new(),
                };
                let tokens = expand::generator(args, quote::quote!(#f));
                let file: syn::File = syn::parse2(tokens).expect("the expansion parses");
                out.extend(file.items);
            }
            other => out.push(other),
        }
    }
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: out,
    })
}

/// Expands the `gen!` blocks of a function.
struct GenBlocks;

fn is_gen(mac: &syn::Macro) -> bool {
    let name = mac.path.get_ident().map(syn::ext::IdentExt::unraw);
    name.is_some_and(|name| name == "gen")
}

impl syn::visit_mut::VisitMut for GenBlocks {
    fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
        if let syn::Stmt::Macro(m) = stmt {
            if is_gen(&m.mac) {
                let tokens = expand::gen_block(m.mac.tokens.clone());
                let expr = syn::parse2(tokens).expect("the expansion parses");
                *stmt = syn::Stmt::Expr(expr, m.semi_token);
                return;
            }
        }
        syn::visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Macro(m) = expr {
            if is_gen(&m.mac) {
                let tokens = expand::gen_block(m.mac.tokens.clone());
                *expr = syn::parse2(tokens).expect("the expansion parses");
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let bless = std::env::var_os("GEN_BLESS").is_some();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "rs")
                && !p.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no snapshot inputs");
    for input in entries {
        let source = fs::read_to_string(&input).expect("readable input");
        let actual = expand_source(&source);
        let snapshot = input.with_extension("expanded.rs");
        if bless {
            fs::write(&snapshot, &actual).expect("writable snapshot");
            continue;
        }
        let expected = fs::read_to_string(&snapshot).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{} differs from its snapshot; run with GEN_BLESS=1 if the change is intended\n--- actual ---\n{actual}",
                input.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
