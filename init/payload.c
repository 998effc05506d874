// SPDX-License-Identifier: GPL-2.0-only
/*
 * The payload: /args (test mode) or /exec_cmd (exec mode), run in its
 * own process group with stdout and stderr on init/output.c's pipe, and
 * waited for in the poll loop beside the scheduler and the timeout.
 */
#include "init/command.h"
#include "init/config.h"
#include "init/env.h"
#include "init/evidence.h"
#include "init/log.h"
#include "init/output.h"
#include "init/stop.h"
#include "init/payload.h"
#include "init/sched.h"
#include "init/verdict.h"
#include "lib/file.h"
#include "lib/fmt.h"
#include "lib/parse.h"

#define ARGS_MAX 256
#define ARGS_SIZE 65536

struct child payload = { .name = "payload", .pidfd = -1 };

static char args_buf[ARGS_SIZE];
static char *argv[ARGS_MAX + 1];
/* What runs: argv from /args or /exec_cmd, or the command's own. */
static char **pargv = argv;
static char exe[PATH_MAX];

/*
 * @file into args_buf; a missing or unreadable one is bad-input that
 * says what was @expected there.
 */
static ssize_t read_layout_file(const char *file, const char *expected)
{
	ssize_t len = read_file(file, args_buf, sizeof(args_buf));

	if (len == -ENOENT)
		bad_input("%s: missing (expected %s)", file, expected);
	if (len < 0)
		bad_input("%s: cannot read: %s", file, errname(-len));
	return len;
}

static void read_args(void)
{
	const char *file = layout("/args");
	int bad_line = 0, argc, err;
	ssize_t len;

	if (cmd.argv) {
		err = path_lookup(cmd.argv[0], exe, sizeof(exe));
		if (err)
			bad_input("%s: %s (expected an executable)",
				  cmd.argv[0], errname(-err));
		pargv = cmd.argv;
		pargv[0] = exe;
		return;
	}
	len = read_layout_file(file,
			       "the payload's argv, one argument per line");
	argc = split_lines(args_buf, len, argv, ARGS_MAX, &bad_line);
	if (argc == -ENODATA || (argc > 0 && !argv[0][0]))
		bad_input("%s: empty (expected the program on line 1)", file);
	if (argc == -EINVAL)
		bad_input("%s: line %d: NUL byte (expected text, one argument per line)",
			  file, bad_line);
	if (argc == -E2BIG)
		bad_input("%s: more than %d arguments", file, ARGS_MAX);
	err = path_lookup(argv[0], exe, sizeof(exe));
	if (err)
		bad_input("%s: line 1: %s: %s (expected an executable in the initramfs or PATH)",
			  file, argv[0], errname(-err));
	argv[0] = exe;
}

static void read_exec_cmd(void)
{
	const char *file = layout("/exec_cmd");
	ssize_t len;

	len = read_layout_file(file, "one shell command line");
	if ((size_t)len != strlen(args_buf))
		bad_input("%s: NUL byte (expected one shell command line)",
			  file);
	if (!*chomp(args_buf))
		bad_input("%s: empty (expected one shell command line)", file);
	if (path_lookup("busybox", exe, sizeof(exe)))
		bad_input("busybox: not in /bin or PATH (exec mode runs busybox sh -c)");
	argv[0] = exe;
	argv[1] = "sh";
	argv[2] = "-c";
	argv[3] = args_buf;
	argv[4] = NULL;
}

void payload_prepare(void)
{
	if (cfg.mode == MODE_EXEC)
		read_exec_cmd();
	else
		read_args();
}

static bool payload_or_sched_done(void *arg)
{
	return payload.exited || sched_died() || stop_requested();
}

void payload_run(void)
{
	struct spawn s = {
		.argv = pargv,
		.envp = child_env,
		.fd = { open("/dev/null", O_RDONLY | O_CLOEXEC), 1, 2 },
		.new_pgrp = true,
	};
	unsigned long long deadline = 0;
	int err, code, out;

	if (cfg.timeout)
		deadline = now_ns() + cfg.timeout * NSEC_PER_SEC;
	out = output_pipe();
	if (out >= 0) {
		s.fd[1] = out;
		s.fd[2] = out;
	}
	ctl("SCXINIT_PAYLOAD_STARTING");
	err = child_spawn(&payload, &s);
	close(s.fd[0]);
	if (out >= 0)
		close(out);
	if (err)
		exec_failed(pargv[0], err);
	ctl_phase("payload_started", now_ns());
	pr_info("payload %s started, pid %d", pargv[0], payload.pid);
	if (!loop_until(deadline, payload_or_sched_done, NULL)) {
		pr_err("payload timed out after %lu s; killing its process group",
		       cfg.timeout);
		evidence_take("payload timeout");
		child_kill_group(&payload, now_ns() + NSEC_PER_SEC);
		finish(V_PAYLOAD_TIMEOUT, 0);
	}
	if (stop_requested() && !payload.exited) {
		child_kill_group(&payload, now_ns() + NSEC_PER_SEC);
		finish(V_INTERRUPTED, 0);
	}
	/* A death seen in the same wake-up as the payload's exit still counts. */
	if (sched_died() || sched_left()) {
		enum verdict v = sched_death();

		child_kill_group(&payload, now_ns() + NSEC_PER_SEC);
		finish(v, 0);
	}
	ctl_phase("payload_ended", payload.exit_ns);
	/* Leftovers of the payload must not write after the verdict. */
	child_kill_group(&payload, now_ns() + NSEC_PER_SEC);
	code = child_code(&payload);
	if (cfg.mode == MODE_EXEC)
		ctl("SCXINIT_EXEC_EXIT=%d", code);
	pr_info("payload exited, code %d; %lu orphans reaped", code,
		orphans_reaped());
	finish(code ? V_FAIL : V_PASS, code);
}
