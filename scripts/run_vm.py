# SPDX-License-Identifier: GPL-2.0-only
#
# run_vm - scripts/run-vm's code, a module: bench and the tests import
# it (scripts/ on sys.path); importing it has no side effects.
#
# run-vm - boot a kernel under QEMU with scxinit as PID 1, run one
# payload (optionally under a sched_ext scheduler) and report a single
# verdict with a meaningful exit code.
#
# The kernel console (ttyS0; the PL011 ttyAMA0 on arm64) goes to
# OUT/console.log. scxinit's control lines and the payload's bytes
# travel on two virtio-serial ports, scxinit.ctl and scxinit.out, each
# a socket pair with QEMU: only scxinit writes the first, so nothing a
# payload prints can be read as control (see the README's wire
# section). On arm64 there is no exit device; the guest powers off
# through PSCI.

"""Boot a kernel with scxinit and run one payload in the guest.

The payload's stdout and stderr (merged by the guest on scxinit.out)
are copied byte for byte to run-vm's stdout. Progress ("phase") lines,
the scheduler's output and the final verdict line go to stderr.

PROGRAM, --sched and --include files run as built: a dynamically linked
binary brings its interpreter and DT_NEEDED libraries (recursively, at
their host paths), a #! script its interpreter. Libraries opened with
dlopen() appear in no ELF header: add them with --include. What cannot
be resolved on the host (a missing library, interpreter) is refused
before booting, naming the binary and what it misses (exit 119). E.g.
the kernel's scx_simple as `make -C tools/sched_ext` links it:

  run-vm --sched tools/sched_ext/build/bin/scx_simple -- /usr/bin/stress-ng \\
      --cpu 2 --timeout 5s --metrics-brief
"""

import argparse
import ctypes
import fcntl
import functools
import hashlib
import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import termios
import time

from initramfs_check import initramfs_fits
import patterns
import verdicts

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get('SCXINIT_CACHE') or \
	os.path.join(os.path.expanduser('~'), '.cache', 'scxinit')
MKINITRAMFS = os.path.join(TOP, 'scripts', 'mkinitramfs')
SPLAT_PATTERNS = os.path.join(TOP, 'scripts', 'splat-patterns')

# Exit codes: pass and fail give the payload's own code; every other
# verdict a fixed one. scxinit prints the same numbers in "code=N"; both
# take them from init/verdicts.h.
VERDICT_CODES = verdicts.CODES
HOST_ERROR = verdicts.EXITS['HOST_ERROR']	# usage, input, QEMU failed
INTERRUPTED = verdicts.EXITS['INTERRUPTED']	# SIGINT/TERM/HUP
VM_KILLED = verdicts.EXITS['VM_KILLED']		# --shell without an exit code

EXIT_CODE_HELP = 'exit codes:\n' + verdicts.help_text().replace('%', '%%') + \
	'''  kernel-warning's splats: WARNING, BUG, lockup, stall, hung task;
  patterns in scripts/splat-patterns; the text in splat.txt.
  SIGUSR1 to run-vm has the guest write its evidence, the sched_ext
  dump, blocked tasks and scheduler output so far, to the run directory
  while the run goes on; the wall limit takes the same before it kills.
  The first SIGINT, SIGTERM or SIGHUP asks the guest to stop (teardown,
  scheduler output, verdict interrupted), QEMU is killed %g s later or
  at a second signal.
'''

# No sign of init this long after QEMU started means the boot hung.
INIT_START_LIMIT = 60.0
# Grace for QEMU to exit after the guest said SCXINIT_EXIT.
POWEROFF_GRACE = 10.0
# How long scxinit waits for our ack after SCXINIT_EXIT; we ack as soon
# as every payload byte it counted has arrived, or after OUTPUT_GRACE.
ACK_TIMEOUT = 10
OUTPUT_GRACE = 5.0
# --shell with piped input: how long the guest is quiet before Ctrl-D.
EOF_QUIET = 0.3
# After a first SIGINT/SIGTERM/SIGHUP, how long the guest has to tear
# down and give its verdict before QEMU is killed.
STOP_GRACE = 5.0
# A guest that halted instead of powering off: QEMU would wait forever.
HALT_GRACE = 2.0
HALT_RE = re.compile(rb'reboot: System halted')
# Without --timeout or --boot-timeout, no run lasts longer than this.
DEFAULT_WALL_LIMIT = 3600.0
# The console's last lines, quoted when the guest gave no verdict.
CONSOLE_TAIL = 65536
PR_SET_PDEATHSIG = 1
# QEMU's number for the initramfs run-vm hands it (3 and 4 are ports).
INITRD_FD = 5
# What a run writes in its directory; the mark says run-vm made it.
RUN_MARK = '.run-vm'
RUN_FILES = ('console.log', 'sched.log', 'sched_ext_dump.txt', 'qemu.log',
	     'qemu.cmd', 'args', 'initramfs.cpio', 'blocked-tasks.txt',
	     'splat.txt', 'splat-patterns', 'result.json', 'result.json.tmp',
	     'stress-ng.log')
# result.json's layout; a key's meaning never changes within one schema.
RESULT_SCHEMA = 1
# scxinit's /dev/kmsg markers around SysRq-w's list (init/evidence.c).
BLOCKED_START = 'scxinit: blocked tasks start'
BLOCKED_END = 'scxinit: blocked tasks end'
# How long a guest asked for evidence has to give it.
DUMP_GRACE = 10.0

# Measured under TCG: cryptomgr.notests saves ~0.6 s of a
# ~2.5 s boot; loglevel=5 keeps warnings, errors and every Oops/panic
# (those force the console verbose) but drops the info chatter.
# panic=-1 with -no-reboot makes a kernel panic end QEMU at once.
# rcupdate.rcu_expedited=1, as syzbot's VMs boot: sched_ext's disable
# path waits for several RCU grace periods, and a normal one takes ticks;
# tearing down scx_simple took 50-92 ms without it, 27-32 ms with it.
# --append 'rcupdate.rcu_expedited=0' restores normal grace periods.
# printk.time=1: the host finds the kernel's panics and Oopses by their
# timestamps (KMSG_RE), which a kernel without CONFIG_PRINTK_TIME, like
# build-kernel's tinyconfig base, does not print otherwise.
# pty.legacy_count=0: a kernel with LEGACY_PTYS (tinyconfig's, so
# build-kernel's) registers 256 BSD ptys at boot, 0.64-0.94 s of its
# initcalls under TCG at load 7; nothing here opens them (--shell uses
# /dev/ptmx), and a kernel without them ignores the word.
# console= comes first, from ARCHS.
KERNEL_CMDLINE = ('loglevel=5 panic=-1 cryptomgr.notests '
		  'rcupdate.rcu_expedited=1 printk.time=1 pty.legacy_count=0 '
		  'rdinit=/init')

KMSG_RE = re.compile(r'\[\s*\d+\.\d+\] ')
# The crash lines quoted as evidence: scripts/panic-patterns, shared with
# scripts/bench.
PANIC_RE = patterns.panic_re('x86_64')
PANIC_RE_ARM64 = patterns.panic_re('arm64')
# A WARN()'s report runs from its "WARNING:" line to the end marker
# (kernel/panic.c __warn()); a line of scripts/splat-patterns there, or
# a crash line that is not of its trace (another CPU's panic), means
# another report broke in.
WARN_START = 'WARNING:'
TRACE_END = '---[ end trace '
WARN_TRACE_RE = re.compile(r'RIP: |Call [Tt]race:')
SPLAT_RE = patterns.regex(SPLAT_PATTERNS)

# What differs per --arch: where the defaults live and how QEMU runs.
# Run.qemu_cmd() and Run.cmdline() build every boot from this table:
#   uname	`uname -m` in the guest (kselftest's config.$(uname -m))
#   kernels	image names tried in $SCXINIT_CACHE/kernel/ARCH, in order
#   qemu_env	the environment variable naming the QEMU binary
#   qemu	the QEMU binary otherwise
#   qemu10	scripts/setup-qemu10's build of it is taken when present
#   machine	-M; cpu: -cpu, or None for the machine's own
#   console	the kernel's console device (QEMU's -serial)
#   cmdline	kernel command-line words after scxinit.mode=
#   devices	-device options after the two ports
#   exit_device	the guest's exit code reaches QEMU's own
#		(isa-debug-exit: QEMU exits (code << 1) | 1)
#   panic_re	the console lines quoted as crash evidence
ARCHS = {
	'x86_64': {
		'uname': 'x86_64',
		'kernels': ('vmlinux', 'vmlinuz'),
		'qemu_env': 'SCXINIT_QEMU',
		'qemu': 'qemu-system-x86_64',
		'qemu10': True,
		'machine': 'pc',
		'cpu': None,
		'console': 'ttyS0',
		# x86 checks that the timer interrupt reaches the IO-APIC by
		# counting ticks in a busy wait; a starved TCG vCPU on a
		# loaded host misses them and the kernel panics "IO-APIC +
		# timer doesn't work!" (seen here at load 5-6).  Cloud images
		# boot with it for the same reason.
		'cmdline': ('no_timer_check',),
		# acpi=noirq: enabling a PCI device's INTx line through
		# ACPI's link devices runs their AML under TCG, for
		# virtio-serial-pci, which then uses MSI-X anyway; without
		# MSI the line still comes from the BIOS's MP table.  Only
		# a kernel that reads that table: without CONFIG_X86_MPPARSE
		# (Debian's) acpi=noirq turns the APIC off, and the guest
		# has one CPU whatever --cpus says.
		'cmdline_if': (('CONFIG_X86_MPPARSE', 'acpi=noirq'),),
		'devices': ('isa-debug-exit,iobase=0xf4,iosize=0x04',),
		'exit_device': True,
		'panic_re': PANIC_RE,
	},
	'arm64': {
		'uname': 'aarch64',
		# QEMU boots the raw Image; Debian's arm64 vmlinuz is one too.
		'kernels': ('Image', 'vmlinuz'),
		'qemu_env': 'SCXINIT_QEMU_ARM64',
		'qemu': 'qemu-system-aarch64',
		'qemu10': False,
		# -cpu max does not reach /init in minutes under TCG.
		'machine': 'virt',
		'cpu': 'neoverse-n1',
		'console': 'ttyAMA0',
		'cmdline': (),
		'cmdline_if': (),
		# PSCI powers off; no exit device exists.
		'devices': (),
		'exit_device': False,
		'panic_re': PANIC_RE_ARM64,
	},
}

# Everything scxinit says on the control port; nothing else writes there.
WIRE_CONTROL_RE = re.compile(
	rb'SCXINIT_(?:INIT_STARTED|PAYLOAD_STARTING|SCHEDULER_DIED'
	rb'|SCHED_ATTACHED ops=\S*|SCHEDULER_NOT_ATTACHED: .*|FATAL: .*'
	rb'|VERDICT=\S+ code=-?\d+|EXIT=-?\d+|EXEC_EXIT=-?\d+'
	rb'|OUTPUT_BYTES=\d+|DUMP_DONE|SPLAT: .*|PHASE=[a-z_]+ t=\d+\.\d+)$')
# Counted blocks: the scheduler's output, the kernel's splats.
WIRE_BLOCK_RE = re.compile(rb'===(SCHED_OUTPUT|SPLATS)_START=== bytes=(\d+)$')
WIRE_BLOCK_ENDS = (b'===SCHED_OUTPUT_END===', b'===SPLATS_END===')

T0 = time.monotonic()


def elapsed():
	return time.monotonic() - T0


class WireParser:
	"""Parse what scxinit writes on its control port.

	Only scxinit writes there (the payload's bytes travel on their own
	port), so every line is anchored: a control line, a PANIC: line of
	scxinit's fault handler, or a diagnostic. The scheduler's output
	comes as a block whose byte count is given first, so nothing in it
	can end the block early or pass for a control line. Control lines
	update the fields below and are reported through `phase(text)`;
	the scheduler's lines go to `sched(line)`, others to `diag(line)`.
	"""

	def __init__(self, phase=None, sched=None, diag=None, block=None):
		self.phase = phase or (lambda text: None)
		self.sched = sched or (lambda line: None)
		self.block = block or (lambda: None)
		self.diag = diag or (lambda line: None)
		self._buf = bytearray()
		self._sched_left = None
		self._sched_line = bytearray()
		self._block_ended = False
		self._kind = None

		self.init_started = False
		self.payload_started = False
		self.sched_attached = None
		self.sched_died = False
		self.not_attached = None
		self.fatal = None
		self.verdict = None
		self.code = None
		self.exit = None
		self.exec_exit = None
		self.output_bytes = None
		self.dumps_done = 0
		self.splats = []	# first lines, as the guest saw them
		self.splat_lines = []	# every splat's text
		self.panic_lines = []
		self.phases = {}	# name: guest seconds since boot

	def feed(self, data):
		self._buf += data
		pos = 0
		buf = self._buf
		while pos < len(buf):
			if self._sched_left is not None:
				pos = self._sched_bytes(buf, pos)
				continue
			end = buf.find(b'\n', pos)
			if end < 0:
				break
			self._line(bytes(buf[pos:end]))
			pos = end + 1
		del buf[:pos]

	def _sched_bytes(self, buf, pos):
		take = min(self._sched_left, len(buf) - pos)
		chunk = buf[pos:pos + take]
		self._sched_left -= take
		lines = (self._sched_line + chunk).split(b'\n')
		self._sched_line = lines.pop()
		sink = self.sched if self._kind == b'SCHED_OUTPUT' else \
			self.splat_lines.append
		for line in lines:
			sink(bytes(line))
		if not self._sched_left:
			if self._sched_line:
				sink(bytes(self._sched_line))
			self._sched_line = bytearray()
			self._sched_left = None
			self._block_ended = True
		return pos + take

	def close(self):
		"""End of stream: a last unterminated line is still a line."""
		if self._sched_left is not None:
			rest = self._sched_line + self._buf
			sink = self.sched if self._kind == b'SCHED_OUTPUT' \
				else self.splat_lines.append
			for line in rest.split(b'\n'):
				if line:
					sink(bytes(line))
			self._sched_left = None
			self._sched_line = bytearray()
		elif self._buf:
			self._line(bytes(self._buf))
		self._buf = bytearray()

	def _line(self, line):
		line = line.rstrip(b'\r')
		m = WIRE_BLOCK_RE.match(line)
		if m:
			self._kind = m.group(1)
			if self._kind == b'SCHED_OUTPUT':
				self.block()
			self._sched_left = int(m.group(2))
			if not self._sched_left:
				self._sched_left = None
				self._block_ended = True
			return
		if line in WIRE_BLOCK_ENDS:
			return
		if self._block_ended:
			# The newline scxinit writes after the block's bytes.
			self._block_ended = False
			if not line:
				return
		if line.startswith(b'PANIC:'):
			text = line.decode(errors='replace')
			self.panic_lines.append(text)
			self.phase(text)
			return
		if WIRE_CONTROL_RE.match(line):
			self._control(line.decode(errors='replace'))
		else:
			self.diag(line)

	def _control(self, text):
		key, sep, val = text[len('SCXINIT_'):].partition('=')
		if text == 'SCXINIT_INIT_STARTED':
			self.init_started = True
			self.phase('init started')
		elif text.startswith('SCXINIT_SCHED_ATTACHED'):
			self.sched_attached = text.partition('ops=')[2]
			self.phase('scheduler attached (%s)' % self.sched_attached)
		elif text == 'SCXINIT_PAYLOAD_STARTING':
			self.payload_started = True
			self.phase('payload starting')
		elif text == 'SCXINIT_SCHEDULER_DIED':
			self.sched_died = True
			self.phase('scheduler died')
		elif text.startswith('SCXINIT_SCHEDULER_NOT_ATTACHED: '):
			self.not_attached = text.partition(': ')[2]
			self.phase('scheduler not attached: ' + self.not_attached)
		elif text.startswith('SCXINIT_FATAL: '):
			self.fatal = text.partition(': ')[2]
			self.phase('fatal: ' + self.fatal)
		elif key == 'VERDICT':
			word, _, code = val.partition(' code=')
			self.verdict, self.code = word, int(code)
			self.phase('verdict %s code=%s' % (word, code))
		elif key == 'EXIT':
			self.exit = int(val)
		elif key == 'EXEC_EXIT':
			self.exec_exit = int(val)
			self.phase('exec exit %s' % val)
		elif key == 'OUTPUT_BYTES':
			self.output_bytes = int(val)
		elif text.startswith('SCXINIT_SPLAT: '):
			self.splats.append(text.partition(': ')[2])
			self.phase('kernel splat: ' + self.splats[-1])
		elif key == 'PHASE':
			name, _, t = val.partition(' t=')
			self.phases.setdefault(name, float(t))
		elif text == 'SCXINIT_DUMP_DONE':
			self.dumps_done += 1
			self.phase('evidence taken')


def crash_lines(console, panic_re):
	"""The kernel's lines of @console that tell of a crash: those
	@panic_re matches, but for the trace (RIP:, Call Trace:) of a
	WARNING that reached its end marker, after which the kernel went
	on: that is a splat, the guest's to report, not a panic.  A WARNING
	without its end marker (panic_on_warn panicked in it, or another
	report broke in) keeps its lines."""
	out, held = [], None	# held: the open WARNING's lines
	for line in console:
		m = KMSG_RE.match(line)
		if not m:
			continue
		text = line[m.end():]
		if held is not None and text.startswith(TRACE_END):
			held = None
			continue
		crash = panic_re.search(line)
		if text.startswith(WARN_START) or \
		   (held is not None and (SPLAT_RE.search(text) or
		    (crash and not WARN_TRACE_RE.match(text)))):
			out += held or []
			held = [] if text.startswith(WARN_START) else None
		if crash:
			(out if held is None else held).append(line)
	return out + (held or [])


def panic_reason(panics):
	"""The line that says why: the panic itself, else the first Oops."""
	for pattern in (r'Kernel panic - not syncing:', r'Oops|BUG:|'
			r'general protection fault|Unable to handle kernel|'
			r'Internal error:'):
		for line in panics:
			if re.search(pattern, line):
				return line.split('] ', 1)[-1]
	return panics[0].split('] ', 1)[-1]


def last_lines(tail, n=3):
	"""The console's last n non-empty lines, printable."""
	lines = [l.strip() for l in
		 tail.decode(errors='replace').splitlines() if l.strip()]
	return [l[:200] for l in lines[-n:]]


def sched_ext_dump(console):
	"""The kernel's sched_ext dump lines forwarded from trace_pipe."""
	tag = 'sched_ext_dump: '
	return [l.split(tag, 1)[1] for l in console if tag in l]


def exit_reason(dump, console):
	"""Why sched_ext ejected the scheduler, e.g. 'runnable task stall'."""
	for i, line in enumerate(dump[:-1]):
		if 'triggered exit kind' in line:
			return dump[i + 1].strip()
	for line in console:
		m = re.search(r'sched_ext: BPF scheduler .* disabled \((.*)\)',
			      line)
		if m:
			return m.group(1)
	return None


class Interrupted(Exception):
	pass


def drain(sock, sink):
	"""What a killed QEMU left in a socket is still evidence."""
	sock.setblocking(False)
	while True:
		try:
			data = sock.recv(1 << 20)
		except OSError:
			return
		if not data:
			return
		sink(data)


def die_with_parent(sig=signal.SIGKILL):
	"""In a child: be killed when run-vm dies, however it dies."""
	libc = ctypes.CDLL(None, use_errno=True)
	ppid = os.getppid()
	libc.prctl(PR_SET_PDEATHSIG, sig)
	# The parent may have died before the prctl took effect.
	if os.getppid() != ppid:
		os._exit(1)


# The run being pumped: a first signal then asks the guest to stop.
PUMPING = None


def on_usr1(signum, frame):
	if PUMPING is not None:
		PUMPING.dumps_asked += 1


def on_signal(signum, frame):
	run = PUMPING
	if run is not None and not run.stop_asked:
		run.stop_asked = True
		return
	raise Interrupted()


# What stopped run-vm on the host: (verdict, message) for result.json.
DIED = None


def die(msg, verdict='bad-input'):
	global DIED
	DIED = (verdict, msg)
	print('run-vm: ' + msg, file=sys.stderr)
	sys.exit(HOST_ERROR)


def find_kernel(arch, kdir=None):
	"""The image run-vm boots from kdir (default: the cache's), or None."""
	kdir = kdir or os.path.join(CACHE, 'kernel', arch)
	for name in ARCHS[arch]['kernels']:
		if os.path.isfile(os.path.join(kdir, name)):
			return os.path.join(kdir, name)
	return None


def kernel_default(arch):
	return find_kernel(arch) or \
		die('no kernel in %s: run scripts/setup or pass --kernel' %
		    os.path.join(CACHE, 'kernel', arch))


def kernel_config(kernel):
	"""(config, release) next to the kernel, or None.

	The cache keeps config and release files beside the image;
	/boot keeps config-R beside vmlinuz-R; a modules directory
	(lib/modules/R/) keeps config and is named after the release.
	"""
	kdir, name = os.path.split(os.path.abspath(kernel))
	config = os.path.join(kdir, 'config')
	if os.path.isfile(config):
		path = os.path.join(kdir, 'release')
		if os.path.isfile(path):
			with open(path) as f:
				return config, f.read().strip()
		if os.path.basename(os.path.dirname(kdir)) == 'modules':
			return config, os.path.basename(kdir)
	m = re.match(r'(?:vmlinu[xz]|bzImage|Image)-(.+)$', name)
	if m and os.path.isfile(os.path.join(kdir, 'config-' + m.group(1))):
		return os.path.join(kdir, 'config-' + m.group(1)), m.group(1)
	# A built kernel tree or its O= directory (scripts/build-kernel):
	# ROOT/vmlinux or ROOT/arch/ARCH/boot/IMAGE.
	for root in (kdir, os.path.dirname(os.path.dirname(os.path.dirname(kdir)))):
		rel = os.path.join(root, 'include', 'config', 'kernel.release')
		if os.path.isfile(os.path.join(root, '.config')) and \
		   os.path.isfile(rel):
			with open(rel) as f:
				return os.path.join(root, '.config'), f.read().strip()
	return None


def config_path(a):
	"""--config-file, else the kernel's config found beside it, or None."""
	found = kernel_config(a.kernel)
	return a.config_file or (found and found[0]) or None


# The config check, the NR_CPUS check and the command line all ask.
@functools.lru_cache(maxsize=None)
def read_options(path):
	"""A config's options: CONFIG_X=y as {'CONFIG_X': 'y'}; read once.
	Callers only look."""
	with open(path, errors='replace') as f:
		return dict(re.findall(r'^(CONFIG_\w+)=(.*)$', f.read(), re.M))


def kernel_options(a):
	"""The kernel's options, {} when its config is not found."""
	path = config_path(a)
	try:
		return read_options(path) if path else {}
	except OSError:
		return {}


def check_kernel_config(a):
	"""Warn once per option of ./config (and config.ARCH) the kernel lacks.

	The config is --config-file, else the one --config would put in
	the guest. Never an error: the verdict is the guest's to give (a
	scheduler on a kernel without sched_ext is sched-not-attached,
	"sched_ext sysfs absent").
	"""
	# config.$(uname -m), as kselftest names them
	fragments = [os.path.join(TOP, f) for f in
		     ('config', 'config.' + ARCHS[a.arch]['uname'])]
	path = config_path(a)
	if not path or not os.path.isfile(fragments[0]):
		if a.config_file is None and not a.quiet:
			print('run-vm: no config found beside %s; not checked '
			      'against ./config (--config-file)' %
			      a.kernel, file=sys.stderr)
		return
	try:
		have = read_options(path)
	except OSError as e:
		die('--config-file: %s' % e)
	for fragment in fragments:
		with open(fragment) as f:
			check_config_lines(f, have, path)


def check_config_lines(lines, have, path):
	"""Warn for each CONFIG_X=V of a fragment that @have lacks.

	The comment just above an option says why scxinit needs it; its
	first sentence goes into the warning.
	"""
	why, after_opt = '', False
	for line in lines:
		line = line.strip()
		if line.startswith('# ') and not line.startswith('# ---'):
			why = (why if not after_opt else '') + ' ' + line[2:]
			after_opt = False
		elif line.startswith('CONFIG_') and '=' in line:
			after_opt = True
			opt, want = line.split('=', 1)
			got = have.get(opt)
			if got != want:
				print('run-vm: %s: %s%s, scxinit needs %s=%s '
				      '(%s)' % (path, opt,
				      '=' + got if got else ' is not set',
				      opt, want,
				      why.strip().split('. ')[0].rstrip('.')),
				      file=sys.stderr)
		elif not line:
			why = ''


QEMU_VERSIONS = {}


def qemu_version(qemu):
	"""'7.2.19' from `qemu --version`, '' when it says none."""
	if qemu not in QEMU_VERSIONS:
		try:
			out = subprocess.run([qemu, '--version'],
					     capture_output=True, text=True,
					     check=False).stdout
		except OSError as e:
			die('cannot run %s: %s' % (qemu, e), 'host-error')
		m = re.search(r'version (\d+\.\S*)', out)
		QEMU_VERSIONS[qemu] = m.group(1) if m else ''
	return QEMU_VERSIONS[qemu]


def qemu_major(qemu):
	m = re.match(r'\d+', qemu_version(qemu))
	return int(m.group(0)) if m else 0


# Options whose value may start with '-' (--sched-arg -e 100).
DASH_VALUE_OPTS = ('--sched-arg', '--append', '--exec', '--stress',
		   '--expect-exit')


def glue_dash_values(argv):
	"""Turn '--sched-arg -e' into '--sched-arg=-e' before the '--'."""
	out, it = [], iter(argv)
	for arg in it:
		if arg == '--':
			return out + [arg] + list(it)
		if arg in DASH_VALUE_OPTS:
			val = next(it, '')
			if val == '--':
				die('%s --: "--" starts the program; a value of '
				    '"--" cannot be given' % arg)
			arg += '=' + val
		out.append(arg)
	return out


# The guest's own limits (init/payload.c, init/sched.c, init/config.c),
# checked here so that a mistake costs no boot.
ARGS_MAX = 256
ARGS_BYTES = 65535
SCHED_ARGS_MAX = 64
SCHED_ARGS_BYTES = 8191
TIMEOUT_MAX = 7 * 24 * 3600


def check_limits(p, a):
	"""Every value the guest would refuse, refused before the boot."""
	# An empty value is an unset variable in a script, never a choice:
	# --sched "" would run without a scheduler and pass.
	for opt in ('kernel', 'init', 'qemu', 'out', 'sched', 'sched_enable',
		    'sched_disable', 'config_file'):
		if getattr(a, opt) == '':
			p.error('--%s: empty' % opt.replace('_', '-'))
	for inc in a.include:
		if not inc or inc.startswith(':'):
			p.error('--include %r: expected SRC[:DEST]' % inc)
	for opt, val, lo, hi in (('--cpus', a.cpus, 1, 64),
				 ('--mem', a.mem, 64, 65536),
				 ('--timeout', a.timeout, 0, TIMEOUT_MAX),
				 ('--attach-timeout', a.attach_timeout, 1, 3600)):
		if val is not None and not lo <= val <= hi:
			p.error('%s %d: expected %d to %d' % (opt, val, lo, hi))
	if a.boot_timeout is not None and a.boot_timeout < 0:
		p.error('--boot-timeout %g: expected seconds >= 0 (0 = none)'
			% a.boot_timeout)
	if a.program:
		argv = [os.fsencode(x) for x in a.program]
		if len(argv) > ARGS_MAX:
			p.error('%d payload arguments: at most %d' %
				(len(argv), ARGS_MAX))
		size = sum(len(x) + 1 for x in argv)
		if size > ARGS_BYTES:
			p.error('payload arguments take %d bytes: at most %d '
				'(one line each)' % (size, ARGS_BYTES))
		bad = [x for x in argv if b'\n' in x or b'\0' in x]
		if bad:
			p.error('payload argument %r: newlines cannot be '
				'passed (one argument per line)' % bad[0])
		if os.path.isdir(a.program[0]):
			p.error('%s: a directory, expected a program' %
				a.program[0])
		if ':' in a.program[0] and os.path.exists(a.program[0]):
			p.error('%s: a ":" in the program\'s path cannot be '
				'packed (--include SRC:DEST); rename or link it'
				% a.program[0])
		if not argv[0]:
			p.error('empty program name')
	if len(a.sched_arg) > SCHED_ARGS_MAX:
		p.error('%d --sched-arg: at most %d' % (len(a.sched_arg),
							SCHED_ARGS_MAX))
	if sum(len(os.fsencode(x)) + 1 for x in a.sched_arg) > \
	   SCHED_ARGS_BYTES:
		p.error('--sched-arg values take more than %d bytes' %
			SCHED_ARGS_BYTES)
	for x in a.sched_arg:
		if '\n' in x:
			p.error('--sched-arg %r: newlines cannot be passed' % x)
	for opt in ('sched_enable', 'sched_disable'):
		if getattr(a, opt) and not a.sched:
			p.error('--%s needs --sched: it runs around the '
				'scheduler' % opt.replace('_', '-'))
	if a.sched_arg and not a.sched:
		p.error('--sched-arg needs --sched')


def soak_mix(cpus):
	"""scx CI's stress-ng mix (CPU and fork stressors on every CPU,
	aggressive, metrics) with a memory stressor on every CPU beside."""
	n = str(cpus)
	return ['--aggressive', '-M', '-c', n, '-f', n, '--vm', n,
		'--vm-bytes', '25%']


def check_soak(p, a):
	"""--soak SEC [--stress ARGS]: stress-ng becomes the payload.

	stress-ng's own --dry-run parses the arguments, so an option it
	would refuse costs no boot.
	"""
	if a.stress is not None and a.soak is None:
		p.error('--stress needs --soak')
	if a.soak is None:
		return
	if not re.fullmatch(r'[0-9]+', a.soak) or \
	   not 1 <= int(a.soak) <= TIMEOUT_MAX:
		p.error('--soak %r: expected a positive whole number of '
			'seconds, at most %d' % (a.soak, TIMEOUT_MAX))
	a.soak = int(a.soak)
	if not a.sched:
		p.error('--soak needs --sched: it soaks a scheduler')
	if a.program or a.exec or a.shell:
		p.error('--soak: stress-ng is the payload; give no PROGRAM, '
			'--exec or --shell')
	if a.expect_exit is not None:
		p.error('--soak and --expect-exit: give one (a soak passes '
			'only when the scheduler stays attached)')
	if a.arch != 'x86_64':
		p.error('--soak --arch %s: the host\'s stress-ng is x86_64\'s '
			'(run one of your own with -- PROGRAM)' % a.arch)
	stress = shutil.which('stress-ng')
	if not stress:
		p.error('--soak: no stress-ng in PATH (run scripts/setup)')
	if a.stress is None:
		mix = soak_mix(a.cpus)
	else:
		try:
			mix = shlex.split(a.stress)
		except ValueError as e:
			p.error('--stress %r: %s' % (a.stress, e))
		if not mix:
			p.error('--stress: empty (leave it out for the '
				'default mix)')
	# -t first: one in --stress comes later and wins.
	argv = [stress, '-t', str(a.soak)] + mix
	try:
		dry = subprocess.run([stress, '--dry-run'] + argv[1:],
				     stdin=subprocess.DEVNULL,
				     capture_output=True, timeout=30,
				     check=False)
	except (OSError, subprocess.TimeoutExpired) as e:
		p.error('--soak: stress-ng --dry-run: %s' % e)
	if dry.returncode:
		said = (dry.stderr + dry.stdout).decode(errors='replace')
		said = [l for l in said.splitlines() if l.strip()]
		p.error('--stress %r: stress-ng refuses it: %s' %
			(a.stress, said[0] if said else 'exit %d' %
			 dry.returncode))
	a.program = argv
	# stress-ng ends by itself; the guest's limit catches one that
	# does not, with time for TCG to tear its workers down.
	if a.timeout is None:
		a.timeout = a.soak + max(60, a.soak)


def check_expect_exit(p, a):
	a.expect_exit_re = None
	if a.expect_exit is None:
		return
	if not a.sched:
		p.error('--expect-exit needs --sched: it expects the '
			'scheduler to exit')
	if not a.expect_exit:
		p.error('--expect-exit: empty regex (it would match any exit)')
	try:
		a.expect_exit_re = re.compile(a.expect_exit)
	except re.error as e:
		p.error('--expect-exit %r: not a regex: %s' % (a.expect_exit, e))


SPLAT_ALLOW_RE = re.compile(r'^(.*?\S)\s+#\s*(\S.*)$')


def read_splat_allow(p, path):
	"""[(regex, reason)] from --splat-allow FILE; every fault is 119.

	An empty or unreadable list would pass every splat silently: it
	is refused, as is a line without a reason.
	"""
	if path is None:
		return []
	try:
		with open(path, errors='replace') as f:
			lines = f.read().splitlines()
	except OSError as e:
		p.error('--splat-allow %s: %s' % (path, e.strerror))
	out = []
	for nr, line in enumerate(lines, 1):
		if not line.strip() or line.lstrip().startswith('#'):
			continue
		m = SPLAT_ALLOW_RE.match(line)
		if not m:
			p.error('--splat-allow %s:%d: expected "REGEX  # reason"'
				% (path, nr))
		try:
			out.append((re.compile(m.group(1)), m.group(2)))
		except re.error as e:
			p.error('--splat-allow %s:%d: %s' % (path, nr, e))
	if not out:
		p.error('--splat-allow %s: no pattern in it' % path)
	return out


class ArgumentParser(argparse.ArgumentParser):
	def error(self, message):
		self.print_usage(sys.stderr)
		die(message)


def parse_args(argv):
	p = ArgumentParser(
		prog='run-vm',
		usage='%(prog)s [options] -- PROGRAM [ARGS...]\n'
		      '       %(prog)s [options] --exec \'SHELL COMMAND\'\n'
		      '       %(prog)s [options] --shell',
		description=__doc__, epilog=EXIT_CODE_HELP % STOP_GRACE,
		formatter_class=argparse.RawDescriptionHelpFormatter)
	p.add_argument('--arch', choices=sorted(ARCHS), default='x86_64',
		       help='guest architecture (default: x86_64); arm64 '
			    'boots QEMU virt with -cpu neoverse-n1')
	p.add_argument('--kernel', metavar='PATH',
		       help='kernel image (default: vmlinux, else vmlinuz, '
			    'from $SCXINIT_CACHE/kernel/x86_64; arm64: '
			    'Image, else vmlinuz, from .../kernel/arm64; '
			    'a built one, e.g. scripts/build-kernel\'s: its '
			    '.config and release are read from its tree or '
			    'O= directory)')
	p.add_argument('--init', metavar='PATH',
		       help='guest init (default: build/ARCH/scxinit)')
	p.add_argument('--qemu', metavar='PATH',
		       help='QEMU binary (default: $SCXINIT_QEMU, else '
			    '$SCXINIT_CACHE/qemu10/bin/qemu-system-x86_64 '
			    'from scripts/setup-qemu10, else '
			    'qemu-system-x86_64; arm64: $SCXINIT_QEMU_ARM64 '
			    'or qemu-system-aarch64)')
	p.add_argument('--cpus', type=int, metavar='N',
		       help='vCPUs (default: 2, or the kernel\'s NR_CPUS if '
			    'fewer)')
	p.add_argument('--mem', type=int, default=512, metavar='MiB')
	p.add_argument('--timeout', type=int, metavar='SEC',
		       help='payload time limit, enforced by the guest')
	p.add_argument('--attach-timeout', type=int, metavar='SEC',
		       help='scheduler attach limit in the guest (default 10)')
	p.add_argument('--boot-timeout', type=float, metavar='SEC',
		       help='host wall limit for the whole VM (default: '
			    'timeout + attach timeout + 60 with --timeout, '
			    'else %d; 0 = none; init must start within %d s, '
			    'and a guest that halts is stopped %g s later)'
			    % (DEFAULT_WALL_LIMIT, INIT_START_LIMIT,
			       HALT_GRACE))
	tcg = p.add_mutually_exclusive_group()
	tcg.add_argument('--tcg-single', dest='tcg', action='store_const',
			 const='single',
			 help='single-threaded TCG (default before QEMU 10)')
	tcg.add_argument('--tcg-multi', dest='tcg', action='store_const',
			 const='multi',
			 help='multi-threaded TCG: faster, but QEMU < 10 '
			      'corrupts kernel text patching (see '
			      'scripts/setup-qemu10)')
	p.add_argument('--console', action='store_true',
		       help='also stream the kernel console to stderr')
	p.add_argument('--out', metavar='DIR',
		       help='directory for console.log, sched.log, ... '
			    '(default: a fresh one, printed at the end)')
	p.add_argument('--append', action='append', default=[],
		       metavar="'K=V ...'", help='extra kernel command line')
	p.add_argument('--busybox', action='store_true',
		       help='put busybox at /bin/busybox (arm64: the '
			    'busybox-static:arm64 that scripts/setup-arm64 '
			    'unpacks into $SCXINIT_CACHE/busybox/arm64)')
	p.add_argument('--exec', metavar='CMD',
		       help='run CMD with busybox sh -c (exec mode)')
	p.add_argument('--shell', action='store_true',
		       help='interactive busybox shell with job control, '
			    'the built schedulers in PATH; exit powers off')
	p.add_argument('--include', action='append', default=[],
		       metavar='SRC[:DEST]',
		       help='add SRC as /include-files/DEST (repeatable)')
	p.add_argument('--config', dest='config', action='store_true',
		       default=True,
		       help='add /boot/config-RELEASE from the kernel\'s '
			    'directory (default when present)')
	p.add_argument('--no-config', dest='config', action='store_false')
	p.add_argument('--config-file', metavar='FILE',
		       help='kernel config to check against '
			    './config (default: the one '
			    '--config finds)')
	p.add_argument('--sched', metavar='NAME|PATH',
		       help='scheduler binary; a NAME is looked up in '
			    '$SCXINIT_CACHE/sched/ARCH')
	p.add_argument('--sched-arg', action='append', default=[],
		       metavar='ARG', help='scheduler argument (repeatable)')
	p.add_argument('--sched-enable', metavar='FILE')
	p.add_argument('--sched-disable', metavar='FILE')
	p.add_argument('--splats', choices=('fail', 'warn', 'ignore'),
		       default='fail',
		       help='a kernel splat (WARNING, BUG, Oops, lockup, '
			    'stall, hung task) in a run that would pass: '
			    'kernel-warning (fail, the default), a pass with '
			    'a warning (warn), or not looked for (ignore)')
	p.add_argument('--splat-patterns', metavar='FILE',
		       help='more strings that start a splat, one a line, '
			    'added to scripts/splat-patterns')
	p.add_argument('--splat-allow', metavar='FILE',
		       help='splats that do not fail the run: one regex a '
			    'line, matched against the splat\'s first line, '
			    'each followed by "  # reason"; they stay in '
			    'splat.txt')
	p.add_argument('--module', action='append', default=[],
		       metavar='FILE.ko',
		       help='load FILE.ko (finit_module) before the '
			    'scheduler starts, in the order given '
			    '(repeatable); a failure is bad-input')
	p.add_argument('--panic-on-warn', action='store_true',
		       help='boot with panic_on_warn=1, as syzbot does: a '
			    'WARNING is a kernel-panic with its trace')
	p.add_argument('--soak', metavar='SEC',
		       help='soak the --sched scheduler SEC seconds under '
			    'stress-ng (the host\'s, packed with its '
			    'libraries; it is the payload): pass only when '
			    'stress-ng exits 0, the scheduler stays attached '
			    'all along and the kernel does not splat; '
			    'stress-ng\'s output also in stress-ng.log')
	p.add_argument('--stress', metavar="'ARGS'",
		       help='stress-ng arguments instead of the default '
			    'mix, "--aggressive -M -c N -f N --vm N '
			    '--vm-bytes 25%%" (N: --cpus); "-t SEC" comes '
			    'first')
	p.add_argument('--expect-exit', metavar='REGEX',
		       help='pass when the scheduler exits or is ejected '
			    'with a reason matching REGEX (Python re, '
			    'searched in the kernel\'s exit reason and '
			    'scxinit\'s); an exit that does not match is '
			    'sched-died, none at all sched-no-exit')
	p.add_argument('--no-ok', action='store_true',
		       help='leave out /.scxinit_ok (tests only)')
	p.add_argument('--ctl-send', metavar='FILE',
		       help='send FILE\'s bytes on scxinit.ctl once the '
			    'payload started (tests only)')
	p.add_argument('--no-closure', action='store_true',
		       help='pack no interpreter or library for dynamic '
			    'binaries and #! scripts (tests only)')
	p.add_argument('-q', '--quiet', action='store_true',
		       help='no phase lines, no scheduler output on stderr')
	p.add_argument('program', nargs='*', metavar='PROGRAM [ARGS...]')
	args = p.parse_args(glue_dash_values(argv))
	args.command = [sys.argv[0]] + list(argv)
	# A default is no request: a kernel with fewer CPUs lowers it.
	args.cpus_asked = args.cpus is not None
	if args.cpus is None:
		args.cpus = 2

	check_expect_exit(p, args)
	check_soak(p, args)
	if (bool(args.exec) + bool(args.program) + args.shell) != 1:
		p.error('give one of -- PROGRAM [ARGS...], --exec CMD, --shell')
	check_limits(p, args)
	args.splat_allow_res = read_splat_allow(p, args.splat_allow)
	for opt, f in [('--splat-patterns', args.splat_patterns)] + \
		      [('--module', m) for m in args.module]:
		if f and not (os.path.isfile(f) and os.access(f, os.R_OK)):
			p.error('%s %s: not a readable file' % (opt, f))
	if args.exec or args.shell or args.program[:1] == ['/bin/busybox']:
		args.busybox = True
	arch = ARCHS[args.arch]
	if args.init is None:
		args.init = os.path.join(TOP, 'build', args.arch, 'scxinit')
	if args.qemu is None:
		args.qemu = os.environ.get(arch['qemu_env'])
	if args.qemu is None:
		# The QEMU 10 scripts/setup-qemu10 unpacked and checked, if
		# any: multi-threaded TCG is safe there.
		q10 = os.path.join(CACHE, 'qemu10', 'bin', arch['qemu'])
		args.qemu = q10 if arch['qemu10'] and \
			os.access(q10, os.X_OK) else arch['qemu']
	return args


class Run:
	"""One VM run: build the initramfs, boot, parse, decide."""

	def __init__(self, args):
		self.args = args
		self.out = args.out
		self.created = False
		self.lock = None
		self.locked = False
		self.parser = None
		self.soak = self.expect_exit = None
		self.stress_log = None
		self.sched_path = None
		self.set_paths()
		self._sched_file = None
		self.qemu = None
		self.timed_out = False
		self.halted = False
		self.console_pos = 0
		self.console_tail = b''
		self.stdout_closed = False
		self.out_bytes = 0
		self.initrd_fd = None
		self.stop_asked = False
		self.dumps_asked = 0

	def set_paths(self):
		self.out = self.out or ''
		self.console_log = os.path.join(self.out, 'console.log')
		self.sched_log = os.path.join(self.out, 'sched.log')
		self.dump_txt = os.path.join(self.out, 'sched_ext_dump.txt')
		self.blocked_txt = os.path.join(self.out, 'blocked-tasks.txt')
		self.splat_txt = os.path.join(self.out, 'splat.txt')
		self.initrd = os.path.join(self.out, 'initramfs.cpio')

	def make_out(self):
		"""The run directory, made only once a run is about to start.

		A fresh one by default; --out DIR of an earlier run is emptied
		of what that run wrote, so no stale log passes for this run's;
		any other non-empty DIR is refused.
		"""
		try:
			if not self.out:
				self.out = tempfile.mkdtemp(
					prefix='run-vm.', dir=os.environ.get(
						'XDG_RUNTIME_DIR') or '/tmp')
				self.created = True
			elif not os.path.isdir(self.out):
				os.makedirs(self.out)
				self.created = True
			else:
				names = set(os.listdir(self.out))
				if names and RUN_MARK not in names:
					die('--out %s: not empty and not a run-vm '
					    'directory; give a new or empty one'
					    % self.out)
			# Held for the whole run: a second run-vm on the same
			# --out would rewrite this one's files under it.
			self.lock = open(os.path.join(self.out, RUN_MARK), 'a')
			try:
				fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
			except BlockingIOError:
				self.created = False
				die('--out %s: another run-vm is using it' % self.out)
			self.locked = True
			for name in set(os.listdir(self.out)) & set(RUN_FILES):
				os.unlink(os.path.join(self.out, name))
		except OSError as e:
			where = self.out or os.environ.get('XDG_RUNTIME_DIR') or \
				'/tmp'
			if os.path.lexists(where) and not os.path.isdir(where):
				die('--out %s: not a directory' % where)
			die('run directory %s: %s' % (where, e.strerror))
		if re.search(r'\s', self.out):
			self.forget_out()
			die('run directory %r: white space in its path (from '
			    '--out or XDG_RUNTIME_DIR) is not supported: '
			    'gen_init_cpio splits its lines on blanks' % self.out)
		self.set_paths()

	def forget_out(self):
		"""A host error before the boot leaves no empty run directory."""
		if self.created and not os.path.exists(
				os.path.join(self.out, 'qemu.log')):
			shutil.rmtree(self.out, ignore_errors=True)

	def log(self, text):
		if not self.args.quiet:
			sys.stderr.write('[%6.2fs] %s\n' % (elapsed(), text))
			sys.stderr.flush()

	def sched_block(self):
		"""Each block is the whole output so far: it replaces the last."""
		if self._sched_file:
			self._sched_file.close()
		self._sched_file = open(self.sched_log, 'wb')
		self.log('scheduler output:')

	def sched_line(self, line):
		self._sched_file.write(line + b'\n')
		self._sched_file.flush()
		if not self.args.quiet:
			sys.stderr.buffer.write(b'  | ' + line + b'\n')
			sys.stderr.flush()

	def diag_line(self, line):
		"""Guest output outside the payload: not stdout's business."""
		sys.stderr.buffer.write(line + b'\n')
		sys.stderr.flush()

	def mkinitramfs(self):
		a = self.args
		cmd = [MKINITRAMFS, '-o', self.initrd, '--init', a.init]
		if a.exec:
			cmd += ['--exec-cmd', a.exec]
		elif a.shell:
			sched_dir = os.path.join(CACHE, 'sched', a.arch)
			for name in sorted(os.listdir(sched_dir)) \
				    if os.path.isdir(sched_dir) else []:
				if name.startswith('scx_'):
					cmd += ['--include', '%s:scx/bin/%s' %
						(os.path.join(sched_dir, name), name)]
		else:
			prog, guest = a.program[0], a.program[0]
			provided = ('/init', '/scheduler', '/bin/busybox')
			if os.path.isfile(prog) and prog not in provided and \
			   not prog.startswith('/include-files/'):
				guest = '/include-files/bin/' + os.path.basename(prog)
				cmd += ['--include', '%s:bin/%s' %
					(prog, os.path.basename(prog))]
			argv = [guest] + a.program[1:]
			args_file = os.path.join(self.out, 'args')
			# Bytes as given, CRs and non-UTF-8 included.
			with open(args_file, 'wb') as f:
				f.write(b''.join(os.fsencode(arg) + b'\n'
						 for arg in argv))
			cmd += ['--args-file', args_file]
		if a.busybox and a.arch != 'x86_64':
			bb = os.path.join(CACHE, 'busybox', a.arch, 'busybox')
			if not os.path.isfile(bb):
				die('no %s busybox %s: run scripts/setup-arm64'
				    % (a.arch, bb))
			cmd += ['--busybox-path', bb]
		elif a.busybox:
			cmd.append('--busybox')
		if a.sched:
			sched = a.sched
			if '/' not in sched and not os.path.isfile(sched):
				sched = os.path.join(CACHE, 'sched', a.arch, sched)
			if not os.path.isfile(sched):
				die('no scheduler %s' % sched)
			cmd += ['--sched', sched]
			self.sched_path = os.path.abspath(sched)
		for arg in a.sched_arg:
			cmd += ['--sched-arg', arg]
		if a.sched_enable:
			cmd += ['--sched-enable', a.sched_enable]
		if a.sched_disable:
			cmd += ['--sched-disable', a.sched_disable]
		for inc in a.include:
			cmd += ['--include', inc]
		for m in a.module:
			cmd += ['--module', m]
		patterns = os.path.join(self.out, 'splat-patterns')
		with open(patterns, 'wb') as f:
			for src in (SPLAT_PATTERNS, a.splat_patterns):
				if src:
					with open(src, 'rb') as g:
						f.write(g.read().rstrip(b'\n') + b'\n')
		cmd += ['--splat-patterns', patterns]
		config = a.config and kernel_config(a.kernel)
		if config:
			cmd += ['--config', config[0], '--release', config[1]]
		if a.no_ok:
			cmd.append('--no-ok')
		if a.no_closure:
			cmd.append('--no-closure')
		elif a.arch != 'x86_64':
			# Libraries of another arch's binaries come from its
			# root (scripts/setup-arm64), not from the host's.
			root = os.path.join(CACHE, a.arch, 'root')
			if os.path.isdir(root):
				cmd += ['--root', root]
		# Stopped with SIGTERM, never SIGKILL (as subprocess.run would
		# on our SIGINT): it removes its temporary files on the way out.
		# Its errors name the binary and what it misses: they are
		# run-vm's message (exit 119), before any boot.
		proc = subprocess.Popen(cmd, stderr=subprocess.PIPE,
					preexec_fn=lambda:
					die_with_parent(signal.SIGTERM))
		try:
			err = proc.communicate()[1]
		except BaseException:
			proc.terminate()
			proc.communicate()
			raise
		if proc.returncode:
			lines = [l[len('mkinitramfs: '):]
				 if l.startswith('mkinitramfs: ') else l
				 for l in err.decode(errors='replace').splitlines()]
			die('\nrun-vm: '.join(lines) or 'mkinitramfs failed')

	def cmdline(self):
		a = self.args
		arch = ARCHS[a.arch]
		mode = 'exec' if a.exec else 'shell' if a.shell else 'test'
		words = ['console=' + arch['console'], KERNEL_CMDLINE,
			 'scxinit.mode=' + mode]
		words += arch['cmdline']
		if arch['cmdline_if']:
			have = kernel_options(a)
			words += [w for opt, w in arch['cmdline_if']
				  if have.get(opt) == 'y']
		if a.shell:
			size = os.get_terminal_size(sys.stdin.fileno()) \
				if sys.stdin.isatty() else os.terminal_size((80, 24))
			words += ['scxinit.cols=%d' % size.columns,
				  'scxinit.rows=%d' % size.lines,
				  'scxinit.term=' + os.environ.get('TERM', 'linux')]
		words.append('scxinit.ack_timeout=%d' % ACK_TIMEOUT)
		words.append('scxinit.splats=%s' % ('ignore' if
			     a.splats == 'ignore' else 'fail'))
		if a.panic_on_warn:
			words.append('panic_on_warn=1')
		if a.timeout is not None:
			words.append('scxinit.timeout=%d' % a.timeout)
		if a.attach_timeout is not None:
			words.append('scxinit.attach_timeout=%d' % a.attach_timeout)
		return ' '.join(words + a.append)

	def qemu_cmd(self, out='socket,id=out,fd=4'):
		"""QEMU's command line for --arch, from ARCHS.

		scxinit.ctl and scxinit.out are virtio-serial ports on both
		arches: no tty in the guest, one opener at a time, and the
		driver hands the guest's writes to QEMU without a UART's
		byte-by-byte emulation. ctl is always QEMU's fd 3; out is
		the chardev for scxinit.out (fd 4, or --shell's terminal).
		"""
		a = self.args
		arch = ARCHS[a.arch]
		tcg = a.tcg or ('multi' if qemu_major(a.qemu) >= 10 else 'single')
		cmd = [a.qemu, '-nodefaults', '-no-user-config', '-no-reboot',
		       '-display', 'none', '-M', arch['machine']]
		if arch['cpu']:
			cmd += ['-cpu', arch['cpu']]
		cmd += ['-accel', 'tcg,thread=' + tcg,
			'-smp', str(a.cpus), '-m', str(a.mem),
			'-kernel', a.kernel, '-initrd',
			self.initrd if self.initrd_fd is None else
			'/proc/self/fd/%d' % INITRD_FD,
			'-append', self.cmdline(),
			'-serial', 'file:' + self.console_log,
			'-device', 'virtio-serial-pci',
			'-chardev', 'socket,id=ctl,fd=3',
			'-device', 'virtserialport,chardev=ctl,name=scxinit.ctl',
			'-chardev', out,
			'-device', 'virtserialport,chardev=out,name=scxinit.out']
		for dev in arch['devices']:
			cmd += ['-device', dev]
		return cmd

	def spawn_qemu(self, cmd, fds, **kw):
		"""Start QEMU with fds ({number in QEMU: ours}); it dies with us.

		The initramfs goes in as an open file already unlinked, so no
		way run-vm ends (SIGKILL included) leaves it behind.
		"""
		if self.initrd_fd is not None:
			fds = dict(fds)
			fds[INITRD_FD] = self.initrd_fd

		def child():
			# Out of the way first: a target number may be a source.
			moved = {n: os.dup(fd) for n, fd in fds.items()}
			for n, fd in moved.items():
				os.dup2(fd, n)
			die_with_parent()
		try:
			return subprocess.Popen(cmd, preexec_fn=child,
						pass_fds=list(fds) +
						list(fds.values()), **kw)
		except OSError as e:
			die('cannot start %s: %s' % (cmd[0], e))

	def shell(self):
		"""--shell: the terminal is the OUT port; CTL is still ours.

		With a terminal on stdin QEMU reads it itself (raw mode, given
		back as it was). Otherwise run-vm copies stdin to the guest and
		sends Ctrl-D at its end, so piped input ends the shell.
		"""
		tty = sys.stdin.isatty()
		ctl_host, ctl_guest = socket.socketpair()
		fds = {3: ctl_guest.fileno()}
		out_host = None
		if tty:
			out = 'stdio,id=out,signal=off'
		else:
			out_host, out_guest = socket.socketpair()
			fds[4] = out_guest.fileno()
			out = 'socket,id=out,fd=4'
		cmd = self.qemu_cmd(out=out)
		saved = termios.tcgetattr(0) if tty else None
		parser = WireParser(diag=self.diag_line)
		try:
			self.qemu = self.spawn_qemu(cmd, fds)
			ctl_guest.close()
			if out_host:
				out_guest.close()
			self.pump(parser, ctl_host, out_host,
				  stdin=None if tty else sys.stdin.buffer)
			rc = self.qemu.wait()
		finally:
			if saved:
				termios.tcsetattr(0, termios.TCSAFLUSH, saved)
		parser.close()
		code = parser.exit
		if code is None:
			# isa-debug-exit: QEMU exits (code << 1) | 1.
			code = rc >> 1 if rc > 0 and rc & 1 and \
				ARCHS[self.args.arch]['exit_device'] \
				else VM_KILLED
		print('\nrun-vm: shell ended, verdict=%s code=%d; console: %s' %
		      (parser.verdict or 'none', code, self.console_log),
		      file=sys.stderr)
		self.write_result(parser.verdict or 'no-verdict', code, None,
				  parser)
		return code

	def wall_limit(self):
		a = self.args
		if a.boot_timeout is not None:
			return a.boot_timeout or None
		if a.timeout:
			attach = a.attach_timeout if a.attach_timeout is not None \
				else 10
			return a.timeout + attach + 60
		return DEFAULT_WALL_LIMIT

	def boot(self, parser):
		"""Run QEMU to its end, feeding the ports to the parser."""
		ctl_host, ctl_guest = socket.socketpair()
		out_host, out_guest = socket.socketpair()
		cmd = self.qemu_cmd()
		with open(os.path.join(self.out, 'qemu.cmd'), 'w') as f:
			f.write(shlex.join(cmd) + '\n')
		with open(os.path.join(self.out, 'qemu.log'), 'wb') as log:
			self.qemu = self.spawn_qemu(
				cmd, {3: ctl_guest.fileno(), 4: out_guest.fileno()},
				stdin=subprocess.DEVNULL, stdout=log, stderr=log,
				start_new_session=True)
		ctl_guest.close()
		out_guest.close()
		self.pump(parser, ctl_host, out_host)
		self.qemu.wait()

	def pump(self, parser, ctl, out, stdin=None):
		"""Move bytes until QEMU closes both ports or a limit hits.

		Payload bytes go to stdout as they come. Once scxinit says
		SCXINIT_EXIT and every byte it counted has arrived, it gets
		its ack and may power off: nothing is still in QEMU's hands.
		"""
		# A signal's handler only sets a flag: its byte on this
		# socket wakes the select() below to act on it at once.
		wake, wake_w = socket.socketpair()
		wake.setblocking(False)
		wake_w.setblocking(False)
		old_wake = signal.set_wakeup_fd(wake_w.fileno(),
						warn_on_full_buffer=False)
		try:
			self._pump(parser, ctl, out, stdin, wake)
		finally:
			signal.set_wakeup_fd(old_wake)
			wake.close()
			wake_w.close()

	def _pump(self, parser, ctl, out, stdin, wake):
		global PUMPING

		start = elapsed()
		limit = self.wall_limit()
		stop_sent = timeout_dump = None
		dumps_sent = evidence_done = 0
		evidence_at = 0.0
		PUMPING = self
		fds = {ctl.fileno(): ctl}
		if out:
			fds[out.fileno()] = out
		if stdin:
			fds[stdin.fileno()] = stdin
		fds[wake.fileno()] = wake
		stdout = sys.stdout.buffer
		got = 0
		exit_seen = halted = None
		acked = stdin_eof = ctl_sent = False
		last_out = last_eof = 0.0
		while ctl.fileno() in fds or (out and out.fileno() in fds):
			ready, _, _ = select.select(list(fds), [], [], 0.1)
			for fd in ready:
				src = fds[fd]
				try:
					data = os.read(fd, 1 << 20)
				except OSError:
					data = b''
				if src is wake:
					continue
				if not data:
					del fds[fd]
					if src is stdin:
						stdin_eof = True
					continue
				if src is stdin:
					out.sendall(data)
				elif src is ctl:
					parser.feed(data)
				else:
					got += len(data)
					last_out = elapsed()
					self.write_stdout(stdout, data)
			# The end of piped input is a Ctrl-D, which ends the
			# shell only while it waits at its prompt (in canonical
			# mode the line discipline eats it): so once the guest
			# has gone quiet, and again every second.
			if stdin_eof and elapsed() > max(last_out + EOF_QUIET,
							 last_eof + 1.0):
				last_eof = elapsed()
				try:
					out.sendall(b'\x04')
				except OSError:
					pass
			self.console_pos = self.tail_console(self.console_pos)
			now = elapsed() - start
			if parser.exit is not None and exit_seen is None:
				exit_seen = now
			if exit_seen is not None and not acked and \
			   (parser.output_bytes is None or
			    got >= parser.output_bytes or
			    now > exit_seen + OUTPUT_GRACE):
				acked = True
				try:
					ctl.sendall(b'ack\n')
				except OSError:
					pass
			if self.halted and halted is None:
				halted = now
			if self.args.ctl_send and parser.payload_started and \
			   not ctl_sent:
				ctl_sent = True
				with open(self.args.ctl_send, 'rb') as f:
					try:
						ctl.sendall(f.read())
					except OSError:
						pass
			if self.stop_asked and stop_sent is None:
				stop_sent = now
				self.log('interrupted: asking the guest to stop '
					 '(again to kill it now)')
				try:
					ctl.sendall(b'stop\n')
				except OSError:
					pass
			if stop_sent is not None and exit_seen is None and \
			   now > stop_sent + STOP_GRACE:
				self.kill_qemu()
				break
			# Evidence: asked by SIGUSR1, or before a boot-timeout
			# kills a guest that may still answer.
			if limit is not None and now > limit and \
			   parser.init_started and exit_seen is None and \
			   timeout_dump is None:
				timeout_dump = now
				self.dumps_asked += 1
			if self.dumps_asked > dumps_sent and \
			   parser.init_started and exit_seen is None:
				dumps_sent = self.dumps_asked
				self.log('asking the guest for its evidence')
				try:
					ctl.sendall(b'dump\n')
				except OSError:
					pass
			if parser.dumps_done > evidence_done:
				_, _, lists = self.write_evidence()
				if lists >= parser.dumps_done or \
				   now > evidence_at + 3.0:
					evidence_done = parser.dumps_done
					self.log('evidence in %s' % self.out)
				elif not evidence_at:
					evidence_at = now
			dumping = timeout_dump is not None and \
				evidence_done < dumps_sent and \
				now < timeout_dump + DUMP_GRACE
			if (limit is not None and now > limit and not dumping) or \
			   (not parser.init_started and now > INIT_START_LIMIT) or \
			   (exit_seen is not None and now > exit_seen + POWEROFF_GRACE) or \
			   (halted is not None and now > halted + HALT_GRACE):
				self.timed_out = exit_seen is None and halted is None
				self.kill_qemu()
				break
		if ctl.fileno() in fds:
			drain(ctl, parser.feed)
		if out and out.fileno() in fds:
			drain(out, lambda data: self.write_stdout(stdout, data))
		PUMPING = None
		parser.close()
		self.out_bytes = got
		stdout.flush()

	def write_stdout(self, stdout, data):
		"""A reader that went away must not stop the run."""
		if self.stress_log:
			self.stress_log.write(data)
		if self.stdout_closed:
			return
		try:
			stdout.write(data)
			stdout.flush()
		except (BrokenPipeError, ValueError):
			self.stdout_closed = True

	def tail_console(self, pos):
		"""Follow console.log: halt, --console, the last lines."""
		try:
			with open(self.console_log, 'rb') as f:
				f.seek(pos)
				data = f.read()
		except FileNotFoundError:
			return pos
		if not data:
			return pos
		if self.args.console:
			sys.stderr.buffer.write(data)
			sys.stderr.flush()
		tail = self.console_tail[-256:] + data
		self.console_tail = (self.console_tail + data)[-CONSOLE_TAIL:]
		if HALT_RE.search(tail):
			self.halted = True
		return pos + len(data)

	def kill_qemu(self):
		if not self.qemu or self.qemu.poll() is not None:
			return
		self.qemu.terminate()
		try:
			self.qemu.wait(timeout=3)
		except subprocess.TimeoutExpired:
			self.qemu.kill()
			self.qemu.wait()

	def write_evidence(self):
		"""sched_ext_dump.txt and blocked-tasks.txt from the console.

		Returns the console's lines and how many blocked-task lists
		were complete in it.
		"""
		try:
			with open(self.console_log, errors='replace') as f:
				console = f.read().splitlines()
		except FileNotFoundError:
			console = []
		dump = sched_ext_dump(console)
		if dump:
			with open(self.dump_txt, 'w') as f:
				f.write('\n'.join(dump) + '\n')
		blocked, lists, inside = [], 0, False
		for line in console:
			if BLOCKED_START in line:
				inside = True
				blocked.append('--- ' + line)
			elif BLOCKED_END in line and inside:
				inside = False
				lists += 1
			elif inside:
				blocked.append(line)
		if blocked:
			with open(self.blocked_txt, 'w') as f:
				f.write('\n'.join(blocked) + '\n')
		return console, dump, lists

	def splat_verdict(self, parser):
		"""kernel-warning, unless --splats=warn or --splat-allow says
		every splat may pass."""
		a = self.args
		left = [s for s in parser.splats
			if not any(r.search(s) for r, _ in a.splat_allow_res)]
		if a.splats == 'warn' or not left:
			why = 'allowed by --splat-allow' if not left else \
				'--splats=warn'
			print('run-vm: %d kernel splat(s), %s; see splat.txt' %
			      (len(parser.splats), why), file=sys.stderr)
			return 'pass', 0, None
		return 'kernel-warning', VERDICT_CODES['kernel-warning'], \
			left[0]

	def decide(self, parser):
		"""(verdict, code, reason) from the guest's word or the host's."""
		a = self.args
		console, dump, _ = self.write_evidence()
		panics = crash_lines(console, ARCHS[a.arch]['panic_re'])

		if parser.splat_lines:
			with open(self.splat_txt, 'wb') as f:
				f.write(b'\n'.join(parser.splat_lines) + b'\n')
		verdict, code, reason = parser.verdict, None, None
		if verdict == 'kernel-warning':
			verdict, code, reason = self.splat_verdict(parser)
		elif verdict in ('pass', 'fail'):
			code = parser.code
		elif verdict:
			code = VERDICT_CODES.get(verdict, VERDICT_CODES['no-verdict'])
		elif parser.panic_lines:
			verdict = 'init-crash'
		elif panics:
			verdict = 'kernel-panic'
			reason = panic_reason(panics)
		elif self.stop_asked:
			verdict = 'interrupted'
			reason = 'the guest did not stop within %gs' % STOP_GRACE
		elif self.timed_out:
			verdict = 'boot-timeout'
			reason = 'init did not start' if not parser.init_started \
				else 'no verdict within %gs' % self.wall_limit()
		elif not console and not parser.init_started and \
		     self.qemu.returncode:
			with open(os.path.join(self.out, 'qemu.log'),
				  errors='replace') as f:
				sys.stderr.write(f.read())
			die('QEMU failed (exit %d): %s' %
			    (self.qemu.returncode, shlex.join(self.qemu.args)),
			    'host-error')
		else:
			verdict = 'no-verdict'
			reason = 'guest halted' if self.halted else \
				'guest stopped without a verdict'
			last = last_lines(self.console_tail)
			if last:
				reason += '; console ends: ' + ' | '.join(last)
		if verdict not in ('pass', 'fail') or code is None:
			code = VERDICT_CODES.get(verdict,
						 VERDICT_CODES['no-verdict'])

		if panics and verdict != 'pass':
			sys.stderr.write('run-vm: kernel console:\n')
			for line in panics[:20]:
				sys.stderr.write('  ' + line + '\n')
		if reason is None and verdict == 'init-crash' and parser.panic_lines:
			reason = parser.panic_lines[0][len('PANIC: '):]
		if reason is None and verdict == 'payload-timeout' and a.timeout:
			reason = 'payload ran longer than %ds' % a.timeout
		if reason is None:
			if verdict.startswith('sched-') or parser.sched_died:
				reason = exit_reason(dump, console)
			reason = reason or parser.not_attached or parser.fatal
		if verdict not in ('pass', 'kernel-warning'):
			reason = self.name_splats(reason, parser, console,
						  verdict == 'kernel-panic')
		if a.expect_exit_re:
			verdict, code, reason = self.expect_exit_verdict(
				parser, dump, console, verdict, code, reason)
		if a.soak:
			reason = self.soak_reason(parser, verdict, code, reason)
		return verdict, code, reason

	def expect_exit_verdict(self, parser, dump, console, verdict, code,
				reason):
		"""--expect-exit: the scheduler's exit is the run's point.

		Its reason is the kernel's (the dump's exit kind and message,
		else the "disabled (...)" line) or scxinit's FATAL line.
		"""
		a = self.args
		rx = a.expect_exit_re
		texts = [t for t in (exit_reason(dump, console), parser.fatal)
			 if t]
		if verdict in ('sched-died', 'sched-startup-died'):
			hit = next((t for t in texts if rx.search(t)), None)
			self.expect_exit = {'regex': a.expect_exit,
					    'matched': hit is not None,
					    'exit': hit or (texts[0] if texts
							    else None)}
			if hit is None:
				return verdict, code, \
					'scheduler exit "%s" does not match ' \
					'--expect-exit %s' % (
						texts[0] if texts else 'unknown',
						a.expect_exit)
			reason = 'scheduler exit matched --expect-exit: ' + hit
			if parser.splats and a.splats != 'ignore':
				v, c, r = self.splat_verdict(parser)
				if v != 'pass':
					return v, c, r
			return 'pass', 0, reason
		how = {
			'pass': 'the payload exited 0',
			'fail': 'the payload exited %s' % code,
			'kernel-warning': 'the payload exited 0; kernel splat: '
				'%s' % reason,
			'payload-timeout': 'the payload ran past --timeout %s s'
				% a.timeout,
		}.get(verdict)
		self.expect_exit = {'regex': a.expect_exit, 'matched': False,
				    'exit': None}
		if how is None:
			return verdict, code, reason
		return 'sched-no-exit', VERDICT_CODES['sched-no-exit'], \
			'no scheduler exit (%s); --expect-exit wanted one ' \
			'matching %s' % (how, a.expect_exit)

	def soak_reason(self, parser, verdict, code, reason):
		"""Say how long the scheduler was attached, and whether all
		along: from before stress-ng started to the teardown after it
		ended, with no death, detach or re-attach between."""
		a = self.args
		ph = parser.phases
		att = self.attached_s(ph)
		start = ph.get('payload_started', -1)
		end = ph.get('payload_ended', float('inf'))
		along = verdict == 'pass' and att is not None and \
			ph['sched_attached'] <= start and \
			'sched_died' not in ph and \
			end <= ph.get('sched_stopping', -1)
		note = 'the scheduler never attached' if att is None else \
			'scheduler attached %.1f s, all along' % att if along \
			else 'scheduler attached %.1f s of the %d s soak' % (
				att, a.soak)
		self.soak = {
			'seconds': a.soak,
			'stress': a.program[1:],
			'stress_exit': code if verdict in ('pass', 'fail')
				else None,
			'attached_all_along': along,
		}
		if verdict == 'pass':
			return 'soak %d s: %s; stress-ng exited 0' % (a.soak,
									note)
		if verdict == 'fail':
			return 'stress-ng exited %d; %s' % (code, note)
		return '%s; %s' % (reason, note) if reason else note

	def attached_s(self, phases):
		"""How long the scheduler was attached, by the guest's clock."""
		start = phases.get('sched_attached')
		ends = [phases[k] for k in ('sched_died', 'sched_stopping',
					    'verdict') if k in phases]
		if start is None or not ends:
			return None
		return round(min(ends) - start, 6)

	def write_result(self, verdict, code, reason, parser=None, took=None):
		"""OUT/result.json, whole or not at all (tmp + rename)."""
		a = self.args
		if not self.locked:
			return
		phases = dict(sorted(parser.phases.items(),
				     key=lambda kv: kv[1])) if parser else {}
		sched = None
		if self.sched_path:
			try:
				with open(self.sched_path, 'rb') as f:
					digest = hashlib.sha256(
						f.read()).hexdigest()
			except OSError:
				digest = None
			sched = {
				'path': self.sched_path,
				'sha256': digest,
				'args': a.sched_arg,
				'attached_s': self.attached_s(phases),
			}
		found = a.kernel and os.path.isfile(a.kernel) and \
			kernel_config(a.kernel)
		res = {
			'schema': RESULT_SCHEMA,
			'verdict': verdict,
			'code': code,
			'reason': reason,
			'phases': phases,
			'kernel': {
				'release': found[1] if found else None,
				'image': a.kernel and os.path.abspath(a.kernel),
			},
			'scheduler': sched,
			'qemu': {
				'version': qemu_version(a.qemu) or None
					if QEMU_VERSIONS else None,
				'arch': a.arch,
			},
			'vcpus': a.cpus,
			'memory_mib': a.mem,
			'command': a.command,
			'splats': parser.splats if parser else [],
			'soak': self.soak,
			'expect_exit': self.expect_exit,
			'elapsed_s': round(took or elapsed(), 2),
			'run_dir': os.path.abspath(self.out),
		}
		path = os.path.join(self.out, 'result.json')
		try:
			with open(path + '.tmp', 'w') as f:
				json.dump(res, f, indent=1)
				f.write('\n')
			os.replace(path + '.tmp', path)
		except OSError as e:
			print('run-vm: %s: %s' % (path, e.strerror),
			      file=sys.stderr)
			try:
				os.unlink(path + '.tmp')
			except OSError:
				pass

	def name_splats(self, reason, parser, console, panicked):
		"""Beside a verdict of its own, a splat is named in it: the
		guest's first, or after a panic the guest did not live to
		report, the first console line with a splat pattern."""
		splats = parser.splats
		if not splats and panicked:
			try:
				with open(os.path.join(self.out, 'splat-patterns'),
					  errors='replace') as f:
					patterns = [l.rstrip('\n') for l in f
						    if l.strip() and
						    not l.startswith('#')]
			except OSError:
				patterns = []
			splats = [l.split('] ', 1)[-1] for l in console
				  if KMSG_RE.match(l) and
				  any(p in l for p in patterns)]
		if not splats or (reason and splats[0] in reason):
			return reason
		named = 'kernel splat: ' + splats[0]
		if len(splats) > 1:
			named += ' (and %d more)' % (len(splats) - 1)
		return reason + '; ' + named if reason else named

	def run(self):
		a = self.args
		if not os.path.isfile(a.init):
			die('no init %s: run make' % a.init)
		fit_check = a.kernel is None and a.arch == 'x86_64'
		a.kernel = a.kernel or kernel_default(a.arch)
		if not os.path.isfile(a.kernel):
			die('no kernel %s' % a.kernel)
		check_kernel_config(a)
		# More vCPUs than the kernel's NR_CPUS boot as NR_CPUS CPUs
		# without a word, and a test wanting them would skip or pass
		# on fewer.
		nr = kernel_options(a).get('CONFIG_NR_CPUS', '')
		if nr.isdigit() and a.cpus > int(nr):
			if a.cpus_asked:
				die('--cpus %d: %s boots at most %s CPUs '
				    '(CONFIG_NR_CPUS)' % (a.cpus, a.kernel, nr))
			a.cpus = int(nr)
			if not a.quiet:
				print('run-vm: %d vCPU: %s boots at most %s '
				      '(CONFIG_NR_CPUS)' % (a.cpus, a.kernel, nr),
				      file=sys.stderr)
		self.make_out()
		self.mkinitramfs()
		self.initrd_fd = os.open(self.initrd, os.O_RDONLY | os.O_CLOEXEC)
		os.unlink(self.initrd)
		# Measured on the default kernel; others reserve other amounts
		# and the guest still reports initramfs-truncated.
		why = fit_check and initramfs_fits(
			os.fstat(self.initrd_fd).st_size, a.mem)
		if why:
			die(why)
		if a.shell:
			return self.shell()
		parser = WireParser(phase=self.log, sched=self.sched_line,
				    diag=self.diag_line, block=self.sched_block)
		self.parser = parser
		if a.soak:
			self.stress_log = open(
				os.path.join(self.out, 'stress-ng.log'), 'wb')
		try:
			self.boot(parser)
		finally:
			self.kill_qemu()
			if self._sched_file:
				self._sched_file.close()
			if self.stress_log:
				self.stress_log.close()
				self.stress_log = None
		verdict, code, reason = self.decide(parser)
		if parser.output_bytes is not None and \
		   self.out_bytes != parser.output_bytes:
			print('run-vm: payload output incomplete: %d of the %d '
			      'bytes scxinit sent arrived' %
			      (self.out_bytes, parser.output_bytes),
			      file=sys.stderr)

		line = 'run-vm: verdict=%s' % verdict
		if reason:
			line += ' reason="%s"' % reason.replace('"', "'")
		took = elapsed()
		line += ' code=%d elapsed=%.2fs' % (code, took)
		self.write_result(verdict, code, reason, parser, took)
		print(line, file=sys.stderr)
		for path in (self.console_log, self.sched_log, self.dump_txt,
			     self.blocked_txt, self.splat_txt,
			     os.path.join(self.out, 'stress-ng.log')):
			if os.path.exists(path):
				print('run-vm: ' + path, file=sys.stderr)
		return code


def main(argv):
	for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
		signal.signal(sig, on_signal)
	signal.signal(signal.SIGUSR1, on_usr1)
	args = parse_args(argv)
	run = Run(args)
	try:
		return run.run()
	except SystemExit:
		run.forget_out()
		if DIED and os.path.isdir(run.out):
			run.write_result(DIED[0], HOST_ERROR, DIED[1])
		raise
	except Interrupted:
		run.kill_qemu()
		if os.path.exists(run.initrd):
			os.unlink(run.initrd)
		run.forget_out()
		if os.path.isdir(run.out):
			run.write_result('interrupted', INTERRUPTED,
					 'killed at once', run.parser)
		print('run-vm: verdict=interrupted reason="killed at once" '
		      'code=%d elapsed=%.2fs' % (INTERRUPTED, elapsed()),
		      file=sys.stderr)
		for path in (run.console_log, run.sched_log):
			if os.path.exists(path):
				print('run-vm: ' + path, file=sys.stderr)
		return INTERRUPTED
