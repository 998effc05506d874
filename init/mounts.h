/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_MOUNTS_H
#define SCXINIT_INIT_MOUNTS_H

/* Mount the pseudo filesystems; returns how many failed. */
int mount_all(void);

#endif
