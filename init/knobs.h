/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_KNOBS_H
#define SCXINIT_INIT_KNOBS_H

/*
 * Apply a /sched_enable or /sched_disable file: "echo VALUE > PATH"
 * lines only.  Returns the number of lines that failed.
 */
int knobs_apply(const char *file);

/* Create /sys/fs/cgroup/PATH, enabling controllers down the path. */
int cgroup_make_parent(const char *path);

#endif
