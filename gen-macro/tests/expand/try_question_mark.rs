#[generator]
fn parse_all<'a>(words: &'a [&'a str]) -> impl Iterator<Item = Result<i32, std::num::ParseIntError>> + 'a {
    for word in words {
        yield_!(Ok(word.parse::<i32>()?));
    }
}
