/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_DUMP_H
#define SCXINIT_INIT_DUMP_H

/*
 * The kernel's sched_ext dump, read from trace_pipe in the poll loop
 * and forwarded to the console.
 */
void dump_arm(void);
/* The scheduler is gone: whatever dump it left is in the ring buffer. */
void dump_settle(void);
/*
 * The kind (enum scx_exit_kind) of the root scheduler's exit as the
 * kernel claimed it, the earliest sign of an ejection; -1 if none.
 */
long dump_exit_kind(void);
/* Wait, bounded, for a dump that has started (or is due) to complete. */
void dump_wait(unsigned long long deadline);
void dump_disarm(void);
/* Forward what the trace instance holds now. */
void dump_flush(void);
/*
 * Stop (true) or resume (false) forwarding from the poll loop; the
 * ring buffer keeps what comes meanwhile.
 */
void dump_hold(bool hold);
/*
 * A milestone in the trace buffer, stamped with the same clock as the
 * kernel's own events and printk, so the host can measure latencies.
 */
void dump_mark(const char *what);

#endif
