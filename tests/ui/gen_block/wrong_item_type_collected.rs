use gen_core::r#gen;

fn main() {
    let numbers: Vec<u32> = r#gen! {
        yield 1;
        yield "two";
    }
    .collect();
    println!("{numbers:?}");
}
