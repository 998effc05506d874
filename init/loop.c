// SPDX-License-Identifier: GPL-2.0-only
/*
 * The poll loop.  ppoll()'s timeout is the deadline of the current
 * wait, so no wait is ever longer than it must be and none is a sleep.
 */
#include <linux/poll.h>
#include "init/log.h"
#include "init/loop.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/syscalls.h"

#define MAX_WATCHES 16
#define GONE (POLLHUP | POLLERR | POLLNVAL)

static struct watch *watches[MAX_WATCHES];
static int nr_watches;

static bool watched(const struct watch *w)
{
	for (int i = 0; i < nr_watches; i++)
		if (watches[i] == w)
			return true;
	return false;
}

void loop_add(struct watch *w)
{
	if (watched(w))
		return;
	if (nr_watches == MAX_WATCHES) {
		pr_err("too many watched fds: %s is not watched", w->name);
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

void loop_watch(struct watch *w, const char *name, int fd, short events,
		void (*fn)(struct watch *w, short revents))
{
	w->name = name;
	w->fd = fd;
	w->events = events;
	w->fn = fn;
	loop_add(w);
}

/* ppoll() until the deadline: how many fds are ready, or -1. */
static int wait_ready(struct pollfd *pfd, int n, unsigned long long deadline)
{
	struct timespec ts, *tsp = NULL;
	int ret;

	if (deadline) {
		unsigned long long now = now_ns();
		unsigned long long left = deadline > now ? deadline - now : 0;

		ts.tv_sec = left / NSEC_PER_SEC;
		ts.tv_nsec = left % NSEC_PER_SEC;
		tsp = &ts;
	}
	ret = ppoll(pfd, n, tsp, NULL);
	/*
	 * EINTR is only a wake-up (signals are read from the signalfd) and
	 * ENOMEM passes; anything else is a bug here, which spinning on
	 * would hide: crash, and the host reports init-crash.
	 */
	if (ret < 0 && errno != EINTR && errno != ENOMEM) {
		pr_err("ppoll over %d fds: %s", n, errname(errno));
		abort();
	}
	return ret;
}

static void dispatch(unsigned long long deadline)
{
	struct watch *ready[MAX_WATCHES];
	struct pollfd pfd[MAX_WATCHES];
	int n = nr_watches;

	for (int i = 0; i < n; i++) {
		ready[i] = watches[i];
		pfd[i].fd = watches[i]->fd;
		pfd[i].events = watches[i]->events;
		pfd[i].revents = 0;
	}
	if (wait_ready(pfd, n, deadline) <= 0)
		return;
	for (int i = 0; i < n; i++) {
		struct watch *w = ready[i];
		short rev = pfd[i].revents;

		/* A handler may delete watches; only call the ones still there. */
		if (!rev || !watched(w))
			continue;
		w->fn(w, rev);
		if ((rev & GONE) && !(rev & POLLIN) && watched(w)) {
			pr_warn("%s: %s; no longer watched", w->name,
				rev & POLLNVAL ? "not open" :
				rev & POLLERR ? "error" : "hung up");
			loop_del(w);
		}
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
