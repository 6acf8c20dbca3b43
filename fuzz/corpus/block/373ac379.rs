// error: `yield_!` cannot be used inside the arguments of `uN!`
gen! {
u8 ! [yield_ ! (43usize) , return] ;
}
