// error: `yield_from!` cannot be used inside the arguments of `Sync!`
gen! {
let mut i = 0 ; 'outer : while i < n { i += 1 ; match i % 4 { 0 => continue , 1 => yield & mut * i , 1.5 if flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { continue 'outer ; } yield j * 10 ; } } } } if i == 0 { return ; } Sync ! (yield_from ! (1 , 2) ; 0 .. i) ;
}
