// SPDX-License-Identifier: GPL-2.0-only
/*
 * Children and reaping.  SIGCHLD is blocked and read from a signalfd,
 * so no exit status is ever lost to a handler race or to SIG_IGN; each
 * tracked child also has a pidfd, which wakes the loop the moment it
 * dies.  Both paths end in reap(), which collects every zombie.
 */
#include <linux/prctl.h>
#include <linux/sched.h>
#include <linux/signalfd.h>
#include "init/child.h"
#include "init/config.h"
#include "init/log.h"
#include "init/stop.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/interp.h"
#include "lib/syscalls.h"

#define MAX_CHILDREN 4
/* The kernel follows #! interpreters this deep (binfmt_script). */
#define INTERP_DEPTH 4

static struct child *tracked[MAX_CHILDREN];
static unsigned long nr_orphans;
static struct watch sigchld;

static void reap(void)
{
	siginfo_t si;

	for (;;) {
		bool ours = false;
		int pid;

		si.si_pid = 0;
		if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG) || !si.si_pid)
			break;
		pid = si.si_pid;

		for (int i = 0; i < MAX_CHILDREN; i++) {
			struct child *c = tracked[i];

			if (!c || c->pid != pid)
				continue;
			c->exited = true;
			c->how = si.si_code;
			c->status = si.si_status;
			c->exit_ns = now_ns();
			tracked[i] = NULL;
			ours = true;
		}
		if (!ours)
			nr_orphans++;
	}
}

/* The signals that stop a run under another init, by name. */
static const char *stop_signal(int sig)
{
	return sig == SIGTERM ? "SIGTERM" : sig == SIGINT ? "SIGINT" :
	       "SIGHUP";
}

static void on_sigchld(struct watch *w, short revents)
{
	struct signalfd_siginfo si[8];
	ssize_t n;

	while ((n = read(w->fd, si, sizeof(si))) > 0)
		for (unsigned int i = 0; i < n / sizeof(*si); i++)
			if (si[i].ssi_signo != SIGCHLD)
				request_stop(stop_signal(si[i].ssi_signo));
	reap();
}

static void on_pidfd(struct watch *w, short revents)
{
	struct child *c = (struct child *)((char *)w -
					   __builtin_offsetof(struct child, w));

	reap();
	if (c->exited) {
		loop_del(&c->w);
		close(c->pidfd);
		c->pidfd = -1;
	}
}

void children_init(void)
{
	sigset_t mask;

	/*
	 * Under another init, the payload's orphans are still ours (every
	 * kernel with sched_ext has PR_SET_CHILD_SUBREAPER), and a SIGTERM
	 * from vng's timeout or a Ctrl-C must tear the scheduler down, not
	 * leave it attached: those signals are read from the signalfd too.
	 */
	sigemptyset(&mask);
	sigaddset(&mask, SIGCHLD);
	if (!is_pid1) {
		prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
		sigaddset(&mask, SIGTERM);
		sigaddset(&mask, SIGINT);
		sigaddset(&mask, SIGHUP);
	}
	sigprocmask(SIG_BLOCK, &mask, NULL);
	sigchld.fd = signalfd(-1, &mask, O_NONBLOCK | O_CLOEXEC);
	if (sigchld.fd < 0) {
		pr_err("signalfd: %s; orphans are reaped only with tracked children",
		       errname(errno));
		return;
	}
	loop_watch(&sigchld, "signalfd", sigchld.fd, POLLIN, on_sigchld);
}

static void __noreturn child_exec(const struct spawn *s, int errpipe)
{
	sigset_t none;
	int err;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (s->new_session) {
		setsid();
		ioctl(s->fd[0], TIOCSCTTY, 0);
	} else if (s->new_pgrp) {
		setpgid(0, 0);
	}
	for (int i = 0; i < 3; i++)
		if (s->fd[i] >= 0 && s->fd[i] != i)
			dup2(s->fd[i], i);
	execve(s->argv[0], s->argv, s->envp);
	err = errno;
	write(errpipe, &err, sizeof(err));
	_exit(127);
}

/* Returns 0, or the -errno of a failed exec, reported through a pipe. */
int child_spawn(struct child *c, const struct spawn *s)
{
	struct clone_args args = {
		.flags = CLONE_PIDFD,
		.pidfd = (unsigned long)&c->pidfd,
		.exit_signal = SIGCHLD,
	};
	int p[2], err = 0, pid;

	if (pipe2(p, O_CLOEXEC))
		return -errno;
	pid = clone3(&args, sizeof(args));
	if (pid == 0)
		child_exec(s, p[1]);
	err = pid < 0 ? -errno : 0;
	close(p[1]);
	if (err) {
		close(p[0]);
		return err;
	}
	c->pid = pid;
	c->exited = false;
	for (int i = 0; i < MAX_CHILDREN; i++) {
		if (!tracked[i]) {
			tracked[i] = c;
			break;
		}
	}
	while (read(p[0], &err, sizeof(err)) < 0 && errno == EINTR)
		;
	close(p[0]);
	loop_watch(&c->w, c->name, c->pidfd, POLLIN, on_pidfd);
	if (err) {
		child_wait(c, 0);
		return -err;
	}
	return 0;
}

/*
 * A failed exec, as a bad-input verdict.  ENOENT or ENOEXEC for a file
 * that is there means what it needs first is not: its `#!` interpreter
 * or PT_INTERP, or that one's own.  Name it.
 */
void __noreturn exec_failed(const char *path, int err)
{
	static char head[4096];
	char cur[PATH_MAX], interp[PATH_MAX];

	if ((err != -ENOENT && err != -ENOEXEC) || !exists(path))
		goto plain;
	scnprintf(cur, sizeof(cur), "%s", path);
	for (int depth = 0; depth < INTERP_DEPTH; depth++) {
		int fd = open(cur, O_RDONLY | O_CLOEXEC);
		ssize_t n;

		if (fd < 0)
			break;
		n = read(fd, head, sizeof(head));
		close(fd);
		if (n <= 0 || exec_interp(head, n, interp, sizeof(interp)))
			break;
		if (exists(interp)) {
			scnprintf(cur, sizeof(cur), "%s", interp);
			continue;
		}
		bad_input("%s: interpreter %s%s%s is not in the initramfs",
			  path, interp, depth ? " of " : "", depth ? cur : "");
	}
plain:
	bad_input("%s: cannot execute: %s", path, errname(-err));
}

void child_signal(struct child *c, int sig)
{
	if (!c->exited && c->pidfd >= 0)
		pidfd_send_signal(c->pidfd, sig, NULL, 0);
}

static bool group_reaped(void *arg)
{
	const struct child *c = arg;

	return c->exited && kill(-c->pid, 0) < 0;
}

/*
 * SIGKILL the child's process group and wait until every member is
 * reaped: a member caught in write() would otherwise finish its line
 * after the verdict, and the orphan count would miss it.
 */
void child_kill_group(struct child *c, unsigned long long deadline)
{
	if (c->pid <= 0)
		return;
	kill(-c->pid, SIGKILL);
	loop_until(deadline, group_reaped, c);
}

bool child_exited(void *c)
{
	return ((struct child *)c)->exited;
}

bool child_wait(struct child *c, unsigned long long deadline)
{
	return loop_until(deadline, child_exited, c);
}

/* The shell's convention: the exit code, or 128 + the signal. */
int child_code(const struct child *c)
{
	if (c->how == CLD_EXITED)
		return c->status;
	return 128 + c->status;
}

void child_describe(const struct child *c, char *buf, size_t size)
{
	if (c->how == CLD_EXITED)
		scnprintf(buf, size, "exit code %d", c->status);
	else
		scnprintf(buf, size, "killed by signal %d%s", c->status,
			  c->how == CLD_DUMPED ? " (core dumped)" : "");
}

unsigned long orphans_reaped(void)
{
	return nr_orphans;
}
