#!/usr/bin/env bash
# Builds Điển Hình's installers with jpackage (part of JDK 17) from the fat jar target/dienhinh.jar:
#   target/installer/DienHinh/           the self-contained application image (its own Java inside)
#   target/installer/dienhinh_*.deb      on Linux (needs dpkg-deb and fakeroot)
# On Windows use packaging/build-installer.ps1 (the .msi, per user, with a start-menu entry).
# Usage: packaging/build-installer.sh [--no-build] [--image-only]
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
deb=1
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --image-only) deb=0 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ] || [ ! -f target/dienhinh.jar ]; then
  mvn -B -q -DskipTests package
fi

# jpackage wants a plain number: 0.1.0-SNAPSHOT becomes 0.1.0
version=$(sed -n '/<artifactId>dienhinh<\/artifactId>/{n;s/.*<version>\([0-9.]*\).*/\1/p;q}' pom.xml)
out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp target/dienhinh.jar "$out/input/"

# The name of files and folders stays ASCII (DienHinh): installers and file systems take it everywhere;
# what people read (description, menu entry's comment) is in Vietnamese.
jpackage --type app-image \
  --name DienHinh \
  --input "$out/input" --main-jar dienhinh.jar --main-class vn.dienhinh.Main \
  --app-version "$version" \
  --vendor "Điển Hình" \
  --description "Điển Hình – sổ theo dõi điển hình tiên tiến, thi đua và khen thưởng" \
  --icon packaging/dienhinh.png \
  --java-options "-Dfile.encoding=UTF-8" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --dest "$out"
echo "application image: $out/DienHinh (start it with $out/DienHinh/bin/DienHinh)"

if [ "$deb" = 1 ]; then
  jpackage --type deb \
    --name DienHinh \
    --app-image "$out/DienHinh" \
    --app-version "$version" \
    --vendor "Điển Hình" \
    --description "Điển Hình – sổ theo dõi điển hình tiên tiến, thi đua và khen thưởng" \
    --icon packaging/dienhinh.png \
    --linux-package-name dienhinh \
    --linux-shortcut \
    --linux-menu-group "Office" \
    --linux-app-category "office" \
    --dest "$out"
  ls "$out"/*.deb
fi
