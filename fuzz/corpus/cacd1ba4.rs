// error: a generator cannot promise `try`
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow (unused)] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl core :: iter :: FusedIterator < Item = u8 > + Send + try + Unpin { (yield_ ! (x) , 10usize) }
