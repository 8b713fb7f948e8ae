#!/usr/bin/env bash
# Builds the four publishable plugin packages and packs each one with
# `yarn pack` into dist-packages/, as they would be published: the prepack
# step (`backstage-cli package prepack`) points the entry points at dist/ and
# compiles config.d.ts to config.schema.json, and yarn rewrites the
# `workspace:^` dependencies to real version ranges. `yarn test:packages`
# checks the result.
#
# Usage: yarn release:pack
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=$root/dist-packages

# The common package first: the others depend on it.
packages=(
  plugins/csip-common
  plugins/csip-backend
  plugins/csip
  plugins/search-backend-module-csip
)

# A pack that fails between prepack and postpack leaves the rewritten
# package.json in place; put the original back.
restore() {
  for dir in "${packages[@]}"; do
    if [ -f "$root/$dir/package.json-prepack" ]; then
      echo "restoring $dir/package.json after a failed pack" >&2
      (cd "$root/$dir" && yarn backstage-cli package postpack) || true
    fi
  done
}
trap restore EXIT

log=$(mktemp)
run() {
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "failed: $*" >&2
    return 1
  fi
}

started=$SECONDS
rm -rf "$out"
mkdir -p "$out"

# The type declarations of each build come from dist-types/, written by tsc.
step=$SECONDS
run yarn tsc
echo "tsc ($((SECONDS - step)) s)"

for dir in "${packages[@]}"; do
  step=$SECONDS
  (cd "$dir" && run yarn backstage-cli package build)
  echo "built $dir ($((SECONDS - step)) s)"
done

for dir in "${packages[@]}"; do
  (cd "$dir" && run yarn pack --out "$out/%s-%v.tgz")
done

for tarball in "$out"/*.tgz; do
  bytes=$(wc -c <"$tarball")
  files=$(tar -tzf "$tarball" | wc -l)
  awk -v name="dist-packages/$(basename "$tarball")" -v bytes="$bytes" \
    -v files="$files" 'BEGIN { printf "%-70s %7.1f kB %4d files\n", name, bytes / 1000, files }'
done
rm -f "$log"
echo "packed ${#packages[@]} packages in $((SECONDS - started)) s"
