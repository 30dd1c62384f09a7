# The files a desktop install needs beyond the game and its data, and CPack's Debian package
# (scripts/build-deb.sh turns MINGLE_PACKAGE on). Everything here is made at build time by our
# own code: the icons by mingle_icon, the man page by help2man from `mingle --help`.
set(pkg_src "${PROJECT_SOURCE_DIR}/packaging")
set(pkg_out "${PROJECT_BINARY_DIR}/packaging")
find_program(MINGLE_HELP2MAN help2man REQUIRED)

add_custom_command(
  OUTPUT "${pkg_out}/icons/256x256/apps/mingle.png"
  COMMAND mingle_icon "${pkg_out}/icons"
  DEPENDS mingle_icon
  COMMENT "Drawing the icon at the hicolor theme's sizes")
add_custom_command(
  OUTPUT "${pkg_out}/mingle.6.gz"
  COMMAND "${MINGLE_HELP2MAN}" --no-info --section=6 --include "${pkg_src}/man.h2m"
          --name "practise working a conference room" --output "${pkg_out}/mingle.6" "$<TARGET_FILE:mingle>"
  COMMAND gzip -9nf "${pkg_out}/mingle.6"
  DEPENDS mingle "${pkg_src}/man.h2m"
  COMMENT "Writing the man page from mingle --help")
configure_file("${pkg_src}/org.mingle.Mingle.metainfo.xml" "${pkg_out}/org.mingle.Mingle.metainfo.xml" @ONLY)
add_custom_target(mingle_package_files ALL
  DEPENDS "${pkg_out}/icons/256x256/apps/mingle.png" "${pkg_out}/mingle.6.gz")

install(FILES "${pkg_src}/mingle.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${pkg_out}/org.mingle.Mingle.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(DIRECTORY "${pkg_out}/icons/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
install(FILES "${pkg_out}/mingle.6.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man6")
install(FILES README.md docs/playing-in-a-terminal.md docs/authoring.md docs/workshops.md
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mingle)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Mingle maintainers <mingle@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "game for practising working a conference room")
set(CPACK_PACKAGE_DESCRIPTION
    "Mingle is a game for people who are new to working at a professional association:\n"
    "walk a conference room, read name badges, talk to the people there and find the\n"
    "one who holds what you came for. A debrief after each event shows what went well\n"
    "and what to try next time. It plays in a window or in a terminal, and comes with\n"
    "tools for facilitators who write their own scenarios in YAML.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # mingle_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)            # Depends from dpkg-shlibdeps
# Read at run time, not linked: the UI font and Mesa's OpenGL drivers (a software renderer is
# enough for the window).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libgl1-mesa-dri")
include(CPack)
