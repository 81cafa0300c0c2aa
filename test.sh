#!/usr/bin/env bash
# Runs every test: unit tests in the modules, then the integration tests, which start PostgreSQL, Artemis, an SMTP
# server and a Payara Server domain of their own and drive the pages in headless Chromium.
#   ./test.sh                       the whole suite (mvn verify)
#   ./test.sh -Dit.test=HealthIT    extra Maven arguments, e.g. one integration test class
set -euo pipefail
cd "$(dirname "$0")"

install_chromium() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  local install="apt-get update && apt-get install -y chromium chromium-driver"
  echo "Chromium and chromedriver are needed for the browser tests; installing Debian's packages ..."
  if [[ $(id -u) -eq 0 ]]; then
    bash -c "$install"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo bash -c "$install"
  else
    echo "Cannot install them without root. Run this once, then ./test.sh again:" >&2
    echo "  sudo bash -c '$install'" >&2
    exit 1
  fi
}

install_chromium
exec mvn -B verify "$@"
