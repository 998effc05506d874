/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_LOG_H
#define SCXINIT_INIT_LOG_H

#include "lib/compiler.h"

#include "lib/port.h"

enum log_level { LOG_ERR, LOG_WARN, LOG_INFO, LOG_DEBUG };

extern int log_level;

/* A control line on PORT_CTL, which the host parses (README: "The wire"). */
void ctl(const char *fmt, ...) __printf(1, 2);

/*
 * "SCXINIT_PHASE=name t=SEC.USEC": when (CLOCK_MONOTONIC, seconds since
 * boot) the run reached a phase, for the host's result file.
 */
void ctl_phase(const char *name, unsigned long long ns);

/* A diagnostic on PORT_CONSOLE, "scxinit: [seconds] ...". */
void pr(int level, const char *fmt, ...)
	__printf(2, 3);

#define pr_err(...)	pr(LOG_ERR, __VA_ARGS__)
#define pr_warn(...)	pr(LOG_WARN, __VA_ARGS__)
#define pr_info(...)	pr(LOG_INFO, __VA_ARGS__)
#define pr_debug(...)	pr(LOG_DEBUG, __VA_ARGS__)

#endif
