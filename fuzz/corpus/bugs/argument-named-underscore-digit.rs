// panic at gen-macro/src/names.rs:80:5: Ident cannot be a number; use Literal instead
// an argument named `_0`: names::field trims the underscores and makes an identifier of "0"
#[generator]
fn f(_0: u8) -> impl Iterator<Item = u8> { yield_!(_0); }
