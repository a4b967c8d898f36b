#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core: browser downloads by test tools
# cannot reach their hosts here, so Chromium comes from Debian's packages when it is missing.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing and this system has no apt-get; install Chromium by hand." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "ensure-chromium: installing Chromium from Debian's packages" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
