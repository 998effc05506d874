/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Every verdict and exit code of a run, one row each, in the order the
 * README lists them.  scxinit includes this file to build its enum and
 * its word table; scripts/run-vm, scripts/bisect, scripts/verdicts.py
 * (for the tests and the README check) read the rows as text.  A row
 * reads
 *
 *	KIND(ID, "word", exit, bisect,
 *	     "meaning")
 *
 * with everything up to bisect on its first line (scripts/bisect reads
 * that line alone) and the meaning as one string literal, so that a new
 * verdict is one new row.
 *
 * KIND: VERDICT, said by scxinit on scxinit.ctl; HOST_VERDICT, decided
 * by run-vm from what it saw; HOST_EXIT, an exit code of run-vm's own
 * with no verdict word (its "word" is the README's label).
 * exit: -1 for the payload's own code.
 * bisect: what scripts/bisect tells git: good, bad, skip, or stop (the
 * user interrupted: abort the bisection).
 *
 * Including files define the kinds they need; the others vanish.
 */
#ifndef VERDICT
#define VERDICT(...)
#endif
#ifndef HOST_VERDICT
#define HOST_VERDICT(...)
#endif
#ifndef HOST_EXIT
#define HOST_EXIT(...)
#endif

VERDICT(PASS, "pass", 0, good,
	"payload exited 0")
VERDICT(FAIL, "fail", -1, bad,
	"payload exited N (128+sig if killed)")
VERDICT(SCHED_DIED, "sched-died", 110, bad,
	"scheduler died, was ejected, or detached and re-attached during the payload")
VERDICT(SCHED_STARTUP_DIED, "sched-startup-died", 111, bad,
	"scheduler exited before attaching, or <1 s after")
VERDICT(SCHED_NOT_ATTACHED, "sched-not-attached", 112, bad,
	"alive but not attached in time / no sched_ext")
VERDICT(INIT_CRASH, "init-crash", 113, skip,
	"scxinit itself faulted (PANIC: lines first)")
VERDICT(INITRAMFS_TRUNCATED, "initramfs-truncated", 114, skip,
	"/.scxinit_ok missing: unpacking ran out of memory")
VERDICT(BAD_INPUT, "bad-input", 115, skip,
	"guest layout or kernel command line invalid")
HOST_VERDICT(KERNEL_PANIC, "kernel-panic", 116, bad,
	     "panic, or an Oops and no verdict")
HOST_VERDICT(BOOT_TIMEOUT, "boot-timeout", 117, skip,
	     "wall limit hit")
HOST_VERDICT(NO_VERDICT, "no-verdict", 118, skip,
	     "the guest stopped without a verdict")
VERDICT(PAYLOAD_TIMEOUT, "payload-timeout", 124, bad,
	"payload ran past scxinit.timeout")
VERDICT(KERNEL_WARNING, "kernel-warning", 121, bad,
	"payload passed, but the kernel splatted (below)")
HOST_VERDICT(SCHED_NO_EXIT, "sched-no-exit", 122, bad,
	     "--expect-exit, and the scheduler never exited or was ejected")
VERDICT(INTERRUPTED, "interrupted", 130, stop,
	"stopped by run-vm's SIGINT/SIGTERM/SIGHUP (or, under another init, scxinit's own)")
HOST_EXIT(HOST_ERROR, "(host error)", 119, skip,
	  "bad run-vm usage, QEMU missing or failed")
HOST_EXIT(VM_KILLED, "(shell)", 120, skip,
	  "--shell ended without scxinit powering the VM off")

#undef VERDICT
#undef HOST_VERDICT
#undef HOST_EXIT
