# Run at every build (cmake -P): writes OUTPUT, a header defining PHONEFLEET_COMMIT as the
# source tree's commit ("1a2b3c4d5e6f", "-dirty" appended when files differ from it), only when
# that changed, so that nothing recompiles for nothing. Outside a git checkout (a release
# tarball) the commit comes from -DPHONEFLEET_COMMIT=... at configure time, else "unknown".
#   cmake -DSOURCE_DIR=... -DOUTPUT=... [-DFALLBACK=...] -P BuildCommit.cmake
set(commit "")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
                  WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE commit
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
  if(failed)
    set(commit "")
  else()
    execute_process(COMMAND "${GIT_EXECUTABLE}" status --porcelain --untracked-files=no
                    WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE changes
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT changes STREQUAL "")
      string(APPEND commit "-dirty")
    endif()
  endif()
endif()
if(commit STREQUAL "")
  if(FALLBACK)
    set(commit "${FALLBACK}")
  else()
    set(commit "unknown")
  endif()
endif()
string(REGEX REPLACE "[^A-Za-z0-9._-]" "" commit "${commit}")
set(text "// Written by cmake/BuildCommit.cmake at build time.\n#pragma once\n#define PHONEFLEET_COMMIT \"${commit}\"\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
else()
  set(old "")
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
