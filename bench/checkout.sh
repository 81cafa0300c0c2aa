#!/usr/bin/env bash
# Checkout benchmark: Gatling (load-tests/) sends guests at a constant rate through the real pages (product, add to
# cart, checkout, place order, pay, confirmation until "Confirmed") and writes the results to
# docs/benchmarks/checkout.md: orders/s, checkout p95 and payment-to-confirmed p95.
#   ./run.sh                                        (in another terminal: the shop must be running)
#   ./bench/checkout.sh [orders per second] [seconds]      defaults: 50 60
# A warm-up at the same rate goes first and is not measured (AGORA_BENCH_WARMUP_SECONDS, default 60; 0: none): right
# after a start the server's JIT compiler takes a third of its CPU, and the first minutes would measure the compiler.
# Each run buys (rate x seconds) Aurora 14 Laptops; the script gives the product that much stock first (through the
# stock ledger), so the demo shop keeps selling it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RATE=${1:-50}
SECONDS_=${2:-60}
BASE=${AGORA_URL:-http://localhost:8080}
DB_URL="jdbc:postgresql://localhost:${AGORA_DB_PORT:-15432}/agora"
OUT="$ROOT/docs/benchmarks/checkout.md"
RESULTS="$ROOT/load-tests/target/checkout-results.properties"

curl -fs "$BASE/health" >/dev/null || { echo "Start the shop first (./run.sh); $BASE/health does not answer." >&2; exit 1; }
[[ -f benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar ]] || mvn -B -q -DskipTests -pl benchmarks -am install
WARMUP=${AGORA_BENCH_WARMUP_SECONDS:-60}
java -cp "benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar:benchmarks/target/lib/*" shop.agora.bench.Restock \
  "$DB_URL" agora agora aurora-14-laptop $((RATE * (SECONDS_ + WARMUP) + 100))
gatling() { # rate, seconds, run id, results file
  (cd load-tests && mvn -B -q gatling:test -Dagora.url="$BASE" -Dagora.ordersPerSecond="$1" -Dagora.seconds="$2" \
    -Dagora.run="$3" -Dagora.results="$4")
}
mkdir -p load-tests/target
if (( WARMUP > 0 )); then
  echo "Warming up: $RATE orders/s for $WARMUP s, not measured ..."
  gatling "$RATE" "$WARMUP" "warmup-$(date +%s)" "$ROOT/load-tests/target/warmup-results.properties" >/dev/null
  sleep 5
fi

# CPU time, to say what an order costs whatever the machine's speed that day: Payara's own (utime + stime of the
# server process) and the whole machine's (every process: the database, the broker and Gatling too), in clock ticks.
PAYARA_PID=$(pgrep -f "instanceRoot=$ROOT/var/domains/agora" | head -1 || true)
payara_ticks() { [[ -n "$PAYARA_PID" ]] && awk '{print $14 + $15}' "/proc/$PAYARA_PID/stat" || echo 0; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# A fixed piece of work (awk counting), timed: how fast the machine is today, to compare runs of different days.
REFERENCE=$( { /usr/bin/env time -f %e awk 'BEGIN { for (i = 0; i < 2e7; i++) s += i * i }' ; } 2>&1 | tail -1)

# The heap the run leaves behind (mostly the guests' sessions, with their Faces views): Payara's heap in use after a
# full collection, before and after the run, and the sessions alive at the end (jcmd, from the JDK that runs Payara).
heap_used_kb() {
  [[ -n "$PAYARA_PID" ]] && jcmd "$PAYARA_PID" GC.run > /dev/null 2>&1 \
    && jcmd "$PAYARA_PID" GC.heap_info 2> /dev/null | awk '/ used / { sub("K,?", "", $6); print $6; exit }'
}
sessions_alive() {
  jcmd "$PAYARA_PID" GC.class_histogram 2> /dev/null \
    | awk '$4 == "org.apache.catalina.session.StandardSession" { n = $2 } END { print n + 0 }'
}
HEAP_BEFORE=$(heap_used_kb || true)

# What the servers spend with no customer at all (timers, parcel tracking, the relay's pass), per second: part of every
# order's CPU below, and it grows with the parcels still on their way from earlier runs.
IDLE_SECONDS=10
IDLE_PAYARA=$(payara_ticks); IDLE_MACHINE=$(machine_ticks)
sleep "$IDLE_SECONDS"
IDLE_PAYARA=$(( $(payara_ticks) - IDLE_PAYARA )); IDLE_MACHINE=$(( $(machine_ticks) - IDLE_MACHINE ))

RUN=$(date +%s)
PAYARA_BEFORE=$(payara_ticks); MACHINE_BEFORE=$(machine_ticks)
GATLING_CPU_FILE="$ROOT/load-tests/target/gatling-cpu"
export -f gatling; export BASE
/usr/bin/env time -o "$GATLING_CPU_FILE" -f '%U %S' bash -c 'gatling "$@"' gatling "$RATE" "$SECONDS_" "$RUN" "$RESULTS" \
  | grep -v '^\s*$' | tail -25
sleep 5 # the last payments' confirmations
PAYARA_CPU=$(( $(payara_ticks) - PAYARA_BEFORE ))
# the server side: the whole machine less Gatling (and the Maven that starts it)
SERVERS_CPU=$(awk -v m=$(( $(machine_ticks) - MACHINE_BEFORE )) -v hz="$(getconf CLK_TCK)" \
  '{ printf "%.0f", m - ($1 + $2) * hz }' "$GATLING_CPU_FILE")
HEAP_AFTER=$(heap_used_kb || true)
SESSIONS=$( [[ -n "$HEAP_AFTER" ]] && sessions_alive || echo "?")
java -cp "benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar:benchmarks/target/lib/*" shop.agora.bench.CheckoutReport \
  "$DB_URL" agora agora "$RUN" >> "$RESULTS"

value() { sed -n "s/^$1=//p" "$RESULTS"; }
TICKS=$(getconf CLK_TCK)
per_order() { awk -v t="$1" -v n="$(value confirmedOrders)" -v hz="$TICKS" 'BEGIN { printf "%.0f", n ? t * 1000 / hz / n : 0 }'; }
PAYARA_MS=$(per_order "$PAYARA_CPU"); SERVERS_MS=$(per_order "$SERVERS_CPU")
per_second() { awk -v t="$1" -v hz="$TICKS" -v s="$IDLE_SECONDS" 'BEGIN { printf "%.0f", t * 1000 / hz / s }'; }
IDLE_PAYARA_MS=$(per_second "$IDLE_PAYARA"); IDLE_SERVERS_MS=$(per_second "$IDLE_MACHINE")
HEAP_MB() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
HEAP_ROW="not measured (no jcmd)"; HEAP_PER_ORDER="?"
if [[ -n "$HEAP_BEFORE" && -n "$HEAP_AFTER" ]]; then
  HEAP_ROW="$(HEAP_MB "$HEAP_BEFORE") / $(HEAP_MB "$HEAP_AFTER") MB ($SESSIONS sessions alive after)"
  HEAP_PER_ORDER=$(awk -v d=$(( HEAP_AFTER - HEAP_BEFORE )) -v n="$(value allOrders)" \
    'BEGIN { printf "%.0f", n ? d / n : 0 }')
fi
CEILING=$(awk -v ms="$SERVERS_MS" -v cores="$(nproc)" 'BEGIN { printf "%.0f", ms ? cores * 1000 / ms : 0 }')
NOTES=""
if [[ -f "$OUT" ]]; then NOTES=$(sed -n '/^## Notes/,$p' "$OUT"); fi
{
  echo "# Checkout benchmark"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/checkout.sh $RATE $SECONDS_\` against \`./run.sh\` on this machine"
  echo "(after a warm-up of $WARMUP s at the same rate, not measured):"
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1024/1024}' /proc/meminfo) memory; the load generator"
  echo "(Gatling) runs on the same machine and takes its share of the cores."
  echo
  echo "Guests arrive at $RATE per second for $SECONDS_ s; each opens the product page, adds it to the cart (in the"
  echo "background, as the page's script does), opens checkout, places the order paying with the sandbox's approved"
  echo "card on the checkout page, and lands on the confirmation page (5 requests per order). Orders/s and payment to"
  echo "confirmed come from the orders'"
  echo "own history afterwards: from the gateway's answer (when \"Payment Processed\" is published) to the consumer's"
  echo "transition to confirmed, through the broker."
  echo
  echo "| Measure | Result | Target |"
  echo "|---|---|---|"
  echo "| orders confirmed | $(value confirmedOrders) of $(value allOrders) placed ($(value cancelledOrders) cancelled) | |"
  echo "| orders/s (confirmed, first arrival to last confirmation) | $(value ordersPerSecond) | 50 sustained |"
  echo "| checkout (place order) p50 / p95 / p99 | $(value checkoutP50) / $(value checkoutP95) / $(value checkoutP99) ms | p95 < 500 ms |"
  echo "| payment to confirmed p50 / p95 / p99 | $(value confirmP50) / $(value confirmP95) / $(value confirmP99) ms | p95 < 1 s |"
  echo "| CPU per confirmed order: Payara / all servers | $PAYARA_MS / $SERVERS_MS ms | |"
  echo "| orders/s the $(nproc) cores could give at that cost | $CEILING | |"
  echo "| CPU with no customer (timers, parcel tracking), per second: Payara / all servers | $IDLE_PAYARA_MS / $IDLE_SERVERS_MS ms | |"
  echo "| Payara's heap in use after a full collection, before / after the run | $HEAP_ROW | |"
  echo "| heap per order placed (the guest's session: 10 min after payment, 30 while paying) | $HEAP_PER_ORDER KB | |"
  echo
  echo "CPU per order is measured from the run's start to 5 s after its end (the idle seconds add a little); all"
  echo "servers is the whole machine less Gatling: Payara, PostgreSQL, the broker, the mail server. The machine's"
  echo "speed that day: a fixed piece of work (\`awk\` counting to 2e7) took $REFERENCE s."
  echo
  echo "Gatling's full report (every request, percentiles over time) is in \`load-tests/target/gatling/\`."
  echo
  if [[ -n "$NOTES" ]]; then echo "$NOTES"; else
    echo "## Notes"
    echo
    echo "(What limits it: write it down after a run.)"
  fi
} > "$OUT"
echo "Results written to $OUT"
