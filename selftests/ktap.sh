# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
#
# Sourced by the bash tests after they set TOP: kselftest's
# ktap_helpers.sh from the kernel tree this directory sits in, else from
# the linux-source tree in the cache. Without either there is nothing
# to report with: the test is skipped, saying why. Prints the KTAP
# header.

ktap_load() {
	local f

	echo "KTAP version 1"
	for f in "$TOP/../../kselftest/ktap_helpers.sh" \
		"${SCXINIT_CACHE:-$HOME/.cache/scxinit}/linux/tools/testing/selftests/kselftest/ktap_helpers.sh"; do
		if [ -f "$f" ]; then
			# shellcheck source=/dev/null
			. "$f"
			return 0
		fi
	done
	echo "1..0 # SKIP no kselftest/ktap_helpers.sh: run scripts/setup"
	exit 4
}
ktap_load

# ktap_helpers.sh echoes descriptions unquoted: no globbing of them.
ktap_noglob() {
	local flags=$-

	set -f
	"$@"
	[[ $flags == *f* ]] || set +f
}
ok() {
	ktap_noglob ktap_test_pass "$*"
}
not_ok() {
	ktap_noglob ktap_test_fail "$*"
}
# check DESCRIPTION CMD...: ok when CMD succeeds (ktap_test_result would
# split CMD's arguments on blanks).
check() {
	local desc=$1

	shift
	if "$@"; then
		ok "$desc"
	else
		not_ok "$desc"
	fi
}
# ktap_done: the plan last, for tests that count as they go (TAP allows
# it), the totals, and exit 1 on any failure.
ktap_done() {
	echo "1..$((KTAP_TESTNO - 1))"
	ktap_print_totals
	exit $((KTAP_CNT_FAIL > 0))
}
