#!/usr/bin/env bash
# Installs Debian's Chromium for the web app's browser tests (apps/web/test), with Thai fonts for the pages and their
# screenshots: a browser a test tool downloads cannot be fetched here. Does nothing when both are there.
set -euo pipefail
packages=(chromium fonts-thai-tlwg)
if dpkg -s "${packages[@]}" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "the browser tests need: apt-get install ${packages[*]} (as root)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "installed $(chromium --version 2>/dev/null | head -1)"
