use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        for _ in 0..3 {}
    };
    println!("{}", it.count());
}
