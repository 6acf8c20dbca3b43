// error: `#[generator]` cannot parse this body: expected identifier or integer
#[generator]
pub fn count_up (n : Unpin) -> () { for i in 198u8 . { yield_ ! () ; } n { yield_ ! () ; } }
