/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_LOOP_H
#define SCXINIT_INIT_LOOP_H

/*
 * The one poll loop.  Every wait in scxinit is loop_until(): it runs
 * the handlers of whatever becomes ready until done() says so or the
 * deadline (CLOCK_MONOTONIC ns, 0 = none) passes.
 */
struct watch {
	int fd;
	short events;
	void (*fn)(struct watch *w, short revents);
};

void loop_add(struct watch *w);
void loop_del(struct watch *w);
bool loop_until(unsigned long long deadline, bool (*done)(void *), void *arg);

#define NSEC_PER_SEC 1000000000ULL
#define NSEC_PER_MSEC 1000000ULL

#endif
