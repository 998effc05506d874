/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_UEVENT_H
#define SCXINIT_INIT_UEVENT_H

/* Kernel object events from the NETLINK_KOBJECT_UEVENT socket. */
struct uevent {
	const char *action;	/* "add", "remove", ... */
	const char *devpath;	/* "/kernel/sched_ext/root" */
	const char *buf;	/* the whole message, for uevent_get() */
	int len;
};

int uevent_open(void);
/* Read one message; 1 with @ev filled, 0 when none is pending. */
int uevent_read(int fd, char *buf, int size, struct uevent *ev);
const char *uevent_get(const struct uevent *ev, const char *key);

#endif
