// SPDX-License-Identifier: GPL-2.0-only
/*
 * Every path ends here: one verdict, one exit line, drained ports and a
 * power-off.  As PID 1 scxinit never returns; under another init it
 * exits with the verdict's code instead.
 */
#include <linux/reboot.h>
#include "arch/arch.h"
#include "init/config.h"
#include "init/health.h"
#include "init/log.h"
#include "init/loop.h"
#include "init/output.h"
#include "init/requests.h"
#include "init/sched.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"

/* What the payload left in the pipe, once it and its group are gone. */
#define OUTPUT_NS NSEC_PER_SEC

bool is_pid1;

static const struct {
	const char *word;
	int code;
} verdicts[] = {
	[V_PASS] = { "pass", 0 },
	[V_FAIL] = { "fail", 1 },
	[V_SCHED_STARTUP_DIED] = { "sched-startup-died", 111 },
	[V_SCHED_NOT_ATTACHED] = { "sched-not-attached", 112 },
	[V_SCHED_DIED] = { "sched-died", 110 },
	[V_PAYLOAD_TIMEOUT] = { "payload-timeout", 124 },
	[V_INITRAMFS_TRUNCATED] = { "initramfs-truncated", 114 },
	[V_INIT_CRASH] = { "init-crash", 113 },
	[V_BAD_INPUT] = { "bad-input", 115 },
	[V_INTERRUPTED] = { "interrupted", 130 },
	[V_KERNEL_WARNING] = { "kernel-warning", 121 },
};

void power_off(enum verdict v, int payload_code)
{
	int code = verdicts[v].code;

	if (v == V_PASS || v == V_FAIL)
		code = payload_code;
	output_finish(now_ns() + OUTPUT_NS);
	/* The console's timeline ends with it, on scxinit's clock. */
	pr_info("verdict %s, exit code %d", verdicts[v].word, code);
	ctl("SCXINIT_VERDICT=%s code=%d", verdicts[v].word, code);
	ctl("SCXINIT_EXIT=%d", code);
	port_drain();
	if (is_pid1 && cfg.ack_timeout &&
	    !requests_wait_ack(now_ns() + cfg.ack_timeout * NSEC_PER_SEC))
		pr_warn("no ack from the host in %lu s; powering off anyway",
			cfg.ack_timeout);
	if (!is_pid1)
		exit(code);
	arch_exit_code(code);
	for (;;)
		reboot(LINUX_REBOOT_CMD_POWER_OFF);
}

/*
 * A /sched_disable line that fails is the user's error, like one in
 * /sched_enable: a run that went to the payload's end (pass or fail)
 * becomes bad-input naming the line, which bisect skips instead of
 * blaming the commit.  A verdict about the scheduler or a timeout says
 * more and stays; the line is on the console then.
 */
void finish(enum verdict v, int payload_code)
{
	const char *err;

	sched_stop();
	err = sched_disable_error();
	if (err && (v == V_PASS || v == V_FAIL)) {
		ctl("SCXINIT_FATAL: %s (the payload exited %d)", err,
		    payload_code);
		v = V_BAD_INPUT;
	}
	/*
	 * A splat fails a run that would pass; beside any other verdict
	 * it is evidence, named in its SCXINIT_SPLAT line.
	 */
	health_settle();
	if (v == V_PASS && health_splats() && cfg.splats == SPLATS_FAIL) {
		ctl("SCXINIT_FATAL: kernel splat: %.200s", health_first());
		v = V_KERNEL_WARNING;
	}
	health_send();
	power_off(v, payload_code);
}

void bad_input(const char *f, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, f);
	vfmt(msg, sizeof(msg), f, ap);
	va_end(ap);
	ctl("SCXINIT_FATAL: %s", msg);
	pr_err("%s", msg);
	finish(V_BAD_INPUT, 0);
}
