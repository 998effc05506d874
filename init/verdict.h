/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_VERDICT_H
#define SCXINIT_INIT_VERDICT_H

#include "lib/compiler.h"

/*
 * SPEC section 4; codes match scripts/run-vm's exit codes.  The host
 * alone gives kernel-panic (116), boot-timeout (117), no-verdict (118),
 * host errors (119) and sched-no-exit (122: --expect-exit, and the
 * scheduler never exited).
 */
enum verdict {
	V_PASS,
	V_FAIL,
	V_SCHED_STARTUP_DIED,
	V_SCHED_NOT_ATTACHED,
	V_SCHED_DIED,
	V_PAYLOAD_TIMEOUT,
	V_INITRAMFS_TRUNCATED,
	V_INIT_CRASH,
	V_BAD_INPUT,
	V_INTERRUPTED,
	V_KERNEL_WARNING,
};

/* Tear down, print the verdict, drain the ports and power off. */
void __noreturn finish(enum verdict v, int payload_code);

/* A user error: one line naming what was wrong, then bad-input. */
void __noreturn __printf(1, 2)
bad_input(const char *fmt, ...);

/* The verdict line and power-off alone, for paths that cannot tear down. */
void __noreturn power_off(enum verdict v, int payload_code);

extern bool is_pid1;

#endif
