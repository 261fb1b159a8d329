#!/usr/bin/env bash
# Rebuilds the golden weekly digests in corpus/expected/ from corpus/: ingests
# the corpus (relative paths, from the repository root) into a temporary
# database and writes corpus/expected/digest-WEEK.{md,html,json}.golden for each
# week below. Review the diff before committing: the goldens change whenever
# ingestion, extraction, sentiment or the digest itself changes.
#   tools/regen_golden.sh              # uses build/newsminer (BUILD_DIR to change)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
weeks=(2026-W07 2026-W12 2026-W17)  # the Sora story in three languages; a week of four stories; a week with no articles

cmake --build "$build" --target newsminer -j2 >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The article folders only (the .golden suffix also keeps `ingest corpus/` off
# these files, but the held-out articles must not enter the goldens either).
"$build/newsminer" --db "$tmp/corpus.db" ingest corpus/en corpus/zh-Hans corpus/zh-Hant >/dev/null
for week in "${weeks[@]}"; do
  for format in md html json; do
    "$build/newsminer" --db "$tmp/corpus.db" digest --week "$week" --format "$format" \
      -o "corpus/expected/digest-$week.$format.golden"
  done
  echo "regen_golden: corpus/expected/digest-$week.{md,html,json}.golden"
done
