#!/usr/bin/env bash
# Runs every test: unit tests in the modules, then the integration tests, which start PostgreSQL, Artemis, a mail
# server and a Payara Server domain of their own and drive the pages in headless Chromium.
#   ./test.sh                     the whole suite (mvn verify); extra arguments go to Maven
#   ./test.sh platform            start the integration tests' platform and keep it running (Ctrl-C stops it)
#   ./test.sh one StorefrontIT    build the application and run one integration test class against that platform
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

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

case "${1:-}" in
  platform)
    mvn -B -q -DskipTests -pl infra,artemis-rar -am install
    exec java -cp "$ROOT/infra/target/infra-1.0.0-SNAPSHOT.jar:$ROOT/infra/target/lib/*" \
      -Djava.util.logging.config.file="$ROOT/infra/src/main/resources/run-logging.properties" \
      shop.agora.infra.InfraMain test-platform "$ROOT" "$ROOT/artemis-rar/target/artemis-ra.rar"
    ;;
  one)
    [[ $# -ge 2 ]] || { echo "usage: ./test.sh one <IntegrationTestClass> [maven arguments]" >&2; exit 2; }
    install_chromium
    class=$2; shift 2
    mvn -B -q -DskipTests -pl '!integration-tests' install
    exec mvn -B -pl integration-tests verify -Dit.test="$class" -Dagora.it.platform=running "$@"
    ;;
  *)
    install_chromium
    exec mvn -B verify "$@"
    ;;
esac
