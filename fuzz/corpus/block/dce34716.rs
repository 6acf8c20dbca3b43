// error: `yield_from!` cannot be used inside the arguments of `macro_rules!`
gen! {
macro_rules ! m { () => { yield_from ! (r#gen ! { yield }) } } return ;
}
