# `cpack -G DEB` (in a build configured with -DCMAKE_INSTALL_PREFIX=/usr and
# without KAPI_SANITIZE) makes kapi-clang_<version>_amd64.deb.
#
# Depends: the packages owning what the binaries link (found with
# `dpkg -S` on each NEEDED library of kapi-check, kapi-db and
# kapi-plugin.so), and clang-19, which loads the plugin.
set(CPACK_PACKAGE_NAME "kapi-clang")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "kapi-clang developers <kapi-clang@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Compiler-enforced Linux kernel API contracts (KAPI)")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "kapi-db keeps KAPI specs in a database, kapi-check checks userspace\n call sites against them, and kapi-plugin.so verifies them in a clang-19\n kernel build.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libgcc-s1, libstdc++6, libclang1-19, libsqlite3-0, libjansson4, clang-19")
# The Debian copyright file (machine-readable format), installed by
# `cmake --install` too: /usr/share/doc/kapi-clang/copyright in the package.
install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/cmake/debian/copyright"
        DESTINATION share/doc/kapi-clang)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
