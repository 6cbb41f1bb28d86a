#!/usr/bin/env bash
# Starts the Linux application image built by build-installer.sh on a virtual screen (Xvfb), on a data
# folder of its own, and checks that the window came up: the program still runs after the wait and the
# screen is no longer blank. Leaves the screenshot in target/installer/screenshot.png to look at.
# Needs: xvfb (xvfb-run), imagemagick (import, convert), libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/installer/DienHinh/bin/DienHinh
[ -x "$app" ] || { echo "no application image: run packaging/build-installer.sh first" >&2; exit 2; }
wait_s=${WAIT:-25}
home=$(mktemp -d)
shot=target/installer/screenshot.png
xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
  JAVA_TOOL_OPTIONS='-Ddienhinh.home=$home' '$app' > target/installer/app.log 2>&1 &
  pid=\$!
  sleep $wait_s
  import -window root '$shot'
  if ! kill -0 \$pid 2>/dev/null; then echo 'the program stopped before the window was up' >&2; exit 1; fi
  kill \$pid
"
mean=$(convert "$shot" -colorspace Gray -format '%[fx:mean]' info:)
rm -rf "$home"
echo "screenshot: $shot (mean brightness $mean)"
awk -v m="$mean" 'BEGIN { exit !(m > 0.2) }' || { echo "the screen stayed blank" >&2; exit 1; }
echo "the window started"
