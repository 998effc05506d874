# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
#
# Helpers shared by the scxinit host scripts. Source it, don't run it:
#
#   . "$(dirname "${BASH_SOURCE[0]}")/common.sh"
#
# Provides:
#   TOP        the scxinit source tree (parent of scripts/)
#   CACHE      ${SCXINIT_CACHE:-$HOME/.cache/scxinit}, exported as
#              SCXINIT_CACHE so make and child scripts agree on it
#   PROG       name of the calling script, prefixes every message
#   QUIET      1 = msg prints nothing (warn and die still do)
#   step TEXT  name the step in progress; die and the ERR trap report it
#   msg, warn, die, run_logged, as_root, need_cmd, scx_trap_err

# shellcheck disable=SC2034 # used by the sourcing scripts
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SCXINIT_CACHE:-$HOME/.cache/scxinit}
case $CACHE in
/*) ;;
*) CACHE=$PWD/$CACHE ;;
esac
export SCXINIT_CACHE=$CACHE
PROG=${PROG:-$(basename "$0")}
QUIET=${QUIET:-0}
STEP=${STEP:-}

msg() {
	[ "$QUIET" = 1 ] || printf '%s: %s\n' "$PROG" "$*"
}

warn() {
	printf '%s: warning: %s\n' "$PROG" "$*" >&2
}

step() {
	STEP=$*
}

# die REASON: say which step failed and why, then exit 1.
die() {
	if [ -n "$STEP" ]; then
		printf '%s: step "%s" failed: %s\n' "$PROG" "$STEP" "$*" >&2
	else
		printf '%s: error: %s\n' "$PROG" "$*" >&2
	fi
	exit 1
}

# scx_trap_err: for scripts running under set -e, make an unexpected
# failing command name the step too. Opt-in: without set -e the trap
# would fire on every failing command.
_scx_err_trap() {
	local rc=$? cmd=$BASH_COMMAND line=${BASH_LINENO[0]}
	trap - ERR
	die "command '$cmd' exited $rc (${BASH_SOURCE[1]:-$0}:$line)"
}
scx_trap_err() {
	set -o errtrace
	trap _scx_err_trap ERR
}

# run_logged NAME CMD...: run CMD with its output in $CACHE/log/NAME.log;
# on failure show the log's tail and die.
run_logged() {
	local name=$1 log rc=0
	shift
	mkdir -p "$CACHE/log"
	log=$CACHE/log/$name.log
	"$@" >"$log" 2>&1 || rc=$?
	if [ "$rc" != 0 ]; then
		tail -n 25 "$log" >&2
		die "'$*' exited $rc (full log: $log)"
	fi
}

# as_root CMD...: run CMD as root (sudo when not root already).
as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		die "need root for '$*' and sudo is not installed"
	fi
}

need_cmd() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 ||
			die "'$c' not found (run scripts/setup)"
	done
}
