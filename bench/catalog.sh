#!/usr/bin/env bash
# Catalog benchmark: fills the running shop's catalog to 300,000 products (once), then measures with wrk the product
# page, a category page, a search and a baseline page (one database query rendered in the same layout, in the manner
# of the TechEmpower "Fortunes" test), and writes the results to docs/benchmarks/catalog.md.
#   ./run.sh                      (in another terminal: the shop must be running)
#   ./bench/catalog.sh [products] [seconds per page]      defaults: 300000 30
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PRODUCTS=${1:-300000}
DURATION=${2:-30}
BASE=${AGORA_URL:-http://localhost:8080}
DB_URL="jdbc:postgresql://localhost:${AGORA_DB_PORT:-15432}/agora"
OUT="$ROOT/docs/benchmarks/catalog.md"

if ! command -v wrk >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else echo "wrk is needed: sudo apt-get install -y wrk" >&2; exit 1; fi
fi
curl -fs "$BASE/health" >/dev/null || { echo "Start the shop first (./run.sh); $BASE/health does not answer." >&2; exit 1; }

[[ -f benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar ]] || mvn -B -q -DskipTests -pl benchmarks -am install
CP="benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar:benchmarks/target/lib/*"
java -cp "$CP" shop.agora.bench.GenerateCatalog "$DB_URL" agora agora "$PRODUCTS"
mapfile -t SAMPLE < <(java -cp "$CP" shop.agora.bench.GenerateCatalog "$DB_URL" agora agora sample)

# varied requests: each asks for something else (another query, category, order or page), so caches rarely help
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '%s\n' "${SAMPLE[@]:3}" > "$WORK/sample"
for sort in "" "&sort=price_asc" "&sort=newest"; do
  for page in 1 2; do
    sed -n 's/^search //p' "$WORK/sample" | sed 's/%/%25/g; s/&/%26/g; s/+/%2B/g; s/ /+/g' \
      | awk -v tail="$sort&page=$page" '{ print "/shop/search?q=" $0 tail }'
    sed -n 's/^category //p' "$WORK/sample" | awk -v tail="?page=$page$sort" '{ print "/shop/c/" $0 tail }'
  done
done | shuf --random-source=<(yes) > "$WORK/all"
grep '^/shop/search' "$WORK/all" > "$WORK/searches"
grep '^/shop/c/' "$WORK/all" > "$WORK/categories"

declare -A URLS=(
  [baseline]="/shop/categories.xhtml"
  [product]="/shop/p/${SAMPLE[0]}"
  [category]="/shop/c/${SAMPLE[1]}"
  [search]="/shop/search?q=${SAMPLE[2]}"
  [category-varied]="$(wc -l < "$WORK/categories") different category pages"
  [search-varied]="$(wc -l < "$WORK/searches") different searches"
)
declare -A PATHS=([category-varied]="$WORK/categories" [search-varied]="$WORK/searches")
ORDER=(baseline product category search category-varied search-varied)
declare -A RESULT
for page in "${ORDER[@]}"; do
  if [[ -n "${PATHS[$page]:-}" ]]; then
    url="$BASE"
    first="$BASE$(head -1 "${PATHS[$page]}")"
    script=(-s bench/varied.lua)
    export AGORA_BENCH_PATHS="${PATHS[$page]}"
  else
    url="$BASE${URLS[$page]}"
    first="$url"
    script=(-s bench/report.lua)
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' "$first")
  [[ "$code" == 200 ]] || { echo "$first answers $code, not 200" >&2; exit 1; }
  wrk -t2 -c16 -d10s "${script[@]}" "$url" >/dev/null        # warm-up: JIT, caches, connection pools
  line=$(wrk -t2 -c16 -d"${DURATION}s" "${script[@]}" "$url" | grep '^RESULT')
  echo "$page: $line"
  RESULT[$page]=$line
done

# Search latency at a steady load below saturation: the same 16 connections, each now a customer who waits between
# searches (see varied.lua), so that they ask for at most half and then three quarters of the searches per second the
# saturated run above answered. Latency at saturation is mostly queueing; these rows show what a search costs while
# the server keeps up.
field() { sed -E "s/.* $2=([0-9.]+).*/\1/" <<<"${RESULT[$1]}"; }
export AGORA_BENCH_PATHS="$WORK/searches"
saturated=$(field search-varied rps)
for share in 50 75; do
  page="search-varied-$share"
  # a connection's cycle is its think time plus the answer's latency: slightly below the share, as intended
  think=$(awk "BEGIN { print int(16000 / ($saturated * $share / 100)) }")
  line=$(AGORA_BENCH_THINK_MS=$think wrk -t2 -c16 -d"${DURATION}s" -s bench/varied.lua "$BASE" | grep '^RESULT')
  echo "$page (think time $think ms): $line"
  RESULT[$page]=$line
  URLS[$page]="$(wc -l < "$WORK/searches") different searches, $share % of the saturated rate offered"
  ORDER+=("$page")
done
unset AGORA_BENCH_PATHS

ms() { awk "BEGIN { printf \"%.1f\", $1 / 1000 }"; }
base_rps=$(field baseline rps)
{
  echo "# Catalog benchmark"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`./bench/catalog.sh $PRODUCTS $DURATION\` against \`./run.sh\` on this machine:"
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)."
  echo "Catalog: $(java -cp "$CP" shop.agora.bench.GenerateCatalog "$DB_URL" agora agora "$PRODUCTS" | tail -1 | sed 's/ (.*//')."
  echo "wrk: 2 threads, 16 connections, ${DURATION} s per page after a 10 s warm-up; server, database and wrk share"
  echo "the machine."
  echo
  echo "| Page | URL | Requests/s | vs. baseline | p50 ms | p95 ms | p99 ms | Errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for page in "${ORDER[@]}"; do
    rps=$(field "$page" rps)
    ratio=$(awk "BEGIN { printf \"%.2f\", $rps / $base_rps }")
    [[ "$page" == search-varied-* ]] && ratio="(steady)"
    echo "| $page | \`${URLS[$page]}\` | $rps | $ratio | $(ms "$(field "$page" p50)") | $(ms "$(field "$page" p95)") | $(ms "$(field "$page" p99)") | $(( $(field "$page" errors) + $(field "$page" non2xx) )) |"
  done
  echo
  echo "The *-varied rows ask for a different page on every request (other words, categories, orders, pages), so the"
  echo "catalog cache rarely helps: they show the cost of the database work behind a page. All rows but the last"
  echo "two send the next request as soon as the last is answered (the server saturated: latency is mostly waiting"
  echo "in line); the last two send the varied searches at a steady rate below that (each connection a customer who"
  echo "pauses between searches): what a search takes while the server keeps up."
  echo
  echo "Targets: catalog pages (product, category) at least 0.5 x the baseline; search p95 under 50 ms."
} > "$OUT.new"
if [[ -f "$OUT" ]] && grep -q '^## Notes' "$OUT"; then
  sed -n '/^## Notes/,$p' "$OUT" >> "$OUT.new"
fi
mv "$OUT.new" "$OUT"
echo "Results written to $OUT"
