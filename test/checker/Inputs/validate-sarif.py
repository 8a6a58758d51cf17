#!/usr/bin/env python3
"""Validate SARIF files against the official SARIF 2.1.0 JSON schema.

usage: validate-sarif.py SCHEMA FILE...
Prints each violation as FILE: /json/path: message and exits 1 when there
is any; exits 0 when every file is valid.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.Draft4Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        doc = json.load(open(path))
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
            where = "/" + "/".join(str(p) for p in err.path)
            print(f"{path}: {where}: {err.message}")
            bad += 1
        if not bad:
            print(f"{path}: valid SARIF 2.1.0")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
