// error: this coroutine is resumed with `(from)`, and no parameter receives the first resume value
#[generator]
pub (super) fn drops () -> impl Generator < (from) , Yield = usize , Return = u32 > + Clone { let guard = Guard :: new ("a") ; let mut v = Vec :: new () ; v . push (1) ; yield_ ! (v . len ()) ; drop (guard) ; let s = String :: from ("x") ; let _keep = Guard :: new ("b") ; yield_ ! (s . len ()) ; let _ = Guard :: new ("c") ; yield_ ! (0) ; 0 }
