// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier or `_`
#[generator]
pub const fn gen (self : Self) { const }
