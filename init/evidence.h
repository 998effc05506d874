/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_EVIDENCE_H
#define SCXINIT_INIT_EVIDENCE_H

/*
 * The state of a run that may be hung, taken while it goes on: the
 * kernel's sched_ext dump (SysRq-D), the blocked tasks (SysRq-w) and
 * the scheduler's output so far, then SCXINIT_DUMP_DONE.
 */
void evidence_take(const char *why);

#endif
