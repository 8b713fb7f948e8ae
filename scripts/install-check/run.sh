#!/usr/bin/env bash
# Installs CSIP Coach into a freshly scaffolded Backstage portal exactly as
# docs/install.md tells an administrator to, starts the portal and checks it
# (`yarn test:install`; part of `yarn test`):
#   1. scaffold: `npx @backstage/create-app` and its `yarn install`, cached
#      per create-app version under $CSIP_CACHE/portal-create-app-<version>
#      (default $HOME/.cache/csip-coach) and reset to that state each run
#   2. the guide's edits (scripts/install-check/applyInstallSteps.mjs): the
#      four tarballs of `yarn release:pack`, the root resolutions, a database
#      on disk, the backend lines
#   3. yarn install, yarn tsc, yarn backstage-cli config:check
#   4. yarn start on ports 3200/7207 (app-config.local.yaml), then
#      scripts/install-check/smoke.mjs: health, a guest token, a programme
#      created and read back through the API, an owner not in the catalog
#      refused, the CSIP page and the group's Improvement card and tab in
#      Chromium; then the backend restarted, and the programme still there
#   5. the portal's log must not contain "startup failed"
#   6. uninstall: the guide's down-migration command (read from
#      docs/install.md); only knex's bookkeeping tables may be left
# `run.sh --scaffold-only` prepares the cached scaffold and stops (`yarn test`
# starts it in the background early). Prints the time of each phase. Needs
# Node 22/24, yarn on PATH, Chromium (CHROMIUM_PATH, default
# /usr/bin/chromium) and this repository installed.
set -euo pipefail
# Yarn makes every install --immutable when CI is set; the admin's
# `yarn install` in a new portal writes its lockfile.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false
repo="$(cd "$(dirname "$0")/../.." && pwd)"
CREATE_APP_VERSION="${CREATE_APP_VERSION:-0.9.2}"
cache="${CSIP_CACHE:-$HOME/.cache/csip-coach}"
work="${CSIP_INSTALL_DIR:-/tmp/csip-install-check}"
portal="$cache/portal-create-app-$CREATE_APP_VERSION"
log="$work/portal.log"
started=$SECONDS
phase_started=$SECONDS
timings=()
phase() {
  timings+=("$1: $((SECONDS - phase_started)) s")
  echo "--- $1 done in $((SECONDS - phase_started)) s"
  phase_started=$SECONDS
}

pids=()
stop_portal() {
  for pid in "${pids[@]}"; do
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  done
  pids=()
  # `yarn start` leaves the backend and dev server as grandchildren.
  if command -v fuser >/dev/null; then
    fuser -k 3200/tcp 7207/tcp >/dev/null 2>&1 || true
  fi
}
trap stop_portal EXIT

# --- 1. scaffold (cached) ---------------------------------------------------
# A portal as `npx @backstage/create-app` leaves it: scaffolded and
# installed, then committed to its own git repository (create-app made it).
# Cached per create-app version; every run first resets it to that commit
# (`git reset --hard`, `git clean`; node_modules, ignored by git, stays as
# the last run left it and `yarn install` brings it back in line).
marker="$portal.installed"
if [ ! -f "$marker" ]; then
  rm -rf "$portal"
  mkdir -p "$cache"
  (cd "$cache" && BACKSTAGE_APP_NAME=portal npx -y \
    "@backstage/create-app@$CREATE_APP_VERSION" \
    --path "$portal" --skip-install </dev/null >"$cache/create-app.log" 2>&1) || {
    tail -30 "$cache/create-app.log"
    exit 1
  }
  # create-app's own install step, run here to keep its log.
  (cd "$portal" && yarn install >>"$cache/create-app.log" 2>&1) || {
    tail -40 "$cache/create-app.log"
    exit 1
  }
  git -C "$portal" init -q
  git -C "$portal" add -A
  git -C "$portal" -c user.name=install-check -c user.email=install-check@localhost \
    commit -qm "create-app $CREATE_APP_VERSION, installed" --no-verify
  touch "$marker"
fi
phase scaffold
[ "${1:-}" = "--scaffold-only" ] && exit 0

git -C "$portal" reset -q --hard
git -C "$portal" clean -fdxq -e node_modules -e .yarn/install-state.gz
rm -rf "$work"
mkdir -p "$work"
echo "Backstage $(node -p "require('$portal/backstage.json').version") (create-app $CREATE_APP_VERSION)"
phase reset

# --- the tarballs -----------------------------------------------------------
# Packed now (`yarn release:pack`), unless CSIP_PACKAGES_DIR names tarballs
# packed already (yarn test does: its packages step has just packed them).
packs="${CSIP_PACKAGES_DIR:-}"
if [ -z "$packs" ]; then
  (cd "$repo" && yarn release:pack)
  packs="$repo/dist-packages"
fi
phase pack

# --- 2. the install guide's edits -------------------------------------------
node "$repo/scripts/install-check/applyInstallSteps.mjs" "$portal" "$packs"
phase edits

# --- 3. install, type-check, config check ----------------------------------
cd "$portal"
yarn install >"$work/install.log" 2>&1 || {
  tail -40 "$work/install.log"
  exit 1
}
phase "yarn install"
yarn tsc
phase "yarn tsc"
yarn backstage-cli config:check
phase "config:check"

# --- 4. start and check -----------------------------------------------------
# In its own process group (set -m), so stop_portal ends all its children.
start_portal() {
  set -m
  "$@" >>"$log" 2>&1 &
  pids+=($!)
  set +m
}
start_portal yarn start
node "$repo/scripts/install-check/smoke.mjs" first-start
phase "start + smoke"

stop_portal
sleep 2
# The backend alone is enough to see that the data survived.
start_portal yarn workspace backend start
node "$repo/scripts/install-check/smoke.mjs" after-restart
phase "restart + persistence"
stop_portal
sleep 2

# --- 5. the log -------------------------------------------------------------
if grep -n "startup failed" "$log"; then
  echo "The portal's log has 'startup failed' (above)." >&2
  exit 1
fi
echo "no 'startup failed' in the portal's log"

# --- 6. uninstall -------------------------------------------------------------
node "$repo/scripts/install-check/guideBlock.mjs" uninstall >"$work/uninstall.sh"
bash "$work/uninstall.sh"
left=$(node -e "
  const db = new (require('better-sqlite3'))('packages/backend/sqlite-data/csip.sqlite');
  console.log(db.prepare(\"select name from sqlite_master where type = 'table' and name like 'csip%' order by name\").all().map(r => r.name).join(' '));
")
echo "csip tables left: $left"
[ "$left" = "csip_knex_migrations csip_knex_migrations_lock" ] || {
  echo "the down migrations left more than knex's bookkeeping" >&2
  exit 1
}
phase uninstall
printf '%s\n' "${timings[@]}"
echo "install check passed in $((SECONDS - started)) s"
