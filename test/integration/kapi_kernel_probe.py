#!/usr/bin/env python3
"""Check the values the plugin resolved against what the kernel itself compiles.

Reads `kapi-db export` JSON on stdin.  For every spec recorded from one of the
given kernel files, every resolved mask, range bound and error code becomes a
_Static_assert((text) == value) placed after an #include of that very file,
compiled with the file's own Kbuild command line (from its .cmd file, minus
the plugin).  So O_CLOEXEC, PAGE_SIZE or -EBADF are evaluated with the same
headers, config and target as the object the plugin saw.
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile


def num(v):
    """A JSON number or "0x..." string as a C constant of 64 bits."""
    v = int(v, 16) if isinstance(v, str) else v
    return f'({v}LL)' if v < 0 else f'{v}ULL'


def checks(api):
    """(C expression as written, resolved value, label) for one spec."""
    for p in api['parameters']:
        ext = p.get('kapi_clang') or {}
        for key in ('valid_mask', 'min_value', 'max_value'):
            val = ext.get(key)
            if p.get(key) is not None and isinstance(val, dict) and val.get('state') == 'resolved':
                yield val['text'], p[key], f"{api['name']} {p['name']} {key}"
    for e in api.get('errors') or []:
        val = (e.get('kapi_clang') or {}).get('error_code')
        if e.get('error_code') is not None and isinstance(val, dict):
            yield val['text'], e['error_code'], f"{api['name']} {e['name']}"


def compile_cmd(tree, src, probe):
    """The Kbuild command that compiled SRC, turned into a syntax check of PROBE."""
    obj = src[:-2] + '.o'
    cmdfile = os.path.join(tree, os.path.dirname(obj), '.' + os.path.basename(obj) + '.cmd')
    first = open(cmdfile).readline()
    args = shlex.split(first.split(':=', 1)[1])
    keep = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a == '-o':
            skip = True
        elif a.startswith(('-fplugin', '-Wp,-MMD')) or a in ('-c', src):
            continue
        else:
            keep.append(a)
    return keep + ['-fsyntax-only', probe]


def main():
    tree, files = sys.argv[1], sys.argv[2:]
    apis = json.load(sys.stdin)['apis']
    total = 0
    failed = False
    for src in files:
        lines = [f'#include "{os.path.join(os.path.abspath(tree), src)}"']
        for api in apis:
            if api['kapi_clang']['provenance']['file'] != src:
                continue
            for text, value, label in checks(api):
                lines.append(f'_Static_assert((unsigned long long)({text}) == {num(value)}, '
                             f'"{label}: ({text}) != {value}");')
        n = len(lines) - 1
        if n == 0:
            continue
        with tempfile.NamedTemporaryFile('w', suffix='.c', delete=False) as f:
            f.write('\n'.join(lines) + '\n')
        r = subprocess.run(compile_cmd(tree, src, f.name), cwd=tree, capture_output=True, text=True)
        os.unlink(f.name)
        if r.returncode != 0:
            failed = True
            sys.stderr.write(f'{src}: resolved values disagree with the kernel build:\n{r.stderr}')
        else:
            print(f'{src}: {n} resolved values match the kernel build')
        total += n
    print(f'{total} resolved values checked')
    sys.exit(1 if failed or total == 0 else 0)


if __name__ == '__main__':
    main()
