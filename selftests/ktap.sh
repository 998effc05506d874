# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
#
# Sourced by the bash tests after they set TOP: kselftest's
# ktap_helpers.sh from the kernel tree this directory sits in, else from
# the linux-source tree in the cache. Without either there is nothing
# to report with: the test is skipped, saying why.

ktap_load() {
	local f

	for f in "$TOP/../../kselftest/ktap_helpers.sh" \
		"${SCXINIT_CACHE:-$HOME/.cache/scxinit}/linux/tools/testing/selftests/kselftest/ktap_helpers.sh"; do
		if [ -f "$f" ]; then
			# shellcheck source=/dev/null
			. "$f"
			return 0
		fi
	done
	echo "KTAP version 1"
	echo "1..0 # SKIP no kselftest/ktap_helpers.sh: run scripts/setup"
	exit 4
}
ktap_load
