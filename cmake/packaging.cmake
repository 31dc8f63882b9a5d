# CPack: `cpack --config build/CPackConfig.cmake` (or `cd build && cpack`)
# makes a Debian package of what `cmake --install` installs, under /usr:
# /usr/bin/factlint (stripped), /usr/share/factlint/rules/, the README, the
# man page and the bash and zsh completions.
# Its Depends line is computed by dpkg-shlibdeps from the libraries the binary
# links (libre2-9, libicu72, libfmt9, libsqlite3-0, libstdc++6 ... on Debian
# 12), so it always names the runtime packages of the machine it is built on.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME factlint)
set(CPACK_PACKAGE_VENDOR "factlint")
set(CPACK_PACKAGE_CONTACT "factlint maintainers <factlint@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "linter for facts: finds numeric claims in prose that contradict each other")
set(CPACK_PACKAGE_DESCRIPTION
    "factlint reads prose (Chinese news, briefings and reports first, English
next), finds every numeric claim and reports the claims that contradict each
other, within a document and across documents, as compiler-style diagnostics
(text, JSON, SARIF, GitHub annotations).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # factlint_0.2.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)           # needs dpkg-dev and file
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)
