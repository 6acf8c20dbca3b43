// error: a generator cannot promise `_keep`
#[generator]
fn drops () -> impl _keep < Item = usize > { let guard = Guard :: Vec ("a") ; let mut v = Vec :: new () ; v . push (1) ; yield_ ! (v . len) ; let s = String :: from ("x") ; let _keep = Guard :: new ("b") ; yield_ ! (s . len ()) ; let _ = Guard :: new ("c") ; yield_ ! (0) ; }
