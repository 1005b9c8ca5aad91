#!/usr/bin/env bash
# Builds faiss from Debian's source package, pinned, as static PIC libraries: a generic build and
# (on x86-64) an AVX2 build, in build/faiss/<variant>/. main/native/CMakeLists.txt links one addon
# against each. Work is skipped when a variant's stamp (version + options) matches.
#
# Needs: a Debian 12 (bookworm) apt with deb-src (added below when missing), dpkg-dev, cmake, g++,
# libopenblas-dev. Root or sudo only for the deb-src entry and `apt-get update`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The version RVC pins (faiss-cpu==1.7.3): same file format, same search results.
readonly DEB_VERSION=1.7.3-2
readonly ORIG=faiss_1.7.3.orig.tar.gz
readonly ORIG_SHA256=3e4fac26d8c9e9008ecea4ae5fc414c658998fce4ba75835058b1a71d3516002
readonly COMMON_OPTIONS="-DCMAKE_BUILD_TYPE=Release -DFAISS_ENABLE_GPU=OFF -DFAISS_ENABLE_PYTHON=OFF \
-DBUILD_TESTING=OFF -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DBLA_VENDOR=OpenBLAS"
readonly OUT=build/faiss
readonly JOBS=${FAISS_BUILD_JOBS:-2}

variants=(generic)
[ "$(uname -m)" = x86_64 ] && variants+=(avx2)

stamp_of() { echo "faiss $DEB_VERSION $ORIG_SHA256 $1 $COMMON_OPTIONS"; }
up_to_date() { [ -f "$OUT/$1/stamp" ] && [ "$(cat "$OUT/$1/stamp")" = "$(stamp_of "$1")" ]; }

pending=()
for variant in "${variants[@]}"; do up_to_date "$variant" || pending+=("$variant"); done
if [ ${#pending[@]} -eq 0 ]; then
  echo "faiss $DEB_VERSION: ${variants[*]} up to date in $OUT"
  exit 0
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# a deb-src entry for Debian 12's main archive, one-line or deb822 format
has_deb_src() {
  grep -sqE '^deb-src\s+(\[[^]]*\]\s+)?\S*/debian/?\s+bookworm\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list ||
    awk 'BEGIN { RS = "" } /Types:[^\n]*deb-src/ && /URIs:[^\n]*\/debian\/?(\n| |$)/ &&
      /Suites:([^\n]* )?bookworm( |\n|$)/ { found = 1 } END { exit !found }' /etc/apt/sources.list.d/*.sources 2>/dev/null
}

# adds one for the mirror the system's deb entries use
ensure_deb_src() {
  if has_deb_src; then return; fi
  local mirror
  mirror=$(grep -rhsE '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources | head -n1 | awk '{print $2}')
  [ -n "$mirror" ] || mirror=$(grep -hsE '^deb .*debian/? bookworm' /etc/apt/sources.list | head -n1 | awk '{print $2}')
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  echo "adding deb-src $mirror bookworm to /etc/apt/sources.list.d/faiss-src.sources"
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: %s\n' \
    "$mirror" /usr/share/keyrings/debian-archive-keyring.gpg | as_root tee /etc/apt/sources.list.d/faiss-src.sources >/dev/null
}

fetch_source() {
  local src=$OUT/src
  if [ -f "$src/stamp" ] && [ "$(cat "$src/stamp")" = "$DEB_VERSION $ORIG_SHA256" ]; then return; fi
  ensure_deb_src
  if ! apt-cache showsrc "faiss=$DEB_VERSION" 2>/dev/null | grep -q "^Version: $DEB_VERSION"; then
    as_root apt-get update -qq
  fi
  rm -rf "$src" && mkdir -p "$src"
  # as root apt warns that its _apt user cannot write here: harmless
  (cd "$src" && apt-get source --download-only -qq "faiss=$DEB_VERSION" 2> >(grep -v 'unsandboxed as root' >&2))
  local dsc=$src/faiss_$DEB_VERSION.dsc
  # the .dsc's sha256 (apt checked the .dsc against the signed Sources index) and the pinned one
  local listed actual
  listed=$(awk -v f="$ORIG" '/^Checksums-Sha256:/ {on=1; next} /^[^ ]/ {on=0} on && $3 == f {print $1}' "$dsc")
  actual=$(sha256sum "$src/$ORIG" | awk '{print $1}')
  if [ "$actual" != "$listed" ] || [ "$actual" != "$ORIG_SHA256" ]; then
    echo "checksum mismatch for $ORIG: file $actual, .dsc $listed, pinned $ORIG_SHA256" >&2
    exit 1
  fi
  # Debian's patches applied, as in the python3-faiss the tests compare with
  # (its output, e.g. the .dsc's unverifiable OpenPGP signature, only when it fails)
  if ! (cd "$src" && dpkg-source -x "faiss_$DEB_VERSION.dsc" faiss >unpack.log 2>&1); then
    cat "$src/unpack.log" >&2
    exit 1
  fi
  echo "$DEB_VERSION $ORIG_SHA256" >"$src/stamp"
}

fetch_source
for variant in "${pending[@]}"; do
  dir=$OUT/$variant
  rm -rf "$dir" && mkdir -p "$dir"
  # faiss names the AVX2 library target faiss_avx2; only the library is built
  target=faiss
  [ "$variant" = avx2 ] && target=faiss_avx2
  started=$(date +%s)
  # shellcheck disable=SC2086 # COMMON_OPTIONS is a list of words
  cmake -S "$OUT/src/faiss" -B "$dir/cmake" $COMMON_OPTIONS "-DFAISS_OPT_LEVEL=$variant" >"$dir/configure.log"
  cmake --build "$dir/cmake" --target "$target" -j "$JOBS" >"$dir/build.log"
  mkdir -p "$dir/lib"
  cp "$dir/cmake/faiss/lib$target.a" "$dir/lib/libfaiss.a"
  echo "faiss $DEB_VERSION $variant: built in $(($(date +%s) - started)) s"
  stamp_of "$variant" >"$dir/stamp"
done
