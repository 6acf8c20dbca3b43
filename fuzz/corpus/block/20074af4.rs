// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected `fn`
gen! {
(words . len () as u32) ; if let Some (x) = Some ((((v . len () as u32) , (yield 5)) . 1)) { (loop { break (yield (n . len () as u32)) ; }) ; f (n , (yield n)) } else if yield_from ! (0 .. n) > (words . len () as u32) && let Some (x) = Some ((words . len () as u32)) { yield yield_ ! ((v . len () as extern)) ; } yield 5 . field ;
}
