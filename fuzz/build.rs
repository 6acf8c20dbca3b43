//! Fails the build when `src/lib.rs` does not declare exactly the modules
//! that `gen-macro/src/lib.rs` declares (outside `#[cfg(test)]`): a module
//! added to the macro must be added here too, or the fuzzer would test a
//! different pipeline.

use std::fs;
use std::path::Path;

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let macro_lib = manifest.join("../gen-macro/src/lib.rs");
    let fuzz_lib = manifest.join("src/lib.rs");
    println!("cargo::rerun-if-changed={}", macro_lib.display());
    println!("cargo::rerun-if-changed={}", fuzz_lib.display());
    println!("cargo::rerun-if-changed=build.rs");

    let read = |p: &Path| {
        fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
    };
    let wanted = modules(&read(&macro_lib), false);
    let declared = modules(&read(&fuzz_lib), true);
    assert!(
        !wanted.is_empty(),
        "found no `mod name;` in gen-macro/src/lib.rs: has its layout changed?"
    );
    let missing: Vec<_> = wanted.iter().filter(|m| !declared.contains(m)).collect();
    let extra: Vec<_> = declared.iter().filter(|m| !wanted.contains(m)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "fuzz/src/lib.rs must declare exactly the modules of gen-macro/src/lib.rs, each as\n\
         `#[path = \"../../gen-macro/src/NAME.rs\"] mod NAME;`\n\
         missing here: {missing:?}\nno longer in gen-macro: {extra:?}"
    );
}

/// The `mod name;` declarations of a crate root. For gen-macro, those not
/// under `#[cfg(test)]`; for this crate (`by_path`), those whose `#[path]`
/// points into gen-macro/src, checked to name the file of the same name.
fn modules(source: &str, by_path: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut attrs: Vec<String> = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with("#[") {
            attrs.push(line.to_owned());
            continue;
        }
        let decl = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        if let Some(name) = decl.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
            let name = name.trim().to_owned();
            if by_path {
                let path = attrs.iter().find(|a| a.contains("gen-macro/src/"));
                if let Some(path) = path {
                    assert!(
                        path == &format!("#[path = \"../../gen-macro/src/{name}.rs\"]"),
                        "fuzz/src/lib.rs: `mod {name};` has the wrong path attribute: {path}"
                    );
                    out.push(name);
                }
            } else if !attrs.iter().any(|a| a.contains("cfg(test)")) {
                out.push(name);
            }
        }
        if !line.is_empty() && !line.starts_with("//") {
            attrs.clear();
        }
    }
    out
}
