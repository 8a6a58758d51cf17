#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Scaffold a new kapi-check rule, as clang-tidy's add_new_check.py does.

usage: tools/new-rule.py [--root DIR] [--summary TEXT] NAME

NAME is the rule's name without the "kapi-" prefix, lower-case words joined
by '-' (fd-limit makes the rule kapi-fd-limit, C name kapi_rule_fd_limit).
The script creates

  checker/rules/kapi_<name>.c   the rule: a check function to fill in and
                                its `struct kapi_rule`
  test/checker/<name>.c         a lit test with a firing and a silent part;
                                it fails until the rule reports something

and registers the rule where every rule is registered:

  checker/rules/kapi_rules.h    extern const struct kapi_rule kapi_rule_<name>;
  checker/kapi_rules.c          &kapi_rule_<name>, in kapi_rules[]
  checker/CMakeLists.txt        rules/kapi_<name>.c in kapi-check's sources
  checker/RULES.rst             a section to write
  docs/man/kapi-check.rst       a line under RULES (test/man/pages.test
                                wants every rule of --list-checks there)

It refuses a name that is taken (any of these files already names it) and
then changes nothing.  The new C file is run through clang-format-19 (or
$CLANG_FORMAT) when there is one, so the format test stays green.  The
steps after it are in HACKING.rst, "A rule".
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

RULE_C = """\
// SPDX-License-Identifier: MIT
/*
 * {rule}: TODO what the rule reports, from which part of the spec, and
 * when it stays silent.  Report only what the call proves: constants,
 * null pointers, values the checker resolved (see kapi_check.h).
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/*
 * TODO: a fresh "what is wrong" text for argument i of the call, or NULL
 * when the argument is fine or not known well enough to tell.  The spec of
 * the parameter is call->spec->params[i], the argument call->args[i].
 */
static char *kapi_{c}_problem(const struct kapi_tu *tu,
\t\t\t\tconst struct kapi_call *call, size_t i)
{{
\t(void)tu;
\t(void)call;
\t(void)i;
\treturn NULL;
}}

static void kapi_{c}_check(struct kapi_tu *tu, const struct kapi_call *call)
{{
\tsize_t i;

\tfor (i = 0; i < call->arg_count; i++) {{
\t\tconst struct kapi_arg *a = &call->args[i];
\t\tchar *why;

\t\tif (!a->present || a->val.kind != KAPI_CVAL_INT)
\t\t\tcontinue;
\t\twhy = kapi_{c}_problem(tu, call, i);
\t\tif (!why)
\t\t\tcontinue;
\t\tkapi_report(tu, &kapi_rule_{c}, a->expr, call->spec,
\t\t\t    kapi_rule_param_loc(call, i),
\t\t\t    kapi_xasprintf("argument '%s' of %s: %s",
\t\t\t\t\t   kapi_call_param_name(call, i),
\t\t\t\t\t   kapi_rule_callee(call), why),
\t\t\t    kapi_rule_param_note(call, i));
\t\tfree(why);
\t}}
}}

const struct kapi_rule kapi_rule_{c} = {{
\t.name = "{rule}",
\t.summary = "{summary}",
\t.check = kapi_{c}_check,
}};
"""

TEST_C = """\
// {rule}: TODO one line on what fires and what stays silent.
//
// Written red: the firing part fails until the rule reports the call
// (HACKING.rst, "A rule").  The specs are test/checker/Inputs/specs.c, the
// headers test/checker/Inputs/include; add a spec there if the rule needs
// one they lack.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,{rule}' %s -- -isystem %S/Inputs/include \\
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <unistd.h>

int fire(void)
{{
\tint n = 0;

\t// TODO: a call the rule must report, and its exact message.
\tn += close(-1);
\t// CHECK: {name}.c:[[@LINE-1]]:{{{{[0-9]+}}}}: warning: {{{{.*}}}} [{rule}]
\treturn n;
}}

int silent(int fd)
{{
\tint n = 0;

\t// TODO: the near misses the rule must not report (no CHECK lines:
\t// --implicit-check-not=warning: fails on any finding here).
\tn += close(fd);
\treturn n;
}}
"""

RULES_RST = """
.. _{rule}:

{rule}
{underline}

TODO: when it fires, what the call must show for it to fire, which part of
the spec it compares with, and when it stays silent.

.. code-block:: c

   TODO: a call it reports
   // warning: TODO the message

Suppress: ``// NOLINT({rule})``.
"""


def fail(msg):
    print(f"new-rule: {msg}", file=sys.stderr)
    sys.exit(1)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def insert_after_last(text, pattern, line, what):
    """Insert line after the last line of text matching pattern."""
    matches = list(re.finditer(pattern, text, re.M))
    if not matches:
        fail(f"cannot find where to register the rule in {what}")
    end = text.index("\n", matches[-1].end()) + 1
    return text[:end] + line + "\n" + text[end:]


def main():
    ap = argparse.ArgumentParser(
        description="Scaffold a new kapi-check rule (HACKING.rst).")
    ap.add_argument("--root", default=os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))),
        help="source tree to change (default: this script's)")
    ap.add_argument("--summary", default="TODO: one sentence on what the "
                    "rule reports, for --list-checks and SARIF.",
                    help="the rule's one-line summary")
    ap.add_argument("name", help="rule name without kapi-, e.g. fd-limit")
    args = ap.parse_args()

    name = args.name
    if name.startswith("kapi-"):
        name = name[len("kapi-"):]
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name):
        fail(f"'{args.name}': a name is lower-case words joined by '-' "
             "(e.g. fd-limit)")
    if '"' in args.summary or "\\" in args.summary or "\n" in args.summary:
        fail("the summary must be one line without '\"' or '\\'")
    rule = "kapi-" + name
    c = name.replace("-", "_")
    root = args.root

    p = {
        "src": os.path.join(root, "checker", "rules", f"kapi_{c}.c"),
        "test": os.path.join(root, "test", "checker", f"{name}.c"),
        "hdr": os.path.join(root, "checker", "rules", "kapi_rules.h"),
        "reg": os.path.join(root, "checker", "kapi_rules.c"),
        "cmake": os.path.join(root, "checker", "CMakeLists.txt"),
        "rst": os.path.join(root, "checker", "RULES.rst"),
        "man": os.path.join(root, "docs", "man", "kapi-check.rst"),
    }
    for key in ("hdr", "reg", "cmake", "rst", "man"):
        if not os.path.isfile(p[key]):
            fail(f"{p[key]} not found (is --root a kapi-clang tree?)")
    if not os.path.isdir(os.path.dirname(p["test"])):
        fail(f"{os.path.dirname(p['test'])} not found")

    # Refuse a taken name before changing anything.
    for key in ("src", "test"):
        if os.path.exists(p[key]):
            fail(f"{rule} exists: {os.path.relpath(p[key], root)}")
    text = {k: read(p[k]) for k in ("hdr", "reg", "cmake", "rst", "man")}
    taken = {
        "hdr": rf"\bkapi_rule_{c}\b",
        "reg": rf"\bkapi_rule_{c}\b",
        "cmake": rf"\bkapi_{c}\.c\b",
        "rst": rf"(?<![\w-]){re.escape(rule)}(?![\w-])",
        "man": rf"^{re.escape(rule)}$",
    }
    for key, pat in taken.items():
        if re.search(pat, text[key], re.M):
            fail(f"{rule} exists: {os.path.relpath(p[key], root)} names it")

    text["hdr"] = insert_after_last(
        text["hdr"], r"^extern const struct kapi_rule kapi_rule_\w+;",
        f"extern const struct kapi_rule kapi_rule_{c};", "kapi_rules.h")
    text["reg"] = insert_after_last(
        text["reg"], r"^\t&kapi_rule_\w+,", f"\t&kapi_rule_{c},",
        "kapi_rules.c")
    text["cmake"] = insert_after_last(
        text["cmake"], r"^  rules/kapi_\w+\.c$", f"  rules/kapi_{c}.c",
        "checker/CMakeLists.txt")
    text["rst"] = text["rst"].rstrip("\n") + "\n" + RULES_RST.format(
        rule=rule, underline="-" * len(rule))
    summary = args.summary.rstrip(".")
    text["man"] = insert_after_last(
        text["man"], r"^kapi-[a-z0-9-]+\n    .*$",
        f"{rule}\n    {summary}.", "docs/man/kapi-check.rst")

    write(p["src"], RULE_C.format(rule=rule, c=c, summary=args.summary))
    write(p["test"], TEST_C.format(rule=rule, name=name))
    for key in ("hdr", "reg", "cmake", "rst", "man"):
        write(p[key], text[key])

    cf = os.environ.get("CLANG_FORMAT") or shutil.which("clang-format-19")
    if cf:
        subprocess.run([cf, f"--style=file:{os.path.join(root, '.clang-format')}",
                        "-i", p["src"]], check=True)
    else:
        print("new-rule: clang-format-19 not found: run "
              "tools/kapi-format.sh --fix before committing", file=sys.stderr)

    print(f"new-rule: {rule} created:")
    for key in ("src", "test", "hdr", "reg", "cmake", "rst", "man"):
        print(f"  {os.path.relpath(p[key], root)}")
    print("next: write kapi_" + c + "_problem() and the summary, the firing "
          "and silent\ncalls of the test, and the RULES.rst section "
          "(HACKING.rst, \"A rule\").")
    return 0


if __name__ == "__main__":
    sys.exit(main())
