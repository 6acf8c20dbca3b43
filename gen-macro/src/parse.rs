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
use crate::model::{Arg, Coroutine, GenFn, ReturnKind};
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
    default_return(&mut sig.output);
    let ret = return_kind(&sig.output, sig.ident.span(), errors);

    let resume = resume_param(&mut sig, ret.as_ref(), errors);
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
                gen_args.push(Arg {
                    value,
                    field,
                    pat,
                    captured: false,
                });
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
                gen_args.push(Arg {
                    value,
                    field,
                    pat,
                    captured: false,
                });
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
            resume,
            krate: args.krate,
            body_span: block.brace_token.span.join(),
        },
        *block,
    ))
}

/// Takes the `#[resume]` parameter out of the signature: the first resume
/// value, which the caller of the function does not pass.
fn resume_param(
    sig: &mut syn::Signature,
    ret: Option<&ReturnKind>,
    errors: &mut Errors,
) -> Option<(Pat, Type)> {
    let mut found: Option<(Pat, Type)> = None;
    let mut misplaced = false;
    let inputs = std::mem::take(&mut sig.inputs);
    for input in inputs {
        let marked = match &input {
            FnArg::Typed(t) => t.attrs.iter().find(|a| is_resume_attr(a)).cloned(),
            FnArg::Receiver(r) => r.attrs.iter().find(|a| is_resume_attr(a)).cloned(),
        };
        let Some(attr) = marked else {
            sig.inputs.push(input);
            continue;
        };
        let coroutine = ret.map(|r| r.coroutine.is_some());
        match (input, coroutine) {
            (FnArg::Receiver(r), _) => {
                misplaced = true;
                errors.push(syn::Error::new_spanned(
                    &attr,
                    "`self` cannot receive the first resume value\n\nhelp: put `#[resume]` on a parameter of its own: `#[resume] first: R`",
                ));
                sig.inputs.push(FnArg::Receiver(r));
            }
            (FnArg::Typed(t), Some(false)) => {
                misplaced = true;
                errors.push(syn::Error::new_spanned(
                    &attr,
                    "`#[resume]` receives a coroutine's first resume value, and this generator is an iterator\n\nhelp: remove `#[resume]`, or return `impl Generator<R, Yield = Y, Return = T>` to be resumed with values of type `R`",
                ));
                sig.inputs.push(FnArg::Typed(t));
            }
            (FnArg::Typed(t), _) => {
                if !matches!(attr.meta, syn::Meta::Path(_)) {
                    errors.push(syn::Error::new_spanned(
                        &attr,
                        "`#[resume]` takes no arguments\n\nhelp: write `#[resume] first: R`",
                    ));
                }
                if found.is_some() {
                    errors.push(syn::Error::new_spanned(
                        &attr,
                        "only one parameter can receive the first resume value\n\nhelp: remove this `#[resume]`; to receive several values at once, resume with a tuple",
                    ));
                } else {
                    found = Some((*t.pat, *t.ty));
                }
            }
        }
    }
    if let Some(co) = ret.and_then(|r| r.coroutine.as_ref()) {
        if found.is_none() && !misplaced && !co.unit_resume() {
            let ty = &co.resume;
            errors.push(syn::Error::new_spanned(
                ty,
                format!(
                    "this coroutine is resumed with `{}`, and no parameter receives the first resume value\n\nhelp: add a parameter `#[resume] first: {}` (callers do not pass it; `#[resume] _: {}` drops the value)",
                    quote::ToTokens::to_token_stream(ty),
                    quote::ToTokens::to_token_stream(ty),
                    quote::ToTokens::to_token_stream(ty),
                ),
            ));
        }
    }
    found
}

/// Writes out `Return = ()` in a `Generator` bound that leaves it out: the
/// body returns `()` then, and callers (a recursive call included) see it.
fn default_return(output: &mut ReturnType) {
    let ReturnType::Type(_, ty) = output else {
        return;
    };
    let bounds = match &mut **ty {
        Type::ImplTrait(t) => &mut t.bounds,
        Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last_mut() else {
                return;
            };
            let PathArguments::AngleBracketed(args) = &mut last.arguments else {
                return;
            };
            match args.args.first_mut() {
                Some(GenericArgument::Type(Type::TraitObject(obj))) if last.ident == "Box" => {
                    &mut obj.bounds
                }
                _ => return,
            }
        }
        _ => return,
    };
    for bound in bounds {
        let TypeParamBound::Trait(t) = bound else {
            continue;
        };
        let Some(last) = t.path.segments.last_mut() else {
            continue;
        };
        if last.ident != "Generator"
            || assoc(&last.arguments, "Yield").is_none()
            || assoc(&last.arguments, "Return").is_some()
        {
            continue;
        }
        if let PathArguments::AngleBracketed(args) = &mut last.arguments {
            args.args.push(syn::parse_quote!(Return = ()));
        }
    }
}

/// Whether the return type names `Generator` (the body is a coroutine's),
/// and if so whether it is resumed with `()`.
pub fn returns_generator(output: &ReturnType) -> Option<bool> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    let bounds = match &**ty {
        Type::ImplTrait(t) => &t.bounds,
        Type::Path(p) if p.qself.is_none() => boxed_dyn(p)?,
        _ => return None,
    };
    returns_generator_bounds(bounds)
}

/// [`returns_generator`] for the bounds of an `impl` or `dyn` type.
pub fn returns_generator_bounds(
    bounds: &syn::punctuated::Punctuated<TypeParamBound, syn::Token![+]>,
) -> Option<bool> {
    bounds.iter().find_map(|b| match b {
        TypeParamBound::Trait(t) => {
            let last = t.path.segments.last()?;
            if last.ident != "Generator" {
                return None;
            }
            Some(resume_type(&last.arguments).is_none_or(is_unit))
        }
        _ => None,
    })
}

pub fn is_unit(ty: &Type) -> bool {
    matches!(ty, Type::Tuple(t) if t.elems.is_empty())
}

/// `#[resume]` on a parameter.
pub fn is_resume_attr(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("resume")
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

const ACCEPTED: &str = "help: a generator returns `impl Iterator<Item = T>` (optionally `+ Clone`, `+ Send`, `+ Sync`, `+ 'a`, `+ use<..>`) or `Box<dyn Iterator<Item = T> + ..>`; a coroutine returns `impl Generator<R, Yield = Y, Return = T>` or its `Box<dyn ..>`";

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
        coroutine: None,
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
                    "Generator" if !iterator => {
                        iterator = true;
                        let co = coroutine_types(&last.arguments, last, errors)?;
                        kind.item = nameable(&co.1).then_some(co.1);
                        kind.coroutine = Some(co.0);
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

/// `T` in `Iterator<Item = T>` (any trait with an `Item` binding), or `Y`
/// in `Generator<R, Yield = Y>`.
pub fn item_type(args: &PathArguments) -> Option<&Type> {
    assoc(args, "Item").or_else(|| assoc(args, "Yield"))
}

/// `R` in `Generator<R, ..>`, when it is written.
pub fn resume_type(args: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = args else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The type bound to `name` in `Trait<.., name = T>`.
pub fn assoc<'a>(args: &'a PathArguments, name: &str) -> Option<&'a Type> {
    let PathArguments::AngleBracketed(args) = args else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::AssocType(assoc) if assoc.ident == name => Some(&assoc.ty),
        _ => None,
    })
}

/// `Generator<R, Yield = Y, Return = T>`: the coroutine's types and `Y`.
/// `R` and `T` default to `()`.
fn coroutine_types(
    args: &PathArguments,
    last: &syn::PathSegment,
    errors: &mut Errors,
) -> Option<(Coroutine, Type)> {
    let unit = || {
        Type::Tuple(syn::TypeTuple {
            paren_token: syn::token::Paren::default(),
            elems: syn::punctuated::Punctuated::new(),
        })
    };
    let Some(item) = assoc(args, "Yield") else {
        errors.push(syn::Error::new_spanned(
            last,
            "the coroutine's yield type is missing\n\nhelp: say what it yields and returns: `Generator<R, Yield = Y, Return = T>`",
        ));
        return None;
    };
    let ret = assoc(args, "Return").cloned().unwrap_or_else(unit);
    Some((
        Coroutine {
            resume: resume_type(args).cloned().unwrap_or_else(unit),
            ret: nameable(&ret).then_some(ret),
        },
        item.clone(),
    ))
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
