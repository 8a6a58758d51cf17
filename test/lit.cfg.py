# lit configuration for kapi-clang.  Loaded through the generated
# lit.site.cfg.py, which sets the paths of this build.
import os

import lit.formats

if not hasattr(config, "kapi_obj_root"):
    lit_config.fatal("run the suite through `cmake --build BUILD --target check`"
                     " (lit needs the build's lit.site.cfg.py)")

config.name = "kapi-clang"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test", ".json"]
config.excludes = ["Inputs", "fuzz", "bench", "CMakeLists.txt", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.kapi_obj_root, "test")

# Our binaries first, then FileCheck / not / count / split-file.
path = os.pathsep.join([config.kapi_bin_dir, config.llvm_tools_dir,
                        config.environment.get("PATH", os.environ["PATH"])])
config.environment["PATH"] = path
for var in ("HOME", "TMPDIR", "KAPI_BENCH"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# Never let a developer's own database leak into the tests.
config.environment.pop("KAPI_DB", None)
# Sanitizer findings must fail the test, and leaks count.
config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

config.substitutions.append(("%kapi-db", os.path.join(config.kapi_bin_dir, "kapi-db")))
config.substitutions.append(("%kapi-check", os.path.join(config.kapi_bin_dir, "kapi-check")))
config.substitutions.append(("%kapi-unit", os.path.join(config.kapi_bin_dir, "kapi-unit")))
config.substitutions.append(("%kapi-plugin", config.kapi_plugin))
config.substitutions.append(("%clang-format", config.kapi_clang_format))
config.substitutions.append(("%clang", config.kapi_clang))
config.substitutions.append(("%src_root", config.kapi_src_root))
config.substitutions.append(("%libclang_include", config.kapi_libclang_include))
config.substitutions.append(("%man_dir", os.path.join(config.kapi_obj_root, "share", "man")))

if config.kapi_fuzz:
    config.available_features.add("fuzz")
if config.kapi_sanitize:
    config.available_features.add("sanitizers")

# The official SARIF 2.1.0 schema (setup.sh fetches it once from the npm
# registry) and Debian's python3-jsonschema: test/checker/sarif-schema.test.
import hashlib
import subprocess

kapi_sarif_schema = os.environ.get(
    "KAPI_SARIF_SCHEMA",
    os.path.join(os.environ.get("XDG_CACHE_HOME") or
                 os.path.join(os.path.expanduser("~"), ".cache"),
                 "kapi-clang", "sarif", "sarif-2.1.0-rtm.5.json"))
kapi_sarif_sha256 = \
    "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8"
if (os.path.isfile(kapi_sarif_schema) and
        hashlib.sha256(open(kapi_sarif_schema, "rb").read()).hexdigest() ==
        kapi_sarif_sha256 and
        subprocess.run(["/usr/bin/python3", "-c", "import jsonschema"],
                       stderr=subprocess.DEVNULL).returncode == 0):
    config.available_features.add("sarif-schema")
    config.substitutions.append(
        ("%validate-sarif", "/usr/bin/python3 %s %s" % (
            os.path.join(config.kapi_src_root, "test", "checker", "Inputs",
                         "validate-sarif.py"), kapi_sarif_schema)))
