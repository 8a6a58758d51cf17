#!/usr/bin/env python3
"""Open one file in a real clangd over LSP and print its diagnostics.

usage: lsp-diagnostics.py CLANGD FILE [TIMEOUT]

Speaks the Language Server Protocol on clangd's stdin/stdout: initialize,
initialized, textDocument/didOpen, then waits for the publishDiagnostics
of that file and prints one line per diagnostic,
    LINE:COL: SEVERITY: MESSAGE
(1-based positions), then shuts clangd down.  Exit 1 on timeout.
"""
import json
import os
import select
import subprocess
import sys
import time

SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


class Lsp:
    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.buf = b""
        self.next_id = 1

    def send(self, method, params, notify=False):
        msg = {"jsonrpc": "2.0", "method": method, "params": params}
        if not notify:
            msg["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body))
        self.proc.stdin.write(body)
        self.proc.stdin.flush()

    def read(self, deadline):
        """One message, or None at the deadline."""
        fd = self.proc.stdout.fileno()
        while True:
            head, sep, rest = self.buf.partition(b"\r\n\r\n")
            if sep:
                length = None
                for line in head.split(b"\r\n"):
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length":
                        length = int(v)
                if length is not None and len(rest) >= length:
                    self.buf = rest[length:]
                    return json.loads(rest[:length])
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    return None
                self.buf += chunk


def main():
    clangd, path = sys.argv[1], os.path.abspath(sys.argv[2])
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    uri = "file://" + path
    lsp = Lsp([clangd, "--log=error", "--background-index=false"])
    root = os.path.dirname(path)
    lsp.send("initialize", {"processId": os.getpid(),
                            "rootUri": "file://" + root,
                            "capabilities": {}})
    deadline = time.monotonic() + timeout
    while True:
        msg = lsp.read(deadline)
        if msg is None:
            sys.exit("lsp-diagnostics: no initialize response")
        if msg.get("id") == 1:
            break
    lsp.send("initialized", {}, notify=True)
    with open(path) as f:
        text = f.read()
    lang = "cpp" if path.endswith((".cc", ".cpp")) else "c"
    lsp.send("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": lang, "version": 1, "text": text}},
        notify=True)
    diags = None
    while diags is None:
        msg = lsp.read(deadline)
        if msg is None:
            sys.exit("lsp-diagnostics: no diagnostics within %gs" % timeout)
        if (msg.get("method") == "textDocument/publishDiagnostics" and
                msg["params"]["uri"] == uri):
            diags = msg["params"]["diagnostics"]
    for d in sorted(diags, key=lambda d: (d["range"]["start"]["line"],
                                          d["range"]["start"]["character"])):
        start = d["range"]["start"]
        print("%d:%d: %s: %s" % (start["line"] + 1, start["character"] + 1,
                                 SEVERITY.get(d.get("severity"), "?"),
                                 d["message"].splitlines()[0]))
    lsp.send("shutdown", None)
    lsp.read(time.monotonic() + 5)
    lsp.send("exit", None, notify=True)
    try:
        lsp.proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        lsp.proc.kill()


if __name__ == "__main__":
    main()
