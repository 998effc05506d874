/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_COMMAND_H
#define SCXINIT_INIT_COMMAND_H

/*
 * scxinit as a command under another init (virtme-ng):
 *
 *   scxinit [--sched PATH] [--sched-arg ARG]... [--timeout SEC]
 *           [--attach-timeout SEC] [--sched-enable FILE]
 *           [--sched-disable FILE] [--splat-patterns FILE]
 *           [scxinit.KEY=VALUE]... -- PROGRAM [ARGS...]
 *   scxinit [scxinit.KEY=VALUE]... [DIR]
 *
 * The first form says on the command line what the second reads from a
 * layout directory (/scheduler, /sched_args, ..., /args).
 */
struct command {
	const char *sched;
	char **sched_argv;	/* --sched-arg values, NULL-terminated */
	const char *sched_enable;
	const char *sched_disable;
	const char *splat_patterns;
	char **argv;		/* PROGRAM [ARGS...], NULL-terminated */
};

extern struct command cmd;

void command_parse(int argc, char **argv);

#endif
