// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel's health.  A payload that exits 0 has not passed when the
 * kernel warned, locked up, stalled or hung a task meanwhile: that is
 * what a scheduler (or the kernel change under test) broke without the
 * payload noticing.  /dev/kmsg is read in the poll loop from boot on.
 * A splat starts at a record of the kernel's own facility whose text
 * holds a pattern from /splat_patterns: a payload writing "WARNING:"
 * into /dev/kmsg gets the user facility and cannot pass for one.  It
 * ends at "---[ end trace", when the kernel has been quiet for a while
 * (its records come back to back) or at a bound.  Its records go to the
 * console as they are read when the console's loglevel kept them off
 * it (a hung task's stack is KERN_INFO): console.log shows it whole.
 */
#include "init/command.h"
#include "init/config.h"
#include "init/health.h"
#include "init/log.h"
#include "init/loop.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/kmsg.h"
#include "lib/parse.h"

#define PATTERNS_SIZE 4096
#define PATTERNS_MAX 64
#define TEXT_SIZE 65536
#define SPLAT_LINES 200
/* The longest record /dev/kmsg hands out: a shorter read fails. */
#define REC_SIZE 8192
/* A splat's records follow each other within this (printk time, us). */
#define QUIET_US 200000ULL
#define FIRST_SIZE 256

static struct watch kmsg = { .fd = -1 };
static char patterns_buf[PATTERNS_SIZE];
static char *patterns[PATTERNS_MAX + 1];
static int nr_patterns;
static char text[TEXT_SIZE];
static size_t text_len;
static char first[FIRST_SIZE];
static int nr_splats, lines;
static bool in_splat;
static unsigned long long last_us;
/* Records at this level and above the kernel did not print itself. */
static unsigned int console_level = 8;

static void add(const char *s, size_t n)
{
	if (text_len + n >= sizeof(text))
		n = sizeof(text) - 1 - text_len;
	memcpy(text + text_len, s, n);
	text_len += n;
}

static bool starts_splat(const char *msg)
{
	for (int i = 0; i < nr_patterns; i++)
		if (strstr(msg, patterns[i]))
			return true;
	return false;
}

/*
 * The first of /proc/sys/kernel/printk's numbers, 15 while an Oops
 * makes the console verbose; 8 (nothing hidden) if unknown.
 */
static unsigned int read_console_level(void)
{
	unsigned int level = 0;
	char buf[64];

	if (read_file("/proc/sys/kernel/printk", buf, sizeof(buf)) < 1 ||
	    buf[0] < '0' || buf[0] > '9')
		return 8;
	for (const char *p = buf; *p >= '0' && *p <= '9' && level < 100; p++)
		level = level * 10 + *p - '0';
	return level;
}

static void record(const struct kmsg_rec *rec)
{
	unsigned long long us = rec->usec;
	const char *msg = rec->text;
	char line[REC_SIZE + 32];
	int n;

	if (in_splat && (us - last_us > QUIET_US || lines >= SPLAT_LINES))
		in_splat = false;
	if (!in_splat && starts_splat(msg)) {
		in_splat = true;
		lines = 0;
		console_level = read_console_level();
		if (!nr_splats++)
			scnprintf(first, sizeof(first), "%s", msg);
		ctl("SCXINIT_SPLAT: %.200s", msg);
	}
	if (!in_splat)
		return;
	last_us = us;
	lines++;
	n = scnprintf(line, sizeof(line), "[%5llu.%06llu] %s\n", us / 1000000,
		      us % 1000000, msg);
	add(line, n);
	if (rec->level >= console_level)
		port_write(PORT_CONSOLE, line, n);
	if (strstr(msg, "---[ end trace"))
		in_splat = false;
}

static int drain(void)
{
	char buf[REC_SIZE];
	struct kmsg_rec rec;
	int n = 0;

	/* Facility 0 is the kernel's; /dev/kmsg writers get 1 (user). */
	for (; kmsg.fd >= 0 && kmsg_next(kmsg.fd, buf, sizeof(buf), &rec);
	     n++)
		if (!rec.facility)
			record(&rec);
	return n;
}

static void on_kmsg(struct watch *w, short revents)
{
	drain();
}

static void read_patterns(void)
{
	const char *file = cmd.splat_patterns ?: layout("/splat_patterns");
	char *lines_[PATTERNS_MAX * 2 + 1];
	int n, bad = 0;
	ssize_t len;

	len = read_file(file, patterns_buf, sizeof(patterns_buf));
	if (len < 0) {
		pr_warn("%s: %s; kernel splats are not looked for", file,
			errname(-len));
		return;
	}
	n = split_lines(patterns_buf, len, lines_, PATTERNS_MAX * 2, &bad);
	if (n < 0)
		bad_input("%s: %s", file, n == -E2BIG ? "too many lines" :
			  "a NUL byte");
	for (int i = 0; i < n; i++) {
		if (!lines_[i][0] || lines_[i][0] == '#')
			continue;
		if (nr_patterns == PATTERNS_MAX)
			bad_input("%s: more than %d patterns", file,
				  PATTERNS_MAX);
		patterns[nr_patterns++] = lines_[i];
	}
}

/*
 * A splat fails a run that would pass; beside any other verdict it is
 * evidence, named in its SCXINIT_SPLAT line.  What is logged up to now
 * is read first: the splat being read is complete.
 */
static enum verdict health_judge(enum verdict v)
{
	drain();
	in_splat = false;
	if (v == V_PASS && nr_splats && cfg.splats == SPLATS_FAIL) {
		ctl("SCXINIT_FATAL: kernel splat: %.200s", first);
		v = V_KERNEL_WARNING;
	}
	if (!text_len)
		return v;
	ctl("===SPLATS_START=== bytes=%zu", text_len);
	port_write(PORT_CTL, text, text_len);
	port_write(PORT_CTL, "\n", 1);
	ctl("===SPLATS_END===");
	return v;
}

void health_init(void)
{
	unsigned long long t0 = now_ns();
	int fd, n;

	if (cfg.splats == SPLATS_IGNORE)
		return;
	read_patterns();
	if (!nr_patterns)
		return;
	fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		pr_warn("/dev/kmsg: %s; kernel splats are not looked for",
			errname(errno));
		return;
	}
	/* Under another init, what the kernel said before us is not ours. */
	if (!is_pid1)
		lseek(fd, 0, SEEK_END);
	loop_watch(&kmsg, "/dev/kmsg", fd, POLLIN, on_kmsg);
	verdict_on_judge(health_judge);
	/* The boot's log, read at once: the detector's start-up cost. */
	n = drain();
	pr_debug("kernel log: %d records read in %llu us", n,
		 (now_ns() - t0) / 1000);
}
