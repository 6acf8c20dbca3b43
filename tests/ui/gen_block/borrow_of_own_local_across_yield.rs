use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        let words = vec![String::from("a"), String::from("b")];
        for w in &words {
            yield w.len();
        }
    };
    let _: Vec<usize> = it.collect();
}
