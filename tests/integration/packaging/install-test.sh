#!/usr/bin/env bash
# The packages' install test (scripts/package --test; scripts/test runs it in CI): installs the
# .deb packages of PACKAGE_DIR on this machine, runs every ```sh block of docs/operations.md
# against the installed server in order (first start, TLS, backup and restore, SQLite to
# PostgreSQL, upgrade, removal and purge), and checks that purging leaves nothing behind.
# Root on Debian/Ubuntu only. The .rpm and .tar.gz are checked for their contents.
#
# CI machines run no systemd and have no sudo: the prelude (tests/integration/packaging/prelude.sh) plays
# systemctl, journalctl and sudo -u, running the installed unit's own ExecStart as its User
# with its capability. The machine's PostgreSQL cluster is started for the PostgreSQL steps
# and the database and role the guide creates are dropped at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PACKAGES=$(cd "${1:?usage: install-test.sh PACKAGE_DIR}" && pwd)
VERSION=$(sed -n 's/^project(PhoneFleet VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")
ARCH=$(dpkg --print-architecture)

fail() { echo "install-test: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "must run as root (it installs the packages)"
command -v apt-get >/dev/null || fail "needs apt-get (Debian or Ubuntu)"
# In CI, what an earlier run killed half-way left behind (its cleanup never ran) goes first; a
# developer's machine is never cleaned behind their back: the checks below refuse instead.
if [ -n "${CI:-}" ]; then
  pkill -x phonefleetd 2>/dev/null || true
  for p in phonefleet phonefleetd phonefleetctl; do
    if dpkg -s "$p" >/dev/null 2>&1 || dpkg -l "$p" 2>/dev/null | grep -q "^rc"; then
      apt-get purge -y -q "$p" >/dev/null
    fi
  done
  rm -rf /var/lib/phonefleet /etc/phonefleet /var/backups/phonefleet
  if getent passwd phonefleet >/dev/null; then deluser --system --quiet phonefleet >/dev/null 2>&1 || true; fi
fi
for p in phonefleet phonefleetd phonefleetctl; do
  [ -f "$PACKAGES/${p}_${VERSION}_${ARCH}.deb" ] || fail "no ${p}_${VERSION}_${ARCH}.deb in $PACKAGES"
  if dpkg -s "$p" >/dev/null 2>&1; then fail "$p is installed already; remove it first"; fi
done
for port in 80 443; do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then fail "port $port is taken; the installed service listens there"; fi
done
[ ! -e /var/lib/phonefleet ] && [ ! -e /etc/phonefleet ] || fail "/var/lib/phonefleet or /etc/phonefleet exists already"

echo "== the packages' metadata"
for p in phonefleet phonefleetd phonefleetctl; do
  dpkg-deb --field "$PACKAGES/${p}_${VERSION}_${ARCH}.deb" Package Version Depends
done
# dpkg-shlibdeps found the libraries: Qt's Core at least.
server_depends=$(dpkg-deb --field "$PACKAGES/phonefleetd_${VERSION}_${ARCH}.deb" Depends)
console_depends=$(dpkg-deb --field "$PACKAGES/phonefleet_${VERSION}_${ARCH}.deb" Depends)
grep -q "libqt6core6" <<< "$server_depends" || fail "phonefleetd's Depends lacks libqt6core6 (dpkg-shlibdeps did not run?)"
grep -q "libqt6widgets6" <<< "$console_depends" || fail "phonefleet's Depends lacks libqt6widgets6"
if grep -q "libqt6widgets6" <<< "$server_depends"; then fail "phonefleetd depends on Qt Widgets"; fi
# Listings first, then grep: grep -q leaving a pipe early would fail the pipeline (pipefail).
rpm_files=$(rpm -qpl "$PACKAGES"/phonefleetd-"${VERSION}"-*.rpm)
rpm_config=$(rpm -qpc "$PACKAGES"/phonefleetd-"${VERSION}"-*.rpm)
rpm_requires=$(rpm -qp --requires "$PACKAGES"/phonefleet-"${VERSION}"-*.rpm)
grep -qx /usr/bin/phonefleetd <<< "$rpm_files" || fail "the rpm has no /usr/bin/phonefleetd"
grep -qx /etc/phonefleet/phonefleetd.conf <<< "$rpm_config" \
  || fail "the rpm does not mark /etc/phonefleet/phonefleetd.conf as configuration"
grep -q "libQt6Widgets" <<< "$rpm_requires" || fail "the rpm's requires lack Qt Widgets"
tarball=$(ls "$PACKAGES"/phonefleet-"${VERSION}"-*.tar.gz)
tar_files=$(tar -tzf "$tarball")
grep -qx "phonefleet-${VERSION}-Linux/bin/phonefleetd" <<< "$tar_files" \
  || fail "the .tar.gz has no phonefleet-${VERSION}-Linux/bin/phonefleetd"
if grep -q "etc/phonefleet" <<< "$tar_files"; then fail "the relocatable .tar.gz holds /etc files"; fi

STATE=$(mktemp -d)
trap 'rm -rf "$STATE"' EXIT
export PHONEFLEET_TEST_STATE="$STATE"
# Readable by the accounts the guide runs commands as (postgres, phonefleet), like a home folder.
chmod 0755 "$STATE"

echo "== the console's desktop integration and the man pages"
unpacked="$STATE/unpacked"
for p in phonefleet phonefleetd phonefleetctl; do dpkg-deb -x "$PACKAGES/${p}_${VERSION}_${ARCH}.deb" "$unpacked"; done
desktop-file-validate "$unpacked/usr/share/applications/org.phonefleet.PhoneFleet.desktop"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/org.phonefleet.PhoneFleet.metainfo.xml"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  ls "$unpacked/usr/share/icons/hicolor/$size/apps/org.phonefleet.PhoneFleet".* >/dev/null \
    || fail "no $size icon"
done
for program in phonefleet phonefleetd phonefleetctl phonefleet-sim; do
  page="$unpacked/usr/share/man/man1/$program.1"
  [ -f "$page" ] || [ -f "$page.gz" ] || fail "no man page for $program"
done
# Every program in the packages runs from them (no library of the build tree is needed).
for program in phonefleet phonefleetd phonefleetctl phonefleet-sim; do
  "$unpacked/usr/bin/$program" --version > /dev/null || fail "$program --version failed"
done
rm -rf "$unpacked"
cp "$ROOT/tests/data/samples/00908F1A2B01.cfg" "$STATE/"

echo "== docs/operations.md, every command"
python3 "$ROOT/tests/integration/docs/run-doc-blocks.py" "$ROOT/docs/operations.md" \
  --prelude "$ROOT/tests/integration/packaging/prelude.sh" --min-blocks 18 \
  --set "./phonefleetd_${VERSION}_amd64.deb=$PACKAGES/phonefleetd_${VERSION}_${ARCH}.deb" \
  --set "./phonefleetctl_${VERSION}_amd64.deb=$PACKAGES/phonefleetctl_${VERSION}_${ARCH}.deb" \
  --set "./phonefleet_${VERSION}_amd64.deb=$PACKAGES/phonefleet_${VERSION}_${ARCH}.deb" \
  --set "./phonefleet-${VERSION}-Linux.tar.gz=$tarball" \
  --set "phonefleet.example.com:443=127.0.0.1:443" \
  --set "phonefleet.example.com:80=127.0.0.1:80" \
  --set "~/00908F1A2B01.cfg=$STATE/00908F1A2B01.cfg"

echo "== nothing left behind"
for p in phonefleet phonefleetd phonefleetctl; do
  if dpkg -s "$p" >/dev/null 2>&1; then fail "$p is still installed"; fi
done
for path in /usr/bin/phonefleet /usr/bin/phonefleetd /usr/bin/phonefleetctl /usr/bin/phonefleet-sim \
            /var/lib/phonefleet /etc/phonefleet /usr/share/doc/phonefleet /usr/share/doc/phonefleetd \
            /usr/lib/systemd/system/phonefleetd.service /lib/systemd/system/phonefleetd.service \
            /usr/share/applications/org.phonefleet.PhoneFleet.desktop; do
  [ ! -e "$path" ] || fail "$path is left after purge"
done
if getent passwd phonefleet >/dev/null; then fail "the user phonefleet is left after purge"; fi
left=$(find /usr/share/icons /usr/share/man /usr/share/metainfo -iname '*phonefleet*')
[ -z "$left" ] || fail "icons, man pages or metainfo left after purge: $left"
echo "install-test: the packages install, serve, upgrade and purge cleanly"
