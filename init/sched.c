// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scheduler under test: spawn, attach, death and teardown.
 *
 * Attach is an event: sched_ext sends a KOBJ_ADD uevent for
 * /kernel/sched_ext/root, naming the ops, once the scheduler is
 * enabled; an inotify watch on the directory covers kernels that change
 * it without one, and then state and root/ops are read back.  Death is an
 * event too: the pidfd, or the KOBJ_REMOVE of root when the kernel
 * ejects a scheduler whose process lives on.
 */
#include <linux/inotify.h>
#include "init/child.h"
#include "init/command.h"
#include "init/config.h"
#include "init/dump.h"
#include "init/env.h"
#include "init/knobs.h"
#include "init/log.h"
#include "init/stop.h"
#include "init/sched.h"
#include "init/uevent.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/parse.h"
#include "lib/syscalls.h"

#define SCX_DIR "/sys/kernel/sched_ext"
#define SCX_ROOT "/kernel/sched_ext/root"
#define SCHED_LOG "/tmp/sched.log"
#define SCHED_ARGS_MAX 64
#define GRACE_NS (3 * NSEC_PER_SEC)
#define REAP_NS NSEC_PER_SEC
#define TERM_REPEAT_NS (100 * NSEC_PER_MSEC)
#define DUMP_WAIT_NS (5 * NSEC_PER_SEC)
/* A scheduler that dies this soon after spawn never really started. */
#define STARTUP_NS NSEC_PER_SEC
#define PF_EXITING 0x00000004

enum state { S_NONE, S_STARTING, S_ATTACHED, S_STOPPING, S_STOPPED };

static struct child sched = { .name = "scheduler", .pidfd = -1 };
static enum state state;
static bool ejected, reattached, death_reported;
/*
 * sched_ext's count of enables (enable_seq) before the spawn; -1: the
 * kernel has none.  It is raised after the KOBJ_ADD, so a read at
 * attach could still see the old count.
 */
static long enable_seq = -1, enable_seq_now = -1;
static char ops[64];
static char exe[PATH_MAX];
static char args_buf[8192];
static char *argv[SCHED_ARGS_MAX + 2];
static struct watch uev = { .fd = -1 }, ino = { .fd = -1 };
static unsigned long long spawn_ns, attach_ns;
/* The first /sched_disable line that failed; see sched_stop(). */
static char disable_err[512];

static bool check_attached(void)
{
	char st[32];

	if (read_file(SCX_DIR "/state", st, sizeof(st)) < 0 ||
	    strcmp(chomp(st), "enabled"))
		return false;
	if (read_file(SCX_DIR "/root/ops", ops, sizeof(ops)) <= 0 ||
	    !*chomp(ops))
		return false;
	return true;
}

static void on_uevent(struct watch *w, short revents)
{
	char buf[2048];
	struct uevent ev;

	while (uevent_read(w->fd, buf, sizeof(buf), &ev)) {
		const char *name = uevent_get(&ev, "SCXOPS");

		if (strcmp(ev.devpath, SCX_ROOT))
			continue;
		pr_debug("uevent %s %s", ev.action, ev.devpath);
		if (!strcmp(ev.action, "remove") && state == S_ATTACHED)
			ejected = true;
		/* An add without our remove: one went unseen. */
		if (!strcmp(ev.action, "add") && state == S_ATTACHED) {
			ejected = true;
			reattached = true;
		}
		if (strcmp(ev.action, "add") || state != S_STARTING)
			continue;
		/* Sent once the state is enabled: it names the ops itself. */
		if (name && *name)
			scnprintf(ops, sizeof(ops), "%s", name);
		if ((name && *name) || check_attached())
			state = S_ATTACHED;
	}
}

static long read_enable_seq(void)
{
	unsigned long seq;
	char buf[32];

	if (read_file(SCX_DIR "/enable_seq", buf, sizeof(buf)) <= 0 ||
	    parse_ulong(chomp(buf), 0, ~0UL >> 1, &seq))
		return -1;
	return seq;
}

static void on_inotify(struct watch *w, short revents)
{
	char buf[1024];

	while (read(w->fd, buf, sizeof(buf)) > 0)
		;
	if (state == S_STARTING && check_attached())
		state = S_ATTACHED;
}

static void watch_sched_ext(void)
{
	uev.fd = uevent_open();
	if (uev.fd < 0) {
		pr_warn("uevent socket: %s; attach is noticed by inotify or at the deadline",
			errname(-uev.fd));
	} else {
		loop_watch(&uev, "uevent socket", uev.fd, POLLIN, on_uevent);
	}
	ino.fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (ino.fd < 0)
		return;
	inotify_add_watch(ino.fd, SCX_DIR, IN_CREATE | IN_MODIFY | IN_MOVED_TO);
	inotify_add_watch(ino.fd, SCX_DIR "/state", IN_MODIFY);
	loop_watch(&ino, "inotify", ino.fd, POLLIN, on_inotify);
}

static void unwatch(struct watch *w)
{
	if (w->fd < 0)
		return;
	loop_del(w);
	close(w->fd);
	w->fd = -1;
}

static void read_sched_args(void)
{
	int argc = 0, bad = 0;
	ssize_t len;

	if (cmd.sched) {
		while (cmd.sched_argv[argc])
			argc++;
		memcpy(argv + 1, cmd.sched_argv, argc * sizeof(*argv));
		goto cgroups;
	}
	len = read_file(layout("/sched_args"), args_buf, sizeof(args_buf));
	if (len < 0 && len != -ENOENT)
		bad_input("%s: cannot read: %s", layout("/sched_args"),
			  errname(-len));
	if (len > 0)
		argc = split_lines(args_buf, len, argv + 1, SCHED_ARGS_MAX,
				   &bad);
	if (argc == -EINVAL)
		bad_input("%s: line %d: NUL byte (expected one argument per line)",
			  layout("/sched_args"), bad);
	if (argc == -E2BIG)
		bad_input("%s: more than %d arguments",
			  layout("/sched_args"), SCHED_ARGS_MAX);
cgroups:
	for (int i = 1; i <= argc; i++) {
		const char *path = NULL;

		if (!strcmp(argv[i], "--cell-parent-cgroup"))
			path = argv[i + 1];
		else if (!strncmp(argv[i], "--cell-parent-cgroup=", 21))
			path = argv[i] + 21;
		else
			continue;
		if (!path || !*path)
			bad_input("%s: --cell-parent-cgroup needs a path",
				  layout("/sched_args"));
		cgroup_make_parent(path);
	}
}

static bool attached_or_dead(void *arg)
{
	return state == S_ATTACHED || sched.exited || stop_requested();
}

/*
 * The kernel disables a scheduler whose process is being killed from
 * that process's exit path, so the KOBJ_REMOVE can beat the pidfd.  A
 * process already in do_exit() (PF_EXITING) died; it was not ejected.
 */
static bool exiting(int pid)
{
	char path[32], stat[512], *p, *end;
	unsigned long flags;
	int field = 2;

	scnprintf(path, sizeof(path), "/proc/%d/stat", pid);
	if (read_file(path, stat, sizeof(stat)) < 0)
		return true;
	/* Field 9, counting from the ") " that ends the command name. */
	p = strrchr(stat, ')');
	while (p && field++ < 9)
		p = strchr(p + 1, ' ');
	end = p ? strchr(++p, ' ') : NULL;
	if (!end)
		return false;
	*end = '\0';
	return !parse_ulong(p, 0, ~0UL, &flags) && (flags & PF_EXITING);
}

/* enum scx_exit_kind, in the words of the kernel's scx_exit_reason(). */
static const struct {
	long kind;
	const char *name;
} exit_kinds[] = {
	{ -1, "root kobject removed" },
	{ 64, "unregistered from user space" },
	{ 65, "unregistered from BPF" },
	{ 66, "unregistered from the main kernel" },
	{ 67, "disabled by sysrq-S" },
	{ 68, "parent exiting" },
	{ 69, "killed by parent scheduler" },
	{ 1024, "runtime error" },
	{ 1025, "scx_bpf_error" },
	{ 1026, "runnable task stall" },
	{ 1027, "reenqueue limit" },
	{ 1028, "rescue bandwidth overload" },
};

static const char *exit_kind_name(long kind)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(exit_kinds); i++)
		if (exit_kinds[i].kind == kind)
			return exit_kinds[i].name;
	return "unknown exit kind";
}

static void report_death(void)
{
	char how[64];

	if (death_reported)
		return;
	death_reported = true;
	dump_mark("scxinit: death noticed");
	/*
	 * The host hears of the death now; the exit status of a process
	 * still in do_exit() follows once the kernel's disable work, run
	 * from that exit path, lets it go.
	 */
	ctl("SCXINIT_SCHEDULER_DIED");
	ctl_phase("sched_died", now_ns());
	if (!sched.exited && exiting(sched.pid))
		child_wait(&sched, now_ns() + REAP_NS);
	if (reattached) {
		if (enable_seq_now < 0)
			enable_seq_now = read_enable_seq();
		ctl("SCXINIT_FATAL: scheduler %s detached and re-attached (enabled %ld times)",
		    exe, enable_seq_now - enable_seq);
	} else if (sched.exited) {
		child_describe(&sched, how, sizeof(how));
		ctl("SCXINIT_FATAL: scheduler %s %s", exe, how);
	} else {
		ctl("SCXINIT_FATAL: scheduler %s detached: %s (exit kind %ld)",
		    exe, exit_kind_name(dump_exit_kind()), dump_exit_kind());
	}
}

/*
 * Knobs and scheduler arguments without a scheduler would be silently
 * ignored: the host meant something that will not happen.
 */
static void check_no_sched_files(void)
{
	static const char *const files[] = {
		"/sched_args", "/sched_enable", "/sched_disable",
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(files); i++)
		if (exists(layout(files[i])))
			bad_input("%s: given without %s: nothing would use it",
				  layout(files[i]), exe);
}

/* Before the verdict: stop, and name a /sched_disable line that failed. */
static const char *teardown(void)
{
	sched_stop();
	return disable_err[0] ? disable_err : NULL;
}

void sched_start(void)
{
	struct spawn s = {
		.argv = argv,
		.envp = child_env,
		.new_pgrp = true,
	};
	unsigned long long deadline;
	char knob_err[512];
	int log_fd, err;

	scnprintf(exe, sizeof(exe), "%s", cmd.sched ?: layout("/scheduler"));
	if (cmd.sched && !exists(exe))
		bad_input("--sched %s: %s (expected the scheduler binary)", exe,
			  errname(errno));
	if (!exists(exe)) {
		check_no_sched_files();
		return;
	}
	argv[0] = exe;
	read_sched_args();
	if (!exists(SCX_DIR)) {
		ctl("SCXINIT_SCHEDULER_NOT_ATTACHED: sched_ext sysfs absent");
		ctl("SCXINIT_FATAL: %s missing: the kernel lacks CONFIG_SCHED_CLASS_EXT",
		    SCX_DIR);
		power_off(V_SCHED_NOT_ATTACHED, 0);
	}
	/* A knob that did not apply makes the run test something else. */
	if (knobs_apply(cmd.sched ? cmd.sched_enable : layout("/sched_enable"),
			knob_err, sizeof(knob_err)))
		bad_input("%s", knob_err);
	dump_arm();
	watch_sched_ext();
	log_fd = open(SCHED_LOG, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
		      0644);
	s.fd[0] = open("/dev/null", O_RDONLY | O_CLOEXEC);
	s.fd[1] = log_fd;
	s.fd[2] = log_fd;
	verdict_on_teardown(teardown);
	state = S_STARTING;
	enable_seq = read_enable_seq();
	spawn_ns = now_ns();
	err = child_spawn(&sched, &s);
	close(log_fd);
	close(s.fd[0]);
	if (err) {
		state = S_STOPPED;
		exec_failed(exe, err);
	}
	pr_info("scheduler started, pid %d", sched.pid);
	deadline = spawn_ns + cfg.attach_timeout * NSEC_PER_SEC;
	if (!loop_until(deadline, attached_or_dead, NULL) && !check_attached()) {
		ctl("SCXINIT_SCHEDULER_NOT_ATTACHED: timeout");
		ctl("SCXINIT_FATAL: scheduler alive but not attached after %lu s",
		    cfg.attach_timeout);
		child_kill_group(&sched, now_ns() + REAP_NS);
		finish(V_SCHED_NOT_ATTACHED, 0);
	}
	if (sched.exited) {
		report_death();
		finish(V_SCHED_STARTUP_DIED, 0);
	}
	if (stop_requested() && state != S_ATTACHED)
		finish(V_INTERRUPTED, 0);
	state = S_ATTACHED;
	attach_ns = now_ns();
	dump_mark("scxinit: attached");
	pr_info("scheduler %s attached after %llu us", ops,
		(now_ns() - spawn_ns) / 1000);
	ctl_phase("sched_spawned", spawn_ns);
	ctl("SCXINIT_SCHED_ATTACHED ops=%s", ops);
	ctl_phase("sched_attached", attach_ns);
}

bool sched_died(void)
{
	return state == S_ATTACHED &&
	       (sched.exited || ejected || dump_exit_kind() >= 0);
}

/*
 * Uevents can be lost (the socket's buffer overflows under load): what
 * sysfs says at the end is the last word on whether the scheduler was
 * attached all along.
 */
bool sched_left(void)
{
	if (state != S_ATTACHED || sched_died())
		return false;
	enable_seq_now = read_enable_seq();
	if (enable_seq >= 0 && enable_seq_now > enable_seq + 1) {
		ejected = true;
		reattached = true;
	} else if (!check_attached()) {
		ejected = true;
	}
	return ejected;
}

enum verdict sched_death(void)
{
	report_death();
	if ((sched.exited ? sched.exit_ns : now_ns()) - spawn_ns < STARTUP_NS)
		return V_SCHED_STARTUP_DIED;
	return V_SCHED_DIED;
}

/*
 * The scheduler's output goes on the control port, so its length goes
 * first: the host takes exactly that many bytes as output, and nothing
 * the scheduler printed can pass for a control line or end the block.
 */
static void dump_log(void)
{
	unsigned long long left = 0;
	char buf[4096];
	struct stat st;
	ssize_t n;
	int fd;

	fd = open(SCHED_LOG, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && !fstat(fd, &st))
		left = st.st_size;
	ctl("===SCHED_OUTPUT_START=== bytes=%llu", left);
	while (left && (n = read(fd, buf, left < sizeof(buf) ?
					  left : sizeof(buf))) > 0) {
		port_write(PORT_CTL, buf, n);
		left -= n;
	}
	/* A log that shrank under us is padded: the host counts bytes. */
	memset(buf, '\n', sizeof(buf));
	while (left) {
		n = left < sizeof(buf) ? left : sizeof(buf);
		port_write(PORT_CTL, buf, n);
		left -= n;
	}
	if (fd >= 0)
		close(fd);
	port_write(PORT_CTL, "\n", 1);
	ctl("===SCHED_OUTPUT_END===");
}

bool sched_attached(void)
{
	return state == S_ATTACHED;
}

void sched_log_so_far(void)
{
	if (state != S_NONE)
		dump_log();
}

void sched_stop(void)
{
	unsigned long long t0 = now_ns();
	char how[64];

	if (state == S_NONE || state == S_STOPPING || state == S_STOPPED)
		return;
	state = S_STOPPING;
	/*
	 * While the scheduler unregisters, the kernel's disable work runs
	 * and its process waits for it.  Under single-threaded TCG every
	 * vCPU shares one host thread, so anything scxinit does meanwhile
	 * delays it: no uevent, inotify or trace wake-up then, and above
	 * all no trace lines to the console (tens of microseconds a byte).
	 * What the trace gets meanwhile is forwarded after the reap.
	 */
	unwatch(&uev);
	unwatch(&ino);
	dump_hold(true);
	dump_mark("scxinit: stopping");
	/*
	 * The usual main loop checks its exit flag, then sleeps: a SIGTERM
	 * that lands in between waits out the sleep.  Repeating it wakes
	 * such a loop at once.
	 */
	while (!sched.exited && now_ns() < t0 + GRACE_NS) {
		unsigned long long next = now_ns() + TERM_REPEAT_NS;

		child_signal(&sched, SIGTERM);
		child_wait(&sched, next < t0 + GRACE_NS ? next : t0 + GRACE_NS);
	}
	if (!sched.exited) {
		pr_warn("scheduler ignored SIGTERM for 3 s; SIGKILL");
		child_signal(&sched, SIGKILL);
	}
	child_kill_group(&sched, now_ns() + REAP_NS);
	dump_mark("scxinit: scheduler reaped");
	dump_hold(false);
	/* Said only now: nothing goes on a port while it exits. */
	ctl_phase("sched_stopping", t0);
	ctl_phase("sched_stopped", now_ns());
	if (sched.exited) {
		child_describe(&sched, how, sizeof(how));
		pr_info("scheduler stopped in %llu us: %s",
			(now_ns() - t0) / 1000, how);
	}
	dump_log();
	knobs_apply(cmd.sched ? cmd.sched_disable : layout("/sched_disable"),
		    disable_err, sizeof(disable_err));
	dump_settle();
	dump_wait(now_ns() + DUMP_WAIT_NS);
	dump_disarm();
	state = S_STOPPED;
}
