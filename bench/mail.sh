#!/usr/bin/env bash
# Mail benchmark: what sending a mail costs the shop's SMTP sender and the local mail server (in one process, no shop
# needed): a connection opened for every mail against the kept connections the sender uses. Writes the result to
# docs/benchmarks/mail.md.
#   ./bench/mail.sh [mails per round] [rounds]      defaults: 500 4
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MAILS=${1:-500}
ROUNDS=${2:-4}
OUT="$ROOT/docs/benchmarks/mail.md"
PORT=${AGORA_BENCH_SMTP_PORT:-3125}

[[ -f benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar ]] || mvn -B -q -DskipTests -pl benchmarks -am install
CP="benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar:benchmarks/target/lib/*"
START=$(date +%s%N)
awk 'BEGIN { for (i = 0; i < 20000000; i++) s += i }'
AWK_S=$(( ($(date +%s%N) - START) / 1000000 ))
OUTPUT=$(java -cp "$CP" shop.agora.core.notification.control.MailBenchmark "$PORT" "$MAILS" "$ROUNDS" 2>/dev/null)
echo "$OUTPUT" | grep '^round'
IFS='|' read -r NEW_CPU NEW_WALL KEPT_CPU KEPT_WALL <<< "$(echo "$OUTPUT" | sed -n 's/^result=//p')"

NOTES=""
if [[ -f "$OUT" ]] && grep -q '^## Notes' "$OUT"; then
  NOTES=$(sed -n '/^## Notes/,$p' "$OUT")
fi
{
  echo "# Mail benchmark"
  echo
  AWK_TEXT=$(awk "BEGIN { printf \"%.2f\", $AWK_S / 1000 }")
  echo "Measured $(date +%Y-%m-%d) with \`bench/mail.sh $MAILS $ROUNDS\` on this machine ($(nproc) cores; the fixed"
  echo "piece of work of the checkout benchmark, \`awk\` counting to 2e7, took $AWK_TEXT s)."
  echo
  echo "The shop's SMTP sender (\`SmtpMailSender\`) sends an order-sized mail (text and HTML) to the local mail"
  echo "server of \`./run.sh\` running in the same process, $MAILS mails per round to 50 recipients, $ROUNDS rounds"
  echo "(the last one is reported, the others warm up): first opening a connection for every mail (as the sender did"
  echo "before it kept them), then on its kept connections. CPU is the process's: client and server together."
  echo
  echo "| Per mail | CPU | Wall time |"
  echo "|---|---:|---:|"
  echo "| a connection per mail | $NEW_CPU ms | $NEW_WALL ms |"
  echo "| kept connections | $KEPT_CPU ms | $KEPT_WALL ms |"
  echo
  if [[ -n "$NOTES" ]]; then echo "$NOTES"; fi
} > "$OUT"
echo "Results written to $OUT"
