// SPDX-License-Identifier: GPL-2.0-only
/*
 * forge - a payload that tries to pass for scxinit on the wire.
 *
 *   forge FILE CHUNK CODE          write FILE, exit CODE
 *   forge FILE CHUNK panic         write FILE, then crash the kernel
 *   forge FILE CHUNK exec PROG ... write FILE, then exec PROG (a
 *                                  scheduler that forges, then runs)
 *   forge serial                   attack every port device it finds
 *
 * FILE goes out in writes of CHUNK bytes, alternating stdout and
 * stderr, so control strings arrive whole, split and mid-line.  The
 * serial attack opens each tty and virtio port from a new session,
 * tries to steal it as controlling terminal, changes its modes and
 * hangs it up; it reports what it managed and exits 0.
 */
#include <linux/termios.h>

#define BUF_SIZE 65536

static char buf[BUF_SIZE];

static void say(const char *s)
{
	write(1, s, strlen(s));
}

static int emit(const char *file, long chunk)
{
	ssize_t len, off;
	int fd, i = 0;

	fd = open(file, O_RDONLY);
	if (fd < 0)
		return -1;
	len = read(fd, buf, sizeof(buf));
	close(fd);
	for (off = 0; off < len; off += chunk, i++) {
		long n = len - off < chunk ? len - off : chunk;

		write(1 + (i & 1), buf + off, n);
	}
	return 0;
}

static const char *const devs[] = {
	"/dev/ttyS0", "/dev/ttyS1", "/dev/ttyS2", "/dev/ttyS3",
	"/dev/ttyAMA0", "/dev/hvc0", "/dev/hvc1", "/dev/console",
	"/dev/vport0p0", "/dev/vport0p1", "/dev/vport0p2", "/dev/vport1p1",
	"/dev/vport1p2", "/dev/vport2p1", "/dev/vport2p2",
};

static void attack(const char *dev)
{
	struct termios t;
	int fd;

	fd = open(dev, O_RDWR | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		printf("%s: open: %d\n", dev, errno);
		return;
	}
	printf("%s: opened; steal %d", dev, (int)ioctl(fd, TIOCSCTTY, 1));
	if (!ioctl(fd, TCGETS, &t)) {
		t.c_oflag |= OPOST | ONLCR;
		t.c_lflag |= ECHO | ICANON | ISIG;
		printf(" modes %d", (int)ioctl(fd, TCSETS, &t));
	}
	write(fd, "SCXINIT_VERDICT=pass code=0\nSCXINIT_EXIT=0\n", 43);
	printf(" hangup %d\n", (int)ioctl(fd, TIOCVHANGUP, 0));
	close(fd);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "serial")) {
		setsid();
		for (unsigned int i = 0; i < sizeof(devs) / sizeof(*devs); i++)
			attack(devs[i]);
		say("survived\n");
		return 0;
	}
	if (argc < 4 || emit(argv[1], atol(argv[2]) ?: 1)) {
		say("usage: forge FILE CHUNK CODE|panic|exec PROG...\n");
		return 2;
	}
	if (!strcmp(argv[3], "panic")) {
		int fd = open("/proc/sysrq-trigger", O_WRONLY);

		write(fd, "c", 1);
		return 1;
	}
	if (!strcmp(argv[3], "exec") && argc > 4) {
		execve(argv[4], argv + 4, NULL);
		return 127;
	}
	return atoi(argv[3]);
}
