// SPDX-License-Identifier: GPL-2.0-only
/*
 * A CPU that spins with preemption disabled (a soft lockup) strands a
 * task woken on it, and PID 1, real-time, is woken on the CPU it last
 * ran on: select_task_rq_rt() moves it only from under another
 * real-time task, and pull_rt_task() leaves it there, expecting it to
 * preempt what runs.  The run would hang with no verdict.  Only a
 * change of its affinity, made from another CPU, moves a queued task.
 * So one small process per CPU, pinned there, real-time too, sleeps in
 * /dev/kmsg; on the watchdog's "soft lockup - CPU#N" it takes CPU N out
 * of PID 1's mask.  The guard of CPU N never runs again; another does.
 */
#include <linux/sched.h>
#include "init/config.h"
#include "init/guard.h"
#include "init/log.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/kmsg.h"
#include "lib/syscalls.h"

#define MASK_LONGS 16
#define BITS (8 * sizeof(long))
/* The longest record /dev/kmsg hands out (CONSOLE_EXT_LOG_MAX). */
#define REC_SIZE 8192

static const char lockup[] = "soft lockup - CPU#";

static void take_out(unsigned long cpu)
{
	unsigned long mask[MASK_LONGS] = { 0 };
	bool left = false;

	if (cpu >= MASK_LONGS * BITS ||
	    sched_getaffinity(1, sizeof(mask), mask) < 0)
		return;
	mask[cpu / BITS] &= ~(1UL << cpu % BITS);
	for (int i = 0; i < MASK_LONGS; i++)
		left |= mask[i] != 0;
	if (left)
		sched_setaffinity(1, sizeof(mask), mask);
}

static void __noreturn guard(unsigned long cpu)
{
	unsigned long mask[MASK_LONGS] = { 0 };
	static char buf[REC_SIZE];
	struct kmsg_rec rec;
	struct sched_param param = { .sched_priority = 51 };
	int fd;

	close_range(0, ~0U, 0);
	mask[cpu / BITS] = 1UL << cpu % BITS;
	if (sched_setaffinity(0, sizeof(mask), mask) ||
	    sched_setscheduler(0, SCHED_FIFO, &param))
		_exit(1);
	fd = open("/dev/kmsg", O_RDONLY);
	if (fd < 0)
		_exit(1);
	lseek(fd, 0, SEEK_END);
	for (;;) {
		const char *p;

		if (!kmsg_next(fd, buf, sizeof(buf), &rec)) {
			/* A signal; anything else would spin here. */
			if (errno == EINTR)
				continue;
			_exit(1);
		}
		p = rec.facility ? NULL : strstr(rec.text, lockup);
		if (p)
			take_out(atol(p + sizeof(lockup) - 1));
	}
}

void guard_start(void)
{
	unsigned long mask[MASK_LONGS] = { 0 };

	/* Without the soft lockup detector no lockup is ever reported. */
	if (!is_pid1 || !exists("/proc/sys/kernel/soft_watchdog") ||
	    sched_getaffinity(0, sizeof(mask), mask) < 0)
		return;
	for (unsigned long cpu = 0; cpu < MASK_LONGS * BITS; cpu++) {
		int pid;

		if (!(mask[cpu / BITS] & 1UL << cpu % BITS))
			continue;
		pid = fork();
		if (pid == 0)
			guard(cpu);
		if (pid < 0)
			pr_warn("guard of CPU %lu: fork: %s", cpu,
				errname(errno));
	}
}
