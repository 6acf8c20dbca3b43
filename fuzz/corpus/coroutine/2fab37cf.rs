// error: `#[generator]` cannot parse this body: expected identifier, found keyword `mod`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { :: mod 1.5 ! / { { gen_core & ..= % move <= } } * (1.5 { { } } Clone 340282366920938463463374607431768211455u128 ; 340282366920938463463374607431768211455u128 0xff) true (. [() { ^ } while]) }
