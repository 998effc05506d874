// SPDX-License-Identifier: GPL-2.0-only
/*
 * Shell mode.  A serial port cannot be a controlling terminal with job
 * control worth the name, so the shell gets a PTY of its own and
 * scxinit copies bytes between the OUT port and the PTY master in its poll
 * loop.  Ctrl-C and Ctrl-Z then reach the shell's foreground job
 * through the PTY's line discipline, never PID 1.
 */
#include "init/child.h"
#include "init/config.h"
#include "init/env.h"
#include "init/log.h"
#include "init/stop.h"
#include "init/sched.h"
#include "init/shell.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/parse.h"

static struct child shell = { .name = "shell", .pidfd = -1 };
static struct watch console = { .fd = -1 }, master = { .fd = -1 };

static void copy(int from, int to)
{
	char buf[4096];
	ssize_t n;

	n = read(from, buf, sizeof(buf));
	if (n > 0)
		write_all(to, buf, n);
}

static void on_console(struct watch *w, short revents)
{
	copy(w->fd, master.fd);
}

static void on_master(struct watch *w, short revents)
{
	if (revents & POLLIN)
		copy(w->fd, port_fd(PORT_OUT));
	else
		loop_del(w);	/* POLLHUP: the last slave fd closed */
}

static int open_pty(char *name, size_t size)
{
	struct winsize ws = { .ws_row = cfg.rows, .ws_col = cfg.cols };
	int unlock = 0, n, slave;

	master.fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC |
			 O_NONBLOCK);
	if (master.fd < 0)
		return -errno;
	if (ioctl(master.fd, TIOCSPTLCK, &unlock) ||
	    ioctl(master.fd, TIOCGPTN, &n))
		return -errno;
	scnprintf(name, size, "/dev/pts/%d", n);
	slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (slave < 0)
		return -errno;
	if (cfg.rows && cfg.cols)
		ioctl(slave, TIOCSWINSZ, &ws);
	return slave;
}

static void list_schedulers(char *buf, size_t size)
{
	static const char *const names[] = {
		"scx_simple", "scx_qmap", "scx_central", "scx_flatcg",
	};
	char path[PATH_MAX];
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned int i = 0; i < ARRAY_SIZE(names); i++)
		if (!path_lookup(names[i], path, sizeof(path)))
			len += scnprintf(buf + len, size - len, " %s",
					 names[i]);
	if (!len)
		scnprintf(buf, size, " none in PATH");
}

static void banner(void)
{
	char mem[64] = "?", online[64] = "?", scheds[128], *p;
	static char meminfo[4096];
	struct utsname u;

	uname(&u);
	if (read_file("/proc/meminfo", meminfo, sizeof(meminfo)) > 0) {
		p = strchr(meminfo, '\n');
		if (p)
			*p = '\0';
		scnprintf(mem, sizeof(mem), "%s", meminfo + 9);
	}
	read_file("/sys/devices/system/cpu/online", online, sizeof(online));
	list_schedulers(scheds, sizeof(scheds));
	port_printf(PORT_OUT, "scxinit shell: Linux %s %s", u.release, u.machine);
	port_printf(PORT_OUT, "  memory:%s, CPUs online: %s%s", mem, chomp(online),
		    cfg.has_topo ? " (topology as asked)" : "");
	port_printf(PORT_OUT,
		    "  mounted: proc sysfs devtmpfs devpts tmpfs cgroup2 bpf debugfs tracefs");
	port_printf(PORT_OUT, "  schedulers:%s", scheds);
	port_printf(PORT_OUT,
		    "  start one: scx_simple & ; watch: cat /sys/kernel/sched_ext/state ; stop: kill %%1");
	port_printf(PORT_OUT, "  leave: exit (or Ctrl-D) powers the VM off");
}

static bool shell_or_sched(void *arg)
{
	return shell.exited || sched_died() || stop_requested();
}

void shell_run(void)
{
	static char *const argv[] = { "/bin/sh", "-l", NULL };
	static char *const install[] = { "/bin/busybox", "--install", "-s",
					  "/bin", NULL };
	struct child inst = { .name = "busybox --install" };
	struct spawn s = { .argv = install, .envp = child_env,
			   .fd = { -1, -1, -1 } };
	enum verdict died = V_PASS;
	char name[32];
	int slave, err;

	if (access("/bin/busybox", X_OK))
		bad_input("/bin/busybox: %s (shell mode runs busybox sh)",
			  errname(errno));
	if (!child_spawn(&inst, &s))
		child_wait(&inst, now_ns() + 5 * NSEC_PER_SEC);
	slave = open_pty(name, sizeof(name));
	if (slave < 0)
		bad_input("/dev/ptmx: %s (shell mode needs devpts)",
			  errname(-slave));
	sched_start();
	banner();
	s.argv = argv;
	s.fd[0] = slave;
	s.fd[1] = slave;
	s.fd[2] = slave;
	s.new_session = true;
	err = child_spawn(&shell, &s);
	close(slave);
	if (err)
		bad_input("/bin/sh: cannot execute: %s", errname(-err));
	loop_watch(&console, "scxinit.out (shell input)", port_fd(PORT_OUT),
		   POLLIN, on_console);
	loop_watch(&master, "pty", master.fd, POLLIN, on_master);
	/*
	 * A scheduler that dies under the shell is reported and torn down
	 * at once, evidence and all; the shell stays for a post-mortem.
	 */
	while (loop_until(0, shell_or_sched, NULL) && !shell.exited) {
		if (stop_requested()) {
			child_kill_group(&shell, now_ns() + NSEC_PER_SEC);
			finish(V_INTERRUPTED, 0);
		}
		died = sched_death();
		sched_stop();
	}
	/* Whatever the shell wrote last is still in the PTY. */
	copy(master.fd, port_fd(PORT_OUT));
	/* The shell's own status is not a test result: exit means done. */
	finish(died, 0);
}
