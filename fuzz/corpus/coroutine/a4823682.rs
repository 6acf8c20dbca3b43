// error: a generator cannot promise `Debug`
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , # [resume] __r : u32 , sep : & 'b str) -> impl Iterator < Item = u8 > + Debug { for w in s . split (sep) { } }
