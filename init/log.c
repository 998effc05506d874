// SPDX-License-Identifier: GPL-2.0-only
/*
 * scxinit's two voices: control lines for the host's parser on the
 * control port, timestamped diagnostics for humans on the console
 * beside the kernel log.
 */
#include "init/log.h"
#include "lib/file.h"
#include "lib/fmt.h"

int log_level = LOG_INFO;

void ctl(const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	port_vprintf(PORT_CTL, f, ap);
	va_end(ap);
}

void ctl_phase(const char *name, unsigned long long ns)
{
	ctl("SCXINIT_PHASE=%s t=%llu.%06llu", name, ns / NSEC_PER_SEC,
	    ns / 1000 % 1000000);
}

void pr(int level, const char *f, ...)
{
	unsigned long long t = now_ns();
	char msg[900];
	va_list ap;

	if (level > log_level)
		return;
	va_start(ap, f);
	vscnprintf(msg, sizeof(msg), f, ap);
	va_end(ap);
	port_printf(PORT_CONSOLE, "scxinit: [%5llu.%06llu] %s%s", t / 1000000000,
		    t / 1000 % 1000000, level == LOG_ERR ? "error: " :
		    level == LOG_WARN ? "warning: " : "", msg);
}
