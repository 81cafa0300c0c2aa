#!/usr/bin/env bash
# Builds what is missing and runs the whole platform on this machine: PostgreSQL, the Artemis broker and an SMTP
# server (all embedded, data under var/), Payara Server with the resource adapter and the Agora EAR.
#   ./run.sh          start (Ctrl-C stops everything)
#   ./run.sh stop     stop a platform started from another terminal
#   ./run.sh build    rebuild the application before starting
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
PID_FILE="$ROOT/var/agora.pid"
PAYARA="$ROOT/infra/target/payara/payara6"
EAR="$ROOT/ear/target/agora.ear"
RAR="$ROOT/artemis-rar/target/artemis-ra.rar"
INFRA_JAR="$ROOT/infra/target/infra-1.0.0-SNAPSHOT.jar"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "run.sh: $1 is required ($2)" >&2; exit 1; }
}

stop_platform() {
  if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    local pid; pid=$(cat "$PID_FILE")
    echo "Stopping Agora (process $pid) ..."
    kill -TERM "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  # leftovers of a run that was killed hard
  if [[ -x "$PAYARA/bin/asadmin" && -d "$ROOT/var/domains/agora" ]]; then
    "$PAYARA/bin/asadmin" stop-domain --domaindir "$ROOT/var/domains" agora >/dev/null 2>&1 || true
  fi
  if [[ -f "$ROOT/var/postgres/postmaster.pid" ]]; then
    kill -INT "$(head -1 "$ROOT/var/postgres/postmaster.pid")" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "Agora is stopped; its data stays in var/."
}

build() {
  echo "Building Agora (the first build downloads Payara Server and the libraries: a few minutes) ..."
  mvn -B -q -DskipTests -pl '!integration-tests' install
}

needs_build() {
  [[ ! -f "$EAR" || ! -f "$RAR" || ! -f "$INFRA_JAR" || ! -x "$PAYARA/bin/asadmin" ]] && return 0
  [[ -n "$(find . -path ./var -prune -o -path '*/target' -prune -o \( -name '*.java' -o -name '*.xhtml' \
      -o -name '*.xml' -o -name '*.css' -o -name '*.properties' -o -name '*.sql' \) -newer "$EAR" -print -quit)" ]]
}

case "${1:-start}" in
  stop)
    stop_platform
    exit 0
    ;;
  build|start) ;;
  *)
    echo "usage: ./run.sh [start|stop|build]" >&2
    exit 2
    ;;
esac

need java "JDK 17"
need mvn "Apache Maven 3.8 or newer"
if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  echo "Agora is already running (process $(cat "$PID_FILE")); ./run.sh stop stops it." >&2
  exit 1
fi
if [[ "${1:-start}" == build ]] || needs_build; then
  build
fi

mkdir -p "$ROOT/var"
# setsid: Ctrl-C reaches only this script, which then stops the platform in order (Payara, broker, SMTP, database)
setsid java -cp "$INFRA_JAR:$ROOT/infra/target/lib/*" \
  -Djava.util.logging.config.file="$ROOT/infra/src/main/resources/run-logging.properties" \
  shop.agora.infra.InfraMain run "$ROOT" "$RAR" "$EAR" &
JAVA_PID=$!
trap 'kill -TERM $JAVA_PID 2>/dev/null || true' INT TERM
while kill -0 $JAVA_PID 2>/dev/null; do
  wait $JAVA_PID || true
done
wait $JAVA_PID 2>/dev/null
