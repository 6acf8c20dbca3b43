//! What goes out when the input has errors: the errors, and the function with
//! its attributes and signature intact and a stand-in body, so that callers
//! type-check and report no second error, and the IDE still knows the
//! function.
//!
//! ```text
//! #[generator]                                  compile_error!("..");
//! fn evens() -> impl Iterator<Item = u32> {  →  fn evens() -> impl Iterator<Item = u32> {
//!     return 2;                                     ::core::iter::empty::<u32>()
//! }                                             }
//! ```
//!
//! The body is left out: its `yield_!`s would each raise a second error.

use proc_macro2::{Group, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::{
    Attribute, GenericArgument, ItemFn, PathArguments, ReturnType, Signature, Type, Visibility,
};

/// The function with a stand-in body, after the errors.
pub fn function(item: &ItemFn, error: &syn::Error, krate: &syn::Path) -> TokenStream {
    stand_in(&item.attrs, &item.vis, &item.sig, error, krate)
}

/// The fallback when the item does not parse as a function: a function
/// whose body does not parse gets its parse error and a stand-in body; any
/// other item goes out unchanged after an error that says where the
/// attribute belongs.
pub fn unparsed(item: TokenStream, error: syn::Error, krate: &syn::Path) -> TokenStream {
    if let Ok(header) = syn::parse2::<Header>(item.clone()) {
        return if header.body.is_some() {
            // rustc reports most syntax errors itself, since it parses
            // the item before expanding the attribute: say which error
            // is the macro's, for the syntax rustc accepts and syn not.
            let error = syn::Error::new(
                error.span(),
                format!(
                    "`#[generator]` cannot parse this body: {error}\n\nhelp: fix the syntax error; if rustc reports none here, this syntax is not supported inside a generator yet"
                ),
            );
            stand_in(&header.attrs, &header.vis, &header.sig, &error, krate)
        } else {
            let name = &header.sig.ident;
            let error = syn::Error::new_spanned(
                &header.sig,
                format!(
                    "`#[generator]` needs the function's body, and `{name}` has none\n\nhelp: in a trait, declare `fn {name}(..) -> impl Iterator<Item = T>` and put `#[generator]` on `{name}` in each `impl`"
                ),
            )
            .to_compile_error();
            quote!(#error #item)
        };
    }
    let error = syn::Error::new_spanned(
        &item,
        "`#[generator]` goes on a function\n\nhelp: write it on a `fn` that returns `impl Iterator<Item = T>` and `yield_!`s its items",
    )
    .to_compile_error();
    quote!(#error #item)
}

/// A function's attributes and signature, and its body as raw tokens.
struct Header {
    attrs: Vec<Attribute>,
    vis: Visibility,
    sig: Signature,
    body: Option<Group>,
}

impl Parse for Header {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        let sig = input.parse()?;
        let body = if input.peek(syn::token::Semi) {
            input.parse::<syn::token::Semi>()?;
            None
        } else {
            let group: Group = input.parse()?;
            if group.delimiter() != proc_macro2::Delimiter::Brace {
                return Err(syn::Error::new(group.span(), "expected a function body"));
            }
            Some(group)
        };
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the function"));
        }
        Ok(Header {
            attrs,
            vis,
            sig,
            body,
        })
    }
}

fn stand_in(
    attrs: &[Attribute],
    vis: &Visibility,
    sig: &Signature,
    error: &syn::Error,
    krate: &syn::Path,
) -> TokenStream {
    let errors = error.to_compile_error();
    let body = match &sig.output {
        ReturnType::Type(_, ty) => {
            value_of(ty, krate).unwrap_or_else(|| quote!(::core::unimplemented!()))
        }
        ReturnType::Default => quote!(),
    };
    // What the attribute rejects in a signature is taken out, so that rustc
    // does not report it a second time (`const fn` with a non-const body).
    let mut sig = sig.clone();
    // A coroutine's `#[resume]` parameter is not the caller's to pass; on
    // anything else the attribute goes and the parameter stays, as callers
    // expect it.
    let coroutine = crate::parse::returns_generator(&sig.output).is_some();
    sig.inputs = std::mem::take(&mut sig.inputs)
        .into_iter()
        .filter_map(|mut input| {
            let attrs = match &mut input {
                syn::FnArg::Typed(t) => &mut t.attrs,
                syn::FnArg::Receiver(r) => &mut r.attrs,
            };
            if !attrs.iter().any(crate::parse::is_resume_attr) {
                return Some(input);
            }
            attrs.retain(|a| !crate::parse::is_resume_attr(a));
            let receiver = matches!(input, syn::FnArg::Receiver(_));
            (receiver || !coroutine).then_some(input)
        })
        .collect();
    sig.asyncness = None;
    sig.constness = None;
    sig.abi = None;
    sig.variadic = None;
    quote! {
        #errors
        #(#attrs)*
        #[allow(unused_variables, unused_mut, unreachable_code, clippy::all)]
        #vis #sig {
            #body
        }
    }
}

/// A value of the return type, where one can be written without knowing the
/// body: an empty iterator for `impl Iterator<Item = T>` (it is also
/// `DoubleEndedIterator`, `ExactSizeIterator`, `FusedIterator`, `Clone`,
/// `Send`, `Sync` and `Debug`), boxed for `Box<..>`. Other types get
/// `unimplemented!()`, which coerces to any type that names no `impl Trait`.
fn value_of(ty: &Type, krate: &syn::Path) -> Option<TokenStream> {
    match ty {
        Type::Paren(p) => value_of(&p.elem, krate),
        Type::Group(g) => value_of(&g.elem, krate),
        Type::ImplTrait(t) if crate::parse::returns_generator_bounds(&t.bounds).is_some() => {
            Some(finished_generator(&t.bounds, krate))
        }
        Type::ImplTrait(t) => {
            let item = t.bounds.iter().find_map(|bound| match bound {
                syn::TypeParamBound::Trait(t) => {
                    crate::parse::item_type(&t.path.segments.last()?.arguments)
                }
                _ => None,
            });
            let item = match item {
                Some(item) if crate::parse::nameable(item) => item.to_token_stream(),
                _ => quote!(()),
            };
            Some(quote!(::core::iter::empty::<#item>()))
        }
        Type::Path(p) if p.qself.is_none() && !crate::parse::nameable(ty) => {
            let last = p.path.segments.last()?;
            if last.ident != "Box" {
                return None;
            }
            let PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            let Some(GenericArgument::Type(inner)) = args.args.first() else {
                return None;
            };
            let inner = value_of(inner, krate)?;
            let mut path = p.path.clone();
            if let Some(last) = path.segments.last_mut() {
                last.arguments = PathArguments::None;
            }
            Some(quote!(#path::new(#inner)))
        }
        _ => None,
    }
}

/// A coroutine that panics when resumed, typed like the one the return type
/// names (`()` stands for what cannot be named).
fn finished_generator(
    bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
    krate: &syn::Path,
) -> TokenStream {
    let args = bounds.iter().find_map(|bound| match bound {
        syn::TypeParamBound::Trait(t) => t
            .path
            .segments
            .last()
            .filter(|last| last.ident == "Generator")
            .map(|last| &last.arguments),
        _ => None,
    });
    let named = |ty: Option<&Type>| {
        ty.filter(|ty| crate::parse::nameable(ty))
            .map_or_else(|| quote!(()), ToTokens::to_token_stream)
    };
    let (r, y, t) = args.map_or_else(
        || (quote!(()), quote!(()), quote!(())),
        |args| {
            (
                named(crate::parse::resume_type(args)),
                named(crate::parse::assoc(args, "Yield")),
                named(crate::parse::assoc(args, "Return")),
            )
        },
    );
    quote! {
        #krate::__private::Coroutine::new::<#r, #y, #t>(|_| ::core::option::Option::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(ret: &str) -> String {
        let ty: Type = syn::parse_str(ret).expect("test types parse");
        value_of(&ty, &syn::parse_quote!(::gen_core))
            .map_or_else(|| "unimplemented".to_owned(), |t| t.to_string())
    }

    #[test]
    fn stand_ins() {
        assert!(body_of("impl Iterator<Item = u32> + Send").contains("empty :: < u32 >"));
        assert!(body_of("impl Iterator").contains("empty :: < () >"));
        assert!(body_of("impl Iterator<Item = impl Copy>").contains("empty :: < () >"));
        assert!(body_of("Box<impl Iterator<Item = u8>>").starts_with("Box :: new"));
        assert_eq!(body_of("Box<dyn Iterator<Item = u8>>"), "unimplemented");
        assert_eq!(body_of("Vec<u8>"), "unimplemented");
    }

    #[test]
    fn unparsed_items() {
        let out = unparsed(
            quote!(fn f() -> impl Iterator<Item = u8> { let = 1; }),
            syn::Error::new(proc_macro2::Span::call_site(), "expected pattern"),
            &syn::parse_quote!(::gen_core),
        )
        .to_string();
        assert!(
            out.contains("expected pattern") && out.contains("empty"),
            "{out}"
        );
        let out = unparsed(
            quote!(
                fn f(&self) -> impl Iterator<Item = u8>;
            ),
            syn::Error::new(proc_macro2::Span::call_site(), "unused"),
            &syn::parse_quote!(::gen_core),
        )
        .to_string();
        assert!(out.contains("has none"), "{out}");
        let out = unparsed(
            quote!(
                struct S;
            ),
            syn::Error::new(proc_macro2::Span::call_site(), "unused"),
            &syn::parse_quote!(::gen_core),
        )
        .to_string();
        assert!(out.contains("goes on a function"), "{out}");
    }
}
