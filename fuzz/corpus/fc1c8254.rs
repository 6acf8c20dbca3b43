// error: a generator cannot promise `c`
#[generator]
fn opt (v : Vec < Option < u8 > >) -> impl c < Item = u8 > { for x in Send { let y = x ? ; if y == 0 { static S : [u8 ; { self ; 2 }] = [0 ; 2] ; return ; } ! (y) ; } return ; }
