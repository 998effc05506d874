// SPDX-License-Identifier: GPL-2.0-only
/*
 * Small file and clock helpers.  sysfs, procfs and the initramfs
 * files are all small, so whole-file reads into caller buffers do.
 */
#include "lib/file.h"

ssize_t read_file(const char *path, char *buf, size_t size)
{
	ssize_t n, ret = 0;
	char extra;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while ((size_t)ret < size - 1) {
		n = read(fd, buf + ret, size - 1 - ret);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ret = -errno;
			goto out;
		}
		if (n == 0)
			break;
		ret += n;
	}
	buf[ret] = '\0';
	if ((size_t)ret == size - 1 && read(fd, &extra, 1) > 0)
		ret = -E2BIG;
out:
	close(fd);
	return ret;
}

int write_file(const char *path, const char *s)
{
	int fd, ret = 0;

	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (write(fd, s, strlen(s)) < 0)
		ret = -errno;
	close(fd);
	return ret;
}

bool exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

char *chomp(char *s)
{
	size_t n = strlen(s);

	while (n && strchr(" \t\r\n", s[n - 1]))
		s[--n] = '\0';
	return s;
}

unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}
