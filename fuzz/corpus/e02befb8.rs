// panic at gen-macro/src/names.rs:N:N: Ident cannot be a number; use Literal instead
#[generator]
fn Iterator (_0 : u8) -> impl Iterator < __state = u32 > { }
