#!/usr/bin/env python3
"""Write a minimal ELF relocatable file with one .kapi.records section.

usage: mkelf.py OUT CLASS(32|64) ORDER(le|be) EXTENDED(0|1) RECORD_FILE [front]

EXTENDED=1 uses the gABI's extended numbering: e_shnum = 0 and
e_shstrndx = SHN_XINDEX, the real values in section 0's sh_size and
sh_link -- what files with 65280 or more sections carry.  "front" puts the
section header table before the contents instead of after them.
"""
import struct
import sys

out, cls, order, ext, rec_path = sys.argv[1:6]
front = sys.argv[6:] == ["front"]
is64, e = cls == "64", "<" if order == "le" else ">"
ext = ext == "1"
rec = open(rec_path, "rb").read()
names = b"\0.shstrtab\0.kapi.records\0"
ehsize, shentsize = (64, 64) if is64 else (52, 40)

if front:
    shoff = ehsize
    names_off = shoff + 3 * shentsize
else:
    names_off = ehsize
rec_off = names_off + len(names)
if not front:
    shoff = (rec_off + len(rec) + 7) & ~7


def shdr(name, typ, flags, off, size, link=0):
    if is64:
        return struct.pack(e + "IIQQQQIIQQ", name, typ, flags, 0, off, size,
                           link, 0, 1, 0)
    return struct.pack(e + "IIIIIIIIII", name, typ, flags, 0, off, size, link,
                       0, 1, 0)


SHF_EXCLUDE = 0x80000000
sections = [
    shdr(0, 0, 0, 0, 3 if ext else 0, 1 if ext else 0),
    shdr(1, 3, 0, names_off, len(names)),
    shdr(11, 1, SHF_EXCLUDE, rec_off, len(rec)),
]
ident = b"\x7fELF" + bytes([2 if is64 else 1, 1 if order == "le" else 2, 1])
ident += b"\0" * (16 - len(ident))
shnum, shstrndx = (0, 0xFFFF) if ext else (3, 1)
if is64:
    hdr = ident + struct.pack(e + "HHIQQQIHHHHHH", 1, 62, 1, 0, 0, shoff, 0,
                              ehsize, 0, 0, shentsize, shnum, shstrndx)
else:
    hdr = ident + struct.pack(e + "HHIIIIIHHHHHH", 1, 3, 1, 0, 0, shoff, 0,
                              ehsize, 0, 0, shentsize, shnum, shstrndx)
if front:
    body = hdr + b"".join(sections) + names + rec
else:
    body = hdr + names + rec
    body += b"\0" * (shoff - len(body)) + b"".join(sections)
open(out, "wb").write(body)
