# CPack: what scripts/package makes of an install. Linux: a .deb and an .rpm per install
# component group (phonefleet, phonefleetd, phonefleetctl) and one relocatable .tar.gz;
# Windows: an NSIS installer; macOS: a disk image with the app bundle (DragNDrop).
set(CPACK_PACKAGE_NAME phonefleet)
set(CPACK_PACKAGE_VENDOR "The PhoneFleet developers")
set(CPACK_PACKAGE_CONTACT "PhoneFleet developers <dev@phonefleet.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://phonefleet.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Administration of enterprise SIP desk phone fleets")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY PhoneFleet)
set(CPACK_PACKAGE_EXECUTABLES phonefleet PhoneFleet)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/cpack-per-generator.cmake)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB RPM TGZ)
endif()

# Components and the packages they make.
set(CPACK_COMPONENTS_ALL console server server-system tools)
include(CPackComponent)
cpack_add_component_group(phonefleet DISPLAY_NAME "PhoneFleet console" DESCRIPTION
  "The desktop console: devices, users, regions, templates, alarms, bulk actions, the template editor.")
cpack_add_component_group(phonefleetd DISPLAY_NAME "PhoneFleet server" DESCRIPTION
  "phonefleetd, the provisioning and management server phones and consoles talk to.")
cpack_add_component_group(phonefleetctl DISPLAY_NAME "PhoneFleet command line" DESCRIPTION
  "phonefleetctl, the command line for the console's jobs, and phonefleet-sim, a simulated fleet.")
cpack_add_component(console DISPLAY_NAME "Console" GROUP phonefleet)
cpack_add_component(server DISPLAY_NAME "Server" GROUP phonefleetd)
cpack_add_component(server-system DISPLAY_NAME "Server service" GROUP phonefleetd)
cpack_add_component(tools DISPLAY_NAME "Command line" GROUP phonefleetctl)
set(CPACK_COMPONENTS_GROUPING ONE_PER_GROUP)

# Debian 12.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PHONEFLEET_PACKAGE_NAME phonefleet)
set(CPACK_DEBIAN_PHONEFLEETD_PACKAGE_NAME phonefleetd)
set(CPACK_DEBIAN_PHONEFLEETCTL_PACKAGE_NAME phonefleetctl)
# Beside the libraries dpkg-shlibdeps finds: Qt's plugins, loaded at run time (the X11 one is in
# libqt6gui6; Wayland's and the keychain daemons are recommended).
set(CPACK_DEBIAN_PHONEFLEET_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PHONEFLEET_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, phonefleetctl, gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_PHONEFLEET_DESCRIPTION "PhoneFleet console for SIP desk phone fleets
 The desktop console of PhoneFleet: tables of devices, users, regions, templates and
 alarms with bulk actions on the selected phones, a template editor with a live
 placeholder preview that also works offline, and a server of its own for a small site.")
set(CPACK_DEBIAN_PHONEFLEETD_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PHONEFLEETD_PACKAGE_RECOMMENDS "phonefleetctl, libqt6sql6-psql, sqlite3")
set(CPACK_DEBIAN_PHONEFLEETD_PACKAGE_SUGGESTS "postgresql, nginx")
set(CPACK_DEBIAN_PHONEFLEETD_DESCRIPTION "PhoneFleet provisioning and management server
 phonefleetd serves SIP desk phones their configuration and firmware files over HTTP and
 HTTPS, records their status reports and alarms, and answers the PhoneFleet console and
 phonefleetctl over its admin API. SQLite or PostgreSQL; several nodes on one PostgreSQL.")
set(CPACK_DEBIAN_PHONEFLEETD_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/postinst ${PROJECT_SOURCE_DIR}/packaging/debian/prerm
    ${PROJECT_SOURCE_DIR}/packaging/debian/postrm ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles)
set(CPACK_DEBIAN_PHONEFLEETCTL_DESCRIPTION "PhoneFleet command line and simulated fleet
 phonefleetctl does the console's jobs from a shell: sessions, devices, users, templates,
 bulk actions, cfg checks, DHCP option 160 values. phonefleet-sim simulates a fleet of
 phones against a PhoneFleet server.")

# Fedora.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
set(CPACK_RPM_PHONEFLEET_PACKAGE_NAME phonefleet)
set(CPACK_RPM_PHONEFLEETD_PACKAGE_NAME phonefleetd)
set(CPACK_RPM_PHONEFLEETCTL_PACKAGE_NAME phonefleetctl)
set(CPACK_RPM_PHONEFLEETD_PACKAGE_REQUIRES "shadow-utils")
set(CPACK_RPM_PHONEFLEETD_PRE_INSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/rpm/pre.sh)
set(CPACK_RPM_PHONEFLEETD_POST_INSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/rpm/post.sh)
set(CPACK_RPM_PHONEFLEETD_PRE_UNINSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/rpm/preun.sh)
set(CPACK_RPM_PHONEFLEETD_POST_UNINSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/rpm/postun.sh)
set(CPACK_RPM_PHONEFLEETD_USER_FILELIST
    "%dir %attr(0750, root, phonefleet) /etc/phonefleet"
    "%config(noreplace) %attr(0640, root, phonefleet) /etc/phonefleet/phonefleetd.conf")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc /usr/lib/systemd /usr/lib/systemd/system /usr/lib/sysusers.d /usr/lib/tmpfiles.d
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor /usr/share/man
    /usr/share/man/man1)

# Windows (NSIS): a start-menu entry for the console.
set(CPACK_NSIS_DISPLAY_NAME PhoneFleet)
set(CPACK_NSIS_PACKAGE_NAME PhoneFleet)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_BINARY_DIR}/icons/${PHONEFLEET_APP_ID}.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_BINARY_DIR}/icons/${PHONEFLEET_APP_ID}.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\phonefleet.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: the bundle in a disk image with a link to /Applications.
set(CPACK_DMG_VOLUME_NAME PhoneFleet)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
