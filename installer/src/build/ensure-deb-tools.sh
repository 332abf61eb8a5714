#!/usr/bin/env bash
# jpackage --type deb needs fakeroot, dpkg-deb (dpkg) and objdump (binutils). Installs whichever is missing,
# through sudo only when not already root.
set -euo pipefail

missing=()
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
command -v objdump >/dev/null 2>&1 || missing+=(binutils)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing the tools jpackage needs for the .deb: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: ${missing[*]} missing and there is no apt-get to install them; install them and build again" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}"
