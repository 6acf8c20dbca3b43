// panic at gen-macro/src/names.rs:80:5: Ident cannot be a number; use Literal instead
// a kept local named `_1`: names::field trims the underscores and makes an identifier of "0"
#[generator]
fn f() -> impl Iterator<Item = u8> { let _1 = 5u8; yield_!(0); yield_!(_1); }
