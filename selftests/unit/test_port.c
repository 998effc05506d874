// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit tests of lib/port.c.  Unopened ports write to fd 2, so fd 2 is
 * pointed at a packet-mode pipe (O_DIRECT): every write(2) arrives as
 * one packet, which shows that a line left in exactly one write.
 */
#include "lib/port.h"
#include "unit.h"

#define LONG_LEN 2000

static int pipe_rd;
static char got[4096];

/*
 * Read what the last call wrote: the first packet into got[], and the
 * number of packets in all.
 */
static int drain(int *len)
{
	char extra[4096];
	int packets = 0;
	ssize_t n;

	*len = 0;
	got[0] = '\0';
	n = read(pipe_rd, got, sizeof(got) - 1);
	if (n <= 0)
		return 0;
	got[n] = '\0';
	*len = n;
	packets = 1;
	while (read(pipe_rd, extra, sizeof(extra)) > 0)
		packets++;
	return packets;
}

static int count(const char *s, char c)
{
	int n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

static void test_lines(void)
{
	int len, packets;

	is_int(port_fd(PORT_CTL), 2, "an unopened port writes to fd 2");

	is_int(port_printf(PORT_CTL, "hello %d", 42), 0, "port_printf returns 0");
	packets = drain(&len);
	is_str(got, "hello 42\n", "a newline is added");
	is_int(packets, 1, "the line is one write");

	port_printf(PORT_CTL, "SCXINIT_EXIT=%d\n", 0);
	packets = drain(&len);
	is_str(got, "SCXINIT_EXIT=0\n", "a newline is not doubled");
	is_int(packets, 1, "the line with its newline is one write");

	port_printf(PORT_CONSOLE, "%s", "");
	drain(&len);
	is_str(got, "\n", "an empty line is a newline");

	port_write(PORT_CTL, "xy", 2);
	drain(&len);
	is_str(got, "xy", "port_write adds nothing");
}

/* Check a truncated line: text kept, exactly one newline, one write. */
static void long_is(int packets, int len, const char *what)
{
	ok(len > 1 && len < LONG_LEN, "%s: truncated (%d bytes)", what, len);
	is_int(len ? got[len - 1] : 0, '\n', "%s: ends in a newline", what);
	is_int(count(got, '\n'), 1, "%s: has exactly one newline", what);
	is_int(count(got, 'a'), len - 1, "%s: keeps its text", what);
	is_int(packets, 1, "%s: is one write", what);
}

static void test_long_lines(void)
{
	static char s[LONG_LEN + 1];
	int len, packets;

	memset(s, 'a', LONG_LEN);
	port_printf(PORT_CTL, "%s", s);
	packets = drain(&len);
	long_is(packets, len, "long line");

	port_printf(PORT_CTL, "%s\n", s);
	packets = drain(&len);
	long_is(packets, len, "long line with a newline");

	/* lib/port.c formats into 1 KiB: a 1000-byte line fits. */
	s[1000] = '\0';
	port_printf(PORT_CTL, "%s", s);
	drain(&len);
	is_int(len, 1001, "a 1000-byte line is kept whole");
}

static void test_open(void)
{
	char path[64], buf[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/tmp/scxinit-unit-port-%d", getpid());
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	close(fd);

	is_int(port_open(PORT_CONSOLE, "/nonexistent/ttyS0"), -ENOENT,
	       "port_open on a missing path");
	is_int(port_fd(PORT_CONSOLE), 2, "a failed port_open keeps fd 2");
	is_int(port_open(PORT_CONSOLE, path), 0, "port_open on a file");
	ok(port_fd(PORT_CONSOLE) > 2, "an opened port has its own fd");
	port_printf(PORT_CONSOLE, "to %s", "PORT_CONSOLE");
	port_set_fd(PORT_CTL, port_fd(PORT_CONSOLE));
	is_int(port_fd(PORT_CTL), port_fd(PORT_CONSOLE), "port_set_fd shares the fd");
	port_printf(PORT_CTL, "via %s", "PORT_CTL");

	lseek(port_fd(PORT_CONSOLE), 0, SEEK_SET);
	n = read(port_fd(PORT_CONSOLE), buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	is_str(buf, "to PORT_CONSOLE\nvia PORT_CTL\n", "both lines reach the opened port");
	unlink(path);
}

int main(void)
{
	int p[2], saved;

	ksft_print_header();
	ksft_set_plan(25);
	saved = dup(2);
	if (saved < 0 || pipe2(p, O_DIRECT | O_NONBLOCK))
		ksft_exit_fail_msg("pipe2: %d\n", errno);
	pipe_rd = p[0];
	dup2(p[1], 2);
	close(p[1]);
	test_lines();
	test_long_lines();
	dup2(saved, 2);
	test_open();
	ksft_finished();
}
