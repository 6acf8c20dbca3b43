// error: `#[generator]` cannot parse this body: at least one trait is required for an object type
#[generator]
fn f () -> impl Iterator < Item = u8 > { Vec == << 'static n }
