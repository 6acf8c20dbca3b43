// error: `#[generator]` needs the function's body, and `documented` has none
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow (unused)] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl core :: iter :: FusedIterator < Item = u8 > + Send + __next + Unpin ;
