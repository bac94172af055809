#!/bin/sh
# phonefleetctl's --help lists commands, not options, in a layout help2man would reflow: this
# writes them into a help2man include file as printed, under COMMANDS (packaging/CMakeLists.txt).
# Usage: commands-h2m.sh PHONEFLEETCTL OUT.h2m
set -eu
{
  printf '[=DESCRIPTION]\n'
  printf 'Command line for PhoneFleet, the administration of enterprise SIP desk phone fleets. '
  printf 'Every command has its own \\-\\-help.\n'
  printf '[COMMANDS]\n.nf\n'
  "$1" --help | sed -n '/^Commands available/,/^Options:/p' | sed '$d' | sed -e 's/\\/\\e/g' -e 's/-/\\-/g'
  printf '.fi\n'
} > "$2.tmp"
mv "$2.tmp" "$2"
