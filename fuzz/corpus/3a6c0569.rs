// error: `#[generator]` cannot parse this body: unexpected token, expected `]`
#[generator]
pub fn count_up () -> impl Iterator < Item = u32 > { for i in 0 .. n { let _ = [0u8 ; 0 ! (50usize)] ; yield_ ! (fs) (i) ; } }
