// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel writes its sched_ext dump from an irq_work, through the
 * sched_ext_dump tracepoint, before it queues the work that disables
 * the scheduler.  So once the scheduler is gone (its kobject removed or
 * its process dead), every line of the dump is already in the ring
 * buffer, and a non-blocking trace_pipe read that comes back empty
 * means the dump is complete.  That holds whatever the last line of a
 * given kernel's dump is.  sched_ext_exit, fired when the exit is
 * claimed, says whether a dump is due at all (error kinds only).
 *
 * It all goes through a trace instance of scxinit's own with only the
 * two sched_ext events on.  The top-level buffer stays the user's: a
 * payload may trace into it and read it, and none of the events it
 * enables can wake this loop.  (With sched_switch on, a reader of the
 * shared buffer is woken by the very switch that put it to sleep.)
 *
 * The serial port is the slow part, milliseconds per 4 KiB under
 * emulation, so the chunk that carries the exit is held back until the
 * death has been reported.
 */
#include "init/config.h"
#include "init/dump.h"
#include "init/log.h"
#include "init/loop.h"
#include "lib/file.h"
#include "lib/fmt.h"

#define TRACING "/sys/kernel/tracing"
#define INSTANCE TRACING "/instances/scxinit"
#define EV_DUMP INSTANCE "/events/sched_ext/sched_ext_dump/enable"
#define EV_EXIT INSTANCE "/events/sched_ext/sched_ext_exit/enable"
#define TAIL 64
#define CHUNK 4096
/* enum scx_exit_kind: kinds from SCX_EXIT_ERROR up come with a dump. */
#define SCX_EXIT_ERROR 1024

static struct watch trace = { .fd = -1 };
static int marker = -1;
static char tail[TAIL + 1];
static char held[CHUNK];
static ssize_t held_len;
static long exit_kind = -1;
static bool dump_due, started, complete, truncated, settled;

/* The decimal number after @key in @s, or @none. */
static unsigned long number_after(const char *s, const char *key,
				  unsigned long none)
{
	const char *k = strstr(s, key);
	unsigned long v = 0;

	if (!k)
		return none;
	for (k += strlen(key); *k >= '0' && *k <= '9'; k++)
		v = v * 10 + *k - '0';
	return v;
}

static void scan(const char *chunk, int n)
{
	char buf[TAIL + CHUNK + 1];
	size_t tlen = strlen(tail);
	const char *p;

	memcpy(buf, tail, tlen);
	memcpy(buf + tlen, chunk, n);
	buf[tlen + n] = '\0';
	/* Only the root scheduler's exit: sub-schedulers have level > 0. */
	p = strstr(buf, "sched_ext_exit:");
	if (p && exit_kind < 0 && !number_after(p, " level ", 0)) {
		exit_kind = number_after(p, " kind ", 0);
		dump_due = exit_kind >= SCX_EXIT_ERROR;
	}
	/* A dump asked for with SysRq-D comes without an exit. */
	if (exit_kind >= 0 && strstr(buf, "sched_ext_dump:"))
		started = true;
	if (strstr(buf, "~~~~ TRUNCATED ~~~~")) {
		truncated = true;
		complete = true;
	}
	tlen += n;
	p = tlen > TAIL ? buf + tlen - TAIL : buf;
	memmove(tail, p, strlen(p) + 1);
}

static void drain(void)
{
	char chunk[CHUNK];
	ssize_t n;

	if (trace.fd < 0)
		return;
	if (held_len) {
		port_write(PORT_CONSOLE, held, held_len);
		held_len = 0;
	}
	while ((n = read(trace.fd, chunk, sizeof(chunk))) > 0) {
		long kind = exit_kind;

		scan(chunk, n);
		if (kind < 0 && exit_kind >= 0) {
			memcpy(held, chunk, n);
			held_len = n;
			return;
		}
		port_write(PORT_CONSOLE, chunk, n);
	}
	if (n < 0 && errno == EAGAIN && settled && started && !complete) {
		complete = true;
		pr_info("sched_ext dump complete");
	}
}

static void on_trace(struct watch *w, short revents)
{
	drain();
}

/* trace_clock= reaches the top-level buffer only: markers need it too. */
static void copy_clock(void)
{
	char clocks[256], *name, *end;

	if (read_file(TRACING "/trace_clock", clocks, sizeof(clocks)) < 0)
		return;
	name = strchr(clocks, '[');
	end = name ? strchr(name, ']') : NULL;
	if (!end)
		return;
	*end = '\0';
	write_file(INSTANCE "/trace_clock", name + 1);
}

void dump_arm(void)
{
	int fd;

	if (mkdir(INSTANCE, 0755)) {
		if (errno != EEXIST) {
			pr_warn("%s: %s; no kernel dump will be captured",
				INSTANCE, errname(errno));
			return;
		}
		/* Left by an earlier run under another init: no stale exit. */
		close(open(INSTANCE "/trace", O_WRONLY | O_TRUNC | O_CLOEXEC));
	}
	copy_clock();
	if (write_file(EV_DUMP, "1")) {
		pr_warn("%s: %s; no kernel dump will be captured", EV_DUMP,
			errname(errno));
		return;
	}
	write_file(EV_EXIT, "1");
	fd = open(INSTANCE "/trace_pipe", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		pr_warn("%s/trace_pipe: %s; no kernel dump will be captured",
			INSTANCE, errname(errno));
		return;
	}
	loop_watch(&trace, "trace_pipe", fd, POLLIN, on_trace);
	marker = open(INSTANCE "/trace_marker", O_WRONLY | O_CLOEXEC);
	/*
	 * Also the start of the timeline; and under TCG a kernel path runs
	 * slowly the first time, while it is translated: not at the attach.
	 */
	dump_mark("scxinit: armed");
}

void dump_mark(const char *what)
{
	if (marker >= 0)
		write(marker, what, strlen(what));
}

long dump_exit_kind(void)
{
	return exit_kind;
}

void dump_flush(void)
{
	drain();
}

void dump_hold(bool hold)
{
	if (trace.fd < 0)
		return;
	if (hold)
		loop_del(&trace);
	else
		loop_add(&trace);
}

void dump_settle(void)
{
	settled = true;
	drain();
}

static bool dump_done(void *arg)
{
	return complete || !(started || dump_due);
}

void dump_wait(unsigned long long deadline)
{
	if (trace.fd < 0)
		return;
	drain();
	if (!loop_until(deadline, dump_done, NULL))
		pr_warn("sched_ext dump %s", started ? "incomplete at deadline" :
			"announced but never arrived");
	if (truncated)
		pr_warn("sched_ext dump truncated by the kernel");
}

void dump_disarm(void)
{
	if (trace.fd < 0)
		return;
	dump_mark("scxinit: teardown done");
	/*
	 * With the scheduler gone nothing writes to the instance: this
	 * ends.  Its events stay on; switching a tracepoint off patches
	 * kernel text, and removing the instance does it anyway.
	 */
	drain();
	loop_del(&trace);
	close(trace.fd);
	close(marker);
	trace.fd = -1;
	marker = -1;
	/*
	 * Under another init the instance would outlive us.  As PID 1 the
	 * power-off frees it, and removing it costs 50-70 ms under TCG.
	 */
	if (!is_pid1)
		rmdir(INSTANCE);
}
