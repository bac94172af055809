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

if(MSVC)
  target_compile_options(phonefleet_options INTERFACE /W4 /permissive- /utf-8)
  if(PHONEFLEET_WERROR)
    target_compile_options(phonefleet_options INTERFACE /WX)
  endif()
else()
  target_compile_options(phonefleet_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
  if(PHONEFLEET_WERROR)
    target_compile_options(phonefleet_options INTERFACE -Werror)
  endif()
  if(PHONEFLEET_SANITIZE)
    target_compile_options(phonefleet_options INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(phonefleet_options INTERFACE -fsanitize=address,undefined)
  endif()
endif()
