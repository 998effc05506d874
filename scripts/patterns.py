# SPDX-License-Identifier: GPL-2.0-only
#
# Pattern files of the host scripts, scripts/splat-patterns' format: one
# string a line, matched as is, lines starting with # are comments; a
# line "ARCH: STRING" holds for that --arch only.

"""Read a pattern file into strings or one regex."""

import os
import re

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PANIC_PATTERNS = os.path.join(TOP, 'scripts', 'panic-patterns')
ARCHES = ('x86_64', 'arm64')


def read(path, arch=None):
	"""The strings of @path that hold for @arch (all when None)."""
	out = []
	with open(path, encoding='utf-8') as f:
		for line in f.read().splitlines():
			if not line.strip() or line.startswith('#'):
				continue
			head, sep, rest = line.partition(': ')
			if sep and head in ARCHES:
				if arch is not None and head != arch:
					continue
				line = rest
			out.append(line)
	return out


def regex(path, arch=None):
	"""One compiled regex matching any string of @path."""
	return re.compile('|'.join(re.escape(s) for s in read(path, arch)))


def panic_re(arch):
	"""The console's crash lines for @arch, from scripts/panic-patterns."""
	return regex(PANIC_PATTERNS, arch)
