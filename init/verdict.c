// SPDX-License-Identifier: GPL-2.0-only
/*
 * Every path ends here: one verdict, one exit line, drained ports and a
 * power-off.  As PID 1 scxinit never returns; under another init it
 * exits with the verdict's code instead.
 */
#include <linux/reboot.h>
#include "arch/arch.h"
#include "init/config.h"
#include "init/log.h"
#include "init/loop.h"
#include "init/output.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"

/* What the payload left in the pipe, once it and its group are gone. */
#define OUTPUT_NS NSEC_PER_SEC

static const char *(*teardown)(void);
static enum verdict (*judge)(enum verdict v);
static bool (*wait_ack)(unsigned long long deadline);

static const struct {
	const char *word;
	int code;
} verdicts[] = {
#define VERDICT(id, word, code, ...) \
	[V_##id] = { word, code },
#include "init/verdicts.h"
};

void power_off(enum verdict v, int payload_code)
{
	int code = verdicts[v].code;

	/* pass and fail carry the payload's own code. */
	if (v == V_PASS || v == V_FAIL)
		code = payload_code;
	output_finish(now_ns() + OUTPUT_NS);
	ctl_phase("verdict", now_ns());
	/* The console's timeline ends with it, on scxinit's clock. */
	pr_info("verdict %s, exit code %d", verdicts[v].word, code);
	ctl("SCXINIT_VERDICT=%s code=%d", verdicts[v].word, code);
	ctl("SCXINIT_EXIT=%d", code);
	port_drain();
	if (is_pid1 && cfg.ack_timeout && wait_ack &&
	    !wait_ack(now_ns() + cfg.ack_timeout * NSEC_PER_SEC))
		pr_warn("no ack from the host in %lu s; powering off anyway",
			cfg.ack_timeout);
	if (!is_pid1)
		exit(code);
	arch_exit_code(code);
	for (;;)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
}

void verdict_on_teardown(const char *(*fn)(void))
{
	teardown = fn;
}

void verdict_on_judge(enum verdict (*fn)(enum verdict v))
{
	judge = fn;
}

void verdict_on_ack(bool (*fn)(unsigned long long deadline))
{
	wait_ack = fn;
}

/*
 * An error the teardown met (a /sched_disable line that failed) is the
 * user's, like one in /sched_enable: a run that went to the payload's
 * end (pass or fail) becomes bad-input naming it, which bisect skips
 * instead of blaming the commit.  A verdict about the scheduler or a
 * timeout says more and stays; the error is on the console then.
 */
void finish(enum verdict v, int payload_code)
{
	const char *err = teardown ? teardown() : NULL;

	if (err && (v == V_PASS || v == V_FAIL)) {
		ctl("SCXINIT_FATAL: %s (the payload exited %d)", err,
		    payload_code);
		v = V_BAD_INPUT;
	}
	if (judge)
		v = judge(v);
	power_off(v, payload_code);
}

void bad_input(const char *f, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, f);
	vscnprintf(msg, sizeof(msg), f, ap);
	va_end(ap);
	ctl("SCXINIT_FATAL: %s", msg);
	pr_err("%s", msg);
	finish(V_BAD_INPUT, 0);
}
