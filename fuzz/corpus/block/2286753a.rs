// error: expected identifier, found keyword `loop`
gen! {
for word in words { if word . len () > { gen_core :: loop ! (74usize) ; 3 } { yield word . len () ; } } yield 0 ;
}
