// error: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
gen! {
unsafe - []
}
