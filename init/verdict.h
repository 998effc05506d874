/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_VERDICT_H
#define SCXINIT_INIT_VERDICT_H

#include "lib/compiler.h"

/* The words and codes are in init/verdicts.h, shared with the host. */
enum verdict {
#define VERDICT(id, ...) V_##id,
#include "init/verdicts.h"
};

/*
 * What must stop before the verdict, registered by what started it (the
 * scheduler), so that the verdict depends on nothing above it.  It
 * returns NULL, or a user error it met on the way down ("FILE:LINE:
 * what"), which makes a pass or fail bad-input.
 */
void verdict_on_teardown(const char *(*teardown)(void));

/*
 * What may change the verdict after the teardown, registered by the
 * kernel's health: it gets the verdict and returns the one to give.
 */
void verdict_on_judge(enum verdict (*judge)(enum verdict v));

/*
 * How to wait, up to @deadline (ns), for the host's ack of every byte
 * up to SCXINIT_EXIT, registered by the control port's reader; false if
 * none came.
 */
void verdict_on_ack(bool (*wait_ack)(unsigned long long deadline));

/* Tear down, print the verdict, drain the ports and power off. */
void __noreturn finish(enum verdict v, int payload_code);

/* A user error: one line naming what was wrong, then bad-input. */
void __noreturn __printf(1, 2)
bad_input(const char *fmt, ...);

/* The verdict line and power-off alone, for paths that cannot tear down. */
void __noreturn power_off(enum verdict v, int payload_code);

#endif
