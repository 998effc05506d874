# SPDX-License-Identifier: GPL-2.0-only
#
# ktap - KTAP for the Python scripts (run-selftests, run-matrix,
# selftests/run), the counterpart of selftests/ktap.sh: kselftest's
# ksft.py from the kernel tree this repository sits in
# (tools/testing/selftests/sched_ext/scxinit), else from the linux
# source in the cache, else a stand-in printing the same lines.
# Importing it prints nothing; header() starts a report.
#
# ksft.py prints to sys.stdout and numbers results with one counter per
# process: one report per process, its results written in order.

"""kselftest's ksft.py, from the kernel tree or the cache."""

import errno
import importlib.util
import io
import os
import select
import signal
import sys
import threading

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get('SCXINIT_CACHE') or \
	os.path.join(os.path.expanduser('~'), '.cache', 'scxinit')


class _Ksft:
	"""The part of ksft.py these scripts use, printing what it prints
	(the blank before an empty directive too), so a report does not
	depend on where ksft came from."""

	ksft_cnt = {'pass': 0, 'fail': 0, 'skip': 0}
	ksft_test_number = 1

	@classmethod
	def set_plan(cls, num_tests):
		print('1..%d' % num_tests)

	@classmethod
	def print_msg(cls, msg):
		print('# %s' % msg)

	@classmethod
	def _result(cls, result, description, kind, directive=''):
		print('%s %d %s %s' % (result, cls.ksft_test_number,
				       description, directive))
		cls.ksft_test_number += 1
		cls.ksft_cnt[kind] += 1

	@classmethod
	def test_result_pass(cls, description):
		cls._result('ok', description, 'pass')

	@classmethod
	def test_result_fail(cls, description):
		cls._result('not ok', description, 'fail')

	@classmethod
	def test_result_skip(cls, description):
		cls._result('ok', description, 'skip', '# SKIP')

	@classmethod
	def print_cnts(cls):
		c = cls.ksft_cnt
		if c['skip']:
			print('# %d skipped test(s) detected. Consider enabling '
			      'relevant config options to improve coverage.' %
			      c['skip'])
		print('# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:%d '
		      'error:0' % (c['pass'], c['fail'], c['skip']))


def _load():
	for path in (os.path.join(TOP, '..', '..', 'kselftest', 'ksft.py'),
		     os.path.join(CACHE, 'linux', 'tools', 'testing',
				  'selftests', 'kselftest', 'ksft.py')):
		if os.path.isfile(path):
			spec = importlib.util.spec_from_file_location('ksft',
								      path)
			mod = importlib.util.module_from_spec(spec)
			# No __pycache__ in the kernel tree it comes from.
			keep = sys.dont_write_bytecode
			sys.dont_write_bytecode = True
			try:
				spec.loader.exec_module(mod)
			finally:
				sys.dont_write_bytecode = keep
			return mod
	return _Ksft


ksft = _load()


def header(plan):
	"""KTAP version 1, as selftests/ktap.sh prints it (ksft.py's
	print_header says TAP version 13), and the plan."""
	print('KTAP version 1')
	ksft.set_plan(plan)


def skip(description, reason):
	"""A skip and why. ksft.py's test_result_skip takes no reason (its
	directive is a bare SKIP, where kselftest.h's ksft_test_result_skip
	puts one): the reason is the diagnostic just before the line, as
	the reasons of failures are."""
	ksft.print_msg('%s: %s' % (description, reason.replace('\n', ' ')))
	ksft.test_result_skip(description)


# Set when the report's reader went away (`| head -1`) or a write of it
# failed (a full disk): the caller stops its VMs, cleans up and ends with
# report_lost().  LOST holds the write's error, when one said why.
GONE = threading.Event()
LOST = []


def report_to_null(err=None):
	"""On an OSError from stdout: the rest of the report goes to
	/dev/null, so no later write or the flush at exit fails again."""
	if err is not None and not LOST:
		LOST.append(err)
	devnull = os.open(os.devnull, os.O_WRONLY)
	if devnull != 1:
		os.dup2(devnull, 1)
		os.close(devnull)
	GONE.set()


def report_lost(prog):
	"""The end of a run whose report was lost: death by SIGPIPE when
	its reader went, else the write's error and 1, as a program whose
	write failed ends."""
	err = LOST[0] if LOST else None
	if err is None or err.errno == errno.EPIPE:
		exit_as_sigpipe()
	sys.stderr.write('%s: stdout: %s\n' % (prog, os.strerror(err.errno)))
	return 1


def reader_left():
	"""Whether stdout is a pipe whose reader has gone, before a write
	fails: poll() says POLLERR then."""
	p = select.poll()
	p.register(sys.stdout.fileno(), 0)
	return any(ev & select.POLLERR for _, ev in p.poll(0))


def exit_as_sigpipe():
	"""End as a program that leaves SIGPIPE alone ends when its reader
	goes (Python ignores it): killed by it, 141 to a shell."""
	sys.stderr.flush()
	signal.signal(signal.SIGPIPE, signal.SIG_DFL)
	os.kill(os.getpid(), signal.SIGPIPE)


class _Progress(io.RawIOBase):
	"""stderr's file descriptor, whose writes do not fail: once one
	has (its reader gone), the rest of the progress is dropped."""
	def __init__(self):
		super().__init__()
		self.lost = False

	def writable(self):
		return True

	def write(self, b):
		if not self.lost:
			try:
				return os.write(2, b)
			except OSError:
				self.lost = True
		return len(b)


def progress_best_effort():
	"""Progress on stderr is a courtesy: its reader going (`2>&1
	>report | head -1`) must cost no result, yet the write that finds
	it gone would raise in whichever thread made it, the one pumping a
	VM's output among them.  A closed stderr gets /dev/null, so no
	file opened later becomes fd 2 and the children's stderr."""
	try:
		os.fstat(2)
	except OSError:
		devnull = os.open(os.devnull, os.O_WRONLY)
		if devnull != 2:
			os.dup2(devnull, 2)
			os.close(devnull)
	# A closed stdout (>&-) is a report no one can read: nothing runs.
	if sys.stdout is None:
		report_to_null(OSError(errno.EBADF, os.strerror(errno.EBADF)))
		sys.stdout = open(1, 'w', closefd=False)
	sys.stderr = io.TextIOWrapper(io.BufferedWriter(_Progress()),
				      encoding=sys.getfilesystemencoding(),
				      errors='backslashreplace',
				      line_buffering=True)
