// SPDX-License-Identifier: GPL-2.0-only
/*
 * sched_ext announces a scheduler with a KOBJ_ADD uevent only after it
 * is fully enabled, and its removal with KOBJ_REMOVE.  Listening to
 * those is an event for attach and ejection alike, where polling sysfs
 * would cost a sleep per check.
 */
#include <linux/netlink.h>
#include "init/uevent.h"
#include "lib/syscalls.h"

/* libc's <sys/socket.h> values, the same on every Linux arch. */
#define AF_NETLINK_	16
#define SOCK_DGRAM_	2

int uevent_open(void)
{
	struct sockaddr_nl addr = {
		.nl_family = AF_NETLINK_,
		.nl_groups = 1,
	};
	int fd, err;

	fd = _sys_socket(AF_NETLINK_, SOCK_DGRAM_ | O_NONBLOCK | O_CLOEXEC,
			 NETLINK_KOBJECT_UEVENT);
	if (fd < 0)
		return fd;
	err = _sys_bind(fd, &addr, sizeof(addr));
	if (err) {
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

	n = read(fd, buf, size - 1);
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
