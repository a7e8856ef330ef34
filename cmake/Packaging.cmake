# Installation and the Debian package (`cpack -G DEB` in the build directory):
# both programs, the desktop entry, the icon and the AppStream metainfo.
# Translations are embedded in the programs; Qt's own come from Qt's package.
include(GNUInstallDirs)

set(PERCORSI_APP_ID org.percorsi.Percorsi)
install(TARGETS percorsi percorsi-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${PERCORSI_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${PERCORSI_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/percorsi.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${PERCORSI_APP_ID}.svg)

set(CPACK_PACKAGE_NAME percorsi)
set(CPACK_PACKAGE_VENDOR "Percorsi")
set(CPACK_PACKAGE_CONTACT "Percorsi maintainers <maintainers@percorsi.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Case management for integration programmes")
set(CPACK_PACKAGE_INSTALL_DIRECTORY percorsi)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SVG icons and the
# windowing system. Qt's translations of its own dialogs are welcome, not needed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-core")
include(CPack)
