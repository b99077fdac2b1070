#!/usr/bin/env bash
# Debian programs that acceptance tests drive: a browser, a CAT tool, an office suite, PDF tools.
# Installed only when missing and when we are root with apt-get (CI); elsewhere the tests skip.
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v omegat >/dev/null 2>&1 || need+=(omegat)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} (install them with apt-get to run every test)" >&2
  exit 1
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1
