// SPDX-License-Identifier: GPL-2.0-only
/*
 * Records of /dev/kmsg.  A read returns one record; EPIPE means the
 * ring buffer overwrote what we were about to read, and the next read
 * returns the oldest record still there.
 */
#include "lib/kmsg.h"

static unsigned long long number(const char **p)
{
	unsigned long long v = 0;

	for (; **p >= '0' && **p <= '9'; (*p)++)
		v = v * 10 + **p - '0';
	return v;
}

int kmsg_next(int fd, char *buf, size_t size, struct kmsg_rec *rec)
{
	const char *p;
	char *text, *nl;
	ssize_t n;

	for (;;) {
		n = read(fd, buf, size - 1);
		if (n < 0 && errno == EPIPE)
			continue;
		if (n <= 0)
			return 0;
		buf[n] = '\0';
		text = strchr(buf, ';');
		if (text)
			break;
	}
	*text++ = '\0';
	nl = strchr(text, '\n');
	if (nl)
		*nl = '\0';
	p = buf;
	rec->level = number(&p);
	rec->facility = rec->level >> 3;
	rec->level &= 7;
	p = strchr(p, ',');
	p = p ? strchr(p + 1, ',') : NULL;
	if (p)
		p++;
	rec->usec = p ? number(&p) : 0;
	rec->text = text;
	return 1;
}
