#!/usr/bin/env bash
# packaging_platforms: what can be checked here of the Windows and macOS packages. Configures
# the project once per platform layout (VIGILO_PACKAGE_PLATFORM; nothing is compiled), reads the
# generated CPackConfig.cmake (NSIS on Windows, DragNDrop on macOS, DEB on Linux, with their
# icons), installs the data files of each layout into a scratch root and checks that Linux gets
# its desktop files and the others none of them, and checks the .ico, .icns and Info.plist.
# Usage: test-platforms.sh SOURCE_DIR
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what" >&2; fail=1; fi
}
cpack_value() { # cpack_value BUILD VARIABLE: the value CPackConfig.cmake sets
  cmake -DCONFIG="$1/CPackConfig.cmake" -DVAR="$2" -P "$work/print.cmake"
}
cat > "$work/print.cmake" <<'CMAKE'
include("${CONFIG}")
if(DEFINED GENERATOR)
  set(CPACK_GENERATOR "${GENERATOR}")
  include("${CPACK_PROJECT_CONFIG_FILE}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E echo "${${VAR}}")
CMAKE

for platform in Linux Windows macOS; do
  build=$work/build-$platform
  if ! cmake -S "$src" -B "$build" -G Ninja -DVIGILO_BUILD_TESTS=OFF \
       -DVIGILO_PACKAGE_PLATFORM=$platform > "$work/$platform.log" 2>&1; then
    cat "$work/$platform.log" >&2
    echo "FAILED: configure for $platform" >&2
    exit 1
  fi
  generator=$(cpack_value "$build" CPACK_GENERATOR)
  root=$work/root-$platform
  if [ "$platform" = Linux ]; then
    # The compressed changelog and manual pages are made by the build.
    cmake --build "$build" --target vigilo_debian_changelog > /dev/null
  fi
  cmake --install "$build" --component vigilo_data --prefix "$root" > /dev/null
  linux_files=(share/applications/vigilo.desktop share/metainfo/io.vigilo.Vigilo.metainfo.xml
               share/icons/hicolor/scalable/apps/vigilo.svg share/icons/hicolor/16x16/apps/vigilo.png
               share/icons/hicolor/512x512/apps/vigilo.png share/doc/vigilo/copyright
               share/doc/vigilo/changelog.gz share/man/man1/vigilo.1.gz)
  case $platform in
  Linux)
    check "Linux: CPack generator DEB" test "$generator" = DEB
    for f in "${linux_files[@]}"; do check "Linux installs $f" test -f "$root/$f"; done
    check "Linux installs no Windows or macOS file" \
      test -z "$(find "$root" -name '*.ico' -o -name '*.icns' -o -name 'Info.plist' -o -name LICENSE)"
    ;;
  Windows)
    check "Windows: CPack generator NSIS" test "$generator" = NSIS
    icon=$(cpack_value "$build" CPACK_NSIS_MUI_ICON)
    check "Windows: the installer's icon is vigilo.ico ($icon)" test -f "$icon" -a "${icon##*/}" = vigilo.ico
    check "Windows: the uninstaller's icon too" test "$(cpack_value "$build" CPACK_NSIS_MUI_UNIICON)" = "$icon"
    check "Windows: Add/Remove Programs shows vigilo.exe's icon" \
      test "$(cpack_value "$build" CPACK_NSIS_INSTALLED_ICON_NAME)" = 'bin\vigilo.exe'
    check "Windows: a Start menu entry for vigilo" \
      test "$(cpack_value "$build" CPACK_PACKAGE_EXECUTABLES)" = 'vigilo;Vigilo'
    check "Windows: the NSIS header is not the macOS icon" \
      test -z "$(cmake -DCONFIG="$build/CPackConfig.cmake" -DVAR=CPACK_PACKAGE_ICON -DGENERATOR=NSIS -P "$work/print.cmake")"
    for f in "${linux_files[@]}"; do check "Windows installs no $f" test ! -e "$root/$f"; done
    check "Windows installs the licence beside the programs" test -f "$root/LICENSE"
    ;;
  macOS)
    check "macOS: CPack generator DragNDrop" test "$generator" = DragNDrop
    check "macOS: the volume is named Vigilo" test "$(cpack_value "$build" CPACK_DMG_VOLUME_NAME)" = Vigilo
    volume=$(cmake -DCONFIG="$build/CPackConfig.cmake" -DVAR=CPACK_PACKAGE_ICON -DGENERATOR=DragNDrop -P "$work/print.cmake")
    check "macOS: the disk image's icon is vigilo.icns ($volume)" test -f "$volume" -a "${volume##*/}" = vigilo.icns
    for f in "${linux_files[@]}"; do check "macOS installs no $f" test ! -e "$root/$f"; done
    ;;
  esac
done

# An explicit generator wins over the platform's.
cmake -S "$src" -B "$work/build-Linux" -DCPACK_GENERATOR=NSIS > /dev/null
check "-DCPACK_GENERATOR=NSIS is kept" test "$(cpack_value "$work/build-Linux" CPACK_GENERATOR)" = NSIS

# The platform icons: every .ico size, a well-formed .icns, and the bundle's Info.plist.
icons=$src/resources/icons
check "vigilo.ico holds 16 to 256 px" \
  test "$(identify -format '%w ' "$icons/vigilo.ico")" = "16 24 32 48 64 128 256 "
icns_size=$(stat -c %s "$icons/vigilo.icns")
check "vigilo.icns starts with its magic and length" \
  test "$(head -c 8 "$icons/vigilo.icns" | od -An -tx1 | tr -d ' \n')" = "69636e73$(printf %08x "$icns_size")"
for type in icp4 ic07 ic09 ic14; do
  check "vigilo.icns has $type" grep -q "$type" "$icons/vigilo.icns"
done
plist=$src/packaging/macos/Info.plist.in
for key in CFBundleExecutable CFBundleIconFile CFBundleIdentifier CFBundleShortVersionString \
           NSHighResolutionCapable; do
  check "Info.plist has $key" grep -q "<key>$key</key>" "$plist"
done
check "Info.plist names the executable and icon CMake sets" \
  grep -q 'MACOSX_BUNDLE_EXECUTABLE_NAME' "$plist"

if [ "$fail" -ne 0 ]; then
  echo "packaging_platforms: FAILED" >&2
  exit 1
fi
echo "packaging_platforms: all checks passed"
