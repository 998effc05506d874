/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_CONFIG_H
#define SCXINIT_INIT_CONFIG_H

enum mode { MODE_TEST, MODE_EXEC, MODE_SHELL };
/* What a kernel splat does to a run that would pass. */
enum splats { SPLATS_FAIL, SPLATS_WARN, SPLATS_IGNORE };

struct config {
	enum mode mode;
	enum splats splats;
	unsigned long timeout;		/* payload limit, s; 0 = none */
	unsigned long attach_timeout;	/* s */
	unsigned long ack_timeout;	/* s to wait for the host's ack */
	unsigned long cols, rows;
	const char *term;
	const char *selftest;
	unsigned long topo[4];		/* numa, llc, core, thread */
	bool has_topo;
};

extern struct config cfg;

/*
 * PID 1 of the VM, or a command under another init (virtme-ng): set
 * first thing in main() and never again.
 */
extern bool is_pid1;

/*
 * Where the layout (/args, /scheduler, ...) lives: the root as PID 1,
 * a directory named on the command line under another init.
 */
const char *layout(const char *name);
void layout_set_root(const char *dir);

/* Fill cfg from the kernel command line; on error, a message in @err. */
int config_parse(char *cmdline, char *err, size_t size);

#endif
