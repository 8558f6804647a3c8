#!/usr/bin/env bash
# planvev against Hugo on the same synthetic pages: bench/run.sh SIZE [RUNS]
#
# SIZE pages in two languages (nb + en) are generated once (deterministic, seeded) under
# target/bench/SIZE/ as planvev content and as a Hugo site. Then Hugo and planvev build them
# ALTERNATELY, RUNS times each (default 5), each into an empty output folder, after one unmeasured
# warm-up build of each. Prints per-run figures, the medians, the ratio planvev/Hugo, and peak RSS.
# After each cold planvev build (empty output, no build cache) come two warm ones with the build
# cache it left: `pv-warm` (nothing changed) and `pv-edit` (one page's Markdown edited); their
# ratios are against the cold Hugo build of the same round.
#
# Environment:
#   PV_JAVA_FLAGS  JVM flags for planvev, run as java FLAGS -jar target/planvev.jar (default: unset,
#                  planvev runs through the ./planvev launcher, as users run it)
#   BENCH_DATE     build date passed to planvev (default 2026-06-01)
#   BENCH_DIR      where sites and outputs go (default target/bench)
#   BENCH_SKIP_MVN set to 1 to use the jar and test classes as they are
#   BENCH_WARMUP   set to 0 to skip the unmeasured warm-up builds (for the largest sizes)
#   BENCH_WARM     set to 0 to skip the warm planvev builds
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

size="${1:?usage: bench/run.sh SIZE [RUNS]   (SIZE = pages per language, e.g. 1000)}"
runs="${2:-5}"
date_arg="${BENCH_DATE:-2026-06-01}"
dir="${BENCH_DIR:-$here/target/bench}/$size"
flags="${PV_JAVA_FLAGS-}"

for tool in java mvn hugo /usr/bin/time awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is missing (apt-get install hugo time)" >&2; exit 3; }
done

if [ "${BENCH_SKIP_MVN:-0}" != 1 ]; then
  echo "bench: building target/planvev.jar and the generator ..." >&2
  mvn -q -B -DskipTests package >&2
fi

if [ ! -f "$dir/.generated" ]; then
  echo "bench: generating $size pages x 2 languages in $dir ..." >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  java -cp target/test-classes no.planvev.bench.SyntheticSite pages "$size" "$dir/content" \
    --hugo "$dir/hugo"
  touch "$dir/.generated"
fi

log="$dir/runs.tsv"
printf 'tool\trun\twall_s\tcpu_s\tpeak_rss_mb\thtml_files\n' > "$log"

# measure TOOL RUN CMD...: wall time from the clock, CPU and peak RSS from GNU time.
measure() {
  local tool="$1" run="$2"; shift 2
  local out="$dir/out-$tool" tfile="$dir/time-$tool"
  case "$tool" in pv-*) out="$dir/out-planvev" ;; esac
  case "$tool" in
    pv-*) ;;  # warm: the output and the build cache of the last build stay
    *) rm -rf "$out" "$dir/.out-$tool.old" "$dir/.planvev-cache" ;;
  esac
  sync
  local t0 t1
  t0=$(date +%s%N)
  if ! /usr/bin/time -f '%U %S %M' -o "$tfile" "$@" >"$dir/log-$tool" 2>&1; then
    echo "bench: $tool failed; see $dir/log-$tool" >&2
    tail -20 "$dir/log-$tool" >&2
    exit 1
  fi
  t1=$(date +%s%N)
  local html
  html=$(find "$out" -name '*.html' | wc -l)
  if [ "$run" != warmup ]; then
    awk -v tool="$tool" -v run="$run" -v ns="$((t1 - t0))" -v html="$html" \
      'END { printf "%s\t%s\t%.3f\t%.2f\t%.0f\t%d\n", tool, run, ns / 1e9, $1 + $2, $3 / 1024, html }' \
      "$tfile" >> "$log"
  fi
}

hugo_build() { measure hugo "$1" hugo --quiet -s "$dir/hugo" -d "$dir/out-hugo"; }
# shellcheck disable=SC2086 # flags are words
pv_build() {
  if [ -z "$flags" ]; then
    measure planvev "$1" "$here/planvev" build \
      --content "$dir/content" --output "$dir/out-planvev" --date "$date_arg"
    return
  fi
  measure planvev "$1" java $flags -jar "$here/target/planvev.jar" build \
    --content "$dir/content" --output "$dir/out-planvev" --date "$date_arg"
}
# A warm build (TOOL pv-warm or pv-edit) into the output and cache of the last planvev build.
pv_warm() {
  local tool="$1" run="$2"
  if [ -z "$flags" ]; then
    measure "$tool" "$run" "$here/planvev" build \
      --content "$dir/content" --output "$dir/out-planvev" --date "$date_arg"
    return
  fi
  measure "$tool" "$run" java $flags -jar "$here/target/planvev.jar" build \
    --content "$dir/content" --output "$dir/out-planvev" --date "$date_arg"
}
# Edits one page's Markdown (a new last paragraph naming the run), as an editor would.
edit_file="$dir/content/pages/side-000001.nb.md"
[ -f "$dir/edit.orig" ] || cp "$edit_file" "$dir/edit.orig"
edit_one() {
  cp "$dir/edit.orig" "$edit_file"
  printf '\nEndret i runde %s.\n' "$1" >> "$edit_file"
}

echo "bench: $size pages x 2 languages, $runs runs each, alternating; planvev: ${flags:-the ./planvev launcher}" >&2
if [ "${BENCH_WARMUP:-1}" != 0 ]; then
  hugo_build warmup
  pv_build warmup
fi
for i in $(seq 1 "$runs"); do
  hugo_build "$i"
  pv_build "$i"
  if [ "${BENCH_WARM:-1}" != 0 ]; then
    pv_warm pv-warm "$i"
    edit_one "$i"
    pv_warm pv-edit "$i"
  fi
done
cp "$dir/edit.orig" "$edit_file"

column -t "$log" 2>/dev/null || cat "$log"
echo
awk -F'\t' -v size="$size" -v runs="$runs" '
  NR == 1 { next }
  { wall[$1] = wall[$1] " " $3; cpu[$1] = cpu[$1] " " $4; rss[$1] = rss[$1] " " $5; html[$1] = $6 }
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    hw = median(wall["hugo"]); pw = median(wall["planvev"])
    hr = median(rss["hugo"]); pr = median(rss["planvev"])
    printf "pages per language: %d, runs each: %d\n", size, runs
    printf "%-8s median wall %7.3f s  cpu %7.2f s  peak RSS %6.0f MB  html files %d\n", "hugo", hw, median(cpu["hugo"]), hr, html["hugo"]
    printf "%-8s median wall %7.3f s  cpu %7.2f s  peak RSS %6.0f MB  html files %d\n", "planvev", pw, median(cpu["planvev"]), pr, html["planvev"]
    printf "ratio planvev/hugo: wall %.2f  peak RSS %.2f\n", pw / hw, pr / hr
    for (t in wall) if (t ~ /^pv-/) {
      printf "%-8s median wall %7.3f s  cpu %7.2f s  peak RSS %6.0f MB  (%s/hugo cold: %.3f)\n", t, median(wall[t]), median(cpu[t]), median(rss[t]), t, median(wall[t]) / hw
    }
  }' "$log" | tee "$dir/summary.txt"
