// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `move`
#[generator]
async fn tail (n : u8) { match n { 0 => { } _ => yield_ ! ({ let __out ; ; let __next ; '__step0 : { { let r#try = 1 ; { let __value = :: move :: __private :: item :: < u32 > (r#try) ; __next = :: gen_core :: __private :: same (& __state , __State :: Suspend1 { }) ; __out = vec ! [yield_ ! (11usize) , :: gen_core :: __private :: Some] (__value) ; break '__step0 ; } ; } } :: gen_core :: __private :: set (& mut __state , __next) ; __out } n) , } }
