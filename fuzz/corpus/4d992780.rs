// error: a generator cannot promise `super`
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + super { }
