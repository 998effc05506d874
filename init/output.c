// SPDX-License-Identifier: GPL-2.0-only
/*
 * The payload's output.  As PID 1 the payload writes into a pipe and
 * scxinit copies it to the OUT port in its poll loop: the payload never
 * holds a port, and scxinit knows how many bytes it sent, a count the
 * host checks it received before it lets the guest power off.  Under
 * another init the payload writes to scxinit's own stdout and stderr.
 *
 * The copy never blocks the loop: while the port is full the pipe is
 * left alone, so a fast writer is slowed by the pipe, not by scxinit.
 */
#include <linux/fcntl.h>
#include "init/config.h"
#include "init/log.h"
#include "init/loop.h"
#include "init/output.h"
#include "lib/fmt.h"
#include "lib/syscalls.h"

#define BUF_SIZE 65536
/* Bytes moved per wake-up before other events get their turn. */
#define BURST (16 * BUF_SIZE)
#define PIPE_SIZE (1024 * 1024)

static struct watch in = { .fd = -1 }, out = { .fd = -1 };
static char buf[BUF_SIZE];
static size_t head, tail;
static unsigned long long sent;
static bool lost;

static void close_in(void)
{
	loop_del(&in);
	close(in.fd);
	in.fd = -1;
}

/* Returns true when nothing is left to move now: pipe empty or closed. */
static bool pump(void)
{
	size_t moved = 0;
	ssize_t n;

	while (moved < BURST) {
		if (head == tail) {
			if (in.fd < 0)
				return true;
			n = read(in.fd, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				if (n == 0)
					close_in();
				return true;
			}
			head = 0;
			tail = n;
		}
		n = write(out.fd, buf + head, tail - head);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return false;
		if (n <= 0) {
			if (!lost)
				pr_err("payload output: %s; dropped from here on",
				       errname(errno));
			lost = true;
			head = tail;
			continue;
		}
		head += n;
		moved += n;
		sent += n;
	}
	return false;
}

/* While bytes wait for the port, the pipe is not read. */
static void rearm(void)
{
	bool waiting = head != tail;

	loop_del(&in);
	loop_del(&out);
	if (waiting)
		loop_add(&out);
	else if (in.fd >= 0)
		loop_add(&in);
}

static void on_ready(struct watch *w, short revents)
{
	pump();
	rearm();
}

int output_pipe(void)
{
	int p[2], fd;

	if (!is_pid1)
		return -1;
	if (pipe2(p, O_CLOEXEC))
		return -1;
	/* Fewer, larger copies; the default 64 KiB wakes us 16x as often. */
	fcntl(p[0], F_SETPIPE_SZ, PIPE_SIZE);
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	fd = port_fd(PORT_OUT);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
	/* Watched by rearm(), while bytes wait for the port. */
	out = (struct watch){ .name = "scxinit.out", .fd = fd,
			      .events = POLLOUT, .fn = on_ready };
	loop_watch(&in, "payload output pipe", p[0], POLLIN, on_ready);
	return p[1];
}

static bool flushed(void *arg)
{
	bool done = pump();

	rearm();
	return done && head == tail;
}

void output_finish(unsigned long long deadline)
{
	if (in.fd >= 0 || head != tail)
		loop_until(deadline, flushed, NULL);
	if (head != tail)
		pr_warn("payload output: %zu bytes not sent by the deadline",
			tail - head);
	/*
	 * A writer that escaped the payload's process group may still
	 * hold the pipe: nothing it writes may follow the count.
	 */
	loop_del(&out);
	if (in.fd >= 0)
		close_in();
	head = tail;
	ctl("SCXINIT_OUTPUT_BYTES=%llu", sent);
}
