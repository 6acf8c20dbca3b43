//! What a `gen!` block captures: the names its code reads that no pattern
//! inside the block binds. Each moves into the generator as a function's
//! argument does, so that the body may move it (`for x in v`), which a
//! closure's captured variable could not be.
//!
//! The syntax cannot tell a local from a function or a constant: a name
//! that is called (`f(x)`) or written in upper case (`MAX`, `None`) is left
//! to the resume closure, which captures what it uses by `move` as well. So
//! is a name that some pattern of the block binds anywhere. A name left out
//! is still captured, only not movable.

use std::collections::HashSet;

use proc_macro2::Ident;
use syn::Expr;
use syn::visit::{self, Visit};

use crate::markers;

/// The captured names, in order of first use.
pub fn free_names(block: &syn::Block) -> Vec<Ident> {
    let mut scan = Scan::default();
    scan.visit_block(block);
    let mut seen = HashSet::new();
    scan.used
        .into_iter()
        .filter(|ident| {
            let name = ident.to_string();
            !scan.bound.contains(&name) && seen.insert(name)
        })
        .collect()
}

#[derive(Default)]
struct Scan {
    used: Vec<Ident>,
    bound: HashSet<String>,
}

impl Scan {
    fn macro_args(&mut self, mac: &syn::Macro) {
        let Some(args) = markers::args(mac) else {
            return;
        };
        for arg in &args {
            match arg {
                // `name = value` in a formatting macro names an argument.
                Expr::Assign(a) if markers::marker(mac).is_none() => self.visit_expr(&a.right),
                _ => self.visit_expr(arg),
            }
        }
    }
}

impl<'ast> Visit<'ast> for Scan {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Path(p) if p.qself.is_none() => {
                if let Some(ident) = p.path.get_ident() {
                    let name = ident.to_string();
                    let lower = name.starts_with(|c: char| c.is_lowercase() || c == '_');
                    // `self`, `crate` and `super` are not variables.
                    let keyword = matches!(name.as_str(), "self" | "crate" | "super" | "_");
                    if lower && !keyword {
                        self.used.push(ident.clone());
                    }
                }
            }
            Expr::Call(c) if matches!(&*c.func, Expr::Path(p) if p.path.get_ident().is_some()) => {
                for arg in &c.args {
                    self.visit_expr(arg);
                }
            }
            _ => visit::visit_expr(self, expr),
        }
    }

    fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
        self.bound.insert(p.ident.to_string());
        visit::visit_pat_ident(self, p);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.macro_args(mac);
    }

    // A nested item sees none of the block's locals.
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

#[cfg(test)]
mod tests {
    fn names(body: &str) -> Vec<String> {
        let block: syn::Block = syn::parse_str(body).expect("test bodies parse");
        super::free_names(&block)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn reads_of_outer_names_are_captured_once_in_order() {
        assert_eq!(
            names("{ for x in v { yield_!(x + k); } v2.len(); k }"),
            ["v", "k", "v2"]
        );
    }

    #[test]
    fn bound_called_and_upper_case_names_are_not() {
        assert_eq!(
            names("{ let a = 1; f(a, b); MAX; None; self.x; |c| c + d; }"),
            ["b", "d"]
        );
    }

    #[test]
    fn macro_arguments_count_but_named_format_arguments_do_not() {
        assert_eq!(
            names(r#"{ println!("{x} {}", y, x = z); vec![w]; }"#),
            ["y", "z", "w"]
        );
    }

    #[test]
    fn struct_shorthand_and_method_receivers_count() {
        assert_eq!(names("{ Point { x, y: 1 }; s.push(t); }"), ["x", "s", "t"]);
    }
}
