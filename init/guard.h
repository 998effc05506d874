/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef SCXINIT_INIT_GUARD_H
#define SCXINIT_INIT_GUARD_H

/* One guard per CPU that moves PID 1 off a CPU in a soft lockup. */
void guard_start(void);

#endif
