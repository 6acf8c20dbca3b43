// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `;`
gen! {
match n { 0 => { } _ => yield_ ! ({ 0 => { } _ => yield_ ! (n) , } n) , }
}
