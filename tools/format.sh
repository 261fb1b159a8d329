#!/usr/bin/env bash
# Formats C++ as STYLE.md asks (.clang-format), touching only the lines you
# changed (git clang-format): the tree was laid out by hand, and reformatting
# whole files would bury every real change under layout in `git blame`.
#   tools/format.sh                  # lines changed since HEAD (staged or not)
#   tools/format.sh BASE             # lines changed since BASE (e.g. main)
#   tools/format.sh --check [BASE]   # print what would change; exit 1 if anything would
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
if [[ ${1:-} == --check ]]; then check=1; shift; fi
base=${1:-HEAD}
if ! command -v git-clang-format >/dev/null; then
  echo "tools/format.sh: git-clang-format not found (apt-get install clang-format)" >&2
  exit 2
fi
exts=cc,h
if ((check)); then
  out=$(git clang-format --diff --extensions "$exts" "$base" -- src tests tools || true)
  if [[ -z $out || $out == *"no modified files to format"* || $out == *"did not modify any files"* ]]; then exit 0; fi
  printf '%s\n' "$out"
  exit 1
fi
git clang-format --force --extensions "$exts" "$base" -- src tests tools
