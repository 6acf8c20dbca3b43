//! The attribute's own arguments: `#[generator]` or
//! `#[generator(crate = path::to::gen_core)]`.

use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{Path, Token};

pub struct Args {
    /// The path the expansion names the runtime by.
    pub krate: Path,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut krate: Path = syn::parse_quote!(::gen_core);
        let mut seen = false;
        while !input.is_empty() {
            let key = input.fork();
            if input.peek(Token![crate]) {
                let token: Token![crate] = input.parse()?;
                if seen {
                    return Err(syn::Error::new(
                        token.span,
                        "`crate` is given twice\n\nhelp: keep one `crate = path::to::gen_core`",
                    ));
                }
                seen = true;
                if !input.peek(Token![=]) {
                    return Err(syn::Error::new(
                        token.span,
                        "`crate` needs a path\n\nhelp: write `crate = path::to::gen_core`, the path through which this crate reaches gen_core",
                    ));
                }
                input.parse::<Token![=]>()?;
                if input.peek(syn::LitStr) {
                    let lit: syn::LitStr = input.parse()?;
                    return Err(syn::Error::new(
                        lit.span(),
                        format!(
                            "`crate` takes a path, not a string\n\nhelp: drop the quotes: `crate = {}`",
                            lit.value()
                        ),
                    ));
                }
                krate = input.call(Path::parse_mod_style)?;
            } else {
                let tokens: TokenStream = key.parse()?;
                return Err(syn::Error::new_spanned(
                    tokens,
                    "unknown argument to `#[generator]`\n\nhelp: the one argument it takes is `crate = path::to::gen_core`, for users who reach gen_core through a re-export",
                ));
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(Args { krate })
    }
}
