/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_CRASH_H
#define SCXINIT_INIT_CRASH_H

/* Catch scxinit's own fatal signals and report them as init-crash. */
void crash_init(void);

#endif
