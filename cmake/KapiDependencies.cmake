# Find Debian's LLVM/Clang 19 and SQLite; name the Debian package to install
# when something is missing, because that is what a newcomer needs to know.

set(KAPI_LLVM_PREFIX "/usr/lib/llvm-19" CACHE PATH "LLVM 19 installation")

# No version in find_package: LLVM's version file only accepts an exact
# major.minor, and any 19.x will do.
find_package(LLVM CONFIG QUIET
  HINTS "${KAPI_LLVM_PREFIX}/lib/cmake/llvm" NO_DEFAULT_PATH)
if(NOT LLVM_FOUND OR NOT LLVM_VERSION_MAJOR EQUAL 19)
  message(FATAL_ERROR
    "LLVM 19 not found under ${KAPI_LLVM_PREFIX}. "
    "Install Debian's llvm-19-dev (run ./setup.sh).")
endif()
find_package(Clang CONFIG QUIET
  HINTS "${KAPI_LLVM_PREFIX}/lib/cmake/clang" NO_DEFAULT_PATH)
if(NOT Clang_FOUND)
  message(FATAL_ERROR
    "Clang 19 CMake files not found under ${KAPI_LLVM_PREFIX}. "
    "Install Debian's libclang-19-dev and libclang-cpp19-dev (run ./setup.sh).")
endif()
message(STATUS "kapi: LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_TOOLS_BINARY_DIR}")

find_program(KAPI_CLANG_EXE clang-19 HINTS "${LLVM_TOOLS_BINARY_DIR}")
if(NOT KAPI_CLANG_EXE)
  message(FATAL_ERROR "clang-19 not found. Install Debian's clang-19.")
endif()

set(KAPI_LIT "${KAPI_LLVM_PREFIX}/build/utils/lit/lit.py")
find_program(KAPI_FILECHECK FileCheck HINTS "${LLVM_TOOLS_BINARY_DIR}"
  NO_DEFAULT_PATH)
if(NOT EXISTS "${KAPI_LIT}" OR NOT KAPI_FILECHECK)
  message(FATAL_ERROR
    "lit or FileCheck not found. Install Debian's llvm-19-tools.")
endif()

# The format check of `check` (tools/kapi-format.sh) needs clang-format 19;
# without it that one test fails and says what to install.
find_program(KAPI_CLANG_FORMAT clang-format-19)
if(NOT KAPI_CLANG_FORMAT)
  message(WARNING "clang-format-19 not found: the format test of `check` "
    "will fail. Install Debian's clang-format-19 (run ./setup.sh).")
  set(KAPI_CLANG_FORMAT clang-format-19)
endif()

find_package(Python3 COMPONENTS Interpreter REQUIRED)

find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
  message(FATAL_ERROR "SQLite 3 not found. Install Debian's libsqlite3-dev.")
endif()

find_path(KAPI_JANSSON_INCLUDE jansson.h)
find_library(KAPI_JANSSON_LIB jansson)
if(NOT KAPI_JANSSON_INCLUDE OR NOT KAPI_JANSSON_LIB)
  message(FATAL_ERROR "jansson not found. Install Debian's libjansson-dev.")
endif()
add_library(kapi_jansson INTERFACE)
target_include_directories(kapi_jansson INTERFACE "${KAPI_JANSSON_INCLUDE}")
target_link_libraries(kapi_jansson INTERFACE "${KAPI_JANSSON_LIB}")
