// error: a generator cannot promise `inline`
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow (unused)] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl core :: iter :: inline < Item = u8 > + Send + __next + Unpin { yield_ ! (x) }
