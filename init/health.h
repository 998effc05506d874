/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_HEALTH_H
#define SCXINIT_INIT_HEALTH_H

/*
 * The kernel's health: splats (WARNING, BUG, Oops, lockups, stalls,
 * hung tasks, ...) the kernel logged, read from /dev/kmsg from here
 * on.  It judges the verdict (init/verdict.h): a splat fails a pass.
 */
void health_init(void);

#endif
