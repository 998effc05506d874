// SPDX-License-Identifier: GPL-2.0-only
/*
 * ignore_term - run a program as a child while ignoring SIGTERM.
 *
 *   ignore_term PROGRAM [ARGS...]
 *
 * The parent ignores SIGTERM, forks, and the child restores the default
 * disposition and execs PROGRAM (e.g. a real scheduler). The parent
 * waits for it, so a scheduler process that shrugs off SIGTERM stays
 * alive while its child attaches: scxinit's teardown must escalate to
 * SIGKILL after its grace period.
 */

/* The kernel's struct sigaction for rt_sigaction() on x86_64 and arm64. */
struct ksigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned long mask;
};

#define KSIG_DFL 0UL
#define KSIG_IGN 1UL

static int set_disposition(int sig, unsigned long handler)
{
	struct ksigaction sa = { .handler = handler };

	return syscall(__NR_rt_sigaction, sig, &sa, NULL, sizeof(sa.mask));
}

int main(int argc, char **argv)
{
	int status = 0;
	pid_t pid;

	if (argc < 2) {
		printf("usage: ignore_term PROGRAM [ARGS...]\n");
		return 2;
	}
	if (set_disposition(SIGTERM, KSIG_IGN) < 0) {
		printf("ignore_term: rt_sigaction: errno %d\n", errno);
		return 1;
	}
	pid = fork();
	if (pid < 0) {
		printf("ignore_term: fork: errno %d\n", errno);
		return 1;
	}
	if (pid == 0) {
		set_disposition(SIGTERM, KSIG_DFL);
		execve(argv[1], argv + 1, environ);
		printf("ignore_term: cannot execute %s: errno %d\n", argv[1],
		       errno);
		_exit(127);
	}
	printf("ignore_term: pid %d ignores SIGTERM, child %d runs %s\n",
	       getpid(), pid, argv[1]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}
