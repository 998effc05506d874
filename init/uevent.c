// SPDX-License-Identifier: GPL-2.0-only
/*
 * sched_ext announces a scheduler with a KOBJ_ADD uevent only after it
 * is fully enabled, and its removal with KOBJ_REMOVE.  Listening to
 * those is an event for attach and ejection alike, where polling sysfs
 * would cost a sleep per check.
 */
#include <linux/netlink.h>
#include "init/uevent.h"

/* nolibc has no socket API; these are the generic UAPI values. */
#define AF_NETLINK_	16
#define SOCK_DGRAM_	2

int uevent_open(void)
{
	struct sockaddr_nl addr = {
		.nl_family = AF_NETLINK_,
		.nl_groups = 1,
	};
	int fd;

	fd = syscall(__NR_socket, AF_NETLINK_,
		     SOCK_DGRAM_ | O_NONBLOCK | O_CLOEXEC,
		     NETLINK_KOBJECT_UEVENT);
	if (fd < 0)
		return -errno;
	if (syscall(__NR_bind, fd, &addr, sizeof(addr))) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

const char *uevent_get(const struct uevent *ev, const char *key)
{
	size_t klen = strlen(key);

	for (int i = 0; i < ev->len; i += strlen(ev->buf + i) + 1)
		if (!strncmp(ev->buf + i, key, klen) &&
		    ev->buf[i + klen] == '=')
			return ev->buf + i + klen + 1;
	return NULL;
}

int uevent_read(int fd, char *buf, int size, struct uevent *ev)
{
	int n;

	n = syscall(__NR_recvfrom, fd, buf, size - 1, 0, NULL, NULL);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	ev->buf = buf;
	ev->len = n;
	ev->action = uevent_get(ev, "ACTION");
	ev->devpath = uevent_get(ev, "DEVPATH");
	if (!ev->action)
		ev->action = "";
	if (!ev->devpath)
		ev->devpath = "";
	return 1;
}
