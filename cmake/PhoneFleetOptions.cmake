# One INTERFACE target carries the project's compile rules; every PhoneFleet target links it.
add_library(phonefleet_options INTERFACE)
add_library(PhoneFleet::options ALIAS phonefleet_options)

target_compile_features(phonefleet_options INTERFACE cxx_std_17)

# One rule for all code: Qt's keyword macros are off (Q_SIGNALS/Q_SLOTS/Q_EMIT instead),
# so headers of other libraries that use "signals"/"slots"/"emit" as identifiers work.
target_compile_definitions(phonefleet_options INTERFACE
  QT_NO_KEYWORDS
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  PHONEFLEET_VERSION="${PROJECT_VERSION}")

if(PHONEFLEET_PORTABLE)
  target_compile_definitions(phonefleet_options INTERFACE PHONEFLEET_PORTABLE)
endif()

if(MSVC)
  target_compile_options(phonefleet_options INTERFACE /W4 /permissive- /utf-8)
  if(PHONEFLEET_WERROR)
    target_compile_options(phonefleet_options INTERFACE /WX)
  endif()
else()
  target_compile_options(phonefleet_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt Test's QSKIP and QTEST_*_MAIN expand to a variadic macro called without arguments.
    target_compile_options(phonefleet_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
  endif()
  if(PHONEFLEET_WERROR)
    target_compile_options(phonefleet_options INTERFACE -Werror)
  endif()
  if(PHONEFLEET_SANITIZE)
    target_compile_options(phonefleet_options INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(phonefleet_options INTERFACE -fsanitize=address,undefined)
  endif()
  # Hardening (docs/security.md): stack protector, stack clash protection, control-flow
  # protection on x86, full RELRO, a non-executable stack and position-independent executables
  # in every build; _FORTIFY_SOURCE where the code is optimised (it needs -O). Qt is built with
  # -reduce-relocations, so code is -fPIC (Qt's targets add it) and executables link with -pie.
  # Not with the sanitizers, which do their own checks and dislike fortified calls.
  if(NOT PHONEFLEET_SANITIZE AND NOT PHONEFLEET_FUZZ)
    target_compile_options(phonefleet_options INTERFACE -fstack-protector-strong)
    if(NOT APPLE)
      target_compile_options(phonefleet_options INTERFACE -fstack-clash-protection)
    endif()
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
      target_compile_options(phonefleet_options INTERFACE -fcf-protection)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12)
      set(fortify 3)
    else()
      set(fortify 2)
    endif()
    target_compile_options(phonefleet_options INTERFACE
      $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=${fortify}>)
    if(NOT APPLE)
      target_link_options(phonefleet_options INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack
        $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-pie>)
    endif()
  endif()
  if(PHONEFLEET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "PHONEFLEET_FUZZ needs clang (CC=clang CXX=clang++; scripts/fuzz does this)")
    endif()
    # Coverage feedback for libFuzzer from all the code the targets reach, not only their own.
    target_compile_options(phonefleet_options INTERFACE -fsanitize=fuzzer-no-link)
  endif()
endif()
