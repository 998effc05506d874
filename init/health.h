/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_HEALTH_H
#define SCXINIT_INIT_HEALTH_H

/*
 * The kernel's health: splats (WARNING, BUG, Oops, lockups, stalls,
 * hung tasks, ...) the kernel logged, read from /dev/kmsg.
 */
void health_init(void);
/* Read what is logged so far; the splat being read is complete. */
void health_settle(void);
/* How many splats, and the first one's first line. */
int health_splats(void);
const char *health_first(void);
/* All splats' text to the host, as a counted block. */
void health_send(void);

#endif
