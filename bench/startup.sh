#!/usr/bin/env bash
# Wall time of building the demo site (content/), JVM start included: bench/startup.sh [RUNS]
#
# Compares, with hyperfine (apt-get install hyperfine) or a plain loop when it is missing:
#   launcher   ./planvev build ...                      (what users run; includes its freshness check)
#   plain      java -jar target/planvev.jar build ...   (no JVM flags at all)
#   flags      java <launcher flags> -jar ...           (the launcher's flags, without the script)
#   cds        java <launcher flags> -XX:SharedArchiveFile=target/bench/planvev.jsa -jar ...
#              (application class data sharing; the archive is made first with
#               -XX:ArchiveClassesAtExit from one build of the demo site)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${1:-20}"
dir="$here/target/bench/demo"
mkdir -p "$dir"
launcher_flags="$(sed -n 's/^flags=(\(.*\))$/\1/p' "$here/planvev")"
[ -n "$launcher_flags" ] || { echo "startup: no flags=(...) line in ./planvev" >&2; exit 3; }
jsa="$here/target/bench/planvev.jsa"
build_args="build --content content --output $dir/out --date 2026-06-01"

if [ "${BENCH_SKIP_MVN:-0}" != 1 ]; then
  mvn -q -B -DskipTests package >&2
fi
rm -f "$jsa"
# shellcheck disable=SC2086
java $launcher_flags -XX:ArchiveClassesAtExit="$jsa" -jar target/planvev.jar $build_args \
  >/dev/null 2>"$dir/cds.log" || { cat "$dir/cds.log" >&2; exit 1; }

declare -a names=(launcher plain flags cds)
declare -a cmds=(
  "./planvev $build_args"
  "java -jar target/planvev.jar $build_args"
  "java $launcher_flags -jar target/planvev.jar $build_args"
  "java $launcher_flags -XX:SharedArchiveFile=$jsa -jar target/planvev.jar $build_args"
)

if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$dir/startup.json" \
    --export-markdown "$dir/startup.md" "${args[@]}"
  cat "$dir/startup.md"
else
  for i in "${!cmds[@]}"; do
    for _ in 1 2 3; do ${cmds[$i]} >/dev/null 2>&1; done
    times=()
    for _ in $(seq 1 "$runs"); do
      t0=$(date +%s%N); ${cmds[$i]} >/dev/null 2>&1; t1=$(date +%s%N)
      times+=($(((t1 - t0) / 1000000)))
    done
    printf '%-9s median %s ms\n' "${names[$i]}" \
      "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  done
fi
for name in plain cds; do
  i=0; [ "$name" = cds ] && i=3
  /usr/bin/time -f "$name: peak RSS %M KB" ${cmds[$i]} >/dev/null 2>"$dir/rss-$name.log" || true
  tail -1 "$dir/rss-$name.log"
done
