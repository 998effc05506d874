// SPDX-License-Identifier: GPL-2.0-only
/*
 * The poll loop.  ppoll()'s timeout is the deadline of the current
 * wait, so no wait is ever longer than it must be and none is a sleep.
 */
#include <linux/poll.h>
#include "init/log.h"
#include "init/loop.h"
#include "lib/file.h"
#include "lib/syscalls.h"

#define MAX_WATCHES 16

static struct watch *watches[MAX_WATCHES];
static int nr_watches;

void loop_add(struct watch *w)
{
	if (nr_watches == MAX_WATCHES) {
		pr_err("too many watched fds");
		return;
	}
	watches[nr_watches++] = w;
}

void loop_del(struct watch *w)
{
	for (int i = 0; i < nr_watches; i++) {
		if (watches[i] != w)
			continue;
		watches[i] = watches[--nr_watches];
		return;
	}
}

static void dispatch(unsigned long long deadline)
{
	struct watch *ready[MAX_WATCHES];
	struct pollfd pfd[MAX_WATCHES];
	struct timespec ts, *tsp = NULL;
	int n = nr_watches, ret;

	for (int i = 0; i < n; i++) {
		ready[i] = watches[i];
		pfd[i].fd = watches[i]->fd;
		pfd[i].events = watches[i]->events;
		pfd[i].revents = 0;
	}
	if (deadline) {
		unsigned long long now = now_ns();
		unsigned long long left = deadline > now ? deadline - now : 0;

		ts.tv_sec = left / NSEC_PER_SEC;
		ts.tv_nsec = left % NSEC_PER_SEC;
		tsp = &ts;
	}
	ret = ppoll(pfd, n, tsp, NULL);
	if (ret <= 0)
		return;
	/* A handler may delete watches; only call the ones still there. */
	for (int i = 0; i < n; i++) {
		bool live = false;

		if (!pfd[i].revents)
			continue;
		for (int j = 0; j < nr_watches; j++)
			live |= watches[j] == ready[i];
		if (live)
			ready[i]->fn(ready[i], pfd[i].revents);
	}
}

bool loop_until(unsigned long long deadline, bool (*done)(void *), void *arg)
{
	for (;;) {
		if (done && done(arg))
			return true;
		if (deadline && now_ns() >= deadline)
			return false;
		dispatch(deadline);
	}
}
