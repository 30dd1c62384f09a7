#!/usr/bin/env bash
# Cross-builds Mingle for 64-bit Windows with Debian's mingw-w64, from Debian's own source
# packages only: `apt-get source` (a deb-src entry for the same mirror this machine uses, kept in
# a private apt folder so the system's package lists are left alone) fetches the pinned sources
# of the dependencies (yaml-cpp, nlohmann-json, CLI11, doctest, curl with Schannel, FreeType,
# SFML, Dear ImGui); each is built once into a prefix under ~/.cache/mingle/windows (about 20
# minutes on 2 busy cores), so a second run only rebuilds Mingle (seconds, through ccache).
# Then it makes build-windows/mingle-VERSION-windows-x64.zip: one static mingle.exe (only
# Windows' own DLLs), the content, schemas, DejaVu Sans, docs and README.txt; the zip's path is
# the last line printed. tests/windows/wine.sh tests it under Wine.
#   scripts/build-windows.sh deps     the dependencies only
#   scripts/build-windows.sh          the dependencies, then Mingle and the zip
# A dependency is rebuilt only when its marker ($prefix/.built-NAME) is removed. Nothing
# fetched or built here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
what=${1:-all}
jobs=${MINGLE_JOBS:-2}
cache=${MINGLE_CACHE:-$HOME/.cache/mingle}/windows
src=$cache/src
work=$cache/work
prefix=$cache/prefix
export MINGLE_WIN_PREFIX=$prefix
toolchain=$repo/packaging/windows/mingw-w64-x86_64.cmake
mkdir -p "$src" "$work" "$prefix"

scripts/install-deps.sh windows >&2

# ---- sources, from Debian's mirror ---------------------------------------------------------
mirror=$(grep -rhoE '(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ \
  2>/dev/null | grep -oE 'https?://[^ ]+' | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
apt_dir=$cache/apt
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt_dir/parts"
          -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache" -o Debug::NoLocking=1
          -o APT::Sandbox::User=root)
fetch() {  # fetch SOURCE-PACKAGE: its .dsc and tarballs into $src, once
  [ -e "$src/.fetched-$1" ] && return 0
  mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  if [ ! -s "$apt_dir/parts/debian-src.sources" ] || [ ! -e "$apt_dir/.updated" ]; then
    printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" >"$apt_dir/parts/debian-src.sources"
    apt-get "${apt_opts[@]}" update -q >&2
    touch "$apt_dir/.updated"
  fi
  (cd "$src" && apt-get "${apt_opts[@]}" source --download-only "$1" >&2)
  touch "$src/.fetched-$1"
}
unpack() {  # unpack SOURCE-PACKAGE: Debian's patches applied; prints the folder
  local dsc dir
  dsc=$(ls "$src/$1"_*.dsc | head -1)
  dir=$work/$(basename "$dsc" .dsc)
  if [ ! -d "$dir" ]; then
    dpkg-source --no-check -x "$dsc" "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}
built() { [ -e "$prefix/.built-$1" ]; }
mark() { touch "$prefix/.built-$1"; }
cmake_dep() {  # cmake_dep SOURCE-PACKAGE [CMAKE-ARGS...]: configure, build, install into the prefix
  local pkg=$1 dir
  shift
  built "$pkg" && return 0
  fetch "$pkg"
  dir=$(unpack "$pkg")
  echo "==> Cross-building $pkg ($(basename "$dir")) into $prefix" >&2
  rm -rf "$dir/_win"
  cmake -S "$dir" -B "$dir/_win" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF "$@" >&2
  cmake --build "$dir/_win" -j "$jobs" >&2
  cmake --install "$dir/_win" >&2
  mark "$pkg"
}

# ---- the dependencies ----------------------------------------------------------------------
# The core, the command line and their tests.
cmake_dep yaml-cpp -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_BUILD_SHARED_LIBS=OFF
cmake_dep nlohmann-json3 -DJSON_BuildTests=OFF
cmake_dep cli11 -DCLI11_BUILD_TESTS=OFF -DCLI11_BUILD_EXAMPLES=OFF -DCLI11_BUILD_DOCS=OFF
cmake_dep doctest -DDOCTEST_WITH_TESTS=OFF
# curl with Windows' own TLS (Schannel), so no OpenSSL is needed.
cmake_dep curl -DCURL_USE_SCHANNEL=ON -DCURL_USE_OPENSSL=OFF -DCURL_USE_LIBSSH2=OFF -DCURL_ZLIB=OFF \
  -DUSE_LIBIDN2=OFF -DCURL_USE_LIBPSL=OFF -DBUILD_CURL_EXE=OFF -DENABLE_MANUAL=OFF -DCURL_DISABLE_LDAP=ON \
  -DCURL_BROTLI=OFF -DCURL_ZSTD=OFF -DUSE_NGHTTP2=OFF
# The window: FreeType for SFML's text, SFML itself, and Dear ImGui. Debian's SFML source has
# its bundled Windows libraries removed, so SFML_USE_SYSTEM_DEPS takes ours. Its audio module
# needs OpenAL Soft, whose Debian source (openal-soft 1.19.1-2) the mirror here does not serve
# (404), so SFML's audio is left out (MINGLE_SOUND=OFF): on Windows the game mixes its own
# sounds and plays them through winmm, which every Windows has (game/app/sound/wave_out.cpp).
cmake_dep freetype -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON \
  -DFT_DISABLE_BROTLI=ON
cmake_dep libsfml -DSFML_USE_SYSTEM_DEPS=ON -DSFML_BUILD_AUDIO=OFF -DSFML_BUILD_NETWORK=OFF \
  -DSFML_BUILD_EXAMPLES=OFF -DSFML_BUILD_DOC=OFF -DSFML_INSTALL_PKGCONFIG_FILES=OFF \
  -DFREETYPE_INCLUDE_DIR_ft2build="$prefix/include/freetype2" \
  -DFREETYPE_INCLUDE_DIR_freetype2="$prefix/include/freetype2" -DFREETYPE_LIBRARY="$prefix/lib/libfreetype.a"
# SFML's exported link line names "OpenGL32", as Windows' case-blind linker would find it; the
# mingw-w64 library is libopengl32.a, so the prefix carries the other spelling too.
ln -sf /usr/x86_64-w64-mingw32/lib/libopengl32.a "$prefix/lib/libOpenGL32.a"
# Dear ImGui has no build of its own upstream: Debian's packaging compiles the sources with the
# OpenGL backends into one static library. The same here, with a small CMake file of ours,
# installed with the pkg-config file Mingle's build reads (imgui: -limgui).
if ! built imgui; then
  fetch imgui
  dir=$(unpack imgui)
  echo "==> Cross-building imgui ($(basename "$dir")) into $prefix" >&2
  mkdir -p "$dir/_mingle"
  cat >"$dir/_mingle/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(imgui CXX)
set(top "${CMAKE_CURRENT_SOURCE_DIR}/..")
add_library(imgui STATIC ${top}/imgui.cpp ${top}/imgui_draw.cpp ${top}/imgui_tables.cpp ${top}/imgui_widgets.cpp
            ${top}/imgui_demo.cpp ${top}/backends/imgui_impl_opengl2.cpp ${top}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${top})
install(TARGETS imgui ARCHIVE DESTINATION lib)
install(FILES ${top}/imgui.h ${top}/imconfig.h ${top}/imgui_internal.h ${top}/imstb_rectpack.h
              ${top}/imstb_textedit.h ${top}/imstb_truetype.h DESTINATION include/imgui)
install(FILES ${top}/backends/imgui_impl_opengl2.h ${top}/backends/imgui_impl_opengl3.h
              ${top}/backends/imgui_impl_opengl3_loader.h DESTINATION include/imgui/backends)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/imgui.pc"
     "prefix=${CMAKE_INSTALL_PREFIX}\nName: imgui\nDescription: Dear ImGui\nVersion: 1.86\n"
     "Cflags: -I\${prefix}/include/imgui\nLibs: -L\${prefix}/lib -limgui -lopengl32 -limm32\n")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/imgui.pc" DESTINATION lib/pkgconfig)
CMAKE
  rm -rf "$dir/_win"
  cmake -S "$dir/_mingle" -B "$dir/_win" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" >&2
  cmake --build "$dir/_win" -j "$jobs" >&2
  cmake --install "$dir/_win" >&2
  mark imgui
fi
[ "$what" = deps ] && { echo "==> The dependencies are in $prefix" >&2; exit 0; }

# ---- Mingle --------------------------------------------------------------------------------
# One static mingle.exe (no MinGW or dependency DLLs); its sound goes through winmm (see above).
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig PKG_CONFIG_PATH=
if [ ! -f build-windows/build.ninja ]; then
  echo "==> Configuring the Windows build in ./build-windows" >&2
  cmake -S . -B build-windows -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
        -DMINGLE_BUILD_TESTS=OFF -DMINGLE_SOUND=OFF >&2
fi
echo "==> Cross-building Mingle with $jobs jobs" >&2
cmake --build build-windows -j "$jobs" >&2

# ---- the zip -------------------------------------------------------------------------------
version=$(sed -n 's/^project(mingle VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
name=mingle-$version-windows-x64
stage=build-windows/$name
rm -rf "$stage" "build-windows/$name.zip"
mkdir -p "$stage/fonts" "$stage/docs"
cp build-windows/bin/mingle.exe "$stage/"
x86_64-w64-mingw32-strip "$stage/mingle.exe"
cp -rL assets dialogues "$stage/"
cp -rL docs/schema "$stage/schema"
# The UI font: Debian's DejaVu Sans (fonts-dejavu-core), with its licence.
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$stage/fonts/"
cp /usr/share/doc/fonts-dejavu-core/copyright "$stage/fonts/DejaVu-LICENSE.txt"
cp README.md docs/playing-in-a-terminal.md docs/authoring.md docs/workshops.md "$stage/docs/"
sed 's/$/\r/' packaging/windows/README.txt >"$stage/README.txt"  # Notepad-friendly line ends
(cd build-windows && zip -q -r -X "$name.zip" "$name")
echo "==> Made build-windows/$name.zip ($(du -h "build-windows/$name.zip" | cut -f1))" >&2
echo "$repo/build-windows/$name.zip"
