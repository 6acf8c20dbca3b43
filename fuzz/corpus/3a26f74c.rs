// error: a generator cannot promise `iter`
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow (unused)] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl core :: iter :: < Item = u8 > + Send + __next + Unpin { }
