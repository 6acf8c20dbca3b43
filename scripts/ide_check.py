#!/usr/bin/env python3
"""Checks that rust-analyzer keeps working inside a #[generator] body,
a coroutine's body and a gen! block.

Makes a small crate that uses gen-core from this checkout, starts
rust-analyzer over LSP, and asks for: completion after `text.` in an
unfinished line of a generator body, hover on a kept local, the
diagnostics of the file (an unfinished line must be reported at the user's
line), hover on a coroutine's resume value and kept local, and completion
and hover inside a gen! block. Needs `rustup component add rust-analyzer`. Run from the repository
root: `python3 scripts/ide_check.py`. Exits 1 when a check fails.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MAIN = """use gen_core::{generator, r#gen, Generator};

#[generator]
fn totals(#[resume] first: u64) -> impl Generator<u64, Yield = u64, Return = u64> {
    let mut total = first;
    while total < 100 {
        let sent = yield_!(total);
        total += sent;
    }
    total
}

fn words(line: &str) -> impl Iterator<Item = usize> + '_ {
    r#gen! {
        for word in line.split(' ') {
            yield word.len();
        }
    }
}

#[generator]
fn evens(limit: u32) -> impl Iterator<Item = u32> {
    let mut n = 0u32;
    while n < limit {
        yield_!(n);
        n += 2;
    }
    let text = String::new();
    text.
}

fn main() {
    println!("{:?}", evens(10).collect::<Vec<_>>());
    let _ = (totals(), words("a b"));
}
"""
LINES = MAIN.split("\n")


def at(text, after):
    """The (line, character) just after `after` on the line holding `text`."""
    for n, line in enumerate(LINES):
        if text in line:
            return n, line.index(after) + len(after)
    raise ValueError(text)


def main():
    crate = tempfile.mkdtemp(prefix="gen-ide-check-")
    os.makedirs(os.path.join(crate, "src"))
    with open(os.path.join(crate, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "ide-check"\nversion = "0.0.0"\nedition = "2024"\n'
                f'[dependencies]\ngen-core = {{ path = "{ROOT}/gen-core" }}\n[workspace]\n')
    with open(os.path.join(crate, "src", "main.rs"), "w") as f:
        f.write(MAIN)

    server = subprocess.Popen(["rust-analyzer"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    messages = []

    def send(msg):
        body = json.dumps(msg).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def read():
        while True:
            line = server.stdout.readline()
            if not line:
                return
            if line.startswith(b"Content-Length"):
                size = int(line.split(b":")[1])
                server.stdout.readline()
                msg = json.loads(server.stdout.read(size))
                if "method" in msg and "id" in msg:  # a request of the server's
                    send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
                else:
                    messages.append(msg)

    threading.Thread(target=read, daemon=True).start()
    root = "file://" + crate
    uri = root + "/src/main.rs"
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": None, "rootUri": root,
        "capabilities": {"window": {"workDoneProgress": True}}}})
    time.sleep(2)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": MAIN}}})

    def ended():
        return sum(1 for m in messages if m.get("method") == "$/progress"
                   and m["params"]["value"].get("kind") == "end")

    deadline = time.time() + 300
    while time.time() < deadline and ended() < 3:
        time.sleep(2)
    time.sleep(45)  # proc macros expand after the workspace loads

    def request(id_, method, line, character):
        send({"jsonrpc": "2.0", "id": id_, "method": method, "params": {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}}})
        until = time.time() + 120
        while time.time() < until:
            for m in messages:
                if m.get("id") == id_:
                    return m.get("result")
            time.sleep(1)
        return None

    def labels(result):
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        return {i["label"] for i in items}

    unfinished = at("    text.", "text.")
    completion = labels(request(100, "textDocument/completion", *unfinished))
    hover = request(101, "textDocument/hover", *at("yield_!(n)", "yield_!("))
    resumed = request(102, "textDocument/hover", *at("let sent =", "let se"))
    kept = request(103, "textDocument/hover", *at("total += sent", "tot"))
    in_block = labels(request(104, "textDocument/completion", *at("yield word.len()", "word.")))
    captured = request(105, "textDocument/hover", *at("in line.split", "in li"))
    diagnostics = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    lines = {d["range"]["start"]["line"] for d in diagnostics[-1]["params"]["diagnostics"]} if diagnostics else set()
    server.kill()

    def shows(result, ty):
        return result is not None and ty in json.dumps(result)

    checks = [
        ("completion after `text.` lists String methods", {"len", "push_str"} <= completion),
        ("hover on a kept local shows its type", shows(hover, "u32")),
        ("the unfinished line is reported at the user's line", unfinished[0] in lines),
        ("hover on a coroutine's resume value shows its type", shows(resumed, "u64")),
        ("hover on a coroutine's kept local shows its type", shows(kept, "u64")),
        ("completion inside a gen! block lists str methods", {"len", "chars"} <= in_block),
        ("hover on a gen! block's captured variable shows its type", shows(captured, "&str")),
    ]
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
    sys.exit(0 if all(ok for _, ok in checks) else 1)


if __name__ == "__main__":
    main()
