// error: unexpected end of input, expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
gen! {
unsafe
}
