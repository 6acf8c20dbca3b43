// error: this coroutine is resumed with `(n)`, and no parameter receives the first resume value
#[generator(crate = gen_core)]
# [doc = " Documented."] # [inline] # [must_use] # [cfg (all ())] # [allow (unused)] pub (crate) fn documented (# [allow (unused)] x : u8) -> impl Generator < (n) , Yield = u8 > { yield_ ! (x) }
