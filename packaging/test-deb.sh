#!/usr/bin/env bash
# packaging_deb: builds the .deb from a built tree, installs it and runs what it installed.
#
#   packaging/test-deb.sh BUILD_DIR
#
# As root with CI=true the package is installed into the system with dpkg -i (and removed again
# afterwards unless it was installed before); otherwise it is unpacked with dpkg-deb -x into a
# temporary root and run from there. Either way: the programs answer --version with the project
# version, the desktop client renders the demo offscreen, the desktop file, the AppStream
# metadata and the icons (every hicolor size) are where the install rules put them and validate, the German
# catalogue is in the binary and Qt's own is installed, and every Depends is installed.
# lintian runs when present: its errors fail the test, its warnings are listed.
set -euo pipefail

build=${1:?usage: test-deb.sh BUILD_DIR}
build=$(cd "$build" && pwd)
cpack=${CPACK:-cpack}
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
note() { echo "test-deb: $*"; }

version=$(sed -n 's/^CPACK_PACKAGE_VERSION:*[A-Z]*=//p' "$build/CMakeCache.txt" | head -1)
if [ -z "$version" ]; then
  version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt" | head -1)
fi
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

tmp=$(mktemp -d)
installed_here=false
cleanup() {
  if $installed_here; then
    note "removing the package again (dpkg -r vigilo)"
    dpkg -r vigilo >/dev/null || echo "test-deb: warning: dpkg -r vigilo failed" >&2
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
       XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -m 700 "$tmp/runtime"

# 1. The package.
note "cpack -G DEB (version $version)"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" > "$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$tmp"/pkg/vigilo_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$tmp/cpack.log" >&2; fail "cpack made no vigilo_*.deb"; }
note "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] ||
  fail "package version $(dpkg-deb -f "$deb" Version) is not the project version $version"

# 2. Its dependencies: every one (first alternative that is installed) must be on this system,
# or dpkg -i would leave the package unconfigured. .ci/deps installs them all.
depends=$(dpkg-deb -f "$deb" Depends)
note "Depends: $depends"
for want in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n \
            libqt6keychain1 libqt6widgets6 libqt6sql6; do
  grep -qE "(^|[ ,|])$want([ ,(|]|$)" <<< "$depends" || fail "Depends lacks $want"
done
missing=()
IFS=',' read -r -a groups <<< "$depends"
for group in "${groups[@]}"; do
  ok=false
  IFS='|' read -r -a alternatives <<< "$group"
  for alt in "${alternatives[@]}"; do
    name=$(sed -E 's/^ *//; s/[ (].*//' <<< "$alt")
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
      ok=true; break
    fi
    # A virtual package (qt6-websockets-abi = 6.4.2): an installed package provides it.
    # (Read whole first: grep -q ending the pipe early would fail it under pipefail.)
    provided=$(dpkg-query -W -f='${Status} ${Provides}\n' 2>/dev/null | grep '^install ok installed' || true)
    if grep -qE "(^| |,)$name( |,|\(|$)" <<< "$provided"; then
      ok=true; break
    fi
  done
  $ok || missing+=("$group")
done
[ ${#missing[@]} -eq 0 ] || fail "dependencies not installed here: ${missing[*]} (run .ci/deps)"

# 3. Install it.
if [ "$(id -u)" -eq 0 ] && [ "${CI:-}" = "true" ]; then
  if ! dpkg-query -W -f='${Status}' vigilo 2>/dev/null | grep -q 'install ok installed'; then
    installed_here=true
  fi
  note "dpkg -i (CI, root: into the system)"
  dpkg -i "$deb" > "$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i failed"; }
  root=""
else
  note "dpkg-deb -x into a temporary root (not root with CI=true)"
  dpkg-deb -x "$deb" "$tmp/root"
  root="$tmp/root"
fi
bindir="$root/usr/bin"
share="$root/usr/share"

# 4. What the install rules put where.
for f in "$bindir/vigilo" "$bindir/vigilo-cli" "$share/applications/vigilo.desktop" \
         "$share/metainfo/io.vigilo.Vigilo.metainfo.xml" \
         "$share/icons/hicolor/scalable/apps/vigilo.svg" \
         "$share/doc/vigilo/copyright" "$share/doc/vigilo/changelog.gz" \
         "$share/doc/vigilo/CHANGELOG.md"; do
  [ -s "$f" ] || fail "not installed: $f"
done
# Every hicolor size, each a PNG of its size (high-DPI desktops pick the one they need).
for size in 16 22 24 32 48 64 128 256 512; do
  icon="$share/icons/hicolor/${size}x${size}/apps/vigilo.png"
  [ -s "$icon" ] || fail "not installed: $icon"
  file -b "$icon" | grep -q "^PNG image data, $size x $size" ||
    fail "the ${size}x${size} icon is not a $size x $size PNG: $(file -b "$icon")"
done
gzip -t "$share/doc/vigilo/changelog.gz" || fail "changelog.gz is not gzip"
# The German catalogue is compiled into the programs (:/i18n); Qt's own comes from
# qt6-translations-l10n, a dependency.
grep -q 'Änderungsmanagement' <(LC_ALL=C.UTF-8 LANGUAGE=de LANG=de_DE.UTF-8 "$bindir/vigilo-cli" --help 2>&1) ||
  fail "the installed vigilo-cli does not speak German with LANG=de_DE.UTF-8"
qtbase_de=$(ls /usr/share/qt6/translations/qtbase_de.qm 2>/dev/null || true)
[ -n "$qtbase_de" ] || fail "Qt's German catalogue (qt6-translations-l10n) is missing"

# 5. The installed programs run.
out=$("$bindir/vigilo-cli" --version) || fail "vigilo-cli --version failed"
[ "$out" = "vigilo-cli $version" ] || fail "vigilo-cli --version printed '$out', not 'vigilo-cli $version'"
note "$out"
out=$(QT_QPA_PLATFORM=offscreen "$bindir/vigilo" --version) || fail "vigilo --version failed"
[ "$out" = "vigilo $version" ] || fail "vigilo --version printed '$out', not 'vigilo $version'"
note "$out"
QT_QPA_PLATFORM=offscreen "$bindir/vigilo" --demo --db "$tmp/demo.sqlite" --as tester \
  --screenshot "$tmp/demo.png" || fail "the installed vigilo did not render the demo"
file -b "$tmp/demo.png" | grep -q '^PNG image data' || fail "the screenshot is not a PNG"
note "vigilo --demo --screenshot: $(file -b "$tmp/demo.png")"
VIGILO_DB="$tmp/demo.sqlite" VIGILO_USER=tester "$bindir/vigilo-cli" workspace list > /dev/null ||
  fail "the installed vigilo-cli cannot read the demo database"
# The helpers in libexec, found from the installed vigilo-cli: an evidence pack (vigilo-cli-pack,
# QtGui) and a webhook delivery run (vigilo-cli-net, QtNetwork) against a closed local port.
# Packs are signed: tester's key (in a temporary data folder) is created and trusted first.
cli() { VIGILO_DB="$tmp/demo.sqlite" VIGILO_WORKSPACE=demo VIGILO_USER=tester XDG_DATA_HOME="$tmp/data" \
  VIGILO_KEY_PASSPHRASE=test-deb-passphrase "$bindir/vigilo-cli" "$@"; }
cli key create > /dev/null || fail "the installed vigilo-cli cannot create a signing key"
cli workspace trust add "$tmp/data/vigilo/keys/tester.crt" > /dev/null ||
  fail "the installed vigilo-cli cannot trust a certificate"
cli export-pack CHG-00001 --out "$tmp/pack.pdf" > /dev/null || fail "the installed vigilo-cli cannot export a pack"
file -b "$tmp/pack.pdf" | grep -q '^PDF document' || fail "the exported pack is not a PDF"
cli verify-pack "$tmp/pack.pdf" > /dev/null || fail "the installed vigilo-cli cannot verify its pack"
cli audit verify > /dev/null || fail "the installed vigilo-cli cannot verify the audit trail and its anchors"
cli webhook allow-host 127.0.0.1 > /dev/null || fail "the installed vigilo-cli cannot allow a webhook host"
cli webhook add ci --url http://127.0.0.1:9/hook --secret test-deb-0123456789abcdef > /dev/null ||
  fail "the installed vigilo-cli cannot add a webhook"
cli webhook deliver > /dev/null || fail "the installed vigilo-cli-net did not run"
note "helpers: evidence pack $(file -b "$tmp/pack.pdf" | cut -d, -f1), webhook deliver ran"

# The team server: the program, its hardened unit, its commented settings (a conffile that only
# root and the vigilo group read), its manual page and the protocol document.
unit=""
for candidate in "$root"/usr/lib/systemd/system/vigilo-server.service \
                 "$root"/lib/systemd/system/vigilo-server.service; do
  [ -f "$candidate" ] && { unit=$candidate; break; }
done
conf="$root/etc/vigilo/vigilo-server.conf"
for f in "$bindir/vigilo-server" "$unit" "$conf" "$share/man/man1/vigilo-server.1.gz" \
         "$share/doc/vigilo/protocol.md"; do
  [ -s "$f" ] || fail "not installed: $f"
done
grep -qx '/etc/vigilo/vigilo-server.conf' <(dpkg-deb -I "$deb" conffiles) ||
  fail "vigilo-server.conf is not a conffile"
for setting in 'User=vigilo' 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'ProtectHome=yes' \
               'PrivateTmp=yes' 'CapabilityBoundingSet=' 'SystemCallFilter=@system-service'; do
  grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
out=$("$bindir/vigilo-server" --version) || fail "vigilo-server --version failed"
[ "$out" = "vigilo-server $version" ] || fail "vigilo-server --version printed '$out'"
note "$out"
# The shipped settings parse, and the server refuses to serve off loopback without TLS.
set +e
check=$("$bindir/vigilo-server" --config "$conf" --set listen=0.0.0.0:8443 --check-config 2>&1)
status=$?
set -e
[ $status -eq 2 ] && grep -q 'TLS is required' <<< "$check" ||
  fail "vigilo-server --check-config off loopback without TLS: status $status: $check"
if [ -z "$root" ] && command -v systemd-analyze > /dev/null; then
  systemd-analyze verify "$unit" 2>&1 | grep -v 'man vigilo-server' | grep . &&
    fail "systemd-analyze verify $unit" || true
  getent passwd vigilo > /dev/null || fail "postinst did not create the user vigilo"
  [ "$(stat -c %G:%a "$conf")" = "vigilo:640" ] || fail "$conf is $(stat -c %U:%G:%a "$conf")"
fi
note "vigilo-server: unit, settings, manual page and protocol installed"

# 6. Validators on the installed files; lintian only reports.
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$share/applications/vigilo.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net "$share/metainfo/io.vigilo.Vigilo.metainfo.xml" ||
    fail "appstreamcli validate"
fi
# lintian: errors fail the test; warnings and informational tags are listed. (None are overridden:
# the package ships a Debian changelog.gz, a machine-readable copyright and manual pages.)
if command -v lintian > /dev/null; then
  lintian --tag-display-limit 0 --display-info "$deb" > "$tmp/lintian.log" 2>&1 || true
  grep -v -e '^running with root privileges' -e '^A future release' "$tmp/lintian.log" |
    sed 's/^/test-deb: lintian: /' || true
  if grep -q '^E: ' "$tmp/lintian.log"; then
    fail "lintian reports errors (above)"
  fi
  note "lintian: no errors ($(grep -c '^W: ' "$tmp/lintian.log" || true) warning(s))"
else
  note "lintian is not installed: skipped (.ci/deps installs it)"
fi
note "OK"
