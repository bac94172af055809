# phonefleet_add_test(NAME <name> SOURCES <files...> LIBS <targets...>
#                     [GUI] [KEYRING] [XVFB <WxHxD>] [LABELS <labels...>] [ARGS <args...>]
#                     [ENVIRONMENT <VAR=value...>] [TIMEOUT <seconds>])
#
# The one way tests are added: builds a Qt Test executable tst_<name>, registers it with CTest
# as <name>, and sets the environment every test runs in. GUI tests get
# QT_QPA_PLATFORM=offscreen. KEYRING tests run in a throwaway HOME with their own D-Bus session
# and keychain (tests/common/with-keyring.sh). XVFB tests run on an X server of their own with a
# screen of that size (tests/common/with-xvfb.sh) instead of offscreen. Data files are found through PHONEFLEET_TEST_DATA.
function(phonefleet_add_test)
  cmake_parse_arguments(T "GUI;KEYRING" "NAME;TIMEOUT;EXECUTABLE;XVFB" "SOURCES;LIBS;LABELS;ARGS;ENVIRONMENT" ${ARGN})
  if(NOT T_NAME)
    message(FATAL_ERROR "phonefleet_add_test: NAME is required")
  endif()
  set(exe ${T_EXECUTABLE})
  if(NOT exe)
    set(exe tst_${T_NAME})
  endif()
  if(NOT TARGET ${exe})
    add_executable(${exe} ${T_SOURCES})
    target_link_libraries(${exe} PRIVATE ${T_LIBS} Qt6::Test PhoneFleet::options)
    target_include_directories(${exe} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  endif()
  if(T_KEYRING AND T_XVFB)
    message(FATAL_ERROR "phonefleet_add_test(${T_NAME}): KEYRING and XVFB do not go together yet")
  endif()
  if(T_KEYRING)
    add_test(NAME ${T_NAME} COMMAND sh ${PROJECT_SOURCE_DIR}/tests/common/with-keyring.sh $<TARGET_FILE:${exe}> ${T_ARGS})
  elseif(T_XVFB)
    add_test(NAME ${T_NAME} COMMAND sh ${PROJECT_SOURCE_DIR}/tests/common/with-xvfb.sh ${T_XVFB} $<TARGET_FILE:${exe}>
                                    ${T_ARGS})
  else()
    add_test(NAME ${T_NAME} COMMAND ${exe} ${T_ARGS})
  endif()
  set(env "PHONEFLEET_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
          "PHONEFLEET_BINARY_DIR=${PROJECT_BINARY_DIR}/bin"
          "PHONEFLEET_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
          "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
          "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  if(T_GUI AND NOT T_XVFB)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(T_GUI)
    # The console keeps an offline copy and unsaved work under its data folder: one per test,
    # never the developer's own.
    list(APPEND env "XDG_DATA_HOME=${PROJECT_BINARY_DIR}/testdata/${T_NAME}")
  endif()
  list(APPEND env ${T_ENVIRONMENT})
  # Windows and macOS CI (.github/workflows/platforms.yml) leave out what needs an X server or
  # a D-Bus keychain of its own.
  if(T_KEYRING)
    list(APPEND T_LABELS keyring)
  endif()
  if(T_XVFB)
    list(APPEND T_LABELS xvfb)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
                                            LABELS "${T_LABELS}")
endfunction()
