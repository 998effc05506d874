/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_KNOBS_H
#define SCXINIT_INIT_KNOBS_H

/*
 * Apply a /sched_enable or /sched_disable file: "echo VALUE > PATH"
 * lines only, every line tried.  Returns the number of lines that
 * failed (1 if the file cannot be used at all); @msg gets the first
 * failure as "FILE:LINE: what", for a verdict's reason.
 */
int knobs_apply(const char *file, char *msg, size_t size);

/* Create /sys/fs/cgroup/PATH, enabling controllers down the path. */
int cgroup_make_parent(const char *path);

#endif
