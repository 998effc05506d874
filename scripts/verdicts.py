#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
#
# The verdict table of init/verdicts.h, for the host's Python: run-vm,
# bench and the tests import it; `verdicts.py --check README` fails when
# the README's table and the header disagree (make check runs it).

"""Read init/verdicts.h; check the README's verdict table against it."""

import collections
import os
import re
import sys
import textwrap

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(TOP, 'init', 'verdicts.h')

Row = collections.namedtuple('Row', 'kind id word code bisect meaning')

ROW_RE = re.compile(r'^(VERDICT|HOST_VERDICT|HOST_EXIT)\((\w+),\s*"([^"]*)",'
		    r'\s*(-?\d+),\s*(\w+),\s*"([^"]*)"\)', re.M)
BISECT = ('good', 'bad', 'skip', 'stop')


def load(path=HEADER):
	"""The rows of the header, in order."""
	with open(path, encoding='utf-8') as f:
		text = f.read()
	rows = [Row(m[1], m[2], m[3], int(m[4]), m[5], m[6])
		for m in ROW_RE.finditer(text)]
	kinds = len(re.findall(r'^(?:HOST_)?(?:VERDICT|EXIT)\(', text, re.M))
	if not rows or kinds != len(rows):
		raise ValueError('%s: %d rows, %d parsed: each row is KIND(ID, '
				 '"word", exit, bisect, "meaning")' %
				 (path, kinds, len(rows)))
	for r in rows:
		if r.bisect not in BISECT:
			raise ValueError('%s: %s: bisect %r, expected one of %s' %
					 (path, r.id, r.bisect, ', '.join(BISECT)))
	return rows


ROWS = load()
# Verdict word -> run-vm's exit code, for the words with a fixed one.
CODES = {r.word: r.code for r in ROWS if r.kind != 'HOST_EXIT' and
	 r.code >= 0}
# Row id -> exit code: run-vm's own exits (HOST_ERROR, VM_KILLED) too.
EXITS = {r.id: r.code for r in ROWS}


def readme_row(r):
	"""(label, exit, meaning) as the README's table shows row r."""
	meaning = ('(host) ' if r.kind == 'HOST_VERDICT' else '') + r.meaning
	return (r.word, 'N' if r.code < 0 else str(r.code), meaning)


def help_text():
	"""run-vm's --help lines for the exit codes, from the same rows."""
	out = ''
	for r in ROWS:
		label, code, meaning = readme_row(r)
		out += textwrap.fill('%s: %s' % (label, meaning), width=79,
				     initial_indent='  %-20s ' % code,
				     subsequent_indent=' ' * 23) + '\n'
	return out


def parse_readme(text):
	"""(label, exit, meaning) of each row of the README's table."""
	lines = text.splitlines()
	try:
		start = next(i for i, l in enumerate(lines)
			     if re.match(r'^    verdict +exit +meaning$', l))
	except StopIteration:
		return None
	rows = []
	for l in lines[start + 1:]:
		if not l.strip():
			break
		m = re.match(r'^    (\S.*?)  +(\S+)  +(.*)$', l)
		if m:
			rows.append(list(m.groups()))
		elif rows and l.startswith('     '):
			rows[-1][2] += ' ' + l.strip()
		else:
			rows.append([l.strip(), '?', '?'])
	return [tuple(r) for r in rows]


def check_readme(path):
	"""The README's table against the header: a list of problems."""
	with open(path, encoding='utf-8') as f:
		got = parse_readme(f.read())
	if got is None:
		return ['%s: no "verdict  exit  meaning" table' % path]
	want = [readme_row(r) for r in ROWS]
	problems = []
	for i in range(max(len(got), len(want))):
		g = got[i] if i < len(got) else None
		w = want[i] if i < len(want) else None
		if g != w:
			problems.append('%s: row %d is %r, %s says %r' %
					(path, i + 1, g, HEADER, w))
	return problems


def main(argv):
	if len(argv) != 3 or argv[1] != '--check':
		print('usage: verdicts.py --check README', file=sys.stderr)
		return 2
	problems = check_readme(argv[2])
	for p in problems:
		print('verdicts: ' + p, file=sys.stderr)
	if problems:
		return 1
	print('verdicts: %s agrees with %s (%d rows)' %
	      (argv[2], os.path.relpath(HEADER, TOP), len(ROWS)))
	return 0


if __name__ == '__main__':
	sys.exit(main(sys.argv))
