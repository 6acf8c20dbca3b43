// error: `#[generator]` cannot parse this body: expected identifier or integer
#[generator]
pub fn count_up (n : u32 , # [resume] __r : u32) { for i in 0 . n . { yield_ ! (i) ; } }
