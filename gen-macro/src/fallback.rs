//! What goes out when the input has errors: the errors, and the function with
//! its signature intact and a stand-in body, so that callers type-check and
//! report no second error.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{ItemFn, ReturnType, Type};

pub fn function(item: &ItemFn, error: &syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    let ItemFn {
        attrs, vis, sig, ..
    } = item;
    let body = match &sig.output {
        ReturnType::Type(_, ty) if matches!(**ty, Type::ImplTrait(_)) => {
            quote!(::core::iter::empty())
        }
        ReturnType::Type(..) => quote!(::core::unimplemented!()),
        ReturnType::Default => quote!(),
    };
    let mut sig = sig.clone();
    sig.asyncness = None;
    sig.constness = None;
    sig.abi = None;
    sig.variadic = None;
    quote! {
        #errors
        #(#attrs)*
        #[allow(unused_variables, unreachable_code, clippy::all)]
        #vis #sig {
            #body
        }
    }
}
