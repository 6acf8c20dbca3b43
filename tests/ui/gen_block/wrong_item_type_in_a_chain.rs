use gen_core::r#gen;

fn main() {
    let names = r#gen! {
        yield "one";
        yield "two";
    };
    let all: Vec<u32> = (1..3).chain(names).collect();
    println!("{all:?}");
}
