//! Reads the function item into a `GenFn`: checks the signature, classifies
//! the return type and moves the arguments out of the signature.

use proc_macro2::Span;
use quote::format_ident;
use syn::spanned::Spanned;
use syn::{
    FnArg, GenericArgument, ItemFn, Pat, PatIdent, PathArguments, ReturnType, Type, TypeParamBound,
};

use crate::args::Args;
use crate::error::Errors;
use crate::model::{Arg, GenFn, ReturnKind};
use crate::names;

pub fn gen_fn(item: ItemFn, args: Args, errors: &mut Errors) -> Option<(GenFn, syn::Block)> {
    let ItemFn {
        attrs,
        vis,
        mut sig,
        block,
    } = item;

    if let Some(token) = &sig.asyncness {
        errors.push(syn::Error::new(
            token.span,
            "a generator cannot be an `async fn`\n\nhelp: remove `async`; to produce values asynchronously, return a `Stream` from an async-stream crate instead",
        ));
    }
    if let Some(token) = &sig.constness {
        errors.push(syn::Error::new(
            token.span,
            "a generator cannot be a `const fn`\n\nhelp: remove `const`: a generator runs when iterated, never at compile time",
        ));
    }
    if let Some(abi) = &sig.abi {
        errors.push(syn::Error::new(
            abi.span(),
            "a generator cannot have an `extern` ABI\n\nhelp: remove the ABI: the returned iterator is a Rust type",
        ));
    }
    if let Some(variadic) = &sig.variadic {
        errors.push(syn::Error::new(
            variadic.span(),
            "a generator cannot be variadic\n\nhelp: take a slice or an iterator instead",
        ));
    }
    let ret = return_kind(&sig.output, sig.ident.span(), errors);

    let mut gen_args = Vec::new();
    let mut taken = vec!["__self".to_owned()];
    for (i, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            FnArg::Receiver(receiver) => {
                let span = receiver.self_token.span;
                let value = syn::Ident::new("self", span);
                let field = names::internal("__self", span);
                let by_value_mut = receiver.reference.is_none() && receiver.mutability.is_some();
                if by_value_mut {
                    // `mut self` moves into the body, where it is mutable.
                    receiver.mutability = None;
                }
                let pat = ident_pat(names::self_value(span), by_value_mut);
                gen_args.push(Arg { value, field, pat });
            }
            FnArg::Typed(typed) => {
                let simple = match &*typed.pat {
                    Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                        Some(p.ident.clone())
                    }
                    _ => None,
                };
                let pat = (*typed.pat).clone();
                let (value, field) = if let Some(ident) = simple {
                    {
                        // Field names live in the macro's edition: a user's
                        // `gen` (edition 2021) must not become a keyword.
                        let field = names::field(&ident.to_string(), &mut taken);
                        let field = syn::Ident::new(
                            &field.to_string(),
                            proc_macro2::Span::mixed_site().located_at(ident.span()),
                        );
                        (ident, field)
                    }
                } else {
                    let ident = format_ident!("__arg{}", i, span = Span::mixed_site());
                    (ident.clone(), ident)
                };
                // The signature keeps a plain name; `mut` and patterns move
                // into the body, where the argument is bound.
                *typed.pat = Pat::Ident(PatIdent {
                    attrs: Vec::new(),
                    by_ref: None,
                    mutability: None,
                    ident: value.clone(),
                    subpat: None,
                });
                gen_args.push(Arg { value, field, pat });
            }
        }
    }

    let ret = ret?;
    Some((
        GenFn {
            attrs,
            vis,
            sig,
            ret,
            args: gen_args,
            krate: args.krate,
        },
        *block,
    ))
}

pub fn ident_pat(ident: syn::Ident, mutable: bool) -> Pat {
    Pat::Ident(PatIdent {
        attrs: Vec::new(),
        by_ref: None,
        mutability: mutable.then(Default::default),
        ident,
        subpat: None,
    })
}

const ACCEPTED: &str = "help: a generator returns `impl Iterator<Item = T>` (optionally `+ Clone`, `+ Send`, `+ Sync`, `+ 'a`, `+ use<..>`) or `Box<dyn Iterator<Item = T> + ..>`";

fn return_kind(output: &ReturnType, name: Span, errors: &mut Errors) -> Option<ReturnKind> {
    let ty = match output {
        ReturnType::Default => {
            errors.push(syn::Error::new(
                name,
                format!("a generator must say what it yields: add a return type such as `-> impl Iterator<Item = u32>`\n\n{ACCEPTED}"),
            ));
            return None;
        }
        ReturnType::Type(_, ty) => &**ty,
    };
    let (bounds, boxed) = match ty {
        Type::ImplTrait(t) => (&t.bounds, false),
        Type::Path(p) if p.qself.is_none() => match boxed_dyn(p) {
            Some(bounds) => (bounds, true),
            None => return unsupported(ty, errors),
        },
        _ => return unsupported(ty, errors),
    };
    let mut kind = ReturnKind {
        boxed,
        item: None,
        clone: false,
        send: false,
        sync: false,
    };
    let mut iterator = false;
    for bound in bounds {
        match bound {
            TypeParamBound::Trait(t) if t.lifetimes.is_none() => {
                let Some(last) = t.path.segments.last() else {
                    continue;
                };
                match last.ident.to_string().as_str() {
                    "Iterator" | "FusedIterator" if !iterator => {
                        iterator = true;
                        let Some(item) = item_type(&last.arguments) else {
                            errors.push(syn::Error::new_spanned(
                                last,
                                format!(
                                    "the iterator's item type is missing\n\nhelp: say what the generator yields: `{}<Item = T>`",
                                    last.ident
                                ),
                            ));
                            return None;
                        };
                        kind.item = nameable(item).then(|| item.clone());
                    }
                    "Clone" if !boxed => kind.clone = true,
                    "Send" => kind.send = true,
                    "Sync" => kind.sync = true,
                    "Unpin" => {}
                    _ => {
                        errors.push(syn::Error::new_spanned(
                            t,
                            format!("a generator cannot promise `{}`\n\n{ACCEPTED}", last.ident),
                        ));
                        return None;
                    }
                }
            }
            TypeParamBound::Lifetime(_) | TypeParamBound::PreciseCapture(_) => {}
            other => {
                errors.push(syn::Error::new_spanned(
                    other,
                    format!("a generator cannot promise this bound\n\n{ACCEPTED}"),
                ));
                return None;
            }
        }
    }
    if !iterator {
        return unsupported(ty, errors);
    }
    Some(kind)
}

fn unsupported(ty: &Type, errors: &mut Errors) -> Option<ReturnKind> {
    errors.push(syn::Error::new_spanned(
        ty,
        format!("`#[generator]` cannot return this type\n\n{ACCEPTED}"),
    ));
    None
}

fn boxed_dyn(
    p: &syn::TypePath,
) -> Option<&syn::punctuated::Punctuated<TypeParamBound, syn::Token![+]>> {
    let last = p.path.segments.last()?;
    if last.ident != "Box" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(Type::TraitObject(obj)) if args.args.len() == 1 => Some(&obj.bounds),
        _ => None,
    }
}

/// `T` in `Iterator<Item = T>` (any trait with an `Item` binding).
pub fn item_type(args: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = args else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::AssocType(assoc) if assoc.ident == "Item" => Some(&assoc.ty),
        _ => None,
    })
}

/// Whether the item type can be written inside the body (`impl Trait` cannot).
pub fn nameable(ty: &Type) -> bool {
    struct ImplFinder(bool);
    impl<'ast> syn::visit::Visit<'ast> for ImplFinder {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut finder = ImplFinder(false);
    syn::visit::visit_type(&mut finder, ty);
    !finder.0
}
