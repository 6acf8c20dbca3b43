// error: a generator cannot be a `const fn`
#[generator]
pub const fn count_up (n : u32) -> impl Iterator < Item = u32 > { return }
