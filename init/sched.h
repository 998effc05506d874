/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_SCHED_H
#define SCXINIT_INIT_SCHED_H

#include "init/verdict.h"

/*
 * The scheduler under test.  sched_start() returns
 * only with the scheduler attached, or with none configured; every
 * failure ends in its verdict.  sched_stop() is the bounded teardown
 * and is safe to call at any point, any number of times.
 */
void sched_start(void);
bool sched_died(void);
/* A detach that no event reported, read back from sysfs: a death. */
bool sched_left(void);
/* Report the death and say which verdict it earns. */
enum verdict sched_death(void);
void sched_stop(void);
bool sched_attached(void);
/* The scheduler's output up to now, as the teardown sends it. */
void sched_log_so_far(void);

#endif
