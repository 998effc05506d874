// SPDX-License-Identifier: GPL-2.0-only
/*
 * Port output.  Raw mode on a tty port (no OPOST) keeps bytes exact on
 * the host; one formatted line is one write(2) so lines from different
 * writers never interleave mid-line.
 */
#include <linux/termios.h>
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/port.h"

#define LINE_MAX_LEN 1024
#define VPORTS "/sys/class/virtio-ports"

static int fds[NR_PORTS] = { 2, 2, 2 };

int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

int port_open(enum port_id id, const char *path)
{
	struct termios t;
	int fd;

	fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (ioctl(fd, TCGETS, &t) == 0) {
		t.c_oflag &= ~OPOST;
		t.c_lflag &= ~(ECHO | ICANON | ISIG | IEXTEN);
		t.c_iflag &= ~(ICRNL | IXON);
		ioctl(fd, TCSETS, &t);
	}
	fds[id] = fd;
	return 0;
}

/*
 * A virtio-serial port, found by the name the host gave it
 * (-device virtserialport,name=NAME).  No tty sits on it: no termios to
 * change, no hang-up, no controlling terminal, and the driver lets one
 * open file at a time, so once it is ours nobody else can open it.
 */
int port_open_vport(enum port_id id, const char *name, int flags)
{
	char path[96], got[64];
	struct dirent e, *r;
	int fd = -ENOENT;
	DIR *dir;

	dir = opendir(VPORTS);
	if (!dir)
		return -errno;
	while (!readdir_r(dir, &e, &r) && r) {
		if (e.d_name[0] == '.')
			continue;
		scnprintf(path, sizeof(path), VPORTS "/%s/name", e.d_name);
		if (read_file(path, got, sizeof(got)) <= 0 ||
		    strcmp(chomp(got), name))
			continue;
		scnprintf(path, sizeof(path), "/dev/%s", e.d_name);
		fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC | flags);
		fd = fd < 0 ? -errno : fd;
		break;
	}
	closedir(dir);
	if (fd < 0)
		return fd;
	fds[id] = fd;
	return 0;
}

int port_fd(enum port_id id)
{
	return fds[id];
}

void port_set_fd(enum port_id id, int fd)
{
	fds[id] = fd;
}

int port_write(enum port_id id, const void *buf, size_t len)
{
	return write_all(fds[id], buf, len);
}

int port_vprintf(enum port_id id, const char *f, va_list ap)
{
	char line[LINE_MAX_LEN];
	int n;

	n = vscnprintf(line, sizeof(line) - 1, f, ap);
	if (n == 0 || line[n - 1] != '\n')
		line[n++] = '\n';
	return port_write(id, line, n);
}

int port_printf(enum port_id id, const char *f, ...)
{
	va_list ap;
	int ret;

	va_start(ap, f);
	ret = port_vprintf(id, f, ap);
	va_end(ap);
	return ret;
}

/* tcdrain(): returns once the UART has sent every queued byte. */
void port_drain(void)
{
	for (int i = 0; i < NR_PORTS; i++)
		ioctl(fds[i], TCSBRK, 1);
}
