# PHONEFLEET_PYTHON: a Python 3 that has PyYAML and Python-Markdown, for the API reference
# (scripts/api-reference) and the documentation tests. The system's own comes first: on Debian
# setup-deps installs python3-yaml and python3-markdown for /usr/bin/python3, which a pyenv or
# virtualenv python3 earlier on PATH would not see. PHONEFLEET_PYTHON_FOUND is OFF without one.
if(NOT PHONEFLEET_PYTHON)
  find_program(PHONEFLEET_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
  if(NOT PHONEFLEET_PYTHON)
    find_package(Python3 COMPONENTS Interpreter)
    if(Python3_FOUND)
      set(PHONEFLEET_PYTHON ${Python3_EXECUTABLE} CACHE FILEPATH "Python 3 with yaml and markdown" FORCE)
    endif()
  endif()
endif()
set(PHONEFLEET_PYTHON_FOUND OFF)
if(PHONEFLEET_PYTHON)
  execute_process(COMMAND ${PHONEFLEET_PYTHON} -c "import yaml, markdown" RESULT_VARIABLE python_modules
                  OUTPUT_QUIET ERROR_QUIET)
  if(python_modules EQUAL 0)
    set(PHONEFLEET_PYTHON_FOUND ON)
  endif()
endif()
