// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the host says on the control port, one word a line.  "stop"
 * ends the run through the normal teardown, evidence and all; "dump"
 * takes the evidence of the state the run is in (init/evidence.c) and
 * lets it go on.  "ack" comes once the host holds every byte up to
 * SCXINIT_EXIT, on both ports: a virtio port's write returns before
 * the host has read it, and QEMU drops what it still holds when the
 * guest powers off, so without it the last bytes of a long output could
 * be lost.  Anything else is named on the console and changes nothing.
 */
#include "init/evidence.h"
#include "init/log.h"
#include "init/loop.h"
#include "init/requests.h"
#include "init/stop.h"
#include "init/verdict.h"
#include "lib/fmt.h"

#define REQ_MAX 64

static struct watch w = { .fd = -1 };
static char line[REQ_MAX];
static size_t len;
static bool overlong, acked;

static void handle_line(void)
{
	if (overlong)
		pr_warn("host request longer than %d bytes ignored", REQ_MAX);
	else if (!strcmp(line, "ack"))
		acked = true;
	else if (!strcmp(line, "stop"))
		request_stop("host");
	else if (!strcmp(line, "dump"))
		evidence_take("host");
	else
		pr_warn("host request '%s' not understood; ignored", line);
	len = 0;
	overlong = false;
}

static void on_ctl(struct watch *w, short revents)
{
	char buf[256];
	ssize_t n;

	n = (revents & POLLIN) ? read(w->fd, buf, sizeof(buf)) : 0;
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	/* The host went away: nobody is left to ask anything. */
	if (n <= 0) {
		loop_del(w);
		return;
	}
	for (ssize_t i = 0; i < n; i++) {
		if (buf[i] == '\n') {
			line[len] = '\0';
			handle_line();
		} else if (len < REQ_MAX - 1) {
			line[len++] = buf[i];
		} else {
			overlong = true;
		}
	}
}

static bool have_ack(void *arg)
{
	return acked;
}

static bool wait_ack(unsigned long long deadline)
{
	if (w.fd < 0)
		return false;
	return loop_until(deadline, have_ack, NULL);
}

void requests_init(int fd)
{
	loop_watch(&w, "scxinit.ctl", fd, POLLIN, on_ctl);
	verdict_on_ack(wait_ack);
}
