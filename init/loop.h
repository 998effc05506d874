/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_LOOP_H
#define SCXINIT_INIT_LOOP_H

/*
 * The one poll loop.  Every wait in scxinit is loop_until(): it runs
 * the handlers of whatever becomes ready until done() says so or the
 * deadline (CLOCK_MONOTONIC ns, 0 = none) passes.
 *
 * A handler gets every revents bit, POLLHUP and POLLERR included, and
 * deals with them (usually: read to the end, then loop_del()).  One
 * that leaves its watch in the loop after a hang-up or an error with
 * nothing to read would make ppoll() return at once forever: the loop
 * takes such a watch out itself and names it.
 */
struct watch {
	const char *name;	/* for messages */
	int fd;
	short events;
	void (*fn)(struct watch *w, short revents);
};

/* Fill in @w and add it: the one way a watch starts. */
void loop_watch(struct watch *w, const char *name, int fd, short events,
		void (*fn)(struct watch *w, short revents));
/* Add or remove a watch set up by loop_watch(); both are idempotent. */
void loop_add(struct watch *w);
void loop_del(struct watch *w);
bool loop_until(unsigned long long deadline, bool (*done)(void *), void *arg);

#endif
