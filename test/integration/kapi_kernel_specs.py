#!/usr/bin/env python3
"""Put KAPI spec comments into a Linux source tree, above the real SYSCALL_DEFINEx.

Spec files are in the specs-db/default-specs format: a /** ... */ comment,
then the SYSCALL_DEFINEn(name, ...) line it belongs to.  For each spec the
comment is inserted directly above `SYSCALL_DEFINEn(name,` (or `SYSCALL_DEFINE0(name)`) in the kernel file
that defines the syscall, so the plugin sees it exactly as a kernel developer
would write it.

Every file this script changes is first copied to PRISTINE (once, while it is
still the unpacked original), and every run starts by copying all saved files
back: a run sees only its own comments, whatever the previous run inserted.

Prints one line per inserted spec: name, kernel file, line of the comment,
line of SYSCALL_DEFINE (both after insertion).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

DEFINE = re.compile(r'^SYSCALL_DEFINE[0-6]\((\w+)[,)]')

# Where several files define a syscall, the one x86_64 (CONFIG_MMU=y) builds.
PREFERRED = {'mmap': 'arch/x86/kernel/sys_x86_64.c'}
# proc family: arch_prctl also has a 32-bit definition in process_32.c.
PREFERRED['arch_prctl'] = 'arch/x86/kernel/process_64.c'
# ioperm and iopl are defined twice in ioport.c (the first is the
# CONFIG_X86_IOPL_IOPERM=y one); clone four times in kernel/fork.c, of
# which x86_64 compiles the fourth (no CONFIG_CLONE_BACKWARDS*).
PREFERRED.update({'ioperm': 'arch/x86/kernel/ioport.c',
                  'iopl': 'arch/x86/kernel/ioport.c',
                  'clone': 'kernel/fork.c'})
NTH = {'clone': 4}  # which definition of the file gets the spec (default 1)
# Never chosen by the search: other architectures, the !MMU variants, and
# the clock_* stubs of CONFIG_POSIX_TIMERS=n (kernel/time/posix-stubs.c).
EXCLUDED = re.compile(r'^(arch/(?!x86/kernel/)|mm/nommu\.c$|kernel/time/posix-stubs\.c$)')


def read_specs(path):
    """(name, comment lines) for every SYSCALL_DEFINE preceded by a /** */ comment."""
    lines = open(path).read().split('\n')
    specs = []
    for i, line in enumerate(lines):
        m = DEFINE.match(line)
        if not m:
            continue
        if i == 0 or lines[i - 1].strip() != '*/':
            sys.exit(f'{path}:{i + 1}: SYSCALL_DEFINE of {m.group(1)} has no comment right above it')
        start = i - 1
        while start >= 0 and not lines[start].startswith('/**'):
            start -= 1
        if start < 0:
            sys.exit(f'{path}:{i + 1}: no /** opening the comment of {m.group(1)}')
        specs.append((m.group(1), lines[start:i]))
    return specs


def locate(tree, names):
    """name -> the kernel file (relative to tree) holding SYSCALL_DEFINEn(name,."""
    pattern = r'^SYSCALL_DEFINE[0-6]\((' + '|'.join(sorted(names)) + ')[,)]'
    out = subprocess.run(['grep', '-rlE', '--include=*.c', pattern, '.'],
                         cwd=tree, capture_output=True, text=True).stdout
    found = {}
    for rel in sorted(f[2:] for f in out.split()):
        if EXCLUDED.match(rel):
            continue
        with open(os.path.join(tree, rel)) as f:
            for line in f:
                m = DEFINE.match(line)
                if m and m.group(1) in names:
                    found.setdefault(m.group(1), []).append(rel)
    result = {}
    for name in names:
        files = found.get(name, [])
        if name in PREFERRED:
            files = [PREFERRED[name]]
        if len(files) != 1:
            sys.exit(f'{name}: expected one defining file in the tree, found {files or "none"}')
        result[name] = files[0]
    return result


def restore(tree, pristine):
    """Copy every saved original back into the tree."""
    for root, _, files in os.walk(pristine):
        for f in files:
            src = os.path.join(root, f)
            shutil.copyfile(src, os.path.join(tree, os.path.relpath(src, pristine)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--tree', required=True)
    ap.add_argument('--pristine', required=True, help='directory of saved originals')
    ap.add_argument('--only', help='comma-separated syscall names to take from the spec files')
    ap.add_argument('--restore-only', action='store_true')
    ap.add_argument('specs', nargs='*', help='spec files (default-specs format)')
    args = ap.parse_args()

    restore(args.tree, args.pristine)
    if args.restore_only:
        return

    specs = {}
    for path in args.specs:
        for name, comment in read_specs(path):
            if name in specs:
                sys.exit(f'{path}: a second spec for {name}')
            specs[name] = comment
    if args.only:
        wanted = args.only.split(',')
        missing = [n for n in wanted if n not in specs]
        if missing:
            sys.exit(f'no spec for: {", ".join(missing)}')
        specs = {n: specs[n] for n in wanted}

    where = locate(args.tree, set(specs))
    by_file = {}
    for name, rel in where.items():
        by_file.setdefault(rel, []).append(name)

    for rel, names in sorted(by_file.items()):
        path = os.path.join(args.tree, rel)
        saved = os.path.join(args.pristine, rel)
        if not os.path.exists(saved):
            os.makedirs(os.path.dirname(saved), exist_ok=True)
            shutil.copyfile(path, saved)
        lines = open(path).read().split('\n')
        out, placed, seen = [], [], {}
        for line in lines:
            m = DEFINE.match(line)
            if m:
                seen[m.group(1)] = seen.get(m.group(1), 0) + 1
            # Only one definition (the first, or NTH's): a second copy would be a duplicate spec.
            if m and m.group(1) in names and m.group(1) not in [p[0] for p in placed] \
                    and seen[m.group(1)] == NTH.get(m.group(1), 1):
                comment = specs[m.group(1)]
                placed.append((m.group(1), len(out) + 1, len(out) + len(comment) + 1))
                out.extend(comment)
            out.append(line)
        with open(path, 'w') as f:
            f.write('\n'.join(out))
        for name, cline, dline in placed:
            print(f'{name}\t{rel}\t{cline}\t{dline}')


if __name__ == '__main__':
    main()
