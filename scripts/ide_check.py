#!/usr/bin/env python3
"""Checks that rust-analyzer keeps working inside a #[generator] body.

Makes a small crate that uses gen-core from this checkout, starts
rust-analyzer over LSP, and asks for: completion after `text.` in an
unfinished line of a generator body, hover on a kept local, and the
diagnostics of the file (an unfinished line must be reported at the user's
line). Needs `rustup component add rust-analyzer`. Run from the repository
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
MAIN = """use gen_core::generator;

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
}
"""


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

    completion = request(100, "textDocument/completion", 10, len("    text."))
    items = completion.get("items", []) if isinstance(completion, dict) else (completion or [])
    labels = {i["label"] for i in items}
    hover = request(101, "textDocument/hover", 6, len("        yield_!("))
    diagnostics = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    lines = {d["range"]["start"]["line"] for d in diagnostics[-1]["params"]["diagnostics"]} if diagnostics else set()
    server.kill()

    checks = [
        ("completion after `text.` lists String methods", {"len", "push_str"} <= labels),
        ("hover on a kept local shows its type", hover is not None and "u32" in json.dumps(hover)),
        ("the unfinished line is reported at the user's line", 10 in lines),
    ]
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
    sys.exit(0 if all(ok for _, ok in checks) else 1)


if __name__ == "__main__":
    main()
