// SPDX-License-Identifier: GPL-2.0-only
/*
 * Evidence on demand: when the host is about to give up on a run (its
 * boot-timeout), when the user asks (SIGUSR1 to run-vm) or when the
 * payload runs out of time, the hung state is what explains it, and
 * it is gone once the teardown or the host's kill has run.
 *
 * SysRq-D has sched_ext write its dump through the tracepoint scxinit
 * already forwards; SysRq-w lists the blocked tasks.
 */
#include "init/dump.h"
#include "init/evidence.h"
#include "init/log.h"
#include "init/sched.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/kmsg.h"

#define REC_SIZE 1024

/*
 * Records logged from now on, copied to the console: SysRq-w logs the
 * blocked tasks at KERN_INFO, below the console level run-vm boots
 * with, and the console may print later, so they are read back from
 * /dev/kmsg and written between markers the host cuts them out by.
 */
static void blocked_tasks(void)
{
	char buf[REC_SIZE];
	struct kmsg_rec rec;
	int fd;

	fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return;
	lseek(fd, 0, SEEK_END);
	write_file("/proc/sysrq-trigger", "w");
	port_printf(PORT_CONSOLE, "scxinit: blocked tasks start");
	while (kmsg_next(fd, buf, sizeof(buf), &rec))
		port_printf(PORT_CONSOLE, "%s", rec.text);
	port_printf(PORT_CONSOLE, "scxinit: blocked tasks end");
	close(fd);
}

void evidence_take(const char *why)
{
	dump_mark("scxinit: evidence asked");
	pr_info("evidence asked (%s)", why);
	if (sched_attached())
		write_file("/proc/sysrq-trigger", "D");
	dump_flush();
	blocked_tasks();
	sched_log_so_far();
	port_drain();
	dump_mark("scxinit: evidence taken");
	ctl("SCXINIT_DUMP_DONE");
}
