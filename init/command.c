// SPDX-License-Identifier: GPL-2.0-only
/*
 * The command line of scxinit as a command (see init/command.h).  Every
 * mistake is a bad-input naming the argument, as a bad layout file is.
 */
#include "init/command.h"
#include "init/config.h"
#include "init/verdict.h"
#include "lib/fmt.h"

#define SCHED_ARGS_MAX 64
#define KNOBS "a file of 'echo VALUE > PATH' lines"
#define OPTIONS "--sched, --sched-arg, --sched-enable, --sched-disable, " \
	"--splat-patterns, --timeout, --attach-timeout or --"

struct command cmd;

static char *sched_args[SCHED_ARGS_MAX + 1];

/* --timeout and --attach-timeout are the kernel command line's keys. */
static void set_key(const char *key, const char *val)
{
	static char kv[2][64];
	static int n;
	char err[256], *p = kv[n++ % 2];

	scnprintf(p, sizeof(kv[0]), "%s=%s", key, val);
	if (config_parse(p, err, sizeof(err)))
		bad_input("%s", err);
}

static const char *readable(const char *opt, const char *file,
			    const char *what)
{
	if (access(file, R_OK))
		bad_input("%s %s: %s (expected %s)", opt, file, errname(errno),
			  what);
	return file;
}

void command_parse(int argc, char **argv)
{
	int nargs = 0;
	char err[256];

	cmd.sched_argv = sched_args;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val = argv[i + 1];
		bool opt = !strncmp(a, "--", 2) && strcmp(a, "--");

		if (!strcmp(a, "--")) {
			if (i + 1 >= argc)
				bad_input("--: expected PROGRAM [ARGS...] after it");
			cmd.argv = argv + i + 1;
			break;
		}
		if (opt && !val)
			bad_input("%s: expected a value after it", a);
		if (!strcmp(a, "--sched")) {
			cmd.sched = val;
		} else if (!strcmp(a, "--sched-arg")) {
			if (nargs == SCHED_ARGS_MAX)
				bad_input("--sched-arg: more than %d",
					  SCHED_ARGS_MAX);
			sched_args[nargs++] = argv[i + 1];
		} else if (!strcmp(a, "--sched-enable")) {
			cmd.sched_enable = readable(a, val, KNOBS);
		} else if (!strcmp(a, "--sched-disable")) {
			cmd.sched_disable = readable(a, val, KNOBS);
		} else if (!strcmp(a, "--splat-patterns")) {
			cmd.splat_patterns = readable(a, val,
						      "a file of strings");
		} else if (!strcmp(a, "--timeout")) {
			set_key("scxinit.timeout", val);
		} else if (!strcmp(a, "--attach-timeout")) {
			set_key("scxinit.attach_timeout", val);
		} else if (opt) {
			bad_input("%s: unknown option (expected " OPTIONS ")", a);
		} else if (strchr(a, '=')) {
			if (config_parse(argv[i], err, sizeof(err)))
				bad_input("argument %d: %s", i, err);
			continue;
		} else {
			layout_set_root(a);
			continue;
		}
		i++;
	}
	if ((cmd.sched || nargs || cmd.sched_enable || cmd.sched_disable) &&
	    !cmd.argv)
		bad_input("--sched and its options need -- PROGRAM [ARGS...]");
	if (!cmd.sched && (nargs || cmd.sched_enable || cmd.sched_disable))
		bad_input("--sched-arg, --sched-enable and --sched-disable need --sched");
}
