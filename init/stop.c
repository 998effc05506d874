// SPDX-License-Identifier: GPL-2.0-only
/*
 * Whether the run was asked to stop.  The waits that must end on it
 * (attach, payload, shell) ask here; it calls nothing above it, so a
 * signal read from the signalfd or a host request can ask from anywhere.
 */
#include "init/dump.h"
#include "init/log.h"
#include "init/stop.h"

static const char *stop_why;

void request_stop(const char *why)
{
	if (stop_why)
		return;
	stop_why = why;
	dump_mark("scxinit: stop asked");
	pr_info("stop asked (%s): tearing down", why);
}

bool stop_requested(void)
{
	return stop_why;
}
