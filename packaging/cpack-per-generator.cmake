# Read by CPack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "TGZ")
  # One relocatable archive of the programs, icons, man pages and manual: without the parts
  # that only make sense installed as root (/etc/phonefleet, the systemd unit).
  set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
  set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
  set(CPACK_COMPONENTS_ALL console server tools)
  set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
  set(CPACK_PACKAGE_FILE_NAME "phonefleet-${CPACK_PACKAGE_VERSION}-${CPACK_SYSTEM_NAME}")
elseif(CPACK_GENERATOR STREQUAL "NSIS" OR CPACK_GENERATOR STREQUAL "DragNDrop")
  # One installer, one disk image, staged as one install: the deploy script (windeployqt,
  # macdeployqt) must find the four programs together.
  set(CPACK_MONOLITHIC_INSTALL ON)
endif()
