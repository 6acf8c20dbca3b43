// error: expected `const` or `mut`
gen! {
yield as ((*& n) as u64) u32 ; unsafe { return ; 'l1 : while let Some (x) = v . pop () && x } n += n ;
}
