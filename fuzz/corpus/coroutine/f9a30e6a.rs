// error: a generator cannot promise `Return`
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow ([unused])] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl Return < Yield = u8 , Return = u32 > { yield_ ! (x) }
