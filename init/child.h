/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_CHILD_H
#define SCXINIT_INIT_CHILD_H

#include "init/loop.h"

/*
 * A child scxinit cares about (payload, scheduler, shell).  Every other
 * process that ends up ours is reaped and counted, nothing more.
 */
struct child {
	const char *name;
	int pid;
	int pidfd;
	bool exited;
	int how;		/* si_code: CLD_EXITED, CLD_KILLED, ... */
	int status;		/* exit code or signal */
	unsigned long long exit_ns;
	struct watch w;
};

struct spawn {
	char *const *argv;
	char *const *envp;
	int fd[3];		/* stdin, stdout, stderr of the child */
	bool new_pgrp;
	bool new_session;	/* with fd[0] as its controlling tty */
};

void children_init(void);
int child_spawn(struct child *c, const struct spawn *s);
/* bad-input for a failed exec, naming a missing interpreter if that is why. */
void __noreturn exec_failed(const char *path, int err);
void child_signal(struct child *c, int sig);
void child_kill_group(struct child *c, unsigned long long deadline);
bool child_exited(void *c);
bool child_wait(struct child *c, unsigned long long deadline);
int child_code(const struct child *c);
void child_describe(const struct child *c, char *buf, size_t size);
unsigned long orphans_reaped(void);

#endif
