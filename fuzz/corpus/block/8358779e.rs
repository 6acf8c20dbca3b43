// error: unexpected end of input, expected `fn`
gen! {
(- (({ yield_ ! (3) ; (v . len () as u32) }) as unsafe) as u32) ;
}
