"""Write the .pre-commit-config.yaml of the test project.

usage: config.py HOOKS_REPO REV_FILE DB BUILD_DIR
"""
import sys

repo, rev_file, db, build = sys.argv[1:5]
rev = open(rev_file).read().strip()
print(f"""repos:
  - repo: {repo}
    rev: {rev}
    hooks:
      - id: kapi-check
        args: [--db, {db}, -p, {build}]
      - id: kapi-spec-lint
""")
